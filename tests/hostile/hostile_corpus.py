"""The hostile corpus: inputs built in memory, never committed, shared by the tests and
``benchmarks/hostile.py``.

Each :class:`Case` builds its input on demand (sizes scale with ``scale`` for the benchmark)
and says what a correct outcome is: an article holding some text, an empty article that says
why in ``warnings``, either of those, or a named :class:`~articleclean.ArticleCleanError`.
"""

from __future__ import annotations

import codecs
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from articleclean import ArticleCleanError, InputError

SECRET = "HOSTILE-CORPUS-SECRET-3b9d"


@dataclass
class Case:
    name: str
    build: Callable[[], str | bytes]
    #: "article" (text expected), "empty" (no text, warnings say why), "either", or an error class
    expect: str | type[ArticleCleanError] = "article"
    #: text the article must hold (for "article"), or that the error message must hold
    contains: str = ""
    #: strings that must never appear in any output
    forbidden: tuple[str, ...] = ()
    input_type: str = "auto"
    slow: bool = False
    #: set by builders that need a file on disk (the external-entity target)
    needs_secret_file: bool = False


PARAGRAPH = "Paragraph {i} of the long story goes on, with commas, clauses and a number, {n}, so none repeat."


def article_page(paragraphs: int, *, title: str = "A long story") -> str:
    body = "".join(f"<p>{PARAGRAPH.format(i=i, n=i * 7)}</p>\n" for i in range(paragraphs))
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def page_of_size(megabytes: float) -> str:
    one = len(f"<p>{PARAGRAPH.format(i=10_000, n=70_000)}</p>\n")
    return article_page(max(int(megabytes * 1_000_000 / one), 1))


def nested(depth: int) -> str:
    text = "The deepest paragraph, with commas, clauses, and enough words to be the article."
    return "<html><body>" + "<div>" * depth + f"<p>{text}</p>" + "</div>" * depth + "</body></html>"


def png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    pixels = zlib.compress(bytes(random.Random(1).randbytes(64 * 64 * 3 + 64)))
    header = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def pdf() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (A PDF is not a page) Tj ET" * 50)
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"4 0 obj\n<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + stream + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def zip_archive() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", article_page(50))
        archive.writestr("noise.bin", random.Random(2).randbytes(4000))
    return buf.getvalue()


SENTENCE = "The caf\u00e9 on the corner said \u201chello\u201d to everyone in town, then closed for the winter."
UNICODE_PAGE = f"<html><head><title>Caf\u00e9</title></head><body><article><p>{SENTENCE}</p></article></body></html>"


def xxe(target_uri: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE html [<!ENTITY secret SYSTEM "{target_uri}"><!ENTITY % p SYSTEM "{target_uri}"> %p;]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude"><body><article>'
        "<p>Before the entity, an article paragraph long enough, with commas, to be kept as text.</p>"
        f'<p>&secret;</p><xi:include href="{target_uri}" parse="text"/></article></body></html>'
    )


def billion_laughs() -> str:
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)]
    return (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(entities)}]><html><body><article>'
        "<p>A paragraph beside the bomb, long enough, with commas, to be the article text.</p>"
        "<p>&l9;</p></article></body></html>"
    )


def links(count: int) -> str:
    return "<html><body>" + "".join(f'<a href="/p/{i}">Story number {i}</a>\n' for i in range(count)) + "</body></html>"


