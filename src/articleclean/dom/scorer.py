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

import functools
import json
import math
from collections.abc import Callable
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
#: Families of words in the class and id names of a block's regions (a name's parts count:
#: "product-description" holds "product" and "description").
CLASS_WORDS = {
    "product": ("product", "products", "description", "detail", "details", "spec", "specs", "specification",
                "specifications", "feature", "features"),
    "review": ("review", "reviews", "rating", "ratings", "testimonial", "testimonials"),
    "item": ("item", "items", "card", "cards", "grid", "tile", "tiles", "result", "results", "listing"),
    "post": ("post", "posts", "message", "messages", "thread", "topic", "reply", "answer", "answers", "question"),
    "shop": ("price", "prices", "cart", "basket", "buy", "checkout", "add-to-cart", "variant", "variants"),
}
FEATURES = (
    "log_chars", "log_words", "link_density", "heading_level", "ends_sentence", "sentences", "commas_per_100",
    "digit_share", "capital_share", "position", "depth", "previous_link_density", "next_link_density",
    "previous_log_chars", "next_log_chars", "content_class", "page_prose_log", "page_blocks_log",
    "in_page_furniture", "in_wide_reading", "in_located_article", "log_repeats", "has_price", "share_of_longest",
    "after_first_h1",
    *(f"kind_{k}" for k in KINDS),
    *(f"hint_{h}" for h in HINTS),
    *(f"type_{t}" for t in PAGE_TYPES),
    *(f"in_{t}" for t in ANCESTOR_TAGS),
    *(f"class_{family}" for family in CLASS_WORDS),
)
_CONTENT = frozenset(CONTENT_TOKENS)
_SENTENCE_ENDS = (".", "!", "?", "…", '."', ".”", "?”", "!”", ".)")
_NO_DIGITS = str.maketrans("", "", "0123456789")
#: Capitals of the Latin alphabets, deleted to count them (a measure, not a definition).
_NO_CAPITALS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ")
_CURRENCY = ("$", "€", "£", "¥", "₹")


def features(page: PageMap, blocks: list[Block], page_type: str) -> list[list[float]]:
    """One row of :data:`FEATURES` per block of ``page`` (in page order)."""
    end = _subtree_ends(page)
    wide = sorted(page.of(c) for c in locate_wide(page))
    located = sorted(page.of(c) for c in locate(page))
    nb = len(blocks)
    longest = max((len(b.text) for b in blocks), default=1) or 1
    prose_log = math.log1p(page.good[0] if page.good else 0)
    blocks_log = math.log1p(nb)
    type_row = [float(page_type == t) for t in PAGE_TYPES]
    regions = _Regions(page)
    first_h1 = next((k for k, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), None)
    rows: list[list[float]] = []
    previous_density, previous_log = 1.0, 0.0
    for k, block in enumerate(blocks):
        text = block.text
        size = len(text) or 1
        i = page.of(block.element) if block.element is not None else -1
        content, ancestors, furniture, depth, repeats, words = regions.of(i)
        nxt = blocks[k + 1] if k + 1 < nb else None
        digits = len(text) - len(text.translate(_NO_DIGITS))
        log_size = math.log1p(len(text))
        rows.append([
            log_size, math.log1p(len(text.split())), block.link_density, float(block.level),
            float(text.rstrip().endswith(_SENTENCE_ENDS)), float(text.count(".") + text.count("!") + text.count("?")),
            100 * text.count(",") / size, digits / size,
            (len(text) - len(text.translate(_NO_CAPITALS))) / size, k / nb, depth,
            previous_density, nxt.link_density if nxt else 1.0, previous_log, math.log1p(len(nxt.text)) if nxt else 0.0,
            content, prose_log, blocks_log, furniture, _inside(i, wide, end), _inside(i, located, end), repeats,
            float(digits > 0 and any(c in text for c in _CURRENCY)), len(text) / longest,
            0.5 if first_h1 is None else float(k >= first_h1),
            *[float(block.kind == kind) for kind in KINDS],
            *[float(h in block.hints) for h in HINTS],
            *type_row,
            *ancestors,
            *words,
        ])
        previous_density, previous_log = block.link_density, log_size
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


_TAG_BITS = {tag: 1 << k for k, tag in enumerate(ANCESTOR_TAGS)}
_CONTENT_BIT = 1 << len(ANCESTOR_TAGS)
_FURNITURE_BIT = _CONTENT_BIT << 1
_WORD_BITS = {family: _FURNITURE_BIT << (k + 1) for k, family in enumerate(CLASS_WORDS)}
_WORD_FAMILY = {word: family for family, words in CLASS_WORDS.items() for word in words}


