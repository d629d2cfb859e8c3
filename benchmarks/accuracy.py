"""Accuracy and speed of articleclean next to other open-source extractors.

Three sets of real pages with ground truth are read in place (never copied into
the repository); see ``shared/bench/README.md`` for what they are and how they
are scored:

* ``scrapinghub-dev``: gzipped pages and ``ground-truth.json``; 4-token shingle
  precision/recall averaged over pages, F1 the harmonic mean of the averages.
* ``trafilatura-dev``: raw pages and ``evaldata.json``; snippets the text must
  contain ("with") and must not contain ("without"), counts summed over pages.
* ``modern-dev``: gzipped 2026 pages of eight kinds and ``ground-truth.json``; the
  shingle metric on ``main_content``, reported for the ``look`` and the ``blind`` half
  apart, each with a row per page type, the count of empty outputs (under 50
  characters where the labelled main content has 200 or more) and, for articleclean,
  the share of pages whose ``page_type`` agrees with the label.

The blind half is scored in totals only: ``--dump`` never writes a blind page, and
nothing here prints one. Debug on the look half.

Run it from the project root::

    python benchmarks/accuracy.py [--set scrapinghub|trafilatura|modern|all]
        [--tools articleclean,articleclean-full,trafilatura,trafilatura-fast,readability,resiliparse]
        [--limit N] [--repeat N] [--bench DIR] [--dump FILE]

The sets are looked up in ``--bench DIR``, else ``$ARTICLECLEAN_BENCH``, else
``<project root>/../shared/bench``. Tools that are not installed are skipped
with a note. The peers are in the ``bench`` extra of the project.

Each peer runs with its default settings, except that trafilatura is told to
leave reader comments out (``include_comments=False``): the ground truth of
both sets excludes comments, and the reference table in the bench README was
measured that way. ``trafilatura-fast`` adds ``fast=True``.

Seconds are the summed wall time of the extraction calls only (decoding and
conversion to plain text included where a tool needs them), with all pages
already in memory and the tools taking turns on each page; they are comparable
only within one run. ``articleclean`` reads the article's text, as the others give it;
``articleclean-full`` reads every field the JSON output holds, the quotes and each block's
links too, which ``extract`` leaves to be found when first read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = PROJECT_ROOT.parent / "shared" / "bench"
ALL_TOOLS = (
    "articleclean",
    "articleclean-full",
    "trafilatura",
    "trafilatura-fast",
    "readability",
    "resiliparse",
)
SETS = ("scrapinghub", "trafilatura", "modern-look", "modern-blind")
#: ``--set`` names: a set, ``modern`` (both halves of modern-dev) or ``all``.
SET_CHOICES = ("scrapinghub", "trafilatura", "modern", "modern-look", "modern-blind", "all")
#: Under this many characters an output counts as empty, where the truth has at least EMPTY_TRUTH.
EMPTY_OUTPUT = 50
EMPTY_TRUTH = 200

#: An extractor: a page's raw bytes and URL (if known) in, plain text (or None) out; an
#: extractor that also says what kind of page it saw returns ``(text, page_type)``.
Extractor = Callable[[bytes, str | None], "str | tuple[str | None, str | None] | None"]


# --------------------------------------------------------------------------- pages


@dataclass
class Page:
    """One page of a set, with what it is judged against."""

    key: str  # page id (scrapinghub) or evaluation key (trafilatura)
    url: str | None
    data: bytes
    truth: str = ""  # scrapinghub, modern: the article body / main content
    with_snippets: list[str] = field(default_factory=list)  # trafilatura
    without_snippets: list[str] = field(default_factory=list)  # trafilatura
    page_type: str | None = None  # modern: the labelled kind of page


def load_scrapinghub(bench: Path, limit: int | None) -> list[Page]:
    root = bench / "scrapinghub-dev"
    truth: dict[str, dict[str, str]] = json.loads(
        (root / "ground-truth.json").read_text("utf-8")
    )
    pages = []
    for page_id in sorted(truth)[:limit]:
        data = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        entry = truth[page_id]
        pages.append(
            Page(page_id, entry.get("url") or None, data, truth=entry["articleBody"])
        )
    return pages


def load_trafilatura(bench: Path, limit: int | None) -> list[Page]:
    root = bench / "trafilatura-dev"
    evaldata: dict[str, dict[str, Any]] = json.loads(
        (root / "evaldata.json").read_text("utf-8")
    )
    pages = []
    for key in sorted(evaldata)[:limit]:
        entry = evaldata[key]
        # Some keys are labels ("hard::site.html"), not URLs: pass no URL for those.
        url = key if key.startswith(("http://", "https://")) else None
        data = (root / "pages" / entry["file"]).read_bytes()
        pages.append(
            Page(
                key,
                url,
                data,
                with_snippets=list(entry.get("with", [])),
                without_snippets=list(entry.get("without", [])),
            )
        )
    return pages


def load_modern(bench: Path, limit: int | None, half: str) -> list[Page]:
    """One half (``look`` or ``blind``) of modern-dev."""
    root = bench / "modern-dev"
    truth: dict[str, dict[str, Any]] = json.loads((root / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id in sorted(k for k, v in truth.items() if v["half"] == half)[:limit]:
        entry = truth[page_id]
        data = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append(
            Page(page_id, entry.get("url") or None, data, truth=entry.get("main_content") or "",
                 page_type=entry.get("page_type"))
        )
    return pages


# --------------------------------------------------------------------------- metrics

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles of ``text``; tokens are ``\\w+`` runs."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def shingle_counts(output: str, truth: str) -> tuple[int, int, int]:
    """tp, fp, fn: the multiset overlaps of the shingles of ``output`` and ``truth``."""
    out, ref = shingles(output), shingles(truth)
    tp = sum((out & ref).values())
    return tp, sum(out.values()) - tp, sum(ref.values()) - tp


def page_precision_recall(
    tp: int, fp: int, fn: int
) -> tuple[float | None, float | None]:
    """One page's precision and recall; None where undefined (no output / no truth)."""
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def f1_score(precision: float, recall: float) -> float:
    return (
        2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    )


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def fold_ws(text: str) -> str:
    """Whitespace folded to single spaces (and trimmed)."""
    return " ".join(text.split())


