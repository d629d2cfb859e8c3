"""Where records go: JSON Lines (plain or gzip), or a folder of one safely named file per page."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from batch_corpus import read_records, story

from articleclean import ConfigError
from articleclean.batch import Record, clean, safe_filename, write
from articleclean.batch.output import INDEX_NAME


@pytest.mark.parametrize("page_id", ["../../etc/passwd", "C:\\x", "/abs/path", "..", "", "CON", "a" * 500, "é/ü"])
def test_file_names_stay_inside_the_folder(tmp_path: Path, page_id: str) -> None:
    name = safe_filename(page_id, "source", "md")
    assert "/" not in name and "\\" not in name and ":" not in name
    assert not name.startswith(".") and len(name) <= 100
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()


def test_file_names_differ_for_pages_with_the_same_id() -> None:
    assert safe_filename("same", "a.jsonl:1", "md") != safe_filename("same", "a.jsonl:2", "md")
    assert safe_filename("same", "a.jsonl:1", "md") == safe_filename("same", "a.jsonl:1", "md")


def _records() -> list[Record]:
    return [
        Record("../../etc/passwd", "evil.jsonl:1", None, "ok", None, {"title": "Evil", "text": "x"}, "# Evil\n"),
        Record("C:\\x", "evil.jsonl:2", None, "error", "binary data", None),
    ]


@pytest.mark.parametrize("fmt", ["md", "txt", "json"])
def test_folder_output_one_file_per_page_and_an_index(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    summary = write(_records(), out, format=fmt)
    assert (summary.pages, summary.ok, summary.errors) == (2, 1, 1)
    index = read_records(out / INDEX_NAME)
    assert [e["id"] for e in index] == ["../../etc/passwd", "C:\\x"]
    assert all("article" not in e for e in index)
    files = sorted(p.name for p in out.iterdir() if p.name != INDEX_NAME)
    assert files == sorted(e["file"] for e in index if e["file"])
    assert all(Path(f).suffix == f".{fmt}" for f in files)
    assert not (tmp_path / "etc").exists()
    evil = out / index[0]["file"]
    if fmt == "json":
        assert len(files) == 2 and json.loads(evil.read_text())["article"]["title"] == "Evil"
    else:
        assert len(files) == 1 and evil.read_text() == "# Evil\n" and index[1]["file"] is None


def test_markdown_and_text_come_from_the_workers(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(story(3))
    write(clean([tmp_path / "in"], jobs=1, render="md"), tmp_path / "md", format="md")
    [entry] = read_records(tmp_path / "md" / INDEX_NAME)
    assert (tmp_path / "md" / entry["file"]).read_text().startswith("# Story 3")


def test_jsonl_gz_output_is_plain_gzip(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl.gz"
    write(_records(), out)
    with gzip.open(out, "rt") as fh:
        assert [json.loads(line)["source"] for line in fh] == ["evil.jsonl:1", "evil.jsonl:2"]


def test_an_existing_output_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    with pytest.raises(ConfigError, match="--resume"):
        write(_records(), out)
    assert out.read_text() == "precious\n"
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(ConfigError, match="not empty"):
        write(_records(), folder, format="md")
    with pytest.raises(ConfigError, match="is a folder"):
        write(_records(), folder)
