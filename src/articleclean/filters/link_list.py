"""link_list: lists, headings and short lines that are nothing but links (HTML only).

Related-headline lists, menus and "more stories" lines inside the article container. Prose
that happens to carry many links (citations, a paragraph of sources) stays: only lists,
headings and short lines that do not read as sentences go.
"""

from __future__ import annotations

import regex

from ..model import Block
from .base import FilterContext, VocabularyFilter

_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*\s*$")


class LinkList(VocabularyFilter):
    name = "link_list"
    description = "Lists, headings and short lines made only of links (related headlines, menus)."
    #: Share of a list's text in links from which it is a link list.
    list_density = 0.6
    #: Share of a heading's or a short line's text in links from which it is a link.
    line_density = 0.8
    #: Lines longer than this (characters) that end like a sentence are prose, however linked.
    max_line_chars = 150

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        if not ctx.is_html:
            return blocks
        return super().apply(blocks, ctx)

    def match(self, block: Block) -> str | None:
        density = block.link_density
        if block.kind == "list" and density >= self.list_density:
            return f"a list of links ({density:.0%} of its text is links)"
        if block.kind == "heading" and density >= self.line_density:
            return "a heading that is a link to another page"
        if (
            block.kind == "paragraph"
            and density >= self.line_density
            and (len(block.text) <= self.max_line_chars or not _SENTENCE_END.search(block.text))
        ):
            return f"a line of links ({density:.0%} of its text is links)"
        return None