@dataclass
class Score:
    f1: float
    precision: float
    recall: float


def score_scrapinghub(
    pages: Sequence[Page], outputs: Sequence[str]
) -> tuple[Score, list[dict[str, Any]]]:
    """Page-averaged shingle precision/recall, and per-page rows for ``--dump``."""
    precisions: list[float] = []
    recalls: list[float] = []
    rows: list[dict[str, Any]] = []
    for page, output in zip(pages, outputs, strict=True):
        tp, fp, fn = shingle_counts(output, page.truth)
        precision, recall = page_precision_recall(tp, fp, fn)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
        rows.append(
            {
                "id": page.key,
                "url": page.url,
                "precision": precision,
                "recall": recall,
                "f1": f1_score(precision or 0.0, recall or 0.0),
                "output_len": len(output),
                "truth_len": len(page.truth),
            }
        )
    p, r = mean(precisions), mean(recalls)
    rows.sort(key=lambda row: (row["f1"], row["id"]))
    return Score(f1_score(p, r), p, r), rows


def is_empty(page: Page, output: str) -> bool:
    """An output with next to nothing, where the page's labelled content is real text."""
    return len(output.strip()) < EMPTY_OUTPUT and len(page.truth.strip()) >= EMPTY_TRUTH


def score_by_type(pages: Sequence[Page], outputs: Sequence[str]) -> dict[str, tuple[int, Score, int]]:
    """Per labelled page type: page count, shingle score and empty outputs."""
    kinds: dict[str, list[int]] = {}
    for i, page in enumerate(pages):
        kinds.setdefault(page.page_type or "?", []).append(i)
    out = {}
    for kind, members in sorted(kinds.items(), key=lambda item: (-len(item[1]), item[0])):
        score, _ = score_scrapinghub([pages[i] for i in members], [outputs[i] for i in members])
        empty = sum(is_empty(pages[i], outputs[i]) for i in members)
        out[kind] = (len(members), score, empty)
    return out


