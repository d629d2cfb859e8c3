"""read_more_teaser: related-post cards (label, title, excerpt, "Read More →") inside the article.

In HTML the card is the smallest page element around the marker link that holds the blocks
before it. In scraped text the card's pieces are glued together ("Personal DevelopmentThe
Rise of …", "Read More →However, the partnerships …"): the card is the title-like line and
the short excerpt before the marker, and the real text glued after the marker stays.
"""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import all_languages, phrase_alternation, timeout_for
from ..patterns.teaser import MARKER_ORNAMENTS, READ_MORE_MARKERS, WEAK_MARKERS
from ..sentences import split_sentences
from ..tree import text_of
from .base import Filter, FilterContext

_ALT = phrase_alternation(all_languages(READ_MORE_MARKERS))
# The longest word of every marker ("more", "lire", "leer" …): a block with none of them near
# an edge has no marker (glued ones included: "Read MoreHowever").
_LONGEST_WORDS = {max(m.split(), key=len) for m in all_languages(READ_MORE_MARKERS)}
#: (a word holding another of them is found wherever that one is: "reading" wherever "read")
_MARKER_WORDS = tuple(sorted(w for w in _LONGEST_WORDS if not any(o != w and o in w for o in _LONGEST_WORDS)))
_ORN = regex.escape(MARKER_ORNAMENTS)
# An ornament after a marker: arrows (also typed, "->", "=>"), guillemets, ellipses.
_ORNAMENT = rf"(?:[-=]+>|[{_ORN}]+|\.\.\.)"
_LEADING = regex.compile(
    rf"^[\s\[(]*(?P<marker>{_ALT})(?P<orn>\s*{_ORNAMENT})?[\s\])]*",
    regex.IGNORECASE,
)
_TRAILING = regex.compile(
    rf"(?P<ellipsis>\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.))?[\s\[(]*(?P<marker>{_ALT})"
    rf"(?P<orn>\s*{_ORNAMENT})?[\s\])]*$",
    regex.IGNORECASE,
)
#: What a paragraph glued after a marker may open with besides a capital: a digit, a quote mark.
_OPENERS = "\"“‘'«„‚(["
#: A trailing marker is looked for only in a block's last characters.
_TAIL_CHARS = 60
_TERMINAL = ".!?:;,…\"”’»)"
_ELLIPSIS_END = regex.compile(r"(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\])\s*$")


