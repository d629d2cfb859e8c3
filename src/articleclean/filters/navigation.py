"""navigation: menus, breadcrumbs, pagination, "Skip to content", "Next post"."""

from __future__ import annotations

from ..model import Block
from ..patterns import Phrases
from ..patterns.page import NAVIGATION_LINES, NAVIGATION_TOKENS
from .base import VocabularyFilter

_LINE = Phrases(NAVIGATION_LINES)


class Navigation(VocabularyFilter):
    name = "navigation"
    description = 'Menus, breadcrumbs, pagination and lines like "Skip to content", "Next post".'
    element_tokens = NAVIGATION_TOKENS
    element_max_text = 800
    element_tags = ("nav",)
    element_roles = ("navigation", "menu", "menubar")

    def match(self, block: Block) -> str | None:
        if len(block.text) <= 40 and _LINE.whole(block.text):
            return "a navigation link"
        return None
