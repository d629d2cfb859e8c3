"""Authors by kind of page: a thread's opener on a forum page (a user name as written), nobody
on a page nobody signs (a product, a collection, a listing, a service page), and the byline or
metadata elsewhere."""

from __future__ import annotations

import json

import pytest
from page_kinds import POSTS, STORY, page, paras

from articleclean import Pipeline, extract


def thread(head: str = "", *, signed_in: str = "") -> str:
    posts = "".join(
        f'<div class="comment" id="c{i}"><a class="username" href="/u/{user}">{user}</a>'
        f'<div class="comment-body"><p>{text}</p></div></div>'
        for i, (user, text) in enumerate(POSTS[:3])
    )
    top = f'<div class="account">Signed in as <a class="username" href="/u/{signed_in}">{signed_in}</a></div>'
    return page(f"{top if signed_in else ''}<main><h1>Pier open for the regatta?</h1>"
                f'<div class="comment-tree">{posts}</div></main>', head=head)


def test_a_thread_is_signed_by_its_first_poster_after_the_headline():
    article = extract(thread(signed_in="night_owl"), url="https://forum.example.org/t/4411")
    assert article.page_type == "forum"
    assert (article.authors, article.sources["authors"]) == (["harbourfan"], "thread")


def test_a_thread_is_signed_by_the_author_its_structured_data_names():
    ld = {"@type": "DiscussionForumPosting", "headline": "Pier open for the regatta?",
          "author": {"@type": "Person", "name": "b.scherer"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = extract(thread(head), url="https://forum.example.org/t/4411")
    assert article.page_type == "forum"
    assert (article.authors, article.sources["authors"]) == (["b.scherer"], "json-ld")


def test_a_question_names_who_asked_it():
    from articleclean.load import load
    from articleclean.structure.metadata import read_metadata

    ld = {"@type": "QAPage", "mainEntity": {"@type": "Question", "author": {"@type": "Person", "name": "jldugger"}}}
    html = page("<p>x</p>", head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert read_metadata(load(html).tree).thread_author == "jldugger"


def test_a_microdata_author_gives_its_name_property():
    from articleclean.dom.analyse import analyse
    from articleclean.dom.thread import thread_starter
    from articleclean.load import load

    html = page('<h1>Why is RAID not a backup?</h1><div itemprop="author" itemscope>'
                '<a href="/u/1"><span itemprop="name">jldugger</span></a> 14.6k 20 gold badges</div>')
    body = load(html).tree.find("body")
    assert thread_starter(analyse(body, Pipeline().vocabulary)) == "jldugger"


def test_a_product_page_has_no_author_though_its_reviews_are_signed():
    product = {"@type": "Product", "name": "Harbour rain jacket",
               "offers": {"@type": "Offer", "price": "89.00", "priceCurrency": "EUR"}}
    body = ('<main><h1>Harbour rain jacket</h1><p class="price">€89.00</p>'
            '<button>Add to cart</button>' + paras(*STORY[:2]) +
            '<section class="reviews"><div class="review"><p class="byline">By Andrew Park</p>'
            "<p>Kept me dry on the ferry all winter, and the hood stays put in the wind.</p></div></section></main>")
    article = extract(page(body, head=f'<script type="application/ld+json">{json.dumps(product)}</script>'))
    assert article.page_type == "product"
    assert article.authors == []
    assert "authors" not in article.sources


def test_an_article_keeps_its_byline():
    body = f'<article><h1>Pier to reopen</h1><p class="byline">By Jane Doe</p>{paras(*STORY)}</article>'
    article = extract(page(body))
    assert article.authors == ["Jane Doe"]


def test_an_outlet_with_its_address_is_no_author():
    head = '<meta name="author" content="Deutsche Welle (www.dw.com)">'
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    assert extract(page(body, head=head)).authors == []


def test_a_business_named_by_its_address_stays_an_author():
    head = '<meta name="author" content="AccountingDepartment.com">'
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    assert extract(page(body, head=head)).authors == ["AccountingDepartment.com"]


def test_a_german_byline_under_the_headline_names_the_author():
    story = ("Die Stadt hat am Montag ihre Pläne für den neuen Hafen vorgestellt, und die Kritik ließ nicht "
             "lange auf sich warten. ") * 3
    page_de = ("<html><head><title>Hafen</title></head><body><article><h1>Hafenpläne vorgestellt</h1>{}"
               "</article></body></html>")
    assert extract(page_de.format(f"<p>Von Jane Doe</p><p>{story}</p>")).authors == ["Jane Doe"]
    assert extract(page_de.format(f"<p>Von Montag an gilt der neue Plan.</p><p>{story}</p>")).authors == []


def test_a_publisher_with_its_address_is_no_author():
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    for value in ("Süddeutsche.de GmbH, Munich, Germany", "hessenschau.de, Frankfurt, Germany"):
        head = f'<meta name="author" content="{value}">'
        assert extract(page(body, head=head)).authors == [], value
    # a person's name with places after it stays a person
    head = '<meta name="author" content="Jane Doe, Berlin">'
    assert extract(page(body, head=head)).authors == ["Jane Doe"]


def test_a_newsroom_or_a_company_is_no_author():
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    for value in ("Greentech.LIVE Redaktion", "Acme Media GmbH", "Online-Redaktion", "NBC News", "Harbour Gazette"):
        head = f'<meta name="author" content="{value}">'
        assert extract(page(body, head=head)).authors == [], value
    head = '<meta name="author" content="Agnes Redmond">'  # (a name holding "red" is a name)
    assert extract(page(body, head=head)).authors == ["Agnes Redmond"]


def test_an_agency_credit_in_a_byline_element_is_no_author():
    # agencies joined as a wire credits them ("Keystone-SDA", "dpa-AFX") name nobody
    for value in ("Keystone-SDA", "dpa-AFX", "Dow Jones", "Reuters"):
        body = f'<article><h1>Pier to reopen</h1><p class="byline">{value}</p>{paras(*STORY)}</article>'
        assert extract(page(body)).authors == [], value
    # a person named in the byline element stays an author, one word of whose name an agency's too
    for value in ("Tess Jones", "Anna Berger"):
        body = f'<article><h1>Pier to reopen</h1><p class="byline">{value}</p>{paras(*STORY)}</article>'
        assert extract(page(body)).authors == [value], value


@pytest.mark.parametrize(
    "href",
    ["/contributors/harold-mbeki", "/redaktion/harold-mbeki", "/journalisten/harold-mbeki", "/author/harold-mbeki"],
)
def test_a_link_to_the_page_about_one_writer_names_the_writer(href: str) -> None:
    # a contributor's or a newsroom's page about one writer, as an author page is
    body = (f'<article><h1>Pier to reopen</h1><div class="meta"><a href="{href}">Harold Mbeki</a> | 4 min read</div>'
            f"{paras(*STORY)}</article>")
    assert extract(page(body)).authors == ["Harold Mbeki"]


def test_a_link_to_a_list_of_contributors_or_a_profile_page_names_nobody() -> None:
    for href in ("/contributors/", "/profile/harold-mbeki"):
        body = (f'<article><h1>Pier to reopen</h1><div class="meta"><a href="{href}">Harold Mbeki</a> | 4 min read'
                f"</div>{paras(*STORY)}</article>")
        assert extract(page(body)).authors == [], href


def test_a_sites_address_in_a_byline_element_is_no_author():
    for value in ("SAnews.gov.za", "By TechRadar.com"):
        body = f'<article><h1>Pier to reopen</h1><p class="byline">{value}</p>{paras(*STORY)}</article>'
        assert extract(page(body)).authors == [], value
    # (a writer beside it stays; the page's author field may name the site, as its metadata has it)
    body = f'<article><h1>Pier to reopen</h1><p class="byline">By Jane Doe, Example.com</p>{paras(*STORY)}</article>'
    assert extract(page(body)).authors == ["Jane Doe"]
    head = '<meta name="author" content="AccountingDepartment.com">'
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    assert extract(page(body, head=head)).authors == ["AccountingDepartment.com"]


def test_an_organisation_or_a_publication_is_no_author():
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    for value in ("Bundesverband WindEnergie", "TOUR Magazin", "Flatworld Solutions Editorial Team",
                  "Harbour Learning Network", "Landesverband Pferdezucht"):
        head = f'<meta name="author" content="{value}">'
        assert extract(page(body, head=head)).authors == [], value
    # people named like a word of bodies stay people; a site's editorial team signs as one
    for value in ("Charlotte Church", "Emily Post", "Gregory House", "Great Day Editorial Team"):
        head = f'<meta name="author" content="{value}">'
        assert extract(page(body, head=head)).authors == [value], value


def test_one_body_with_commas_in_its_name_is_no_list_of_people():
    # a body's name holding a list ("Wirtschaft, Bildung und Forschung") is one body, not three people
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    head = '<meta name="author" content="Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF">'
    assert extract(page(body, head=head)).authors == []
    # two people with a comma between them are two people
    head = '<meta name="author" content="Jane Doe, Tom Baker">'
    assert extract(page(body, head=head)).authors == ["Jane Doe", "Tom Baker"]


def test_a_single_letter_is_no_author():
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    assert extract(page(body, head='<meta name="author" content="V">')).authors == []
    assert extract(page(body, head='<meta name="author" content="Al Roker">')).authors == ["Al Roker"]


def test_a_recent_comments_widget_signs_no_article():
    widget = ('<aside><ul><li class="recentcomments"><span class="comment-author-link">Marie S.</span> on '
              '<a href="/other">Another story</a></li></ul></aside>')
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>{widget}"
    assert extract(page(body)).authors == []
    signed = f'<article><h1>Pier to reopen</h1><span class="author">Jane Doe</span>{paras(*STORY)}</article>{widget}'
    assert extract(page(signed)).authors == ["Jane Doe"]


def test_the_authors_of_readers_comments_marked_as_authors_sign_nothing():
    # (comment templates mark each commenter itemprop="author"; two of them read as strangers'
    # bylines once made the article's own byline unknown)
    comments = "".join(
        f'<li class="comment" itemprop="comment" itemscope itemtype="http://schema.org/Comment"><header>'
        f'<cite itemprop="author">{name}</cite></header><p>Thanks for this, lovely read.</p></li>'
        for name in ("Karol", "Lilian")
    )
    byline = '<span class="entry-author" itemprop="author"><a rel="author" href="/author/ana">Ana Costa</a></span>'
    body = f"<article><h1>Pier to reopen</h1>{byline}{paras(*STORY)}</article><ol>{comments}</ol>"
    assert extract(page(body)).authors == ["Ana Costa"]
    # (a commenter alone is no author either: "Guest" in a comments box)
    box = '<div class="comments"><span itemprop="author" class="nick">Guest</span><p>Nice.</p></div>'
    assert extract(page(f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>{box}")).authors == []


def test_the_bylines_of_teaser_cards_for_other_stories_sign_nothing():
    cards = "".join(
        f'<div class="card"><a href="/s{i}">Story {i} about the harbour</a><span class="byline">By {name}</span></div>'
        for i, name in enumerate(["Poppie Platt", "Tom Rowley", "Ann Hale"])
    )
    body = f"<article><h1>Plumber jailed</h1>{paras(*STORY)}</article><aside>{cards}</aside>"
    assert extract(page(body)).authors == []


def test_a_byline_full_name_beats_a_user_name_in_the_metadata():
    ld = {"@type": "Article", "author": {"@type": "Person", "name": "KatieS"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = (f'<article><h1>Top rental car companies</h1><p class="byline">by Aoife O\'Riordan</p>'
            f"{paras(*STORY)}</article>")
    assert extract(page(body, head=head)).authors == ["Aoife O'Riordan"]


def test_initials_alone_and_a_section_of_the_site_are_no_author():
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    for value in ("CDC", "NASA"):
        head = f'<meta name="author" content="{value}">'
        assert extract(page(body, head=head)).authors == [], value
    # a name in capitals is a name
    assert extract(page(body, head='<meta name="author" content="JANE DOE">')).authors == ["Jane Doe"]
    # the section the address files the page under ("…/kultur/…") signs nothing; a name does
    signed = f'<article><h1>Pier to reopen</h1><span class="byline">Kultur| 19.10.19</span>{paras(*STORY)}</article>'
    assert extract(page(signed), url="https://news.example/kultur/buchmesse/pier.html").authors == []
    signed = f'<article><h1>Pier to reopen</h1><span class="byline">Ben| 19.10.19</span>{paras(*STORY)}</article>'
    assert extract(page(signed), url="https://news.example/kultur/buchmesse/pier.html").authors == ["Ben"]


def test_a_published_label_in_a_byline_element_names_nobody():
    signed = (f'<article><h1>Pier to reopen</h1><span class="byline">Veröffentlicht am 19.10.19 um 14:34 Uhr</span>'
              f"{paras(*STORY)}</article>")
    assert extract(page(signed)).authors == []


def test_a_byline_element_naming_the_metadatas_author_and_more_names_them_all():
    ld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Stefan Becket"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    byline = '<p class="content__meta-byline">By Stefan Becket, Kathryn Watson, Grace Segers</p>'
    body = f"<header>{byline}</header><article><h1>Pier to reopen</h1>{paras(*STORY)}</article>"
    assert extract(page(body, head=head)).authors == ["Stefan Becket", "Kathryn Watson", "Grace Segers"]
    # a byline element naming someone else: the metadata's author stays
    other = body.replace("Stefan Becket, Kathryn Watson, Grace Segers", "Kathryn Watson")
    assert extract(page(other, head=head)).authors == ["Stefan Becket"]


def test_a_link_to_the_authors_own_page_names_the_author():
    # a card with the writer's picture and name, linked to their page, and no byline class
    card = ('<div class="css-x1"><img src="/a.jpg" alt=""><span><a href="/authors/trevor-jackins">'
            "Trevor Jackins</a></span></div>")
    body = f"<article><h1>Pier to reopen</h1>{card}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == ["Trevor Jackins"]
    # a link to any other page is no byline
    assert extract(page(body.replace("/authors/trevor-jackins", "/topics/harbours"))).authors == []


@pytest.mark.parametrize(
    "byline",
    [
        # a line that, read whole, takes the second writer for the first one's role
        '<div class="editor">Written by <a href="/profile/author/rohan-mehta/">Rohan Mehta</a>, '
        '<a href="/profile/author/saurav-dutta/">Saurav Dutta</a></div>',
        # links alone, side by side with "und" between them
        '<p class="story-credits">Text und Recherche: <a href="/autoren/rohan-mehta">Rohan Mehta</a> und '
        '<a href="/autoren/saurav-dutta">Saurav Dutta</a></p>',
        # links to any page, after words that say they wrote it
        '<p class="authors">by <a href="/experts/rohan-mehta">Rohan Mehta</a>, '
        '<a href="/experts/saurav-dutta">Saurav Dutta</a></p>',
        # the first one's role in commas between them
        '<span class="written-by">Written by <a href="/author/rohan-mehta">Rohan Mehta</a>, News Editor, and '
        '<a href="/author/saurav-dutta">Saurav Dutta</a>, Contributor</span>',
        # a byline element read whole runs the second name on into the section's
        '<div class="byline"><span>Von <a href="/autor/rohan-mehta">Rohan Mehta</a> und '
        '<a href="/autor/saurav-dutta">Saurav Dutta</a></span> <span class="ressort">Politik</span></div>',
    ],
)
def test_writers_linked_side_by_side_in_one_byline_are_all_authors(byline: str) -> None:
    body = f"<article><h1>Pier to reopen</h1>{byline}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == ["Rohan Mehta", "Saurav Dutta"]


@pytest.mark.parametrize(
    "cards",
    [
        # a list of writers' cards, each a link to the writer's page and a role
        '<ul class="authors"><li><img src="/a.jpg" alt=""><a href="/autoren/rohan-mehta">Rohan Mehta</a> '
        "<span>Korrespondent in Brüssel</span></li><li><img src=\"/b.jpg\" alt=\"\">"
        '<a href="/autoren/saurav-dutta">Saurav Dutta</a> <span>Datenjournalist</span></li></ul>',
        # a grid of cards whose names stand in elements whose class says name
        '<div class="authors-grid"><div class="author-card"><p class="author-card__name">Dr. Rohan Mehta</p>'
        '<p class="author-card__pos">Partner</p></div><div class="author-card"><p class="author-card__name">'
        'Saurav Dutta</p><p class="author-card__pos">Rechtsanwalt</p></div></div>',
        # cards whose links go to the firm's team pages, no author page by its address
        '<div class="post-authors"><div class="author-card"><a href="/team/rohan-mehta">Dr. Rohan Mehta</a>'
        '<span>Partner</span></div><div class="author-card"><a href="/team/saurav-dutta">Saurav Dutta</a>'
        "<span>Rechtsanwalt</span></div></div>",
    ],
)
def test_writers_cards_side_by_side_in_a_box_of_authors_are_all_authors(cards: str) -> None:
    body = f"<article><h1>Pier to reopen</h1>{cards}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == ["Rohan Mehta", "Saurav Dutta"]


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ('<p class="entry-meta">Words: Jolene Ng · Photos: Marcus Lim</p>', ["Jolene Ng"]),
        ('<div class="post-meta">written by <a href="/about">ana lemalu</a> · <span>3 march 2026</span></div>',
         ["Ana Lemalu"]),
    ],
)
def test_a_meta_line_that_says_who_wrote_it_is_a_byline(meta: str, authors: list[str]) -> None:
    body = f"<article><h1>Pier to reopen</h1>{meta}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == authors


def test_a_byline_element_that_says_who_wrote_down_an_account_names_only_them() -> None:
    byline = '<p class="byline">Aufgezeichnet von Clara Weiss</p>'
    body = f"<article><h1>Pier to reopen</h1>{byline}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == ["Clara Weiss"]


def test_an_author_box_with_a_bio_names_the_writer_its_own_line_credits() -> None:
    box = ('<aside class="guest-author"><span class="label">Gastbeitrag</span><p>Gastbeitrag von Prof. Dr. Anja '
           'Lembke</p><p class="bio">Die Autorin ist Direktorin des Instituts für Energiewirtschaft an der '
           "Universität Kassel und forscht seit zwanzig Jahren zu Strommärkten.</p></aside>")
    body = f"<article><h1>Pier to reopen</h1>{box}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == ["Anja Lembke"]


def test_an_author_box_with_a_bio_and_no_line_crediting_a_writer_names_nobody() -> None:
    # (a press contact's line names someone, but not as the writer)
    box = ('<aside class="author-box"><p>Pressekontakt Max Roth</p><p class="bio">Unser Team aus Anna Berger und '
           "Jens Ulrich schreibt seit zwanzig Jahren über Strommärkte, Netze und die Energiewende.</p></aside>")
    body = f"<article><h1>Pier to reopen</h1>{box}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == []


def test_a_columnists_link_by_its_class_is_a_byline() -> None:
    head = ('<div class="column-head"><span class="column-label">Opinion</span>'
            '<a class="columnist" href="/opinion/columnists/nuala-breathnach">Nuala Breathnach</a></div>')
    body = f"<article><h1>Pier to reopen</h1>{head}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == ["Nuala Breathnach"]


def test_a_list_of_terms_whose_term_ends_in_a_colon_names_its_writer() -> None:
    terms = ('<dl class="article-info"><dt>Author:</dt><dd>Sipho Ndlovu-Mahlangu</dd><dt>Published:</dt>'
             "<dd>18 February 2026</dd></dl>")
    body = f"<article><h1>Pier to reopen</h1>{terms}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == ["Sipho Ndlovu-Mahlangu"]


def test_a_meta_line_that_says_nobody_wrote_it_is_no_byline() -> None:
    # (a film's cast in a review's meta line: names, but no word that they wrote it)
    meta = '<p class="film-meta">Starring Rohan Mehta and Saurav Dutta</p>'
    body = f"<article><h1>Pier to reopen</h1>{meta}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == []


def test_a_box_of_comment_authors_is_no_byline() -> None:
    box = ('<div class="comment-authors"><div><a href="/author/rohan-mehta">Rohan Mehta</a></div>'
           '<div><a href="/author/saurav-dutta">Saurav Dutta</a></div></div>')
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}</article>{box}"
    assert extract(page(body)).authors == []


def test_names_linked_side_by_side_with_no_word_of_writing_are_no_byline() -> None:
    # (links to other pages in a line that says nobody wrote anything: people in the story)
    line = ('<p class="tags">Mentioned: <a href="/topics/rohan-mehta">Rohan Mehta</a>, '
            '<a href="/topics/saurav-dutta">Saurav Dutta</a></p>')
    body = f"<article><h1>Pier to reopen</h1>{line}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == []


def test_a_writers_link_beside_a_link_that_names_nobody_is_the_one_author() -> None:
    # (an author box: the name, then "View more articles" to the same page, no joiner between)
    box = ('<div class="author-box">By <a href="/author/rohan-mehta">Rohan Mehta</a> '
           '<a href="/author/rohan-mehta">View more articles</a></div>')
    body = f"<article><h1>Pier to reopen</h1>{box}{paras(*STORY)}</article>"
    assert extract(page(body)).authors == ["Rohan Mehta"]


def test_a_menus_link_to_a_group_of_writers_names_nobody():
    menu = ('<nav><ul><li><a href="/authors/staff/">Staff</a></li>'
            '<li><a href="/authors/contributors/">Contributors</a></li></ul></nav>')
    body = (f'{menu}<article><h1>Top rental car companies</h1><p class="byline">by Aoife O\'Riordan</p>'
            f"{paras(*STORY)}</article>")
    assert extract(page(body)).authors == ["Aoife O'Riordan"]


def test_a_by_line_in_the_body_beats_the_posting_account_in_the_metadata():
    # the CMS credits whoever posted the story; the story itself says who wrote it
    head = '<meta name="author" content="Isabell Angele">'
    body = f"<article><h1>Pier to reopen</h1><p><strong>Von Matthias Lauerer</strong></p>{paras(*STORY)}</article>"
    assert extract(page(body, head=head)).authors == ["Matthias Lauerer"]
    # a line that only looks like a byline ("By Ryan Reed's most recent stories") does not beat it
    garbled = body.replace("Von Matthias Lauerer", "By Ryan Reed Most Recent Stories")
    assert extract(page(garbled, head=head)).authors == ["Isabell Angele"]
    # nor does a line of names without "By": it may be anyone's
    unsigned = body.replace("Von Matthias Lauerer", "Matthias Lauerer")
    assert extract(page(unsigned, head=head)).authors == ["Isabell Angele"]


@pytest.mark.parametrize(
    "credit",
    [
        "Text: Raphael Bischof",
        "Text und Fotos: Raphael Bischof",
        "Quelle: Raphael Bischof (Text), Stefan Scheuteri (Bild)",  # (not a photo credit: the text is his)
        "<em>Von Raphael Bischof</em>",
        "Written by Raphael Bischof",
        "(Autor: Raphael Bischof)",  # (in brackets, as German papers close a report)
        "Words: Raphael Bischof",
        # a wire's credits: the reporter (where from aside) is the author, the editor is not
        "Reporting by Raphael Bischof in Zurich; Editing by Mark Porter",
    ],
)
def test_a_credit_closing_a_long_article_names_its_author(credit: str) -> None:
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY, *STORY, *STORY)}<p>{credit}</p></article>"
    article = extract(page(body))
    assert article.authors == ["Raphael Bischof"]
    assert "Bischof" not in article.text  # (the line is the byline, not article text)


def test_a_wires_credits_name_the_reporters_and_the_writer_not_the_editors() -> None:
    credit = "Reporting by Ana Ruiz in Santiago and Tom Roe in Lima; Writing by Jane Doe; Editing by Mark Porter"
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY, *STORY, *STORY)}<p>{credit}</p></article>"
    article = extract(page(body))
    assert article.authors == ["Ana Ruiz", "Tom Roe", "Jane Doe"]
    assert "Porter" not in article.text
    # a helper's credit among a wire's closing credits names no author (in a byline at the top it does)
    credit = "(Reporting by Ana Ruiz; additional reporting by Tom Roe in Lima; Editing by Mark Porter)"
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY, *STORY, *STORY)}<p>{credit}</p></article>"
    assert extract(page(body)).authors == ["Ana Ruiz"]
    # other people's credits name no author, and still leave the text
    for credit in ("Additional reporting by Tom Roe; Editing by Mark Porter", "(Foto: Michael von Lingen)"):
        body = f"<article><h1>Pier to reopen</h1>{paras(*STORY, *STORY, *STORY)}<p>{credit}</p></article>"
        article = extract(page(body))
        assert article.authors == []
        assert "Roe" not in article.text and "Lingen" not in article.text


