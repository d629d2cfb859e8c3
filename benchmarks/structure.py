"""Structure on real news: datelines, authors, section headings and attributed quotes.

Compares ``articleclean.extract`` on the pages annotated by hand in ``tests/data/structure/``
(one JSON file per page of ``../shared/bench/scrapinghub-dev``) and ``tests/data/structure-news/``
(news pages of trafilatura-dev and of modern-dev's look half, labelled for datelines, authors
and quotes, split into a look and a blind half), ``tests/data/structure-de/`` (German news
pages of trafilatura-dev, labelled and split the same way), ``tests/data/structure-news2/`` (the
scrapinghub-dev pages the first folder leaves out, labelled and split the same way) and
``tests/data/structure-constructed/``
(English and German news articles written for the project, labelled by their writers, split by a
hash of their file names) with those annotations, and prints precision, recall and F1 per
field, counts summed over pages, for the old pages and each half apart::

    python benchmarks/structure.py [--bench DIR] [--show]

The blind half is reported in totals only: ``--show`` never prints a blind page.

Matching, per page:

* dateline: the predicted location equals the annotated one (case, spacing and punctuation
  aside; a region after a comma, "ALBUQUERQUE, N.M.", or in brackets, "Alappuzha (Kerala)",
  only where both give one: annotators differ in writing it); a prediction where none is
  annotated is a false positive, a missing one a false negative, a wrong one both;
* authors and headings: the sets of names and of headings, compared after normalising;
* quotes: a predicted quote is right when the annotated first words stand anywhere in its text
  and its speaker names the annotated speaker (either name contains the other's last word).
  A constructed article's quote of fewer than four words is left out (see ``in_scope``), and
  an extracted quote that matches only such a label counts neither way;
* speakers in full: of the quotes counted right, those whose speaker is the annotated name
  itself (an article, forms of address and titles aside: "Dr Peter Mwangangi Kioko" names Peter
  Mwangangi Kioko in full, "President Trump" names Trump, "Mr Njoroge" is short of Peter Kamau
  Njoroge, "CEO Andy Vesey" holds a role that belongs in the description); its table row gives
  that share, the count (tp) and the right quotes that name the speaker short (fp).

``--show`` prints every page's mistakes (old pages and the look half).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "structure"
#: News pages of trafilatura-dev and modern-dev's look half annotated the same way, split into a
#: look and a blind half (each file says which) before anyone looked at articleclean's output.
NEWS = ROOT / "tests" / "data" / "structure-news"
#: German news pages of trafilatura-dev, labelled and split the same way.
GERMAN = ROOT / "tests" / "data" / "structure-de"
#: The 53 scrapinghub-dev pages the old set leaves out, labelled and split the same way: a second
#: sample of real news, labelled late (earlier sessions had read articleclean's bylines and
#: quotes on these pages, unlabelled, so its blind half is less fresh than the first set's).
NEWS2 = ROOT / "tests" / "data" / "structure-news2"
#: News articles written for this project (``en/``, ``de/``), labelled by their writer, who never
#: ran articleclean; split into halves by a hash of their file names (see ``constructed_half``).
CONSTRUCTED = ROOT / "tests" / "data" / "structure-constructed"
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
_PUNCT = regex.compile(r"[^\w\s]")


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def norm(text: str | None) -> str:
    text = (text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


def same_place(predicted: str | None, annotated: str | None) -> bool:
    """Whether a dateline's place is the annotated one; a region after a comma or in brackets
    counts only where both give one ("ALBUQUERQUE, N.M." is "ALBUQUERQUE", "Alappuzha (Kerala)" is
    "Alappuzha": annotators differ in writing the state)."""
    p, a = norm(predicted), norm(annotated)
    if p == a:
        return True
    if "," in (predicted or "") and "," in (annotated or ""):
        return False
    if _BRACKETED.search(predicted or "") and _BRACKETED.search(annotated or ""):
        return False
    return bool(p) and _town(predicted) == _town(annotated)


#: A region or a country in brackets after a town: "(Kerala)", "[India]".
_BRACKETED = regex.compile(r"\s*[(\[][^()\[\]]*[)\]]")


def _town(place: str | None) -> str:
    """A dateline's place less its region, after a comma or in brackets."""
    return norm(_BRACKETED.sub("", (place or "").split(",")[0]))


