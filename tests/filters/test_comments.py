"""comments: reader comment sections, found only from their markup (dom-stage hints)."""

from __future__ import annotations

from articleclean.filters import Comments
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."


def test_removes_hinted_blocks_only(run_filter):
    blocks = [
        Block("paragraph", ARTICLE),
        Block("paragraph", "Great article, thanks!", hints={"comments": "id 'comments'"}),
        Block("paragraph", "Comments from residents at the hearing were mostly critical."),
    ]
    kept, removed = run_filter(Comments(), blocks)
    assert [b.text for b in kept] == [ARTICLE, "Comments from residents at the hearing were mostly critical."]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("comments", "Great article, thanks!", "inside an element marked as id 'comments'")
    ]


def test_dom_stage_hints_comment_section(run_filter, html_blocks):
    story = "The city council approved the new budget on Tuesday after a long debate about schools. " * 3
    blocks = html_blocks(
        f'<div><p>{story}</p><section id="comments"><p>Great article, thanks!</p></section></div>', Comments()
    )
    kept, removed = run_filter(Comments(), blocks, is_html=True)
    assert [b.text for b in kept] == [story.strip()]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("comments", "Great article, thanks!", "inside an element marked as id 'comments'")
    ]
