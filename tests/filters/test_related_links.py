"""related_links: "Related:", "Lesen Sie auch:" lines and related-story boxes."""

from __future__ import annotations

import pytest
from lxml import etree

from articleclean.filters import RelatedLinks
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."


def para(text: str, **hints: str) -> Block:
    return Block("paragraph", text, hints=hints)


def heading(text: str) -> Block:
    return Block("heading", text, level=2)


def links(*items: str) -> Block:
    return Block("list", "\n".join(items), items=list(items))


@pytest.mark.parametrize(
    "text",
    [
        "Related: NASA delays Artemis II to 2026",
        "Read also: Mars rover finds signs of ancient water",
        "You may also like",
        "Lesen Sie auch: Wie die Bahn ihre Pünktlichkeit verbessern will",
        "Mehr zum Thema",
        "À lire aussi : Le gouvernement présente son budget",
        "Lee también: El Gobierno aprueba los presupuestos",
        "Leggi anche: Il governo approva la manovra",
        "Das könnte Sie interessieren: Die Bahn baut ihr Netz weiter aus",
    ],
)
def test_removes_related_lines(run_filter, text):
    kept, removed = run_filter(RelatedLinks(), [para(ARTICLE), para(text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [("related_links", text, "a related-stories line")]


@pytest.mark.parametrize(
    "text",
    [
        "Related research from 2019 found the same effect in mice.",
        "Recommended doses vary by age, doctors say.",
        "More from the company's statement follows below.",
        "Most read books this year were thrillers, the survey found.",
        "See also the committee's 2019 report on the matter.",
        # the colon comes later, in a sentence of its own: not a lead-in
        "Das könnte Sie interessieren, sagt er: die Preise steigen in diesem Jahr weiter.",
    ],
)
def test_keeps_sentences_that_open_with_the_same_words(run_filter, text):
    kept, removed = run_filter(RelatedLinks(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_related_heading_takes_the_list_under_it(run_filter):
    blocks = [
        para(ARTICLE),
        heading("Related stories"),
        links("NASA delays Artemis II", "SpaceX tests Starship again"),
        para("The final paragraph of the story."),
    ]
    kept, removed = run_filter(RelatedLinks(), blocks)
    assert [b.text for b in kept] == [ARTICLE, "The final paragraph of the story."]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("related_links", "Related stories", "a related-stories heading"),
        (
            "related_links",
            "NASA delays Artemis II\nSpaceX tests Starship again",
            "the list under a related-stories heading",
        ),
    ]


def test_german_related_heading_takes_the_list_under_it(run_filter):
    blocks = [heading("Lesen Sie auch"), links("Bahn: Neue Fahrpläne", "Streik am Flughafen")]
    kept, removed = run_filter(RelatedLinks(), blocks)
    assert kept == []
    assert [r.text for r in removed] == ["Lesen Sie auch", "Bahn: Neue Fahrpläne\nStreik am Flughafen"]


def test_list_not_directly_under_the_heading_stays(run_filter):
    blocks = [heading("Related stories"), para("A real paragraph between them."), links("One", "Two")]
    kept, removed = run_filter(RelatedLinks(), blocks)
    assert [b.text for b in kept] == ["A real paragraph between them.", "One\nTwo"]
    assert [r.text for r in removed] == ["Related stories"]


def test_ordinary_heading_and_its_list_stay(run_filter):
    blocks = [heading("What you need"), links("Eggs", "Flour")]
    kept, removed = run_filter(RelatedLinks(), blocks)
    assert [b.text for b in kept] == ["What you need", "Eggs\nFlour"]
    assert removed == []


def test_removes_block_hinted_by_the_dom_stage(run_filter):
    hinted = Block(
        "list",
        "One story\nAnother story",
        items=["One story", "Another story"],
        hints={"related_links": "class 'jp-relatedposts'"},
    )
    kept, removed = run_filter(RelatedLinks(), [para(ARTICLE), hinted])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("related_links", "One story\nAnother story", "inside an element marked as class 'jp-relatedposts'")
    ]


def test_keeps_sentence_ending_in_a_closing_quote(run_filter):
    text = "Related research, the authors wrote, was “inconclusive at best.”"
    kept, removed = run_filter(RelatedLinks(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def _from_page(text: str, link_density: float) -> Block:
    """A paragraph read from a page (it has an element), with ``link_density`` of it in links."""
    return Block("paragraph", text, element=etree.Element("p"), link_density=link_density)


@pytest.mark.parametrize(
    "text",
    [
        "Recommended:\nOS: Windows 10 64-bit\nProcessor: 4 GHz\nMemory: 16 GB RAM",
        "See also: the spec sheet below",
        "Related: the 2019 model",
    ],
)
def test_a_lead_in_on_a_page_followed_by_plain_words_is_kept(run_filter, text):
    # On a page a related-stories line links to the stories; the same words without a link are data.
    kept, removed = run_filter(RelatedLinks(), [para(ARTICLE), _from_page(text, 0.0)])
    assert [b.text for b in kept] == [ARTICLE, text]
    assert removed == []


def test_a_lead_in_on_a_page_with_its_links_is_removed(run_filter):
    text = "Related: NASA delays Artemis II to 2026"
    kept, removed = run_filter(RelatedLinks(), [para(ARTICLE), _from_page(text, 0.8)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [r.reason for r in removed] == ["a related-stories line"]
