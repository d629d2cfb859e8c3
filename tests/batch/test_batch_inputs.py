"""Finding and reading pages: HTML files, folders, globs, JSON Lines and WARC archives."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from batch_corpus import page, write_jsonl, write_warc

from articleclean import InputError
from articleclean.batch import JsonlFields, read_pages
from articleclean.batch.inputs import check_inputs, count_pages


def test_html_files_folders_and_globs(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.html").write_text(page("A", "Alpha text."))
    (corpus / "sub" / "b.htm.gz").write_bytes(gzip.compress(page("B", "Beta text.").encode()))
    (corpus / "notes.txt").write_text("not a page")
    (corpus / ".hidden").mkdir()
    (corpus / ".hidden" / "c.html").write_text(page("C", "hidden"))
    pages = list(read_pages([corpus]))
    assert [p.source for p in pages] == [str(corpus / "a.html"), str(corpus / "sub" / "b.htm.gz")]
    assert b"Beta text." in pages[1].data  # decompressed
    assert all(p.id == p.source and p.error is None for p in pages)
    globbed = list(read_pages([str(tmp_path / "**" / "*.html")]))
    assert [p.source for p in globbed] == [str(corpus / "a.html")]


def test_an_explicit_file_of_unknown_kind_is_a_page_and_overlaps_count_once(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(page("T", "Text."))
    (tmp_path / "a.html").write_text(page("A", "Alpha."))
    pages = list(read_pages([tmp_path / "page.txt", tmp_path, tmp_path / "a.html"]))
    assert [Path(p.source).name for p in pages] == ["page.txt", "a.html"]


def test_missing_inputs_are_refused_before_anything_runs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        check_inputs([tmp_path / "missing.html"])
    with pytest.raises(InputError, match="no file matches"):
        check_inputs([str(tmp_path / "*.jsonl")])
    with pytest.raises(InputError, match="no input"):
        check_inputs([])


def test_jsonl_with_configurable_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    write_jsonl(path, [
        {"body": page("One", "First."), "link": "https://example.com/1", "key": "one"},
        {"body": page("Two", "Second.")},
    ])
    with path.open("a") as fh:
        fh.write("\n{not json\n[1, 2]\n{\"key\": \"nohtml\"}\n")
    lines = list(read_pages([path], JsonlFields(html="body", url="link", id="key")))
    assert all(isinstance(p.data, bytes) and p.jsonl for p in lines)  # parsed by the worker, later
    pages = [p.parsed() for p in lines]
    assert [p.source for p in pages] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6)]
    assert (pages[0].id, pages[0].url, pages[0].error) == ("one", "https://example.com/1", None)
    assert (pages[1].id, pages[1].url) == (f"{path}:2", None)  # no id field: the source
    assert "not a JSON line" in pages[2].error
    assert "not a JSON object" in pages[3].error
    assert pages[4].id == "nohtml" and "no string field 'body'" in pages[4].error


def test_jsonl_gz_and_a_truncated_one(tmp_path: Path) -> None:
    items = [{"html": page(f"P{i}", f"Text {i}."), "id": f"p{i}"} for i in range(50)]
    good = write_jsonl(tmp_path / "good.jsonl.gz", items, compress=True)
    assert [p.parsed().id for p in read_pages([good])] == [f"p{i}" for i in range(50)]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(good.read_bytes()[:-30])
    pages = list(read_pages([cut]))
    assert pages[-1].error and "cannot read the rest" in pages[-1].error
    assert all(p.error is None for p in pages[:-1])


def test_warc_responses_with_html_only_charset_from_the_http_header(tmp_path: Path) -> None:
    for compress in (False, True):
        path = write_warc(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), [
            ("https://example.com/a", page("Café", "Crème brûlée.").encode("latin-1"), "text/html; charset=ISO-8859-1"),
            ("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
            ("https://example.com/b", page("B", "Bee.").encode(), "application/xhtml+xml"),
        ], compress=compress)
        pages = list(read_pages([path]))
        assert [p.url for p in pages] == ["https://example.com/a", "https://example.com/b"]
        assert pages[0].encoding == "ISO-8859-1"
        assert all(p.source.startswith(f"{path}@") and p.id.startswith("urn:uuid:") for p in pages)
        assert len({p.source for p in pages}) == 2
        offset = int(pages[1].source.rsplit("@", 1)[1])
        assert offset > 0


def test_a_damaged_warc_gives_an_error_page_not_a_crash(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc", [
        (f"https://example.com/{i}", page(f"P{i}", "words " * 300).encode(), "text/html") for i in range(3)
    ])
    data = path.read_bytes()
    path.write_bytes(data[:100])  # inside the first record's headers
    pages = list(read_pages([path]))
    assert len(pages) == 1 and "cannot read the rest of the WARC file" in pages[0].error
    path.write_bytes(data[: len(data) // 2])  # inside the second record's body
    pages = list(read_pages([path]))
    assert [p.error for p in pages] == [None, "the WARC record is cut short"]


def test_count_pages_when_cheap(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page("A", "a"))
    write_jsonl(tmp_path / "b.jsonl", [{"html": "x"}, {"html": "y"}])
    assert count_pages([tmp_path]) == 3
    write_warc(tmp_path / "c.warc", [("https://e.com/", b"<p>x</p>", "text/html")])
    assert count_pages([tmp_path]) is None
