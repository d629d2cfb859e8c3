"""The benchmarks' rules of counting: a right title (a site name is forgiven on either side, and
only a site name) and a found quote (its first words anywhere in an extracted quote, its
speaker's surname in the extracted speaker)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
metadata = pytest.importorskip("metadata")
structure = pytest.importorskip("structure")

PAGE = b"""<html><head><meta property="og:site_name" content="Kansas Legal Services">
<title>x</title></head><body></body></html>"""
SITE = metadata.site_names(PAGE, "https://www.kansaslegalservices.org/page/785/free-legal-forms")


@pytest.mark.parametrize(
    ("found", "label"),
    [
        ("Free Legal Forms", "Free Legal Forms"),
        ("free legal forms!", "Free  Legal Forms"),
        ("Free Legal Forms | Kansas Legal Services", "Free Legal Forms"),  # the tool kept it
        ("Free Legal Forms", "Free Legal Forms | Kansas Legal Services"),  # the label kept it
        ("Kansas Legal Services – Free Legal Forms", "Free Legal Forms"),  # at the start
        ("Free Legal Forms", "Free Legal Forms - KansasLegalServices.org"),  # spelled by the host
    ],
)
def test_titles_counted_right(found: str, label: str) -> None:
    assert metadata.title_right(found, label, SITE)


@pytest.mark.parametrize(
    ("found", "label"),
    [
        (None, "Free Legal Forms"),
        ("Free Legal Forms | Download Now", "Free Legal Forms"),  # not a site name
        ("Free Legal Forms", "Free Legal Forms | Download Now"),
        ("Free Legal Forms", "Free Legal Forms for Kansas Legal Services Clients"),  # no separator
        ("Legal Forms", "Free Legal Forms | Kansas Legal Services"),
    ],
)
def test_titles_counted_wrong(found: str | None, label: str) -> None:
    assert not metadata.title_right(found, label, SITE)


def test_a_phrase_merely_containing_the_site_name_is_not_one() -> None:
    site = metadata.site_names(b'<meta property="og:site_name" content="SELF">', "https://www.self.com/story/x")
    label = "The 2024 SELF Healthy Beauty Awards: The Best Oral Care Products"
    assert not metadata.title_right("The Best Oral Care Products", label, site)
    assert metadata.title_right("The Best Oral Care Products", "The Best Oral Care Products | SELF", site)


def test_a_quote_counts_found_where_its_first_words_stand_in_an_extracted_quote() -> None:
    label = [{"start": "Not everyone will succeed", "speaker": "Anna Mayer"}]
    # the extracted quote holds the words that lead into it too (one utterance, run on)
    assert structure.compare_quotes([("It is hard. Not everyone will succeed here.", "Mayer")], label)[:3] == (1, 0, 0)
    assert structure.compare_quotes([("Not everyone will succeed here.", "Anna Mayer")], label)[:3] == (1, 0, 0)
    assert structure.compare_quotes([("Not everyone will succeed here.", "Jones")], label)[:3] == (0, 1, 1)
    assert structure.compare_quotes([("Everyone will succeed here.", "Mayer")], label)[:3] == (0, 1, 1)


def test_a_right_speaker_counts_in_full_only_as_the_label_names_them() -> None:
    label = [{"start": "Not everyone will succeed", "speaker": "Peter Kamau Njoroge"}]
    said = "Not everyone will succeed here."
    # (right either way; in full only with every part of the name, titles aside)
    assert structure.compare_quotes([(said, "Dr Peter Kamau Njoroge")], label)[4] == 1
    assert structure.compare_quotes([(said, "Mr Njoroge")], label)[:3] == (1, 0, 0)
    assert structure.compare_quotes([(said, "Mr Njoroge")], label)[4] == 0
    assert structure.compare_quotes([(said, "Peter Kamau")], label)[4] == 0
    assert structure.compare_quotes([(said, "Jones")], label)[4] == 0


@pytest.mark.parametrize(
    ("found", "label", "right"),
    [
        ("ALBUQUERQUE, N.M.", "ALBUQUERQUE", True),  # the label leaves the state out
        ("Berlin", "Berlin", True),
        ("LAGOS", "Lagos, Nigeria", True),
        ("AUSTIN, Texas", "AUSTIN, Tex.", False),  # both give a region: they must agree
        ("PORTLAND, Maine", "PORTLAND, Ore.", False),
        ("ALBANY", "ALBUQUERQUE", False),
        ("", "ALBUQUERQUE", False),
        # ... or in brackets
        ("Alappuzha (Kerala)", "Alappuzha", True),
        ("New Delhi", "New Delhi [India]", True),
        ("Frankfurt (Oder)", "Frankfurt (Main)", False),
    ],
)
def test_a_datelines_region_counts_only_where_both_give_one(found: str, label: str, right: bool) -> None:
    assert structure.same_place(found, label) is right


def test_a_quote_matching_only_a_label_out_of_scope_counts_neither_way() -> None:
    short = [{"start": "Nobody's panicking", "speaker": "Ray Delacroix"}]
    found = [("Nobody's panicking. We've been here before.", "Ray Delacroix")]
    assert structure.compare_quotes(found, [], short)[:3] == (0, 0, 0)
    # the wrong speaker still counts as a wrong quote
    assert structure.compare_quotes([("Nobody's panicking. We've been here before.", "Jones")], [], short)[:3] == (
        0, 1, 0
    )


def test_a_constructed_article_belongs_to_the_round_its_number_falls_in() -> None:
    rounds = [structure.constructed_round(Path(f"en/{name}.json")) for name in ("01", "72", "73", "288", "289", "360")]
    assert rounds == [1, 1, 2, 6, 7, 8]
    assert structure.constructed_round(Path("en/9999.json")) == 0
    # every article on disk is in a round
    articles = list(structure.CONSTRUCTED.glob("*/*.json"))
    assert articles and all(structure.constructed_round(p) for p in articles)

