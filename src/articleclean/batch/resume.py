"""``--resume``: what an interrupted batch already wrote, and a clean end to continue after.

Output is only ever appended to, in whole lines (JSON Lines) or whole gzip members (each a
batch of whole lines). A kill, even ``kill -9``, can therefore leave at most a partly
written last line or a partly written last gzip member. :func:`recover` cuts that tail off
and returns the ``source`` of every record before it: those pages are done, every other
page is cleaned again. A record is thus written once, or cut off and written again: once.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

from ..errors import ConfigError

_CHUNK = 1 << 20


def recover(path: str | Path) -> set[str]:
    """The sources already recorded in the JSON Lines file ``path`` (plain or ``.gz``), after
    truncating a partly written tail. A file damaged anywhere else is a ConfigError: resuming
    must never destroy records."""
    path = Path(path)
    if not path.exists():
        return set()
    if path.suffix.lower() == ".gz":
        done, good_end = _scan_gzip(path)
    else:
        done, good_end = _scan_plain(path)
    if good_end < path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
            fh.flush()
            os.fsync(fh.fileno())
    return done


def _source(line: bytes, path: Path, line_no: int) -> str:
    try:
        return str(json.loads(line)["source"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot resume: {path} line {line_no} is not a batch record ({exc})") from exc


def _scan_plain(path: Path) -> tuple[set[str], int]:
    done: set[str] = set()
    good_end = 0
    with path.open("rb") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.endswith(b"\n"):
                break  # the partly written last line
            if line.strip():
                done.add(_source(line, path, line_no))
            good_end += len(line)
    return done, good_end


def _scan_gzip(path: Path) -> tuple[set[str], int]:
    """Whole gzip members count; a member cut short at the end of the file does not."""
    done: set[str] = set()
    good_end = offset = line_no = 0
    member_sources: list[str] = []
    rest = b""
    inflate = zlib.decompressobj(wbits=31)
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            data = chunk
            while data:
                try:
                    text = inflate.decompress(data)
                except zlib.error as exc:
                    raise ConfigError(f"cannot resume: {path} is damaged at byte {offset} ({exc})") from exc
                lines = (rest + text).split(b"\n")
                rest = lines.pop()
                for line in lines:
                    line_no += 1
                    if line.strip():
                        member_sources.append(_source(line, path, line_no))
                if inflate.eof:
                    used = len(data) - len(inflate.unused_data)
                    offset += used
                    data = inflate.unused_data
                    inflate = zlib.decompressobj(wbits=31)
                    if not rest:  # a member that ends mid-line is not ours: keep reading
                        done.update(member_sources)
                        member_sources.clear()
                        good_end = offset
                else:
                    offset += len(data)
                    data = b""
    return done, good_end
