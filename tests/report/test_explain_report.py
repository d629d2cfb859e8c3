"""The explain report's content, without a browser: every removal in place, escaping, no network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_pages import HOSTILE_PAGE, MARS_TXT, MARS_URL, flat, mark_text, parse, resource_references

from articleclean import extract
from articleclean.cli import main
from articleclean.report import explain_html, trace
from articleclean.report.explain import _SCRIPT


@pytest.fixture(scope="module")
def mars_report(mars_html: bytes) -> str:
    return explain_html(mars_html, url=MARS_URL)


def _legend_classes(doc) -> dict[str, str]:
    return {box.get("data-filter"): box.get("data-toggle") for box in doc.cssselect("aside.legend input")}


def _marks_of(doc, i: int) -> list:
    return [m for m in doc.cssselect("#article del.m") if str(i) in m.get("data-r", "").split()]


def _check_every_removal_in_place(report: str, removed) -> None:
    doc = parse(report)
    classes = _legend_classes(doc)
    assert set(classes) == {r.filter for r in removed}
    assert not doc.cssselect("#unplaced"), "every removal of the reference page has a known position"
    for i, record in enumerate(removed):
        marks = _marks_of(doc, i)
        assert marks, f"removal {i} ({record.filter}: {record.text[:40]!r}) is not shown in the article"
        for mark in marks:
            assert mark.get("data-filter") == record.filter
            assert classes[record.filter] in mark.get("class").split()
            assert record.reason in mark.get("title")
        shown = flat(" ".join(mark_text(m) for m in marks))
        want = flat(record.text)
        assert want in shown or shown in want, (want, shown)


def test_every_removal_of_the_reference_page_is_shown_in_place_with_its_filter(mars_html, mars_report):
    article = extract(mars_html, url=MARS_URL)
    assert {r.filter for r in article.removed} >= {"cart_notice", "read_more_teaser", "duplicate_sentences"}
    _check_every_removal_in_place(mars_report, article.removed)


def test_every_removal_of_the_scraped_text_is_shown_in_place():
    data = MARS_TXT.read_bytes()
    article = extract(data)
    report = explain_html(data)
    _check_every_removal_in_place(report, article.removed)
    # A "Read More →" glued before real text: the marker is struck, the text after it kept.
    doc = parse(report)
    glued = [p for p in doc.cssselect("#article p.piece") if p.cssselect("del.m") and "However, the partnerships" in
             p.text_content()]
    assert glued and mark_text(glued[0].cssselect("del.m")[0]) == "Read More →"


def test_removals_stand_where_they_were_on_the_page(mars_report):
    text = flat(parse(mars_report).cssselect("#article")[0].text_content())
    cart = text.index("No products in the cart.")
    title = text.index("Forging Global Partnerships for Mars Exploration")
    artemis = text.index("NASA’s Artemis program, which aims")
    card = text.index("Personal Development")
    exomars = text.index("ESA’s ExoMars program")
    footer = text.index("© 2025 Orbital Dispatch")
    assert cart < title < artemis < card < exomars < footer


def test_the_kept_text_reads_as_extracted(mars_html, mars_report):
    article = extract(mars_html, url=MARS_URL)
    doc = parse(mars_report)
    for mark in doc.cssselect("#article del.m"):
        mark.drop_tree()
    for role in doc.cssselect("#article .role"):
        role.drop_tree()
    shown = flat(doc.cssselect("#article")[0].text_content())
    for paragraph in article.text.split("\n\n"):
        assert flat(paragraph) in shown


def test_the_trace_gives_the_same_article_as_extract(mars_html):
    for data, url in ((mars_html, MARS_URL), (MARS_TXT.read_bytes(), None), (HOSTILE_PAGE, None)):
        assert trace(data, url=url).article.to_dict() == extract(data, url=url).to_dict()
    options = {"disable": ["duplicate_sentences"], "settings": {"cart_notice": {"max_chars": 10}}}
    assert trace(mars_html, **options).article.to_dict() == extract(mars_html, **options).to_dict()


def test_dom_decisions_and_metadata_sources(mars_html, mars_report):
    doc = parse(mars_report)
    container = doc.cssselect("#container")[0].text_content()
    assert container.startswith("body") and "article#post-1287" in container
    article = extract(mars_html, url=MARS_URL)
    outside = [r for r in article.removed if r.reason.startswith("outside the article")]
    assert len({r.filter for r in outside}) >= 3  # navigation, sidebar, comments …
    rows = doc.cssselect("#dom tr")[1:]
    shown = {(r.cssselect("td")[1].text_content().strip(), r.cssselect("td")[2].text_content()) for r in rows}
    for record in outside:
        assert (record.filter, record.reason) in shown
    for field, source in article.sources.items():
        row = doc.cssselect(f'#metadata tr[data-field="{field}"]')[0]
        assert row.cssselect("td")[-1].text_content() == source
    assert doc.cssselect('#metadata tr[data-field="url"] td')[0].text_content() == MARS_URL
    kind = doc.cssselect("#page-type")[0].text_content()
    assert "article" in kind and article.sources["page_type"] in kind
    assert doc.cssselect("#extraction")[0].text_content() == article.extraction == "located"


def test_hostile_text_is_shown_as_text_and_never_runs():
    report = explain_html(HOSTILE_PAGE, url="https://hostile.example/a")
    doc = parse(report)
    scripts = doc.xpath("//script")
    assert len(scripts) == 1 and scripts[0].text == _SCRIPT
    assert not doc.xpath("//img | //iframe | //object | //embed | //link | //base")
    assert not [a for el in doc.iter() for a in el.attrib if a.lower().startswith("on")]
    text = doc.cssselect("body")[0].text_content()
    assert '<script>alert("removed")</script>' in text
    assert '<img src="http://evil.example/x.png" onerror="alert(2)">' in text
    assert "<script>alert('id')</script>" in text  # an id, quoted in a reason
    assert '"><img src=x onerror=alert(1)>' in text  # the site name
    assert "<b>headline</b>" in text
    # The removed script text is marked like any other removal.
    assert any("alert(\"removed\")" in mark_text(m) for m in doc.cssselect("#article del.m"))


def test_no_reference_to_the_network(mars_report):
    hostile = explain_html(HOSTILE_PAGE)
    for report in (mars_report, hostile):
        refs = resource_references(report)
        assert all(r.startswith("#") for r in refs), refs
        policy = parse(report).xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
        assert "default-src 'none'" in policy


def test_an_articles_report_lists_its_removals_unplaced(mars_html):
    from articleclean.report import article_html

    article = extract(mars_html, url=MARS_URL)
    alone = parse(article_html(article))
    assert alone.cssselect("#article .note")
    listed = alone.cssselect("#article del.m")
    assert len(listed) == len(article.removed)
    assert [m.get("data-filter") for m in listed] == [r.filter for r in article.removed]
    assert alone.cssselect('#metadata tr[data-field="date"] td')[-1].text_content() == article.sources["date"]


def test_toggles_exist_per_filter_and_hide_marks_by_css(mars_report):
    doc = parse(mars_report)
    css = doc.xpath("//style")[0].text
    for box in doc.cssselect("aside.legend input[data-toggle]"):
        cls = box.get("data-toggle")
        assert f"body.hide-{cls} .m.{cls} {{ display: none; }}" in css
        assert box.get("checked") is not None


def test_explain_command(tmp_path: Path, mars_html, monkeypatch, capsys):
    page = tmp_path / "page.html"
    page.write_bytes(mars_html)
    out = tmp_path / "report.html"
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda uri, *a, **k: opened.append(uri) or True)
    assert main(["explain", str(page), "-o", str(out), "--url", MARS_URL, "--open"]) == 0
    assert out.read_text(encoding="utf-8") == explain_html(mars_html, url=MARS_URL)
    assert opened == [out.resolve().as_uri()]
    assert main(["explain", str(tmp_path / "missing.html"), "-o", str(out)]) == 3
    assert main(["explain", str(page), "-o", str(out), "--disable", "no_such_filter"]) == 2
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["explain", str(page)])
    assert exc.value.code == 2


def test_a_page_read_from_its_structured_data_says_so():
    data = {"@type": "NewsArticle", "headline": "Pier to reopen",
            "articleBody": "The harbour authority said the northern pier will reopen by the end of the summer. " * 4}
    page = (f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
            '<body><div id="root"><p>Loading…</p></div></body></html>')
    doc = parse(explain_html(page))
    assert doc.cssselect("#extraction")[0].text_content() == "structured"
    assert "articleBody" in doc.cssselect("#page-type")[0].text_content()
    assert "harbour authority said" in flat(doc.cssselect("#article")[0].text_content())


def test_the_report_shows_the_kept_words_links_and_only_followable_ones():
    story = "The council met on Tuesday and voted to build a new bridge over the river after years of debate. " * 2
    page = (
        "<html><head><title>Council backs the bridge</title></head><body><article><h1>Council backs the bridge</h1>"
        f'<p>{story}The plan <a href="/plans/bridge.pdf">was published</a> on the '
        '<a href="javascript:alert(1)">site</a> today.</p></article></body></html>'
    )
    doc = parse(explain_html(page, url="https://news.example/city/bridge.html"))
    hrefs = [a.get("href") for a in doc.cssselect("#article a")]
    assert hrefs == ["https://news.example/plans/bridge.pdf"]
    assert doc.cssselect("#article a")[0].text_content() == "was published"


def test_the_report_names_the_figures_where_they_stand_and_loads_none():
    story = "The council met on Tuesday and voted to build a new bridge over the river after years of debate. " * 2
    page = (
        "<html><head><title>Council backs the bridge</title></head><body><article><h1>Council backs the bridge</h1>"
        f'<p>{story}</p><figure><img src="/photos/bridge.jpg" alt="The old bridge" width="800"></figure>'
        f"<p>{story} It opens in 2027.</p></article></body></html>"
    )
    doc = parse(explain_html(page, url="https://news.example/city/bridge.html"))
    texts = [p.text_content() for p in doc.cssselect("#article .piece")]
    figure = [t for t in texts if t.startswith("[figure:")]
    assert figure == ["[figure: The old bridge — https://news.example/photos/bridge.jpg]"]
    assert texts.index(figure[0]) == 2  # the title, the first paragraph, then the figure
    assert not doc.xpath("//img[@src]")
