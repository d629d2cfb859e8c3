"""Authors from article headers: the people a byline credits, or nobody.

Reads ``tests/data/bylines/<lang>.json`` (headers of news and blog pages written for the project:
the HTML between a headline and the story, as sites' templates print it, and the story's first two
paragraphs, labelled by their writers with the authors' names, an empty list where the page credits
only an agency, a desk, the site or nobody), runs ``articleclean.extract`` on each as a page and
prints precision, recall and F1 of the authors per language and half. The halves are fixed by a
hash of each item's language and id, before anyone ran articleclean on them::

    python benchmarks/bylines.py [--show]

Matching as in ``structure.py``: the sets of names, compared after normalising (case, accents and
punctuation aside); each name found and labelled counts right, each found and not labelled wrong,
each labelled and not found missed. ``--show`` prints the look half's mistakes; the blind half is
reported in totals only.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

from datelines import report
from structure import Count, compare_sets

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "bylines"
#: A headline for every page: the page's own title is no part of what is measured.
_TITLE = {"de": "Eine Meldung aus der Region", "en": "A report from the region"}


def half(language: str, item_id: int) -> str:
    """An item's half: look when the first byte of the SHA-1 of "bylines/de/17" is even."""
    return "look" if hashlib.sha1(f"bylines/{language}/{item_id}".encode()).digest()[0] % 2 == 0 else "blind"


def page(language: str, header: str, paragraphs: list[str]) -> bytes:
    """A header as a page: a headline, the header's HTML as written, then the story's paragraphs."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    title = _TITLE.get(language, _TITLE["en"])
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{header}{body}</article></body></html>"
    ).encode()


def evaluate(language: str, items: list[dict], show: bool) -> dict[str, Count]:
    """Counts per half over ``items``; with ``show``, the look half's mistakes."""
    from articleclean import extract

    counts = {"look": Count(), "blind": Count()}
    for item in items:
        which = half(language, item["id"])
        article = extract(page(language, item["header"], item["paragraphs"]))
        tp, fp, fn, mistakes = compare_sets(article.authors, item.get("authors") or [])
        counts[which].add(tp, fp, fn)
        if show and which == "look" and mistakes:
            print(f"{language}/{item['id']}: {', '.join(mistakes)}: {item['header'][:160]!r}")
    return counts


def main() -> None:
    report(__doc__ or "", DATA, "headers", evaluate, half)


if __name__ == "__main__":
    main()