def test_a_name_alone_closing_an_article_names_nobody() -> None:
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY, *STORY, *STORY)}<p>Raphael Bischof</p></article>"
    assert extract(page(body)).authors == []


def test_a_byline_repeated_under_the_headline_leaves_no_line_behind() -> None:
    body = (f"<article><h1>Pier to reopen</h1><p>written by Regan</p><p>written by Regan</p>"
            f"{paras(*STORY)}</article>")
    article = extract(page(body))
    assert article.authors == ["Regan"]
    assert "written by" not in article.text


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        # an author's label in an element of its own, the name after it in the same item
        ("<ul class='facts'><li><strong>Date</strong> 19.01.2020</li><li><strong>Author</strong> Ben Knight</li></ul>",
         ["Ben Knight"]),
        ("<div class='info'><span>Autorin:</span> <span>Anna Berger</span></div>", ["Anna Berger"]),
        # the label and the name's link in one element
        ("<div class='info'>Autor: <a href='/profil/jan-roe'>Jan Roe</a></div>", ["Jan Roe"]),
        # "Von" labels places and prices too: no author by it
        ("<ul class='facts'><li><strong>Von</strong> Berlin Hauptbahnhof</li></ul>", []),
        # a newsroom after the label is nobody
        ("<div class='info'><span>Autor:</span> Multimedia Redaktion</div>", []),
    ],
)
def test_an_authors_label_in_an_element_of_its_own_names_the_author_after_it(meta, authors):
    body = f"<article><h1>Pier to reopen</h1>{paras(*STORY)}{meta}</article>"
    assert extract(page(body)).authors == authors


