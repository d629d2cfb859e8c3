"""The one sentence splitter and the one text normaliser of the library."""

from __future__ import annotations

import regex

from .patterns import PATTERN_TIMEOUT, timeout_for

# Invisible characters that only hint at line breaks: soft hyphens, zero-width spaces, BOMs.
_INVISIBLE = ("\u00ad", "\u200b", "\u2060", "\ufeff")
_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u2039": "'", "\u203a": "'",
})

_QUOTE_PAIRS = tuple((chr(code), plain) for code, plain in _QUOTES.items())

# A boundary candidate: terminal punctuation, optional closing quotes/brackets, whitespace,
# then something that can open a sentence. (German closes its quotes with “ and « as well:
# „Die Mieten sind gestiegen.“ Die FPÖ …, »… gestiegen.« Die FPÖ …)
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»“«)\]]*\s*$")
# (the punctuation is matched, then left out of the match with \K: a pattern that opens with
# a character class is scanned for quickly, one that opens with a lookbehind is tried everywhere)
_BOUNDARY = regex.compile(r"""[.!?…][\"'”’»“«)\]]*\K\s+(?=[\"'“‘„«(\[]*[\p{Lu}\p{N}])""")

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres rev hon "
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig figs approx est dept univ "
    "inc ltd co corp bros vs etc e.g i.e cf al op ca u.s u.k u.n d.c a.m p.m "
    "bzw ca evtl ggf hr frau nr str usw vgl z.b d.h mme mlle sra sr sto sta dott sig "
    # titles and ranks written short before a name ("Ald. Marcus Trent", "Msgr. Kevin Irwin")
    "ald insp supt atty cpl pvt amb treas msgr maj".split()
)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: a full stop, question or exclamation mark or an
    ellipsis, perhaps followed by closing quotes or brackets."""
    return _SENTENCE_END.search(text[-12:], timeout=PATTERN_TIMEOUT) is not None


def clean_space(text: str) -> str:
    """Drop invisible break hints (soft hyphens, zero-width spaces); collapse whitespace; strip."""
    if not text.isascii():
        for ch in _INVISIBLE:
            if ch in text:
                text = text.replace(ch, "")
    return " ".join(text.split())


def normalise(text: str) -> str:
    """The comparison key of a piece of text: folded case, plain quotes, single spaces."""
    if not text.isascii():
        # (a replace per quote mark present: ``str.translate`` looks up every character)
        for mark, plain in _QUOTE_PAIRS:
            if mark in text:
                text = text.replace(mark, plain)
    return " ".join(text.split()).casefold()


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences, keeping each sentence's own characters.

    Abbreviations ("Dr.", "U.S.", "Jan.") and initials ("J. Smith") do not end a sentence.
    """
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text, timeout=timeout_for(text)):
        end = match.start()
        words = text[max(start, end - 40) : end].rsplit(None, 1)
        if words:
            token = words[-1].rstrip(".").lstrip("(\"'“‘").casefold()
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        sentence = text[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


#: A span in quote marks, closed: “…”, "…", „…“ (or „…" on the web), «…», »…«; and the
#: translation in brackets right after it, the quoted words' too ("“Sal de mina” (Mine Salt)").
_QUOTED_SPAN = regex.compile(
    r"(?:“[^“”]*”|\"[^\"]*\"|„[^„“”\"]*[“”\"]|«[^«»]*»|»[^«»]*«)(?:\s?\([^()\n]{1,80}\))?"
)


def mask_quoted(text: str) -> str:
    """``text`` with every span in quote marks blanked (spaces, so positions stay): what the
    writer says, without the words it quotes."""
    if not any(mark in text for mark in "“\"„«»"):
        return text
    return _QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), text, timeout=timeout_for(text))


#: A closing quote mark and an opening bracket ending the stretch searched.
_CLOSED_QUOTE_THEN_BRACKET = regex.compile(r"[”\"»«“’']\s?\($")


def translates_quoted(text: str, start: int) -> bool:
    """Whether the words at ``start`` open a translation in brackets of the words quoted right
    before them ("“Sal de mina” (Mine Salt)", „Das Boot“ (The Boat)): a title's, no one's name."""
    return start > 2 and text[start - 1] == "(" and bool(
        _CLOSED_QUOTE_THEN_BRACKET.search(text, start - 3, start, timeout=PATTERN_TIMEOUT)
    )
