"""Content a script would show: wrappers hidden until a script runs, pages served in <noscript>.

The kind: a page that fades in or shows a splash screen hides its whole body (``hidden``, a
hiding class or style) until its scripts run; a forum engine renders its thread with scripts
and serves the same thread in ``<noscript>``. A reader sees the text, so the article has it.
What is hidden on purpose beside a visible page (a dialog, a data list) stays out.
"""

from __future__ import annotations

import pytest
from page_kinds import STORY, page, paras, story_page

from articleclean import extract

WRAPPERS = {
    "hidden attribute": '<div id="app" hidden>{}</div>',
    "hiding class": '<div class="page-wrapper hide">{}</div>',
    "hiding style": '<div class="fade-in" style="opacity:0; display: none">{}</div>',
    "custom element": '<page-root class="d-none">{}</page-root>',
    "nested": '<div hidden><section class="is-hidden">{}</section></div>',
}


@pytest.mark.parametrize("kind", sorted(WRAPPERS))
def test_a_wrapper_hidden_until_a_script_runs_is_read(kind):
    article = extract(story_page(wrapper=WRAPPERS[kind]))
    for sentence in STORY:
        assert sentence in article.text
    assert any("hidden until a script runs" in w for w in article.warnings)
    assert "Privacy" not in article.text  # the page furniture is still told apart


DIALOG_FORM = paras(
    "Please give the full name of the student who will attend the course, as it should appear on the "
    "certificate that we send out when the course is over.",
    "This will be the primary contact phone number for the student's account, used for reminders about "
    "classes, changes to the timetable and anything else that cannot wait for an email.",
)


def test_a_hidden_dialog_beside_a_visible_article_stays_hidden():
    dialog = f'<div class="popup-overlay" style="display:none"><div class="dialog">{DIALOG_FORM}</div></div>'
    article = extract(story_page(extra=dialog))
    assert STORY[0] in article.text
    assert "primary contact phone number" not in article.text
    assert not any("hidden until a script runs" in w for w in article.warnings)
    assert any("primary contact" in r.text for r in article.removed)


def test_a_hidden_data_list_is_not_taken_for_a_wrapper():
    # A product page's hidden store of custom fields: more "prose" than the page, but a <dl> of data.
    values = "".join(
        f"<dt>field_{i}:</dt><dd>https://cdn.example.com/images/stencil/160x160/uploaded/5001/thumb_{i}_"
        f"colour_variant_with_a_long_generated_file_name_{i}.jpg</dd>"
        for i in range(40)
    )
    body = (
        '<main><h1>Staple Tee</h1><p>A regular fit tee of mid weight combed cotton, with neck ribbing and '
        "double needle hems for durability, in seventy colours.</p>"
        f'<dl class="product-info hide">{values}</dl></main>'
    )
    article = extract(page(body))
    assert "combed cotton" in article.text
    assert "cdn.example.com" not in article.text
    assert not any("hidden until a script runs" in w for w in article.warnings)


def test_aria_hidden_hides_nothing_from_sight():
    # aria-hidden keeps an element from screen readers (a drawer, a decorative copy), not from view.
    article = extract(story_page(wrapper='<div aria-hidden="true">{}</div>'))
    for sentence in STORY:
        assert sentence in article.text
    assert not any(r.filter == "hidden" for r in article.removed)


NOSCRIPT_THREAD = paras(
    "I have just installed the new version, and at every reboot the message that the system is starting "
    "stays on the screen while several devices are not available.",
    "I went back to the previous version and with that one everything works fine again. How can I find out "
    "which integration is holding the start up?",
    "Check the log for an integration that takes longer than ten seconds to set up; the log names it, and "
    "disabling it until a fix is released lets the system finish starting.",
)


def test_a_page_served_in_noscript_is_read_from_there():
    body = (
        '<section id="splash"><p>Loading…</p></section>'
        f'<noscript><div id="main-outlet" role="main"><h1>Stuck on starting</h1>{NOSCRIPT_THREAD}</div></noscript>'
        "<script>start()</script>"
    )
    article = extract(page(body))
    assert "at every reboot the message" in article.text
    assert "disabling it until a fix is released" in article.text
    assert any("<noscript>" in w for w in article.warnings)


