"""The ``articleclean`` command, run in-process through ``cli.main`` and as a real process.

The real-process tests run the console script installed next to the interpreter, or
``python -m articleclean`` (with this process's environment, so the same code is imported):
pipes that close early, output that cannot be written, inputs with no article.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import articleclean
from articleclean import DEFAULT_FILTERS
from articleclean.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MARS_HTML = FIXTURES / "mars-partnerships.html"
MARS_TXT = FIXTURES / "mars-partnerships.txt"
TITLE = "Forging Global Partnerships for Mars Exploration"
FILTER_NAMES = [cls.name for cls in DEFAULT_FILTERS]

KEY_POINT_PAGE = """<html><head><title>Key Points</title></head><body><article>
<h1>A Story With A Key Point</h1>
<p>The first paragraph of the story has plenty of words, commas, and clauses to score well.</p>
<div class="key-point">KEY POINT: this boxed summary should be dropped by a rule.</div>
<p>The second paragraph continues the story, adding detail, quotes, and more context for readers.</p>
</article></body></html>"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("articleclean: ")
    return lines[0]


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


# --- formats ---------------------------------------------------------------------------------------


def test_json_format_is_the_default(capsys):
    status, out, err = run(capsys, str(MARS_HTML))
    assert status == 0
    assert err == ""
    data = json.loads(out)
    assert data["title"] == TITLE
    assert data["schema"] == 1
    assert "source" not in data  # only with several files
    assert "NASA’s Artemis program" in data["text"]  # ensure_ascii=False: real characters
    assert out.count("\n") > 10  # a single file is pretty-printed
    assert (data["page_type"], data["extraction"]) == ("article", "located")
    assert "NewsArticle" in data["sources"]["page_type"]
    status2, out2, _ = run(capsys, "--format", "json", str(MARS_HTML))
    assert (status2, out2) == (status, out)


def test_md_format(capsys):
    status, out, err = run(capsys, "--format", "md", str(MARS_HTML))
    assert status == 0 and err == ""
    assert out.startswith(f"# {TITLE}\n")
    assert "\n## Context and Background\n" in out
    assert "Read More" not in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_txt_format(capsys):
    status, out, err = run(capsys, "-f", "txt", str(MARS_HTML))
    assert status == 0 and err == ""
    assert out.startswith(TITLE + "\n")
    assert "\nContext and Background\n" in out
    assert "#" not in out and "{" not in out
    assert "No products in the cart" not in out


def test_bad_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--format", "xml", str(MARS_HTML)])
    assert info.value.code == 2
    assert "xml" in capsys.readouterr().err


def test_several_files_give_json_lines_with_source(capsys):
    status, out, err = run(capsys, str(MARS_HTML), str(MARS_TXT))
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["source"] for r in records] == [str(MARS_HTML), str(MARS_TXT)]
    assert all(r["title"] == TITLE for r in records)
    assert next(iter(records[0])) == "source"


def test_several_files_in_txt_format_are_labelled(capsys):
    status, out, _ = run(capsys, "-f", "txt", str(MARS_HTML), str(MARS_TXT))
    assert status == 0
    assert f"==> {MARS_HTML} <==" in out and f"==> {MARS_TXT} <==" in out
    assert out.count(TITLE) == 2


def test_stdin_dash(capsys, stdin):
    stdin(MARS_HTML.read_bytes())
    status, out, err = run(capsys, "-")
    assert status == 0 and err == ""
    assert json.loads(out)["title"] == TITLE


def test_stdin_when_no_files(capsys, stdin):
    stdin(KEY_POINT_PAGE.encode("utf-8"))
    status, out, _ = run(capsys, "-f", "txt")
    assert status == 0
    assert out.startswith("A Story With A Key Point")


def test_stdin_bytes_with_encoding_option(capsys, stdin):
    text = "Le caf\u00e9 est ouvert tous les jours, du matin au soir."
    page = f"<html><body><article><p>{text}</p></article></body></html>"
    stdin(page.encode("cp1252"))
    status, out, _ = run(capsys, "--encoding", "cp1252", "-f", "json")
    assert status == 0
    data = json.loads(out)
    assert data["text"] == text
    assert data["encoding"] == "cp1252"


