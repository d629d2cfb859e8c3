"""Properties of ``extract`` on random HTML trees and random texts (hypothesis).

The texts mix ordinary words with the boilerplate phrases the filters look for (read from
``articleclean.patterns``, not copied here), names and speech verbs, quote marks, entities,
soft hyphens and zero-width characters. For every input:

(a) ``extract`` raises nothing but ``ArticleCleanError`` subclasses;
(b) every word of ``article.text`` occurs in the input's text: nothing is invented;
(c) the blocks the filters keep and the removals they record account for every word of the
    blocks they were given: nothing vanishes unrecorded;
(d) extracting the Markdown or plain-text output again (as text) gives the same words in the
    same order: the output is a fixed point;
(e) the Markdown, rendered by a real Markdown parser, and the HTML output, parsed, say the
    article's words in its order, no more and no fewer: nothing in a page's text is read as
    markup, and the links and emphasis add no words.

A *word* is a maximal run of letters, marks and digits, after NFC normalisation and with
format characters (soft hyphen, zero-width space and joiners, BOM) dropped. Entities count
as the characters they stand for.
"""

from __future__ import annotations

import dataclasses
import html
import importlib
import pkgutil
import unicodedata
from collections import Counter

import lxml.html
import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articleclean.patterns
from articleclean import Article, ArticleCleanError, Pipeline, extract
from articleclean.output import to_plain_text
from articleclean.text import is_heading_line

