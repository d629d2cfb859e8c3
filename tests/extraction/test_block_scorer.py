"""The block scorer: the learned reading of pages that are not articles.

What is pinned here is the machinery, not the model's taste: the features it measures line up
with the names the model was trained on, the shipped model loads and gives probabilities, the
scored reading records every block it leaves out, and the filters that judge by region marks
leave those to it.
"""

from __future__ import annotations

import json
import math

import pytest
from page_kinds import page

from articleclean import Pipeline, extract
from articleclean.dom import prepare
from articleclean.dom.blocks import blocks_from
from articleclean.dom.scorer import FEATURES, Model, default_model, features
from articleclean.filters.base import FilterContext
from articleclean.load import load
from articleclean.structure import read_metadata

POSTS = [
    "I have just installed the new version, and at every reboot the message that the system is starting "
    "stays on the screen while several devices are not available.",
    "Check the log for an integration that takes longer than ten seconds to set up; the log names it, and "
    "disabling it until a fix is released lets the system finish starting.",
    "That was it: the weather integration hung on a timeout. Disabled, everything starts in a minute again.",
]


def thread() -> str:
    posts = "".join(
        f'<div class="topic-post"><div class="names"><a href="/u/{i}">user{i}</a></div><div class="cooked">'
        f"<p>{text}</p></div></div>"
        for i, text in enumerate(POSTS)
    )
    return page(f'<main><h1>Stuck on starting after the update</h1><div class="thread">{posts}</div></main>')


def measured(html: str, url: str):
    doc = load(html)
    ctx = FilterContext(url=url)
    dom_page = prepare(doc.tree, Pipeline().vocabulary, ctx, None, read_metadata(doc.tree))
    blocks = blocks_from(dom_page.body, dom_page.page, ctx)
    return dom_page, blocks, ctx


def test_every_block_gets_one_row_of_every_feature():
    dom_page, blocks, ctx = measured(thread(), "https://community.example.org/t/stuck-on-starting/4411")
    rows = features(dom_page.page, blocks, ctx.page_type)
    assert len(rows) == len(blocks) > 3
    assert all(len(row) == len(FEATURES) for row in rows)
    kind_column = FEATURES.index("type_forum")
    assert all(row[kind_column] == 1.0 for row in rows)
    assert all(math.isfinite(v) for row in rows for v in row)


def test_the_shipped_model_loads_and_gives_probabilities():
    model = default_model()
    assert 0 < model.threshold < 1
    dom_page, blocks, ctx = measured(thread(), "https://community.example.org/t/stuck-on-starting/4411")
    probabilities = [model.probability(row) for row in features(dom_page.page, blocks, ctx.page_type)]
    assert all(0.0 <= p <= 1.0 for p in probabilities)
    assert len(set(probabilities)) > 1  # it tells blocks apart


def test_a_model_for_other_features_is_refused():
    data = json.loads(json.dumps({"features": ["log_chars"], "threshold": 0.5, "bias": 0.0, "learning_rate": 0.1,
                                  "trees": []}))
    with pytest.raises(ValueError, match="other features"):
        Model(data)


def test_trees_are_run_as_written():
    data = {"features": list(FEATURES), "threshold": 0.5, "bias": 0.0, "learning_rate": 1.0,
            "trees": [[0, 2.0, -1.0, [1, 0.5, 0.5, 3.0]], 0.25]}
    model = Model(data)
    row = [0.0] * len(FEATURES)
    assert model.probability(row) == pytest.approx(1 / (1 + math.exp(-(-1.0 + 0.25))))
    row[0], row[1] = 3.0, 1.0
    assert model.probability(row) == pytest.approx(1 / (1 + math.exp(-(3.0 + 0.25))))


def test_a_thread_is_read_by_the_scorer_and_every_block_left_out_is_recorded():
    article = extract(thread(), url="https://community.example.org/t/stuck-on-starting/4411")
    assert article.page_type == "forum"
    assert article.extraction == "scored"
    for post in POSTS:
        assert post in article.text
    scored_out = [r for r in article.removed if r.filter == "block_scorer"]
    assert scored_out, "the page's furniture goes through the scorer"
    assert all(r.reason.startswith("not the page's content: scored") for r in scored_out)
    # Nothing left the page unrecorded: every word of the page's body is kept or removed.
    body = " ".join(r.text for r in article.removed) + " " + article.text + " " + (article.title or "")
    for word in ("Privacy", "Community", "user1"):
        assert word in body


def test_articles_are_not_scored():
    body = "".join(f"<p>{text}</p>" for text in POSTS)
    article = extract(page(f"<article><h1>Pier</h1>{body}</article>"), url="https://news.example.com/2024/03/12/pier")
    assert article.page_type == "article"
    assert article.extraction == "located"
    assert not any(r.filter == "block_scorer" for r in article.removed)
