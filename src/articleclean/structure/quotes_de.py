"""German attributions: who a German quote is by.

German puts the verb before its subject after a quote (V2 order): „…“, sagte er. / »…«, sagt
ATU-Organisator Gutierrez. / „…“, so Scholz. / „…“, erklärte die Sprecherin. / „…“, heißt es
in der Mitteilung. Before a quote, either order: Scholz sagte: „…“ / Dazu sagte Scholz am
Montag: „…“. Every noun is capitalised, so a capital letter does not make a name: a word after
an article is a noun ("der Anwalt"), a role noun before a name describes its bearer
("Konzernchef Robert Machtlinger": the speaker is the name, the role its description).

:func:`attribution` reads one quote's surroundings and returns what the English reader in
``quotes.py`` returns: ``(speaker, description, verb, where the speaker stands before the quote
or None)``. The vocabulary is in ``patterns/speech.py``.
"""

from __future__ import annotations

import regex

from ..model import Section
from ..patterns import PATTERN_TIMEOUT
from ..patterns.speech import (
    GERMAN_ARTICLES,
    GERMAN_FILLERS,
    GERMAN_INTRODUCING_VERBS,
    GERMAN_PRONOUNS,
    GERMAN_ROLE_ENDINGS,
    GERMAN_SPEECH_VERBS,
    TITLES,
)
from ..sentences import split_sentences


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_VERB = _alternation(GERMAN_SPEECH_VERBS)
_INTRODUCING = _alternation(GERMAN_INTRODUCING_VERBS)
_FILLER = rf"(?:(?:{_alternation(GERMAN_FILLERS)})\s+)"
_ARTICLE = _alternation(sorted(GERMAN_ARTICLES))
#: A capitalised word: a name, a noun, a role ("Lutz S.", "Göring-Eckardt", "ATU-Organisator").
_WORD = r"\p{Lu}[\p{L}'’-]*(?:\.(?=\s))?"
#: A speaker: a pronoun; an article, adjectives and a noun, perhaps a name after it ("der
#: Linken-Abgeordnete Martin Dolzer", "die junge Polizistin"), perhaps a genitive ("der Sprecher
#: der Stadt"); or capitalised words ("Konzernchef Robert Machtlinger", "Trump", "Facebook").
_SPEAKER = (
    rf"(?:(?:{_alternation(GERMAN_PRONOUNS)})(?![\p{{L}}])"
    rf"|(?:{_ARTICLE})\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,3}}?{_WORD}(?:\s+{_WORD}){{0,3}}"
    rf"(?:\s+(?:der|des)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}{_WORD}(?:\s+{_WORD}){{0,2}})?"
    rf"|{_WORD}(?:\s+(?:von|van|de|der|zu)\s+{_WORD}|\s+{_WORD}){{0,4}})"
)
_END = r"(?=\s*[.,;:!?)]|\s+\p{Ll}|\s*$)"
_AFTER = regex.compile(rf"^\s*,?\s*(?P<verb>{_VERB})\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER}){_END}")
#: „…“, so Scholz. / „…“, so die Ministerin im Interview.
_AFTER_SO = regex.compile(rf"^\s*,?\s*(?P<verb>so|laut)\s+{_FILLER}?(?P<speaker>{_SPEAKER}){_END}")
#: „…“, heißt es in der Mitteilung der Polizei.
_AFTER_HEISST = regex.compile(
    r"^\s*,?\s*(?P<verb>heißt|hieß)\s+es\s+(?:weiter\s+|dazu\s+|auch\s+|zudem\s+){0,2}"
    r"(?:in|im|aus|von|vom|bei|beim|seitens)\s+(?P<speaker>[^.;:!?„“”»«\"]{3,100}?)(?=\s*[.;:!?,]|\s*$)"
)
#: Scholz sagte am Montag: „…“ / Der Minister betonte: „…“
_BEFORE_SUBJECT_FIRST = regex.compile(
    rf"(?:^|(?<=[\s,;(–—-]))(?P<speaker>{_SPEAKER})\s+{_FILLER}{{0,2}}(?P<verb>{_INTRODUCING})\b"
    r"[^„“”»«\"]{0,120}?[:,]\s*$"
)
#: Dazu sagte Scholz am Montag: „…“ / …, sagte Trump bei einer Pressekonferenz: „…“
_BEFORE_VERB_FIRST = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_INTRODUCING})\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER})"
    r"(?:\s+[^„“”»«\"]{0,120}?)?:\s*$"
)
_TITLE_WORDS = frozenset(t.casefold() for t in TITLES) | {"dr", "prof", "herr", "frau"}


