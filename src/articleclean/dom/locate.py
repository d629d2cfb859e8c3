"""Find the element that holds the article: paragraph text scored up the tree, semantics as tie-breaks.

Each paragraph-like element scores by its length and commas, less its link text, and hands
its score to its parent, grandparent and great-grandparent. Elements whose markup announces
boilerplate (a sidebar, comments, a share box) keep a fraction of their score; ``<article>``,
``<main>``, ``itemprop=articleBody`` and content class names get a bonus. The best element is
widened to an enclosing ``<article>`` when that adds little else (a header with the title).
"""

from __future__ import annotations

from ..patterns.page import CONTENT_TOKENS
from .vocabulary import Vocabulary

_PARAGRAPH_TAGS = ("p", "pre", "blockquote", "td", "dd", "li", "div", "section", "font", "span")
_CONTENT = frozenset(CONTENT_TOKENS)
_MIN_PARAGRAPH = 25
_SEMANTIC_WIDEN = 1.6


def locate(body: object, vocabulary: Vocabulary) -> object:
    """The element most likely to be the article's container (``body`` when nothing scores)."""
    scores: dict[object, float] = {}
    for el in body.iter(_PARAGRAPH_TAGS):  # type: ignore[attr-defined]
        if el.tag in ("div", "section", "span", "font", "li", "td"):
            text = _own_text(el)
        else:
            text = el.text_content()
        length = len(text.strip())
        if length < _MIN_PARAGRAPH:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a"))
        density = min(links / length, 1.0) if el.tag != "div" else 0.0
        score = (1 + text.count(",") + text.count("،") + text.count("，") + min(length / 100, 3))
        score *= (1 - density) ** 2
        ancestor = el.getparent()
        for weight in (1.0, 0.5, 0.33):
            if ancestor is None:
                break
            scores[ancestor] = scores.get(ancestor, 0.0) + score * weight
            if ancestor is body:
                break
            ancestor = ancestor.getparent()
    if not scores:
        return body
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:12]
    best, best_score = body, 0.0
    for el, raw in ranked:
        score = raw * _markup_weight(el, vocabulary) * (1 - _link_density(el)) ** 2
        if score > best_score:
            best, best_score = el, score
    return _widen(best, body)


def _own_text(el: object) -> str:
    """Text directly inside ``el`` and in its inline children, not in nested blocks."""
    parts = [el.text or ""]  # type: ignore[attr-defined]
    for child in el:  # type: ignore[attr-defined]
        if isinstance(child.tag, str) and child.tag in ("a", "b", "i", "em", "strong", "span", "br", "font", "u", "small", "sup", "sub", "abbr", "cite", "q", "mark", "time", "code"):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _link_density(el: object) -> float:
    text = len(el.text_content())  # type: ignore[attr-defined]
    if not text:
        return 1.0
    links = sum(len(a.text_content()) for a in el.iter("a"))  # type: ignore[attr-defined]
    return min(links / text, 1.0)


def _markup_weight(el: object, vocabulary: Vocabulary) -> float:
    get = el.get  # type: ignore[attr-defined]
    tag = el.tag  # type: ignore[attr-defined]
    if tag in ("nav", "aside", "footer", "header") or vocabulary.classify(el, outside=True):
        return 0.2
    weight = 1.0
    if tag in ("article", "main") or get("itemprop") == "articleBody" or get("role") == "main":
        weight = 1.4
    tokens = f"{get('class') or ''} {get('id') or ''}".lower().split()
    if any(t in _CONTENT for t in tokens):
        weight *= 1.25
    return weight


def _widen(best: object, body: object) -> object:
    """Prefer the enclosing <article> (or articleBody) when it adds little besides a header."""
    length = len(best.text_content()) or 1  # type: ignore[attr-defined]
    for depth, ancestor in enumerate(best.iterancestors()):  # type: ignore[attr-defined]
        if ancestor is body or depth >= 4:
            break
        if ancestor.tag == "article" or ancestor.get("itemprop") == "articleBody":
            if len(ancestor.text_content()) <= length * _SEMANTIC_WIDEN:
                return ancestor
            break
    return best