def score_trafilatura(
    pages: Sequence[Page], outputs: Sequence[str]
) -> tuple[Score, list[dict[str, Any]]]:
    """Snippet precision/recall over counts summed over pages; per-page rows."""
    tp = fp = fn = 0
    rows: list[dict[str, Any]] = []
    for page, output in zip(pages, outputs, strict=True):
        text = fold_ws(output)
        missed = [s for s in page.with_snippets if fold_ws(s) not in text]
        found = [s for s in page.without_snippets if fold_ws(s) in text]
        tp += len(page.with_snippets) - len(missed)
        fn += len(missed)
        fp += len(found)
        rows.append(
            {
                "url": page.key,
                "file_len": len(page.data),
                "output_len": len(output),
                "missed": missed,
                "found": found,
            }
        )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    rows.sort(key=lambda row: (-(len(row["missed"]) + len(row["found"])), row["url"]))
    return Score(f1_score(precision, recall), precision, recall), rows


# --------------------------------------------------------------------------- tools


def _articleclean(full: bool = False) -> Extractor:
    """articleclean's ``extract``, read for its text; with ``full``, every field of the article read
    as the JSON output reads it (its quotes and each block's links too, which are found only when
    first read)."""
    try:
        import articleclean
    except ImportError:
        articleclean = None
    if articleclean is None or not hasattr(articleclean, "extract"):
        # Not installed: use the work tree's src/ layout.
        sys.path.insert(0, str(PROJECT_ROOT / "src"))
        for name in [
            m
            for m in sys.modules
            if m == "articleclean" or m.startswith("articleclean.")
        ]:
            del sys.modules[name]
        import articleclean
    if not hasattr(articleclean, "extract"):
        raise ImportError("articleclean has no extract() yet")

    def run(data: bytes, url: str | None) -> tuple[str, str | None]:
        article = articleclean.extract(data, url=url)
        if full:
            article.to_dict()
        return article.text, getattr(article, "page_type", None)

    return run


def _trafilatura(fast: bool) -> Callable[[], Extractor]:
    def make() -> Extractor:
        import trafilatura

        def run(data: bytes, url: str | None) -> str | None:
            return trafilatura.extract(data, url=url, fast=fast, include_comments=False)

        return run

    return make


#: Elements whose content starts and ends on a line of its own in plain text.
_BLOCK_TAGS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    )
)


def html_to_text(html: str) -> str:
    """Plain text of HTML: lxml's ``text_content``, but each block element on lines
    of its own (comments and processing instructions dropped)."""
    import lxml.etree
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(
        root, events=("start", "end", "comment", "pi")
    ):
        block = event in ("start", "end") and el.tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if event == "start":
            if el.text:
                parts.append(el.text)
        elif el.tail and el is not root:  # end of an element, or a comment or PI
            parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _readability() -> Extractor:
    from readability import Document

    def run(data: bytes, url: str | None) -> str | None:
        return html_to_text(Document(data, url=url).summary())

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(data: bytes, url: str | None) -> str | None:
        html = bytes_to_str(data, detect_encoding(data, from_html_meta=True))
        return extract_plain_text(html, main_content=True)

    return run


TOOL_FACTORIES: dict[str, Callable[[], Extractor]] = {
    "articleclean": _articleclean,
    "articleclean-full": lambda: _articleclean(full=True),
    "trafilatura": _trafilatura(fast=False),
    "trafilatura-fast": _trafilatura(fast=True),
    "readability": _readability,
    "resiliparse": _resiliparse,
}


def load_tools(names: Sequence[str]) -> dict[str, Extractor]:
    tools: dict[str, Extractor] = {}
    for name in names:
        try:
            tools[name] = TOOL_FACTORIES[name]()
        except ImportError as exc:
            print(f"note: skipping {name}: not importable ({exc})", file=sys.stderr)
    return tools