def same_speaker(predicted: str | None, annotated: str | None) -> bool:
    p, a = norm(predicted), norm(annotated)
    if not p or not a:
        return False
    return p == a or a.split()[-1] in p.split() or p.split()[-1] in a.split()


def compare_sets(predicted: list[str], annotated: list[str]) -> tuple[int, int, int, list[str]]:
    p = {norm(x) for x in predicted if norm(x)}
    a = {norm(x) for x in annotated if norm(x)}
    mistakes = [f"extra {x!r}" for x in sorted(p - a)] + [f"missing {x!r}" for x in sorted(a - p)]
    return len(p & a), len(p - a), len(a - p), mistakes


#: Articles a speaker's words may open with, in either the label or the extraction ("the
#: Associated Press", "a WeWork spokesperson", "der AStA"): no part of whom they name.
_ARTICLES = frozenset("the a an der die das den dem des ein eine einer".split())


def _bare(speaker: str | None) -> str:
    """A speaker without the article, forms of address and titles opening it ("President
    Trump" → "Trump", "Dr Peter Kioko" → "Peter Kioko"), normalised."""
    from articleclean.patterns.speech import TITLES

    words = (speaker or "").split()
    while len(words) > 1 and (words[0].casefold() in _ARTICLES or words[0].rstrip(".") in TITLES):
        words = words[1:]
    return norm(" ".join(words))


def in_full(predicted: str | None, annotated: str | None) -> bool:
    """Whether a speaker is the annotated name itself, articles, forms of address and titles aside."""
    return bool(norm(annotated)) and _bare(predicted) == _bare(annotated)


def compare_quotes(
    predicted: list[tuple[str, str | None]], annotated: list[dict], ignored: Sequence[dict] = ()
) -> tuple[int, int, int, list[str], int]:
    """(tp, fp, fn, mistakes, how many of the tp name their speaker in full); a predicted quote
    that matches none of ``annotated`` but one of ``ignored`` (labels out of scope: "Nobody's
    panicking," before the rest of the utterance) counts neither way."""
    unmatched = list(range(len(annotated)))
    tp = fp = full = 0
    mistakes: list[str] = []
    for text, speaker in predicted:
        hit = next(
            (
                k
                for k in unmatched
                if norm(annotated[k]["start"]) in norm(text)
                and same_speaker(speaker, annotated[k].get("speaker"))
            ),
            None,
        )
        if hit is not None:
            tp += 1
            unmatched.remove(hit)
            if in_full(speaker, annotated[hit].get("speaker")):
                full += 1
            else:
                mistakes.append(f"speaker {speaker!r} short of {annotated[hit].get('speaker')!r}")
        elif not any(norm(q["start"]) in norm(text) and same_speaker(speaker, q.get("speaker")) for q in ignored):
            fp += 1
            mistakes.append(f"extra quote {text[:40]!r} by {speaker!r}")
    for k in unmatched:
        mistakes.append(f"missing quote {annotated[k]['start']!r} by {annotated[k].get('speaker')!r}")
    return tp, fp, len(unmatched), mistakes, full


