"""Turn the article's container element into blocks in reading order.

Block-level elements become blocks (``p`` a paragraph, ``h1``–``h6`` a heading, ``ul``/``ol``
a list, ``blockquote``, ``pre`` code, ``table``, ``figcaption`` a caption); loose text and
inline elements between them become paragraphs; every other element is a container walked
into. Text inside a ``<figure>`` or an element whose class names a caption is a caption.
Each block keeps its source element, its share of link text, and the boilerplate hints of
the regions it sits in.
"""

from __future__ import annotations

import functools

import regex
from lxml import etree

from ..context import FilterContext
from ..model import Block
from ..patterns import PATTERN_TIMEOUT, timeout_for
from ..sentences import clean_space
from ..tree import text_of
from .analyse import INLINE_TAGS, PageMap

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PARAGRAPHS = frozenset("p dt dd address summary legend".split())
_BLOCKISH = frozenset("p div h1 h2 h3 h4 h5 h6 ul ol table blockquote pre section article figure aside".split())
# A <br> stands in the text as this private-use character until the block is cleaned, so that
# the page source's own line breaks (mere whitespace) are not taken for <br>s.
_BR = "\ue000"
_BREAKS = regex.compile(_BR + r"\s*(?:" + _BR + r"\s*)+")
_HEADING_CLASS = regex.compile(
    r"(?:^|[\s_-])(?:sub-?head(?:line|ing)?|cross-?head|inter-?title|intertitre|zwischen-?titel|"
    r"zwischenueberschrift|section-?title|section-?heading)(?:$|[\s_-])",
    regex.IGNORECASE,
)
_CAPTION_CLASS = regex.compile(r"caption|credit|legend|bildunterschrift|legende|didascalia|pie-?de-?foto")
#: A bold or all-capitals paragraph of at most this many characters is a heading, at this level.
_PARAGRAPH_HEADING_CHARS = 120
#: A "heading" of more words than this is a paragraph set large (a standfirst, a pull-quote).
_HEADING_MAX_WORDS = 25
_PARAGRAPH_HEADING_LEVEL = 3
#: Below this depth the page is flattened rather than walked (hostile nesting).
_MAX_DEPTH = 200


def blocks_from(container: object, page: PageMap, ctx: FilterContext) -> list[Block]:
    """The blocks of ``container`` in reading order; hidden elements are skipped and recorded."""
    builder = _Builder(page, ctx)
    hints = builder.hints_for(container, {})
    caption = _is_caption(container)
    builder.walk(container, hints, caption, 0)
    builder.flush(container, hints, caption)
    return builder.blocks