# --------------------------------------------------------------------------- running


@dataclass
class Run:
    outputs: list[str]
    seconds: float
    errors: int
    first_error: str | None
    page_types: list[str | None] = field(default_factory=list)


def run_tools(tools: dict[str, Extractor], pages: Sequence[Page]) -> dict[str, Run]:
    """Run every tool on every page, the tools in turn on each page.

    Interleaving at the page level puts every tool under the same background load, so the
    times stay comparable on a shared, noisy machine.
    """
    runs = {name: Run([], 0.0, 0, None) for name in tools}
    for page in pages:
        for name, extract in tools.items():
            run = runs[name]
            start = time.perf_counter()
            try:
                result = extract(page.data, page.url)
            except Exception as exc:
                result = None
                run.errors += 1
                if run.first_error is None:
                    run.first_error = f"{page.key}: {type(exc).__name__}: {exc}"
            run.seconds += time.perf_counter() - start
            text, page_type = result if isinstance(result, tuple) else (result, None)
            run.outputs.append(text or "")
            run.page_types.append(page_type)
    return runs


SCORERS = {
    "scrapinghub": score_scrapinghub,
    "trafilatura": score_trafilatura,
    "modern-look": score_scrapinghub,
    "modern-blind": score_scrapinghub,
}
LOADERS: dict[str, Callable[[Path, int | None], list[Page]]] = {
    "scrapinghub": load_scrapinghub,
    "trafilatura": load_trafilatura,
    "modern-look": lambda bench, limit: load_modern(bench, limit, "look"),
    "modern-blind": lambda bench, limit: load_modern(bench, limit, "blind"),
}
SET_DIRS = {
    "scrapinghub": "scrapinghub-dev",
    "trafilatura": "trafilatura-dev",
    "modern-look": "modern-dev, look half",
    "modern-blind": "modern-dev, blind half",
}
#: Sets whose pages may be looked at one by one (``--dump``); the blind half never is.
DUMPABLE = ("scrapinghub", "trafilatura", "modern-look")


def benchmark_set(
    set_name: str, pages: Sequence[Page], tools: dict[str, Extractor], repeat: int = 1
) -> tuple[list[str], list[dict[str, Any]] | None]:
    """The Markdown table for one set, and articleclean's per-page rows if it ran.

    With ``repeat`` > 1 the whole set runs that many times and each tool's fastest pass counts:
    on a shared machine the minimum is the least noisy estimate of a tool's own cost.
    """
    typed = any(page.page_type for page in pages)
    lines = [
        f"### {SET_DIRS[set_name]} ({len(pages)} pages)",
        "",
        "| tool | F1 | precision | recall | seconds | errors |" + (" empty |" if typed else ""),
        "|---|---|---|---|---|---|" + ("---|" if typed else ""),
    ]
    dump_rows = None
    runs: dict[str, Run] = {}
    for _ in range(max(repeat, 1)):
        for name, run in run_tools(tools, pages).items():
            if name not in runs or run.seconds < runs[name].seconds:
                runs[name] = run
    for name, run in runs.items():
        score, rows = SCORERS[set_name](pages, run.outputs)
        empty = sum(is_empty(page, out) for page, out in zip(pages, run.outputs, strict=True))
        lines.append(
            f"| {name} | {score.f1:.3f} | {score.precision:.3f} | {score.recall:.3f} "
            f"| {run.seconds:.2f} | {run.errors} |" + (f" {empty} |" if typed else "")
        )
        if run.first_error:
            where = run.first_error if set_name in DUMPABLE else "(a blind page)"
            print(f"note: {name} failed on {run.errors} page(s) of {set_name}; first: {where}", file=sys.stderr)
        if name == "articleclean" and set_name in DUMPABLE:
            dump_rows = rows
            if typed:
                labelled = {page.key: (page.page_type, predicted) for page, predicted in zip(
                    pages, run.page_types, strict=True)}
                for row in rows:
                    row["page_type"], row["predicted_type"] = labelled[row["id"]]
    for name in ("articleclean", "articleclean-full"):
        if name in runs and "trafilatura" in runs and runs["trafilatura"].seconds:
            ratio = runs[name].seconds / runs["trafilatura"].seconds
            lines += ["", f"{name}'s time / trafilatura's (default mode): {ratio:.2f}"]
    if typed:
        lines += ["", *type_table(pages, runs)]
    return lines, dump_rows


