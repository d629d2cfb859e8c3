"""article_meta: date and time lines, publication-status words, reading times and counters."""

from __future__ import annotations

import pytest

from articleclean.filters import ArticleMeta
from articleclean.model import Block

ARTICLE = "The council approved the budget on 12 March 2024 after a debate of 5 hours."


@pytest.mark.parametrize(
    "text",
    ["12 March 2024", "Updated 10:45 a.m.", "5 min read", "21 minutes - 4312 words", "71 Kommentare", "1.204 Aufrufe"],
)
def test_removes_dates_and_counters(run_filter, text):
    kept, removed = run_filter(ArticleMeta(), [Block("paragraph", ARTICLE), Block("paragraph", text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [r.text for r in removed] == [text]


@pytest.mark.parametrize(
    "text",
    [ARTICLE, "In 2024, 4312 words were added to the dictionary.", "71 people read the report."],
)
def test_keeps_sentences_with_numbers(run_filter, text):
    kept, removed = run_filter(ArticleMeta(), [Block("paragraph", text)])
    assert [b.text for b in kept] == [text]
    assert removed == []
