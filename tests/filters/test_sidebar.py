"""sidebar: widget areas and side rails, found only from their markup (dom-stage hints)."""

from __future__ import annotations

from articleclean.filters import Sidebar
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."


def test_removes_hinted_blocks_only(run_filter):
    blocks = [
        Block("paragraph", ARTICLE),
        Block("paragraph", "Popular this week", hints={"sidebar": "class 'widget-area'"}),
        Block("paragraph", "The sidebar of the report lists every school affected."),
    ]
    kept, removed = run_filter(Sidebar(), blocks)
    assert [b.text for b in kept] == [ARTICLE, "The sidebar of the report lists every school affected."]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("sidebar", "Popular this week", "inside an element marked as class 'widget-area'")
    ]


def test_hint_for_another_filter_does_not_count(run_filter):
    block = Block("paragraph", "Popular this week", hints={"comments": "id 'comments'"})
    kept, removed = run_filter(Sidebar(), [block])
    assert [b.text for b in kept] == ["Popular this week"]
    assert removed == []


def test_dom_stage_hints_complementary_role(run_filter, html_blocks):
    story = "The city council approved the new budget on Tuesday after a long debate about schools. " * 3
    blocks = html_blocks(f'<div><p>{story}</p><div role="complementary"><p>Most popular</p></div></div>', Sidebar())
    kept, removed = run_filter(Sidebar(), blocks, is_html=True)
    assert [b.text for b in kept] == [story.strip()]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("sidebar", "Most popular", "inside an element marked as role 'complementary'")
    ]
