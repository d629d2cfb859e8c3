"""Hostile batch input: gzip bombs and truncated archives.

Reading is bounded whatever a file claims (a page, a JSON line or a WARC payload is read up to
``MAX_PAGE_BYTES``, a WARC header line up to ``MAX_HEADER_LINE``), and a damaged file gives the
pages before the damage and one error record for the rest. The limits are lowered here so that
a 64 MiB bomb is 64 times the limit; a reader that held the bomb whole would show it in the
traced peak. warcio inflates a WARC 4 KiB of input at a time, and a piece of deflate inflates to
at most about a thousand times its size: a WARC bomb costs up to about 16 MiB, whatever its size.
"""

from __future__ import annotations

import gzip
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_corpus import (
    BATCH_ARTICLE,
    gzip_member,
    html_gz_bomb,
    jsonl_gz_bomb,
    warc_header_bomb,
    warc_payload_bomb,
    warc_response,
)
from warcio.warcwriter import WARCWriter

from articleclean.batch import clean, read_pages
from articleclean.batch import inputs as batch_inputs

MIB = 1024 * 1024
BOMB = 64 * MIB


@pytest.fixture(autouse=True)
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_inputs, "MAX_PAGE_BYTES", MIB)
    monkeypatch.setattr(batch_inputs, "MAX_HEADER_LINE", 64 * 1024)


def traced_peak(read: Callable[[], list]) -> tuple[list, int]:
    tracemalloc.start()
    try:
        result = read()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_an_html_gz_bomb_is_an_error_page_read_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    html_gz_bomb(path, BOMB)
    pages, peak = traced_peak(lambda: list(read_pages([path])))
    assert len(pages) == 1 and "larger than 1 MiB" in pages[0].error
    assert peak < 8 * MIB


def test_a_jsonl_gz_bomb_line_is_one_error_record_and_the_lines_around_it_survive(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    jsonl_gz_bomb(path, BOMB, good=3)
    pages, peak = traced_peak(lambda: [p.parsed() for p in read_pages([path])])
    assert peak < 8 * MIB
    assert [p.source.rsplit(":", 1)[1] for p in pages] == ["1", "2", "3", "4"]  # line numbers stay right
    assert [p.id for p in pages if not p.error] == ["p0", "p1", "p2"]
    assert "a line larger than 1 MiB" in pages[1].error


def test_a_bomb_line_with_no_end_at_all(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip_member(b'{"html": "<p>one</p>"}\n', (b"a" * MIB, BOMB // MIB)))
    pages, peak = traced_peak(lambda: list(read_pages([path])))
    assert peak < 8 * MIB
    assert [bool(p.error) for p in pages] == [False, True]


def test_a_warc_payload_bomb_is_an_error_record_and_the_next_record_is_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    warc_payload_bomb(path, BOMB)
    assert path.stat().st_size < BOMB // 50  # it is a bomb: small on disk
    pages, peak = traced_peak(lambda: list(read_pages([path])))
    assert peak < 24 * MIB
    assert [p.url for p in pages] == ["https://example.com/a", "https://example.com/bomb", "https://example.com/b"]
    assert [p.error for p in pages[::2]] == [None, None]
    assert "a payload larger than 1 MiB" in pages[1].error


def test_a_warc_header_line_with_no_end_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    warc_header_bomb(path, BOMB)
    pages, peak = traced_peak(lambda: list(read_pages([path])))
    assert peak < 24 * MIB
    assert pages[0].url == "https://example.com/a" and pages[0].error is None
    assert len(pages) == 2 and "cannot read the rest of the WARC file" in pages[1].error
    assert "header line longer than 0.0625 MiB" in pages[1].error


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_a_truncated_warc_gz_gives_the_records_before_the_damage_and_one_error(tmp_path: Path, cut: float) -> None:
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(6):
            body = BATCH_ARTICLE.format(f"Story {i} " + "words " * 200).encode()
            warc_response(writer, f"https://example.com/{i}", body)
    data = path.read_bytes()
    whole = [p.url for p in read_pages([path])]
    path.write_bytes(data[: int(len(data) * cut)])
    pages = list(read_pages([path]))
    assert [p.error is None for p in pages] == [True] * (len(pages) - 1) + [False]
    assert [p.url for p in pages[:-1]] == whole[: len(pages) - 1]
    assert 0 < len(pages) - 1 < 6


def test_a_truncated_html_gz_is_an_error_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(BATCH_ARTICLE.format("Cut").encode() * 20)[:-40])
    pages = list(read_pages([path]))
    assert len(pages) == 1 and "cannot read" in pages[0].error


def test_a_corrupt_deflate_stream_in_jsonl_gz_keeps_the_lines_before_it(tmp_path: Path) -> None:
    lines = b"".join(json.dumps({"id": f"p{i}", "html": BATCH_ARTICLE.format(i)}).encode() + b"\n" for i in range(400))
    data = bytearray(gzip.compress(lines, compresslevel=1))
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # garbage inside the deflate stream
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(bytes(data))
    pages = list(read_pages([path]))
    assert pages[-1].error and "cannot read the rest" in pages[-1].error
    assert 0 < len(pages) - 1 < 400 and all(p.error is None for p in pages[:-1])


def test_the_batch_turns_a_bomb_into_one_error_record_and_cleans_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    jsonl_gz_bomb(path, BOMB)
    records = sorted(clean([path], jobs=1), key=lambda r: r.source)
    assert [r.status for r in records] == ["ok", "error", "ok"]
    assert "larger than 1 MiB" in records[1].error
