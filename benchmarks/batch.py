"""Batch throughput and memory: pages per second with 1 and 2 workers, and peak memory at a
small and a large corpus (the batch streams, so the large one should take no more memory).

Builds JSON Lines corpora by sampling the pages of ``../shared/bench/`` (each copy with its
own id and URL), runs ``articleclean batch`` on them as a real process, and reports pages per
second (from the batch's summary line) and the peak resident memory of the batch and all its
worker processes together (sampled every 0.1 s)::

    python benchmarks/batch.py [--small 2000] [--large 20000] [--rounds 3] [--bench DIR]

The small corpus runs ``--rounds`` times with 1 and with 2 workers, taking turns (the load of a
shared machine drifts); the figures compared are the medians.

Targets (issue 5): 2 workers >= 1.7 x the pages/s of 1 worker; peak memory at the large
corpus within 10% of that at the small one. Needs psutil (installed with the test extra).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import psutil

from articleclean import extract
from articleclean.load import decode

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
CLI = Path(sys.executable).with_name("articleclean")
_SUMMARY = re.compile(r"(\d+) pages, .* ([\d.]+) pages/s")


def sample_pages(bench: Path) -> list[str]:
    """Every page of the benchmark sets, as text."""
    pages = [gzip.decompress(p.read_bytes()) for p in sorted((bench / "scrapinghub-dev" / "html").glob("*.html.gz"))]
    pages += [p.read_bytes() for p in sorted((bench / "trafilatura-dev" / "pages").glob("*.html"))]
    return [decode(data)[0] for data in pages]


def build_corpus(path: Path, pages: list[str], count: int) -> None:
    """``count`` pages sampled (with a fixed seed) from ``pages``, each with its own id and URL."""
    chooser = random.Random(5)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as fh:
        for n in range(count):
            html = chooser.choice(pages)
            item = {"id": f"page-{n}", "url": f"https://site{n % 97}.example/articles/{n}", "html": html}
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


def run_batch(corpus: Path, out: Path, jobs: int) -> tuple[int, float, int, int]:
    """Pages, pages/s, and the peak and median resident memory (bytes, the batch and all its
    workers together) of one run."""
    process = subprocess.Popen(
        [str(CLI), "batch", str(corpus), "-o", str(out), "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    root = psutil.Process(process.pid)
    samples: list[int] = []
    while process.poll() is None:
        total = 0
        try:
            for proc in [root, *root.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    continue
        except psutil.Error:
            pass
        samples.append(total)
        time.sleep(0.1)
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"batch failed ({process.returncode}): {stderr}")
    match = _SUMMARY.search(stderr.splitlines()[-1])
    if not match:
        raise SystemExit(f"no summary line in: {stderr!r}")
    samples.sort()
    return int(match.group(1)), float(match.group(2)), samples[-1], samples[len(samples) // 2]


def _extract_all(pages: list[str], rates: multiprocessing.SimpleQueue) -> None:
    start = time.perf_counter()
    for page in pages:
        extract(page)
    rates.put(len(pages) / (time.perf_counter() - start))


def machine_scaling(pages: list[str], count: int = 100) -> float:
    """Pages/s of two independent processes extracting in a loop over one process's: what
    two workers can get on this machine at this moment, whatever the batch engine."""
    context = multiprocessing.get_context("fork")
    totals = []
    for processes in (1, 2):
        rates = context.SimpleQueue()
        workers = [context.Process(target=_extract_all, args=(pages[:count], rates)) for _ in range(processes)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        totals.append(sum(rates.get() for _ in workers))
    return totals[1] / totals[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=2000, help="pages of the small corpus")
    parser.add_argument("--large", type=int, default=20000, help="pages of the large corpus")
    parser.add_argument("--rounds", type=int, default=3, help="runs of the small corpus with 1 and 2 workers")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)
    pages = sample_pages(args.bench)
    work = Path(tempfile.mkdtemp(prefix="articleclean-batch-bench-"))
    try:
        small, large = work / "small.jsonl.gz", work / "large.jsonl.gz"
        build_corpus(small, pages, args.small)
        build_corpus(large, pages, args.large)
        print(f"corpus: {args.small} and {args.large} pages sampled from {len(pages)} pages of {args.bench}")
        before = machine_scaling(pages)
        rates: dict[int, list[float]] = {1: [], 2: []}
        peaks: dict[int, list[int]] = {1: [], 2: []}
        medians: list[int] = []
        for round_no in range(1, args.rounds + 1):  # 1 and 2 workers take turns: load drifts on a shared machine
            for jobs in (1, 2):
                out = work / f"small-{jobs}.jsonl"
                count, rate, peak, median = run_batch(small, out, jobs)
                out.unlink()
                rates[jobs].append(rate)
                peaks[jobs].append(peak)
                if jobs == 2:
                    medians.append(median)
                print(f"round {round_no}: {count:>6} pages, --jobs {jobs}: {rate:7.1f} pages/s, "
                      f"memory peak {peak / 2**20:6.1f} MiB, median {median / 2**20:6.1f} MiB", flush=True)
        out = work / "large-2.jsonl"
        count, large_rate, large_peak, large_median = run_batch(large, out, 2)
        out.unlink()
        print(f"large:   {count:>6} pages, --jobs 2: {large_rate:7.1f} pages/s, "
              f"memory peak {large_peak / 2**20:6.1f} MiB, median {large_median / 2**20:6.1f} MiB")
        after = machine_scaling(pages)
        one, two = statistics.median(rates[1]), statistics.median(rates[2])
        small_peak, small_median = statistics.median(peaks[2]), statistics.median(medians)
        print(f"median of {args.rounds} rounds: 1 worker {one:.1f} pages/s, 2 workers {two:.1f} pages/s")
        print(f"2 workers / 1 worker: {two / one:.2f}x pages/s (target >= 1.7); this machine now: two independent "
              f"extracting processes / one: {before:.2f}x before the runs, {after:.2f}x after")
        print(f"memory at {args.large} pages vs {args.small} (2 workers): peak {large_peak / small_peak - 1:+.1%} "
              f"(target within 10%), median {large_median / small_median - 1:+.1%}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
