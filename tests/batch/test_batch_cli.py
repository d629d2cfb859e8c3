"""``articleclean batch``: options, output, exit statuses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from batch_corpus import read_records, story, write_jsonl, write_warc

from articleclean.cli import main

CLI = Path(sys.executable).with_name("articleclean")
ABOUT = "Example News is an independent newsroom covering the valley since 1999. Support our work today."


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["batch", *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.html").write_text(story(i))
    (folder / "binary.html").write_bytes(bytes(range(256)) * 10)
    return folder


def test_a_batch_writes_records_and_a_summary(capsys, tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    status, stdout, err = run(capsys, str(corpus), "-o", str(out), "--jobs", "2")
    assert status == 0 and stdout == ""
    assert err.splitlines()[-1].startswith("articleclean batch: 4 pages, 3 ok, 0 empty, 1 errors, ")
    records = read_records(out)
    assert sorted(r["status"] for r in records) == ["error", "ok", "ok", "ok"]


def test_quiet(capsys, tmp_path: Path, corpus: Path) -> None:
    status, _, err = run(capsys, str(corpus), "-o", str(tmp_path / "out.jsonl.gz"), "--quiet")
    assert status == 0 and err == ""
    assert len(read_records(tmp_path / "out.jsonl.gz")) == 4


def test_folder_formats(capsys, tmp_path: Path, corpus: Path) -> None:
    status, _, _ = run(capsys, str(corpus), "-o", str(tmp_path / "md"), "--format", "md", "-q")
    assert status == 0
    assert len(list((tmp_path / "md").glob("*.md"))) == 3
    assert len(read_records(tmp_path / "md" / "index.jsonl")) == 4


def test_jsonl_field_names(capsys, tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "d.jsonl", [{"body": story(1), "link": "https://e.com/1", "key": "k1"}])
    status, _, _ = run(capsys, str(dump), "-o", str(tmp_path / "o.jsonl"), "-q",
                       "--html-field", "body", "--url-field", "link", "--id-field", "key")
    assert status == 0
    [record] = read_records(tmp_path / "o.jsonl")
    assert (record["id"], record["url"], record["status"]) == ("k1", "https://e.com/1", "ok")


def test_learn_save_and_apply_templates(capsys, tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "d.jsonl", [
        {"html": story(i, ABOUT), "url": f"https://example.com/{i}"} for i in range(6)
    ])
    saved = tmp_path / "t.json"
    status, _, _ = run(capsys, str(dump), "-o", str(tmp_path / "a.jsonl"), "-q", "--learn-templates",
                       "--templates", str(saved))
    assert status == 0 and saved.is_file()
    assert all(ABOUT not in r["article"]["text"] for r in read_records(tmp_path / "a.jsonl"))
    status, _, _ = run(capsys, str(dump), "-o", str(tmp_path / "b.jsonl"), "-q", "--templates", str(saved),
                       "--template-allow", "independent newsroom")
    assert status == 0
    assert all(ABOUT in r["article"]["text"] for r in read_records(tmp_path / "b.jsonl"))


def test_filters_can_be_disabled_and_set(capsys, tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "d.jsonl", [{"html": story(1, "Share this article on Facebook")}])
    status, _, _ = run(capsys, str(dump), "-o", str(tmp_path / "a.jsonl"), "-q")
    assert status == 0
    [record] = read_records(tmp_path / "a.jsonl")
    assert "share_prompt" in {r["filter"] for r in record["article"]["removed"]}
    status, _, _ = run(capsys, str(dump), "-o", str(tmp_path / "b.jsonl"), "-q", "--disable", "share_prompt")
    assert status == 0
    [record] = read_records(tmp_path / "b.jsonl")
    assert "share_prompt" not in {r["filter"] for r in record["article"]["removed"]}
    status, _, err = run(capsys, str(dump), "-o", str(tmp_path / "c.jsonl"), "--disable", "nope")
    assert status == 2 and "no filter named 'nope'" in err


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["{tmp}/missing", "-o", "{tmp}/o.jsonl"], 3, "no such file or folder"),
        (["{in}", "-o", "{tmp}/o.jsonl", "--scheduler", "tcp://127.0.0.1:1"], 2, "--scheduler goes with"),
        (["{in}", "-o", "{tmp}/o.jsonl", "--templates", "{tmp}/none.json"], 2, "cannot read templates file"),
        (["{in}", "-o", "{tmp}/o.jsonl", "--template-allow", "("], 2, "bad allow-list pattern"),
    ],
)
def test_bad_usage_fails_before_writing_anything(capsys, tmp_path, corpus, argv, status, message) -> None:
    argv = [a.format(tmp=tmp_path, **{"in": corpus}) for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == status
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "o.jsonl").exists()


def test_an_existing_output_needs_resume(capsys, tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text("keep me\n")
    code, _, err = run(capsys, str(corpus), "-o", str(out))
    assert code == 2 and "--resume" in err
    assert out.read_text() == "keep me\n"


def test_bad_option_values_are_usage_errors(capsys, corpus: Path) -> None:
    for argv in (["--jobs", "0"], ["--timeout", "-1"], ["--template-min-share", "2"], ["--format", "pdf"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["batch", str(corpus), "-o", "x.jsonl", *argv])
        assert exit_info.value.code == 2
    capsys.readouterr()


def test_the_console_script_reads_warc(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc.gz", [("https://e.com/a", story(1).encode(), "text/html")], compress=True)
    result = subprocess.run([str(CLI), "batch", str(warc), "-o", str(tmp_path / "o.jsonl")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1].startswith("articleclean batch: 1 pages, 1 ok")
    [record] = read_records(tmp_path / "o.jsonl")
    assert record["url"] == "https://e.com/a" and record["source"].startswith(f"{warc}@")


@pytest.mark.parametrize("fmt", ["jsonl", "md"])
def test_report_of_a_run_with_explain_reports_of_a_sample(capsys, tmp_path: Path, corpus: Path, fmt: str) -> None:
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    report = tmp_path / "report.html"
    status, _, _ = run(capsys, str(corpus), "-o", str(out), "--format", fmt, "--report", str(report),
                       "--report-sample", "2", "-q")
    assert status == 0
    html = report.read_text(encoding="utf-8")
    explains = sorted((tmp_path / "report-explain").glob("*.html"))
    assert len(explains) == 2  # the sample, never the page that failed
    for path in explains:
        assert f"report-explain/{path.name}" in html
        assert "This is a report about" in path.read_text(encoding="utf-8")  # the page's own article
    assert "binary" in html  # the page that failed, with its error