def test_noscript_beside_a_visible_page_is_dropped():
    # A fallback copy of text the page already shows, and a "enable JavaScript" line: never read.
    extra = f"<noscript>{paras(STORY[0], STORY[1])}</noscript><noscript><p>Please enable JavaScript.</p></noscript>"
    article = extract(story_page(extra=extra))
    assert article.text.count(STORY[0]) == 1
    assert "enable JavaScript" not in article.text
    assert not any("<noscript>" in w for w in article.warnings)


def test_a_hidden_grid_of_products_that_is_most_of_the_page_is_read():
    # No prose at all: the page is a grid of products, hidden until a login check runs.
    cards = "".join(
        f'<li class="grid__item"><h3 class="card__heading"><a href="/p/{i}">Dark roast blend number {i}</a></h3>'
        f'<div class="price">$ {14 + i}.99</div></li>'
        for i in range(12)
    )
    grid = f'<ul class="product-grid">{cards}</ul>'
    body = f'<main><div class="lockdown-content" style="display:none">{grid}</div></main>'
    article = extract(page(body), url="https://shop.example.com/collections/coffee")
    assert article.page_type == "collection"
    assert "Dark roast blend number 3" in article.text
    assert "$ 17.99" in article.text
    assert any("hidden until a script runs" in w for w in article.warnings)


FAQ = (
    ("When will the pier reopen?", "By the end of the summer, once the last of the new piles are in and the "
     "deck has been inspected by the harbour engineers."),
    ("Can boats land their catch before then?", "Only at the southern quay, which stays open every day from "
     "dawn until dusk while the repairs on the northern pier go on."),
)


@pytest.mark.parametrize(
    "panel",
    [
        '<div id="faq-{n}" aria-labelledby="faq-{n}-q" hidden>{answer}</div>',
        '<div id="faq-{n}" role="tabpanel" style="display:none">{answer}</div>',
        '<div id="faq-{n}" class="panel hidden" aria-labelledby="faq-{n}-q">{answer}</div>',
    ],
)
def test_an_accordion_or_tab_panel_opened_by_a_click_is_read(panel):
    # The answers of an FAQ sit in panels the reader opens by clicking their question.
    items = "".join(
        f'<h3><button id="faq-{n}-q" aria-controls="faq-{n}">{question}</button></h3>'
        + panel.format(n=n, answer=f"<p>{answer}</p>")
        for n, (question, answer) in enumerate(FAQ)
    )
    article = extract(story_page(wrapper=f'<main id="main">{{}}<section class="faq">{items}</section></main>'))
    for _, answer in FAQ:
        assert answer in article.text
    assert not any(r.filter == "hidden" for r in article.removed)


@pytest.mark.parametrize(
    "attrs",
    ['role="dialog" aria-labelledby="enrol" hidden', 'class="popup" aria-modal="true" aria-labelledby="enrol" '
     'style="display:none"', 'role="menu" aria-labelledby="enrol" hidden'],
)
def test_a_hidden_dialog_or_menu_labelled_by_its_control_stays_hidden(attrs):
    # Dialogs and menus are labelled by the control that opens them too, but lie over the page.
    dialog = f'<div {attrs}><h2 id="enrol">Enrol</h2>{DIALOG_FORM}</div>'
    body = f"<main><article><h1>Northern pier to reopen</h1>{paras(*STORY)}{dialog}</article></main>"
    article = extract(page(body))
    assert STORY[0] in article.text
    assert "primary contact phone number" not in article.text


def test_a_hidden_element_with_no_label_stays_hidden():
    hidden = f"<div hidden><p>{FAQ[0][1]}</p></div>"
    body = f"<main><article><h1>Northern pier to reopen</h1>{paras(*STORY)}{hidden}</article></main>"
    article = extract(page(body))
    assert FAQ[0][1] not in article.text
    assert any(r.filter == "hidden" for r in article.removed)