def cases(secret_uri: str = "file:///nonexistent", *, scale: float = 1.0) -> list[Case]:
    """The corpus. ``secret_uri`` names a file holding :data:`SECRET`; ``scale`` grows the big inputs."""
    rnd = random.Random(7)
    big = int(50 * scale)
    return [
        Case("empty file", lambda: b"", "empty"),
        Case("whitespace only", lambda: b" \t\r\n\x0b\x0c" * 2000 + "\u00a0\u2003".encode() * 100, "empty"),
        Case("png image", png, InputError, "PNG"),
        Case("png body without header", lambda: png()[8:], InputError, "binary"),
        Case("pdf document", pdf, InputError, "PDF"),
        Case("pdf body without header", lambda: pdf()[9:], "either"),
        Case("zip archive", zip_archive, InputError, "ZIP"),
        Case("zip body without header", lambda: zip_archive()[30:], InputError, "binary"),
        Case("random bytes", lambda: rnd.randbytes(100_000), InputError, "binary"),
        Case(f"page of {big} MB", lambda: page_of_size(big), "article", "Paragraph 0 of the long story", slow=True),
        Case("page of 1 MB", lambda: page_of_size(1), "article", "Paragraph 0 of the long story"),
        Case("100,000 nested elements", lambda: nested(100_000), "article", "The deepest paragraph"),
        Case("100,000 nested inline elements, unclosed", lambda: "<p>" + "<b>" * 100_000 + SENTENCE, "either"),
        Case("1 MB line without tags", lambda: "word " * 200_000, "article", "word word"),
        Case("1 MB line without spaces", lambda: "x" * 1_000_000, "either"),
        Case(
            "NUL bytes inside text",
            lambda: UNICODE_PAGE.replace("corner", "cor\x00ner").encode("utf-8").replace(b"town", b"to\x00\x00wn"),
            "article", "corner said",
        ),
        Case(
            "invalid UTF-8",
            lambda: UNICODE_PAGE.replace("</p>", "</p>" + f"<p>{SENTENCE}</p>" * 4, 1)
            .encode("utf-8")
            .replace(b"winter", b"win\xc3\x28ter\xff\xfe\xed\xa0\x80", 1),
            "article", SENTENCE,
        ),
        Case(
            "invalid UTF-8, mostly broken",
            lambda: UNICODE_PAGE.encode("utf-8").replace(b"winter", b"win\xc3\x28ter\xff\xfe\xed\xa0\x80"),
            "either",
        ),
        Case(
            "declares UTF-8, is windows-1252",
            lambda: UNICODE_PAGE.replace("<head>", '<head><meta charset="utf-8">').encode("cp1252"),
            "article", SENTENCE,
        ),
        Case(
            "declares windows-1252, is UTF-8",
            lambda: UNICODE_PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("utf-8"),
            "article", "closed for the winter",
        ),
        Case(
            "declares UTF-16, is ASCII",
            lambda: UNICODE_PAGE.replace("<head>", '<head><meta charset="utf-16">')
            .encode("ascii", "xmlcharrefreplace"),
            "article", SENTENCE,
        ),
        Case(
            "declares an unknown charset",
            lambda: UNICODE_PAGE.replace("<head>", '<head><meta charset="x-no-such-1">').encode("utf-8"),
            "article", SENTENCE,
        ),
        Case("UTF-16 with BOM", lambda: UNICODE_PAGE.encode("utf-16"), "article", SENTENCE),
        Case("UTF-16-LE without BOM", lambda: UNICODE_PAGE.encode("utf-16-le"), "article", SENTENCE),
        Case("UTF-16-BE without BOM", lambda: UNICODE_PAGE.encode("utf-16-be"), "article", SENTENCE),
        Case("UTF-32 with BOM", lambda: codecs.BOM_UTF32_LE + UNICODE_PAGE.encode("utf-32-le"), "article", SENTENCE),
        Case(
            "XHTML, XML declaration and namespaces",
            lambda: (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:og="http://ogp.me/ns#" xml:lang="en">'
                "<head><title>XHTML</title></head><body><article>"
                f'<p>{SENTENCE}</p><svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:text>icon</svg:text>'
                "</svg:svg></article></body></html>"
            ).encode(),
            "article", SENTENCE,
        ),
        Case(
            "external entities and XInclude", lambda: xxe(secret_uri), "article", "Before the entity",
            forbidden=(SECRET,), needs_secret_file=True,
        ),
        Case("entity-expansion bomb", billion_laughs, "article", "A paragraph beside the bomb", forbidden=("lollol",)),
        Case(
            "frameset",
            lambda: (
                '<html><head><title>Frames</title></head><frameset cols="50%,50%">'
                '<frame src="a.html"><frame src="b.html"></frameset></html>'
            ),
            "empty",
        ),
        Case(
            "only text in noscript",
            lambda: (
                "<html><body><noscript><p>Please enable JavaScript to view this site, it needs scripts to run, "
                "and nothing else is here.</p></noscript><script>render()</script></body></html>"
            ),
            "either",
        ),
        Case("20,000 links and nothing else", lambda: links(20_000), "either"),
        Case("100,000 attributes", lambda: "<p " + " ".join(f"a{i}='{i}'" for i in range(100_000)) + f">{SENTENCE}</p>",
             "article", SENTENCE),
        Case("unclosed comment", lambda: f"<p>{SENTENCE}</p><!--" + "x" * 100_000, "article", SENTENCE),
        Case("unclosed script", lambda: f"<p>{SENTENCE}</p><script>" + "var x = '<p>';" * 20_000, "article", SENTENCE),
        Case(
            "JSON-LD nested 100,000 deep",
            lambda: f'<script type="application/ld+json">{"[" * 100_000}</script><p>{SENTENCE}</p>',
            "article", SENTENCE,
        ),
        Case("title of 1 MB", lambda: "<title>" + "Title - words | " * 60_000 + f"</title><p>{SENTENCE}</p>", "either"),
        Case("many doctypes", lambda: "<!DOCTYPE[" * 6000 + f"<p>{SENTENCE}</p>", "either"),
        Case("text input of control characters", lambda: "\x01\x02\x03 text " * 10_000, "either", input_type="text"),
    ]