class _Builder:
    def __init__(self, page: PageMap, ctx: FilterContext) -> None:
        self.page = page
        self.ctx = ctx
        self.blocks: list[Block] = []
        self.run: list[str] = []
        self.run_links = 0
        self.run_hints: list[dict[str, str]] = []

    # -- inline text runs -------------------------------------------------------------
    def add(self, text: str | None, hints: dict[str, str], links: int = 0) -> None:
        if text:
            self.run.append(text)
            self.run_links += links
            if text.strip():
                self.run_hints.append(hints)

    def flush(self, owner: object, hints: dict[str, str], caption: bool) -> None:
        if not self.run:
            return
        raw = "".join(self.run)
        run_hints, links = self.run_hints, self.run_links
        self.run, self.run_hints, self.run_links = [], [], 0
        if not run_hints:
            return  # whitespace only
        # The run takes a hint only when all of its text sits in regions with that hint.
        shared = dict(run_hints[0]) if run_hints else {}
        for h in run_hints[1:]:
            shared = {k: v for k, v in shared.items() if k in h}
        merged = {**hints, **shared}
        pieces = _BREAKS.split(raw, timeout=timeout_for(raw)) if _BR in raw else [raw]
        chunks = [c for c in (_lines(chunk) for chunk in pieces) if c]
        total = sum(len(c) for c in chunks) or 1
        kind = "caption" if caption else "paragraph"
        for text in chunks:
            self.blocks.append(
                Block(kind, text, element=owner, hints=merged, link_density=min(links / total, 1.0))
            )

    # -- the walk ---------------------------------------------------------------------
    def hints_for(self, el: object, hints: dict[str, str], i: int | None = None) -> dict[str, str]:
        """``hints`` with the mark of ``el`` (at ``i`` in the page map, when the caller knows)."""
        if i is None:
            i = self.page.of(el)
        hit = self.page.hint[i] if i >= 0 and not self.page.outside_only[i] else None
        if hit is None or hit[0] in hints:
            return hints
        return {**hints, hit[0]: hit[1]}

    def is_hidden(self, el: object, i: int) -> bool:
        reason = self.page.hidden[i] if i >= 0 else None
        if reason:
            self.ctx.remove(clean_space(text_of(el)), reason, filter_name="hidden")  # type: ignore[attr-defined]
        return reason is not None

    def density(self, el: object, i: int | None = None) -> float:
        if i is None:
            i = self.page.of(el)
        return self.page.link_density(i) if i >= 0 and self.page.text[i] else 0.0

    def walk(self, el: object, hints: dict[str, str], caption: bool, depth: int) -> None:
        if depth > _MAX_DEPTH:
            self.add(text_of(el), hints)  # type: ignore[attr-defined]
            return
        self.add(el.text, hints)  # type: ignore[attr-defined]
        index = self.page.index
        for child in el:  # type: ignore[attr-defined]
            tag = child.tag
            if not isinstance(tag, str):
                self.add(child.tail, hints)
                continue
            tag = tag.lower()
            i = index.get(child, -1)
            if self.is_hidden(child, i):
                self.add(child.tail, hints)
                continue
            child_hints = self.hints_for(child, hints, i)
            child_caption = caption or _is_caption(child)
            if tag == "br":
                self.add(_BR, hints)
            elif tag in INLINE_TAGS and not _holds_blocks(child):
                text = _inline_text(child)
                if self.run and _glued(self.run[-1], text, child):
                    text = " " + text
                links = len(text) if tag == "a" and child.get("href") else int(len(text) * self.density(child, i))
                if child_caption and not caption:
                    self.flush(el, hints, caption)
                    self.add(text, child_hints)
                    self.flush(child, child_hints, True)
                else:
                    self.add(text, child_hints, links)
            elif tag in _HEADINGS:
                self.flush(el, hints, caption)
                level = _HEADINGS[tag]
                self.emit("heading", _heading_text(child), child, child_hints, level=level)
            elif tag in ("p", "div", "span") and not child_caption and _marked_as_heading(child):
                # A short element whose class names a (sub)heading: "pf_subheadline", "crosshead".
                self.flush(el, hints, caption)
                self.emit("heading", _heading_text(child), child, child_hints, level=_PARAGRAPH_HEADING_LEVEL)
            elif tag == "p" and not child_caption and _stands_alone_as_heading(child):
                # A short paragraph all in bold, or all in capitals, is a heading.
                self.flush(el, hints, caption)
                self.emit("heading", _heading_text(child), child, child_hints, level=_PARAGRAPH_HEADING_LEVEL)
            elif tag in _PARAGRAPHS and not _holds_blocks(child):
                self.flush(el, hints, caption)
                text = _inline_text(child)
                self.add(text, child_hints, int(len(text) * self.density(child, i)))
                self.flush(child, child_hints, child_caption)
            elif tag in ("ul", "ol") and not _is_layout_list(child):
                self.flush(el, hints, caption)
                self.emit_list(child, child_hints)
            elif tag == "blockquote":
                self.flush(el, hints, caption)
                self.emit_blockquote(child, child_hints)
            elif tag in ("pre", "listing", "xmp"):
                self.flush(el, hints, caption)
                self.emit("code", text_of(child).strip("\n"), child, child_hints)
            elif tag == "table" and not _is_layout_table(child):
                self.flush(el, hints, caption)
                self.emit_table(child, child_hints)
            elif tag in ("figcaption", "caption"):
                self.flush(el, hints, caption)
                self.emit("caption", clean_space(text_of(child)), child, child_hints)
            elif tag == "hr":
                self.flush(el, hints, caption)
            else:
                self.flush(el, hints, caption)
                self.walk(child, child_hints, child_caption, depth + 1)
                self.flush(child, child_hints, child_caption)
            self.add(child.tail, hints)

    # -- emitting blocks --------------------------------------------------------------
    def emit(self, kind: str, text: str, el: object, hints: dict[str, str], *, level: int = 0) -> None:
        if kind == "heading" and len(text.split()) > _HEADING_MAX_WORDS:
            kind, level = "paragraph", 0  # a sentence set in a heading's type is no heading
        if text:
            self.blocks.append(
                Block(kind, text, level=level, element=el, hints=hints, link_density=self.density(el))
            )

    def emit_list(self, el: object, hints: dict[str, str]) -> None:
        # (an item that is not an <li>, a card in a carousel's <ul>, is an item all the same)
        items = [_lines(_inline_text(item)) for item in el.iterchildren(etree.Element)]  # type: ignore[attr-defined]
        items = [i for i in items if i]
        if items:
            self.blocks.append(
                Block("list", "\n".join(items), items=items, element=el, hints=hints, link_density=self.density(el))
            )

    def emit_blockquote(self, el: object, hints: dict[str, str]) -> None:
        inner = _Builder(self.page, self.ctx)
        inner.walk(el, hints, False, 0)
        inner.flush(el, hints, False)
        text = "\n\n".join(b.text for b in inner.blocks if b.text)
        self.emit("blockquote", text, el, hints)

    def emit_table(self, el: object, hints: dict[str, str]) -> None:
        rows: list[list[str]] = []
        for tr in el.iter("tr"):  # type: ignore[attr-defined]
            cells = [clean_space(text_of(c)) for c in tr if c.tag in ("td", "th")]
            if any(cells):
                rows.append(cells)
        caption = el.find("caption")  # type: ignore[attr-defined]
        if caption is not None:
            self.emit("caption", clean_space(text_of(caption)), caption, hints)
        if rows:
            text = "\n".join(" | ".join(c for c in row if c) for row in rows)
            self.blocks.append(
                Block("table", text, rows=rows, element=el, hints=hints, link_density=self.density(el))
            )


