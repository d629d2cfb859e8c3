"""The shared text tests of `articleclean.patterns`: digits and phrase lookups."""

from __future__ import annotations

from articleclean.patterns import Phrases, has_digit


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
