"""Pages whose content is many parts: a forum thread's posts, a listing's items, a product page.

A thread's posts are often marked up like comments, and a listing's items like the teaser
cards of a "related stories" box: on those pages they are the content, and the filters that
remove such things elsewhere leave them alone (``Filter.skip_on``).
"""

from __future__ import annotations

import json

from page_kinds import POSTS, STORY, page, paras

from articleclean import Pipeline, extract
from articleclean.filters import LinkList


def thread_page(*, with_article: str = "") -> str:
    posts = "".join(
        f'<div class="comment" id="c{i}"><div class="comment-author">{user}</div>'
        f'<div class="comment-body"><p>{text}</p></div></div>'
        for i, (user, text) in enumerate(POSTS)
    )
    thread = f'<div class="comment-tree">{posts}</div>'
    return page(f"<main><h1>Pier open for the regatta?</h1>{with_article}{thread}</main>")


def test_a_thread_whose_posts_are_marked_as_comments_keeps_every_post():
    article = extract(thread_page(), url="https://news.example.org/item?id=4411")
    assert article.page_type == "forum"
    assert "posts marked as comments" in article.sources["page_type"]
    for _, text in POSTS:
        assert text in article.text


def test_comments_under_an_article_with_a_body_stay_out():
    body = f'<article class="story">{paras(*STORY)}</article>'
    article = extract(thread_page(with_article=body))
    assert article.page_type != "forum"
    assert STORY[0] in article.text
    assert POSTS[1][1] not in article.text


ITEMS = [
    ("Pier to reopen after storm repairs", "The northern pier will reopen to boats by the end of summer.", "12 March"),
    ("Ferry adds winter sailings", "Two extra crossings a day from November, the company said.", "10 March"),
    ("Lifeboat crew honoured", "The crew rescued four sailors in a night storm last winter.", "8 March"),
    ("Library branch to close", "Councillors voted to close the old branch in the autumn.", "6 March"),
    ("Bakery wins national award", "Its sourdough took the top prize at the national show.", "4 March"),
    ("Harbour fees to rise", "Mooring fees go up by five per cent from April.", "2 March"),
]


def listing_page() -> str:
    cards = "".join(
        f'<article class="teaser"><h2><a href="/news/{i}">{title}</a></h2><time>{date}</time>'
        f'<p>{excerpt}</p><a class="more" href="/news/{i}">Read more</a></article>'
        for i, (title, excerpt, date) in enumerate(ITEMS)
    )
    return page(f'<main><h1>Latest news</h1><div class="teasers">{cards}</div></main>')


def test_a_listing_keeps_its_items_titles_and_excerpts():
    article = extract(listing_page(), url="https://news.example.com/news")
    assert article.page_type == "listing"
    assert article.extraction == "scored"
    for title, excerpt, _ in ITEMS:
        assert title in article.text
        assert excerpt in article.text
    assert "Privacy" not in article.text and "Community" not in article.text  # the furniture still goes


def test_the_same_cards_beside_an_article_are_a_related_box():
    cards = listing_page().split('<div class="teasers">')[1].split("</div></main>")[0]
    article = extract(page(f'<main><article><h1>Pier to reopen</h1>{paras(*STORY)}</article>'
                           f'<div class="related-box">{cards}</div></main>'))
    assert article.page_type == "article"
    assert STORY[3] in article.text
    assert ITEMS[1][1] not in article.text


def test_skip_on_is_a_setting():
    # Run everywhere, link_list takes a listing's linked titles again.
    everywhere = Pipeline(settings={"link_list": {"skip_on": frozenset()}})
    article = extract(listing_page(), url="https://news.example.com/news", pipeline=everywhere)
    assert ITEMS[0][0] not in article.text
    assert any(r.filter == "link_list" for r in article.removed)
    assert "listing" in LinkList.skip_on


