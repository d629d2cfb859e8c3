"""sidebar: widget areas and side rails (found by the dom stage from their markup)."""

from __future__ import annotations

from ..patterns.page import SIDEBAR_TOKENS
from .base import VocabularyFilter


class Sidebar(VocabularyFilter):
    name = "sidebar"
    description = "Sidebars, widget areas and side rails (HTML markup)."
    element_tokens = SIDEBAR_TOKENS
    element_roles = ("complementary",)
    element_tags = ("aside",)
