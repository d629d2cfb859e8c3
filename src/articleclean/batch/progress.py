"""Progress of a batch: a tqdm bar on a terminal, a plain log line every few seconds
elsewhere, nothing with ``quiet``; and the one-line summary at the end."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from tqdm import tqdm

from .records import EMPTY, ERROR, OK

PREFIX = "articleclean batch"
#: Seconds between two log lines when the output is not a terminal.
LOG_INTERVAL = 5.0


class _Bar(tqdm):
    # No monitor thread: the batch forks worker processes, and forking a threaded process is unsafe.
    monitor_interval = 0


@dataclass
class Summary:
    """What a batch did: pages, by status, and how long it took."""

    pages: int = 0
    ok: int = 0
    empty: int = 0
    errors: int = 0
    elapsed: float = 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.elapsed if self.elapsed > 0 else 0.0

    def count(self, status: str) -> None:
        self.pages += 1
        if status == OK:
            self.ok += 1
        elif status == EMPTY:
            self.empty += 1
        elif status == ERROR:
            self.errors += 1

    def line(self) -> str:
        return (
            f"{PREFIX}: {self.pages} pages, {self.ok} ok, {self.empty} empty, {self.errors} errors, "
            f"{self.elapsed:.1f} s, {self.pages_per_second:.1f} pages/s"
        )


def choose_mode(quiet: bool, stream: TextIO) -> str:
    """``"none"`` when quiet, ``"bar"`` on a terminal, else ``"log"``."""
    if quiet:
        return "none"
    isatty = getattr(stream, "isatty", None)
    return "bar" if isatty is not None and isatty() else "log"


class Progress:
    """Reports one stage of a batch (``label``: ``"cleaning"``, ``"learning templates"``).

    ``mode`` is ``"bar"``, ``"log"`` or ``"none"``; ``total`` the pages expected, when known;
    ``interval`` the seconds between log lines (:data:`LOG_INTERVAL` when not given).
    """

    def __init__(
        self,
        label: str,
        *,
        mode: str,
        total: int | None = None,
        stream: TextIO | None = None,
        interval: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.mode = mode
        self.total = total
        self.stream = stream or sys.stderr
        self.interval = LOG_INTERVAL if interval is None else interval
        self.clock = clock
        self.summary = Summary()
        self._start = self._logged = clock()
        self._bar: tqdm | None = None
        if mode == "bar":
            self._bar = _Bar(total=total, desc=label, unit="page", file=self.stream, dynamic_ncols=True)

    def update(self, status: str | None = None) -> None:
        """One more page done (``status``: its record's, if it has one)."""
        errors_before = self.summary.errors
        self.summary.count(status or "")
        self.summary.elapsed = self.clock() - self._start
        if self._bar is not None:
            if self.summary.errors != errors_before:
                self._bar.set_postfix_str(f"errors={self.summary.errors}", refresh=False)
            self._bar.update(1)
        elif self.mode == "log" and self.clock() - self._logged >= self.interval:
            self._logged = self.clock()
            self.stream.write(self.log_line() + "\n")
            self.stream.flush()

    def log_line(self) -> str:
        done = f"{self.summary.pages}/{self.total}" if self.total is not None else str(self.summary.pages)
        return (
            f"{PREFIX}: {self.label}: {done} pages, {self.summary.pages_per_second:.1f} pages/s, "
            f"{self.summary.errors} errors"
        )

    def close(self, *, summary: bool = False) -> Summary:
        """End the bar; with ``summary``, print the summary line (unless quiet)."""
        self.summary.elapsed = self.clock() - self._start
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        if summary and self.mode != "none":
            self.stream.write(self.summary.line() + "\n")
            self.stream.flush()
        return self.summary
