"""Datelines on story openings: the place a story's first words print, or none.

Reads ``tests/data/datelines/<lang>.json`` (openings of news stories written for the project, one
to three paragraphs each, labelled by their writers with the dateline's place or '' where the
opening has none: places as subjects, topic labels and time stamps among them), runs
``articleclean.extract`` on each opening set as a plain page, and prints precision, recall and F1
of the dateline's place per language and half. The halves are fixed by a hash of each item's
language and id, before anyone ran articleclean on them::

    python benchmarks/datelines.py [--show]

Matching as in ``structure.py``: the predicted place equals the annotated one (case, spacing and
punctuation aside; a region after a comma or in brackets only where both give one); a place
predicted where none is annotated is a false positive, one missed a false negative, a wrong one
both.
``--show`` prints the look half's mistakes; the blind half is reported in totals only.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
from collections.abc import Callable
from pathlib import Path

from structure import Count, same_place

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "datelines"
#: A headline for every opening: the page's own title is no part of what is measured.
_TITLE = {"de": "Eine Meldung aus der Region", "en": "A report from the region"}


def half(language: str, item_id: int) -> str:
    """An item's half: look when the first byte of the SHA-1 of "de/17" is even."""
    return "look" if hashlib.sha1(f"{language}/{item_id}".encode()).digest()[0] % 2 == 0 else "blind"


def page(language: str, paragraphs: list[str]) -> bytes:
    """An opening as a plain page: a headline, then its paragraphs."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    title = _TITLE.get(language, _TITLE["en"])
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def evaluate(language: str, items: list[dict], show: bool) -> dict[str, Count]:
    """Counts per half over ``items``; with ``show``, the look half's mistakes."""
    from articleclean import extract

    counts = {"look": Count(), "blind": Count()}
    for item in items:
        which = half(language, item["id"])
        article = extract(page(language, item["paragraphs"]))
        got = article.dateline.location if article.dateline else ""
        want = item.get("dateline") or ""
        right = bool(got) and same_place(got, want)
        tp, fp, fn = int(right), int(bool(got) and not right), int(bool(want) and not right)
        counts[which].add(tp, fp, fn)
        if show and which == "look" and (fp or fn):
            print(f"{language}/{item['id']}: got {got!r}, want {want!r}: {item['paragraphs'][0][:90]!r}")
    return counts


def report(
    doc: str, data: Path, noun: str, evaluate: Callable[[str, list[dict], bool], dict[str, Count]],
    half: Callable[[str, int], str],
) -> None:
    """A set's command line and table: each language file in ``data``, counted per half by
    ``evaluate`` (``--show`` prints the look half's mistakes), one row per language and half."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print the look half's mistakes (never a blind one's)")
    args = parser.parse_args()
    print(f"| set | half | {noun} | precision | recall | F1 | tp | fp | fn |")
    print("|---|---|---|---|---|---|---|---|---|")
    for path in sorted(data.glob("*.json")):
        language = path.stem
        items = json.loads(path.read_text(encoding="utf-8"))
        counts = evaluate(language, items, args.show)
        for which in ("look", "blind"):
            c = counts[which]
            n = sum(1 for item in items if half(language, item["id"]) == which)
            print(
                f"| {language} | {which} | {n} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} "
                f"| {c.tp} | {c.fp} | {c.fn} |"
            )


def main() -> None:
    report(__doc__ or "", DATA, "openings", evaluate, half)


if __name__ == "__main__":
    main()
