"""tag_list: "Tags: …", "Filed under: …" lines and tag clouds."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import Phrases, all_languages, timeout_for
from ..patterns.notices import TAG_STARTS, TAG_TOKENS
from .base import VocabularyFilter

_TAGS = Phrases(all_languages(TAG_STARTS))
_ITEM_SEPARATOR = regex.compile(r"[,|·•/]")


class TagList(VocabularyFilter):
    name = "tag_list"
    description = 'Tag and category lines: "Tags: …", "Filed under: …".'
    element_tokens = TAG_TOKENS
    element_max_text = 300
    #: Longest block (characters) that can be a tag line.
    max_chars = 300

    def match(self, block: Block) -> str | None:
        if len(block.text) > self.max_chars:
            return None
        start = _TAGS.start(block.text)
        if start and (start.endswith(":") or _is_item_list(block.text.split(None, len(start.split()))[-1])):
            return "a tag or category line"
        return None


def _is_item_list(rest: str) -> bool:
    """ "Mars, NASA, ESA": short items, no sentence. """
    items = [i.strip() for i in _ITEM_SEPARATOR.split(rest, timeout=timeout_for(rest)) if i.strip()]
    return bool(items) and all(len(i.split()) <= 4 for i in items) and rest.rstrip()[-1:] not in ".!?…"