#: The rounds the constructed sets were written in, by their articles' numbers (first, last):
#: each written after the rules were fitted to the look halves of the rounds before it, so the
#: newest round's blind half is the freshest measure (``--round``).
ROUNDS = (
    (1, 72), (73, 120), (121, 168), (169, 216), (217, 240), (241, 288), (289, 336), (337, 360), (361, 384),
    (385, 408), (409, 432), (433, 456), (457, 480), (481, 504), (505, 528), (529, 552), (553, 576), (577, 600),
    (601, 624), (625, 648), (649, 672), (673, 696), (697, 720), (721, 744),
    (745, 768), (769, 792), (793, 816), (817, 840), (841, 864), (865, 888), (889, 912),
    (913, 936), (937, 960), (961, 984), (985, 1008), (1009, 1032), (1033, 1056),
    (1057, 1080), (1081, 1104), (1105, 1128), (1129, 1152), (1153, 1176), (1177, 1200),
    (1201, 1224), (1225, 1248), (1249, 1272), (1273, 1296), (1297, 1320), (1321, 1344), (1345, 1368), (1369, 1392),
    (1393, 1416), (1417, 1440), (1441, 1464), (1465, 1488),
    (1489, 1512),
    (1513, 1536),
    (1537, 1560),
    (1561, 1584),
    (1585, 1608),
    (1609, 1632),
    (1633, 1656),
    (1657, 1680),
    (1681, 1704),
    (1705, 1728),
    (1729, 1752),
    (1753, 1776),
    (1777, 1800),
    (1801, 1824),
    (1825, 1848),
    (1849, 1872),
    (1873, 1896),
    (1897, 1920),
    (1921, 1944),
    (1945, 1968),
    (1969, 1992),
    (1993, 2016),
    (2017, 2040),
    (2041, 2064),
    (2065, 2088),
    (2089, 2112),
    (2113, 2136),
    (2137, 2160), (2161, 2184), (2185, 2208), (2209, 2232), (2233, 2256), (2257, 2280), (2281, 2304), (2305, 2328),
    (2329, 2352),
    (2353, 2376),
    (2377, 2400),
    (2401, 2424),
    (2425, 2448),
    (2449, 2472),
    (2473, 2496),
    (2497, 2520),
    (2521, 2544),
    (2545, 2568),
    (2569, 2592),
    (2593, 2616),
    (2617, 2640),
    (2641, 2664),
    (2665, 2688),
    (2689, 2712),
    (2713, 2736),
    (2737, 2760),
    (2761, 2784),
    (2785, 2808),
    (2809, 2832),
    (2833, 2856),
    (2857, 2880),
    (2881, 2904),
    (2905, 2928),
    (2929, 2952),
    (2953, 2976),
    (2977, 3000),
    (3001, 3024),
    (3025, 3048),
    (3049, 3072),
    (3073, 3096),
    (3097, 3120), (3121, 3144), (3145, 3168), (3169, 3192), (3193, 3216), (3217, 3240), (3241, 3264),
    (3265, 3288),
    (3289, 3312),
    (3313, 3336),
    (3337, 3360),
    (3361, 3384),
    (3385, 3408),
    (3409, 3432),
    (3433, 3456),
    (3457, 3480),
    (3481, 3504),
    (3505, 3528),
    (3529, 3552),
    (3553, 3576),
    (3577, 3600),
    (3601, 3624),
    (3625, 3648),
    (3649, 3672),
    (3673, 3696),
    (3697, 3720),
    (3721, 3744),
    (3745, 3768),
    (3769, 3792), (3793, 3816), (3817, 3840), (3841, 3864), (3865, 3888), (3889, 3912), (3913, 3924), (3925, 3948),
    (3949, 3972), (3973, 3984), (3985, 4008), (4009, 4032), (4033, 4044), (4045, 4056),
    (4057, 4068), (4069, 4092), (4093, 4104), (4105, 4116), (4117, 4128), (4129, 4140),
    (4141, 4152), (4153, 4164), (4165, 4176), (4177, 4188),
    (4189, 4200), (4201, 4212),
)


def constructed_round(path: Path) -> int:
    """The round (1, 2, …) a constructed article was written in, by its file name's number; 0 for
    one no round holds."""
    number = int(path.stem) if path.stem.isdigit() else -1
    return next((k for k, (first, last) in enumerate(ROUNDS, 1) if first <= number <= last), 0)


