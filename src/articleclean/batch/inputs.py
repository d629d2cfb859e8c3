"""Finding and streaming the pages of a corpus: HTML files, JSON Lines dumps and WARC archives.

Inputs are folders (searched recursively), globs and files. Pages stream one at a time, in a
fixed order, so the same inputs always give the same pages with the same ``source``: a page's
``source`` is unique in a batch and is what ``--resume`` goes by.

- ``.html``, ``.htm`` (and ``.gz``): one page; ``id`` and ``source`` are the path.
- ``.jsonl`` (and ``.gz``): one page per line, ``source`` is ``path:line``; the HTML, URL and
  id are read from configurable fields (``id`` defaults to the source) when the page is
  :meth:`Page.parsed`, in the worker that cleans it.
- ``.warc`` (and ``.gz``), read with warcio: every response record with an HTML content type;
  ``source`` is ``path@offset``, ``url`` the target URI, ``id`` the WARC record id, and the
  charset of the HTTP ``Content-Type`` header is handed to ``extract``.

A page that cannot be read (a bad JSON line, a corrupt gzip stream) still comes out, as a
:class:`Page` carrying an ``error``, so that it gets its own error record.

Reading is bounded whatever a file claims: a page, a JSON line or a WARC payload is read up to
:data:`MAX_PAGE_BYTES` and no further (a gzip bomb, a line with no end, a record declaring
terabytes become error records, their rest skipped in small pieces), and no WARC header line
is held longer than :data:`MAX_HEADER_LINE`. A truncated file gives its pages before the damage
and one error record for the rest.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import regex

from ..errors import InputError
from ..patterns import timeout_for

#: Pages larger than this (bytes, after decompression) are error records, not extracted.
MAX_PAGE_BYTES = 64 * 1024 * 1024
#: The longest WARC header line read in one piece (bytes); longer ones are cut.
MAX_HEADER_LINE = 1024 * 1024
#: Compressed bytes warcio decompresses at a time: one piece inflates to at most about a
#: thousand times its size, so this bounds the memory a WARC gzip bomb can take (about 16 MiB).
_WARC_BLOCK = 4096
#: Read buffer of JSON Lines input (bytes).
_READ_BUFFER = 1024 * 1024
#: Most bytes inflated from a ``.jsonl.gz`` at a time.
_INFLATE_PIECE = 64 * 1024
#: Bytes read at a time while skipping the rest of an over-long line.
_SKIP_CHUNK = 1024 * 1024

#: Plain JSON Lines files larger than this (bytes) are not read twice to count their lines.
_COUNT_JSONL_BYTES = 1 << 30
_HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = regex.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", regex.IGNORECASE)
_GLOB_MAGIC = regex.compile(r"[*?\[]")


@dataclass(frozen=True)
class Page:
    """One page of the corpus, as read: its bytes, where it came from, and what is known of it."""

    id: str
    source: str
    data: bytes | str
    url: str | None = None
    encoding: str | None = None
    #: Why the page could not be read; the page then becomes an error record.
    error: str | None = None
    #: Set while ``data`` is a JSON Lines line not parsed yet (see :meth:`parsed`).
    jsonl: JsonlFields | None = None

    def parsed(self) -> Page:
        """The page with its JSON Lines line parsed into HTML, id and URL (itself if it has
        none). Lines are parsed by the worker that cleans the page, not by the reader: JSON
        decoding is a good part of a batch's reading work, and the workers share it."""
        if self.jsonl is None:
            return self
        return _jsonl_page(self.source, self.data, self.jsonl)


@dataclass(frozen=True)
class JsonlFields:
    """The names of the JSON Lines fields that hold a page's HTML, URL and id."""

    html: str = "html"
    url: str = "url"
    id: str = "id"


