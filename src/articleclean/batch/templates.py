"""Site-level template learning: boilerplate that only shows across the pages of one site.

Pass 1 runs every page through the pipeline up to the ``site_template`` filter in *learning*
mode, which takes every block it sees (so the page goes no further) and lets the batch count
each block's fingerprint once per page, per site. The blocks that recur on at least
``min_pages`` pages and at least ``min_share`` of a site's pages become that site's template.
Pass 2 runs the ``site_template`` filter with the template: it removes those blocks, recorded
under its name, unless an allow-list pattern matches them. Headings are never template blocks
(``dangling_headings``, which runs after, removes a heading left with nothing under it).

A block's fingerprint is a hash of its normalised text (case folded, whitespace collapsed).
Digits are kept: blocks that differ only in a number (a score, a price) are different blocks.
A site is a URL's host without ``www.``; pages without a URL belong to no site.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

import regex

from ..context import FilterContext
from ..errors import ConfigError
from ..filters.base import Filter
from ..model import Article, Block
from ..patterns import PATTERN_TIMEOUT
from ..pipeline import Pipeline

NAME = "site_template"
LEARNING_REASON = "counted for site template learning"
_NOT_COUNTED_REASON = "headings are not template blocks"
_FORMAT_VERSION = 1
_SPACES = regex.compile(r"\s+")


def fingerprint(text: str) -> str:
    """The fingerprint of a block's text: 16 hex digits, equal for texts that differ only in
    case and whitespace."""
    normal = _SPACES.sub(" ", text.casefold(), timeout=PATTERN_TIMEOUT).strip()
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=8).hexdigest()


def site_of(url_or_host: str | None) -> str | None:
    """The site a URL (or host) belongs to: its lower-cased host without ``www.``."""
    if not url_or_host:
        return None
    host = urlsplit(url_or_host).hostname if "/" in url_or_host else url_or_host.lower()
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


@dataclass
class SiteTemplate:
    """One site's template: how many pages it was learned from, and the recurring blocks'
    fingerprints with the number of pages each was on."""

    pages: int
    blocks: dict[str, int] = field(default_factory=dict)


@dataclass
class Templates:
    """The learned templates of every site, and the thresholds they were learned with."""

    sites: dict[str, SiteTemplate] = field(default_factory=dict)
    min_pages: int = 5
    min_share: float = 0.3

    def save(self, path: str | Path) -> None:
        """Write the templates as JSON (atomically: a reader never sees half a file)."""
        data = {
            "articleclean_templates": _FORMAT_VERSION,
            "min_pages": self.min_pages,
            "min_share": self.min_share,
            "sites": {site: {"pages": t.pages, "blocks": t.blocks} for site, t in sorted(self.sites.items())},
        }
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | Path) -> Templates:
        """Read templates saved by :meth:`save`; a missing or malformed file is a ConfigError."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read templates file {str(path)!r}: {exc.strerror or exc}") from exc
        except ValueError as exc:
            raise ConfigError(f"templates file {str(path)!r} is not JSON: {exc}") from exc
        try:
            if data.get("articleclean_templates") != _FORMAT_VERSION:
                raise ValueError("not an articleclean templates file of this version")
            sites = {
                str(site): SiteTemplate(int(t["pages"]), {str(fp): int(n) for fp, n in t["blocks"].items()})
                for site, t in data["sites"].items()
            }
            return cls(sites, int(data["min_pages"]), float(data["min_share"]))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"templates file {str(path)!r} is malformed: {exc}") from exc


@dataclass(frozen=True)
class SiteFingerprints:
    """What pass 1 learns from one page: its site and its blocks' fingerprints."""

    site: str
    fingerprints: frozenset[str]