def authors_under_headline(header: str) -> list[str]:
    """The authors of a story whose header (what stands between its headline and its text) is ``header``."""
    return extract(page(f"<article><h1>Pier to reopen</h1>{header}{paras(*STORY)}</article>")).authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a list of authors, each its own item: not one name glued from two
        ('<ul class="article-authors"><li><a href="/contributors/kenji-lim">Kenji Lim</a></li>'
         '<li><a href="/contributors/rizal-nakamura">Rizal Nakamura</a></li></ul>', ["Kenji Lim", "Rizal Nakamura"]),
        # a name and the role in spans of their own, no space between
        ('<div class="byline-block"><span class="name">Siobhán O\'Driscoll</span><span class="title">Political '
         'editor</span></div>', ["Siobhán O'Driscoll"]),
        # a name and the outlet on their own lines
        ('<div class="article-byline">Geneviève Bouchard and Kathleen MacNeil-Doucette<br>The Canadian Press</div>',
         ["Geneviève Bouchard", "Kathleen MacNeil-Doucette"]),
    ],
)
def test_a_byline_elements_parts_stay_apart(byline: str, authors: list[str]) -> None:
    assert authors_under_headline(byline) == authors


@pytest.mark.parametrize(
    "byline", ["The Editorial Board", "Guest Author", "Gastbeitrag", "Ein Gastautor", "Pressemitteilung"]
)
def test_a_byline_naming_no_one_gives_no_author(byline: str) -> None:
    assert authors_under_headline(f'<div class="byline">{byline}</div>') == []


