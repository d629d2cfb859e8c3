"""Metadata next to trafilatura's: title, authors and publication date on modern-dev.

For each half of ``modern-dev`` (``look`` and ``blind``) and each field, the share of pages
where a tool's value is right, articleclean beside trafilatura (``extract_metadata``) and,
for dates, htmldate (``find_date``, the date library trafilatura uses) in the same run:

* **title**: equal to the label after folding case, punctuation and spaces; a site name
  joined to either end of either title (the tool's or the label's) by ``|``, ``-``, ``–``, ``—``
  or ``:`` is forgiven. A site name is what the page itself names its site (``og:site_name``,
  ``application-name``, a JSON-LD ``WebSite``/``Organization`` name) or a piece spelled by the
  host ("Protiviti US" on protiviti.com); the same for every tool. Pages with a labelled title.
* **authors**: the same set of surnames as the label (credentials such as "PhD" ignored);
  where the label names nobody, right means no author given. Every page.
* **date**: the same YYYY-MM-DD as the labelled ``publish_date``. Pages with a labelled date.

The blind half is reported in totals only; ``--show`` prints the look half's misses, never a
blind page. Run it from the project root::

    python benchmarks/metadata.py [--half look|blind|both] [--tools articleclean,trafilatura,htmldate]
        [--limit N] [--bench DIR] [--show]

trafilatura and htmldate are in the ``bench`` extra; a tool that is not installed is skipped
with a note.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import regex

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = PROJECT_ROOT.parent / "shared" / "bench"
FIELDS = ("title", "authors", "date")
ALL_TOOLS = ("articleclean", "trafilatura", "htmldate")


@dataclass
class Found:
    """What one tool says of a page (``None``: the tool does not give that field)."""

    title: str | None = None
    authors: list[str] | None = None
    date: str | None = None


#: A tool: a page's raw bytes and URL in, what it found out.
Tool = Callable[[bytes, str | None], Found]


# --------------------------------------------------------------------------- the rules of "right"

_SEPARATORS = regex.compile(r"\s+[|\-–—:]\s+|\s*[|–—]\s*|:\s+")
_CREDENTIALS = frozenset(
    "phd ph d md m d mba msc ma ba bsc jd dds rn do cpa cfa facs mph jr sr ii iii iv esq dr prof mr mrs ms".split()
)
_NAME_SEPARATORS = regex.compile(r"\s*(?:[,;&|/]|\band\b|\bund\b|\bet\b)\s*", regex.IGNORECASE)


def fold(text: str | None) -> str:
    """Lower case, accents and punctuation gone, spaces single."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(regex.findall(r"\w+", text.lower()))


def _squash(text: str) -> str:
    return fold(text).replace(" ", "")


def site_names(html: bytes, url: str | None) -> tuple[set[str], set[str]]:
    """The names a page gives its site, and the words of its host, both squashed (no spaces)."""
    names: set[str] = set()
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        root = None
    if root is not None:
        for value in root.xpath(
            "//meta[@property='og:site_name' or @name='application-name' or @name='og:site_name']/@content"
        ):
            names.add(_squash(value))
        for script in root.xpath("//script[@type='application/ld+json']/text()"):
            for match in regex.finditer(
                r'"@type"\s*:\s*"(?:WebSite|Organization|NewsMediaOrganization)"[^{}]*?"name"\s*:\s*"([^"]{2,80})"',
                script,
            ):
                names.add(_squash(match.group(1)))
    host = urlsplit(url or "").hostname or ""
    words = {w for w in host.split(".") if len(w) >= 4 and w not in _HOST_NOISE}
    names.discard("")
    return names, words


_HOST_NOISE = frozenset({"www", "blog", "blogs", "news", "shop", "store", "docs", "help", "support", "online"})


def _is_site_name(piece: str, site: tuple[set[str], set[str]]) -> bool:
    """``piece`` names the site: one of its names or a host word, give or take a few letters
    ("Protiviti US" on protiviti.com), never a longer phrase that merely contains one."""
    squashed = _squash(piece)
    if len(squashed) < 2:
        return False
    names, host_words = site

    def close(a: str, b: str) -> bool:
        short, long = sorted((a, b), key=len)
        return a == b or (len(short) >= 4 and short in long and len(long) <= 2 * len(short))

    return any(close(squashed, name) for name in names | host_words)


def _title_forms(title: str, site: tuple[set[str], set[str]]) -> set[str]:
    """The title folded, and folded with site names cut off either end at a separator (one
    name, "| Linux Foundation - Education", or several, "| Freedonia Group - The Freedonia Group")."""
    forms = {fold(title)}
    pieces = _SEPARATORS.split(title)

    def names_site(cut: list[str]) -> bool:
        return _is_site_name(" ".join(cut), site) or all(_is_site_name(piece, site) for piece in cut)

    for k in range(1, len(pieces)):
        if names_site(pieces[k:]):
            forms.add(fold(" ".join(pieces[:k])))
        if names_site(pieces[:k]):
            forms.add(fold(" ".join(pieces[k:])))
    forms.discard("")
    return forms


def title_right(found: str | None, label: str, site: tuple[set[str], set[str]] = (set(), set())) -> bool:
    """The tool's title and the label agree, either of them with its site name forgiven."""
    if not found:
        return False
    return bool(_title_forms(found, site) & _title_forms(label, site))