def kind_of(path: str | Path) -> str | None:
    """``"html"``, ``"jsonl"`` or ``"warc"`` by the file's name, ``None`` for anything else."""
    name = str(path).lower()
    for kind, suffixes in (("jsonl", _JSONL_SUFFIXES), ("warc", _WARC_SUFFIXES), ("html", _HTML_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def check_inputs(inputs: Iterable[str | Path]) -> None:
    """Raise :class:`InputError` for an input that is neither a file, a folder nor a matching glob."""
    inputs = list(inputs)
    if not inputs:
        raise InputError("no input given")
    for item in inputs:
        text = str(item)
        if Path(text).exists():
            if not (Path(text).is_file() or Path(text).is_dir()):
                raise InputError(f"{text}: not a file or a folder")
            continue
        if _GLOB_MAGIC.search(text, timeout=timeout_for(text)):
            if not glob.glob(text, recursive=True):
                raise InputError(f"{text}: no file matches")
            continue
        raise InputError(f"{text}: no such file or folder")


def discover(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """The input files, in a fixed order, each once: folders recursively (hidden names and
    files of unknown kinds skipped), globs sorted, files as given (an unknown kind is HTML)."""
    seen: set[Path] = set()
    for item in inputs:
        text = str(item)
        if Path(text).exists() or not _GLOB_MAGIC.search(text, timeout=timeout_for(text)):
            candidates: Iterable[str] = [text]
        else:
            candidates = sorted(glob.glob(text, recursive=True))
        for candidate in candidates:
            path = Path(candidate)
            files = _walk(path) if path.is_dir() else iter([path])
            for file in files:
                key = file.resolve()
                if key not in seen:
                    seen.add(key)
                    yield file


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and kind_of(name):
                yield Path(root) / name


def read_pages(inputs: Iterable[str | Path], fields: JsonlFields | None = None) -> Iterator[Page]:
    """Every page of the inputs, streamed in a fixed order."""
    fields = fields or JsonlFields()
    for path in discover(inputs):
        kind = kind_of(path) or "html"
        if kind == "jsonl":
            yield from _jsonl_pages(path, fields)
        elif kind == "warc":
            yield from _warc_pages(path)
        else:
            yield _html_page(path)


def count_pages(inputs: Iterable[str | Path]) -> int | None:
    """How many pages the inputs hold, when that is cheap to know: ``None`` with a WARC, a
    compressed JSON Lines file or a very large one among them (counting would mean reading
    them twice)."""
    total = 0
    for path in discover(inputs):
        kind = kind_of(path) or "html"
        if kind == "html":
            total += 1
        elif kind == "jsonl" and not str(path).lower().endswith(".gz"):
            try:
                if path.stat().st_size > _COUNT_JSONL_BYTES:
                    return None
                with path.open("rb") as fh:
                    total += sum(1 for line in fh if not line.isspace())
            except OSError:
                return None
        else:
            return None
    return total


def _html_page(path: Path) -> Page:
    source = str(path)
    try:
        data = _read_file(path)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        return Page(source, source, b"", error=f"cannot read: {_reason(exc)}")
    if len(data) > MAX_PAGE_BYTES:
        return Page(source, source, b"", error=_too_large())
    return Page(source, source, data)


def _too_large() -> str:
    return f"larger than {_mib(MAX_PAGE_BYTES)} (after decompression): not read"


def _read_file(path: Path) -> bytes:
    with path.open("rb") as fh:
        if str(path).lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=fh) as gz:
                return gz.read(MAX_PAGE_BYTES + 1)
        return fh.read(MAX_PAGE_BYTES + 1)


def _jsonl_pages(path: Path, fields: JsonlFields) -> Iterator[Page]:
    line_no = 0
    try:
        with _open_lines(path) as fh:
            for line_no, line in enumerate(_bounded_lines(fh), start=1):
                source = f"{path}:{line_no}"
                if line is None:
                    yield Page(source, source, b"", error=f"a line {_too_large()}")
                elif not line.isspace():  # stops at the first other byte; strip() copies the line
                    yield Page(source, source, line, jsonl=fields)
    except (OSError, EOFError, zlib.error) as exc:
        source = f"{path}:{line_no + 1}"
        yield Page(source, source, b"", error=f"cannot read the rest of the file: {_reason(exc)}")


def _bounded_lines(fh: BinaryIO) -> Iterator[bytes | None]:
    """The file's lines, ``None`` standing for a line longer than :data:`MAX_PAGE_BYTES`, which
    is skipped without ever being held whole."""
    while True:
        line = fh.readline(MAX_PAGE_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_PAGE_BYTES or line.endswith(b"\n"):
            yield line if len(line) <= MAX_PAGE_BYTES else None
            continue
        while line and not line.endswith(b"\n"):
            line = fh.readline(_SKIP_CHUNK)
        yield None


def _open_lines(path: Path) -> BinaryIO:
    if str(path).lower().endswith(".gz"):
        return io.BufferedReader(_Gunzip(path.open("rb")), buffer_size=_READ_BUFFER)  # type: ignore[return-value]
    return path.open("rb", buffering=_READ_BUFFER)


class _Gunzip(io.RawIOBase):
    """A gzip file's bytes, decompressed, member after member, as a raw stream.

    It hands out every byte before a truncation, then raises ``EOFError``; a corrupt stream
    raises ``zlib.error`` where zlib finds the damage, losing at most the piece being inflated
    (:data:`_INFLATE_PIECE`; :class:`gzip.GzipFile` loses what the reader's buffer asked for).
    Pieces are larger than GzipFile's 8 KiB: the batch reads in its main process, which shares
    the cores with the workers.
    """

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self._inflate = zlib.decompressobj(wbits=31)
        self._pending = b""  # compressed bytes read from the file and not inflated yet
        self._started = False  # whether the current member has had any input

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if not self._pending:
                self._pending = self._fh.read(_READ_BUFFER)
                if not self._pending:
                    if self._started and not self._inflate.eof:
                        raise EOFError("compressed file ended before the end-of-stream marker was reached")
                    return 0
            if self._inflate.eof:  # the last member ended and more follows: a new member
                self._inflate = zlib.decompressobj(wbits=31)
            out = self._inflate.decompress(self._pending, min(len(buffer), _INFLATE_PIECE))
            ended = self._inflate.eof
            self._pending = self._inflate.unused_data if ended else self._inflate.unconsumed_tail
            self._started = not ended
            if out:
                buffer[: len(out)] = out
                return len(out)

    def close(self) -> None:
        self._fh.close()
        super().close()


def _jsonl_page(source: str, line: bytes | str, fields: JsonlFields) -> Page:
    try:
        item = json.loads(line)
    except ValueError as exc:
        return Page(source, source, b"", error=f"not a JSON line: {exc}")
    if not isinstance(item, dict):
        return Page(source, source, b"", error="not a JSON object")
    raw_id = item.get(fields.id)
    page_id = str(raw_id) if raw_id is not None and str(raw_id) else source
    url = item.get(fields.url)
    url = url if isinstance(url, str) and url else None
    html = item.get(fields.html)
    if not isinstance(html, str):
        return Page(page_id, source, b"", url=url, error=f"no string field {fields.html!r}")
    return Page(page_id, source, html, url=url)


def _warc_pages(path: Path) -> Iterator[Page]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh, block_size=_WARC_BLOCK)
            guard = _WarcGuard(records.reader)
            for record in records:
                long_line, guard.long_line = guard.long_line, False
                if long_line:
                    source = f"{path}@{records.get_record_offset()}"
                    yield Page(source, source, b"", error=_long_line())
                    continue
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
                    continue
                data = record.content_stream().read(MAX_PAGE_BYTES + 1)
                cut_short = getattr(record.raw_stream, "limit", 0) > 0  # the file ended inside the record
                source = f"{path}@{records.get_record_offset()}"
                url = record.rec_headers.get_header("WARC-Target-URI") or None
                record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or source
                if len(data) > MAX_PAGE_BYTES:  # warcio skips the rest of the record in small reads
                    yield Page(record_id, source, b"", url=url, error=f"a payload {_too_large()}")
                    continue
                if cut_short:
                    yield Page(record_id, source, b"", url=url, error="the WARC record is cut short")
                    return
                charset = _CHARSET.search(content_type, timeout=timeout_for(content_type))
                yield Page(record_id, source, data, url=url, encoding=charset.group(1) if charset else None)
            # warcio ends quietly at a gzip member cut short, or at a header it cannot parse
            if guard.truncated or guard.long_line:
                source = f"{path}@unreadable"
                damage = "compressed data cut short" if guard.truncated else _long_line()
                message = f"cannot read the rest of the WARC file: {damage} after offset {records.offset}"
                yield Page(source, source, b"", error=message)
    except Exception as exc:  # warcio raises assorted errors on a damaged file, not only ArchiveLoadFailed
        source = f"{path}@unreadable"
        yield Page(source, source, b"", error=f"cannot read the rest of the WARC file: {_reason(exc)}")


class _WarcGuard:
    """Watches warcio's decompressing reader, which ends quietly at a gzip member cut short and
    reads a header line to its end however long (a compressed header with no line end could
    fill the memory): header lines are cut at :data:`MAX_HEADER_LINE` bytes (``long_line`` set
    when one was), and ``truncated`` is set when the reader's last gzip member had no end.
    Payloads are read by size, not by line."""

    def __init__(self, reader: Any) -> None:
        self.long_line = False
        self.truncated = False
        readline, close = reader.readline, reader.close_decompressor

        def bounded_readline(length: int | None = None) -> bytes:
            limit = MAX_HEADER_LINE if length is None or length < 0 else min(length, MAX_HEADER_LINE)
            line = readline(limit)
            if len(line) >= MAX_HEADER_LINE and not line.endswith(b"\n"):
                self.long_line = True
            return line

        def close_decompressor() -> None:
            decompressor = reader.decompressor
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.truncated = True
            close()

        reader.readline = bounded_readline
        reader.close_decompressor = close_decompressor


def _long_line() -> str:
    return f"a WARC header line longer than {_mib(MAX_HEADER_LINE)}"


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):g} MiB"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
