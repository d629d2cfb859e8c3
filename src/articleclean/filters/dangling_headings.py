"""dangling_headings: headings and label lines with nothing left to introduce.

Runs after the other filters. A heading whose section is empty (the next block is a heading
of the same or a higher level, or nothing follows) introduced something that was removed
("Related posts" after its list went) or never was article text. Short label lines — a few
words, no sentence — go the same way at the end of the article, and before its first
paragraph, where they are kickers and section labels of the page ("Opinion", "News").
"""

from __future__ import annotations

from ..model import Block
from ..patterns import has_digit
from ..structure.byline import is_byline_line
from ..structure.dateline import dateline_set_off
from .base import Filter, FilterContext

_SENTENCE_END = tuple(".!?:;,…\"“”’»)—–-")
#: At most this many label lines are taken from the end of the article.
_TRAILING_LABELS = 2


class DanglingHeadings(Filter):
    name = "dangling_headings"
    description = "Headings and label lines with nothing under them, and kicker labels above the article."
    skip_on = frozenset({"listing", "collection"})  # a listing's items are titles with little under them
    #: A label line has at most this many words.
    label_words = 4
    #: The first paragraph at least this long ends the article's head, where kickers stand.
    first_paragraph_chars = 80

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        drop: set[int] = set()
        for i, block in enumerate(blocks):
            if block.kind == "heading" and _empty_section(blocks, i):
                drop.add(i)
                ctx.remove(block.text, "a heading with nothing under it")
        # Kickers: labels before the first real paragraph.
        for i, block in enumerate(blocks):
            if block.kind == "paragraph" and len(block.text) >= self.first_paragraph_chars:
                break
            following = blocks[i + 1].text if i + 1 < len(blocks) else ""
            if i not in drop and self._is_label(block) and dateline_set_off(block.text, following) is None:
                # (a dateline set off on its own, "Innsbruck/Wien" ¶ "Österreichs Gletscher …", is
                # the story's: the dateline step reads it)
                drop.add(i)
                ctx.remove(block.text, "a label line above the article's first paragraph")
        # Labels (and headings) left at the end with nothing after them; a heading left last
        # always goes, however many labels went before it.
        taken = 0
        for i in range(len(blocks) - 1, -1, -1):
            block = blocks[i]
            if i in drop:
                continue
            heading = block.kind == "heading"
            if not heading and (taken >= _TRAILING_LABELS or not (self._is_label(block) or self._is_lead_in(block))):
                break
            taken += not heading
            drop.add(i)
            ctx.remove(block.text, "a label line at the end of the article, with nothing under it")
        return [b for i, b in enumerate(blocks) if i not in drop]

    def _is_label(self, block: Block) -> bool:
        text = block.text.strip()
        return (
            block.kind == "paragraph"
            and 0 < len(text) <= 40
            and len(text.split()) <= self.label_words
            and not text.endswith(_SENTENCE_END)
            and ":" not in text
            and not has_digit(text)
            and not is_byline_line(text)  # ("By Jane Doe", "Von Anna Berger": the byline step reads them)
        )


    def _is_lead_in(self, block: Block) -> bool:
        """A few words ending in a colon ("Kontakt:", "More information:"): they introduce what follows."""
        text = block.text.strip()
        return block.kind == "paragraph" and text.endswith(":") and len(text[:-1].split()) <= self.label_words


def _empty_section(blocks: list[Block], i: int) -> bool:
    level = blocks[i].level or 6
    for nxt in blocks[i + 1 :]:
        if nxt.kind != "heading":
            return False
        if (nxt.level or 6) <= level:
            return True
    return True