# --- informational options -----------------------------------------------------------------------


def test_list_filters_in_pipeline_order(capsys):
    status, out, err = run(capsys, "--list-filters")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == FILTER_NAMES
    assert len(FILTER_NAMES) == len(set(FILTER_NAMES)) >= 10
    assert FILTER_NAMES[0] == "cart_notice" and "duplicate_sentences" in FILTER_NAMES[-2:]


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code in (0, None)
    assert capsys.readouterr().out.strip() == f"articleclean {articleclean.__version__}"


# --- filters and settings ----------------------------------------------------------------------------


def test_disable_read_more_teaser_shows_read_more_in_text_input(capsys):
    status, out, _ = run(capsys, "-f", "txt", str(MARS_TXT))
    assert status == 0 and "Read More" not in out
    status, out, _ = run(capsys, "--disable", "read_more_teaser", "-f", "txt", str(MARS_TXT))
    assert status == 0
    assert "Read More →" in out
    assert "Personal DevelopmentThe Rise of Public Benefit Corporations" in out


def test_disable_read_more_teaser_in_html(capsys):
    # In the HTML fixture the cards also sit in class="inline-related-post", which related_links knows,
    # and their marker is a bare link, which link_list knows, and it recurs under every card, which
    # duplicate_sentences knows (a control's label): all four go off for the cards to show.
    status, out, _ = run(capsys, "--disable", "read_more_teaser", "-f", "txt", str(MARS_HTML))
    assert status == 0 and "Read More" not in out
    status, out, _ = run(
        capsys, "--disable", "read_more_teaser", "--disable", "related_links", "--disable", "link_list",
        "--disable", "duplicate_sentences", "-f", "txt", str(MARS_HTML),
    )
    assert status == 0
    assert out.count("Read More →") == 3


