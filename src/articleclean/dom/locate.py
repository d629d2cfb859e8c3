"""Find the elements that hold the article, from the measured page map.

1. The *core*: paragraph scores (length and commas, less link text) are handed to each
   paragraph's parent, grandparent and great-grandparent; the best-scoring element, weighed
   by its markup (``<article>``, ``itemprop=articleBody`` and content class names up,
   boilerplate regions down) and its link density, is the core.
2. The core is widened to an enclosing ``<article>`` that adds little besides its header.
3. An article split over sibling containers (ads or "related" boxes between the parts) is
   stitched back: the highest of the core's nearest ancestors whose additions to the core
   are mostly good text is taken, and its children from the first to the last one holding
   good text become the article. A core holding too little of the page's good text is one
   part of a page of parts (a recipe, a thread) and is widened the same way.
4. The article's header (headline, lead paragraph) just before the body joins it.
"""

from __future__ import annotations

from lxml import etree

from ..patterns.page import CONTENT_TOKENS
from .analyse import PageMap

_CONTENT = frozenset(CONTENT_TOKENS)
_CANDIDATES = 15
_LIST_TAGS = frozenset({"li", "ol", "ul", "dd", "dl"})
_SEMANTIC_WIDEN = 1.6
#: Stitch siblings in when they add this much good text, absolute and relative to the core.
_EXPAND_MIN_CHARS = 150
#: ... and when at least this share of everything they add is good text.
_EXPAND_MIN_GOOD_SHARE = 0.5
#: ... or this share, when what they add is plain text with few links (lists of steps, facts).
_PLAIN_LINKS = 0.1
_PLAIN_MIN_GOOD_SHARE = 0.3
_STITCH_LEVELS = 6
#: The article holds at least this share of the page's good text (hidden and boilerplate
#: regions aside); a smaller core is one part of a page of parts, and is widened.
_MIN_GOOD_SHARE = 0.4
#: The lead paragraph is looked for this many levels up, in a header of at most this much text.
_LEAD_LEVELS = 4
_LEAD_MAX_TEXT = 1500
#: ... stepping over up to this many siblings holding at most this much text (pictures, ad slots).
_LEAD_SIBLINGS = 3
_LEAD_SKIP_TEXT = 200


def locate(page: PageMap) -> list[object]:
    """The article's container elements, in page order (the whole body when nothing scores)."""
    n = len(page.elements)
    if not n:
        return []
    ranked = sorted(range(n), key=page.score.__getitem__, reverse=True)[:_CANDIDATES]
    best, best_value = 0, 0.0
    for i in ranked:
        value = page.score[i] * _markup_weight(page, i) * (1 - page.link_density(i)) ** 2
        if value > best_value:
            best, best_value = i, value
    if best_value <= 0:
        return [page.elements[0]]
    while page.elements[best].tag in _LIST_TAGS and page.parent[best] > 0:
        best = page.parent[best]  # a list item is a part of the article, never all of it
    core = _widen(page, best)
    node = _stitch(page, core)
    total = page.good[0]
    if total and page.good[node] < total * _MIN_GOOD_SHARE:
        # Most of the page's prose lies elsewhere: not one article, but a page of parts (a
        # recipe, a thread, a product page). Take the nearest ancestor holding enough of it.
        while page.parent[node] > 0 and page.good[node] < total * _MIN_GOOD_SHARE:
            node = page.parent[node]
    containers = [page.elements[core]] if node == core else _good_children(page, node)
    lead = _lead_before(page, containers[0])
    return [lead, *containers] if lead is not None else containers


def _stitch(page: PageMap, core: int) -> int:
    """The highest ancestor of ``core`` (a few levels up) whose additions are mostly good text."""
    chosen = core
    node = page.parent[core]
    levels = 0
    while node > 0 and levels < _STITCH_LEVELS:
        extra_good = page.good[node] - page.good[core]
        extra_text = page.text[node] - page.text[core]
        extra_links = page.links[node] - page.links[core]
        share = _EXPAND_MIN_GOOD_SHARE if extra_links > extra_text * _PLAIN_LINKS else _PLAIN_MIN_GOOD_SHARE
        if extra_good >= _EXPAND_MIN_CHARS and extra_good >= extra_text * share:
            chosen = node
        child_text = page.text[node]
        node = page.parent[node]
        if node >= 0 and page.text[node] > child_text:
            levels += 1  # wrappers that add no text do not count as a level
    return chosen


