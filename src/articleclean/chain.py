"""The extraction chain for an HTML page: read it, filter it, and when that keeps too little of
the page's prose, read it again wider and keep the better reading.

1. The first reading: the containers of the user's keep rules, else the page read wide (a
   listing, a grid of products, a product page: the page less its furniture), else its article,
   located by scoring (``dom/locate.py``).
2. When a located article keeps too little — under a quarter of the page's readable prose, or
   next to nothing of a page that has some — the page is read again wide, its filters treating
   it as a listing (its items are content). That reading is taken when it keeps several times
   more; else the first stands.

The path taken is ``Article.extraction`` (``located``, ``wide``, ``rules`` or ``fallback``); a
fallback also leaves a warning saying why, and the explain report shows both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import dom
from .dom.vocabulary import Vocabulary
from .filters.base import FilterContext
from .model import Block

#: A located article keeping less than this share of the page's prose, or less than
#: ``SCANT_CHARS`` of a page with at least ``MIN_PAGE_PROSE``, is read again wide.
SCANT_SHARE = 0.25
SCANT_CHARS = 200
MIN_PAGE_PROSE = 500
#: The wide reading is taken when it keeps this many times the first's text, and this much more.
FALLBACK_GAIN = 3.0
FALLBACK_MIN_GAIN_CHARS = 300

#: Runs the filters over one reading's blocks: ``Pipeline.run``, or the explain trace's own.
RunFilters = Callable[[list[Block], FilterContext], list[Block]]


@dataclass
class Reading:
    """One reading of the page: how it was read, the dom stage's blocks, what the filters kept."""

    how: str
    blocks: list[Block]
    kept: list[Block]


def read_page(
    root: object,
    vocabulary: Vocabulary,
    ctx: FilterContext,
    run_filters: RunFilters,
    *,
    rules: object | None = None,
    meta: object | None = None,
) -> Reading:
    """Read the page (``root``, changed in place) along the chain; ``ctx`` ends up holding the
    removals and warnings of the reading taken, and ``ctx.extraction`` its path."""
    page = dom.prepare(root, vocabulary, ctx, rules, meta)  # type: ignore[arg-type]
    before = ctx.checkpoint()
    first = _reading(page, ctx, page.first_reading, run_filters)
    prose = dom.page_prose(page)
    if first.how != "located" or not _scant(kept_chars(first.kept), prose):
        ctx.extraction = first.how
        return first
    after = ctx.checkpoint()
    second = _reading(page, ctx, "wide", run_filters, read_as="listing")
    got, had = kept_chars(second.kept), kept_chars(first.kept)
    if got >= had * FALLBACK_GAIN and got >= had + FALLBACK_MIN_GAIN_CHARS:
        ctx.forget(before, after)  # what the first reading removed and warned of is moot
        ctx.extraction = "fallback"
        ctx.warnings.append(
            f"the located article kept {had:,} of the page's {prose:,} characters of prose: "
            f"read the page whole instead (less its furniture), keeping {got:,}"
        )
        second.how = "fallback"
        return second
    ctx.restore(after)
    ctx.read_as = ctx.page_type
    ctx.extraction = first.how
    return first


def _reading(
    page: dom.DomPage, ctx: FilterContext, how: str, run_filters: RunFilters, *, read_as: str | None = None
) -> Reading:
    ctx.read_as = read_as or ctx.page_type
    blocks = dom.read(page, ctx, how)
    if not blocks:
        ctx.warnings.append("no article text found")
    kept = run_filters(blocks, ctx)
    ctx.check_time()
    return Reading(how, blocks, kept)


def _scant(kept: int, prose: int) -> bool:
    """Whether ``kept`` characters are too little of a page with ``prose`` characters of prose."""
    if prose < MIN_PAGE_PROSE:
        return False
    return kept < prose * SCANT_SHARE or kept < SCANT_CHARS


def kept_chars(blocks: list[Block]) -> int:
    """Characters of text in ``blocks``, captions included (a gallery's text is its captions)."""
    return sum(len(b.text) for b in blocks)