def test_disable_read_more_teaser_inline_page(capsys, tmp_path):
    page = tmp_path / "teaser.html"
    page.write_text(
        "<html><body><article><h1>Story</h1>"
        "<p>The first paragraph of the story has plenty of words, commas, and clauses to score well.</p>"
        "<div><h4>Another Story Title Here</h4><p>A short excerpt of another story.</p>"
        "<a href='/x'>Read More →</a></div>"
        "<p>The second paragraph continues the story, adding detail, quotes, and more context for readers.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "-f", "txt", str(page))
    assert "Read More" not in out
    _, out, _ = run(capsys, "--disable", "read_more_teaser", "--disable", "link_list", "-f", "txt", str(page))
    assert "Read More →" in out


def test_disable_unknown_filter_exits_2_with_one_line(capsys):
    status, out, err = run(capsys, "--disable", "nosuch", str(MARS_HTML))
    assert status == 2
    assert out == ""
    line = assert_one_error_line(err)
    assert "nosuch" in line


def test_explain_prints_removals_with_filter_names_on_stderr(capsys):
    status, out, err = run(capsys, "--explain", str(MARS_HTML))
    assert status == 0
    data = json.loads(out)  # stdout stays clean JSON
    lines = err.splitlines()
    assert len(lines) == len(data["removed"]) > 0
    assert [line.split("]")[0].lstrip("[") for line in lines] == [r["filter"] for r in data["removed"]]
    assert any(line.startswith("[read_more_teaser] ") and "Read More" in line for line in lines)
    assert any(line.startswith("[cart_notice] ") and "No products in the cart" in line for line in lines)
    assert any(line.startswith("[duplicate_sentences] ") for line in lines)
    assert all(len(line) < 400 for line in lines)  # snippets are shortened


def test_no_explain_no_stderr(capsys):
    _, _, err = run(capsys, str(MARS_HTML))
    assert err == ""


def test_set_min_chars_disables_dedup(capsys):
    repeated = "Furthermore, successful missions can inspire future generations"
    _, out, err = run(capsys, "--explain", "-f", "txt", str(MARS_HTML))
    assert out.count(repeated) == 1
    assert "[duplicate_sentences]" in err
    status, out, err = run(
        capsys, "--explain", "-f", "txt", "--set", "duplicate_sentences.min_chars=1000", str(MARS_HTML)
    )
    assert status == 0
    assert out.count(repeated) == 2
    assert "[duplicate_sentences]" not in err


@pytest.mark.parametrize(
    "item",
    ["duplicate_sentences.nosuch=3", "nosuch.min_chars=3", "garbage", "duplicate_sentences=3"],
)
def test_bad_set_exits_2(capsys, item):
    status, out, err = run(capsys, "--set", item, str(MARS_HTML))
    assert status == 2
    assert out == ""
    assert_one_error_line(err)


# --- rules ---------------------------------------------------------------------------------------------


def test_rules_file_drops_an_element(capsys, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(KEY_POINT_PAGE, encoding="utf-8")
    _, out, _ = run(capsys, str(page))
    assert "KEY POINT" in json.loads(out)["text"]

    rules = tmp_path / "rules.toml"
    rules.write_text('["*"]\ndrop = ["div.key-point"]\n', encoding="utf-8")
    status, out, err = run(capsys, "--rules", str(rules), "--explain", str(page))
    assert status == 0
    data = json.loads(out)
    assert "KEY POINT" not in data["text"]
    assert "The second paragraph continues the story" in data["text"]
    dropped = [r for r in data["removed"] if r["filter"] == "rules"]
    assert len(dropped) == 1
    assert dropped[0]["text"].startswith("KEY POINT")
    assert "div.key-point" in dropped[0]["reason"]
    assert any(line.startswith("[rules] ") and "KEY POINT" in line for line in err.splitlines())


def test_rules_file_per_host_with_url(capsys, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(KEY_POINT_PAGE, encoding="utf-8")
    rules = tmp_path / "rules.toml"
    rules.write_text('["example.com"]\ndrop = ["//div[@class=\'key-point\']"]\n', encoding="utf-8")
    _, out, _ = run(capsys, "--rules", str(rules), "--url", "https://www.example.com/story", str(page))
    data = json.loads(out)
    assert "KEY POINT" not in data["text"]
    assert data["url"] == "https://www.example.com/story"
    _, out, _ = run(capsys, "--rules", str(rules), "--url", "https://example.org/story", str(page))
    assert "KEY POINT" in json.loads(out)["text"]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param('["*"\ndrop = \n', id="invalid-toml"),
        pytest.param('["*"]\ndrop = ["p["]\n', id="bad-css"),
        pytest.param('["*"]\ndrop = ["//p["]\n', id="bad-xpath"),
        pytest.param('["*"]\ndorp = ["p"]\n', id="unknown-key"),
        pytest.param('["*"]\ndrop = [1]\n', id="not-strings"),
        pytest.param(b'["*"]\ndrop = ["\xff"]\n', id="not-utf8"),
    ],
)
def test_bad_rules_file_exits_2(capsys, tmp_path, content):
    rules = tmp_path / "rules.toml"
    if isinstance(content, bytes):
        rules.write_bytes(content)
    else:
        rules.write_text(content, encoding="utf-8")
    status, out, err = run(capsys, "--rules", str(rules), str(MARS_HTML))
    assert status == 2
    assert out == ""
    assert_one_error_line(err)


def test_missing_rules_file_exits_2(capsys, tmp_path):
    status, out, err = run(capsys, "--rules", str(tmp_path / "nope.toml"), str(MARS_HTML))
    assert status == 2 and out == ""
    assert "nope.toml" in assert_one_error_line(err)


# --- bad input and timeouts ------------------------------------------------------------------------


def test_missing_path_exits_3(capsys, tmp_path):
    missing = tmp_path / "missing.html"
    status, out, err = run(capsys, str(missing))
    assert status == 3 and out == ""
    assert str(missing) in assert_one_error_line(err)


def test_directory_exits_3(capsys, tmp_path):
    status, out, err = run(capsys, str(tmp_path))
    assert status == 3 and out == ""
    assert "directory" in assert_one_error_line(err)


def test_binary_file_exits_3(capsys, tmp_path):
    blob = tmp_path / "image.png"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    status, out, err = run(capsys, str(blob))
    assert status == 3 and out == ""
    line = assert_one_error_line(err)
    assert "PNG" in line and str(blob) in line


def test_one_missing_file_among_two(capsys, tmp_path):
    missing = tmp_path / "missing.html"
    for files in ([str(missing), str(MARS_HTML)], [str(MARS_HTML), str(missing)]):
        status, out, err = run(capsys, *files)
        assert status == 3
        lines = out.splitlines()
        assert len(lines) == 1
        record = json.loads(lines[0])
        assert record["source"] == str(MARS_HTML)
        assert record["title"] == TITLE
        assert str(missing) in assert_one_error_line(err)


@pytest.mark.parametrize("timeout", ["0", "0.000001"])
def test_timeout_exits_4(capsys, timeout):
    status, out, err = run(capsys, "--timeout", timeout, str(MARS_HTML))
    assert status == 4
    assert out == ""
    assert "timed out" in assert_one_error_line(err)


def test_generous_timeout_succeeds(capsys):
    status, out, _ = run(capsys, "--timeout", "60", str(MARS_HTML))
    assert status == 0
    assert json.loads(out)["title"] == TITLE


# --- a real process ------------------------------------------------------------------------------------


def _command() -> list[str]:
    script = Path(sys.executable).parent / "articleclean"
    if not script.exists():
        pytest.skip("no articleclean console script next to the interpreter")
    return [str(script)]


def test_real_process(tmp_path):
    missing = tmp_path / "missing.html"
    proc = subprocess.run(
        [*_command(), "-f", "json", str(MARS_HTML), str(missing)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 3
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["title"] == TITLE
    err = proc.stderr.decode("utf-8")
    assert str(missing) in assert_one_error_line(err)


def test_real_process_non_utf8_stdout():
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    proc = subprocess.run(
        [*_command(), "-f", "txt", str(MARS_HTML)], capture_output=True, timeout=60, check=False, env=env
    )
    assert b"Traceback" not in proc.stderr
    assert proc.returncode == 0
    assert TITLE.encode() in proc.stdout


# --- command-line etiquette: pipes, unwritable output, empty articles ------------------------------

EMPTY_WARNING = "no article text (every block was removed by the filters)"


def _module() -> list[str]:
    """``python -m articleclean``, the command as installed, with this process's environment."""
    return [sys.executable, "-m", "articleclean"]


def _close_after(proc: subprocess.Popen, stream_name: str, nbytes: int) -> bytes:
    """Read ``nbytes`` of the process's ``stream_name`` then close it, as ``| head -c`` does;
    the other captured stream, whole."""
    stream = getattr(proc, stream_name)
    got = stream.read(nbytes)
    assert len(got) == nbytes  # the command was writing when the pipe closed
    stream.close()
    other = proc.stderr if stream_name == "stdout" else proc.stdout
    rest = other.read() if other is not None else b""
    proc.wait(timeout=120)
    return rest


@pytest.mark.parametrize("fmt", ["json", "md", "txt"])
def test_output_pipe_closed_early_stops_quietly_with_141(fmt):
    # 200 pages' output is far more than a pipe holds: the writer meets the closed pipe.
    proc = subprocess.Popen(
        [*_module(), "-f", fmt, *[str(MARS_HTML)] * 200],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    err = _close_after(proc, "stdout", 10)
    assert b"Traceback" not in err
    assert err == b""  # quietly: not even one line
    assert proc.returncode == 141


def test_stderr_pipe_closed_early_stops_quietly_with_141():
    # --explain writes a line per removal on stderr, 200 pages of them.
    proc = subprocess.Popen(
        [*_module(), "--explain", *[str(MARS_HTML)] * 200],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    _close_after(proc, "stderr", 10)
    assert proc.returncode == 141


def test_explain_command_with_its_pipe_closed_writes_its_report_and_exits_141(tmp_path):
    from articleclean.report import explain_html

    report = tmp_path / "report.html"
    proc = subprocess.Popen(
        [*_module(), "explain", str(MARS_HTML), "-o", str(report)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    proc.stdout.close()  # `articleclean explain ... 2>&1 | true`: gone before the command writes
    proc.wait(timeout=120)
    assert proc.returncode == 141
    assert report.read_text(encoding="utf-8") == explain_html(MARS_HTML.read_bytes())


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("fmt", ["json", "txt"])
def test_output_that_cannot_be_written_is_one_line_and_status_1(fmt):
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*_module(), "-f", fmt, str(MARS_HTML)], stdin=subprocess.DEVNULL, stdout=full,
            stderr=subprocess.PIPE, timeout=120, check=False,
        )
    assert proc.returncode == 1
    line = assert_one_error_line(proc.stderr.decode("utf-8"))
    assert line == "articleclean: cannot write: No space left on device"


def test_a_closed_stdout_is_one_line_and_status_1():
    proc = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *_module(), str(MARS_HTML)],
        stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120, check=False,
    )
    assert proc.returncode == 1
    line = assert_one_error_line(proc.stderr.decode("utf-8"))
    assert line == "articleclean: cannot write: standard output is closed"


def test_an_empty_article_is_warned_about_on_stderr_status_0():
    # echo "<p>hi" | articleclean -f txt
    proc = subprocess.run(
        [*_module(), "-f", "txt"], input=b"<p>hi\n", capture_output=True, timeout=120, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout.strip() == b""
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert err.splitlines() == [f"articleclean: warning: <stdin>: {EMPTY_WARNING}"]


@pytest.mark.parametrize("fmt", ["json", "md", "txt"])
def test_an_empty_article_is_warned_about_in_every_format(capsys, tmp_path, fmt):
    empty = tmp_path / "empty.html"
    empty.write_text("<p>hi")
    status, out, err = run(capsys, "-f", fmt, str(empty))
    assert status == 0
    assert err.splitlines() == [f"articleclean: warning: {empty}: {EMPTY_WARNING}"]
    if fmt == "json":
        assert json.loads(out)["text"] == ""  # the (empty) article is still written


def test_the_warning_says_why_from_the_articles_own_warnings(capsys, tmp_path):
    blank = tmp_path / "blank.html"
    blank.write_text("<html><body></body></html>")
    status, out, err = run(capsys, str(blank))
    assert status == 0
    assert json.loads(out)["warnings"] == ["no article text found"]
    assert err.splitlines() == [f"articleclean: warning: {blank}: no article text (no article text found)"]


def test_several_files_warn_for_each_empty_one(capsys, tmp_path):
    empty, blank = tmp_path / "empty.html", tmp_path / "blank.txt"
    empty.write_text("<p>hi")
    blank.write_text("")
    status, out, err = run(capsys, str(empty), str(MARS_HTML), str(blank))
    assert status == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(empty), str(MARS_HTML), str(blank)]
    assert err.splitlines() == [
        f"articleclean: warning: {empty}: {EMPTY_WARNING}",
        f"articleclean: warning: {blank}: no article text (no article text found)",
    ]


def test_quiet_silences_the_warning_not_the_errors(capsys, tmp_path):
    empty, missing = tmp_path / "empty.html", tmp_path / "missing.html"
    empty.write_text("<p>hi")
    status, out, err = run(capsys, "--quiet", "-f", "txt", str(empty))
    assert (status, out.strip(), err) == (0, "", "")
    status, out, err = run(capsys, "-q", str(empty), str(missing))
    assert status == 3
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(empty)]
    assert str(missing) in assert_one_error_line(err)


def test_explain_command_warns_about_an_empty_article(capsys, tmp_path):
    empty, report = tmp_path / "empty.html", tmp_path / "report.html"
    empty.write_text("<p>hi")
    status, out, err = run(capsys, "explain", str(empty), "-o", str(report))
    assert status == 0 and report.exists()
    assert err.splitlines() == [
        f"articleclean: wrote {report}",
        f"articleclean explain: warning: {empty}: {EMPTY_WARNING}",
    ]
    status, out, err = run(capsys, "explain", "-q", str(empty), "-o", str(report))
    assert (status, out, err) == (0, "", "")
