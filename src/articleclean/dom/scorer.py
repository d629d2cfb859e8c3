"""The block scorer: a small learned model that says, block by block, whether a page's visible
text is its content, for pages that are not articles (threads, products, listings, docs …).

Hand rules find an article's container well; on pages of many parts the right regions change
from site to site, and rules fitted to some pages learn those pages. So this reading measures
every visible block (its size and punctuation, its links, its kind, the boilerplate marks and
tags of the regions around it, its neighbours, the kind of page) and asks a model trained on
annotated pages (``tools/train_block_scorer.py``): gradient-boosted trees, kept as a small
JSON file (``data/block_scorer.json``) and run here by plain code, with no library at run time.

``FEATURES`` names the measurements in order; the training tool uses :func:`features` too, so
the model always sees what it was trained on.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources

from ..model import Block
from ..patterns.page import CONTENT_TOKENS
from ..patterns.page_types import PAGE_TYPES
from .analyse import PageMap
from .locate import locate, locate_wide

#: Block kinds, boilerplate kinds (the filters' names) and ancestor tags the model knows.
KINDS = ("paragraph", "heading", "list", "blockquote", "table", "code", "caption")
HINTS = (
    "navigation", "sidebar", "comments", "related_links", "share_prompt", "cookie_notice", "advertisement",
    "author_bio", "cart_notice", "tag_list", "article_meta", "link_list", "media_credit",
)
ANCESTOR_TAGS = ("main", "article", "nav", "aside", "header", "footer", "form", "li", "table", "section")
FEATURES = (
    "log_chars", "log_words", "link_density", "heading_level", "ends_sentence", "sentences", "commas_per_100",
    "digit_share", "capital_share", "position", "depth", "previous_link_density", "next_link_density",
    "previous_log_chars", "next_log_chars", "content_class", "page_prose_log", "page_blocks_log",
    "in_page_furniture", "in_wide_reading", "in_located_article", "log_repeats", "has_price", "share_of_longest",
    *(f"kind_{k}" for k in KINDS),
    *(f"hint_{h}" for h in HINTS),
    *(f"type_{t}" for t in PAGE_TYPES),
    *(f"in_{t}" for t in ANCESTOR_TAGS),
)
_CONTENT = frozenset(CONTENT_TOKENS)
_SENTENCE_ENDS = (".", "!", "?", "…", '."', ".”", "?”", "!”", ".)")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_CURRENCY = ("$", "€", "£", "¥", "₹")


def features(page: PageMap, blocks: list[Block], page_type: str) -> list[list[float]]:
    """One row of :data:`FEATURES` per block of ``page`` (in page order)."""
    n = len(page.elements)
    end = _subtree_ends(page)
    wide = sorted(page.of(c) for c in locate_wide(page))
    located = sorted(page.of(c) for c in locate(page))
    nb = len(blocks)
    longest = max((len(b.text) for b in blocks), default=1) or 1
    prose_log = math.log1p(page.good[0] if page.good else 0)
    blocks_log = math.log1p(nb)
    type_row = [float(page_type == t) for t in PAGE_TYPES]
    context: dict[int, tuple[float, list[float], float, float, float]] = {}
    rows: list[list[float]] = []
    for k, block in enumerate(blocks):
        text = block.text
        size = len(text)
        words = len(text.split())
        i = page.of(block.element) if block.element is not None else -1
        if i not in context:
            context[i] = _context(page, i, n)
        content, ancestors, furniture, depth, repeats = context[i]
        in_wide = _inside(i, wide, end)
        in_located = _inside(i, located, end)
        prev, nxt = (blocks[k - 1] if k else None), (blocks[k + 1] if k + 1 < nb else None)
        digits = size - len(text.translate(_NO_DIGITS))
        rows.append([
            math.log1p(size), math.log1p(words), block.link_density, float(block.level),
            float(text.rstrip().endswith(_SENTENCE_ENDS)), float(sum(text.count(e) for e in ". ! ? ".split())),
            100 * text.count(",") / max(size, 1), digits / max(size, 1),
            sum(1 for ch in text if ch.isupper()) / max(size, 1), k / max(nb, 1), depth,
            prev.link_density if prev else 1.0, nxt.link_density if nxt else 1.0,
            math.log1p(len(prev.text)) if prev else 0.0, math.log1p(len(nxt.text)) if nxt else 0.0,
            content, prose_log, blocks_log, furniture, in_wide, in_located, repeats,
            float(digits > 0 and any(c in text for c in _CURRENCY)), size / longest,
            *(float(block.kind == kind) for kind in KINDS),
            *(float(h in block.hints) for h in HINTS),
            *type_row,
            *ancestors,
        ])
    return rows


def _inside(i: int, roots: list[int], end: list[int]) -> float:
    """1.0 when element ``i`` lies in the subtree of one of ``roots`` (sorted indexes)."""
    if i < 0:
        return 0.0
    for c in roots:
        if c > i:
            break
        if i < end[c]:
            return 1.0
    return 0.0


def _subtree_ends(page: PageMap) -> list[int]:
    """Per element, the index after the last element of its subtree (elements are in page order)."""
    n = len(page.elements)
    end = list(range(1, n + 1))
    for i in range(n - 1, 0, -1):
        p = page.parent[i]
        if p >= 0 and end[i] > end[p]:
            end[p] = end[i]
    return end


def _context(page: PageMap, i: int, n: int) -> tuple[float, list[float], float, float, float]:
    """What the regions around element ``i`` say: a content class name, ancestor tags, page
    furniture (a header or footer outside the article), the depth, the element's repeats."""
    tags: set[str] = set()
    content = furniture = False
    depth = 0
    a = i
    while a >= 0:
        el = page.elements[a]
        tags.add(el.tag)
        if el.get("role") == "main":
            tags.add("main")
        if not content:
            marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
            content = any(t in _CONTENT for t in marks)
        furniture = furniture or page.outside_only[a]
        a = page.parent[a]
        depth += 1
    ancestors = [float(t in tags) for t in ANCESTOR_TAGS]
    return float(content), ancestors, float(furniture), float(depth), _log_repeats(page, i)


