"""Inline structure: the links, emphasis and code a block's words carry on the page.

The blocks are plain text (``Block.text``) from the dom stage's walk; this step, run on the
blocks the article keeps, goes back to each block's element and finds where in its text each
marked element's words stand: ``<a href>`` (made absolute against the page's address or its
``<base href>``; ``javascript:``, ``data:`` and other schemes that are no place to go, and links
to a spot on the same page, are left plain), ``<strong>``/``<b>``, ``<em>``/``<i>``,
``<code>``/``<kbd>``/``<samp>``. The result is ``Block.inline``: the text cut into runs, each
with its marks, that join back to ``Block.text`` exactly, so the plain text never changes.
The runs are read the first time ``Block.inline`` is asked for (the outputs ask), from the
page the block keeps a reference to: extraction itself pays only for setting that up.
A marked element whose words cannot be found in the block's text in order (the filters cut
them, or they belong to another block of the same element) marks nothing.
"""

from __future__ import annotations

import functools
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
    """Give each block with an element the means to read its inline runs when first asked (in
    place); ``base`` is the address its relative links resolve against."""
    marked: dict[int, list[tuple[str, str, str | None]]] = {}  # per element, read once
    for block in blocks:
        if block.element is not None and block.kind in _KINDS and block.text:
            block.inline_reader = functools.partial(_read, block.text, block.element, base, marked)


def _read(text: str, element: object, base: str | None, marked: dict[int, list]) -> list[Inline]:
    """A block's runs, when first asked for: its element's marked words (read once for all the
    blocks of one element) found in its text."""
    key = id(element)
    if key not in marked:
        marked[key] = _marked_words(element, base)
    return _runs(text, marked[key]) if marked[key] else []


def safe_href(href: str | None, base: str | None) -> str | None:
    """``href`` made absolute against ``base``; None for what no reader should follow
    (``javascript:``, ``data:``, a spot on this page)."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    head = href[:8].casefold()
    if head.startswith(("http://", "https://")):
        return href  # (most links: absolute already, nothing to join)
    scheme, colon, _ = href.partition(":")
    if colon and "/" not in scheme and "?" not in scheme:
        return href if scheme.casefold().strip() in _SAFE_SCHEMES else None  # mailto:, javascript: …
    if not base:
        return href  # relative, and nothing known to resolve it against
    try:
        absolute = urljoin(base, href)
    except ValueError:
        return None
    return absolute if urlsplit(absolute).scheme.casefold() in _SAFE_SCHEMES else None


def inline_runs(text: str, element: object, base: str | None) -> list[Inline]:
    """``text`` (a block's plain text, from ``element``) cut into runs with the marks the
    element's descendants give its words; empty when none is marked."""
    return _runs(text, _marked_words(element, base))


def _marked_words(element: object, base: str | None) -> list[tuple[str, str, str | None]]:
    """``(words, mark, href)`` for each marking element in ``element``, in page order."""
    found: list[tuple[str, str, str | None]] = []
    for el in element.iter(*_MARKS):  # type: ignore[attr-defined]
        mark = _MARKS[el.tag]
        href = safe_href(el.get("href"), base) if mark == "href" else None
        if mark == "href" and href is None:
            continue
        words = clean_space(text_of(el))
        if words:
            found.append((words, mark, href))
    return found


def _runs(text: str, marked: list[tuple[str, str, str | None]]) -> list[Inline]:
    spans: list[tuple[int, int, str, str | None]] = []  # (start, end, mark, href)
    cursor = 0
    for words, mark, href in marked:
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
