"""The shared text tests of `articleclean.patterns`: digits and phrase lookups."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean.patterns import Phrases, has_digit, phrase_alternation


def test_has_digit_in_any_script() -> None:
    assert has_digit("Updated 3 hours ago") and has_digit("vor 2 Stunden, Zoë")
    assert has_digit("قبل ٣ ساعات")  # Arabic-Indic digits are digits too
    assert not has_digit("No numbers here") and not has_digit("Keine Zahlen, Zoë") and not has_digit("")


def test_phrase_lookups_ignore_case_spacing_and_edge_punctuation() -> None:
    phrases = Phrases(["read more", "share this"])
    assert phrases.whole("  Read   MORE » ") == "read more"
    assert phrases.whole("read more about it") is None
    assert phrases.start("» Share this: on every network") == "share this"
    assert phrases.start("Share thistle seeds") is None  # whole words only


def test_a_phrase_longer_than_the_usual_opening_is_still_found() -> None:
    long = " ".join(f"word{n}" for n in range(20))
    phrases, short = Phrases([long]), Phrases(["word0 word1"])
    text = long + " and then the rest of the paragraph"
    assert short.start(text) == "word0 word1"  # the shorter opening, remembered first
    assert phrases.start(text) == long



def _plain(phrases: list[str]) -> str:
    """The alternation phrase_alternation stands for: every phrase, longest first."""
    return "|".join(regex.escape(p).replace("\\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


def test_phrase_alternation_finds_what_the_longest_first_alternation_finds() -> None:
    phrases = ["Prof", "Professor", "Pres", "President", "told", "told reporters", "tells", "a.m.", "Sr", "Sra"]
    plain, tree = regex.compile(_plain(phrases)), regex.compile(phrase_alternation(phrases))
    assert tree.pattern.count("Pr") == 1  # shared beginnings are written once
    texts = ["Professor Smith told  reporters", "the President tells", "Pres. Sra Diaz at 9 a.m.", "Prof X", "none"]
    for text in texts:
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    strict = regex.compile(phrase_alternation(phrases, any_space=False))
    assert tree.fullmatch("told \n reporters") and not strict.fullmatch("told \n reporters")


#: Phrases as the word lists write them: words with one space between them.
_PHRASE = st.text(alphabet="ab .", min_size=1, max_size=5).filter(lambda p: p == " ".join(p.split()))


@settings(max_examples=200, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=8), st.text(alphabet="ab .\n", max_size=30))
def test_phrase_alternation_matches_as_the_plain_alternation_does(phrases: list[str], text: str) -> None:
    tree = phrase_alternation(phrases)
    assert [m.span() for m in regex.finditer(tree, text)] == [m.span() for m in regex.finditer(_plain(phrases), text)]
