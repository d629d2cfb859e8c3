"""navigation: menus, breadcrumbs, pagination, "Skip to content", "Next post"."""

from __future__ import annotations

import pytest

from articleclean.filters import Navigation
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."


def para(text: str, **hints: str) -> Block:
    return Block("paragraph", text, hints=hints)


@pytest.mark.parametrize(
    "text",
    [
        "Skip to content",
        "Next post",
        "← Previous post",
        "Next post →",
        "Back to top",
        "Zum Inhalt springen",
        "Nächster Artikel »",
        "Aller au contenu",
        "Article suivant",
        "Ir al contenido",
        "Vai al contenuto",
        "Naar de inhoud",
    ],
)
def test_removes_navigation_lines(run_filter, text):
    kept, removed = run_filter(Navigation(), [para(text), para(ARTICLE)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [("navigation", text, "a navigation link")]


@pytest.mark.parametrize(
    "text",
    [
        "Skip to content: the new app lets users jump straight to the news.",
        "Next post-season game is on Friday, the coach said.",
        "The next post office will open in May.",
        "Home prices rose 5% last year.",
        "Search and rescue teams found the hikers on Sunday.",
    ],
)
def test_keeps_sentences_with_navigation_words(run_filter, text):
    kept, removed = run_filter(Navigation(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_removes_nav_element_found_by_the_dom_stage(run_filter, html_blocks):
    story = "The city council approved the new budget on Tuesday after a long debate about schools. " * 3
    blocks = html_blocks(f"<div><nav><p>World Politics Business</p></nav><p>{story}</p></div>", Navigation())
    kept, removed = run_filter(Navigation(), blocks, is_html=True)
    assert [b.text for b in kept] == [story.strip()]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("navigation", "World Politics Business", "inside an element marked as <nav>")
    ]


def test_removes_breadcrumb_hinted_by_the_dom_stage(run_filter):
    hinted = para("World › Europe › Germany", navigation="class 'breadcrumb'")
    kept, removed = run_filter(Navigation(), [hinted, para(ARTICLE)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("navigation", "World › Europe › Germany", "inside an element marked as class 'breadcrumb'")
    ]
