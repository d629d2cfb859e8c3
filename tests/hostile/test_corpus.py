"""The hostile corpus through ``extract`` and through the command line.

Each input gives an article (possibly empty, and then ``warnings`` say why) or an
``ArticleCleanError`` subclass whose message says what is wrong; the command prints its
output, or exactly one line on stderr, and exits with the status the README documents.
Inputs of tens of megabytes are marked ``slow`` (set ARTICLECLEAN_SLOW=1 to run them);
times are measured by ``benchmarks/hostile.py``, never asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_corpus import SECRET, Case, cases

from articleclean import Article, ArticleCleanError, extract
from articleclean.cli import main

#: The 50 MB page runs only when asked: ARTICLECLEAN_SLOW=1.
RUN_SLOW = os.environ.get("ARTICLECLEAN_SLOW") == "1"

CASES = cases()


SLOW = [pytest.mark.slow, pytest.mark.skipif(not RUN_SLOW, reason="set ARTICLECLEAN_SLOW=1")]


def _params(selected: list[Case]) -> list:
    return [pytest.param(c, id=c.name, marks=SLOW if c.slow else []) for c in selected]


def _source(case: Case, secret_file: Path) -> str | bytes:
    if case.needs_secret_file:
        case = next(c for c in cases(secret_file.as_uri()) if c.name == case.name)
    return case.build()


def check_article(case: Case, article: Article) -> None:
    assert isinstance(article, Article)
    out = json.dumps(article.to_dict(), ensure_ascii=False)
    for bad in (*case.forbidden, SECRET, "\x00"):
        assert bad not in out
    assert "\x00" not in article.to_markdown()
    if not article.text:
        assert article.warnings, "an empty article must say why"
    if case.expect == "empty":
        assert article.text == ""
    if case.expect == "article":
        assert article.text, article.warnings
        assert case.contains in article.text


@pytest.mark.parametrize("case", _params(CASES))
def test_extract(case: Case, secret_file: Path):
    source = _source(case, secret_file)
    if isinstance(case.expect, type):
        with pytest.raises(case.expect) as info:
            extract(source, input_type=case.input_type)
        assert case.contains.lower() in str(info.value).lower()
        return
    try:
        article = extract(source, input_type=case.input_type)
    except ArticleCleanError as exc:
        assert case.expect == "either", f"{case.name}: {type(exc).__name__}: {exc}"
        assert str(exc)
        return
    check_article(case, article)


def _expected_status(case: Case) -> int | None:
    return case.expect.exit_status if isinstance(case.expect, type) else (None if case.expect == "either" else 0)


def _check_cli_result(case: Case, status: int, out: str, err: str, name: str) -> None:
    assert "Traceback" not in err
    assert SECRET not in out and SECRET not in err
    expected = _expected_status(case)
    if expected is not None:
        assert status == expected, err
    if status == 0:
        record = json.loads(out)
        if case.expect == "article":
            assert case.contains in record["text"]
        if record["text"]:
            assert err == ""
        else:  # an empty article says why, in the record and in one line on stderr
            assert record["warnings"]
            why = "; ".join(record["warnings"])
            assert err.splitlines() == [f"articleclean: warning: {name}: no article text ({why})"]
    else:
        assert status in (2, 3, 4), err  # never 1: an internal error would be a bug
        lines = err.splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith("articleclean: ")
        assert out == ""


@pytest.mark.parametrize("case", _params([c for c in CASES if not c.name.startswith(("page of 1", "1 MB"))]))
def test_cli(case: Case, secret_file: Path, tmp_path: Path, capsys):
    path = tmp_path / "input"
    source = _source(case, secret_file)
    path.write_bytes(source if isinstance(source, bytes) else source.encode("utf-8"))
    status = main([str(path), "--input-type", case.input_type])
    out, err = capsys.readouterr()
    _check_cli_result(case, status, out, err, str(path))


# A few as a real process, the way a batch job runs the command.
PROCESS_CASES = [c for c in CASES if c.name in {
    "empty file", "png image", "random bytes", "external entities and XInclude", "100,000 nested elements",
}]


@pytest.mark.parametrize("case", _params(PROCESS_CASES))
def test_cli_process(case: Case, secret_file: Path, tmp_path: Path):
    path = tmp_path / "input"
    source = _source(case, secret_file)
    path.write_bytes(source if isinstance(source, bytes) else source.encode("utf-8"))
    done = subprocess.run(
        [sys.executable, "-m", "articleclean", str(path)], capture_output=True, timeout=120, check=False
    )
    _check_cli_result(case, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"), str(path))


def test_cli_process_stdin_binary():
    done = subprocess.run(
        [sys.executable, "-m", "articleclean"], input=b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10,
        capture_output=True, timeout=120, check=False,
    )
    assert done.returncode == 3
    assert done.stdout == b""
    assert done.stderr.decode().count("\n") == 1 and "PNG" in done.stderr.decode()