#: Short words frequent in German prose and rare in any other language's.
_GERMAN_WORDS = frozenset("und der die das nicht ist ein eine sich mit auf für dem den auch wird wurde".split())


def is_german(language: str | None, sections: list[Section]) -> bool:
    """Whether an article is German: by its words (a page's language tag can be its site's or
    its template's, not its article's); by its tag when it has too few words to tell."""
    words = " ".join(b.text for s in sections for b in s.blocks[:12])[:3000].casefold().split()
    if len(words) >= 40:
        return sum(w in _GERMAN_WORDS for w in words) >= len(words) // 12
    return bool(language) and language.casefold().replace("_", "-").split("-")[0] == "de"


def is_role(word: str) -> bool:
    """Whether a capitalised word names a role or office ("Konzernchef", "Grünen-Fraktionschefin",
    "Dr."), by its last part's ending."""
    last = word.rstrip(".").split("-")[-1].casefold()
    return last in _TITLE_WORDS or last.endswith(GERMAN_ROLE_ENDINGS)


def split_speaker(phrase: str) -> tuple[str | None, str | None]:
    """A German speaker phrase as (speaker, description): "Konzernchef Robert Machtlinger" →
    ("Robert Machtlinger", "Konzernchef"); "der Linken-Abgeordnete Martin Dolzer" → ("Martin
    Dolzer", "Linken-Abgeordnete"); "die Sprecherin" stays whole, to be resolved to the person
    the article gave that role; "er" stays a pronoun."""
    words = phrase.split()
    if not words:
        return None, None
    if words[0].casefold() in GERMAN_PRONOUNS:
        return words[0].casefold(), None
    article = words[0].casefold() in GERMAN_ARTICLES
    rest = words[1:] if article else list(words)
    for i, word in enumerate(rest):
        if i and word.casefold() in ("der", "des"):  # a genitive: "der Sprecher der Stadt"
            rest = rest[:i]
            break
    described: list[str] = []
    # adjectives, the noun an article stands before, role nouns and titles: the description
    while rest and (
        rest[0][:1].islower() or is_role(rest[0]) or (article and not any(w[:1].isupper() for w in described))
    ):
        described.append(rest.pop(0))
    if rest:
        return " ".join(rest), " ".join(described) or None
    return " ".join(words), None  # "die Sprecherin", "der Sprecher der Stadt", "Bundeskanzlerin"


def attribution(before: str, after: str) -> tuple[str | None, str | None, str | None, int | None]:
    """(speaker, description, verb, where the speaker stands in ``before`` or None when after)."""
    tail = after[:300]
    for pattern in (_AFTER, _AFTER_SO, _AFTER_HEISST):
        match = pattern.match(tail, timeout=PATTERN_TIMEOUT)
        if match:
            if pattern is _AFTER_HEISST:
                return match.group("speaker").strip(), None, match.group("verb"), None
            speaker, desc = split_speaker(match.group("speaker"))
            if speaker:
                return speaker, desc, match.group("verb"), None
    head = before[-400:]
    if not head.rstrip().endswith((":", ",")):
        return None, None, None, None
    sentences = split_sentences(head)
    clause = sentences[-1] if sentences else ""
    for pattern in (_BEFORE_VERB_FIRST, _BEFORE_SUBJECT_FIRST):
        match = pattern.search(clause, timeout=PATTERN_TIMEOUT)
        if match:
            speaker, desc = split_speaker(match.group("speaker"))
            if speaker and speaker.casefold() not in GERMAN_ARTICLES:
                at = len(before) - len(clause) + match.start("speaker")
                return speaker, desc, match.group("verb"), at
    return None, None, None, None
