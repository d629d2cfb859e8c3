"""Small corpora for the batch tests, written into a test's tmp_path."""

from __future__ import annotations

import gzip
import io
import json
import os
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articleclean import Filter


def page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def story(n: int, *extra: str) -> str:
    """A page with text of its own (words, not only numbers, differ from page to page)."""
    words = ["apples", "rivers", "engines", "gardens", "bridges", "clouds", "violins", "harbours", "lanterns",
             "meadows", "glaciers", "orchards", "canyons", "islands", "quarries"]
    topic = f"{words[n % len(words)]} and {words[(n * 7 + 3) % len(words)]} (story {n})"
    return page(
        f"Story {n}",
        f"This is a report about {topic}, with enough words, commas, and clauses to be a paragraph.",
        f"A second paragraph goes on about {topic}, adding detail, quotes, and context for readers.",
        *extra,
    )


def write_jsonl(path: Path, items: list[dict], *, compress: bool = False) -> Path:
    data = "".join(json.dumps(item) + "\n" for item in items).encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def write_warc(path: Path, responses: list[tuple[str, bytes, str]], *, compress: bool = False) -> Path:
    """A WARC of response records (url, body, content type), plus a request record."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for url, body, content_type in responses:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://example.com/", "request", payload=io.BytesIO(b""),
                                                      http_headers=request))
    return path


def read_records(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# Filters that misbehave on pages saying a magic word, for the error-isolation tests.


class Explodes(Filter):
    name = "explodes"
    description = "Raises on pages that say BOOM."

    def apply(self, blocks, ctx):
        if any("BOOM" in b.text for b in blocks):
            raise RuntimeError("filter blew up")
        return blocks


class Hangs(Filter):
    name = "hangs"
    description = "Never returns on pages that say HANG."

    def apply(self, blocks, ctx):
        while any("HANG" in b.text for b in blocks):
            time.sleep(0.05)
        return blocks


class Dies(Filter):
    name = "dies"
    description = "Kills its process on pages that say DIE."

    def apply(self, blocks, ctx):
        if any("DIE" in b.text for b in blocks):
            os._exit(13)
        return blocks
