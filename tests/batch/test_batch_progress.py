"""Progress: a bar on a terminal, log lines elsewhere, nothing when quiet; a summary line at the end."""

from __future__ import annotations

import io
import re

from articleclean.batch.progress import Progress, Summary, choose_mode


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_mode_follows_quiet_and_the_terminal() -> None:
    assert choose_mode(False, Terminal()) == "bar"
    assert choose_mode(False, io.StringIO()) == "log"
    assert choose_mode(True, Terminal()) == "none"


def test_log_lines_every_interval_when_not_a_terminal() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = Progress("cleaning", mode="log", total=10, stream=stream, interval=5.0, clock=clock)
    for status in ["ok", "ok", "error", "empty"]:
        clock.now += 1.0
        progress.update(status)
    assert stream.getvalue() == ""  # 4 s: not yet
    clock.now += 1.0
    progress.update("ok")
    assert stream.getvalue() == "articleclean batch: cleaning: 5/10 pages, 1.0 pages/s, 1 errors\n"
    clock.now += 1.0
    progress.update("ok")
    assert stream.getvalue().count("\n") == 1  # the next one is 5 s later
    summary = progress.close(summary=True)
    assert (summary.pages, summary.ok, summary.empty, summary.errors) == (6, 4, 1, 1)
    assert stream.getvalue().splitlines()[-1] == (
        "articleclean batch: 6 pages, 4 ok, 1 empty, 1 errors, 6.0 s, 1.0 pages/s"
    )


def test_quiet_prints_nothing_not_even_the_summary() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = Progress("cleaning", mode="none", stream=stream, interval=0.0, clock=clock)
    for _ in range(3):
        clock.now += 10
        progress.update("ok")
    assert progress.close(summary=True).pages == 3
    assert stream.getvalue() == ""


def test_a_bar_on_a_terminal_with_the_rate_and_the_errors() -> None:
    stream = Terminal()
    progress = Progress("cleaning", mode="bar", total=3, stream=stream)
    for status in ["ok", "error", "ok"]:
        progress.update(status)
    progress.close()
    screen = stream.getvalue()
    assert re.search(r"cleaning: 100%.*3/3", screen)
    assert "page/s" in screen and "errors=1" in screen


def test_an_unknown_total_shows_the_count_only() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = Progress("learning templates", mode="log", stream=stream, interval=0.0, clock=clock)
    clock.now += 2
    progress.update()
    assert stream.getvalue() == "articleclean batch: learning templates: 1 pages, 0.5 pages/s, 0 errors\n"
    assert Summary().pages_per_second == 0.0
