"""cart_notice: shop-cart widget text ("No products in the cart.", "0 items – $0.00", "View cart")."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import all_languages, has_digit, phrase_alternation, timeout_for
from ..patterns.shop import CART_NOTICES, CART_TOKENS, CART_WORDS, ITEM_NOUNS
from .base import VocabularyFilter

_NOTICE = regex.compile(phrase_alternation(all_languages(CART_NOTICES)), regex.IGNORECASE)
_WORD = regex.compile(rf"\b(?:{phrase_alternation(all_languages(CART_WORDS))})\b", regex.IGNORECASE)
_COUNT = regex.compile(rf"\b\d+\s*(?:{phrase_alternation(ITEM_NOUNS)})\b", regex.IGNORECASE)
_PRICE = regex.compile(
    r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|kr|zł|R\$))\s?\d+(?:[.,]\d{2})?"
    r"|\b\d+(?:[.,]\d{2})?\s?(?:[$€£¥₹]|(?:USD|EUR|GBP|CHF|kr|zł)\b)",
    regex.IGNORECASE,
)
# The last word of every notice ("cart", "empty", "warenkorb" …): no such word, no notice.
_NOTICE_WORDS = frozenset(p.split()[-1] for p in all_languages(CART_NOTICES))
_LEFTOVER = regex.compile(r"[\W\d_]*", regex.V1)


class CartNotice(VocabularyFilter):
    name = "cart_notice"
    description = 'Shop-cart widget text: "No products in the cart.", "0 items – $0.00", "View cart".'
    element_tokens = CART_TOKENS
    element_max_text = 300
    #: Longest block (characters) that can be a cart widget.
    max_chars = 200

    def match(self, block: Block) -> str | None:
        text = block.text
        if len(text) > self.max_chars:
            return None
        words = set(text.casefold().replace(".", " ").split())
        notices = _NOTICE.findall(text, timeout=timeout_for(text)) if words & _NOTICE_WORDS else []
        if not notices:
            if not has_digit(text):
                return None
            counts = _COUNT.findall(text, timeout=timeout_for(text))
            if not counts or not _PRICE.search(text, timeout=timeout_for(text)):
                return None
        rest = text
        for pattern in (_NOTICE, _COUNT, _PRICE, _WORD):
            rest = pattern.sub(" ", rest, timeout=timeout_for(rest))
        if not _LEFTOVER.fullmatch(rest, timeout=timeout_for(rest)):
            return None  # the block says more than a cart widget does: a sentence about carts
        if notices:
            return f"shop-cart widget text ({notices[0]!r})"
        return "shop-cart widget text (item count and price)"
