"""author_bio: "About the author" boxes and author cards at the end of an article."""

from __future__ import annotations

from ..model import Block
from ..patterns import Phrases, all_languages
from ..patterns.people import AUTHOR_BIO_HEADINGS, AUTHOR_BIO_TOKENS
from .base import FilterContext, VocabularyFilter

_HEADING = Phrases(all_languages(AUTHOR_BIO_HEADINGS))


class AuthorBio(VocabularyFilter):
    name = "author_bio"
    description = '"About the author" boxes and author cards.'
    element_tokens = AUTHOR_BIO_TOKENS
    element_max_text = 1200
    #: Longest paragraph (characters) taken along under an "About the author" heading.
    max_bio_chars = 600

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        kept = super().apply(blocks, ctx)
        out: list[Block] = []
        in_bio = False
        for block in kept:
            if len(block.text) <= 60 and _HEADING.whole(block.text):
                ctx.remove(block.text, "an 'about the author' heading")
                in_bio = True
                continue
            if in_bio and block.kind != "heading" and len(block.text) <= self.max_bio_chars:
                ctx.remove(block.text, "the author's biography under an 'about the author' heading")
                continue
            in_bio = False
            out.append(block)
        return out
