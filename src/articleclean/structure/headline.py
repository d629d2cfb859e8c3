"""Title and subtitle (standfirst): taken from the top of the blocks, or from the metadata."""

from __future__ import annotations

from urllib.parse import urlsplit

import regex

from ..model import Block
from ..patterns import PATTERN_TIMEOUT, timeout_for
from ..sentences import normalise, split_sentences
from .dateline import find_dateline
from .metadata import Metadata

_WORD = regex.compile(r"\w+")
_SUFFIX = regex.compile(r"\s+(?:[|–—·•»:]|-{1,2})\s+[^|–—·•»]{2,60}$")
_SUBTITLE_TOKENS = regex.compile(
    r"(?:^|[-_\s])(?:sub-?title|subhead(?:line)?|standfirst|dek|deck|strapline|sub-?heading)(?:$|[-_\s])",
    regex.IGNORECASE,
)
_SUBTITLE_MAX = 400
#: A paragraph equal to the page's description is its standfirst only when it is this short and
#: one sentence; a longer one is the article's lead paragraph, which belongs to the body.
_DESCRIPTION_SUBTITLE_MAX = 200


def strip_site_name(title: str, site_name: str | None, host: str | None = None) -> str:
    """ "Story – The Site" becomes "Story": the site's name goes, where the page names its site,
    or where the last segment spells the site's address ("Tips | CBC Bank" on cbcbank.com). Any
    other last segment stays: it is as often the headline's second half ("Spiral - How Small
    Languages Die") as a name."""
    if site_name:
        for sep in (" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » "):
            if title.endswith(sep + site_name):
                return title[: -len(sep + site_name)].strip()
            if title.startswith(site_name + sep):
                return title[len(site_name + sep) :].strip()
    match = _SUFFIX.search(title, timeout=timeout_for(title)) if host else None
    if match and match.start() > 15 and _spells_host(title[match.start():], host or ""):
        return title[: match.start()].strip()
    return title


def _spells_host(segment: str, host: str) -> bool:
    """True when the letters of ``segment`` (less its separator) are the name in ``host``
    ("CBC Bank" and www.cbcbank.com), or one holds the other ("Moz" and moz.com)."""
    letters = _words(segment).replace(" ", "")
    labels = [p for p in host.casefold().split(".") if p not in ("www", "com", "org", "net", "co", "uk", "io")]
    return bool(letters) and any(len(label) >= 3 and (letters in label or label in letters) for label in labels)


#: Kinds of page whose headline is a slogan ("Your content. Your canvas."): their title is the
#: one their metadata gives, where it gives one.
_NAMED_BY_METADATA = frozenset({"service"})


def take_title(
    blocks: list[Block], meta: Metadata, page_type: str = "article", host: str | None = None
) -> tuple[str | None, str, list[Block]]:
    """(title, its source, the blocks without it). A heading at the top that *is* the title goes.
    ``host`` is the page's host name (its site's name may be spelt in its title)."""
    known = meta.title and strip_site_name(meta.title, meta.site_name, host or urlsplit(meta.url or "").hostname)
    if known and page_type in _NAMED_BY_METADATA:
        top = next((i for i, b in enumerate(blocks[:6]) if b.kind == "heading" and _same_title(b.text, known)), None)
        rest = blocks if top is None else blocks[:top] + blocks[top + 1 :]
        return known, meta.sources.get("title", "meta"), rest
    for i, block in enumerate(blocks[:6]):
        if block.kind != "heading":
            continue
        same = known and _same_title(block.text, known)
        if same or (not known and i == 0) or (block.level == 1 and i < 3 and not _any_h1_later(blocks, i)):
            return block.text, "dom", blocks[:i] + blocks[i + 1 :]
        if block.kind == "heading" and i == 0 and not meta.title:
            break
    shown = _shown_headline(meta, host)
    if shown:
        return shown, "h1", blocks
    if known:
        return known, meta.sources.get("title", "meta"), blocks
    return None, "", blocks


def _shown_headline(meta: Metadata, host: str | None) -> str | None:
    """Where the blocks do not hold the headline: the page's first ``<h1>`` that shares at least
    half its words with its title or OpenGraph title (less the site's name). That is the
    headline as the page shows it ("Blockchain Fundamentals Free Course"), which the metadata
    words for search engines ("Free Blockchain Course | Site"); the agreement keeps out a logo,
    a slogan or a section's name. Not a one-word heading, nor the site's name."""
    site = _words(meta.site_name or "")
    titles = [set(_words(strip_site_name(t, meta.site_name, host)).split()) for t in (meta.page_title, meta.title) if t]
    for text in meta.headlines:
        key = _words(text)
        words = set(key.split())
        if len(words) < 2 or key == site or (host and _spells_host(text, host)):
            continue
        if any(len(words & title) * 2 >= len(words) for title in titles):
            return text
    return None


def _words(text: str) -> str:
    """``text`` folded to its words, single-spaced."""
    return " ".join(_WORD.findall(normalise(text), timeout=PATTERN_TIMEOUT))


def _any_h1_later(blocks: list[Block], i: int) -> bool:
    return any(b.kind == "heading" and b.level == 1 for b in blocks[i + 1 :])


def _same_title(a: str, b: str) -> bool:
    na, nb = normalise(a), normalise(b)
    return na == nb or (len(na) > 15 and (na in nb or nb in na))


def take_subtitle(blocks: list[Block], meta: Metadata) -> tuple[str | None, list[Block]]:
    """The standfirst right under the title: marked as such in the markup, equal to the page's
    description, or (in text) a one-sentence paragraph just before the dateline paragraph.

    A paragraph found by its likeness to the description or its place, with no body text after
    it, is the body: a short news item is not all standfirst. One the markup calls a standfirst
    stays one (a paywalled page shows its headline and standfirst only).
    """
    subtitle, rest = _find_subtitle(blocks, meta)
    if subtitle is None:
        return None, blocks
    if not any(b.kind in _BODY_KINDS for b in rest) and not any(
        _marked_as_subtitle(b) for b in blocks[:3] if b.text == subtitle
    ):
        return None, blocks
    return subtitle, rest


_BODY_KINDS = frozenset({"paragraph", "list", "table", "blockquote", "code"})


def _find_subtitle(blocks: list[Block], meta: Metadata) -> tuple[str | None, list[Block]]:
    for i, block in enumerate(blocks[:3]):
        if block.kind not in ("paragraph", "heading") or len(block.text) > _SUBTITLE_MAX:
            continue
        if block.kind == "heading" and not _marked_as_subtitle(block):
            continue
        if _marked_as_subtitle(block) or (
            meta.description
            and normalise(meta.description) == normalise(block.text)
            and len(block.text) <= _DESCRIPTION_SUBTITLE_MAX
            and len(split_sentences(block.text)) == 1
        ):
            return block.text, blocks[:i] + blocks[i + 1 :]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            i == 0
            and nxt is not None
            and nxt.kind == "paragraph"
            and find_dateline(nxt.text) is not None
            and find_dateline(block.text) is None
            and len(split_sentences(block.text)) <= 2
        ):
            return block.text, blocks[1:]
        break
    return None, blocks


def _marked_as_subtitle(block: Block) -> bool:
    el = block.element
    for _ in range(2):
        if el is None:
            return False
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if names.strip() and _SUBTITLE_TOKENS.search(names, timeout=timeout_for(names)):
            return True
        el = el.getparent()
        if el is None or el.tag in ("article", "main", "body"):
            return False
    return False