def constructed_half(path: Path) -> str:
    """A constructed article's half, fixed by its language and file name before anyone ran
    articleclean on it: look when the first byte of the SHA-1 of "en/07.json" is even."""
    digest = hashlib.sha1(f"{path.parent.name}/{path.name}".encode()).digest()
    return "look" if digest[0] % 2 == 0 else "blind"


#: Each opening quote mark and the mark that closes it (a single one only where no letter
#: follows: "We’re" holds an apostrophe).
_CLOSING = {
    "“": r"[”“\"]", "\"": r"[\"”“]", "„": r"[“”\"]", "»": "«", "«": "»", "‚": r"[‘’](?!\p{L})",
    "‘": r"’(?!\p{L})", "'": r"'(?!\p{L})", "”": "”",
}


def in_scope(truth: dict) -> list[dict]:
    """The labelled quotes that count: all of them, except in a constructed article those whose
    quoted words, from the opening mark to the closing one, are fewer than four (the older sets
    leave such short spans unlabelled, and the extractor, unable to tell them from scare quotes,
    never reports them)."""
    quotes = truth.get("quotes", [])
    if "paragraphs" not in truth:
        return quotes
    texts = [p for p in truth["paragraphs"] if isinstance(p, str)]
    kept = []
    for quote in quotes:
        start = quote["start"]
        text = next((t for t in texts if start in t), "")
        at = text.find(start)
        mark = text[:at].rstrip()[-1:] if at > 0 else ""
        span = text[at:] if mark in _CLOSING else start
        if mark in _CLOSING:
            span = regex.split(_CLOSING[mark], span, maxsplit=1)[0]
        if sum(any(c.isalnum() for c in w) for w in span.split()) >= 4:
            kept.append(quote)
    return kept


def constructed_page(truth: dict) -> bytes:
    """A constructed article as a plain page: its title, byline, paragraphs and subheadings."""
    parts = [f"<h1>{html.escape(truth['title'])}</h1>"]
    if truth.get("byline"):
        parts.append(f'<p class="byline">{html.escape(truth["byline"])}</p>')
    for item in truth["paragraphs"]:
        if isinstance(item, dict):
            parts.append(f"<h2>{html.escape(item['heading'])}</h2>")
        else:
            parts.append(f"<p>{html.escape(item)}</p>")
    page = (
        f'<html lang="{truth.get("language", "en")}"><head><meta charset="utf-8">'
        f"<title>{html.escape(truth['title'])}</title></head><body><article>{''.join(parts)}</article></body></html>"
    )
    return page.encode("utf-8")


def load_page(bench: Path, truth: dict) -> bytes:
    """The raw page an annotation is about (scrapinghub-dev by id; the news set names its set;
    a constructed article holds its text)."""
    if "paragraphs" in truth:
        return constructed_page(truth)
    kind = truth.get("set", "scrapinghub-dev")
    if kind == "trafilatura-dev":
        return (bench / "trafilatura-dev" / "pages" / truth["file"]).read_bytes()
    folder = "modern-dev" if kind == "modern-dev" else "scrapinghub-dev"
    name = truth["file"] if kind == "modern-dev" else f"{truth['id']}.html.gz"
    return gzip.decompress((bench / folder / "html" / name).read_bytes())


