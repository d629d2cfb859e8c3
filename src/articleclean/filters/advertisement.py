"""advertisement: ad slots and their labels ("Advertisement", "Anzeige", "Story continues below")."""

from __future__ import annotations

from ..model import Block
from ..patterns import Phrases, all_languages
from ..patterns.notices import AD_DISCLOSURES, AD_LABELS, AD_TOKENS
from .base import VocabularyFilter

_LABEL = Phrases(all_languages(AD_LABELS))
_DISCLOSURE = Phrases(all_languages(AD_DISCLOSURES))


class Advertisement(VocabularyFilter):
    name = "advertisement"
    description = 'Ad slots and ad labels ("Advertisement", "Anzeige", "Publicité").'
    element_tokens = AD_TOKENS
    element_max_text = 300

    max_chars = 300

    def match(self, block: Block) -> str | None:
        if len(block.text) <= 80 and _LABEL.whole(block.text):
            return "an advertisement label"
        if len(block.text) <= 300 and _DISCLOSURE.start(block.text):
            return "an advertising or affiliate disclosure"
        return None