def test_the_fallback_reads_the_page_whole_when_the_filters_leave_next_to_nothing():
    # An "in the news" page: every paragraph is a teaser card with a read-more marker, so the
    # filters take them all from the located article; the page read whole keeps them.
    cards = "".join(
        f'<div class="news-item"><h3>{title}</h3><p>{excerpt} {excerpt}</p>'
        f'<p><a href="https://paper.example/{i}">Read more</a></p></div>'
        for i, (title, excerpt, _) in enumerate(ITEMS)
    )
    article = extract(page(f'<div class="content"><h1>Our programmes in the news</h1>{cards}</div>'))
    assert article.extraction == "fallback"
    assert any("read the page whole" in w for w in article.warnings)
    for _, excerpt, _ in ITEMS:
        assert excerpt in article.text
    assert not any(r.filter == "read_more_teaser" for r in article.removed)  # the first reading's are gone


def test_no_fallback_when_the_located_article_holds_the_prose():
    article = extract(page(f'<main><article><h1>Pier</h1>{paras(*STORY)}</article>'
                           f'<div class="box"><p>{ITEMS[0][1]}</p></div></main>'))
    assert article.extraction == "located"
    assert not any("read the page whole" in w for w in article.warnings)


def test_a_listing_card_holding_marked_parts_keeps_its_own_text():
    # Each card's title is a bare link in the card itself, beside a share button marked as such:
    # read wide, the card is taken whole, its title with it.
    cards = "".join(
        f'<div class="teaser"><a href="/news/{i}">{title}</a> <span>{date}</span><p>{excerpt}</p>'
        f'<div class="share-buttons"><a href="/share/{i}">Share</a></div></div>'
        for i, (title, excerpt, date) in enumerate(ITEMS)
    )
    article = extract(page(f'<main><h1>Latest news</h1><div class="teasers">{cards}</div></main>'),
                      url="https://news.example.com/news")
    assert article.page_type == "listing"
    for title, excerpt, _ in ITEMS:
        assert title in article.text
        assert excerpt in article.text


def test_a_page_whose_every_reading_is_empty_gives_its_visible_text_as_a_baseline():
    # All the page shows is a menu of departments and a footer: the filters take every line of
    # it, so the last resort gives the visible text whole, and says so.
    departments = "".join(f'<li><a href="/d/{i}">Department of things number {i}</a></li>' for i in range(12))
    body = f'<div class="nav-sprite"><ul>{departments}</ul></div>'
    article = extract(page(body))
    assert article.extraction == "baseline"
    assert "Department of things number 7" in article.text
    assert any("given whole" in w for w in article.warnings)


def test_a_page_with_next_to_no_text_stays_empty():
    article = extract(page("<main><p>Loading…</p></main>"))
    assert article.extraction != "baseline"
    assert article.text == "" or len(article.text) < 50


def _script_rendered_page(article_body: str | None) -> str:
    """A page its scripts render: nothing but "Loading…" without them; its JSON-LD has the story."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Northern pier to reopen"}
    if article_body is not None:
        data["articleBody"] = article_body
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return page('<div id="root"><p>Loading…</p></div>', head=head)


def test_a_page_its_scripts_render_is_read_from_its_structured_data():
    article = extract(_script_rendered_page("\n\n".join(STORY)))
    assert article.extraction == "structured"
    assert [b.text for b in article.blocks] == list(STORY)
    assert any("articleBody" in w for w in article.warnings)


def test_a_short_article_body_in_structured_data_is_no_article():
    article = extract(_script_rendered_page("Read the story on our app."))
    assert article.extraction != "structured"
    assert "our app" not in article.text


def test_a_page_that_shows_its_story_is_not_read_from_its_structured_data():
    # The JSON-LD copy is a last resort: a page that shows its text is read as it shows it.
    data = {"@type": "NewsArticle", "articleBody": "A different summary of the story, long enough to count. " * 5}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    article = extract(page(f"<main><article><h1>Northern pier to reopen</h1>{paras(*STORY)}</article></main>",
                           head=head))
    assert article.extraction == "located"
    assert "different summary" not in article.text