def _marked_as_heading(el: object) -> bool:
    cls = el.get("class")  # type: ignore[attr-defined]
    if not cls or not _heading_class(cls) or _holds_blocks(el):
        return False
    text = clean_space(text_of(el))
    return 0 < len(text) <= _PARAGRAPH_HEADING_CHARS and text[-1] not in ".,;"


def _stands_alone_as_heading(p: object) -> bool:
    """A heading-like paragraph between ordinary ones; a run of them is a list of bold lines."""
    if not _is_paragraph_heading(p):
        return False
    for neighbour in (p.getprevious(), p.getnext()):  # type: ignore[attr-defined]
        if neighbour is not None and neighbour.tag == "p" and _is_paragraph_heading(neighbour):
            return False
    return True


def _is_paragraph_heading(p: object) -> bool:
    """A short one-line paragraph that is all in bold, or all in capitals, and no sentence."""
    children = [c for c in p if isinstance(c.tag, str)]  # type: ignore[attr-defined]
    if not children:
        raw = p.text or ""  # type: ignore[attr-defined]
        if len(raw) > 2 * _PARAGRAPH_HEADING_CHARS or not raw.isupper():
            return False
        text = clean_space(raw)
        if sum(ch.isalpha() for ch in text) < 4:
            return False
    elif len(children) == 1 and children[0].tag in ("strong", "b"):
        bold = children[0]
        if ((p.text or "") + (bold.tail or "")).strip():  # type: ignore[attr-defined]
            return False  # a bold lead-in to ordinary text
        text = clean_space(text_of(bold))
    else:
        return False
    return 0 < len(text) <= _PARAGRAPH_HEADING_CHARS and len(text.split()) <= 15 and text[-1] not in ".,;"


def _is_caption(el: object) -> bool:
    tag = el.tag  # type: ignore[attr-defined]
    if tag == "figure":
        return True
    cls = el.get("class")  # type: ignore[attr-defined]
    return bool(cls) and _caption_class(cls)


