"""Inline structure: the links, emphasis and code a block's words carry on the page.

The blocks are plain text (``Block.text``) from the dom stage's walk; this step, run on the
blocks the article keeps, goes back to each block's element and finds where in its text each
marked element's words stand: ``<a href>`` (made absolute against the page's address or its
``<base href>``; ``javascript:``, ``data:`` and other schemes that are no place to go, and links
to a spot on the same page, are left plain), ``<strong>``/``<b>``, ``<em>``/``<i>``,
``<code>``/``<kbd>``/``<samp>``. The result is ``Block.inline``: the text cut into runs, each
with its marks, that join back to ``Block.text`` exactly, so the plain text never changes.
A marked element whose words cannot be found in the block's text in order (the filters cut
them, or they belong to another block of the same element) marks nothing.
"""

from __future__ import annotations

from itertools import pairwise
from urllib.parse import urljoin, urlsplit

from ..model import Block, Inline
from ..sentences import clean_space
from ..tree import text_of

#: Tags that mark words, and the mark each gives.
_MARKS = {"a": "href", "strong": "strong", "b": "strong", "em": "em", "i": "em", "code": "code", "kbd": "code",
          "samp": "code"}
#: Schemes a reader can follow.
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "ftp", "tel"})
#: Kinds of block whose words are marked (a table's and a list's text are their cells' and
#: items' joined; a code block is all code).
_KINDS = frozenset({"paragraph", "heading", "blockquote", "caption", "list"})


def mark_inline(blocks: list[Block], base: str | None) -> None:
    """Give each block with an element its inline runs (in place); ``base`` is the address its
    relative links resolve against."""
    for block in blocks:
        if block.element is not None and block.kind in _KINDS and block.text:
            block.inline = inline_runs(block.text, block.element, base)


def safe_href(href: str | None, base: str | None) -> str | None:
    """``href`` made absolute against ``base``; None for what no reader should follow
    (``javascript:``, ``data:``, a spot on this page)."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    try:
        absolute = urljoin(base or "", href)
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    if scheme not in _SAFE_SCHEMES and not (scheme == "" and not base):
        return None
    return absolute


def inline_runs(text: str, element: object, base: str | None) -> list[Inline]:
    """``text`` (a block's plain text, from ``element``) cut into runs with the marks the
    element's descendants give its words; empty when none is marked."""
    spans: list[tuple[int, int, str, str | None]] = []  # (start, end, mark, href)
    cursor = 0
    for el in element.iter(*_MARKS):  # type: ignore[attr-defined]
        mark = _MARKS[el.tag]
        href = safe_href(el.get("href"), base) if mark == "href" else None
        if mark == "href" and href is None:
            continue
        words = clean_space(text_of(el))
        if not words:
            continue
        at = text.find(words, cursor)
        if at < 0:
            continue
        spans.append((at, at + len(words), mark, href))
        cursor = at  # (what it holds, and what follows it, come after it)
    if not spans:
        return []
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    runs: list[Inline] = []
    for start, end in pairwise(cuts):
        if start >= end:
            continue
        covering = [(mark, href) for s, e, mark, href in spans if s <= start and end <= e]
        run = Inline(
            text[start:end],
            href=next((h for m, h in covering if m == "href"), None),
            strong=any(m == "strong" for m, _ in covering),
            em=any(m == "em" for m, _ in covering),
            code=any(m == "code" for m, _ in covering),
        )
        previous = runs[-1] if runs else None
        if previous is not None and (previous.href, previous.strong, previous.em, previous.code) == (
            run.href, run.strong, run.em, run.code
        ):
            previous.text += run.text
        else:
            runs.append(run)
    return runs
