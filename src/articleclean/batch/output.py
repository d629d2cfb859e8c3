"""Where records go: a JSON Lines file (``.jsonl``, or ``.jsonl.gz``), or a folder with one
file per page (``--format json|md|txt``) and an ``index.jsonl`` of every page's record
without its article, plus the ``file`` it went to.

Writes are append-only and come in whole lines (whole gzip members for ``.gz``), a batch at a
time, so a killed run leaves at most a partial tail, which :mod:`.resume` cuts off. Page files
are written under a temporary name and renamed into place before their index line is written.
A file name comes from the page's id, reduced to safe characters, plus a hash of its source:
never a path taken from the input, and never two pages on one file.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

import regex

from ..errors import ConfigError
from ..patterns import timeout_for
from .records import Record
from .resume import recover

FORMATS = ("jsonl", "json", "md", "html", "txt")
INDEX_NAME = "index.jsonl"
_UNSAFE = regex.compile(r"[^A-Za-z0-9._-]+")
_FLUSH_RECORDS = 200
_FLUSH_BYTES = 1 << 20
_FLUSH_SECONDS = 1.0
_SYNC_SECONDS = 5.0


def safe_filename(page_id: str, source: str, extension: str) -> str:
    """A file name for a page: its id in safe characters (at most 80), a hash of its source."""
    stem = _UNSAFE.sub("_", page_id, timeout=timeout_for(page_id)).strip("._-")[:80].strip("._-") or "page"
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{stem}-{digest}.{extension}"


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


class JsonlOutput:
    """Appends records to a JSON Lines file, gzip-compressed when its name ends in ``.gz``.

    ``resume=False`` refuses a file that already holds something; ``resume=True`` recovers it
    (see :mod:`.resume`) and :attr:`done` holds the sources it already has.
    """

    def __init__(self, path: str | Path, *, resume: bool = False) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise ConfigError(f"output {str(self.path)!r} is a folder; JSON Lines output needs a file name")
        exists = self.path.exists() and self.path.stat().st_size > 0
        if exists and not resume:
            raise ConfigError(f"output {str(self.path)!r} already exists: add --resume to continue it")
        self.done: set[str] = recover(self.path) if resume else set()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._gzip = self.path.suffix.lower() == ".gz"
        self._file = self.path.open("ab")
        self._lines: list[str] = []
        self._size = 0
        self._flushed = self._synced = time.monotonic()

    def write(self, record: Record) -> None:
        self._append((record.line if record.line is not None else _dumps(record.to_dict())) + "\n")

    def write_dict(self, data: dict[str, Any]) -> None:
        self._append(_dumps(data) + "\n")

    def _append(self, line: str) -> None:
        self._lines.append(line)
        self._size += len(line)
        if (
            len(self._lines) >= _FLUSH_RECORDS
            or self._size >= _FLUSH_BYTES
            or time.monotonic() - self._flushed >= _FLUSH_SECONDS
        ):
            self.flush()

    def flush(self, *, sync: bool = False) -> None:
        """Write the buffered lines in one piece (one gzip member), then maybe fsync."""
        if self._lines:
            data = "".join(self._lines).encode("utf-8", "surrogatepass")
            self._file.write(gzip.compress(data, mtime=0) if self._gzip else data)
            self._file.flush()
            self._lines.clear()
            self._size = 0
        now = self._flushed = time.monotonic()
        if sync or now - self._synced >= _SYNC_SECONDS:
            os.fsync(self._file.fileno())
            self._synced = now

    def close(self) -> None:
        if not self._file.closed:
            self.flush(sync=True)
            self._file.close()


class FolderOutput:
    """One file per page in a folder (``json``: the whole record; ``md``/``html``/``txt``: the article,
    none for an error), and ``index.jsonl`` with every record minus its article."""

    def __init__(self, path: str | Path, fmt: str, *, resume: bool = False) -> None:
        if fmt not in ("json", "md", "html", "txt"):
            raise ConfigError(f"unknown folder format {fmt!r}")
        self.path = Path(path)
        self.format = fmt
        if self.path.exists() and not self.path.is_dir():
            raise ConfigError(f"output {str(self.path)!r} is a file; --format {fmt} writes a folder")
        if self.path.is_dir() and any(self.path.iterdir()) and not resume:
            raise ConfigError(f"output folder {str(self.path)!r} is not empty: add --resume to continue it")
        self.path.mkdir(parents=True, exist_ok=True)
        for leftover in self.path.glob(".*.tmp"):
            leftover.unlink()
        self.index = JsonlOutput(self.path / INDEX_NAME, resume=resume)
        self.done = self.index.done

    def write(self, record: Record) -> None:
        name = safe_filename(record.id, record.source, self.format)
        content: str | None
        if self.format == "json":
            content = json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n"
        else:
            content = record.rendered
        if content is not None:
            tmp = self.path / f".{name}.tmp"
            tmp.write_text(content, encoding="utf-8", errors="surrogatepass")
            os.replace(tmp, self.path / name)
        entry = record.to_dict()
        del entry["article"]
        entry["file"] = name if content is not None else None
        self.index.write_dict(entry)

    def close(self) -> None:
        self.index.close()


Output = JsonlOutput | FolderOutput


def open_output(path: str | Path, fmt: str = "jsonl", *, resume: bool = False) -> Output:
    """The output for ``fmt``: a JSON Lines file for ``jsonl``, else a folder."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}; formats are: {', '.join(FORMATS)}")
    if fmt == "jsonl":
        return JsonlOutput(path, resume=resume)
    return FolderOutput(path, fmt, resume=resume)
