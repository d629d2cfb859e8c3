"""Links, emphasis and code kept on the blocks (``Block.inline``), and the Markdown and HTML
that carry them: rendered by a real Markdown parser and parsed as HTML, both say the article's
text and nothing else."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from markdown_it import MarkdownIt

from articleclean import extract
from articleclean.dom.inline import inline_runs, safe_href

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "mars-partnerships.html"
STORY = (
    "The council met on Tuesday and voted to build a new bridge over the river after years of debate. "
    "Residents said they were relieved, though costs will rise by twelve percent next year."
)


def page(body: str, head: str = "") -> str:
    title = "<title>Council backs the bridge</title>"
    return f"<html><head>{title}{head}</head><body><article>{body}</article></body></html>"


def rendered_markdown_text(markdown: str) -> str:
    html = MarkdownIt("commonmark").render(markdown)
    return " ".join(lxml.html.fromstring(f"<div>{html}</div>").text_content().split())


def spaced(text: str) -> str:
    return " ".join(text.split())


ARTICLE = page(
    "<h1>Council backs the bridge</h1>"
    f"<p>{STORY}</p>"
    '<p>The plan <a href="/plans/bridge.pdf">was published</a> in <em>full</em> on the '
    '<a href="https://city.example/council">council\'s site</a>, with <strong>three <em>new</em> lanes</strong> '
    'and a <code>max_load</code> of 40 tonnes; <a href="javascript:alert(1)">click</a> or '
    '<a href="#comments">comment</a> below.</p>'
    f"<p>{STORY} It opens in 2027, the mayor said [1] *after* a vote_on <Monday> & more.</p>"
)
URL = "https://news.example/city/bridge.html"


def test_links_are_absolute_and_only_followable_ones_are_kept() -> None:
    article = extract(ARTICLE, url=URL)
    links = [(run.text, run.href) for b in article.blocks for run in b.links]
    assert links == [
        ("was published", "https://news.example/plans/bridge.pdf"),
        ("council's site", "https://city.example/council"),
    ]


def test_a_base_href_decides_where_relative_links_point() -> None:
    article = extract(page(ARTICLE.split("<article>")[1], head='<base href="https://cdn.example/docs/">'), url=URL)
    first = next(run.href for b in article.blocks for run in b.links)
    assert first == "https://cdn.example/plans/bridge.pdf"


def test_runs_join_to_the_block_text_and_carry_emphasis_and_code() -> None:
    article = extract(ARTICLE, url=URL)
    block = next(b for b in article.blocks if b.inline)
    assert "".join(run.text for run in block.inline) == block.text
    marks = {run.text: (run.strong, run.em, run.code) for run in block.inline if run.marked}
    assert marks["full"] == (False, True, False)
    assert marks["three "] == (True, False, False) and marks["new"] == (True, True, False)
    assert marks["max_load"] == (False, False, True)
    assert "click" not in marks and "comment" not in marks  # an unsafe and an in-page link: plain


def test_the_plain_text_is_the_same_with_and_without_inline_structure() -> None:
    with_runs, without = extract(ARTICLE, url=URL), extract(ARTICLE, url=URL, inline=False)
    assert with_runs.text == without.text
    assert not any(b.inline for b in without.blocks)
    assert any(b.inline for b in with_runs.blocks)


def test_the_json_carries_the_runs() -> None:
    record = json.loads(json.dumps(extract(ARTICLE, url=URL).to_dict()))
    runs = [run for s in record["sections"] for b in s["blocks"] for run in b.get("inline", [])]
    assert {"text": "was published", "href": "https://news.example/plans/bridge.pdf"} in runs
    assert all(set(run) <= {"text", "href", "strong", "em", "code"} for run in runs)


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/a", "https://news.example/a"),
        ("b.html", "https://news.example/city/b.html"),
        ("mailto:desk@news.example", "mailto:desk@news.example"),
        ("javascript:alert(1)", None),
        (" JAVASCRIPT:alert(1)", None),
        ("data:text/html,<script>", None),
        ("vbscript:x", None),
        ("#top", None),
        ("", None),
    ],
)
def test_safe_href(href: str, expected: str | None) -> None:
    assert safe_href(href, URL) == expected


def test_words_the_text_does_not_hold_mark_nothing() -> None:
    element = lxml.html.fromstring('<p>Intro <a href="https://x.example/">gone words</a> kept</p>')
    assert inline_runs("Intro kept", element, None) == []


def test_markdown_rendered_says_the_article_text_and_keeps_the_links() -> None:
    article = extract(ARTICLE, url=URL)
    markdown = article.to_markdown()
    expected = spaced(" ".join([article.title or "", article.text]))
    assert rendered_markdown_text(markdown) == expected
    html = MarkdownIt("commonmark").render(markdown)
    hrefs = lxml.html.fromstring(f"<div>{html}</div>").xpath("//a/@href")
    assert hrefs == ["https://news.example/plans/bridge.pdf", "https://city.example/council"]
    assert "<em>full</em>" in html and "<code>max_load</code>" in html
    plain = article.to_markdown(links=False)
    assert "](" not in plain and rendered_markdown_text(plain) == expected


def test_html_output_says_the_article_text_and_runs_nothing() -> None:
    article = extract(ARTICLE, url=URL)
    doc = lxml.html.fromstring(article.to_html())
    body = doc.find(".//article")
    assert body is not None
    for extra in body.xpath("./h1 | ./p[@class]"):  # the title, byline, date: not running text
        extra.drop_tree()
    assert spaced(body.text_content()) == spaced(article.text)
    assert doc.xpath("//script | //style | //iframe | //@*[starts-with(name(), 'on')]") == []
    attributes = {a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib}
    assert attributes <= {"href", "lang", "class", "datetime", "charset"}
    assert doc.xpath("//a/@href") == ["https://news.example/plans/bridge.pdf", "https://city.example/council"]
    assert not lxml.html.fromstring(article.to_html(links=False)).xpath("//a")


def test_the_reference_page_renders_to_its_own_text() -> None:
    article = extract(FIXTURE.read_bytes())
    expected = spaced(" ".join(filter(None, [article.title, article.subtitle, article.text])))
    markdown_words = rendered_markdown_text(article.to_markdown())
    captions = [b.text for b in article.blocks if b.kind == "caption"]
    for caption in captions:  # Markdown keeps figure captions, which Article.text leaves out
        markdown_words = markdown_words.replace(spaced(caption), "").strip()
    assert spaced(markdown_words) == expected


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_the_command_writes_html_and_leaves_links_out_when_asked(fmt: str, tmp_path: Path) -> None:
    source = tmp_path / "page.html"
    source.write_text(ARTICLE, encoding="utf-8")
    command = [sys.executable, "-m", "articleclean", "--format", fmt, "--url", URL, str(source)]
    with_links = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    without = subprocess.run([*command, "--no-links"], capture_output=True, text=True, check=True).stdout
    assert "https://city.example/council" in with_links
    assert "https://city.example/council" not in without
    if fmt == "html":
        assert with_links.startswith("<!DOCTYPE html>")


FIGURES = page(
    "<h1>Council backs the bridge</h1>"
    '<img src="/img/logo.png" class="site-logo" alt="News Example">'
    f"<p>{STORY}</p>"
    '<figure><img src="/photos/bridge.jpg" alt="The old bridge at dusk" width="800">'
    "<figcaption>The old bridge, built in 1902.</figcaption></figure>"
    f"<p>{STORY} It opens in 2027.</p>"
    '<p><img data-src="https://cdn.example/lazy/river.jpg" src="data:image/gif;base64,R0lGOD" alt="The river"></p>'
    '<img src="https://tracker.example/p.gif" width="1" height="1">'
    '<img src="/icons/share.svg" alt="share">'
    f"<p>{STORY} Work starts in spring.</p>"
)


def test_figures_stand_in_reading_order_with_absolute_sources_and_captions() -> None:
    article = extract(FIGURES, url=URL)
    kinds = [b.kind for b in article.blocks]
    figures = [b.image for b in article.blocks if b.kind == "figure"]
    assert [(f.src, f.alt, f.caption) for f in figures if f] == [
        ("https://news.example/photos/bridge.jpg", "The old bridge at dusk", "The old bridge, built in 1902."),
        ("https://cdn.example/lazy/river.jpg", "The river", ""),
    ]
    assert kinds.index("figure") == kinds.index("paragraph") + 1  # after the first paragraph
    assert article.text == extract(FIGURES, url=URL, inline=False).text  # no running text of their own
    assert not any(b.kind == "figure" for b in extract(FIGURES, url=URL, inline=False).blocks)


def test_figures_in_markdown_and_html_and_left_out_when_asked() -> None:
    article = extract(FIGURES, url=URL)
    markdown = article.to_markdown()
    assert "![The old bridge at dusk](<https://news.example/photos/bridge.jpg>)" in markdown
    assert "![" not in article.to_markdown(images=False)
    doc = lxml.html.fromstring(article.to_html())
    assert doc.xpath("//figure/img/@src") == [
        "https://news.example/photos/bridge.jpg", "https://cdn.example/lazy/river.jpg"
    ]
    assert doc.xpath("//figure[img]/figcaption/text()") == ["The old bridge, built in 1902."]
    assert not lxml.html.fromstring(article.to_html(images=False)).xpath("//img")
    record = article.to_dict()
    images = [b["image"] for s in record["sections"] for b in s["blocks"] if b["kind"] == "figure"]
    assert images[0] == {"src": "https://news.example/photos/bridge.jpg", "alt": "The old bridge at dusk",
                         "caption": "The old bridge, built in 1902."}


def test_an_authors_portrait_is_no_figure() -> None:
    body = (
        '<h1>Council backs the bridge</h1><p class="byline">By Jane Doe</p>'
        '<img src="/people/jane-doe.jpg" alt="Jane Doe">'
        f"<p>{STORY}</p><p>{STORY}</p>"
    )
    article = extract(page(body), url=URL)
    assert article.authors == ["Jane Doe"]
    assert not any(b.kind == "figure" for b in article.blocks)
