"""The extraction chain for an HTML page: read it, filter it, and when that keeps too little of
the page's prose, read it again wider and keep the better reading.

1. The first reading: the containers of the user's keep rules; else, for an article (or a page
   of no known kind), its article located by scoring (``dom/locate.py``); else, for a thread, a
   product, a listing, documentation or a service page, its visible blocks as the block scorer
   judges them (``dom/scorer.py``).
2. When a located article keeps too little — under a quarter of the page's readable prose, or
   next to nothing of a page that has some — the page is read again wide, its filters treating
   it as a listing (its items are content). That reading is taken when it keeps several times
   more; else the first stands.
3. When what stands is empty (under 50 characters) and the page shows text, the page's visible
   text is given whole, unfiltered: an article that says it is a last resort beats a silent
   hole in a corpus.
4. When even that is empty (a page its scripts render, showing nothing without them) and the
   page's structured data holds its article's text (JSON-LD ``articleBody``), that text is the
   article.

The path taken is ``Article.extraction`` (``rules``, ``located``, ``scored``, ``fallback``,
``baseline`` or ``structured``); the last three also leave a warning saying why, and the
explain report shows all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import dom
from .context import FilterContext
from .dom.vocabulary import Vocabulary
from .model import Block
from .text import blocks_from_text

if TYPE_CHECKING:
    from .rules import SiteRules
    from .structure.metadata import Metadata

#: A located article keeping less than this share of the page's prose, or less than
#: ``SCANT_CHARS`` of a page with at least ``MIN_PAGE_PROSE``, is read again wide.
SCANT_SHARE = 0.25
SCANT_CHARS = 200
MIN_PAGE_PROSE = 500
#: The wide reading is taken when it keeps this many times the first's text, and this much more.
FALLBACK_GAIN = 3.0
FALLBACK_MIN_GAIN_CHARS = 300
#: A reading keeping less text than this is empty: the page's visible text is given whole
#: instead, when it has at least ``BASELINE_MIN_CHARS``.
EMPTY_CHARS = 50
BASELINE_MIN_CHARS = 200

#: Runs the filters over one reading's blocks: ``Pipeline.run``, or the explain trace's own.
RunFilters = Callable[[list[Block], FilterContext], list[Block]]


@dataclass
class Reading:
    """One reading of the page: how it was read, the dom stage's blocks, what the filters kept.

    ``run`` numbers the readings whose blocks went through the filters, in order (0 for the
    first), so that a caller that watches the filters (the explain trace) knows which run counts;
    ``None`` for a reading the filters never saw.
    """

    how: str
    blocks: list[Block]
    kept: list[Block]
    run: int | None = None


def read_page(
    root: object,
    vocabulary: Vocabulary,
    ctx: FilterContext,
    run_filters: RunFilters,
    *,
    rules: SiteRules | None = None,
    meta: Metadata | None = None,
    fallbacks: bool = True,
) -> Reading:
    """Read the page (``root``, changed in place) along the chain; ``ctx`` ends up holding the
    removals and warnings of the reading taken, and ``ctx.extraction`` its path. Without
    ``fallbacks`` the first reading stands, however little it keeps."""
    page = dom.prepare(root, vocabulary, ctx, rules, meta)
    ctx.page_map = page.page
    runs = _Runs(run_filters)
    start = ctx.checkpoint()
    taken = _reading(page, ctx, page.first_reading, runs)
    prose = dom.page_prose(page)
    had = kept_chars(taken.kept)
    if fallbacks and taken.how == "located" and _scant(had, prose):
        taken = _instead(taken, ctx, start, lambda: _reading(page, ctx, "wide", runs, read_as="listing"),
                         lambda got: got >= had * FALLBACK_GAIN and got >= had + FALLBACK_MIN_GAIN_CHARS,
                         "fallback",
                         lambda got: f"the located article kept {had:,} of the page's {prose:,} characters of "
                                     f"prose: read the page whole instead (less its furniture), keeping {got:,}")
    if fallbacks and kept_chars(taken.kept) < EMPTY_CHARS:
        taken = _instead(taken, ctx, start, lambda: _baseline(page, ctx), lambda got: got >= BASELINE_MIN_CHARS,
                         "baseline",
                         lambda got: "nothing of the page read as its content: its visible text is given whole, "
                                     f"{got:,} characters, unfiltered")
    body = meta.body if meta is not None else None
    if fallbacks and kept_chars(taken.kept) < EMPTY_CHARS and body:
        taken = _instead(taken, ctx, start, lambda: _structured(body), lambda got: got >= BASELINE_MIN_CHARS,
                         "structured",
                         lambda got: "the page shows no text without its scripts: its article is the text its "
                                     f"structured data gives (JSON-LD articleBody), {got:,} characters")
    ctx.read_as = ctx.page_type
    ctx.reading = ctx.extraction = taken.how
    return taken


def _instead(
    first: Reading, ctx: FilterContext, start: tuple[int, int], read: Callable[[], Reading],
    better: Callable[[int], bool], how: str, warning: Callable[[int], str],
) -> Reading:
    """Another reading of the page, taken instead of ``first`` when ``better`` says so of the text
    it keeps; ``ctx`` then forgets what ``first`` recorded (since ``start``), else what it did."""
    middle = ctx.checkpoint()
    second = read()
    got = kept_chars(second.kept)
    if not better(got):
        ctx.restore(middle)
        return first
    ctx.forget(start, middle)
    ctx.warnings.append(warning(got))
    second.how = how
    return second


class _Runs:
    """Counts the filter runs the chain makes, for ``Reading.run``."""

    def __init__(self, run_filters: RunFilters) -> None:
        self.run_filters = run_filters
        self.count = 0

    def __call__(self, blocks: list[Block], ctx: FilterContext) -> tuple[list[Block], int]:
        kept = self.run_filters(blocks, ctx)
        self.count += 1
        return kept, self.count - 1


def _reading(
    page: dom.DomPage, ctx: FilterContext, how: str, runs: _Runs, *, read_as: str | None = None
) -> Reading:
    ctx.read_as = read_as or ctx.page_type
    ctx.reading = how
    blocks = dom.read(page, ctx, how)
    if not blocks:
        ctx.warnings.append("no article text found")
    kept, run = runs(blocks, ctx)
    ctx.check_time()
    return Reading(how, blocks, kept, run)


def _baseline(page: dom.DomPage, ctx: FilterContext) -> Reading:
    """Every visible block of the page, unfiltered: the last resort against an empty article."""
    blocks = dom.read(page, ctx, "visible")
    return Reading("baseline", blocks, list(blocks))


def _structured(body: str) -> Reading:
    """The article's text as the page's structured data gives it, read as text input is."""
    blocks = blocks_from_text(body)
    return Reading("structured", blocks, list(blocks))


def _scant(kept: int, prose: int) -> bool:
    """Whether ``kept`` characters are too little of a page with ``prose`` characters of prose."""
    if prose < MIN_PAGE_PROSE:
        return False
    return kept < prose * SCANT_SHARE or kept < SCANT_CHARS


def kept_chars(blocks: list[Block]) -> int:
    """Characters of text in ``blocks``, captions included (a gallery's text is its captions)."""
    return sum(len(b.text) for b in blocks)
