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


# --- a closed pipe: the batch stops quietly, OUT whole and resumable --------------------------------

#: The command as ``python -m articleclean`` runs it, with a log line after every page (instead
#: of every 5 seconds) so that the progress pipe is written to all along the batch.
EVERY_PAGE_LOGGED = (
    "import articleclean.batch.progress as progress; progress.LOG_INTERVAL = 0.0; "
    "from articleclean.cli import run; run()"
)


def _stories(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03}.html").write_text(story(i))
    return folder


def _whole_records(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n")  # no half-written record
    return read_records(path)  # every line parses


def test_a_batch_whose_progress_pipe_closes_stops_and_resume_finishes_it(tmp_path: Path) -> None:
    corpus = _stories(tmp_path / "in", 200)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-c", EVERY_PAGE_LOGGED, "batch", str(corpus), "-o", str(out), "--jobs", "1"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    assert proc.stderr.read(10) == b"articleclean batch: cleaning"[:10]  # the first log line, after a page
    proc.stderr.close()  # `articleclean batch ... 2>&1 | head -c 10`
    proc.wait(timeout=300)
    assert proc.returncode == 141
    before = _whole_records(out)
    assert 0 < len(before) < 200  # stopped along the way
    assert len({r["source"] for r in before}) == len(before)

    resumed = subprocess.run([sys.executable, "-m", "articleclean", "batch", str(corpus), "-o", str(out),
                              "--resume", "--jobs", "1"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert "Traceback" not in resumed.stderr
    after = _whole_records(out)
    assert after[: len(before)] == before
    assert sorted(r["source"] for r in after) == sorted(str(p) for p in corpus.iterdir())
    assert all(r["status"] == "ok" for r in after)


def test_a_batch_whose_stderr_is_gone_writes_all_of_out_and_exits_141(tmp_path: Path) -> None:
    corpus = _stories(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "articleclean", "batch", str(corpus), "-o", str(out)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    proc.stdout.close()  # `articleclean batch ... 2>&1 | true`: the summary line meets a closed pipe
    proc.wait(timeout=300)
    assert proc.returncode == 141
    assert len(_whole_records(out)) == 3
    resumed = subprocess.run([sys.executable, "-m", "articleclean", "batch", str(corpus), "-o", str(out),
                              "--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stderr.splitlines()[-1].startswith("articleclean batch: 0 pages")
    assert len(_whole_records(out)) == 3
