"""Run the stages one by one and note where each removal sits among the blocks that stay.

``extract`` keeps no positions: a removal is a filter name, a text and a reason. To show a
removal in place, :func:`trace` runs the same stages as ``extract`` (load, dom, each filter
in turn, structure) and, after each filter, compares the block list it got with the one it
returned, by identity. A block that is gone was dropped by that filter; a block replaced by a
new one (``Block.with_text``) was shortened, and a word diff says which words went. Each of
the filter's removal records is then matched, by its text, to the pieces the filter took.

The dom stage's removals (regions outside the article, hidden elements, forms, drop rules)
happen before there are blocks; they are placed where their text first appears in the page's
body text, measured before the dom stage ran.

Costs one extraction and one extra walk over the page's text; ``extract`` itself is untouched.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import regex

from ..api import finish_article, page_metadata, resolve_pipeline
from ..chain import read_page
from ..context import FilterContext
from ..dom.clean import NEVER_CONTENT
from ..load import load
from ..model import Article, Block, Removal
from ..patterns import timeout_for
from ..pipeline import Pipeline, run_filter
from ..rules import Rules
from ..structure import Metadata
from ..text import blocks_from_text

#: The name under which the dom stage's own decisions are grouped.
DOM_STAGE = "dom"
#: The name of the structure stage (title, subtitle and byline taken out of the blocks).
STRUCTURE_STAGE = "structure"

_TOKENS = regex.compile(r"\s+|\w+|[^\w\s]+")
#: How much of a text is looked up in the page's text to place it.
_PLACE_KEY_CHARS = 80
#: A dom-stage record is looked up by its first characters, fewer when more are not found.
_PLACE_KEY_SIZES = (_PLACE_KEY_CHARS, 40, 16)


@dataclass
class Segment:
    """A run of text in the report: kept (``filter`` is None) or removed by ``filter``.

    ``removals`` index into ``Trace.removed``: the records that explain this run.
    """

    text: str
    filter: str | None = None
    removals: tuple[int, ...] = ()


@dataclass
class Piece:
    """One block of the page in reading order, as the report shows it.

    ``role`` is ``"body"`` (in the article's sections), ``"heading"`` (opens a section),
    ``"title"`` or ``"subtitle"`` (moved into the metadata), ``"removed"`` (a whole block a
    filter dropped) or ``"region"`` (a piece the dom stage left out).
    """

    kind: str
    role: str
    segments: list[Segment]
    level: int = 0
    items: list[str] = field(default_factory=list)
    #: The links of the block's kept words, ``(words, address)`` in order (``Block.inline``).
    links: list[tuple[str, str]] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    @property
    def has_marks(self) -> bool:
        return any(s.filter for s in self.segments)


@dataclass
class Trace:
    """What :func:`trace` found: the article, its pieces in order, and the dom stage's choice."""

    article: Article
    pieces: list[Piece]
    #: Every removal, in the order they were recorded (``article.removed``).
    removed: list[Removal]
    #: Indexes into ``removed`` of records that could not be placed in the text.
    unplaced: list[int]
    #: The stages that ran, in order: ``"dom"`` (HTML only), each filter's name, ``"structure"``.
    stages: list[str]
    #: Which stage each record came from (same length as ``removed``).
    stage_of: list[str]
    #: The element the dom stage took the article from, as a CSS-like path (HTML only).
    container: str | None = None
    #: The dom stage's blocks: how many, and their characters.
    dom_blocks: int = 0
    dom_chars: int = 0
    input_kind: str = "html"


def trace(
    source: str | bytes,
    *,
    url: str | None = None,
    input_type: str = "auto",
    encoding: str | None = None,
    pipeline: Pipeline | None = None,
    disable: Iterable[str] = (),
    settings: Mapping[str, Mapping[str, Any]] | None = None,
    rules: Rules | None = None,
) -> Trace:
    """Extract ``source`` as :func:`articleclean.extract` does, noting where every removal sits.

    The options mean what they mean for ``extract``; the returned ``Trace.article`` equals
    what ``extract`` returns for the same arguments.
    """
    pipeline = resolve_pipeline(pipeline, disable=disable, settings=settings, rules=rules)
    doc = load(source, input_type=input_type, encoding=encoding)
    host = urlsplit(url).hostname if url else None
    ctx = FilterContext(url=url, host=host, is_html=doc.kind == "html")
    ctx.warnings.extend(doc.warnings)
    page_text = ""
    container: str | None = None
    passes: list[_Pass] = []

    def run_filters(blocks: list[Block], ctx: FilterContext) -> list[Block]:
        one = _Pass(len(ctx.removed), [_Slot(b) for b in blocks])
        passes.append(one)
        current = blocks
        for f in pipeline.filters:
            start = len(ctx.removed)
            after = run_filter(f, current, ctx)
            one.counts.append((f.name, len(ctx.removed) - start))
            one.slots = _step(one.slots, current, after, f.name, ctx.removed, start)
            current = after
        ctx.filter_name = ""
        return current

    if doc.tree is not None:
        meta = page_metadata(doc.tree, ctx)
        body = doc.tree.find("body")
        page_text = _page_text(body if body is not None else doc.tree)
        site_rules = pipeline.rules.for_host(host) if pipeline.rules else None
        reading = read_page(doc.tree, pipeline.vocabulary, ctx, run_filters, rules=site_rules, meta=meta,
                           fallbacks=pipeline.fallbacks)
        blocks, current = reading.blocks, reading.kept
        container = _describe_container(blocks)
        # The reading taken, and the filters' run over it (none for an unfiltered baseline). Its
        # filters' records are the last in ctx.removed (the chain forgot the other readings').
        taken = passes[reading.run] if reading.run is not None else _Pass(len(ctx.removed), [_Slot(b) for b in blocks])
        taken.settle(len(ctx.removed))
        stages = [DOM_STAGE]
    else:
        meta = Metadata()
        blocks = blocks_from_text(doc.text)
        if not blocks:
            ctx.warnings.append("no article text found")
        current = run_filters(blocks, ctx)
        taken = passes[0]
        stages = []
    filtered = sum(count for _, count in taken.counts)
    stage_of = [DOM_STAGE] * (len(ctx.removed) - filtered)
    for name, count in taken.counts:
        stages.append(name)
        stage_of.extend([name] * count)
    slots = taken.slots
    ctx.filter_name = ""
    start = len(ctx.removed)
    article = finish_article(blocks, current, meta, ctx, url=url, encoding=doc.encoding)
    stages.append(STRUCTURE_STAGE)
    stage_of.extend([STRUCTURE_STAGE] * (len(ctx.removed) - start))
    unplaced = _structure_step(slots, article, ctx.removed, start)

    pieces = _with_figures(slots, article, ctx)
    dom_records = [i for i, stage in enumerate(stage_of) if stage == DOM_STAGE]
    pieces, more_unplaced = _place_dom_records(pieces, slots, dom_records, ctx.removed, page_text)
    placed = {i for p in pieces for s in p.segments for i in s.removals}
    unplaced = sorted(set(unplaced) | set(more_unplaced) | (set(range(len(ctx.removed))) - placed))
    return Trace(
        article=article,
        pieces=pieces,
        removed=list(ctx.removed),
        unplaced=unplaced,
        stages=stages,
        stage_of=stage_of,
        container=container,
        dom_blocks=len(blocks),
        dom_chars=sum(len(b.text) for b in blocks),
        input_kind=doc.kind,
    )


def _with_figures(slots: list[_Slot], article: Article, ctx: FilterContext) -> list[Piece]:
    """The slots' pieces, with the article's figures among them where they stand on the page."""
    figures = [b for section in article.sections for b in section.blocks if b.kind == "figure"]
    page_map = ctx.page_map
    pieces: list[Piece] = []
    for slot in slots:
        piece = slot.piece()
        if piece is None:
            continue
        element = (slot.block or slot.first).element
        at = page_map.of(element) if page_map is not None and element is not None else -1
        while figures and at >= 0 and page_map.of(figures[0].element) < at:
            pieces.append(_figure_piece(figures.pop(0)))
        pieces.append(piece)
    pieces.extend(_figure_piece(figure) for figure in figures)
    return pieces


def _figure_piece(block: Block) -> Piece:
    image = block.image
    said = f"{image.alt or 'image'} — {image.src}" if image is not None else "image"
    return Piece(kind="figure", role="body", segments=[Segment(said)])


# -- one reading's history --------------------------------------------------------------


class _Pass:
    """The filters' run over one reading of the page: the slots of its blocks, and how many
    records each filter added. ``entry`` is where ``ctx.removed`` stood when it began."""

    def __init__(self, entry: int, slots: list[_Slot]) -> None:
        self.entry = entry
        self.slots = slots
        self.counts: list[tuple[str, int]] = []

    def settle(self, total: int) -> None:
        """Renumber the records the slots point to, now that ``ctx.removed`` holds ``total``
        records and this pass's are the last (the chain may have forgotten records before them)."""
        shift = self.entry - (total - sum(count for _, count in self.counts))
        if shift:
            for slot in self.slots:
                for token in slot.tokens:
                    token.removals = tuple(i - shift for i in token.removals)


# -- one block's history ----------------------------------------------------------------


class _Token:
    __slots__ = ("filter", "removals", "step", "text")

    def __init__(self, text: str, filter: str | None = None, step: str | None = None) -> None:
        self.text = text
        self.filter = filter
        self.step = step
        self.removals: tuple[int, ...] = ()


class _Slot:
    """A block of the dom stage (or one a filter added) and what became of its words."""

    def __init__(self, block: Block) -> None:
        self.block: Block | None = block
        self.first = block
        self.tokens = [_Token(t) for t in _TOKENS.findall(block.text, timeout=timeout_for(block.text))]
        self.role = "body"

    def drop(self, stage: str) -> None:
        for token in self.tokens:
            if token.filter is None:
                token.filter, token.step = stage, stage
        self.block = None
        self.role = "removed"

    def rewrite(self, block: Block, stage: str) -> None:
        """The block now reads ``block.text``: mark the words that went as removed by ``stage``."""
        kept = [t for t in self.tokens if t.filter is None]
        new = _TOKENS.findall(block.text, timeout=timeout_for(block.text))
        matcher = difflib.SequenceMatcher(None, [t.text for t in kept], new, autojunk=False)
        inserts: dict[int, list[_Token]] = {}
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op in ("delete", "replace"):
                for token in kept[i1:i2]:
                    token.filter, token.step = stage, stage
            if op in ("insert", "replace"):
                inserts.setdefault(i2, []).extend(_Token(t) for t in new[j1:j2])
        kept_ids = {id(t) for t in kept}
        rebuilt: list[_Token] = []
        ordinal = 0
        for token in self.tokens:
            if id(token) in kept_ids:
                rebuilt.extend(inserts.pop(ordinal, []))
                ordinal += 1
            rebuilt.append(token)
        rebuilt.extend(inserts.pop(ordinal, []))
        self.tokens = rebuilt
        self.block = block

    def runs(self, stage: str) -> list[list[_Token]]:
        """The runs of consecutive tokens that ``stage`` removed, whitespace-only runs left out."""
        out: list[list[_Token]] = []
        run: list[_Token] = []
        for token in self.tokens:
            if token.step == stage:
                run.append(token)
            elif token.filter is None or not token.text.isspace():
                if run:
                    out.append(run)
                run = []
        if run:
            out.append(run)
        return [r for r in out if "".join(t.text for t in r).strip()]

    def piece(self) -> Piece | None:
        if not self.tokens:
            return None
        segments: list[Segment] = []
        for token in self.tokens:
            last = segments[-1] if segments else None
            if last is not None and last.filter == token.filter and last.removals == token.removals:
                last.text += token.text
            else:
                segments.append(Segment(token.text, token.filter, token.removals))
        # Whitespace between two marks belongs to neither.
        for s in segments:
            if s.filter and s.text.isspace():
                s.filter, s.removals = None, ()
        block = self.block or self.first
        return Piece(
            kind=block.kind, role=self.role, segments=segments, level=block.level,
            items=list(block.items), rows=[list(r) for r in block.rows],
            links=[(run.text, run.href) for run in block.links if run.href],
        )


def _step(slots: list[_Slot], before: list[Block], after: list[Block], stage: str,
          removed: list[Removal], start: int) -> list[_Slot]:
    """Update the slots for one filter that turned ``before`` into ``after``.

    Blocks ``after`` still holds are kept. Between two kept blocks, the blocks that went
    (a gap) are matched in order to the new blocks the filter returned there: a new block
    made of most of a gone block's words is that block shortened; the rest were dropped.
    """
    before_ids = {id(b) for b in before}
    after_pos = {id(b): k for k, b in enumerate(after)}
    out: list[_Slot] = []
    touched: list[_Slot] = []
    gap: list[_Slot] = []
    j = 0
    for slot in slots:
        block = slot.block
        if block is not None and id(block) not in after_pos:
            gap.append(slot)
        elif block is not None:
            k = after_pos[id(block)]
            _close_gap(gap, [b for b in after[j:k] if id(b) not in before_ids], stage, out)
            touched.extend(gap)
            gap = []
            j = max(j, k + 1)
        out.append(slot)
    _close_gap(gap, [b for b in after[j:] if id(b) not in before_ids], stage, out)
    touched.extend(gap)
    if len(removed) > start or touched:
        _match(touched, stage, removed, start, len(removed))
    return out


#: A new block holding at least this share of a gone block's words is that block, shortened.
_SAME_BLOCK_SHARE = 0.5


def _close_gap(gap: list[_Slot], new_blocks: list[Block], stage: str, out: list[_Slot]) -> None:
    pos = 0
    for new in new_blocks:
        words = [w for w in _TOKENS.findall(new.text, timeout=timeout_for(new.text)) if not w.isspace()]
        best, best_share = -1, _SAME_BLOCK_SHARE
        for g in range(pos, len(gap)):
            share = _share_of(words, gap[g])
            if share >= best_share:
                best, best_share = g, share
        if best < 0:
            out.append(_Slot(new))  # a block the filter made up: shown as kept where it stands
            continue
        for dropped in gap[pos:best]:
            dropped.drop(stage)
        gap[best].rewrite(new, stage)
        pos = best + 1
    for dropped in gap[pos:]:
        dropped.drop(stage)


def _share_of(words: list[str], slot: _Slot) -> float:
    if not words:
        return 0.0
    have = Counter(t.text for t in slot.tokens if t.filter is None)
    found = 0
    for w in words:
        if have[w] > 0:
            have[w] -= 1
            found += 1
    return found / len(words)


def _structure_step(slots: list[_Slot], article: Article, removed: list[Removal], start: int) -> list[int]:
    """Give each surviving block its role in the article; what the structure stage took is removed."""
    body = {id(b) for b in article.blocks}
    headings = [s.heading for s in article.sections if s.heading]
    title_pending = article.sources.get("title") == "dom"
    subtitle_pending = article.subtitle is not None
    touched: list[_Slot] = []
    for slot in slots:
        block = slot.block
        if block is None:
            continue
        if id(block) in body:
            slot.role = "body"
        elif title_pending and block.text == article.title:
            slot.role, title_pending = "title", False
        elif subtitle_pending and block.text == article.subtitle:
            slot.role, subtitle_pending = "subtitle", False
        elif block.kind == "heading" and block.text in headings:
            headings.remove(block.text)
            slot.role = "heading"
        else:
            slot.drop(STRUCTURE_STAGE)
            touched.append(slot)
    return _match(touched, STRUCTURE_STAGE, removed, start, len(removed))


def _match(touched: list[_Slot], stage: str, removed: list[Removal], start: int, end: int) -> list[int]:
    """Attach each record of ``removed[start:end]`` to the runs of text that ``stage`` took.

    A record may be one run (a dropped block), part of one (a sentence cut from a paragraph),
    or span several (a teaser card made of three blocks). Returns the records left unattached.
    """
    runs = [run for slot in touched for run in slot.runs(stage)]
    texts = [_flat("".join(t.text for t in run)) for run in runs]
    explained = [False] * len(runs)
    unattached: list[int] = []

    def attach(k: int, i: int) -> None:
        for token in runs[k]:
            token.removals = (*token.removals, i)
            if token.filter == STRUCTURE_STAGE:
                token.filter = removed[i].filter
        explained[k] = True

    for i in range(start, end):
        want = _flat(removed[i].text)
        same = [k for k, t in enumerate(texts) if t == want]
        spanned = [k for k, t in enumerate(texts) if t and t in want]
        inside = [k for k, t in enumerate(texts) if want in t]
        fresh = [k for k in same if not explained[k]]
        if fresh or same:
            attach((fresh or same)[0], i)
        elif spanned:
            # The record joins consecutive runs: take them from the first unexplained one on.
            k = next((k for k in spanned if not explained[k]), spanned[0])
            budget = len(want)
            while k < len(runs) and budget > 0 and texts[k] and texts[k] in want:
                attach(k, i)
                budget -= len(texts[k]) + 1
                k += 1
        elif inside:
            attach(next((k for k in inside if not explained[k]), inside[0]), i)
        elif len(runs) == 1:
            attach(0, i)
        else:
            unattached.append(i)
    for k, run in enumerate(runs):
        if not explained[k] and stage == STRUCTURE_STAGE:
            for token in run:
                token.filter = STRUCTURE_STAGE
    return unattached


# -- the dom stage's removals -----------------------------------------------------------


def _place_dom_records(
    pieces: list[Piece], slots: list[_Slot], records: list[int], removed: list[Removal], page_text: str
) -> tuple[list[Piece], list[int]]:
    """Put each dom-stage record among the pieces, where its text first appears in the page."""
    if not records:
        return pieces, []
    # Where each piece's block starts in the page text, found in order.
    starts: list[int] = []
    cursor = 0
    for slot in slots:
        if not slot.tokens:
            continue
        key = _bare(slot.first.text)[:_PLACE_KEY_CHARS]
        at = page_text.find(key, cursor) if key else -1
        if at < 0:
            at = cursor
        else:
            cursor = at + len(key)
        starts.append(at)
    placed: list[tuple[int, int, Piece]] = [(at, 1, p) for at, p in zip(starts, pieces, strict=True)]
    unplaced: list[int] = []
    for i in records:
        key = _bare(removed[i].text)
        at = -1
        for size in _PLACE_KEY_SIZES:
            at = page_text.find(key[:size])
            if at >= 0:
                break
        if at < 0:
            unplaced.append(i)
            continue
        piece = Piece(kind="region", role="region", segments=[Segment(removed[i].text, removed[i].filter, (i,))])
        placed.append((at, 0, piece))
    placed.sort(key=lambda item: (item[0], item[1]))
    return [p for _, _, p in placed], unplaced


def _describe_container(blocks: list[Block]) -> str | None:
    """The nearest element that holds every block's source element, as a path from ``body``."""
    elements = [b.element for b in blocks if b.element is not None]
    if not elements:
        return None
    common = [elements[0], *elements[0].iterancestors()]
    for el in elements[1:]:
        line = {el, *el.iterancestors()}
        common = [c for c in common if c in line]
    if not common:
        return None
    path = [common[0], *common[0].iterancestors()]
    names: list[str] = []
    for el in reversed(path):
        if el.tag == "html":
            continue
        name = str(el.tag)
        if el.get("id"):
            name += "#" + el.get("id").strip()
        classes = (el.get("class") or "").split()
        if classes:
            name += "." + ".".join(classes[:3])
        names.append(name)
    return " > ".join(names)


def _page_text(root: Any) -> str:
    """The page's text as the dom stage reads it (never-content elements left out), without
    whitespace: blocks and records are found in it whatever spaces they gained or lost."""
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append(node.tail or "")
            continue
        if isinstance(node.tag, str) and node.tag in NEVER_CONTENT and node is not root:
            parts.append(node.tail or "")
            continue
        if isinstance(node.tag, str):
            parts.append(node.text or "")
        if node is not root:
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return _bare("".join(parts))


def _bare(text: str) -> str:
    return "".join(text.split())


def _flat(text: str) -> str:
    return " ".join(text.split())