def _lead_before(page: PageMap, first: object) -> object | None:
    """The article's lead paragraph when it sits just before the body, in the article's header.

    Looks back from the body, and from each of its nearest ancestors, over a few preceding
    siblings, stepping over small ones (a picture, an ad slot, a share button): the first
    that holds good text is the lead when it is short (a header, not another article) and
    not boilerplate.
    """
    node = first
    for _ in range(_LEAD_LEVELS):
        previous = node.getprevious()  # type: ignore[attr-defined]
        looked = 0
        while previous is not None and looked < _LEAD_SIBLINGS:
            i = page.of(previous) if isinstance(previous.tag, str) else -1
            if i >= 0:
                looked += 1
                # A <header> counts with its own good text: the tag alone does not make it page furniture.
                if page.good[i] > 0 or (page.outside_only[i] and page.good_raw[i] > 0):
                    ok = (page.hint[i] is None or page.outside_only[i]) and page.text[i] <= _LEAD_MAX_TEXT
                    return previous if ok else None
                if page.text[i] > _LEAD_SKIP_TEXT and page.hint[i] is None:
                    return None
            previous = previous.getprevious()
        parent = node.getparent()  # type: ignore[attr-defined]
        if parent is None or parent.tag in ("body", "html"):
            return None
        node = parent
    return None


def _good_children(page: PageMap, node: int) -> list[object]:
    """The children of ``node`` from the first to the last that holds good text."""
    element = page.elements[node]
    children = [c for c in element if isinstance(c.tag, str)]  # type: ignore[attr-defined]
    flags = [page.good[page.of(c)] > 0 for c in children]
    if not any(flags):
        return [element]
    first = flags.index(True)
    last = len(flags) - 1 - flags[::-1].index(True)
    # A heading right before the first good child opens the article.
    while first > 0 and children[first - 1].tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        first -= 1
    return children[first : last + 1]


def _markup_weight(page: PageMap, i: int) -> float:
    if page.hint[i] is not None:
        return 0.2
    el = page.elements[i]
    get = el.get
    tag = el.tag
    weight = 1.0
    if tag in ("article", "main") or get("itemprop") == "articleBody" or get("role") == "main":
        weight = 1.4
    tokens = f"{get('class') or ''} {get('id') or ''}".lower().split()
    if any(t in _CONTENT for t in tokens):
        weight *= 1.25
    return weight


def _widen(page: PageMap, best: int) -> int:
    """Prefer the enclosing <article> (or articleBody) when it adds little besides a header."""
    length = page.text[best] or 1
    node = page.parent[best]
    depth = 0
    while node > 0 and depth < 4:
        el = page.elements[node]
        if el.tag == "article" or el.get("itemprop") == "articleBody":
            return node if page.text[node] <= length * _SEMANTIC_WIDEN else best
        node = page.parent[node]
        depth += 1
    return best


#: The page's main region (<main>, role=main) is the page when it holds this share of its text.
_MAIN_REGION_SHARE = 0.5
_ROLE_MAIN = etree.XPath(".//*[@role='main']")


def locate_wide(page: PageMap) -> list[object]:
    """The page less its furniture, for pages whose content is many small parts (a listing, a
    grid of products) or when the article was not found: the main region (``<main>``,
    ``role=main``) when it holds most of the page's text, else the body; within it, every
    region that is neither hidden nor marked as boilerplate, in page order."""
    n = len(page.elements)
    if not n:
        return []
    flagged = [page.hint[i] is not None or page.hidden[i] is not None for i in range(n)]
    below = [False] * n
    for i in range(n - 1, 0, -1):
        p = page.parent[i]
        if p >= 0 and (flagged[i] or below[i]):
            below[p] = True
    root = 0
    body = page.elements[0]
    for el in (*body.iter("main"), *_ROLE_MAIN(body)):  # type: ignore[attr-defined]
        i = page.of(el)
        if i > 0 and not flagged[i] and (
            page.text[i] >= page.text[0] * _MAIN_REGION_SHARE and (root == 0 or page.text[i] > page.text[root])
        ):
            root = i
    # A region with text of its own (a card: a title link, a price) is taken whole even when it
    # holds marked parts, which then reach the filters as marked blocks; walking into it would
    # lose the text that is its own.
    out: list[object] = []
    stack: list[tuple[int, bool]] = [(root, not below[root] or page.own[root] > 0)]
    while stack:
        i, whole = stack.pop()
        if whole:
            out.append(page.elements[i])
            continue
        children = [page.of(c) for c in page.elements[i] if isinstance(c.tag, str)]  # type: ignore[attr-defined]
        for c in reversed(children):
            if c >= 0 and not flagged[c] and page.text[c]:
                stack.append((c, not below[c] or page.own[c] > 0))
    return out