#: Labels that name the same kind of page as one of articleclean's types.
SAME_TYPE = {"blog": "article"}


def type_table(pages: Sequence[Page], runs: dict[str, Run]) -> list[str]:
    """F1 (and empty outputs) per labelled page type, a column per tool; page-type agreement.
    (articleclean-full is articleclean's output read further: no column of its own.)"""
    runs = {name: run for name, run in runs.items() if name != "articleclean-full"}
    names = list(runs)
    by_type = {name: score_by_type(pages, run.outputs) for name, run in runs.items()}
    lines = [
        "| page type | pages | " + " | ".join(names) + " |",
        "|---|---|" + "---|" * len(names),
    ]
    for kind, (count, _, _) in by_type[names[0]].items():
        cells = []
        for name in names:
            _, score, empty = by_type[name][kind]
            cells.append(f"{score.f1:.3f}" + (f" ({empty} empty)" if empty else ""))
        lines.append(f"| {kind} | {count} | " + " | ".join(cells) + " |")
    for name, run in runs.items():
        if any(run.page_types):
            agree = sum(
                SAME_TYPE.get(page.page_type or "", page.page_type) == predicted
                for page, predicted in zip(pages, run.page_types, strict=True)
            )
            lines += ["", f"{name}'s page_type agrees with the label on {agree} of {len(pages)} pages"
                      f" ({agree / len(pages):.1%})"]
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set", choices=SET_CHOICES, default="all",
        help="which set to run (modern: both halves of modern-dev)"
    )
    parser.add_argument(
        "--tools",
        help=f"comma-separated, from {','.join(ALL_TOOLS)} (default: all importable)",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run the set N times; each tool's fastest pass counts"
    )
    parser.add_argument(
        "--bench",
        type=Path,
        help="folder holding the sets (default: $ARTICLECLEAN_BENCH "
        "or <project root>/../shared/bench)",
    )
    parser.add_argument(
        "--dump",
        type=Path,
        help="write articleclean's per-page results, worst first, as JSON (never the blind half)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    bench = args.bench or Path(os.environ.get("ARTICLECLEAN_BENCH") or DEFAULT_BENCH)
    if not bench.is_dir():
        print(f"error: no bench folder at {bench}", file=sys.stderr)
        return 2
    names = (
        [n.strip() for n in args.tools.split(",") if n.strip()]
        if args.tools
        else list(ALL_TOOLS)
    )
    unknown = [n for n in names if n not in TOOL_FACTORIES]
    if unknown:
        print(
            f"error: unknown tool(s) {', '.join(unknown)};"
            f" choose from {', '.join(ALL_TOOLS)}",
            file=sys.stderr,
        )
        return 2
    tools = load_tools(names)
    if not tools:
        print("error: none of the tools is importable", file=sys.stderr)
        return 2
    if args.dump and "articleclean" not in tools:
        print("note: --dump has nothing to write without articleclean", file=sys.stderr)

    dump: dict[str, Any] = {}
    chosen = {"all": SETS, "modern": ("modern-look", "modern-blind")}.get(args.set, (args.set,))
    for set_name in chosen:
        pages = LOADERS[set_name](bench, args.limit)
        lines, rows = benchmark_set(set_name, pages, tools, args.repeat)
        print("\n".join(lines), end="\n\n", flush=True)
        if rows is not None:
            dump[set_name] = rows
    if args.dump and dump:
        args.dump.write_text(
            json.dumps(dump, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"per-page results written to {args.dump}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
