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
from ..patterns.dates import MONTHS, WEEKDAYS
from ..patterns.speech import SPEECH_VERBS, TITLES
from ..sentences import split_sentences

_VERB = "|".join(sorted((regex.escape(v) for v in SPEECH_VERBS), key=len, reverse=True))
_TITLE = "|".join(regex.escape(t) for t in TITLES)
_NAME_WORD = r"(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.)"
_NAME = (
    rf"(?:(?:{_TITLE})\.?\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|van|von|der|da|del|la|le|bin|al)){{0,4}}"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
# A speaker described rather than named: "a WeWork spokesperson", "the company", "police".
_DESCRIBED = (
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal)\s+(?:[\p{L}'’&.-]+\s+){0,4}?[\p{L}][\p{L}'’-]+"
    r"|police|officials|officers|prosecutors|investigators|authorities|witnesses|residents|experts|analysts"
    r"|researchers|scientists|doctors|lawmakers|organizers|organisers)"
)
# Words that may follow a described speaker: "said a spokesperson when contacted", "… in a statement".
_LINK_WORD = r"(?:in|on|at|via|to|when|after|before|while|who|which|during|from|for|as|and|with|by)"
_DESC = r"(?P<desc>(?:a|an|the|who|whose|[\p{Ll}\p{Lu}][\p{L}'’-]*)\s[^,“”\"«»„]{2,160}?)"

_QUOTED = regex.compile(
    r"“(?P<q1>[^“”]{2,})”"
    r"|\"(?P<q2>[^\"]{2,})\""
    # Scraped text mixes curly and straight marks: “…" and "…”.
    r"|“(?P<q7>[^“”\"]{2,})\"|\"(?P<q8>[^“”\"]{2,})”"
    r"|„(?P<q3>[^„“”]{2,})[“”]"
    r"|«\s?(?P<q4>[^«»]{2,}?)\s?»"
    r"|(?<![\p{L}\p{N}])‘(?P<q5>[^‘’]{2,}?)’(?![\p{L}])"
    r"|(?<![\p{L}\p{N}])‚(?P<q6>[^‚‘’]{2,}?)[‘’](?![\p{L}])"
    # An opening mark with no closing one: the quote runs on into the next paragraph.
    r"|[“\"](?P<open>[^“”\"]{2,})$"
)
_BEFORE = regex.compile(
    rf"(?:(?P<speaker>{_NAME}|{_PRONOUN})(?:,\s*{_DESC},)?\s+(?P<verb>{_VERB})"
    # "X said (that the move was) “…”": the rest of the clause may stand between verb and quote.
    rf"(?:\b[^“”\"«»„.!?]{{0,120}}?)?"
    rf"|[Aa]ccording\s+to\s+(?P<speaker2>{_NAME}|{_DESCRIBED})(?:,\s*{_DESC})?(?:,[^“”\"«»„.!?]{{0,120}}?)?)\s*[,:]?\s*$"
)
_AFTER_VERB_FIRST = regex.compile(
    rf"^\s*,?\s*(?P<verb>{_VERB})\s+(?:[\p{{Ll}}\d'’-]+\s+){{0,3}}?"
    rf"(?P<speaker>{_NAME}|{_DESCRIBED}(?=[.,;:]|$|\s+{_LINK_WORD}\b))"
    rf"(?:,\s*{_DESC}(?=[.,;]|$))?"
)
# "…," Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water, told CNN.
_AFTER_SPEAKER_LONG_DESC = regex.compile(
    rf"^\s*,?\s*(?P<speaker>{_NAME}),\s*(?P<desc>(?:a|an|the|who)\s[^“”\"«»„.!?]{{2,200}}?),?\s+(?P<verb>{_VERB})\b"
)
_AFTER_SPEAKER_FIRST = regex.compile(
    # "…," Oklahoma City coach Billy Donovan said: a few words of description may come first.
    rf"^\s*,?\s*(?:[\p{{L}}'’&.-]+\s+){{0,7}}?(?P<speaker>{_NAME}|{_PRONOUN}|{_DESCRIBED})(?:,\s*{_DESC},)?"
    rf"\s+(?P<verb>{_VERB})\b"
)
_OPENS_WITH_QUOTE = regex.compile(r"^\s*[“\"„«]")
_CAPITALISED = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?![\p{L}])")
# Two capitalised words in a row. Tried only where a word starts, and without backtracking
# into it: a long run of letters ("AAAA…", "A'A'A'…") costs linear time, not quadratic.
_HAS_CAPITAL_PAIR = regex.compile(r"(?<![\p{L}'’-])(?=[\p{L}'’-]*?\p{Lu})[\p{L}'’-]*+\s++\p{Lu}")
_REAL_WORD = regex.compile(r"\p{L}{2,}")
_VERB_RE = regex.compile(rf"\b(?:{_VERB})\b")
_MIN_WORDS = 4
_TITLES_SET = frozenset(TITLES)
_PRONOUNS = ("he", "she", "they")
# A person's full name: optional titles, then a first and a last name (an initial may stand
# between them): "David Holmes", "Dr. Jane Goodwin", "Lt. Col. Alexander S. Vindman", "LeBron James".
_NAME_PART = r"[\p{Lu}][\p{L}'’-]*\p{Ll}[\p{L}'’-]*"
_FULL_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{_TITLE})\.?\s+)*{_NAME_PART}(?:\s+[\p{{Lu}}]\.)?\s+{_NAME_PART}(?![\p{{L}}])"
)
_CALENDAR = frozenset(MONTHS + WEEKDAYS)
#: Words that make a capitalised name an organisation's or a place's, not a person's.
_ORG_WORDS = frozenset(
    "university college institute school company corp corporation inc ltd llc group party council "
    "department ministry agency association committee commission news times post press journal "
    "city county state states republic kingdom union bank fund foundation center centre office "
    "service services court house senate congress police army club league team airlines motors "
    "technologies labs media network television radio channel magazine review street avenue".split()
)
#: Capitalised words that open sentences or name places and bodies, not people.
_NOT_NAME_STARTS = frozenset(
    "the a an in on at for but and or if when while after before since this that these those it "
    "he she they we i you his her their our its there here new north south east west united "
    "white house supreme court senate congress department state national federal yet still also "
    "meanwhile however then now even only just so as with without from by to of under over about "
    "last next first more most many some all both each every".split()
)


