"""comments: reader comment sections and reply forms (found by the dom stage from their markup)."""

from __future__ import annotations

from ..patterns.page import COMMENT_TOKENS
from .base import VocabularyFilter


class Comments(VocabularyFilter):
    name = "comments"
    description = "Reader comment sections and reply forms (HTML markup)."
    element_tokens = COMMENT_TOKENS