@pytest.mark.parametrize("cls", ["autor", "autorenzeile", "writer", "contributor"])
def test_an_element_whose_class_names_the_writer_is_a_byline(cls: str) -> None:
    # the class names the author in German ("autor"), or the writer by another word
    assert authors_under_headline(f'<div class="{cls}">Ines Gruber | Reporterin</div>') == ["Ines Gruber"]


def test_an_editors_credit_alone_under_the_headline_names_no_author() -> None:
    assert authors_under_headline('<p class="edit-credit">Edited by Wesley Castillo</p>') == []


def test_a_credit_line_names_the_writer_only_when_it_says_so_and_is_no_pictures() -> None:
    assert authors_under_headline('<div class="credit-line">Story by Niamh Ó Briain</div>') == ["Niamh Ó Briain"]
    assert authors_under_headline('<div class="travel-credit">Words and pictures by Brooke Gagnon</div>') == [
        "Brooke Gagnon"
    ]
    # a credit that says nothing of writing, or a picture's
    assert authors_under_headline('<div class="credit-line">Niamh Ó Briain</div>') == []
    # (a picture's credit inside the story, past where a byline stands under the headline)
    story = paras(*STORY)
    figure = '<figure><figcaption><span class="credit">By Niamh Ó Briain</span></figcaption></figure>'
    body = f"<article><h1>Pier to reopen</h1>{story}{figure}{story}</article>"
    assert extract(page(body)).authors == []


