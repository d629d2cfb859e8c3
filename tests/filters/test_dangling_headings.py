"""dangling_headings: headings and label lines with nothing left to introduce."""

from __future__ import annotations

import pytest

from articleclean.filters import DanglingHeadings
from articleclean.model import Block

BODY = [
    Block("paragraph", "The harbour authority said on Monday that the northern pier will reopen in the summer."),
    Block("paragraph", "Engineers found that the old timber piles had rotted below the waterline."),
]


def test_heading_with_nothing_under_it_goes(run_filter):
    blocks = [*BODY[:1], Block("heading", "Related posts", level=2), Block("heading", "Comments", level=2)]
    kept, removed = run_filter(DanglingHeadings(), blocks)
    assert [b.text for b in kept] == [BODY[0].text]
    assert {r.text for r in removed} == {"Related posts", "Comments"}


def test_heading_with_a_paragraph_under_it_stays(run_filter):
    blocks = [BODY[0], Block("heading", "What comes next", level=2), BODY[1]]
    kept, removed = run_filter(DanglingHeadings(), blocks)
    assert kept == blocks
    assert removed == []


@pytest.mark.parametrize("line", ["Kontakt:", "More information:", "Pour en savoir plus :"])
def test_lead_in_line_ending_the_article_goes(run_filter, line):
    kept, removed = run_filter(DanglingHeadings(), [*BODY, Block("paragraph", line)])
    assert [b.text for b in kept] == [b.text for b in BODY]
    assert [(r.text, r.reason) for r in removed] == [
        (line, "a label line at the end of the article, with nothing under it")
    ]


def test_lead_in_line_with_text_after_it_stays(run_filter):
    address = Block("paragraph", "Hafenamt Nord, Kai 4, 20457 Hamburg")
    blocks = [BODY[0], Block("paragraph", "Kontakt:"), address, BODY[1]]
    kept, removed = run_filter(DanglingHeadings(), blocks)
    assert kept == blocks
    assert removed == []


def test_a_sentence_ending_in_a_colon_is_not_a_lead_in(run_filter):
    line = "The authority listed the reasons for the delay in a statement:"
    kept, removed = run_filter(DanglingHeadings(), [*BODY, Block("paragraph", line)])
    assert [b.text for b in kept][-1] == line
    assert removed == []
