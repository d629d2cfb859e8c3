"""page_type: what kind of page this is, from what it declares, its address and its shape.

Each kind is shown from its strongest evidence, and each shape rule with a page it must not
fire on (the kind that looks most like it).
"""

from __future__ import annotations

import json

import pytest
from page_kinds import STORY, page, paras, story_page

from articleclean import extract


def ld(kind: str, **fields: str) -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": kind, **fields})
    return f'<script type="application/ld+json">{data}</script>'


def og(kind: str) -> str:
    return f'<meta property="og:type" content="{kind}">'


@pytest.mark.parametrize(
    ("head", "expected", "evidence"),
    [
        (ld("NewsArticle", headline="Pier to reopen"), "article", "declares NewsArticle"),
        (ld("DiscussionForumPosting", headline="Pier question"), "forum", "declares DiscussionForumPosting"),
        (ld("QAPage"), "forum", "declares QAPage"),
        (ld("Product", name="Oak desk"), "product", "declares Product"),
        (og("product"), "product", "declares og:product"),
        (og("og:product"), "product", "declares og:product"),  # the prefix written into the value too
        (og("product.group"), "collection", "declares og:product.group"),
        (ld("SearchResultsPage"), "listing", "declares SearchResultsPage"),
        (ld("ProfessionalService"), "service", "declares ProfessionalService"),
    ],
)
def test_what_the_page_declares(head, expected, evidence):
    article = extract(story_page(head=head))
    assert article.page_type == expected
    assert evidence in article.sources["page_type"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://forum.example.org/threads/pier-repairs.4411/", "forum"),
        ("https://community.example.org/t/pier-repairs/4411", "forum"),
        ("https://shop.example.com/products/oak-desk", "product"),
        ("https://shop.example.com/collections/desks", "collection"),
        ("https://docs.example.com/docs/latest/install.html", "documentation"),
        ("https://www.example.com/services/harbour-surveys", "service"),
        ("https://news.example.com/2024/03/12/pier-to-reopen/", "article"),
        ("https://news.example.com/news", "listing"),
    ],
)
def test_what_the_address_says(url, expected):
    article = extract(story_page(), url=url)
    assert article.page_type == expected, article.sources["page_type"]


def test_a_front_page_of_short_lines_is_a_service_page():
    lines = "".join(
        f"<section><h2>{h}</h2><p>{t}</p></section>"
        for h, t in [
            ("Plan every project", "Roadmaps, sprints and docs in one place."),
            ("Ship faster", "Automate the busywork your team repeats."),
            ("Built for scale", "From two people to two thousand."),
            ("Integrations", "Connect the tools you already use."),
            ("Security", "SSO, audit logs and data residency."),
            ("Support", "Real people, around the clock."),
            ("Pricing", "Free for small teams, fair for the rest."),
            ("Get started", "Sign up in a minute, no card needed."),
        ]
    )
    article = extract(page(f"<main>{lines}</main>"), url="https://www.example.com/")
    assert article.page_type == "service"


def test_a_page_without_evidence_or_prose_is_other():
    article = extract(page("<main><p>Hello.</p></main>"))
    assert article.page_type == "other"


def test_text_input_is_an_article():
    article = extract("\n\n".join(STORY), input_type="text")
    assert article.page_type == "article"
    assert article.extraction == "text"


def test_page_type_is_in_the_json_and_its_evidence_in_sources():
    data = extract(story_page(head=ld("NewsArticle")), url="https://news.example.com/story").to_dict()
    assert data["page_type"] == "article"
    assert data["extraction"] == "located"
    assert "NewsArticle" in data["sources"]["page_type"]


def test_many_prices_make_a_collection():
    cards = "".join(
        f'<li class="product-card"><a href="/p/{i}"><img src="/i/{i}.jpg" alt="">Oak desk model {i}</a>'
        f'<span class="price">$ {100 + i}.99</span></li>'
        for i in range(16)
    )
    article = extract(page(f'<main><h1>Desks</h1><ul class="grid">{cards}</ul></main>'))
    assert article.page_type == "collection"


def test_a_few_prices_in_an_article_do_not_make_it_a_collection():
    body = paras(*STORY, "The new berths cost £120 a month, up from £95, and a day ticket £12.")
    article = extract(page(f'<article><h1>Pier to reopen</h1>{body}</article>', head=og("article")))
    assert article.page_type == "article"


SHORT_LINES = [f"Line number {i} of the page, short." for i in range(10)]


def test_short_undated_copy_is_a_service_page_but_a_dated_one_is_not():
    body = "".join(f"<p>{line}</p>" for line in SHORT_LINES)
    undated = extract(page(f"<main><h1>Plans</h1>{body}</main>"), url="https://www.example.com/plans-overview")
    assert undated.page_type == "service"
    assert "short copy" in undated.sources["page_type"]
    dated = extract(page(f'<main><h1>Plans</h1><time datetime="2024-03-12">12 March</time>{body}</main>'),
                    url="https://www.example.com/plans-overview")
    assert dated.page_type != "service"
