"""cookie_notice: cookie and consent banners."""

from __future__ import annotations

import pytest

from articleclean.filters import CookieNotice
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."


def para(text: str, **hints: str) -> Block:
    return Block("paragraph", text, hints=hints)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We use cookies to improve your experience. By continuing to browse, you agree.", "We use cookies"),
        ("This website uses cookies to give you the best experience.", "This website uses cookies"),
        ("Accept all cookies", "Accept all cookies"),
        ("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.", "Diese Website verwendet Cookies"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "Nous utilisons des cookies"),
        ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Utilizamos cookies"),
        ("Questo sito utilizza i cookie per migliorare la tua esperienza.", "Questo sito utilizza i cookie"),
        ("Wij gebruiken cookies om de site te verbeteren.", "Wij gebruiken cookies"),
    ],
)
def test_removes_cookie_notices(run_filter, text, found):
    kept, removed = run_filter(CookieNotice(), [para(ARTICLE), para(text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [("cookie_notice", text, f"cookie notice ({found!r})")]


@pytest.mark.parametrize(
    "text",
    [
        "Cookies are small files that websites store; regulators in Brussels have debated them for years.",
        "The bakery sells cookies and cakes on weekends.",
        "Cookie sales rose 12% during the holidays, the company said.",
    ],
)
def test_keeps_article_sentences_about_cookies(run_filter, text):
    kept, removed = run_filter(CookieNotice(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_headings_are_never_cookie_notices(run_filter):
    kept, removed = run_filter(CookieNotice(), [Block("heading", "Cookie settings", level=2)])
    assert [b.text for b in kept] == ["Cookie settings"]
    assert removed == []


def test_max_chars_setting(run_filter):
    text = "We use cookies. " + "The council debated the budget for hours before the final vote. " * 10
    kept, removed = run_filter(CookieNotice(), [para(text)])
    assert [b.text for b in kept] == [text]  # longer than 600 characters: an article paragraph
    kept, removed = run_filter(CookieNotice(max_chars=2000), [para(text)])
    assert kept == []
    assert [(r.filter, r.text) for r in removed] == [("cookie_notice", text)]


def test_removes_block_hinted_by_the_dom_stage(run_filter):
    hinted = para("Manage your preferences", cookie_notice="id 'onetrust-banner'")
    kept, removed = run_filter(CookieNotice(), [para(ARTICLE), hinted])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("cookie_notice", "Manage your preferences", "inside an element marked as id 'onetrust-banner'")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Regulators said the firm uses cookies to track users across sites without their consent.",
        "The court ruled on the use of cookies by advertisers and fined the company €10 million.",
    ],
)
def test_keeps_news_sentence_quoting_a_cookie_phrase(run_filter, text):
    kept, removed = run_filter(CookieNotice(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []
