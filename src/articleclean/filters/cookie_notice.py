"""cookie_notice: cookie and consent banners."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import all_languages, phrase_alternation, timeout_for
from ..patterns.notices import COOKIE_PHRASES, COOKIE_TOKENS
from .base import VocabularyFilter

_COOKIE = regex.compile(phrase_alternation(all_languages(COOKIE_PHRASES)), regex.IGNORECASE)


class CookieNotice(VocabularyFilter):
    name = "cookie_notice"
    description = "Cookie and consent banners."
    element_tokens = COOKIE_TOKENS
    element_max_text = 1500
    #: Longest block (characters) that can be a cookie notice.
    max_chars = 600

    def match(self, block: Block) -> str | None:
        if len(block.text) > self.max_chars or block.kind == "heading" or "cooki" not in block.text.lower():
            return None
        found = _COOKIE.search(block.text, timeout=timeout_for(block.text))
        return f"cookie notice ({found.group(0)!r})" if found else None
