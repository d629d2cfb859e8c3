"""Direct quotes and who said them.

A quote is text in quote marks (“…”, "…", „…“, «…», ‚…‘, ‘…’) of at least four words that is not
a title of a work. Its speaker comes from the attribution before it ("X, a Y at Z, notes,
“…”", "According to X, “…”") or after it ("“…,” said X", "“…,” X said", "“…,” X, a Y, said").
A pronoun speaker is resolved to the last named speaker when there is one.
"""

from __future__ import annotations

import regex

from ..model import Quote, Section
from ..patterns import PATTERN_TIMEOUT
from ..patterns.speech import SPEECH_VERBS, TITLES
from ..sentences import split_sentences

_VERB = "|".join(sorted((regex.escape(v) for v in SPEECH_VERBS), key=len, reverse=True))
_TITLE = "|".join(regex.escape(t) for t in TITLES)
_NAME_WORD = r"(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.)"
_NAME = (
    rf"(?:(?:{_TITLE})\.?\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|van|von|der|da|del|la|le|bin|al)){{0,4}}"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
_DESC = r"(?P<desc>(?:a|an|the|who|whose|[\p{Ll}\p{Lu}][\p{L}'’-]*)\s[^,“”\"«»„]{2,160}?)"

_QUOTED = regex.compile(
    r"“(?P<q1>[^“”]{2,})”"
    r"|\"(?P<q2>[^\"]{2,})\""
    r"|„(?P<q3>[^„“”]{2,})[“”]"
    r"|«\s?(?P<q4>[^«»]{2,}?)\s?»"
    r"|(?<![\p{L}\p{N}])‘(?P<q5>[^‘’]{2,}?)’(?![\p{L}])"
    r"|(?<![\p{L}\p{N}])‚(?P<q6>[^‚‘’]{2,}?)[‘’](?![\p{L}])"
)
_BEFORE = regex.compile(
    rf"(?:(?P<speaker>{_NAME}|{_PRONOUN})(?:,\s*{_DESC},)?\s+(?P<verb>{_VERB})(?:\s+(?:that|in|on))?"
    rf"|[Aa]ccording\s+to\s+(?P<speaker2>{_NAME})(?:,\s*{_DESC})?)\s*[,:]?\s*$"
)
_AFTER_VERB_FIRST = regex.compile(
    rf"^\s*,?\s*(?P<verb>{_VERB})\s+(?P<speaker>{_NAME})(?:,\s*{_DESC}(?=[.,;]|$))?"
)
_AFTER_SPEAKER_FIRST = regex.compile(
    rf"^\s*,?\s*(?P<speaker>{_NAME}|{_PRONOUN})(?:,\s*{_DESC},)?\s+(?P<verb>{_VERB})\b"
)
_MIN_WORDS = 4


def find_quotes(sections: list[Section]) -> list[Quote]:
    quotes: list[Quote] = []
    last_named: str | None = None
    for s_index, section in enumerate(sections):
        for b_index, block in enumerate(section.blocks):
            if block.kind not in ("paragraph", "blockquote"):
                continue
            for quote in _quotes_in(block.text, s_index, b_index):
                if quote.speaker and quote.speaker.lower() in ("he", "she", "they"):
                    if last_named:
                        quote.speaker, quote.speaker_resolved = last_named, True
                    else:
                        quote.speaker_resolved = False
                elif quote.speaker:
                    last_named = quote.speaker
                quotes.append(quote)
    return quotes


def _quotes_in(text: str, s_index: int, b_index: int) -> list[Quote]:
    found: list[Quote] = []
    for match in _QUOTED.finditer(text, timeout=PATTERN_TIMEOUT):
        inner = next(g for g in match.groups() if g is not None).strip()
        if len(inner.split()) < _MIN_WORDS or _is_title_of_work(inner):
            continue
        speaker, desc, verb = _attribution(text[: match.start()], text[match.end() :])
        if speaker is None:
            continue
        found.append(
            Quote(
                text=inner.rstrip(",").strip(),
                speaker=speaker,
                speaker_description=desc,
                verb=verb,
                section=s_index,
                block=b_index,
            )
        )
    return found


def _attribution(before: str, after: str) -> tuple[str | None, str | None, str | None]:
    sentences = split_sentences(before[-400:])
    clause = sentences[-1] if sentences and not before[-400:].rstrip().endswith((".", "!", "?")) else ""
    match = _BEFORE.search(clause, timeout=PATTERN_TIMEOUT)
    if match:
        speaker = match.group("speaker") or match.group("speaker2")
        verb = match.group("verb") or "according to"
        return _clean_speaker(speaker), _clean_desc(match.group("desc")), verb
    tail = after[:300]
    for pattern in (_AFTER_VERB_FIRST, _AFTER_SPEAKER_FIRST):
        match = pattern.match(tail, timeout=PATTERN_TIMEOUT)
        if match:
            return _clean_speaker(match.group("speaker")), _clean_desc(match.group("desc")), match.group("verb")
    return None, None, None


def _clean_speaker(name: str) -> str:
    return name.strip()


def _clean_desc(desc: str | None) -> str | None:
    if not desc:
        return None
    return desc.strip().rstrip(",.")


def _is_title_of_work(inner: str) -> bool:
    """ "The Rise of Public Benefit Corporations": every main word capitalised, no sentence."""
    if inner[-1:] in ".!?,;:…":
        return False
    words = [w for w in inner.split() if w.isalpha() and len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)
