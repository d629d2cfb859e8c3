"""media_credit: photo and reporting credits ("Foto: dpa", "Jane Doe/Getty Images", "Reporting by …")."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import phrase_alternation, timeout_for
from ..patterns.media import CREDIT_AGENCIES, CREDIT_LABELS, CREDIT_TOKENS
from ..sentences import split_sentences
from ..structure.byline import is_byline_line
from .base import VocabularyFilter

_LABELS = phrase_alternation(CREDIT_LABELS, any_space=False)
_AGENCIES = phrase_alternation(CREDIT_AGENCIES, any_space=False)
_LABEL = regex.compile(
    r"^[\s(\[]*(?:" + _LABELS + r")s?\s*(?::|©|\|)",
    regex.IGNORECASE,
)
_BY = regex.compile(
    r"^[\s(\[]*(?:photo|photograph|photos|picture|image|foto|fotos|bild)(?:ed|graphed)?\s+(?:by|von|de|di|por)\s+\p{Lu}",
    regex.IGNORECASE,
)
_AGENCY_END = regex.compile(
    r"(?:^|[/|,·©]\s*|\s)(?:" + _AGENCIES + r")\s*\)?\s*$",
    regex.IGNORECASE,
)
#: A caption closing on its credit: "Roman Prymula, photo: Government archive".
_LABEL_AFTER = regex.compile(
    r"[,;|–—]\s*(?:photo|foto|bild|image|crédit photo|credit|picture)s?\s*:\s*\S", regex.IGNORECASE
)
#: A caption ending in its credit in brackets: "… im Überblick. (Foto: Getty)", "(Jane Doe / iStock.com)".
_CREDIT_IN_BRACKETS = regex.compile(
    r"\((?:(?:" + _LABELS + r")s?\s*:[^()]{1,60}"
    r"|[^()]{0,40}/\s*(?:" + _AGENCIES + r")(?:\.com)?)\)\W*$",
    regex.IGNORECASE,
)
#: _REPORTING cannot match a text holding none of these words, _BY and _LABEL_AFTER none of
#: the next ones (checked first: a pattern call costs more than a look for a word).
_REPORTING_WORDS = ("reporting", "editing", "writing", "compiled", "mitarbeit", "material", "contributed")
_PICTURE_WORDS = ("photo", "picture", "image", "foto", "bild", "credit", "crédit")
_COPYRIGHT = regex.compile(r"^\W*(?:©|\(c\)|copyright)\s|©", regex.IGNORECASE)
_REPORTING = regex.compile(
    r"^\W*(?:(?:additional\s+)?reporting\s+by|editing\s+by|writing\s+by|compiled\s+by|mitarbeit:|mit\s+material\s+von)"
    r"|\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\b",
    regex.IGNORECASE,
)


class MediaCredit(VocabularyFilter):
    name = "media_credit"
    description = 'Photo and reporting credits: "Foto: dpa", "Jane Doe/Getty Images", "Reporting by …".'
    element_tokens = CREDIT_TOKENS
    element_max_text = 200
    #: Longest block (characters) that can be a reporting credit ("Reporting by …; editing by …").
    max_chars = 250
    #: Longest block (characters) that can be a photo credit.
    max_photo_chars = 150

    def match(self, block: Block) -> str | None:
        text = block.text
        if len(text) > self.max_chars or block.kind not in ("paragraph", "caption"):
            return None
        # Each pattern runs only where the words it needs are there (a pattern call costs more).
        folded = text.casefold()
        if any(w in folded for w in _REPORTING_WORDS) and _REPORTING.search(text, timeout=timeout_for(text)):
            # (a wire's credit naming its reporters, "Reporting by Ana Ruiz; Editing by Mark Porter":
            # the byline step reads it, and takes it out)
            return None if is_byline_line(text) else "a reporting credit"
        if len(text) > self.max_photo_chars or ("text" in folded and is_byline_line(text)):
            return None  # (a writer's credit, "Anna Berger (Text), Jan Roe (Bild)": the byline step reads it)
        pictured = any(w in folded for w in _PICTURE_WORDS)
        labelled = (
            (("|" in text or ":" in text or "©" in text) and _LABEL.match(text, timeout=timeout_for(text)))
            or (("©" in text or "(c" in folded or "copyright" in folded)
                and _COPYRIGHT.search(text, timeout=timeout_for(text)))
            or (pictured and _BY.match(text, timeout=timeout_for(text)))
            or (pictured and len(text.split()) <= 12 and _LABEL_AFTER.search(text, timeout=timeout_for(text)))
        )
        if labelled and block.link_density < 0.5 and len(split_sentences(text)) <= 1:
            return "a photo or image credit"
        if len(text.split()) <= 8 and _AGENCY_END.search(text, timeout=timeout_for(text)):
            return "a photo credit naming an agency"
        if (
            "(" in text
            and ")" in text
            and _CREDIT_IN_BRACKETS.search(text, timeout=timeout_for(text))
            and len(split_sentences(text)) <= 2
        ):
            return "a picture caption closing on its credit"
        return None
