"""Dates: written dates read as ISO, and the page's publication date chosen from its evidence
(what the headline shows, structured data, <time>, the opening text, the URL, a "Last updated"
statement), with the evidence named in ``Article.sources``."""

from __future__ import annotations

import json

import pytest
from page_kinds import STORY

from articleclean import extract
from articleclean.patterns.dates import updated_statement, written_dates
from articleclean.structure.dates import DateEvidence, choose_date

HEADLINE = "Northern pier to reopen after storm repairs"
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in STORY)


def page(head: str = "", under_headline: str = "", *, lang: str = "en", before: str = "", after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> Archive: March 2, 2019</nav></header>
<main><article>{before}<h1>{HEADLINE}</h1>{under_headline}{PARAGRAPHS}</article></main>{after}
<footer><p>© 2024 The Harbour Gazette</p></footer></body></html>"""


def json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# -- written dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Updated Sep 17, 2025", "2025-09-17"),
        ("Last updated: August 19, 2025 · 16 min read", "2025-08-19"),
        ("on Friday December 19, 2025 @08:21PM", "2025-12-19"),
        ("Sept. 3rd, 2024", "2024-09-03"),
        ("19 December 2025", "2025-12-19"),
        ("am 3. Dezember 2025 um 10:15 Uhr", "2025-12-03"),
        ("le 4 mars 2025", "2025-03-04"),
        ("2025/4/29", "2025-04-29"),
        ("2019-08-14T13:00:00Z", "2019-08-14"),
        ("19.12.2025", "2025-12-19"),
        ("12/19/2025", "2025-12-19"),
        ("Written by Jane DoeNov 25, 2025Share", "2025-11-25"),  # glued to its neighbours
    ],
)
def test_written_dates_are_read(text, iso):
    assert [d for _, d in written_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    ["version 1.2.2025.3", "May 2025 issue", "in 2025 34 trends", "13/13/2025", "February 2 tickets", "room 12/19"],
)
def test_what_is_no_date_is_not_read(text):
    assert written_dates(text) == []


def test_the_order_of_day_and_month_follows_the_page_unless_a_number_settles_it():
    assert written_dates("04/05/2025")[0][1] == "2025-04-05"
    assert written_dates("04/05/2025", month_first=False)[0][1] == "2025-05-04"
    assert written_dates("25/05/2025")[0][1] == "2025-05-25"  # 25 is no month
    assert written_dates("04.05.2025")[0][1] == "2025-05-04"  # dotted dates are day first


def test_an_updated_statement_gives_its_date_and_a_month_alone_its_first_day():
    assert updated_statement("View webcam Last updated: November 13, 2025 Park footer") == "2025-11-13"
    assert updated_statement("Site last updated: December 20, 2025 … Last Updated: June 2022") == "2022-06-01"
    assert updated_statement("Last Updated:\xa0June 2022ShareEmail") == "2022-06-01"  # glued to a share bar
    assert updated_statement("Last updated by the editors") is None


# -- the choice -----------------------------------------------------------------------------


def test_an_article_is_dated_as_its_headline_shows_it():
    # The structured data says 2019; the page shows its reader the date it stands by now.
    html = page(json_ld({"@type": "Article", "datePublished": "2019-08-14T13:00:00Z",
                         "dateModified": "2025-09-17T00:00:00Z"}),
                '<p class="byline">Written by Sean Peek · Updated Sep 17, 2025</p>')
    article = extract(html)
    assert article.date == "2025-09-17T00:00:00+00:00"  # the day shown, with the markup's time and zone
    assert article.date_modified == "2025-09-17T00:00:00+00:00"
    assert article.sources["date_modified"] == "json-ld"


def test_a_date_the_headline_shows_is_taken_where_the_markup_has_none():
    article = extract(page(under_headline='<p class="meta">By Jane Doe | March 3, 2025</p>'))
    assert (article.date, article.sources["date"]) == ("2025-03-03", "headline")
    assert article.date_modified is None


def test_a_published_date_beats_an_updated_one_beside_it():
    line = '<p class="meta">Updated April 2, 2025 · Published March 3, 2025</p>'
    assert extract(page(under_headline=line)).date == "2025-03-03"


def test_the_headline_date_can_stand_before_it():
    before = '<p class="kicker">News | December 3, 2025</p>'
    assert extract(page(before=before)).date == "2025-12-03"


def test_a_time_element_gives_its_datetime_when_its_text_is_relative():
    line = '<p>By Jane Doe <time datetime="2025-12-02T10:00:00Z">2 days ago</time></p>'
    assert extract(page(under_headline=line)).date == "2025-12-02"


def test_a_headline_date_after_the_pages_newest_structured_date_is_not_believed():
    # An upcoming event's date next to the headline, later than anything the page says of itself.
    html = page(json_ld({"@type": "NewsArticle", "datePublished": "2024-06-03"}),
                '<p class="event">Next meeting: July 9, 2024</p>')
    article = extract(html)
    assert (article.date, article.sources["date"]) == ("2024-06-03", "json-ld")


def test_navigation_dates_are_not_the_articles():
    # The header's "Archive: March 2, 2019" is in <nav>: the page is undated, not dated 2019.
    article = extract(page())
    assert article.date is None
    assert "date" not in article.sources


def test_a_date_in_the_url_dates_an_otherwise_undated_page():
    article = extract(page(), url="https://news.example/2024/06/03/pier-reopens/")
    assert (article.date, article.sources["date"]) == ("2024-06-03", "url")


def test_an_updated_statement_dates_a_page_with_no_other_date():
    # Far down the page, past its opening text.
    after = f"<section>{PARAGRAPHS * 3}</section><div class='page-meta'>Page last reviewed: May 5, 2023</div>"
    article = extract(page(after=after))
    assert (article.date, article.sources["date"]) == ("2023-05-05", "updated statement")


def test_a_question_page_is_dated_by_its_question():
    html = page(json_ld({"@type": "QAPage", "mainEntity": {"@type": "Question", "dateCreated": "2010-10-16T09:00:00"}}))
    article = extract(html)
    assert article.date.startswith("2010-10-16")
    assert article.sources["date"] == "json-ld page"


def test_a_thread_is_dated_by_its_structured_data_before_what_its_headline_shows():
    evidence = DateEvidence(structured=[("2024-06-02", "json-ld page")], modified=("2024-06-07", "json-ld page"),
                            headline=[("2024-06-05", "")])
    assert choose_date(evidence, "forum") == ("2024-06-02", "json-ld page")
    assert choose_date(evidence, "article") == ("2024-06-05", "headline")


def test_the_opening_text_then_the_url_then_the_last_modification():
    evidence = DateEvidence(opening="2024-01-02", url="2024-01-01", modified=("2024-03-01", "meta"))
    assert choose_date(evidence, "article") == ("2024-01-02", "opening text")
    evidence.opening = None
    assert choose_date(evidence, "article") == ("2024-01-01", "url")
    evidence.url = None
    assert choose_date(evidence, "article") == ("2024-03-01", "modified")
    assert choose_date(DateEvidence(), "article") == (None, None)


@pytest.mark.parametrize("label", ["Joined:", "Founded:", "Member since", "Registered:", "Mitglied seit"])
def test_a_members_profile_date_does_not_date_the_page(label):
    # a thread with no headline and no structured date: its opening text shows the poster's
    # profile (when they joined) before the post's own date
    post = f"<div class='profile'><b>Harbourfan</b> <dl><dt>{label}</dt><dd>Dec 11, 2021</dd></dl></div>"
    html = (f"<html><body><div class='thread'>{post}<p>by Harbourfan » Tue Aug 27, 2019 1:47 am</p>"
            f"{PARAGRAPHS}</div></body></html>")
    article = extract(html)
    assert (article.date, article.sources.get("date")) == ("2019-08-27", "opening text")