def test_a_link_to_a_writers_handle_on_the_site_names_the_author() -> None:
    meta = '<div class="post-header__meta"><a href="/@orlabreathnach">Orla Breathnach</a> • Fri 15 May 2024</div>'
    assert authors_under_headline(meta) == ["Orla Breathnach"]
    # (a handle on another site is no author's page here)
    share = '<div class="share"><a href="https://social.example/@pierwatch">Pier Watch</a></div>'
    assert authors_under_headline(share) == []


def test_a_credit_line_crediting_a_picture_first_names_the_writer_it_credits_after() -> None:
    credits = '<p class="credits">Photo: Geneviève Singh | Text: Étienne Tremblay</p>'
    assert authors_under_headline(credits) == ["Étienne Tremblay"]


@pytest.mark.parametrize(
    ("card", "authors"),
    [
        # the name in an element of its own inside the card, the role beside it
        ('<div class="author-card"><span class="author-card__name">Ruth Okonjo</span> <span class="author-card__job">'
         "Senior Campaigns Officer</span></div>", ["Ruth Okonjo"]),
        ('<div class="article-byline"><a href="/authors/christopher-james-okonkwo">Christopher James Okonkwo</a> '
         '<span class="title">Detroit Bureau Chief</span></div>', ["Christopher James Okonkwo"]),
        # a role in small print, or free words before a writer's role, after the name
        ('<div class="author"><span>Merve Tekin</span><small>Product Managerin</small></div>', ["Merve Tekin"]),
        ('<div class="author"><strong>Lachlan Pemberton-Smith</strong> <span>Chief Cricket Writer</span></div>',
         ["Lachlan Pemberton-Smith"]),
        # a desk's name before the role, after a given name no list knows
        ('<ul class="authors"><li class="author">Achieng Otieno <span class="role">Features Writer</span></li>'
         '<li class="author">Oluwaseun Adeyemi <span class="role">Data Reporter</span></li></ul>',
         ["Achieng Otieno", "Oluwaseun Adeyemi"]),
        ('<p class="byline">By Tendai Moyo Courts Correspondent</p>', ["Tendai Moyo"]),
        # an economist's title in a firm's insights, on its own line after the name
        ('<div class="author"><p><strong>Marta Ostrowski</strong><br>Chief Economist</p></div>', ["Marta Ostrowski"]),
        # a role of the press alone after a name whose first word no list knows, in capitals too
        ('<div class="article-body-author"><a href="/author/otieno-odhiambo">OTIENO ODHIAMBO</a> '
         '<span class="role">Journalist</span></div>', ["Otieno Odhiambo"]),
        # (a desk's role after the name's comma stays a credit, not a second person)
        ('<p class="byline">By Patsy McGloin, Religious Affairs Correspondent</p>', ["Patsy McGloin"]),
        # a newsroom's credit around the site's name names no one, whatever the inner element says
        ('<div class="author"><span class="author-name">N-Land</span> N-Land Redaktion</div>', []),
    ],
)
def test_an_author_cards_name_without_the_role_beside_it(card: str, authors: list[str]) -> None:
    assert authors_under_headline(card) == authors


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        # a labelled list of writers, each with a role or an institution beside the name
        ('<div class="report-authors"><h4>Authors</h4><ul><li><a href="/experts/elena-voronova">Elena Voronova</a> '
         '<span>Senior Fellow, Economic Studies</span></li><li><a href="/experts/rahul-menon">Rahul Menon</a> '
         "<span>Research Analyst</span></li></ul></div>", ["Elena Voronova", "Rahul Menon"]),
        ('<div class="pub-authors"><strong>Authors:</strong><ul><li>Lena Fischer (Centre for Health Economics)</li>'
         "<li>Marco Bianchi (School of Economics)</li><li>Yuki Tanaka (Centre for Health Economics)</li></ul></div>",
         ["Lena Fischer", "Marco Bianchi", "Yuki Tanaka"]),
        ('<ul class="contributors"><li><strong>Caroline Mbeki</strong>, Chief Investment Strategist</li>'
         "<li><strong>Gabriela Torres, CFA</strong>, Senior Portfolio Strategist</li></ul>",
         ["Caroline Mbeki", "Gabriela Torres"]),
        # links with a role in an element beside each, on lines of their own
        ('<div class="insight-authors"><h4>Authors</h4> <a href="/people/james-holloway">James Holloway</a> '
         '<span>Partner</span><br> <a href="/people/nisha-patel">Nisha Patel</a> <span>Senior Associate</span></div>',
         ["James Holloway", "Nisha Patel"]),
        # the label "Contributors" over a paragraph of links, each with its role after a comma
        ('<div class="insights-contributors"><h5>Contributors</h5><p><a href="/profiles/hannah-osei">Hannah Osei</a>, '
         'Global Tax Policy Leader &middot; <a href="/profiles/marco-ruiz">Marco Ruiz</a>, Director</p></div>',
         ["Hannah Osei", "Marco Ruiz"]),
        # a card's name in an element whose class is hCard's, or in the first of its elements
        ('<ul class="authors"><li><span class="fn">Karen Whitfield</span>, <span class="role">Associate Professor'
         '</span></li> <li><span class="fn">Daniel Okafor</span>, <span class="role">Research Fellow</span></li></ul>',
         ["Karen Whitfield", "Daniel Okafor"]),
        # (a class in capitals says it holds authors too)
        ('<ul class="ContentAuthors"><li><img src="/a.jpg" alt=""><span>Quentin Schlappach</span><small>Redaktor '
         'Stadt Bern</small></li><li><img src="/b.jpg" alt=""><span>Mirjam Comtet</span><small>Redaktorin Politik'
         "</small></li></ul>", ["Quentin Schlappach", "Mirjam Comtet"]),
        # affiliation markers in superscript after each name
        ('<p class="post-authors">Authors: Lina Park<sup>1</sup>, Omar Haddad<sup>2</sup>, Beth Cole<sup>1</sup></p>',
         ["Lina Park", "Omar Haddad", "Beth Cole"]),
        # … but one writer's name and role each in an element of its own are one writer
        ('<div class="post-authors"><div class="author-name">Jane Doe</div><div class="author-title">Senior '
         "Economics Correspondent</div></div>", ["Jane Doe"]),
        ('<div class="authors"><span>Jane Doe</span><span>Staff Writer</span></div>', ["Jane Doe"]),
    ],
)
def test_a_box_of_several_writers_names_each(box: str, authors: list[str]) -> None:
    assert authors_under_headline(box) == authors


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        # an author box's name in an element of its own, beside a bio or a phone number that
        # stop the whole from reading as a byline
        ('<div class="autor-kasten"><img alt="" src="/autoren/wollny.jpg"><div><strong>Christian Wollny</strong>'
         "<p>schreibt über Mittelstand und Familienunternehmen.</p></div></div>", ["Christian Wollny"]),
        ('<div class="autorenbox"><span class="name">Peter Kümmerle</span><span class="kontakt">Tel. 07071 '
         "934-210</span></div>", ["Peter Kümmerle"]),
        # (not a link to a section, nor a word that is no name)
        ('<div class="author-tools"><a href="/politik">Mehr aus der Politik</a> <span>Teilen, drucken und '
         "merken: alle Werkzeuge</span></div>", []),
    ],
)
def test_an_author_boxs_name_beside_its_bio(box: str, authors: list[str]) -> None:
    assert authors_under_headline(box) == authors