def find_quotes(sections: list[Section]) -> list[Quote]:
    """Every attributed direct quote, in reading order.

    A speaker named by surname only ("Holmes said") gets the full name the article gave them
    earlier ("David Holmes"). A pronoun speaker ("he said") is resolved only where that is
    unambiguous: to the one person the paragraph names before the quote, or, when it names
    nobody, to the person quoted last; otherwise it stays a pronoun, ``speaker_resolved=False``.
    """
    quotes: list[Quote] = []
    people: list[str] = []  # full names met so far, in order
    last_named: str | None = None
    named_before: list[str] = []  # the names of the previous block
    for s_index, section in enumerate(sections):
        for b_index, block in enumerate(section.blocks):
            names = _names_with_positions(block.text)  # the block's names, found once
            if block.kind not in ("paragraph", "blockquote"):
                _meet(names, people)
                named_before = []
                continue
            opened = _OPENS_WITH_QUOTE.match(block.text, timeout=PATTERN_TIMEOUT)
            if opened and quotes and quotes[-1].section == s_index and _continues(quotes[-1], section, b_index):
                # A paragraph that opens with a quote mark and names nobody goes on with the
                # quote before it (the newspaper convention for quotes over several paragraphs).
                inner = _QUOTED.match(block.text, timeout=PATTERN_TIMEOUT)
                if inner is not None and _attribution("", block.text[inner.end() :])[0] is None:
                    words = next(g for g in inner.groups() if g).strip()
                    previous = quotes[-1]
                    if _ends_open(section.blocks[b_index - 1].text):
                        previous.text = f"{previous.text} {words}"  # the same quote, run on
                    else:  # a new quote, closed before: the same speaker's next words
                        quotes.append(
                            Quote(words.rstrip(",").strip(), previous.speaker, None, previous.verb, s_index, b_index,
                                  previous.speaker_resolved)
                        )
                    _meet(names, people)
                    continue
            for quote in _quotes_in(block.text, s_index, b_index):
                at = max(block.text.find(quote.text), 0)
                named_here = [name for start, name in names if start < at]
                _meet(names, people, before=at)
                if quote.speaker and quote.speaker.lower() in _PRONOUNS:
                    # The one person this paragraph names before the quote, else the one the
                    # paragraph before names, else the person quoted last.
                    here = named_here + _known_by_surname(block.text[:at], people)
                    candidates = here or named_before
                    surnames = {n.split()[-1] for n in candidates}
                    if len(surnames) == 1:
                        quote.speaker, quote.speaker_resolved = _full_name(candidates[-1], people), True
                    elif candidates and last_named in candidates:
                        # The person quoted last, named again just before: still the one talking.
                        quote.speaker, quote.speaker_resolved = last_named, True
                    elif not candidates and last_named:
                        quote.speaker, quote.speaker_resolved = last_named, True
                    else:
                        quote.speaker_resolved = False
                elif quote.speaker:
                    quote.speaker = _full_name(quote.speaker, people)
                    last_named = quote.speaker
                quotes.append(quote)
            _meet(names, people)
            named_before = [name for _, name in names]
    return quotes


def _known_by_surname(text: str, people: list[str]) -> list[str]:
    """People met earlier whom ``text`` names by surname alone ("Stier says …")."""
    if not people:
        return []
    surnames = {name.split()[-1]: name for name in people}
    return [surnames[w] for w in _CAPITALISED.findall(text, timeout=PATTERN_TIMEOUT) if w in surnames]


def _ends_open(text: str) -> bool:
    """Whether ``text`` leaves a quote open (more opening marks than closing ones)."""
    if "„" in text:  # German: „…“
        return text.count("„") > text.count("“") + text.count("”")
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1 or text.count("«") > text.count("»")