class ReadMoreTeaser(Filter):
    name = "read_more_teaser"
    description = 'Related-post cards: category, title, excerpt and a "Read More →" marker.'
    skip_on = frozenset({"listing", "collection"})  # a listing's items are teasers
    #: Longest excerpt (characters) a card can have.
    max_excerpt_chars = 400
    #: Longest card (characters, all its blocks) in HTML.
    max_card_chars = 700

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        drop: set[int] = set()
        out = list(blocks)
        for i, block in enumerate(blocks):
            if i in drop:
                continue
            found = self._marker(block.text)
            if found is None:
                continue
            marker, rest, where = found
            if where == "trailing" and len(block.text) > self.max_excerpt_chars:
                out[i] = block.with_text(rest)  # a long paragraph with a stray marker
                ctx.remove(marker.strip(), "a 'read more' link glued to the end of a paragraph")
                continue
            card = self._card(blocks, i, drop)
            if where == "trailing":
                card = sorted(set(card) | {i})
            elif rest:
                out[i] = block.with_text(rest)
            else:
                drop.add(i)
            if not card and where != "trailing":
                ctx.remove(marker.strip(), "a 'read more' link with no article text of its own")
                continue
            pieces = [blocks[k].text for k in card if k != i]
            pieces.append(block.text if where == "trailing" else marker)
            drop.update(card)
            ctx.remove("\n".join(p.strip() for p in pieces), f"related-post card ending in {marker.strip()!r}")
        return [b for k, b in enumerate(out) if k not in drop]

    def _marker(self, text: str) -> tuple[str, str, str] | None:
        """(marker text, the block's text without it, "leading"|"trailing") or None."""
        ends = f"{text[:40]}\n{text[-_TAIL_CHARS:]}".casefold()  # both ends, one look per word
        if not any(map(ends.__contains__, _MARKER_WORDS)):
            return None
        lead = _LEADING.match(text, timeout=timeout_for(text))
        if lead:
            rest = text[lead.end() :]
            if not rest.strip():
                return lead.group(0), "", "leading"
            if _leads_a_paragraph(lead, rest):
                return lead.group(0), rest.strip(), "leading"
            return None
        offset = max(len(text) - _TAIL_CHARS, 0)
        trail = _TRAILING.search(text, offset, timeout=timeout_for(text))
        if trail and trail.start() > 0:
            word = trail.group("marker").casefold()
            before = text[: trail.start("marker")]
            ornamented = bool(trail.group("orn") or trail.group("ellipsis"))
            at_word_start = not before[-1:].isalnum()
            if at_word_start and (ornamented or (word not in WEAK_MARKERS and _ends_sentence(before))):
                return trail.group(0), text[: trail.start()].rstrip(), "trailing"
        return None

    def _card(self, blocks: list[Block], i: int, taken: set[int]) -> list[int]:
        """Indexes of the blocks that form the card ending at the marker block ``i``."""
        marker = blocks[i]
        if marker.element is not None:
            card = self._element_card(blocks, i, taken)
            if card:
                return card
        return self._text_card(blocks, i, taken)

    def _element_card(self, blocks: list[Block], i: int, taken: set[int]) -> list[int]:
        """The card is the smallest element around the marker that also holds the block before it."""
        if i == 0 or (i - 1) in taken or blocks[i - 1].element is None:
            return []
        previous = blocks[i - 1].element
        root = blocks[i].element
        while not _inside(previous, root):
            parent = root.getparent()
            if parent is None or parent.tag in ("body", "html", "article", "main"):
                return []
            root = parent
        if len(text_of(root)) > self.max_card_chars:
            return []
        card: list[int] = []
        j = i - 1
        while j >= 0 and j not in taken and _inside(blocks[j].element, root):
            card.append(j)
            j -= 1
        if any(len(blocks[k].text) > self.max_excerpt_chars for k in card):
            return []
        return sorted(card)

    def _text_card(self, blocks: list[Block], i: int, taken: set[int]) -> list[int]:
        card: list[int] = []
        j = i - 1
        if j >= 0 and j not in taken and self._excerpt_like(blocks[j]) and not _title_like(blocks[j]):
            card.append(j)
            j -= 1
        if j >= 0 and j not in taken and _title_like(blocks[j]):
            card.append(j)
        has_title = any(_title_like(blocks[k]) for k in card)
        has_ellipsis = any(_ELLIPSIS_END.search(blocks[k].text, timeout=timeout_for(blocks[k].text)) for k in card)
        if not (has_title or has_ellipsis):
            return []
        return sorted(card)

    def _excerpt_like(self, block: Block) -> bool:
        return (
            block.kind == "paragraph"
            and len(block.text) <= self.max_excerpt_chars
            and len(split_sentences(block.text)) <= 3
        )


def _leads_a_paragraph(lead: regex.Match[str], rest: str) -> bool:
    """Whether the marker ``lead`` found at a block's start is glued to the paragraph ``rest``.

    After an ornament ("Read more →", "Continue reading…", "[Read more]") the paragraph may
    open any way: a capital, a digit, a quote mark, a word in lower case. Glued straight to the
    marker ("Read MoreHowever", "READ MORE“We…”") it opens with a capital, a digit or a quote
    mark, or in lower case after a marker of capitalised words ("Read Morehowever"; one word is
    not enough: "Weiterlesenswert" is a German word). Spaced without an
    ornament ("Read more about the plan") it is a sentence. A weak marker ("More", "Learn
    more") needs its ornament.
    """
    marker = lead.group("marker")
    ornamented = bool(lead.group("orn")) or "[" in lead.group(0) or "(" in lead.group(0)
    if marker.casefold() in WEAK_MARKERS:
        return ornamented
    if ornamented:
        return True
    if lead.end() != lead.end("marker"):
        return False  # spaced: "Read more about …"
    first = rest[0]
    if first.isupper() or first.isdigit() or first in _OPENERS:
        return True
    words = marker.split()
    return first.islower() and len(words) > 1 and all(w[:1].isupper() for w in words)


def _ends_sentence(before: str) -> bool:
    """A bare marker ends a block only after a sentence's end: "… results. Read more"."""
    return before.rstrip()[-1:] in ".!?…"


def _title_like(block: Block) -> bool:
    text = block.text.strip()
    if block.kind == "heading":
        return True
    return (
        block.kind == "paragraph"
        and 0 < len(text) <= 160
        and len(text.split()) <= 20
        and text[-1] not in _TERMINAL
        and not text[0].islower()
    )


def _inside(element: object, root: object) -> bool:
    if element is None:
        return False
    if element is root:
        return True
    return any(a is root for a in element.iterancestors())  # type: ignore[attr-defined]

