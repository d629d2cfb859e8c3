"""advertisement: ad slots and their labels."""

from __future__ import annotations

import pytest

from articleclean.filters import Advertisement
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."


def para(text: str, **hints: str) -> Block:
    return Block("paragraph", text, hints=hints)


@pytest.mark.parametrize(
    "text",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "- Advertisement -",
        "Story continues below advertisement",
        "Sponsored",
        "Anzeige",
        "Werbung",
        "Publicité",
        "Publicidad",
        "Pubblicità",
        "Advertentie",
    ],
)
def test_removes_ad_labels(run_filter, text):
    kept, removed = run_filter(Advertisement(), [para(ARTICLE), para(text), para(ARTICLE)])
    assert [b.text for b in kept] == [ARTICLE, ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [("advertisement", text, "an advertisement label")]


@pytest.mark.parametrize(
    "text",
    [
        "Advertisement revenue fell 4% in the quarter, the company said.",
        "Anzeige erstattet: Die Polizei ermittelt gegen den Fahrer.",
        "Sponsored content rose sharply.",
        "Ad hoc",
        "Publicidad engañosa es un problema, dijo el ministro.",
    ],
)
def test_keeps_sentences_that_use_ad_words(run_filter, text):
    kept, removed = run_filter(Advertisement(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_removes_ad_slot_hinted_by_the_dom_stage(run_filter, html_blocks):
    story = "The city council approved the new budget on Tuesday after a long debate about schools. " * 3
    blocks = html_blocks(
        f'<div><p>{story}</p><div class="ad-slot"><p>Buy the new phone today</p></div></div>', Advertisement()
    )
    kept, removed = run_filter(Advertisement(), blocks, is_html=True)
    assert [b.text for b in kept] == [story.strip()]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("advertisement", "Buy the new phone today", "inside an element marked as class 'ad-slot'")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "DISCLOSURE: If you buy through affiliate links, I may earn a small commission. (disclosures)",
        "When you buy through our links, we may earn a commission.",
        "Affiliate disclosure: we are paid when you shop through the links on this page.",
    ],
)
def test_removes_affiliate_disclosures(run_filter, text):
    kept, removed = run_filter(Advertisement(), [para(text), para(ARTICLE)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [r.text for r in removed] == [text]


def test_keeps_a_sentence_about_disclosure_rules(run_filter):
    text = "Disclosure rules for brokers differ from state to state, the regulator said on Monday."
    kept, removed = run_filter(Advertisement(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_keeps_advice_that_opens_like_a_disclosure(run_filter):
    text = "If you buy through a broker, expect to pay a fee on every trade you make."
    kept, removed = run_filter(Advertisement(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []
