"""Page metadata: JSON-LD, OpenGraph/Twitter and other meta tags, <html lang>, the canonical link,
<title>, and the encoding of undeclared bytes, each with the source ``Article.sources`` names.
"""

from __future__ import annotations

import json

import pytest
from page_kinds import STORY

from articleclean import extract

HEADLINE = "Northern pier to reopen after storm repairs"
# No headline in the body: the title has to come from the metadata.
BODY = '<div class="story">' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
BODY_WITH_H1 = f'<article class="story"><h1>{HEADLINE}</h1>' + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"


def page(head: str = "", *, body: str = BODY, title: str = "The Harbour Gazette", lang: str | None = "en") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    return f"""<!DOCTYPE html>
<html{lang_attr}><head><meta charset="utf-8"><title>{title}</title>
{head}
</head><body>
<header class="site-header"><a href="/">The Harbour Gazette</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>{body}</main>
<footer class="site-footer"><p>© 2024 The Harbour Gazette</p></footer>
</body></html>"""


def json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def meta(attr: str, key: str, content: str) -> str:
    return f'<meta {attr}="{key}" content="{content}">'


NEWS_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": HEADLINE,
    "datePublished": "2024-06-03T08:15:00Z",
    "description": "The pier, closed since the March storm, reopens this summer.",
    "image": {"@type": "ImageObject", "url": "https://img.gazette.example/pier.jpg"},
    "author": {"@type": "Person", "name": "Jane Doe", "url": "https://gazette.example/staff/jane-doe"},
    "publisher": {"@type": "Organization", "name": "The Harbour Gazette"},
    "articleSection": "Local news",
    "keywords": "harbour, piers, storms",
}


# --- JSON-LD ------------------------------------------------------------------------------------


def test_json_ld_news_article():
    article = extract(page(json_ld(NEWS_ARTICLE)))
    assert article.title == HEADLINE
    assert article.date == "2024-06-03T08:15:00+00:00"
    assert article.authors == ["Jane Doe"]
    assert article.site_name == "The Harbour Gazette"
    assert article.description == "The pier, closed since the March storm, reopens this summer."
    assert article.image == "https://img.gazette.example/pier.jpg"
    assert article.categories == ["Local news"]
    assert article.tags == ["harbour", "piers", "storms"]
    for field in ("title", "date", "authors", "site_name", "description", "image", "categories", "tags"):
        assert article.sources[field] == "json-ld", field
    # Metadata never leaks into the running text.
    assert article.text == "\n\n".join(STORY)


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ({"@type": "Person", "name": "Jane Doe"}, ["Jane Doe"]),
        ([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}], ["Jane Doe", "John Roe"]),
        ([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Jane Doe"}], ["Jane Doe"]),
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ([{"@type": "Person", "name": "Jane Doe"}, "John Roe"], ["Jane Doe", "John Roe"]),
    ],
    ids=["object", "list", "list-with-repeat", "string", "string-two-names", "mixed-list"],
)
def test_json_ld_author_shapes(author, expected):
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE, "author": author}
    article = extract(page(json_ld(data)))
    assert article.authors == expected
    assert article.sources["authors"] == "json-ld"


def test_json_ld_graph_nesting():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "#org", "name": "The Harbour Gazette"},
            {"@type": "WebPage", "@id": "#page", "name": "Pier page | The Harbour Gazette"},
            {
                "@type": ["NewsArticle"],
                "headline": HEADLINE,
                "datePublished": "2024-06-03",
                "author": {"@type": "Person", "name": "Jane Doe"},
                "articleSection": ["Local news", "Transport"],
                "keywords": ["harbour", "piers"],
            },
        ],
    }
    article = extract(page(json_ld(graph)))
    assert article.title == HEADLINE  # not the WebPage's name
    assert article.date == "2024-06-03"
    assert article.authors == ["Jane Doe"]
    assert article.site_name == "The Harbour Gazette"
    assert article.categories == ["Local news", "Transport"]
    assert article.tags == ["harbour", "piers"]
    for field in ("title", "date", "authors", "site_name", "categories", "tags"):
        assert article.sources[field] == "json-ld", field


def _graph(*nodes: dict) -> str:
    return json_ld({"@context": "https://schema.org", "@graph": list(nodes)})


_PERSON = {"@type": "Person", "@id": "https://example.org/#/schema/person/1", "name": "Jane Doe"}
_ORG = {"@type": "Organization", "@id": "https://example.org/#organization", "name": "The Harbour Gazette"}


@pytest.mark.parametrize(
    ("author", "nodes", "expected"),
    [
        ({"@id": _PERSON["@id"]}, [_PERSON], ["Jane Doe"]),
        ([{"@id": _PERSON["@id"]}], [_PERSON], ["Jane Doe"]),
        # a reference to the publisher, or to nothing the page describes, names no author
        ({"@id": _ORG["@id"]}, [_ORG], []),
        ({"@id": "https://example.org/#/schema/person/2"}, [_PERSON], []),
    ],
    ids=["reference", "list-of-references", "organisation", "dangling"],
)
def test_json_ld_author_given_by_reference_to_a_node_of_the_graph(author, nodes, expected):
    # Yoast's graph: the article's author is {"@id": …}, the person stands beside it
    article_node = {"@type": "NewsArticle", "headline": HEADLINE, "author": author}
    article = extract(page(_graph(article_node, *nodes)))
    assert article.authors == expected


def test_json_ld_web_pages_author_when_no_article_names_one():
    web_page = {"@type": "WebPage", "@id": "#page", "name": HEADLINE, "author": {"@id": _PERSON["@id"]}}
    article = extract(page(_graph(web_page, _PERSON)))
    assert article.authors == ["Jane Doe"]
    assert article.sources["authors"] == "json-ld page"
    # an article's own author comes first
    news = {"@type": "NewsArticle", "headline": HEADLINE, "author": {"@type": "Person", "name": "John Roe"}}
    assert extract(page(_graph(web_page, _PERSON, news))).authors == ["John Roe"]


def test_invalid_json_ld_is_ignored():
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken headline",</script>'
    article = extract(page(broken + json_ld({"@type": "NewsArticle", "headline": HEADLINE, "author": "Jane Doe"})))
    assert article.title == HEADLINE
    assert article.authors == ["Jane Doe"]
    assert article.sources["title"] == "json-ld"


def test_only_invalid_json_ld_falls_back_to_other_sources():
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    article = extract(page(broken + meta("property", "og:title", HEADLINE)))
    assert article.title == HEADLINE
    assert article.sources["title"] == "opengraph"
    assert article.text == "\n\n".join(STORY)


def test_json_ld_wins_over_opengraph():
    head = json_ld(NEWS_ARTICLE) + meta("property", "og:title", "A different og title") + meta(
        "property", "og:site_name", "Gazette Online"
    )
    article = extract(page(head))
    assert article.title == HEADLINE and article.sources["title"] == "json-ld"
    assert article.site_name == "The Harbour Gazette" and article.sources["site_name"] == "json-ld"


# --- authors that are URLs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        json_ld({"@type": "NewsArticle", "headline": HEADLINE, "author": "https://www.facebook.com/janedoe"}),
        json_ld({"@type": "NewsArticle", "headline": HEADLINE,
                 "author": {"@type": "Person", "name": "https://gazette.example/staff/jane-doe"}}),
        meta("name", "author", "https://www.facebook.com/janedoe"),
        meta("property", "article:author", "https://gazette.example/authors/jane-doe"),
        meta("name", "author", "//gazette.example/authors/jane-doe"),
    ],
    ids=["json-ld-string", "json-ld-object", "meta-author", "article-author", "scheme-relative"],
)
def test_author_that_is_a_url_is_not_a_name(head):
    article = extract(page(head))
    assert article.authors == []
    assert "authors" not in article.sources


def test_author_url_in_json_ld_leaves_room_for_the_meta_name():
    head = json_ld({"@type": "NewsArticle", "headline": HEADLINE, "author": "https://www.facebook.com/janedoe"})
    article = extract(page(head + meta("name", "author", "Jane Doe")))
    assert article.authors == ["Jane Doe"]
    assert article.sources["authors"] == "meta"


# --- OpenGraph, Twitter and other meta tags -----------------------------------------------------


def test_opengraph_tags():
    head = "".join([
        meta("property", "og:title", HEADLINE),
        meta("property", "og:site_name", "The Harbour Gazette"),
        meta("property", "og:description", "The pier, closed since March, reopens this summer."),
        meta("property", "og:image", "https://img.gazette.example/pier.jpg"),
        meta("property", "og:url", "https://gazette.example/news/pier"),
    ])
    article = extract(page(head))
    assert (article.title, article.site_name) == (HEADLINE, "The Harbour Gazette")
    assert article.description == "The pier, closed since March, reopens this summer."
    assert article.image == "https://img.gazette.example/pier.jpg"
    assert article.url == "https://gazette.example/news/pier"
    for field in ("title", "site_name", "description", "image", "url"):
        assert article.sources[field] == "opengraph", field