def _log_repeats(page: PageMap, i: int) -> float:
    """How many siblings of the block's element (or its parent) share its tag and class: the
    items of a grid or a thread repeat."""
    if i < 0:
        return 0.0
    el = page.elements[i]
    parent = el.getparent()
    if parent is None:
        return 0.0
    if len(parent) < 3 and parent.getparent() is not None:
        el, parent = parent, parent.getparent()
    key = (el.tag, el.get("class"))
    return math.log1p(sum(1 for s in parent if s.tag == key[0] and s.get("class") == key[1]) - 1)


# -- the model ------------------------------------------------------------------------------


class Model:
    """Gradient-boosted trees over :data:`FEATURES`: a probability that a block is content."""

    def __init__(self, data: dict) -> None:
        if list(data["features"]) != list(FEATURES):
            raise ValueError("the block scorer's model was trained on other features")
        self.threshold: float = data["threshold"]
        self.bias: float = data["bias"]
        self.rate: float = data["learning_rate"]
        self._trees = [_compile(tree) for tree in data["trees"]]

    def probability(self, row: list[float]) -> float:
        score = self.bias + self.rate * sum(tree(row) for tree in self._trees)
        return 1.0 / (1.0 + math.exp(-score))


def _compile(tree: list) -> object:
    """A tree ``[feature, threshold, left, right]`` (leaves are numbers) as one Python function."""

    def expr(node: list | float) -> str:
        if not isinstance(node, list):
            return repr(float(node))
        feature, threshold, left, right = node
        return f"({expr(left)} if x[{int(feature)}] <= {float(threshold)!r} else {expr(right)})"

    # Only numbers reach the source (int() and float() above), so compiling it runs nothing else.
    return eval(f"lambda x: {expr(tree)}")


@cache
def default_model() -> Model:
    """The model shipped with the package."""
    text = resources.files("articleclean").joinpath("data/block_scorer.json").read_text(encoding="utf-8")
    return Model(json.loads(text))
