"""share_prompt: share bars and follow/subscribe/newsletter prompts."""

from __future__ import annotations

import pytest

from articleclean.filters import SharePrompt
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."
PROMPT = "a share, follow or subscribe prompt"
BAR = "a row of social network names (share bar)"


def para(text: str, **hints: str) -> Block:
    return Block("paragraph", text, hints=hints)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Share this:", PROMPT),
        ("Follow us on Twitter", PROMPT),
        ("Subscribe to our newsletter", PROMPT),
        ("Sign up for our daily briefing and get the news first.", PROMPT),
        ("Facebook Twitter LinkedIn Email", BAR),
        ("Facebook · X · WhatsApp · E-Mail", BAR),
        ("Share", BAR),
        # German
        ("Folgen Sie uns auf Instagram", PROMPT),
        ("Newsletter abonnieren", PROMPT),
        ("Teilen:", BAR),
        # French
        ("Partager cet article", PROMPT),
        ("Suivez-nous sur Facebook", PROMPT),
        # Spanish
        ("Síguenos en Twitter", PROMPT),
        ("Compartir en Facebook", PROMPT),
        # Italian, Dutch
        ("Condividi su Facebook", PROMPT),
        ("Volg ons op LinkedIn", PROMPT),
    ],
)
def test_removes_share_and_follow_prompts(run_filter, text, reason):
    kept, removed = run_filter(SharePrompt(), [para(ARTICLE), para(text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [("share_prompt", text, reason)]


@pytest.mark.parametrize(
    "text",
    [
        "The company will share its results next week.",
        "Shareholders approved the merger on Monday.",
        "Follow the money, the detective told reporters.",
        "Facebook said it would appeal the ruling.",
        "Subscribers to the service rose by 10% last year.",
        "Twitter and Facebook both declined to comment on the report.",
    ],
)
def test_keeps_article_sentences_with_the_same_words(run_filter, text):
    kept, removed = run_filter(SharePrompt(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_long_block_is_not_a_prompt(run_filter):
    text = "Subscribe to our newsletter " + "and read about the council budget debate " * 6
    kept, removed = run_filter(SharePrompt(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_tables_and_code_are_not_prompts(run_filter):
    blocks = [Block("table", "Facebook Twitter", rows=[["Facebook", "Twitter"]]), Block("code", "share this")]
    kept, removed = run_filter(SharePrompt(), blocks)
    assert [b.text for b in kept] == ["Facebook Twitter", "share this"]
    assert removed == []


def test_removes_block_hinted_by_the_dom_stage(run_filter):
    hinted = para("Get the best of our journalism every morning.", share_prompt="class 'newsletter'")
    kept, removed = run_filter(SharePrompt(), [para(ARTICLE), hinted])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.reason) for r in removed] == [
        ("share_prompt", "inside an element marked as class 'newsletter'")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Share prices fell 3% on Tuesday after the company missed its forecast.",
        "Teilen ist für viele Familien schwierig, sagte die Forscherin.",
        "Partager les tâches ménagères reste un défi, selon l'étude.",
    ],
)
def test_keeps_sentence_that_opens_with_a_share_word(run_filter, text):
    kept, removed = run_filter(SharePrompt(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


@pytest.mark.parametrize(
    "text",
    [
        "Want the council's decisions in your inbox? Sign up here",
        "Werden Sie Mitglied und erhalten Sie exklusive Angebote! Jetzt registrieren",
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.",
    ],
)
def test_removes_short_pitch_ending_in_a_call_to_action(run_filter, text):
    kept, removed = run_filter(SharePrompt(), [para(ARTICLE), para(text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.text, r.reason) for r in removed] == [(text, PROMPT)]


@pytest.mark.parametrize(
    "text",
    [
        # the call is not the last sentence
        "The clerk pointed at the form. Register now, she said. Nobody moved.",
        # a paragraph of four sentences is prose, whatever its last one says
        "The queue was long. Nobody moved. The clerk waited. Sign up here, she said at last.",
        # too long to be a pitch
        "The council's new rules on parking permits for residents of the old town, which take effect in May, "
        "were approved without debate on Tuesday evening by a large majority. Register now, officials urged.",
    ],
)
def test_keeps_prose_whose_last_sentence_only_sounds_like_a_call(run_filter, text):
    kept, removed = run_filter(SharePrompt(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


@pytest.mark.parametrize(
    "text",
    [
        "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.",
        "Sie sind bereits Abonnent? Dann melden Sie sich hier an, um weiterzulesen.",
    ],
)
def test_removes_paywall_messages_wherever_the_words_stand(run_filter, text):
    kept, removed = run_filter(SharePrompt(), [para(ARTICLE), para(text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [r.reason for r in removed] == ["a paywall or sign-in message"]


def test_keeps_a_sentence_about_subscribers(run_filter):
    text = "The paper said it already has a subscriber base of 40,000 and hopes to double it by next year."
    kept, removed = run_filter(SharePrompt(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []
