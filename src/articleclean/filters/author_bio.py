"""author_bio: "About the author" boxes, author cards and contact cards at the end of an article."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import Phrases, all_languages, has_digit, timeout_for
from ..patterns.people import AUTHOR_BIO_HEADINGS, AUTHOR_BIO_TOKENS
from .base import FilterContext, VocabularyFilter

_HEADING = Phrases(all_languages(AUTHOR_BIO_HEADINGS))
_CONTACT_SIGN = regex.compile(r"\d{3}|@|\[email")
_PHONE = regex.compile(r"(?:\+\d{1,3}[\s/-]?)?\(?\d{2,5}\)?[\s/-]?\d{3,}(?:[\s-]\d{2,})+")
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[email(?:&#160;|\s)protected\]")
_CONTACT_WORDS = ("tel", "phone", "fax", "mail", "mobil", "kontakt", "contact")  # _CONTACT_WORD's, in short
_CONTACT_WORD = regex.compile(
    r"\b(?:tel|telefon|phone|fax|e-mail|email|mobil|mobile|kontakt|contact)\b\.?:?", regex.IGNORECASE
)


class AuthorBio(VocabularyFilter):
    name = "author_bio"
    description = '"About the author" boxes, author cards and contact cards.'
    element_tokens = AUTHOR_BIO_TOKENS
    element_max_text = 1200
    #: Longest paragraph (characters) taken along under an "About the author" heading.
    max_bio_chars = 600
    #: Longest block (characters) that can be a contact card.
    max_chars = 300

    def match(self, block: Block) -> str | None:
        text = block.text
        if block.kind not in ("paragraph", "list"):
            return None
        # Two signs of three: with no e-mail address possible, a phone number and a contact word
        # (looked for first as plain words: most blocks have neither, and need no pattern call).
        mail = "@" in text or "[email" in text
        if not mail and not (has_digit(text) and any(w in text.casefold() for w in _CONTACT_WORDS)):
            return None
        if _CONTACT_SIGN.search(text, timeout=timeout_for(text)):
            signs = sum(1 for p in (_PHONE, _EMAIL, _CONTACT_WORD) if p.search(text, timeout=timeout_for(text)))
            if signs >= 2:
                return "a contact card (phone, e-mail)"
        return None

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        kept = super().apply(blocks, ctx)
        out: list[Block] = []
        in_bio = False
        for block in kept:
            # (A heading that opens the page is its headline, not a box under an article.)
            if out and len(block.text) <= 60 and _HEADING.whole(block.text):
                ctx.remove(block.text, "an 'about the author' heading")
                in_bio = True
                continue
            if in_bio and block.kind != "heading" and len(block.text) <= self.max_bio_chars:
                ctx.remove(block.text, "the author's biography under an 'about the author' heading")
                continue
            in_bio = False
            out.append(block)
        return out
