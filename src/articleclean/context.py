"""The per-page context every stage reads and writes: the dom stage, the filters and the
structure stage.

One :class:`FilterContext` lives for one extraction. It holds what is known of the page besides
its blocks (its address, its kind, its byline elements, how it was read) and the record of every
removal (``ctx.remove(text, reason)``) and warning, in the order they happened. Filters receive
it as ``ctx``; it is named for them, the stage most users write code for.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .errors import ExtractionTimeout
from .model import Removal

__all__ = ["FilterContext"]


@dataclass
class FilterContext:
    """What a filter can see of the page besides its blocks, and where it reports removals."""

    url: str | None = None
    host: str | None = None
    is_html: bool = False
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    deadline: float | None = None
    filter_name: str = ""
    #: Texts of the page's byline elements (class "byline", itemprop or rel "author"), found by
    #: the dom stage for the structure stage.
    bylines: list[str] = field(default_factory=list)
    #: Writers side by side in one byline, each a link to their page ("By <a>Jane Roe</a> and <a>Sam
    #: Lee</a>"): the names, where the page has such a byline.
    linked_authors: list[str] = field(default_factory=list)
    #: On a forum page, the name of the thread's first poster (``dom/thread.py``).
    thread_starter: str | None = None
    #: The kind of page (``article``, ``forum``, ``product`` …, see ``dom/page_type.py``), and
    #: the evidence for it; set by the dom stage (text input: ``article``).
    page_type: str = "article"
    page_type_evidence: str = "text input"
    #: The kind of page the filters treat the page as (``Filter.skip_on``): its ``page_type``,
    #: or ``listing`` when the extraction chain reads it again whole.
    read_as: str = "article"
    #: How the article was read: ``located``, ``scored``, ``rules``, ``fallback``, ``baseline``,
    #: ``structured`` or ``text`` (``Article.extraction``, see ``chain.py``).
    extraction: str = "text"
    #: The reading the filters are working on now (``extraction`` is the one finally taken).
    reading: str = "text"
    #: The dom stage's measurements of the page (``dom.analyse.PageMap``), for the steps after
    #: the filters that go back to the page (figures); None for text input.
    page_map: Any = field(default=None, repr=False)

    def remove(self, text: str, reason: str, *, filter_name: str | None = None) -> None:
        """Record that ``text`` was removed, by the running filter (or ``filter_name``), and why."""
        if text.strip():
            self.removed.append(Removal(filter_name or self.filter_name, text, reason))

    def checkpoint(self) -> tuple[int, int]:
        """Where the removals and warnings stand now, for :meth:`restore` and :meth:`forget`."""
        return len(self.removed), len(self.warnings)

    def restore(self, checkpoint: tuple[int, int]) -> None:
        """Forget every removal and warning recorded since ``checkpoint``."""
        del self.removed[checkpoint[0]:]
        del self.warnings[checkpoint[1]:]

    def forget(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        """Forget the removals and warnings recorded between two checkpoints."""
        del self.removed[start[0]:end[0]]
        del self.warnings[start[1]:end[1]]

    def check_time(self) -> None:
        """Raise :class:`ExtractionTimeout` once the call's deadline has passed."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise ExtractionTimeout("extraction timed out")