class _Regions:
    """What the regions around an element say — its ancestors' tags, a content class name, page
    furniture (a header or footer outside the article), its depth, its repeats — worked out once
    per element, each from its parent's."""

    def __init__(self, page: PageMap) -> None:
        self.page = page
        self._flags: dict[int, tuple[int, int]] = {-1: (0, 0)}
        self._rows: dict[int, tuple[float, list[float], float, float, float, list[float]]] = {}
        self._repeats: dict[tuple, float] = {}

    def _flags_of(self, i: int) -> tuple[int, int]:
        chain = []
        while i not in self._flags:
            chain.append(i)
            i = self.page.parent[i]
        flags, depth = self._flags[i]
        page = self.page
        for j in reversed(chain):
            el = page.elements[j]
            own = _TAG_BITS.get(el.tag, 0)
            role = el.get("role")
            if role == "main":
                own |= _TAG_BITS["main"]
            own |= _class_bits(el.get("class"), el.get("id"))
            if page.outside_only[j]:
                own |= _FURNITURE_BIT
            flags, depth = flags | own, depth + 1
            self._flags[j] = (flags, depth)
        return flags, depth

    def of(self, i: int) -> tuple[float, list[float], float, float, float, list[float]]:
        row = self._rows.get(i)
        if row is None:
            flags, depth = self._flags_of(i) if i >= 0 else (0, 0)
            row = self._rows[i] = (
                float(bool(flags & _CONTENT_BIT)), [float(bool(flags & _TAG_BITS[t])) for t in ANCESTOR_TAGS],
                float(bool(flags & _FURNITURE_BIT)), float(depth), self._log_repeats(i),
                [float(bool(flags & _WORD_BITS[f])) for f in CLASS_WORDS],
            )
        return row

    def _log_repeats(self, i: int) -> float:
        """How many siblings of the block's element (or its parent) share its tag and class: the
        items of a grid or a thread repeat."""
        if i < 0:
            return 0.0
        el = self.page.elements[i]
        parent = el.getparent()
        if parent is None:
            return 0.0
        if len(parent) < 3 and parent.getparent() is not None:
            el, parent = parent, parent.getparent()
        key = (parent, el.tag, el.get("class"))
        value = self._repeats.get(key)
        if value is None:
            tag, cls = key[1], key[2]
            same = sum(1 for s in parent if s.tag == tag and s.get("class") == cls)
            value = self._repeats[key] = math.log1p(same - 1)
        return value


@functools.lru_cache(maxsize=16384)
def _class_bits(cls: str | None, ident: str | None) -> int:
    """The region bits a class and id say: a content name, families of words."""
    if not cls and not ident:
        return 0
    bits = 0
    for token in f"{cls or ''} {ident or ''}".lower().split():
        if token in _CONTENT:
            bits |= _CONTENT_BIT
        family = _WORD_FAMILY.get(token)
        if family is None:
            for part in token.replace("_", "-").split("-"):
                family = _WORD_FAMILY.get(part)
                if family is not None:
                    break
        if family is not None:
            bits |= _WORD_BITS[family]
    return bits


# -- the model ------------------------------------------------------------------------------


class Model:
    """Gradient-boosted trees over :data:`FEATURES`: a probability that a block is content."""

    def __init__(self, data: dict) -> None:
        if list(data["features"]) != list(FEATURES):
            raise ValueError("the block scorer's model was trained on other features")
        self.threshold: float = float(data["threshold"])
        self._score = _compile(data["trees"], float(data["bias"]), float(data["learning_rate"]))

    def probability(self, row: list[float]) -> float:
        return 1.0 / (1.0 + math.exp(-self._score(row)))


def _compile(trees: list, bias: float, rate: float) -> Callable[[list[float]], float]:
    """The ensemble as one Python function: the bias plus the rate times the sum of the trees,
    each tree ``[feature, threshold, left, right]`` (leaves are numbers) a nested conditional."""

    def expr(node: list | float) -> str:
        if not isinstance(node, list):
            return repr(float(node))
        feature, threshold, left, right = node
        return f"({expr(left)} if x[{int(feature)}] <= {float(threshold)!r} else {expr(right)})"

    body = " + ".join(expr(tree) for tree in trees) or "0.0"
    # Only numbers reach the source (int() and float() above), so compiling it runs nothing else.
    return eval(f"lambda x: {bias!r} + {rate!r} * ({body})")


@cache
def default_model() -> Model:
    """The model shipped with the package."""
    text = resources.files("articleclean").joinpath("data/block_scorer.json").read_text(encoding="utf-8")
    return Model(json.loads(text))
