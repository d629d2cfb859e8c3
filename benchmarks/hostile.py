"""Time and peak memory of ``extract`` on each hostile input (the corpus of tests/hostile).

    python benchmarks/hostile.py [--quick] [--only SUBSTRING]

Each input is built and extracted once in a child process of its own, so that the peak
resident memory reported is that input's alone (it includes the input itself and the
interpreter, about 25 MB). Size scaling rows (pages of 5 to 50 MB, nesting of 10,000 to
100,000 elements) show whether time grows linearly. The regex rows run each library
pattern's attack page (tests/hostile/regex_attacks.py; size: all pages together) and list
the slowest. The bomb rows read gzip bombs (size: after decompression) with the batch reader at
its real limits: their peak memory should not grow with the bomb. This is a report, never a
test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from hostile_corpus import BATCH_BOMBS  # noqa: E402


def _secret_uri() -> str:
    path = Path(tempfile.gettempdir()) / "articleclean-hostile-secret.txt"
    from hostile_corpus import SECRET

    path.write_text(SECRET + "\n", encoding="utf-8")
    return path.as_uri()


def _inputs(quick: bool) -> dict[str, tuple[str, dict]]:
    """name -> (kind, parameters) of every row; the child rebuilds the input from these."""
    from hostile_corpus import cases

    rows: dict[str, tuple[str, dict]] = {}
    for case in cases(_secret_uri()):
        if case.slow:
            continue
        rows[case.name] = ("case", {"name": case.name})
    for mb in (1, 5) if quick else (5, 10, 20, 50):
        rows[f"page of {mb} MB"] = ("page", {"mb": mb})
    for depth in (10_000, 50_000, 100_000):
        rows[f"nesting {depth:,}"] = ("nested", {"depth": depth})
    for size in (2_000, 8_000) if quick else (2_000, 8_000, 32_000):
        rows[f"regex attacks, {size:,} chars each"] = ("attacks", {"size": size})
    for gib in (0.25, 1) if quick else (0.25, 1, 4):
        for bomb in BATCH_BOMBS:
            rows[f"batch: {bomb} of {gib:g} GiB"] = ("bomb", {"bomb": bomb, "size": int(gib * 1024**3)})
    return rows


def _bomb(name: str, size: int) -> dict:
    """Build the bomb in a temporary folder, then time reading it as batch input."""
    from articleclean.batch import read_pages

    build, filename = BATCH_BOMBS[name]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / filename
        build(path, size)
        start = time.perf_counter()
        pages = [page.parsed() for page in read_pages([path])]
        seconds = time.perf_counter() - start
    errors = [page.error for page in pages if page.error]
    outcome = f"{len(pages)} pages, {len(pages) - len(errors)} ok; " + "; ".join(errors)
    return {"seconds": seconds, "size": size, "outcome": outcome}


def _build(kind: str, params: dict) -> tuple[str | bytes, str]:
    from hostile_corpus import cases, nested, page_of_size

    if kind == "case":
        case = next(c for c in cases(_secret_uri()) if c.name == params["name"])
        return case.build(), case.input_type
    if kind == "page":
        return page_of_size(params["mb"]), "auto"
    if kind == "nested":
        return nested(params["depth"]), "auto"
    raise ValueError(kind)


def _attacks(size: int) -> dict:
    """Every pattern's attack page, extracted as HTML; the slowest patterns and the total."""
    import html as html_lib

    from regex_attacks import attacks, library_patterns

    from articleclean import ArticleCleanError, extract

    times: list[tuple[float, str, str]] = []
    total_chars = 0
    for target in library_patterns():
        texts = list(dict.fromkeys(t for _, t in attacks(target, size)))
        page = "<html><body><article>" + "".join(f"<p>{html_lib.escape(t)}</p>" for t in texts) + "</article></body>"
        total_chars += len(page)
        start = time.perf_counter()
        try:
            article = extract(page)
            outcome = f"{len(article.text)} chars" + (f", {len(article.warnings)} warnings" if article.warnings else "")
            if any("took too long" in w for w in article.warnings):
                outcome += " (pattern timeout)"
        except ArticleCleanError as exc:
            outcome = type(exc).__name__
        times.append((time.perf_counter() - start, target.name.removeprefix("articleclean."), outcome))
    times.sort(reverse=True)
    return {"seconds": sum(t for t, _, _ in times), "size": total_chars, "worst": times[:5]}


def child(kind: str, params: dict) -> None:
    from articleclean import ArticleCleanError, extract

    if kind == "attacks":
        result = _attacks(params["size"])
        result["outcome"] = f"{len(result['worst'])} slowest of all patterns below"
    elif kind == "bomb":
        result = _bomb(params["bomb"], params["size"])
    else:
        source, input_type = _build(kind, params)
        size = len(source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass"))
        start = time.perf_counter()
        try:
            article = extract(source, input_type=input_type)
            outcome = f"article, {len(article.text):,} chars"
            if article.warnings:
                outcome += "; warning: " + "; ".join(article.warnings)
        except ArticleCleanError as exc:
            outcome = f"{type(exc).__name__}: {exc}"
        result = {"seconds": time.perf_counter() - start, "size": size, "outcome": outcome}
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller scaling rows")
    parser.add_argument("--only", help="rows whose name contains this")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, params = json.loads(args.child)
        child(kind, params)
        return
    print("| input | size (MB) | seconds | peak RSS (MB) | outcome |")
    print("|---|---|---|---|---|")
    details: list[str] = []
    for name, (kind, params) in _inputs(args.quick).items():
        if args.only and args.only.lower() not in name.lower():
            continue
        done = subprocess.run(
            [sys.executable, __file__, "--child", json.dumps([kind, params])],
            capture_output=True, text=True, check=False,
        )
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["?"])[-1]
            print(f"| {name} | | | | CRASHED (status {done.returncode}): {tail} |", flush=True)
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        outcome = row["outcome"].replace("|", "/")
        outcome = outcome if len(outcome) <= 110 else outcome[:107] + "..."
        figures = f"{row['size'] / 1e6:.2f} | {row['seconds']:.2f} | {row['peak_mb']:.0f}"
        print(f"| {name} | {figures} | {outcome} |", flush=True)
        for seconds, pattern, result in row.get("worst", []):
            details.append(f"  {name}: {pattern}: {seconds:.2f} s, {result}")
    if details:
        print("\nSlowest regex attack pages (one page per library pattern):")
        print("\n".join(details))


if __name__ == "__main__":
    main()