def surnames(names: Sequence[str]) -> set[str]:
    """The last word of each name, credentials left out."""
    out: set[str] = set()
    for name in names:
        for part in _NAME_SEPARATORS.split(name or ""):
            words = [w for w in fold(part).split() if w not in _CREDENTIALS]
            if words:
                out.add(words[-1])
    return out


def authors_right(found: list[str] | None, label: str | None) -> bool:
    wanted = surnames([label]) if label else set()
    return surnames(found or []) == wanted


def date_right(found: str | None, label: str) -> bool:
    return bool(found) and found[:10] == label[:10]


# --------------------------------------------------------------------------- tools


def _articleclean() -> Tool:
    sys.path.insert(0, str(PROJECT_ROOT / "src"))
    import articleclean

    def run(data: bytes, url: str | None) -> Found:
        article = articleclean.extract(data, url=url)
        return Found(article.title, list(article.authors), article.date)

    return run


def _trafilatura() -> Tool:
    import trafilatura

    def run(data: bytes, url: str | None) -> Found:
        document = trafilatura.extract_metadata(data, default_url=url)
        if document is None:
            return Found(None, [], None)
        authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
        return Found(document.title, authors, document.date)

    return run


def _htmldate() -> Tool:
    from htmldate import find_date

    def run(data: bytes, url: str | None) -> Found:
        try:
            date = find_date(data, url=url, original_date=True)
        except (ValueError, TypeError):
            date = None
        return Found(None, None, date)

    return run


_LOADERS: dict[str, Callable[[], Tool]] = {
    "articleclean": _articleclean, "trafilatura": _trafilatura, "htmldate": _htmldate,
}


# --------------------------------------------------------------------------- the run


@dataclass
class Labelled:
    key: str
    url: str | None
    data: bytes
    title: str | None
    author: str | None
    date: str | None
    site: tuple[set[str], set[str]] = (set(), set())


def load_half(bench: Path, half: str, limit: int | None) -> list[Labelled]:
    root = bench / "modern-dev"
    truth: dict[str, dict[str, Any]] = json.loads((root / "ground-truth.json").read_text("utf-8"))
    pages = []
    for key in sorted(k for k, v in truth.items() if v["half"] == half)[:limit]:
        entry = truth[key]
        data = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        url = entry.get("url") or None
        pages.append(Labelled(
            key, url, data, entry.get("title") or None, entry.get("author") or None,
            entry.get("publish_date") or None, site_names(data, url),
        ))
    return pages


def judge(page: Labelled, found: Found) -> dict[str, bool | None]:
    """Per field: right, wrong, or None where the field is not judged on this page."""
    return {
        "title": None if page.title is None else title_right(found.title, page.title, page.site),
        "authors": None if found.authors is None else authors_right(found.authors, page.author),
        "date": None if page.date is None else date_right(found.date, page.date),
    }


def run_half(tools: dict[str, Tool], pages: list[Labelled], show: bool) -> list[str]:
    right = {name: {f: [0, 0] for f in FIELDS} for name in tools}
    seconds = dict.fromkeys(tools, 0.0)
    for page in pages:
        for name, tool in tools.items():
            start = time.perf_counter()
            found = tool(page.data, page.url)
            seconds[name] += time.perf_counter() - start
            for field, verdict in judge(page, found).items():
                if verdict is None or (name == "htmldate" and field != "date"):
                    continue
                right[name][field][0] += verdict
                right[name][field][1] += 1
                if show and not verdict:
                    label = {"title": page.title, "authors": page.author, "date": page.date}[field]
                    value = {"title": found.title, "authors": found.authors, "date": found.date}[field]
                    print(f"  {page.key} {name} {field}: {value!r} (label {label!r})  {page.url}")
    lines = ["| tool | " + " | ".join(FIELDS) + " | seconds |", "|---|" + "---|" * (len(FIELDS) + 1)]
    for name in tools:
        cells = []
        for field in FIELDS:
            good, total = right[name][field]
            cells.append(f"{good / total:.3f} ({good}/{total})" if total else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {seconds[name]:.1f} |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("look", "blind", "both"), default="both")
    parser.add_argument("--tools", default=",".join(ALL_TOOLS))
    parser.add_argument("--limit", type=int, help="only the first N pages of each half")
    parser.add_argument("--bench", type=Path, help="folder holding modern-dev (default: ../shared/bench)")
    parser.add_argument("--show", action="store_true", help="print the look half's misses (never the blind half's)")
    args = parser.parse_args(argv)
    bench = args.bench or Path(os.environ.get("ARTICLECLEAN_BENCH") or DEFAULT_BENCH)
    if not (bench / "modern-dev" / "ground-truth.json").exists():
        print(f"no modern-dev under {bench}", file=sys.stderr)
        return 2
    tools: dict[str, Tool] = {}
    for name in args.tools.split(","):
        if name not in _LOADERS:
            parser.error(f"unknown tool {name!r} (choose from {', '.join(ALL_TOOLS)})")
        try:
            tools[name] = _LOADERS[name]()
        except ImportError as error:
            print(f"{name}: skipped ({error})", file=sys.stderr)
    halves = ("look", "blind") if args.half == "both" else (args.half,)
    for half in halves:
        pages = load_half(bench, half, args.limit)
        print(f"\nmodern-dev {half} ({len(pages)} pages): share right (right/judged)")
        for line in run_half(tools, pages, args.show and half == "look"):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