settings.register_profile(
    "hostile", max_examples=100, deadline=None, derandomize=True, print_blob=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("hostile")

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _WORD.findall(text)


def _phrases() -> list[str]:
    """Every phrase and token string the pattern modules define (lists, or dicts of lists)."""
    found: list[str] = []
    for info in pkgutil.iter_modules(articleclean.patterns.__path__, "articleclean.patterns."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if not name.isupper():
                continue
            groups = value.values() if isinstance(value, dict) else [value]
            for group in groups:
                if isinstance(group, (list, tuple, set, frozenset)):
                    found.extend(p for p in group if isinstance(p, str) and p.strip())
    return sorted(set(found))


PHRASES = _phrases()
TOKENS = sorted({p for p in PHRASES if regex.fullmatch(r"[a-z][a-z0-9_-]*", p)})
ORDINARY = (
    "the city council met on Tuesday and voted to build a new bridge over river after years "
    "of debate residents said they were relieved costs will rise 12 percent in 2025 engineers "
    "warned that work could take longer than planned"
).split()
NAMES = ["Jane Doe", "Dr. Maria Lopez", "John Smith", "Ahmed Khan", "he", "she", "Lopez"]
VERBS = ["said", "says", "told reporters", "added", "according to", "sagte", "a déclaré"]
QUOTES = ["“", "”", '"', "„", "«", "»", "‘", "’"]
ODD = ["\u00ad", "\u200b", "\u200d", "\u00a0", "&amp;", "&nbsp;", "&#8220;", "&eacute;", "&lt;", "…", "—", "\u2009"]

word = st.one_of(
    st.sampled_from(ORDINARY),
    st.sampled_from(PHRASES),
    st.sampled_from(NAMES),
    st.sampled_from(VERBS),
    st.sampled_from(QUOTES),
    st.sampled_from(["1", "42", "3.5", "2024-05-01", "10:30", "$9.99", "@handle", "https://example.com/x"]),
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=8),
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A run of words with spacing and punctuation, possibly with odd characters glued in."""
    parts: list[str] = []
    for w in draw(st.lists(word, min_size=1, max_size=25)):
        if draw(st.integers(0, 9)) == 0:
            odd = draw(st.sampled_from(ODD))
            cut = draw(st.integers(0, len(w)))
            w = w[:cut] + odd + w[cut:]
        parts.append(w)
        parts.append(draw(st.sampled_from([" ", " ", " ", ", ", ". ", "; ", ": ", " - ", "! ", "? "])))
    return "".join(parts).strip()


@st.composite
def prose(draw: st.DrawFn) -> str:
    """A sentence of an article: long, mostly ordinary words, names, verbs and quote marks."""
    pool = st.one_of(st.sampled_from(ORDINARY), st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(QUOTES))
    text = " ".join(draw(st.lists(pool, min_size=14, max_size=40)))
    return text[:1].upper() + text[1:] + draw(st.sampled_from([".", ".", "!", "?", ".”"]))


def _markup_text(text: str) -> str:
    """``text`` for HTML: escaped, except the entities ``ODD`` put in on purpose."""
    out = html.escape(text, quote=False)
    for entity in ("&amp;", "&nbsp;", "&#8220;", "&eacute;", "&lt;"):
        out = out.replace(html.escape(entity, quote=False), entity)
    return out


def _source_text(text: str) -> str:
    """The text a reader of the page sees for ``text``: the entities decoded."""
    return html.unescape(_markup_text(text))


TAGS = ["div", "p", "span", "section", "article", "aside", "nav", "header", "footer", "main", "h1", "h2", "h3",
        "ul", "li", "a", "blockquote", "figure", "figcaption", "b", "em", "table", "tr", "td", "form", "pre"]


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> tuple[str, list[str]]:
    """(markup, the texts in it). Texts stand between spaces so that no two of them run together."""
    tag = draw(st.sampled_from(TAGS))
    attrs = ""
    if draw(st.booleans()):
        classes = " ".join(draw(st.lists(st.sampled_from(TOKENS or ["x"]), min_size=1, max_size=3)))
        attrs = f' class="{html.escape(classes)}"'
    if tag == "a":
        attrs += ' href="/story"'
    markup: list[str] = []
    texts: list[str] = []
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        if draw(st.integers(0, 2)) == 0 or depth >= 3:
            text = draw(sentences())
            if tag in ("h1", "h2", "h3"):
                # a heading may become the title: titles of other shapes are a known limit (below)
                text = heading_shaped(text)
            markup.append(f" {_markup_text(text)} ")
            texts.append(_source_text(text))
        else:
            child, child_texts = draw(trees(depth + 1))
            markup.append(child)
            texts.extend(child_texts)
    return f"<{tag}{attrs}>{''.join(markup)}</{tag}>", texts


def heading_shaped(title: str) -> str:
    """``title`` in the shape text input knows a title line by: short, not starting in lower
    case, not ending like a sentence (see the xfailed examples at the end)."""
    title = " ".join(title.lstrip("\u00ad\u200b\u200d").split()[:12])[:100]
    title = title.rstrip(".!?:;,…\"”’»)]}-–— \u00ad\u200b\u200d")
    title = title[:1].upper() + title[1:]
    return title if any(ch.isalpha() for ch in title) else "A title"


@st.composite
def pages(draw: st.DrawFn, titles: st.SearchStrategy[str] | None = None) -> tuple[str, list[str]]:
    title = draw(titles if titles is not None else sentences())
    body = [draw(trees()) for _ in range(draw(st.integers(1, 4)))]
    for _ in range(draw(st.integers(0, 3))):
        text = draw(prose())
        body.insert(draw(st.integers(0, len(body))), (f"<p> {_markup_text(text)} </p>", [_source_text(text)]))
    markup = (
        f"<html><head><title>{_markup_text(title)}</title></head><body>"
        + "".join(m for m, _ in body) + "</body></html>"
    )
    return markup, [_source_text(title), *(t for _, texts in body for t in texts)]


texts = st.lists(st.one_of(sentences(), prose()), min_size=1, max_size=12).map(
    lambda lines: "\n".join(lines)
).flatmap(lambda t: st.sampled_from([t, t.replace("\n", "\n\n"), t.upper()]))


class RecordingPipeline(Pipeline):
    """The default filters, remembering what went into them and what came out."""

    def run(self, blocks, ctx):
        before = len(ctx.removed)
        self.seen = [b.text for b in blocks]
        kept = super().run(blocks, ctx)
        self.kept = [b.text for b in kept]
        self.removed = [r.text for r in ctx.removed[before:]]
        return kept


def _extract(source: str, input_type: str, pipeline: Pipeline | None = None) -> Article | None:
    try:
        return extract(source, input_type=input_type, pipeline=pipeline)
    except ArticleCleanError:  # (a): our own errors only; anything else fails the test
        return None


def _check(source: str, input_type: str, input_texts: list[str]) -> None:
    """Properties (a), (b) and (c)."""
    pipeline = RecordingPipeline()
    article = _extract(source, input_type, pipeline)
    if article is None:
        return
    # (b) nothing invented
    known = set(words(" ".join(input_texts)))
    invented = [w for w in words(article.text) if w not in known]
    assert not invented, f"words not in the input: {invented[:10]}"
    # (c) nothing vanishes unrecorded
    if hasattr(pipeline, "seen"):
        have = Counter(w for t in pipeline.kept + pipeline.removed for w in words(t))
        lost = Counter(w for t in pipeline.seen for w in words(t)) - have
        assert not lost, f"words the filters dropped without a record: {dict(lost)}"


#: Block kinds that text input makes again from their rendering; the filters judge a block by
#: its kind as well as its text, so only these can promise a fixed point.
_TEXT_KINDS = ("paragraph", "heading", "list")


def _check_idempotent(source: str, input_type: str, *, any_title: bool = False, direct: bool = False) -> None:
    """Property (d): the output, extracted again as text, gives the same body (a page: its text
    reading's output, extracted again, gives that reading's body).

    Only for an article with a body: at least one paragraph that is a sentence of some length.
    Around nothing else, any short line is as much a kicker or a label as an article (the
    filters decide by context on purpose), so a one-line "article" has no fixed point. And only
    for blocks text input can tell apart again (paragraphs, headings, list items): a quote or
    code block comes back as a paragraph, judged by the rules for paragraphs.
    """
    article = _extract(source, input_type)
    if article is None or not any(
        b.kind == "paragraph" and len(b.text) >= 80 and b.text.endswith((".", "!", "?")) for b in article.blocks
    ):
        return
    if any(b.kind not in _TEXT_KINDS for b in article.blocks):
        return  # see test_block_kinds_text_input_cannot_see_are_not_a_fixed_point
    if article.title and not is_heading_line(article.title) and not any_title:
        return  # a page's <h1> can give any title: see test_a_title_not_shaped_like_a_heading_...
    first = article.sections[0] if article.sections else None
    if first is not None and first.heading and not any_title:
        return  # a heading right under the title: see test_a_heading_right_under_the_title_...
    for render in (Article.to_markdown, to_plain_text):
        if render is to_plain_text and any(b.kind == "list" for b in article.blocks):
            continue  # plain text carries no list markers: an item comes back as a paragraph (Markdown keeps them)
        # A page is read once as text first: where the markup decided (a "Related:" line that
        # links nowhere stays, a cookie box is known by its class), text cannot see it, so the
        # fixed point is the text reading's. ``direct`` compares the page's own reading instead
        # (the tests of what text input knows of a page's title and blocks).
        start = article if input_type == "text" or direct else _extract(render(article), "text")
        assert start is not None
        again = _extract(render(start), "text")
        assert again is not None
        # The body as rendered (Markdown keeps figure captions, which Article.text leaves out);
        # the title and subtitle are the page's, not the body's.
        assert words(render(_body(again))) == words(render(_body(start))), render.__name__


def _body(article: Article) -> Article:
    return dataclasses.replace(article, title=None, subtitle=None)


@PROFILE
@given(pages())
def test_random_pages(page: tuple[str, list[str]]):
    markup, input_texts = page
    _check(markup, "html", input_texts)


@PROFILE
@given(texts)
def test_random_texts(text: str):
    _check(text, "text", [text])


def _check_renderings(source: str) -> None:
    """Property (e)."""
    from markdown_it import MarkdownIt

    article = _extract(source, "html")
    if article is None:
        return
    body = [t for s in article.sections for t in (s.heading, *(b.text for b in s.blocks)) if t]
    expected = words(" ".join([article.title or "", article.subtitle or "", *body]))
    rendered = MarkdownIt("commonmark").render(article.to_markdown())
    assert words(lxml.html.fromstring(f"<div>{rendered}</div>").text_content()) == expected, "markdown"
    document = lxml.html.fromstring(article.to_html()).find(".//article")
    assert document is not None
    byline = [", ".join(article.authors), article.date or ""]
    in_html = words(" ".join([article.title or "", article.subtitle or "", *byline, *body]))
    assert words(document.text_content()) == in_html, "html"


@PROFILE
@given(pages())
def test_random_pages_render_to_their_words(page: tuple[str, list[str]]):
    _check_renderings(page[0])


@settings(PROFILE, max_examples=200)  # about one page in five has a body the property applies to
@given(pages(titles=sentences().map(heading_shaped)))
def test_pages_idempotent(page: tuple[str, list[str]]):
    _check_idempotent(page[0], "html")


@PROFILE
@given(texts)
def test_texts_idempotent(text: str):
    _check_idempotent(text, "text")


_TITLE_LIMITATION = (
    "text input knows its first line for a title by its shape (is_heading_line: not starting in "
    "lower case, not ending like a sentence), so a title of another shape joins the body when the "
    "plain text or Markdown is extracted again; recognising a title by position instead would "
    "change text extraction broadly"
)
BODY = "The council met on Tuesday and voted to build a new bridge over the river after years of debate."


@pytest.mark.xfail(strict=True, reason=_TITLE_LIMITATION)
@pytest.mark.parametrize("title", ["iPhone review notes from the launch day", "Minister says “we will not resign”"])
def test_a_title_not_shaped_like_a_heading_is_not_a_fixed_point(title: str):
    _check_idempotent(f"<html><head><title>{title}</title></head><body><p>{BODY}</p></body></html>", "html",
                      any_title=True, direct=True)


def test_a_title_shaped_like_a_heading_is_a_fixed_point():
    _check_idempotent(f"<html><head><title>Council backs the bridge</title></head><body><p>{BODY}</p></body></html>",
                      "html", direct=True)


@pytest.mark.xfail(
    strict=True,
    reason="text input reads '> quote' and code fences as paragraphs, so a short block quote or "
    "code block at the end comes back as a label line and dangling_headings removes it; reading "
    "Markdown block syntax in text input would be a feature of its own",
)
@pytest.mark.parametrize("block", ["<blockquote>Quoted words</blockquote>", "<pre>make install</pre>"])
def test_block_kinds_text_input_cannot_see_are_not_a_fixed_point(block: str):
    source = f"<html><head><title>Council backs the bridge</title></head><body><p>{BODY}</p>{block}</body></html>"
    article = extract(source)
    assert article.blocks[-1].kind in ("blockquote", "code")
    for render in (Article.to_markdown, to_plain_text):
        again = extract(render(article), input_type="text")
        assert words(render(_body(again))) == words(render(_body(article)))


@pytest.mark.xfail(
    strict=True,
    reason="text input takes a short line right under the title line for one more line of a run of "
    "headings, and demotes it; the HTML page had it as the first section's heading",
)
def test_a_heading_right_under_the_title_is_not_a_fixed_point():
    _check_idempotent(
        f"<html><head><title>City</title></head><body><h2>The plan</h2><p>{BODY}</p></body></html>", "html",
        any_title=True, direct=True,
    )