def test_a_class_naming_authorities_marks_no_byline() -> None:
    menu = '<ul><li class="menu-item authorities-governing-board-actions"><a href="/b">Daniel Okafor</a></li></ul>'
    assert authors_under_headline(menu) == []


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the place and the date on the line after the writers' are no part of the last name
        ('<div class="credits-line"><p><strong>Text und Fotos:</strong> Olivia Itten und Jano Felice Pajarola</p>'
         '<p class="date">Chur, 27.02.2026</p></div>', ["Olivia Itten", "Jano Felice Pajarola"]),
        # (a first line that names nobody leaves the element read whole)
        ('<div class="byline"><p>By</p><p>Jane Doe</p></div>', ["Jane Doe"]),
    ],
)
def test_a_byline_elements_first_line_naming_the_writers_is_read_alone(header: str, authors: list[str]) -> None:
    assert authors_under_headline(header) == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # each writer's handle in brackets after their link, as a link or as text
        ('<div class="author-line">By <a href="/author/kelsey-park">Kelsey Park</a> (<a href="https://x.com/kp">'
         '@kelseypark_eats</a>) &amp; <a href="/author/tom-delaney">Tom Delaney</a> (<a href="https://x.com/td">'
         "@tdelaneyFSR</a>)</div>", ["Kelsey Park", "Tom Delaney"]),
        ('<div class="post-header-meta"><p>by <a href="https://github.com/sgreaves">Sarah Greaves</a> (@sgreaves), '
         '<a href="https://github.com/okwame">Obinna Kwame</a> (@okwame), and <a href="https://github.com/rtakeda">'
         "Ren Takeda</a> (@rtakeda)</p></div>", ["Sarah Greaves", "Obinna Kwame", "Ren Takeda"]),
    ],
)
def test_writers_links_with_their_handles_in_brackets_name_each(header: str, authors: list[str]) -> None:
    assert authors_under_headline(header) == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a link to the editor's page after "Edited by" names no writer
        ('<div class="meta">Edited by <a href="/author/varun-khanna">Varun Khanna</a> | Updated: February 10, 2026'
         "</div>", []),
        ('<div class="pst-by"><span class="pst-by_lnk">Edited by: <a href="/author/priya-rajput">Priya Rajput</a>'
         '</span> <span class="pst-by_cat">India News</span></div>', []),
        # … but a critic's "Reviewed by" is the review's writer
        ('<div class="review-meta">Reviewed by <a href="/author/imogen-pryce">Imogen Pryce</a></div>',
         ["Imogen Pryce"]),
    ],
)
def test_a_link_to_an_authors_page_after_an_editors_credit_names_no_writer(header: str, authors: list[str]) -> None:
    assert authors_under_headline(header) == authors
