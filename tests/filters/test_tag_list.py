"""tag_list: "Tags: …", "Filed under: …" lines."""

from __future__ import annotations

import pytest

from articleclean.filters import TagList
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."


def para(text: str, **hints: str) -> Block:
    return Block("paragraph", text, hints=hints)


@pytest.mark.parametrize(
    "text",
    [
        "Tags: Mars, NASA",
        "TAGS: Mars, NASA",
        "Filed under: Science",
        "Categories: Science, Space",
        "Schlagwörter: Raumfahrt, NASA",
        "Étiquettes : Mars, NASA",
        "Etiquetas: Marte, NASA",
        "Tag: Marte, NASA",
        "Trefwoorden: Mars, NASA",
    ],
)
def test_removes_tag_lines(run_filter, text):
    kept, removed = run_filter(TagList(), [para(ARTICLE), para(text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [("tag_list", text, "a tag or category line")]


@pytest.mark.parametrize(
    "text",
    [
        "Tags on the animals recorded their dives for three months.",
        "Tagged sharks were tracked for a year, the researchers said.",
        "Topics of the debate included housing and schools.",
        "Category 5 hurricanes are rare, forecasters said.",
    ],
)
def test_keeps_sentences_that_open_with_tag_words(run_filter, text):
    kept, removed = run_filter(TagList(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_max_chars_setting(run_filter):
    text = "Tags: " + ", ".join(f"topic{i}" for i in range(50))
    assert len(text) > 300
    kept, removed = run_filter(TagList(), [para(text)])
    assert [b.text for b in kept] == [text]
    kept, removed = run_filter(TagList(max_chars=1000), [para(text)])
    assert kept == []
    assert [(r.filter, r.text) for r in removed] == [("tag_list", text)]


def test_removes_block_hinted_by_the_dom_stage(run_filter):
    hinted = Block("list", "Mars\nNASA", items=["Mars", "NASA"], hints={"tag_list": "class 'post-tags'"})
    kept, removed = run_filter(TagList(), [para(ARTICLE), hinted])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("tag_list", "Mars\nNASA", "inside an element marked as class 'post-tags'")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Filed under seal in 2021, the documents show the company knew of the defect.",
        "Posted in 2019, the video went viral within days.",
        "Tagged as a security risk, the app was banned by the ministry.",
    ],
)
def test_keeps_sentence_opening_with_a_colonless_tag_phrase(run_filter, text):
    kept, removed = run_filter(TagList(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []
