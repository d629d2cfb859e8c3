"""related_links: "Related:", "Read also:", "You may also like" lines and related-story boxes."""

from __future__ import annotations

from ..model import Block
from ..patterns import Phrases, all_languages
from ..patterns.notices import RELATED_STARTS, RELATED_TOKENS
from ..sentences import ends_sentence
from .base import FilterContext, VocabularyFilter

_RELATED = Phrases(all_languages(RELATED_STARTS))


class RelatedLinks(VocabularyFilter):
    name = "related_links"
    description = 'Related-story lines and boxes: "Related:", "Read also:", "You may also like".'
    element_tokens = RELATED_TOKENS
    element_max_text = None
    #: Longest block (characters) that can be a related-links line.
    max_chars = 300

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        kept = super().apply(blocks, ctx)
        # A "Related stories" heading takes the list of links right under it along.
        out: list[Block] = []
        skip_list = False
        for block in kept:
            if skip_list and block.kind == "list":
                ctx.remove(block.text, "the list under a related-stories heading")
                skip_list = False
                continue
            skip_list = False
            if block.kind == "heading" and _RELATED.whole(block.text):
                ctx.remove(block.text, "a related-stories heading")
                skip_list = True
                continue
            out.append(block)
        return out

    def match(self, block: Block) -> str | None:
        if len(block.text) > self.max_chars:
            return None
        text = block.text
        if block.kind == "heading" and _RELATED.whole(text):
            return None  # a "Related stories" heading goes with its list, below
        if _RELATED.start(text) and _introduces_links(block):
            return "a related-stories heading" if block.kind == "heading" else "a related-stories line"
        return None


#: A related-stories line in markup is mostly its links.
_LINKED = 0.5


def _introduces_links(block: Block) -> bool:
    """"Related: …" and "Read also: …" lines (or headings), a few words, or a line of links; not
    a sentence that starts with "Related", nor a line of plain words ("Most viewed debates in
    the chamber"), which reads the same as a heading or a paragraph."""
    text = block.text
    if block.element is not None and block.kind != "heading" and not block.link_density:
        return False  # in a page, the line links to the stories ("Recommended: 8 GB RAM" does not)
    if len(text.split(None, 4)) <= 4:
        return True
    if ":" in text[:40]:
        # the lead-in is the phrase itself ("Read also: …"), not a sentence that has a colon later
        return block.element is not None or _RELATED.whole(text.split(":", 1)[0])
    return block.kind != "heading" and block.link_density >= _LINKED and not ends_sentence(text)