def test_twitter_card_tags():
    head = meta("name", "twitter:title", HEADLINE) + meta("name", "twitter:image", "https://img.gazette.example/tw.jpg")
    article = extract(page(head))
    assert article.title == HEADLINE
    assert article.image == "https://img.gazette.example/tw.jpg"
    assert article.sources["title"] == "opengraph" and article.sources["image"] == "opengraph"


def test_opengraph_wins_over_twitter():
    head = meta("name", "twitter:title", "Twitter title") + meta("property", "og:title", HEADLINE)
    article = extract(page(head))
    assert article.title == HEADLINE


def test_meta_author():
    article = extract(page(meta("name", "author", "Jane Doe")))
    assert article.authors == ["Jane Doe"]
    assert article.sources["authors"] == "meta"


def test_the_publisher_as_meta_author_leaves_room_for_an_analytics_tags_writer():
    head = (meta("property", "og:site_name", "Harbour Gazette") + meta("name", "author", "Harbour Gazette")
            + meta("property", "cXenseParse:author", "Lisa Petrich"))
    article = extract(page(head))
    assert article.authors == ["Lisa Petrich"]
    assert article.sources["authors"] == "meta"


def test_a_site_named_after_its_writer_keeps_the_writer_as_author():
    # a person's name that is also the site's ("Rick Steves"), unlike a publisher's ("Harbour Gazette")
    for name, authors in (("Rick Steves", ["Rick Steves"]), ("Harbour Gazette", [])):
        head = meta("property", "og:site_name", name) + json_ld(
            {**NEWS_ARTICLE, "author": name, "publisher": {"@type": "Organization", "name": name}}
        )
        assert extract(page(head, title=f"Travel insurance | {name}")).authors == authors


def test_meta_author_with_two_names():
    article = extract(page(meta("name", "author", "Jane Doe, John Roe")))
    assert article.authors == ["Jane Doe", "John Roe"]


def test_article_published_time():
    article = extract(page(meta("property", "article:published_time", "2024-06-03T08:15:00+01:00")))
    assert article.date == "2024-06-03T08:15:00+01:00"
    assert article.sources["date"] == "opengraph"  # article:* is the OpenGraph article namespace


def test_unparseable_date_is_not_taken():
    article = extract(page(meta("property", "article:published_time", "sometime last week")))
    assert article.date is None
    assert "date" not in article.sources


def test_article_section():
    article = extract(page(meta("property", "article:section", "Local news")))
    assert article.categories == ["Local news"]
    assert article.sources["categories"] == "opengraph"


def test_several_article_tags_in_order():
    head = "".join(meta("property", "article:tag", t) for t in ("harbour", "piers", "storm damage"))
    article = extract(page(head + meta("name", "keywords", "ignored, keywords")))
    assert article.tags == ["harbour", "piers", "storm damage"]
    assert article.sources["tags"] == "opengraph"


def test_keywords_meta_when_there_are_no_article_tags():
    article = extract(page(meta("name", "keywords", "harbour, piers ,, storms")))
    assert article.tags == ["harbour", "piers", "storms"]
    assert article.sources["tags"] == "meta"


def test_plain_meta_description_is_labelled_meta():
    article = extract(page(meta("name", "description", "The pier reopens this summer.")))
    assert article.description == "The pier reopens this summer."
    assert article.sources["description"] == "meta"


# --- language, canonical link, <title> ----------------------------------------------------------


def test_html_lang():
    article = extract(page(lang="en-GB"))
    assert article.language == "en-GB"
    assert article.sources["language"] == "html"


def test_language_from_og_locale_without_html_lang():
    article = extract(page(meta("property", "og:locale", "fr_FR"), lang=None))
    assert article.language == "fr-FR"
    assert article.sources["language"] == "meta"


def test_no_language_at_all():
    article = extract(page(lang=None))
    assert article.language is None
    assert "language" not in article.sources


def test_canonical_link_wins_over_og_url():
    head = '<link rel="canonical" href="https://gazette.example/news/pier">' + meta(
        "property", "og:url", "https://gazette.example/amp/pier"
    )
    article = extract(page(head))
    assert article.url == "https://gazette.example/news/pier"
    assert article.sources["url"] == "link"


def test_other_link_rels_are_not_the_url():
    article = extract(page('<link rel="alternate" href="https://gazette.example/feed.xml">'))
    assert article.url is None
    assert "url" not in article.sources


