"""navigation: menus, breadcrumbs, pagination, "Skip to content", "Next post", download links."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import Phrases, timeout_for
from ..patterns.page import NAVIGATION_LINES, NAVIGATION_TOKENS, PAGER_STARTS
from .base import VocabularyFilter

_LINE = Phrases(NAVIGATION_LINES)
_PAGER = Phrases(PAGER_STARTS)
_DOWNLOAD = regex.compile(
    r"\b(?:pdf|docx?|xlsx?|pptx?|zip|epub)\b.{0,30}?\b\d+(?:[.,]\d+)?\s*(?:kb|mb|kib|mib)\b"
    r"|\b(?:als\s+pdf|pdf\s+herunterladen|download\s+(?:the\s+)?pdf|télécharger\s+le\s+pdf)\b",
    regex.IGNORECASE,
)

#: _DOWNLOAD cannot match a text holding none of these (looked for first: no pattern call).
_FILE_WORDS = ("pdf", "doc", "xls", "ppt", "zip", "epub")


def _has_file_word(text: str) -> bool:
    folded = text.casefold()
    return any(word in folded for word in _FILE_WORDS)


class Navigation(VocabularyFilter):
    name = "navigation"
    description = 'Menus, breadcrumbs, pagination and lines like "Skip to content", "Next post".'
    element_tokens = NAVIGATION_TOKENS
    element_max_text = 800
    element_tags = ("nav",)
    element_roles = ("navigation", "menu", "menubar")

    max_chars = 200

    def match(self, block: Block) -> str | None:
        text = block.text
        if len(text) <= 40 and _LINE.whole(text):
            return "a navigation link"
        if len(text) <= 160 and _PAGER.start(text):
            return "a link to the previous or next article"
        if len(text) <= 200 and _has_file_word(text) and _DOWNLOAD.search(text, timeout=timeout_for(text)):
            return "a download link"
        return None
