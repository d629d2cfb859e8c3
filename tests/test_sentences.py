"""The sentence splitter: where a sentence ends, in English and German."""

from __future__ import annotations

import pytest

from articleclean.sentences import ends_sentence, split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # German closes its quotes with “ („…“) and « (»…«): a sentence may end inside them
        ("Sie kritisierte: „Die Mieten sind gestiegen.“ Die FPÖ sprach von Symbolpolitik.",
         ["Sie kritisierte: „Die Mieten sind gestiegen.“", "Die FPÖ sprach von Symbolpolitik."]),
        ("Sie kritisierte: »Die Mieten sind gestiegen.« Die FPÖ sprach von Symbolpolitik.",
         ["Sie kritisierte: »Die Mieten sind gestiegen.«", "Die FPÖ sprach von Symbolpolitik."]),
        ("He said: “It rose.” Then she left.", ["He said: “It rose.”", "Then she left."]),
        # (an abbreviation or an initial ends none)
        ("Dr. Smith met J. Roe in the U.S. on Monday. They talked.",
         ["Dr. Smith met J. Roe in the U.S. on Monday.", "They talked."]),
        # (no capital after the mark: no new sentence)
        ("„Wir sind bereit.“ sagte er nicht.", ["„Wir sind bereit.“ sagte er nicht."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "ends"),
    [("„Die Mieten sind gestiegen.“", True), ("»Die Mieten sind gestiegen.«", True), ("He said, “It rose", False)],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends
