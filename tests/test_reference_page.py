"""The reference page, from scraped text and from HTML: the article the core issue specifies.

Golden files: ``fixtures/mars-partnerships.{txt,html}.expected.json``. To rewrite them after an
intended change, run ``ARTICLECLEAN_UPDATE_GOLDEN=1 pytest tests/test_reference_page.py`` and
review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from articleclean import Article, extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INPUTS = ["mars-partnerships.txt", "mars-partnerships.html"]

TEASER_TITLES = [
    "The Rise of Public Benefit Corporations: Balancing Profit and Purpose",
    "The Evolving Landscape of Employee Assistance Programs",
    "India’s Workplace Stress: A Looming Economic Challenge",
]
TEASER_EXCERPTS = [
    "Public benefit corporations are emerging as a new model",
    "Discover how Employee Assistance Programs are evolving",
    "Workplace stress in India could lead to an 8% GDP loss",
]


def _extract(name: str) -> Article:
    return extract((FIXTURES / name).read_bytes())


@pytest.fixture(params=INPUTS)
def article(request: pytest.FixtureRequest) -> Article:
    return _extract(request.param)


def test_title_subtitle_dateline(article: Article) -> None:
    assert article.title == "Forging Global Partnerships for Mars Exploration"
    assert article.subtitle == (
        "International partnerships are pivotal in advancing Mars exploration, combining resources "
        "and expertise for groundbreaking research."
    )
    assert article.dateline is not None
    assert article.dateline.location == "Washington, D.C."


def test_sections(article: Article) -> None:
    shape = [(s.heading, [b.text.split()[0] for b in s.blocks]) for s in article.sections]
    assert shape == [
        (None, ["Washington,", "These", "The"]),
        ("Context and Background", ["NASA’s", "ESA’s", "Moreover,", "These"]),
        ("Analysis of Perspectives", ["Experts", "However,", "Despite", "Looking", "The", "As"]),
    ]
    first = article.sections[0].blocks[0].text
    assert first.startswith("Washington, D.C. — As humanity stands")
    assert article.sections[2].blocks[4].text.startswith("The timeline")
    assert all(b.kind == "paragraph" for b in article.blocks)


def test_quotes(article: Article) -> None:
    assert len(article.quotes) == 2
    goodwin, chen = article.quotes
    assert goodwin.speaker == "Dr. Jane Goodwin"
    assert goodwin.speaker_description == "a leading astrobiologist at the Massachusetts Institute of Technology"
    assert goodwin.verb == "notes"
    assert goodwin.text.startswith("The challenges of Mars exploration")
    assert goodwin.text.endswith("benefit all of humanity.")
    assert (goodwin.section, goodwin.block) == (2, 0)
    assert chen.speaker == "Dr. Lisa Chen"
    assert chen.speaker_description == "a space policy analyst at the Brookings Institution"
    assert chen.verb == "warns"
    assert chen.text.startswith("While cooperation is essential")
    assert chen.text.endswith("goals and expectations.")
    assert (chen.section, chen.block) == (2, 1)


def test_boilerplate_gone_from_body(article: Article) -> None:
    body = article.text
    assert "No products in the cart" not in body
    assert "Read More" not in body
    for title in TEASER_TITLES:
        assert title not in body
    for excerpt in TEASER_EXCERPTS:
        assert excerpt not in body
    assert body.count("Furthermore, successful missions can inspire") == 1
    assert body.count("NASA’s Artemis program, which aims to land") == 1
    assert "Context and Background NASA" not in body


def test_removals_recorded_under_filter_names(article: Article) -> None:
    by_filter: dict[str, list[str]] = {}
    for removal in article.removed:
        by_filter.setdefault(removal.filter, []).append(removal.text)
    assert any("No products in the cart." in t for t in by_filter["cart_notice"])
    teasers = by_filter["read_more_teaser"]
    assert len(teasers) == 3
    for title, excerpt, text in zip(TEASER_TITLES, TEASER_EXCERPTS, teasers, strict=False):
        assert title in text and excerpt in text and "Read More" in text
    repeats = by_filter["duplicate_sentences"]
    assert len(repeats) == 2
    assert repeats[0].startswith("Context and Background NASA’s Artemis program")
    assert repeats[1].startswith("Furthermore, successful missions can inspire")


def test_html_metadata() -> None:
    article = _extract("mars-partnerships.html")
    assert article.site_name == "Orbital Dispatch"
    assert article.date == "2025-03-04T09:30:00+00:00"
    assert article.language == "en-US"
    assert article.url == "https://orbitaldispatch.example/forging-global-partnerships-for-mars-exploration/"
    removed = {r.filter for r in article.removed}
    # The page's furniture is accounted for, each under the name of what it is.
    assert {"navigation", "sidebar", "comments", "share_prompt", "tag_list"} <= removed


def test_text_and_html_give_the_same_body() -> None:
    assert _extract("mars-partnerships.txt").text == _extract("mars-partnerships.html").text


@pytest.mark.parametrize("name", INPUTS)
def test_golden(name: str) -> None:
    got = _extract(name).to_dict()
    golden = FIXTURES / f"{name}.expected.json"
    if os.environ.get("ARTICLECLEAN_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert got == expected