@dataclass
class TemplateCounter:
    """Pass 1's count: pages per site, and per site the pages each fingerprint was on.

    Counters merge, so the count can be split over workers (or a Dask cluster) and summed.
    """

    pages: Counter[str] = field(default_factory=Counter)
    blocks: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, page: SiteFingerprints | None) -> None:
        if page is None:
            return
        self.pages[page.site] += 1
        self.blocks.setdefault(page.site, Counter()).update(page.fingerprints)

    def merge(self, other: TemplateCounter) -> TemplateCounter:
        self.pages.update(other.pages)
        for site, counts in other.blocks.items():
            self.blocks.setdefault(site, Counter()).update(counts)
        return self

    def templates(self, min_pages: int = 5, min_share: float = 0.3) -> Templates:
        """The blocks on at least ``min_pages`` pages and ``min_share`` of their site's pages."""
        sites: dict[str, SiteTemplate] = {}
        for site, total in self.pages.items():
            needed = max(min_pages, min_share * total)
            recurring = {fp: n for fp, n in self.blocks.get(site, Counter()).items() if n >= needed}
            if recurring:
                sites[site] = SiteTemplate(total, dict(sorted(recurring.items())))
        return Templates(sites, min_pages, min_share)


def merge_counters(*counters: TemplateCounter) -> TemplateCounter:
    """One counter holding the sum of ``counters``."""
    total = TemplateCounter()
    for counter in counters:
        total.merge(counter)
    return total


class SiteTemplateFilter(Filter):
    """Removes the blocks of a page that are its site's template (see the module's doc)."""

    name: ClassVar[str] = NAME
    description: ClassVar[str] = "Blocks that recur across a site's pages (learned from the corpus)."
    #: The learned templates (``None``: remove nothing).
    templates: Templates | None = None
    #: Regular expressions (case-insensitive); a block one of them finds in is never removed.
    allow: tuple[str, ...] = ()
    #: Pass 1: take every block, so that the batch can count them.
    learning: bool = False

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        if self.learning:
            for block in blocks:
                ctx.remove(block.text, _NOT_COUNTED_REASON if block.kind == "heading" else LEARNING_REASON)
            return []
        site = site_of(ctx.host)
        template = self.templates.sites.get(site) if self.templates and site else None
        if template is None:
            return blocks
        kept: list[Block] = []
        for block in blocks:
            pages = template.blocks.get(fingerprint(block.text)) if block.kind != "heading" else None
            if pages and not self._allowed(block.text):
                ctx.remove(block.text, f"recurs on {pages} of {template.pages} pages of {site}")
            else:
                kept.append(block)
        return kept

    def _allowed(self, text: str) -> bool:
        # (the user's own patterns: timed whatever the text)
        return any(regex.search(pattern, text, regex.IGNORECASE, timeout=PATTERN_TIMEOUT) for pattern in self.allow)


def check_allow(patterns: Iterable[str]) -> tuple[str, ...]:
    """The allow-list patterns, checked: a bad regular expression is a ConfigError."""
    checked = tuple(patterns)
    for pattern in checked:
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise ConfigError(f"bad allow-list pattern {pattern!r}: {exc}") from exc
    return checked


def template_pipeline(
    pipeline: Pipeline | None,
    templates: Templates | None = None,
    *,
    allow: Iterable[str] = (),
    learning: bool = False,
) -> Pipeline:
    """``pipeline`` (default: the default one) with a ``site_template`` filter added before
    ``dangling_headings`` (or last), for learning (pass 1) or with ``templates`` (pass 2)."""
    base = pipeline or Pipeline()
    combined = Pipeline(base.filters, rules=base.rules)
    site_filter = SiteTemplateFilter(templates=templates, allow=check_allow(allow), learning=learning)
    combined.fallbacks = not learning  # learning takes every block: no reading is "too little"
    if "dangling_headings" in combined.names:
        return combined.add(site_filter, before="dangling_headings")
    return combined.add(site_filter)


def page_fingerprints(url: str | None, article: Article) -> SiteFingerprints | None:
    """What a page extracted with a learning pipeline tells pass 1: its site and the
    fingerprints of the blocks the learning filter took; ``None`` for a page without a site."""
    site = site_of(url)
    if site is None:
        return None
    prints = frozenset(fingerprint(r.text) for r in article.removed if r.filter == NAME and r.reason == LEARNING_REASON)
    return SiteFingerprints(site, prints)

