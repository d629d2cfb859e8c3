"""--resume: after any interruption, kill -9 included, every page ends up in the output once."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_corpus import read_records, story, write_jsonl

from articleclean import ConfigError
from articleclean.batch import clean, run, write
from articleclean.batch.resume import recover

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CLI = Path(sys.executable).with_name("articleclean")


def corpus(tmp_path: Path, n: int) -> Path:
    return write_jsonl(tmp_path / "pages.jsonl", [{"html": story(i), "id": f"p{i}"} for i in range(n)])


def assert_exactly_once(out: Path, n: int) -> list[dict]:
    records = read_records(out)
    assert len(records) == n
    assert len({r["source"] for r in records}) == n
    assert len({r["id"] for r in records}) == n
    return records


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_resume_after_a_partly_written_last_line(tmp_path: Path, name: str) -> None:
    pages = corpus(tmp_path, 12)
    out = tmp_path / name
    # A first run that got through 5 pages, then died while writing the 6th.
    first = [r for r in clean([pages], jobs=1) if int(r.id[1:]) < 6]
    write(first[:5], out)
    line = json.dumps(first[5].to_dict()).encode()
    with out.open("ab") as fh:
        fh.write(gzip.compress(line + b"\n")[:40] if name.endswith(".gz") else line[: len(line) // 2])
    summary = run([pages], out, resume=True, jobs=2)
    assert summary.pages == 7
    records = assert_exactly_once(out, 12)
    assert all(r["status"] == "ok" for r in records)


def test_resume_of_a_finished_batch_does_nothing(tmp_path: Path) -> None:
    pages = corpus(tmp_path, 4)
    out = tmp_path / "out.jsonl"
    run([pages], out, jobs=1)
    before = out.read_bytes()
    assert run([pages], out, resume=True, jobs=1).pages == 0
    assert out.read_bytes() == before


def test_resume_refuses_a_file_damaged_before_its_end(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"source": "a"}\nnot json at all\n{"source": "b"}\n')
    with pytest.raises(ConfigError, match="line 2"):
        recover(out)
    assert out.read_text().count("\n") == 3  # nothing destroyed
    gz = tmp_path / "out.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"source": "a"}\n') + b"\x1f\x8b\x08\x00garbage-garbage-garbage")
    with pytest.raises(ConfigError, match="damaged"):
        recover(gz)


def test_resume_a_folder_output(tmp_path: Path) -> None:
    pages = corpus(tmp_path, 6)
    out = tmp_path / "md"
    write([r for r in clean([pages], jobs=1, render="md") if r.id in ("p0", "p3")], out, format="md")
    (out / ".leftover.md.tmp").write_text("half a file")
    run([pages], out, format="md", resume=True, jobs=2)
    index = assert_exactly_once(out / "index.jsonl", 6)
    assert sorted(p.name for p in out.glob("*.md")) == sorted(e["file"] for e in index)


def _kill_mid_batch(tmp_path: Path, out: Path, pages: Path) -> None:
    process = subprocess.Popen(
        [str(CLI), "batch", str(pages), "-o", str(out), "--jobs", "2", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        time.sleep(0.01)
    assert process.poll() is None, "the batch ended before it could be killed: make the corpus bigger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stderr.close()
    # Its workers, orphaned, notice and exit by themselves.
    while _processes_naming(out) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_naming(out)


def _processes_naming(path: Path) -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and str(path).encode() in (proc / "cmdline").read_bytes():
                found.append(proc.name)
        except OSError:
            continue
    return found


def test_resume_after_kill_9(tmp_path: Path) -> None:
    html = (FIXTURES / "mars-partnerships.html").read_text(encoding="utf-8")
    n = 300
    pages = write_jsonl(tmp_path / "pages.jsonl", [
        {"html": html, "url": f"https://example.com/mars/{i}", "id": f"mars-{i}"} for i in range(n)
    ])
    out = tmp_path / "out.jsonl"
    _kill_mid_batch(tmp_path, out, pages)
    complete = out.read_bytes().count(b"\n")  # a partly written last line has no newline yet
    assert 0 < complete < n
    result = subprocess.run(
        [str(CLI), "batch", str(pages), "-o", str(out), "--jobs", "2", "--resume"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1].startswith(f"articleclean batch: {n - complete} pages, ")
    records = assert_exactly_once(out, n)
    assert {r["id"] for r in records} == {f"mars-{i}" for i in range(n)}
    assert all(r["status"] == "ok" for r in records)
