"""article_meta: the article's own header lines — dates, "Updated", reading times, comment counts."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import has_digit, timeout_for
from ..patterns.dates import only_counter_tokens, only_date_tokens
from .base import VocabularyFilter

_HAS_DATE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|\d\s*(?:min|h)\b")
_STATUS_WORDS = (
    "updated", "published", "posted", "aktualisiert", "veröffentlicht", "mis à jour", "publié", "actualizado",
    "publicado", "aggiornato", "pubblicato", "atualizado", "bijgewerkt", "gepubliceerd",
)
_WORD_ONLY = regex.compile(rf"^(?:{'|'.join(_STATUS_WORDS)})\W*$", regex.IGNORECASE)
_NUMBER_ONLY = regex.compile(r"^\W*\d[\d.,]*(?:\s*(?:/|of|von|de|sur|di)\s*\d+)?\W*$", regex.IGNORECASE)
_COUNTER_HINT = regex.compile(r"\d.*(?:\p{L}{3,})|(?:\p{L}{3,}).*\d")


class ArticleMeta(VocabularyFilter):
    name = "article_meta"
    description = 'Date and time lines, "Updated", reading times, comment and view counts.'
    skip_on = frozenset({"listing", "collection"})  # a listing's items carry their dates
    element_tokens = (
        "date", "dateline-time", "timestamp", "published", "post-date", "entry-date", "posted-on",
        "updated", "publish-date", "article-date", "reading-time", "read-time", "comment-count",
        "comments-count", "meta-date", "datum", "fecha", "entry-meta", "post-meta", "article-meta",
        "postmeta",
    )
    element_max_text = 120
    #: Longest block (characters) that can be such a line.
    max_chars = 120

    def match(self, block: Block) -> str | None:
        text = block.text
        if len(text) > self.max_chars or block.kind not in ("paragraph", "heading"):
            return None
        if text[:16].casefold().startswith(_STATUS_WORDS) and _WORD_ONLY.match(text, timeout=timeout_for(text)):
            return "a publication-status word"
        if not has_digit(text):
            if len(text.split()) <= 2 and only_counter_tokens(text):
                return "a counter's label"
            return None  # every date, time and counter has a digit
        if _HAS_DATE.search(text, timeout=timeout_for(text)) and only_date_tokens(text):
            return "a date or time line"
        if _COUNTER_HINT.search(text, timeout=timeout_for(text)) and only_counter_tokens(text):
            return "a reading time or counter"
        if _NUMBER_ONLY.match(text, timeout=timeout_for(text)):
            return "a number on its own (a counter or slide number)"
        return None