def test_url_source_matches_the_url_reported():
    canonical = "https://gazette.example/news/pier"
    article = extract(page(f'<link rel="canonical" href="{canonical}">'), url="https://m.gazette.example/pier?ref=x")
    # Either the canonical link is the url, or the url is not said to come from the link.
    assert article.url == canonical or article.sources.get("url") != "link"


def test_title_suffix_is_stripped_when_there_is_no_better_title():
    article = extract(page(title=f"{HEADLINE} | The Harbour Gazette"), url="https://www.harbourgazette.example/pier")
    assert article.title == HEADLINE
    assert article.sources["title"] == "title"
    # Without an address, the site's name is the one its home link (the logo) shows.
    article = extract(page(title=f"{HEADLINE} | The Harbour Gazette"))
    assert article.title == HEADLINE
    assert (article.site_name, article.sources["site_name"]) == ("The Harbour Gazette", "home link")


def test_title_suffix_naming_the_site_is_stripped():
    article = extract(page(meta("property", "og:site_name", "The Harbour Gazette"), title="Pier | The Harbour Gazette"))
    assert article.title == "Pier"
    assert article.site_name == "The Harbour Gazette"


def test_opengraph_title_is_better_than_title_element():
    article = extract(page(meta("property", "og:title", HEADLINE), title="Pier reopens | The Harbour Gazette"))
    assert article.title == HEADLINE
    assert article.sources["title"] == "opengraph"


def test_headline_in_the_page_is_the_title_from_the_dom():
    article = extract(page(body=BODY_WITH_H1, title=f"{HEADLINE} | The Harbour Gazette"))
    assert article.title == HEADLINE
    assert article.sources["title"] == "dom"
    assert HEADLINE not in article.text


# --- encoding -----------------------------------------------------------------------------------

CP1252_PAGE = """<html><head><title>Caf\u00e9 culture on the quay</title></head><body>
<article><h1>Caf\u00e9 culture on the quay</h1>
<p>The new caf\u00e9 on the quay serves cr\u00e8me br\u00fbl\u00e9e, na\u00efve \u201cfusion\u201d dishes and the best
p\u00e2t\u00e9 in town \u2014 at \u20ac12 a plate, the owners say, and the queue starts before nine.</p>
<p>Its owner, Ren\u00e9e Fran\u00e7ois, said the caf\u00e9\u2019s list of regulars already includes the mayor,
the harbour master and half the lifeboat crew, who come in after every shout.</p>
</article></body></html>"""


def test_undeclared_windows_1252_page_is_detected():
    data = CP1252_PAGE.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test page really is not UTF-8
    article = extract(data)
    assert article.encoding == "cp1252"
    assert article.title == "Caf\u00e9 culture on the quay"
    assert "Ren\u00e9e Fran\u00e7ois" in article.text
    assert "\u20ac12" in article.text and "\u201cfusion\u201d" in article.text
    assert "\ufffd" not in article.text


def test_utf8_page_is_reported_as_utf8():
    article = extract(CP1252_PAGE.encode("utf-8"))
    assert article.encoding == "utf-8"
    assert "Ren\u00e9e Fran\u00e7ois" in article.text


def test_caller_encoding_wins():
    article = extract(CP1252_PAGE.encode("cp1252"), encoding="windows-1252")
    assert article.encoding == "cp1252"
    assert "\u20ac12" in article.text


def test_str_input_has_no_encoding():
    article = extract(CP1252_PAGE)
    assert article.encoding is None


@pytest.mark.parametrize("nest", [("[", "]"), ('{"a":', "}")])
def test_json_ld_nested_too_deep_for_the_json_parser_is_ignored(nest):
    opening, closing = nest
    script = opening * 100_000 + "1" + closing * 100_000
    page = (
        f'<html><head><script type="application/ld+json">{script}</script></head><body>'
        "<p>Some article text that is long enough to be a paragraph, with commas, and more.</p></body></html>"
    )
    article = extract(page)
    assert article.text.startswith("Some article text")


def test_entities_in_json_ld_and_twice_encoded_meta_tags_are_decoded():
    head = json_ld({"@type": "NewsArticle", "headline": "Renovation Trends &amp; Why They&#8217;re Smart"})
    assert extract(page(head)).title == "Renovation Trends & Why They’re Smart"
    head = meta("property", "og:title", "Pier &amp;amp; harbour &#8211; the repairs")
    assert extract(page(head)).title == "Pier & harbour – the repairs"


