"""Links and images kept in articles, and what keeping them costs, on scrapinghub-dev.

For every page: the links the article's blocks keep (``Block.inline``), and how many of them
point where the page's own navigation points (an address also linked from the page's
``<nav>``, ``<header>``, ``<footer>`` or an element whose role is navigation: menus, section
fronts; these should be near zero), and the figures. Then the extraction time of the whole set with inline
structure and without it (``extract(inline=False)``), best of ``--repeat`` passes each, taking
turns; with it, both as extracted (the runs are read when first asked for) and with every
block's runs read, which is what the JSON, Markdown and HTML outputs pay::

    python benchmarks/links.py [--bench DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
_NAVIGATION = "//nav//a[@href] | //header//a[@href] | //footer//a[@href] | //*[@role='navigation']//a[@href]"


def navigation_links(data: bytes, url: str | None) -> set[str]:
    """The addresses the page's navigation regions link to, absolute, without fragments."""
    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return set()
    return {urldefrag(urljoin(url or "", a.get("href").strip()))[0] for a in root.xpath(_NAVIGATION)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, help="folder holding scrapinghub-dev (default: ../shared/bench)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes each way (the best counts)")
    args = parser.parse_args(argv)
    bench = args.bench or Path(os.environ.get("ARTICLECLEAN_BENCH") or DEFAULT_BENCH)
    truth_file = bench / "scrapinghub-dev" / "ground-truth.json"
    if not truth_file.exists():
        print(f"error: no scrapinghub-dev under {bench}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "src"))
    from articleclean import extract

    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = [
        (gzip.decompress((bench / "scrapinghub-dev" / "html" / f"{key}.html.gz").read_bytes()), entry.get("url"))
        for key, entry in sorted(truth.items())
    ]
    kept = navigational = with_links = images = 0
    for data, url in pages:
        article = extract(data, url=url)
        links = [run.href for block in article.blocks for run in block.links]
        nav = navigation_links(data, url)
        kept += len(links)
        navigational += sum(urldefrag(href)[0] in nav for href in links if href)
        with_links += bool(links)
        images += sum(block.kind == "figure" for block in article.blocks)
    n = len(pages)
    print(f"scrapinghub-dev ({n} pages)\n")
    print("| measure | value |\n|---|---|")
    print(f"| links kept per article | {kept / n:.1f} |")
    print(f"| articles with a link | {with_links} |")
    share = navigational / max(kept, 1)
    print(f"| links kept that the page's navigation also links to | {navigational} ({share:.1%}) |")
    print(f"| images kept (figures) per article | {images / n:.1f} |")
    # without; with (the runs set up, read when first asked for); with every block's runs read
    best = {"without": float("inf"), "with": float("inf"), "read": float("inf")}
    for _ in range(args.repeat):
        for way in best:
            start = time.perf_counter()
            for data, url in pages:
                article = extract(data, url=url, inline=way != "without")
                if way == "read":
                    for block in article.blocks:
                        block.inline  # noqa: B018 - reading them is what is timed
            best[way] = min(best[way], time.perf_counter() - start)
    print(f"| seconds without inline structure | {best['without']:.2f} |")
    print(f"| seconds with inline structure, runs not read | {best['with']:.2f} |")
    print(f"| seconds with inline structure, every block's runs read | {best['read']:.2f} |")
    print(f"| with, runs read / without | {best['read'] / best['without']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
