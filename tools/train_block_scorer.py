"""Train the block scorer (``articleclean/dom/scorer.py``) and write ``data/block_scorer.json``.

A development tool, not part of the package: it needs scikit-learn (``pip install
scikit-learn``) and the annotated pages of ``../shared/bench``::

    python tools/train_block_scorer.py [--bench DIR] [--trees 120] [--depth 3] [--threshold 0.35]
        [--check-only]

It learns only from pages one may look at: the ``look`` half of modern-dev and scrapinghub-dev
(the blind half of modern-dev is never read here). Every visible block of a page is labelled
content when at least half of its 4-token shingles are in the page's labelled main content
(a block too short for shingles: when its text is in it). Before fitting on all of them it
prints a cross-validated estimate: five folds, every site's pages in one fold, and the page
F1 (the benchmark's shingle metric) of the scored reading on the held-out pages, for pages
articleclean does not take for articles (the pages the scorer reads), beside the F1 of the
extraction without the scorer (whose rules were written on these pages: an estimate in sample).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import f1_score, mean, page_precision_recall, shingle_counts, shingles  # noqa: E402

from articleclean import dom, extract  # noqa: E402
from articleclean.dom.blocks import blocks_from  # noqa: E402
from articleclean.dom.scorer import FEATURES, Model, features  # noqa: E402
from articleclean.filters.base import FilterContext  # noqa: E402
from articleclean.load import load  # noqa: E402
from articleclean.pipeline import Pipeline  # noqa: E402
from articleclean.structure.metadata import read_metadata  # noqa: E402

OUT = ROOT / "src" / "articleclean" / "data" / "block_scorer.json"


def pages(bench: Path):
    """(id, site, raw page, url, labelled main content) of every page the tool may learn from."""
    truth = json.loads((bench / "modern-dev" / "ground-truth.json").read_text("utf-8"))
    for pid, entry in sorted(truth.items()):
        if entry["half"] != "look":
            continue
        raw = gzip.decompress((bench / "modern-dev" / "html" / f"{pid}.html.gz").read_bytes())
        yield pid, urlsplit(entry["url"]).hostname or pid, raw, entry["url"], entry["main_content"]
    truth = json.loads((bench / "scrapinghub-dev" / "ground-truth.json").read_text("utf-8"))
    for pid, entry in sorted(truth.items()):
        raw = gzip.decompress((bench / "scrapinghub-dev" / "html" / f"{pid}.html.gz").read_bytes())
        url = entry.get("url") or None
        yield pid, (urlsplit(url).hostname if url else None) or pid, raw, url, entry["articleBody"]


def labels(blocks, truth: str) -> list[int]:
    wanted = shingles(truth)
    out = []
    for block in blocks:
        own = shingles(block.text)
        size = sum(own.values())
        if not size:
            out.append(int(bool(block.text.strip()) and block.text.strip() in truth))
        else:
            out.append(int(sum((own & wanted).values()) * 2 >= size))
    return out


def measure(bench: Path) -> list[dict]:
    dom.USE_SCORER = False  # the extraction to compare with is the one without the scorer
    pipeline = Pipeline()
    data = []
    for pid, site, raw, url, truth in pages(bench):
        doc = load(raw)
        ctx = FilterContext(url=url)
        page = dom.prepare(doc.tree, pipeline.vocabulary, ctx, None, read_metadata(doc.tree))
        blocks = blocks_from(page.body, page.page, ctx)
        data.append({
            "id": pid, "site": site, "type": ctx.page_type, "truth": truth,
            "X": features(page.page, blocks, ctx.page_type), "y": labels(blocks, truth),
            "texts": [b.text for b in blocks], "rules": extract(raw, url=url).text,
        })
    return data


def fit(rows, ys, trees: int, depth: int):
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(
        n_estimators=trees, max_depth=depth, learning_rate=0.1, subsample=0.8, random_state=0
    ).fit(rows, ys)


def cross_validate(data: list[dict], trees: int, depth: int, threshold: float, seed: int) -> None:
    sites = sorted({d["site"] for d in data})
    random.Random(seed).shuffle(sites)
    fold_of = {s: i % 5 for i, s in enumerate(sites)}
    results: dict[str, tuple[list[float], list[float]]] = {}
    for fold in range(5):
        train = [d for d in data if fold_of[d["site"]] != fold]
        model = fit([x for d in train for x in d["X"]], [y for d in train for y in d["y"]], trees, depth)
        for d in data:
            if fold_of[d["site"]] != fold or d["type"] == "article" or not d["X"]:
                continue
            probability = model.predict_proba(d["X"])[:, 1]
            scored = "\n\n".join(t for t, p in zip(d["texts"], probability, strict=True) if p >= threshold)
            for name, text in (("scorer", scored), ("rules", d["rules"])):
                p, r = page_precision_recall(*shingle_counts(text, d["truth"]))
                for key in (name, f"{name}, {d['type']}"):
                    precisions, recalls = results.setdefault(key, ([], []))
                    if p is not None:
                        precisions.append(p)
                    if r is not None:
                        recalls.append(r)
    for name, (precisions, recalls) in sorted(results.items()):
        p, r = mean(precisions), mean(recalls)
        print(f"  held-out pages not taken for articles, {name}: F1 {f1_score(p, r):.3f} (P {p:.3f} R {r:.3f}, "
              f"{len(recalls)} pages)")


def export(model, threshold: float) -> dict:
    """The fitted trees as nested lists ``[feature, threshold, left, right]`` with leaf values."""
    def node(tree, i: int):
        if tree.children_left[i] == -1:
            return round(float(tree.value[i][0][0]), 6)
        return [int(tree.feature[i]), round(float(tree.threshold[i]), 6),
                node(tree, tree.children_left[i]), node(tree, tree.children_right[i])]

    prior = model.init_.class_prior_[1]
    import math

    return {
        "features": list(FEATURES),
        "threshold": threshold,
        "bias": math.log(prior / (1 - prior)),
        "learning_rate": model.learning_rate,
        "trees": [node(est[0].tree_, 0) for est in model.estimators_],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--trees", type=int, default=120)
    parser.add_argument("--depth", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=0.35)
    parser.add_argument("--seeds", type=int, default=2, help="cross-validation rounds, each with other folds")
    parser.add_argument("--check-only", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args(argv)
    data = measure(args.bench)
    print(f"{len(data)} pages, {sum(len(d['y']) for d in data)} blocks, "
          f"types {dict(Counter(d['type'] for d in data))}")
    for seed in range(args.seeds):
        print(f"cross-validation, round {seed + 1}:")
        cross_validate(data, args.trees, args.depth, args.threshold, seed)
    if args.check_only:
        return 0
    rows = [x for d in data for x in d["X"]]
    model = fit(rows, [y for d in data for y in d["y"]], args.trees, args.depth)
    exported = export(model, args.threshold)
    ours = Model(json.loads(json.dumps(exported)))
    sample = rows[:: max(len(rows) // 2000, 1)]
    worst = max(abs(ours.probability(x) - p) for x, p in zip(sample, model.predict_proba(sample)[:, 1], strict=True))
    print(f"the exported model against scikit-learn's: largest difference {worst:.2e} over {len(sample)} blocks")
    if worst > 1e-4:
        raise SystemExit("the exported model does not reproduce the fitted one")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(exported, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"written {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
