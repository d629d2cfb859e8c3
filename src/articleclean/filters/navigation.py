"""navigation: menus, breadcrumbs, pagination, "Skip to content", "Next post"."""

from __future__ import annotations

from ..model import Block
from ..patterns import PATTERN_TIMEOUT
from ..patterns.page import NAVIGATION_LINES, NAVIGATION_TOKENS
from .base import VocabularyFilter, whole_line_pattern

_LINE = whole_line_pattern(NAVIGATION_LINES)


class Navigation(VocabularyFilter):
    name = "navigation"
    description = 'Menus, breadcrumbs, pagination and lines like "Skip to content", "Next post".'
    element_tokens = NAVIGATION_TOKENS
    element_max_text = 800
    element_tags = ("nav",)
    element_roles = ("navigation", "menu", "menubar")

    def match(self, block: Block) -> str | None:
        if len(block.text) <= 40 and _LINE.match(block.text, timeout=PATTERN_TIMEOUT):
            return "a navigation link"
        return None