def evaluate(files: list[Path], bench: Path, show: bool) -> dict[str, Count]:
    """Counts per field over the annotated pages in ``files``; with ``show``, each page's mistakes."""
    from articleclean import extract

    counts = {name: Count() for name in ("dateline", "authors", "headings", "quotes", "speakers in full")}
    for path in files:
        truth = json.loads(path.read_text(encoding="utf-8"))
        article = extract(load_page(bench, truth), url=truth.get("url"))
        mistakes: list[str] = []

        got_place = article.dateline.location if article.dateline else ""
        dateline = truth.get("dateline")  # (the constructed sets give the place alone)
        want_place = dateline.get("location") if isinstance(dateline, dict) else dateline
        got, want = norm(got_place), norm(want_place)
        right = bool(got) and same_place(got_place, want_place)
        tp, fp, fn = int(right), int(bool(got) and not right), int(bool(want) and not right)
        counts["dateline"].add(tp, fp, fn)
        if fp or fn:
            mistakes.append(f"dateline {got!r} != {want!r}")

        fields = [("authors", article.authors, truth.get("authors", []))]
        if "headings" in truth:  # (the news set labels no headings)
            fields.append(("headings", [s.heading for s in article.sections if s.heading], truth["headings"]))
        for name, predicted, annotated in fields:
            tp, fp, fn, more = compare_sets(predicted, annotated)
            counts[name].add(tp, fp, fn)
            mistakes += [f"{name}: {m}" for m in more]

        counted = in_scope(truth)
        ignored = [q for q in truth.get("quotes", []) if q not in counted]
        tp, fp, fn, more, full = compare_quotes([(q.text, q.speaker) for q in article.quotes], counted, ignored)
        counts["quotes"].add(tp, fp, fn)
        counts["speakers in full"].add(full, tp - full, 0)
        mistakes += more
        if show and mistakes:
            print(f"{path.parent.name}/{path.stem[:12]} {(truth.get('url') or truth.get('style') or '')[:70]}")
            for m in mistakes:
                print(f"    {m}")
    if not any(c.tp or c.fp or c.fn for c in [counts["headings"]]):
        del counts["headings"]
    return counts


def table(title: str, counts: dict[str, Count]) -> None:
    print(f"### {title}\n")
    print("| field | precision | recall | F1 | tp | fp | fn |")
    print("|---|---|---|---|---|---|---|")
    for name, c in counts.items():
        if name == "speakers in full":  # (a share of the right quotes: no recall)
            print(f"| {name} | {c.precision:.3f} | – | – | {c.tp} | {c.fp} | – |")
            continue
        print(f"| {name} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.tp} | {c.fp} | {c.fn} |")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, help="folder holding the page sets (default: ../shared/bench)")
    parser.add_argument("--show", action="store_true", help="print every page's mistakes (never a blind page's)")
    parser.add_argument(
        "--round", type=int, choices=range(1, len(ROUNDS) + 1), metavar=f"1-{len(ROUNDS)}",
        help="only the constructed sets' articles of this round (its look and blind halves)",
    )
    args = parser.parse_args(argv)
    bench = args.bench or Path(os.environ.get("ARTICLECLEAN_BENCH") or DEFAULT_BENCH)
    files = sorted(DATA.glob("*.json"))
    if not files:
        print(f"error: no annotations in {DATA}", file=sys.stderr)
        return 2
    if not (bench / "scrapinghub-dev" / "html").is_dir():
        print(f"error: no pages at {bench / 'scrapinghub-dev' / 'html'}", file=sys.stderr)
        return 2
    if args.round is None:
        table(f"structure on {len(files)} annotated pages of scrapinghub-dev", evaluate(files, bench, args.show))
    for name, folder in (() if args.round else (
        ("the news set", NEWS), ("the German news set", GERMAN), ("the second news set", NEWS2)
    )):
        pages = sorted(folder.glob("*.json"))
        for half in ("look", "blind"):
            chosen = [p for p in pages if json.loads(p.read_text(encoding="utf-8")).get("half") == half]
            if chosen:
                counts = evaluate(chosen, bench, args.show and half == "look")
                table(f"structure on {name}, {half} half ({len(chosen)} pages)", counts)
    for name, language in (("the constructed English set", "en"), ("the constructed German set", "de")):
        articles = sorted((CONSTRUCTED / language).glob("*.json"))
        if args.round:
            articles = [p for p in articles if constructed_round(p) == args.round]
            name = f"{name}, round {args.round}"
        for half in ("look", "blind"):
            chosen = [p for p in articles if constructed_half(p) == half]
            if chosen:
                counts = evaluate(chosen, bench, args.show and half == "look")
                table(f"structure on {name}, {half} half ({len(chosen)} articles)", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