def _continues(previous: Quote, section: Section, b_index: int) -> bool:
    """Whether the quote ``previous`` stands in the paragraph right before ``b_index``."""
    return previous.block == b_index - 1 and section.blocks[b_index - 1].kind in ("paragraph", "blockquote")


def _names_with_positions(text: str) -> list[tuple[int, str]]:
    """The people's full names in ``text``, with where each starts."""
    found: list[tuple[int, str]] = []
    if not _HAS_CAPITAL_PAIR.search(text, timeout=PATTERN_TIMEOUT):
        return found
    for match in _FULL_NAME.finditer(text, timeout=PATTERN_TIMEOUT):
        name = match.group(0)
        words = [w.rstrip(".").casefold() for w in name.split()]
        if words[0] in _NOT_NAME_STARTS or any(w in _CALENDAR or w in _ORG_WORDS for w in words):
            continue
        found.append((match.start(), name))
    return found


def _meet(names: list[tuple[int, str]], people: list[str], *, before: int | None = None) -> None:
    """Add ``names`` (those starting before ``before``) to ``people``, the latest last."""
    for start, name in names:
        if before is not None and start >= before:
            break
        if name in people:
            people.remove(name)
        people.append(name)


def _full_name(speaker: str, people: list[str]) -> str:
    """ "Holmes" becomes "David Holmes" when the article named him so; anything else stays."""
    if len(speaker.split()) != 1:
        return speaker
    for name in reversed(people):
        if name.split()[-1] == speaker:
            return name
    return speaker


def _quotes_in(text: str, s_index: int, b_index: int) -> list[Quote]:
    found: list[Quote] = []
    for match in _QUOTED.finditer(text, timeout=PATTERN_TIMEOUT):
        inner = next(g for g in match.groups() if g is not None).strip()
        if _is_title_of_work(inner):
            continue
        speaker, desc, verb = _attribution(text[: match.start()], text[match.end() :])
        # Short quoted words are scare quotes, unless spoken: “Amazing,” Davis said.
        if len(inner.split()) < _MIN_WORDS and not (speaker and inner.rstrip()[-1:] in ",!?"):
            continue
        if speaker is None and found and _only_attribution_between(text, found[-1], match.start()):
            # “…,” Apte said. “…” — one utterance, interrupted by its attribution.
            found[-1].text = f"{found[-1].text} {inner}"
            continue
        if speaker is None or not _REAL_WORD.search(speaker, timeout=PATTERN_TIMEOUT):
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


def _only_attribution_between(text: str, previous: Quote, start: int) -> bool:
    """Whether only the previous quote's attribution stands between it and ``start``."""
    head = previous.text.split(" ")[0]
    end = text.rfind(head, 0, start)
    if end < 0:
        return False
    closing = text.find(previous.text.split(" ")[-1], end)
    between = text[closing:start] if 0 <= closing < start else text[end:start]
    return len(between) <= 160 and bool(_VERB_RE.search(between, timeout=PATTERN_TIMEOUT))


def _attribution(before: str, after: str) -> tuple[str | None, str | None, str | None]:
    sentences = split_sentences(before[-400:])
    clause = sentences[-1] if sentences and not before[-400:].rstrip().endswith((".", "!", "?")) else ""
    match = _BEFORE.search(clause, timeout=PATTERN_TIMEOUT)
    if match:
        speaker = _clean_speaker(match.group("speaker") or match.group("speaker2"))
        if speaker:
            return speaker, _clean_desc(match.group("desc")), match.group("verb") or "according to"
    tail = after[:300]
    for pattern in (_AFTER_VERB_FIRST, _AFTER_SPEAKER_FIRST, _AFTER_SPEAKER_LONG_DESC):
        match = pattern.match(tail, timeout=PATTERN_TIMEOUT)
        speaker = _clean_speaker(match.group("speaker")) if match else None
        if match and speaker:
            return speaker, _clean_desc(match.group("desc")), match.group("verb")
    return None, None, None


def _clean_speaker(name: str) -> str | None:
    """The speaker's name as printed, less a title in the middle ("InfoNation President Dan
    McDowell" → "Dan McDowell"); None for a sentence opener taken for a name ("That said")."""
    words = name.strip().split()
    if len(words) == 1 and words[0].casefold() in _NOT_NAME_STARTS and words[0].casefold() not in _PRONOUNS:
        return None
    for k in range(1, len(words) - 1):
        if words[k].rstrip(".") in _TITLES_SET and words[k][0].isupper():
            return " ".join(words[k + 1 :])
    return " ".join(words)


def _clean_desc(desc: str | None) -> str | None:
    if not desc:
        return None
    return desc.strip().rstrip(",.")


def _is_title_of_work(inner: str) -> bool:
    """ "The Rise of Public Benefit Corporations": every main word capitalised, no sentence."""
    inner = inner.rstrip(",")
    if inner[-1:] in ".!?;:…":
        return False
    words = [w for w in inner.split() if w.isalpha() and len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)
