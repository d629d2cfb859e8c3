"""What kind of page this is: article, forum thread, product, collection of products, listing,
documentation, service page, or other.

Three sources of evidence, each weighed (``patterns/page_types.py``):

1. what the page declares: its JSON-LD and microdata types, its OpenGraph type;
2. the words of its address: ``/threads/``, ``/products/``, ``/docs/``, a site's front page;
3. its shape, from the measured page map: a thread whose posts are marked as comments and hold
   most of its prose, a grid of prices, lists of teaser cards that make up the page, code.

The kind with the most evidence wins; the evidence is kept, for ``Article.sources`` and the
explain report. A page with no evidence but prose is an article; without prose, "other".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import regex
from lxml import etree

from ..patterns import has_digit, timeout_for
from ..patterns.page_types import LISTING_INDEX_WORDS, PAGE_TYPES, PATH_WORDS, STRUCTURED_TYPES
from .analyse import PageMap

__all__ = ["PAGE_TYPES", "PageType", "classify"]

#: A date in a page's address (/2018/09/10/, /2018/09/): where blogs and news sites file posts.
_DATE_PATH = regex.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:(?:0?[1-9]|[12]\d|3[01])/)?")
_ARTICLE_BODY_ELEMENTS = etree.XPath(".//*[@itemprop='articleBody']")
#: Shape thresholds.
_THREAD_COMMENT_SHARE = 0.6
_THREAD_PROSE_LEFT = 0.4
_CODE_BLOCKS = 3
_CODE_SPANS = 10
_GRID_PRICES = 12
#: Teaser cards make up a listing: at least this share of the page's text, little prose beside.
_LISTING_CARD_SHARE = 0.5
_LISTING_PROSE = 500
_LISTING_TIMES = 8
#: A front page whose cards hold this share of its text is a listing (else a service page's);
#: a page of prose whose cards hold under this share is an article.
_FRONT_PAGE_CARD_SHARE = 0.15
_ARTICLE_CARD_SHARE = 0.3
_ARTICLE_PROSE = 1500
#: An <article> holding this much prose outside the comments is an article with comments.
_ARTICLE_BODY = 500
_MIN_PROSE = 300
#: Landing pages speak in short lines: the median paragraph of at least this many is this short,
#: and fewer than ``_LONG_PARAGRAPHS`` run to ``_LONG_PARAGRAPH`` characters (an article's do).
_SHORT_COPY_PARAGRAPHS = 8
_SHORT_COPY = 60
_LONG_PARAGRAPH = 150
_LONG_PARAGRAPHS = 3
#: Evidence below this is no evidence: the page is an article if it has prose, else "other".
_MIN_EVIDENCE = 1.0
#: Among kinds with equal evidence, the first of these wins (the rarer, more specific kind).
_PRECEDENCE = ("forum", "product", "collection", "listing", "documentation", "service", "article", "other")


#: Records one piece of evidence: the kind it speaks for, its weight, and why.
Vote = Callable[[str, float, str], None]


@dataclass
class PageType:
    """The kind of page, and the evidence that decided it ("declares QAPage; address /t/")."""

    kind: str
    evidence: str
    #: The page's posts are marked up as comments and hold most of its prose (a thread).
    posts_as_comments: bool = False


def classify(page: PageMap, types: list[str], url: str | None, *, dated: bool = False) -> PageType:
    """The kind of ``page`` from its declared ``types`` (``Metadata.types``) and microdata, its
    ``url`` and its measured shape; ``dated``: its metadata gives a publication date or an author."""
    votes: dict[str, float] = dict.fromkeys(PAGE_TYPES, 0.0)
    why: dict[str, list[str]] = {kind: [] for kind in PAGE_TYPES}

    def vote(kind: str, weight: float, reason: str) -> None:
        votes[kind] += weight
        why[kind].append(reason)

    microdata = [t.rsplit("/", 1)[-1] for itemtype in page.itemtypes for t in (itemtype or "").split()]
    _declared([*types, *microdata], vote)
    if dated:
        vote("article", 1.0, "dated or signed in its metadata")
    front_page = _address(url, vote)
    thread = _shape(page, vote, dated=dated, front_page=front_page)

    best = max(_PRECEDENCE, key=lambda kind: (votes[kind], -_PRECEDENCE.index(kind)))
    if votes[best] < _MIN_EVIDENCE:
        prose = page.good[0] if page.good else 0
        kind = "article" if prose >= _MIN_PROSE else "other"
        return PageType(kind, "prose, nothing else" if kind == "article" else "no evidence and little prose")
    return PageType(best, "; ".join(why[best]), posts_as_comments=thread)


def _declared(types: list[str], vote: Vote) -> None:
    seen: set[str] = set()
    for name in types:
        found = STRUCTURED_TYPES.get(name)
        if found is None or found[0] in seen:
            continue  # one vote per kind: a page of twenty Products is not twenty times a product
        seen.add(found[0])
        kind, weight = found
        vote(kind, weight, f"declares {name}")
    if "Product" in types and ("ItemList" in types or "CollectionPage" in types):
        vote("collection", 2.0, "declares a list of products")


def _address(url: str | None, vote: Vote) -> bool:
    """Votes from the words of the page's address; whether it is a site's front page."""
    if not url:
        return False
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    segments = [s for s in path.lower().split("/") if s and not s.startswith("index.")]
    if not segments:
        return True
    if _DATE_PATH.search(path, timeout=timeout_for(path)):
        vote("article", 1.5, "a date in its address")
    seen: set[str] = set()
    for segment in segments[:6]:
        found = PATH_WORDS.get(segment)
        if found is not None and found[0] not in seen:
            seen.add(found[0])
            vote(found[0], found[1], f"address /{segment}/")
    last = segments[-1].rsplit(".", 1)[0]
    if last in LISTING_INDEX_WORDS:
        vote("listing", 2.0, f"address ends in /{last}")
    elif last.count("-") >= 3 and not has_digit(last[:1]):
        vote("article", 0.5, "address ends in a slug")
    return False


def _shape(page: PageMap, vote: Vote, *, dated: bool, front_page: bool) -> bool:
    """Votes from the page's shape; whether its posts are marked up as comments."""
    if not page.elements:
        return False
    body = page.elements[0]
    total_raw = page.good_raw[0]
    prose = page.good[0]
    hint, parent = page.hint, page.parent

    # A thread: posts marked as comments hold most of the prose, little is left beside them, and
    # no <article> holds a body of its own (then they are comments on that article).
    in_comments = 0
    for i in [i for i, h in enumerate(hint) if h is not None and h[0] == "comments"]:
        p = parent[i]
        if p < 0 or hint[p] is None or hint[p][0] != "comments":  # type: ignore[index]
            in_comments += page.good_raw[i]
    thread = (
        bool(total_raw) and in_comments >= total_raw * _THREAD_COMMENT_SHARE and prose < total_raw * _THREAD_PROSE_LEFT
        and _article_body(page) < _ARTICLE_BODY
    )
    if thread:
        vote("forum", 1.5, "posts marked as comments hold most of the prose")

    tags = Counter(el.tag for el in body.iter("pre", "code", "time"))  # type: ignore[attr-defined]
    pre, code, times = tags["pre"], tags["code"], tags["time"]
    prices = page.prices
    if pre >= _CODE_BLOCKS and code >= _CODE_SPANS:
        vote("documentation", 1.0, f"{pre} code blocks")
    cards = len(page.card_lists)
    card_text = sum(page.text[i] for i in _topmost(page, page.card_lists) if _rich_cards(page.elements[i]))
    if prices >= _GRID_PRICES and (cards or prose < _ARTICLE_PROSE):
        vote("collection", 2.0, f"{prices} prices")
    elif 0 < prices < _GRID_PRICES and prose < _ARTICLE_PROSE:
        vote("product", 0.5, f"{prices} prices")
    if card_text >= page.text[0] * _LISTING_CARD_SHARE and prose < _LISTING_PROSE:
        vote("listing", 1.5, "teaser cards make up the page")
    if times >= _LISTING_TIMES and cards:
        vote("listing", 0.5, f"{times} dates")
    listing_shape = bool(cards) and (card_text >= page.text[0] * _FRONT_PAGE_CARD_SHARE or times >= _LISTING_TIMES)
    if front_page:
        vote("listing" if listing_shape else "service", 1.0, "a site's front page")
    elif prose >= _ARTICLE_PROSE and card_text < page.text[0] * _ARTICLE_CARD_SHARE:
        vote("article", 1.0, "a body of prose")
    if not dated and not times:  # a <time> on the page dates it too
        paragraphs = _own_paragraphs(page)
        long_ones = sum(1 for size in paragraphs if size >= _LONG_PARAGRAPH)
        if len(paragraphs) >= _SHORT_COPY_PARAGRAPHS and long_ones < _LONG_PARAGRAPHS:
            median = sorted(paragraphs)[len(paragraphs) // 2]
            if median < _SHORT_COPY:
                vote("service", 1.0, f"short copy (paragraphs of {median} characters), undated")
    return thread


def _article_body(page: PageMap) -> int:
    """The most good text an ``<article>`` (or ``itemprop=articleBody``) holds outside comments."""
    body = page.elements[0]
    bodies = (*body.iter("article"), *_ARTICLE_BODY_ELEMENTS(body))  # type: ignore[attr-defined]
    return max((page.good[page.of(el)] for el in bodies), default=0)


def _own_paragraphs(page: PageMap) -> list[int]:
    """The text lengths of the page's own paragraphs: none in hidden or marked regions."""
    out = []
    for el in page.elements[0].iter("p"):  # type: ignore[attr-defined]
        i = page.of(el)
        if i < 0 or not page.own[i]:
            continue
        a = i
        while a >= 0 and page.hint[a] is None and page.hidden[a] is None:
            a = page.parent[a]
        if a < 0:
            out.append(page.own[i])
    return out


def _topmost(page: PageMap, members: frozenset[int]) -> list[int]:
    """The members of ``members`` that have no ancestor among them."""
    out = []
    for i in members:
        p = page.parent[i]
        while p >= 0 and p not in members:
            p = page.parent[p]
        if p < 0:
            out.append(i)
    return out


def _rich_cards(element: object) -> bool:
    """Whether a list of cards holds cards (a title with a picture, a date or an excerpt), not
    bare links, a list of which is a menu or a box of links, not a listing."""
    children = [c for c in element if isinstance(c.tag, str)]  # type: ignore[attr-defined]
    if not children:
        return False
    parts = sum(1 for c in children for d in c.iterdescendants() if isinstance(d.tag, str))
    return parts >= 2 * len(children)