# Batch input: gzip bombs, written to files (the batch reads files). ``size`` is the size after
# decompression; the repeated part is compressed piece by piece, never built whole.

_MIB = 1024 * 1024
BATCH_ARTICLE = (
    "<html><head><title>{0}</title></head><body><article><h1>{0}</h1>"
    "<p>A paragraph of the {0} story, long enough, with commas, clauses and words, to be kept.</p>"
    "</article></body></html>"
)


def gzip_member(*parts: bytes | tuple[bytes, int]) -> bytes:
    """One gzip member of the parts; ``(chunk, n)`` stands for ``chunk`` repeated ``n`` times."""
    import gzip

    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=1) as gz:
        for part in parts:
            chunk, times = part if isinstance(part, tuple) else (part, 1)
            for _ in range(times):
                gz.write(chunk)
    return out.getvalue()


def _filler(size: int) -> tuple[bytes, int]:
    return b"a" * _MIB, max(1, size // _MIB)


def html_gz_bomb(path: Path, size: int) -> None:
    """A ``.html.gz`` page of ``size`` bytes."""
    path.write_bytes(gzip_member(b"<html><body><p>", _filler(size)))


def jsonl_gz_bomb(path: Path, size: int, *, good: int = 2) -> None:
    """A ``.jsonl.gz`` dump: ``good`` ordinary lines (ids ``p0``…) around one line of ``size``
    bytes (id ``bomb``), second."""
    import json

    items = [{"id": f"p{i}", "html": BATCH_ARTICLE.format(f"Page {i}")} for i in range(good)]
    lines = [json.dumps(item).encode() + b"\n" for item in items]
    bomb = (b'{"id": "bomb", "html": "', _filler(size), b'"}\n')
    path.write_bytes(gzip_member(*lines[:1], *bomb, *lines[1:]))


class _Repeat(io.RawIOBase):
    """``size`` bytes of one letter, read in pieces, never held whole."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), self.left)
        buffer[:n] = b"a" * n
        self.left -= n
        return n


def warc_response(writer, url: str, body: bytes | int) -> None:  # type: ignore[no-untyped-def]
    """An HTML response record; an ``int`` body is a payload of that many bytes."""
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    if isinstance(body, int):
        payload, length = _Repeat(body), body
    else:
        payload, length = io.BytesIO(body), None
    record = writer.create_warc_record(url, "response", payload=payload, http_headers=headers, length=length)
    writer.write_record(record)


def warc_payload_bomb(path: Path, size: int) -> None:
    """A ``.warc.gz`` of three HTML responses, the middle one (``/bomb``) of ``size`` bytes."""
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        warc_response(writer, "https://example.com/a", BATCH_ARTICLE.format("A").encode())
        warc_response(writer, "https://example.com/bomb", size)
        warc_response(writer, "https://example.com/b", BATCH_ARTICLE.format("B").encode())


def warc_header_bomb(path: Path, size: int) -> None:
    """A ``.warc.gz`` of one HTML response, then a record whose header line runs ``size`` bytes."""
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        warc_response(writer, "https://example.com/a", BATCH_ARTICLE.format("A").encode())
        fh.write(gzip_member(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://", _filler(size)))


#: name -> builder(path, size) of every batch bomb, and the file name it needs.
BATCH_BOMBS = {
    "html.gz bomb": (html_gz_bomb, "bomb.html.gz"),
    "jsonl.gz bomb line": (jsonl_gz_bomb, "dump.jsonl.gz"),
    "warc.gz payload bomb": (warc_payload_bomb, "crawl.warc.gz"),
    "warc.gz header bomb": (warc_header_bomb, "crawl.warc.gz"),
}