@functools.lru_cache(maxsize=16384)
def _caption_class(cls: str) -> bool:
    return _CAPTION_CLASS.search(cls.lower(), timeout=PATTERN_TIMEOUT) is not None


@functools.lru_cache(maxsize=16384)
def _heading_class(cls: str) -> bool:
    return _HEADING_CLASS.search(cls, timeout=timeout_for(cls)) is not None


#: A permalink mark a documentation page puts after each heading ("Options¶").
_PERMALINK_MARK = regex.compile(r"\s*[¶🔗⚓]\s*$")


def _heading_text(el: object) -> str:
    """A heading's text on one line: a line break or two elements meeting without a space
    ("Data Analytics<br>Agency") read as a space, a trailing permalink mark left out."""
    text = clean_space(_inline_text(el).replace(_BR, " "))
    if text.endswith(("¶", "🔗", "⚓")):
        text = _PERMALINK_MARK.sub("", text, timeout=timeout_for(text))
    return text


def _inline_text(el: object) -> str:
    """The text of ``el`` in document order, with ``<br>`` as a line break."""
    if not len(el):  # type: ignore[arg-type]
        return el.text or ""  # type: ignore[attr-defined]
    out: list[str] = []
    stack: list[tuple[object, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node is not el:
                out.append(node.tail or "")  # type: ignore[attr-defined]
            continue
        tag = node.tag  # type: ignore[attr-defined]
        if tag == "br":
            out.append(_BR)
        elif isinstance(tag, str):
            if node is not el and _glued(_last_piece(out), node.text or "", node):
                out.append(" ")
            out.append(node.text or "")  # type: ignore[attr-defined]
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))  # type: ignore[call-overload]
    return "".join(out)


def _last_piece(pieces: list[str]) -> str:
    """The last non-empty string of ``pieces`` ("" if none)."""
    for piece in reversed(pieces):
        if piece:
            return piece
    return ""


def _glued(before: str, text: str, el: object) -> bool:
    """Whether ``text``, the start of inline element ``el``, would run into the word ``before``
    ends with, though the page sets them apart: ``el`` follows another element straight on (no
    text between) and a word ends where a capitalised one starts ("Publisher" + "Houghton
    Mifflin", two cells of a row of spans), or two links meet (menu entries, tags)."""
    if not before or not text or not before[-1].isalnum() or not text[0].isalnum():
        return False
    previous = el.getprevious()  # type: ignore[attr-defined]
    if previous is None or previous.tail or not isinstance(previous.tag, str):
        return False
    return text[0].isupper() or (el.tag == "a" and previous.tag == "a")  # type: ignore[attr-defined]


def _lines(text: str) -> str:
    """Clean ``text``: whitespace collapsed, each ``<br>`` a line break, empty lines dropped."""
    if _BR not in text:
        return clean_space(text)
    lines = (clean_space(line) for line in text.split(_BR))
    return "\n".join(line for line in lines if line)


def _holds_blocks(el: object) -> bool:
    if not len(el):  # type: ignore[arg-type]
        return False
    return any(isinstance(d.tag, str) and d.tag in _BLOCKISH for d in el.iterdescendants())  # type: ignore[attr-defined]


def _is_layout_list(el: object) -> bool:
    """A list whose items hold paragraphs or headings is a container, not a list of items; so is
    one whose children that are not items hold blocks (cards in a carousel's <ul>)."""
    for item in el.iterchildren(etree.Element):  # type: ignore[attr-defined]
        for d in item.iterdescendants("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table"):
            if len(text_of(d)) > 100 or d.tag.startswith("h") or item.tag != "li":
                return True
    return False


def _is_layout_table(el: object) -> bool:
    """A table that lays out the page (nested tables, paragraphs in cells) is a container."""
    if el.find(".//table") is not None:  # type: ignore[attr-defined]
        return True
    for d in el.iterdescendants("p", "div", "h1", "h2", "h3", "ul", "ol", "blockquote"):  # type: ignore[attr-defined]
        if len(text_of(d)) > 200:
            return True
    return False