def test_a_headline_broken_over_lines_reads_with_a_space():
    body = BODY_WITH_H1.replace(f"<h1>{HEADLINE}</h1>", "<h1>Northern pier<br>to reopen after storm repairs</h1>")
    assert extract(page(body=body)).title == "Northern pier to reopen after storm repairs"


def test_a_permalink_mark_after_a_heading_is_not_its_text():
    section = ('<h2>Submitting patches<a class="headerlink" href="#submitting">¶</a></h2><p>Engineers will send '
               "their repair plans to the harbour office, which reviews each one before the work can start.</p>")
    body = BODY_WITH_H1.replace("</article>", section + "</article>")
    headings = [s.heading for s in extract(page(body=body)).sections]
    assert "Submitting patches" in headings
    assert not any("¶" in (h or "") for h in headings)


def test_a_service_page_is_titled_by_its_metadata_and_keeps_its_slogan_in_the_body():
    from articleclean.model import Block
    from articleclean.structure.headline import take_title
    from articleclean.structure.metadata import Metadata

    meta = Metadata(title="Visual CMS for scalable websites | Flowbuild", site_name="Flowbuild")
    meta.sources["title"] = "opengraph"
    blocks = [Block("heading", "Your content. Your canvas.", level=1), Block("paragraph", STORY[0])]
    title, source, rest = take_title(blocks, meta, "service")
    assert (title, source) == ("Visual CMS for scalable websites", "opengraph")
    assert [b.text for b in rest] == ["Your content. Your canvas.", STORY[0]]
    # An article keeps the headline it shows.
    title, source, rest = take_title(blocks, meta, "article")
    assert (title, source) == ("Your content. Your canvas.", "dom")
    assert [b.text for b in rest] == [STORY[0]]


def test_a_site_name_is_stripped_where_the_page_names_its_site_or_its_address_spells_it():
    from articleclean.structure.headline import strip_site_name

    assert strip_site_name("Pier to reopen – The Harbour Gazette", "The Harbour Gazette") == "Pier to reopen"
    assert strip_site_name("Top Nine Financial Tips for Working Adults | CBC Bank", None,
                           "www.cbcbank.com") == "Top Nine Financial Tips for Working Adults"
    assert strip_site_name("Beginner's Guide to SEO (Search Engine Optimization) - Moz", None,
                           "moz.com") == "Beginner's Guide to SEO (Search Engine Optimization)"
    # A second half of the headline is no site name.
    title = "The Programming Language Death Spiral - How Small Languages Die in the Age of AI"
    assert strip_site_name(title, None, "hamy.xyz") == title
    assert strip_site_name(title, None) == title


def test_the_headline_the_page_shows_is_the_title_where_the_metadata_words_it_for_search_engines():
    from articleclean.model import Block
    from articleclean.structure.headline import take_title
    from articleclean.structure.metadata import Metadata

    blocks = [Block("paragraph", STORY[0])]  # the <h1> stood outside the kept article
    meta = Metadata(title="Free Blockchain Course | 101 Blockchains", site_name="101 Blockchains",
                    headlines=["101 Blockchains", "Blockchain Fundamentals Free Course"])
    meta.sources["title"] = "opengraph"
    assert take_title(blocks, meta)[:2] == ("Blockchain Fundamentals Free Course", "h1")
    # A heading that does not agree with the title (a slogan, a section's name) is not taken.
    meta.headlines = ["Learn anything, anywhere", "Courses"]
    assert take_title(blocks, meta)[:2] == ("Free Blockchain Course", "opengraph")


def test_the_pages_headlines_are_read_from_its_h1_elements():
    html = page(body=f"<h1>{HEADLINE}</h1>{BODY}")
    from articleclean.load import load
    from articleclean.structure.metadata import read_metadata

    assert read_metadata(load(html).tree).headlines == [HEADLINE]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        # a field in quote marks names the people inside them
        ("'Luana Patriolino, Raphael Felice'", ["Luana Patriolino", "Raphael Felice"]),
        # a phrase opening in lower case names nobody
        ("deinen Hochzeitsbloggern", []),
        # a newsroom in other languages is no person
        ("Redacción", []),
        ("Redacción Diario Pagina Siete", []),
        ("Rédaction", []),
        ("Jane Doe", ["Jane Doe"]),
        # a user name of a given name and a surname, joined by a full stop
        ("Isabella.DiBiase", ["Isabella DiBiase"]),
        ("jane.doe", ["Jane Doe"]),
    ],
)
def test_meta_author_fields_in_quote_marks_as_phrases_or_newsrooms(field, expected):
    article = extract(page(f'<meta name="author" content="{field}">'))
    assert article.authors == expected
