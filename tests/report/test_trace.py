"""Where the trace puts a removal: a filter of one's own that cuts words out of a kept block."""

from __future__ import annotations

from articleclean import Filter, Pipeline
from articleclean.report import trace

PAGE = """<html><body><article><h1>A Plain Story About Trains</h1>
<p>The first paragraph talks about trains, timetables, and the people who ride them every day.</p>
<p>The second paragraph [SPONSORED] goes on about stations, platforms, and waiting rooms in towns.</p>
<p>The third paragraph closes the story, with a word about night trains and sleeping cars.</p>
</article></body></html>"""


class CutMarker(Filter):
    name = "cut_marker"
    description = "Cuts '[SPONSORED]' out of paragraphs."

    def apply(self, blocks, ctx):
        out = []
        for block in blocks:
            if "[SPONSORED]" in block.text:
                ctx.remove("[SPONSORED]", "a sponsor marker")
                block = block.with_text(" ".join(block.text.replace("[SPONSORED]", "").split()))
            out.append(block)
        return out


def test_words_cut_from_a_kept_block_are_marked_where_they_stood():
    traced = trace(PAGE, pipeline=Pipeline().add(CutMarker()))
    assert traced.unplaced == []
    [piece] = [p for p in traced.pieces if any(s.filter == "cut_marker" for s in p.segments)]
    assert piece.role == "body"
    assert "".join(s.text for s in piece.segments) == (
        "The second paragraph [SPONSORED] goes on about stations, platforms, and waiting rooms in towns."
    )
    marked = [s for s in piece.segments if s.filter]
    assert [s.text.strip() for s in marked] == ["[SPONSORED]"]
    assert piece.segments[0].filter is None and piece.segments[-1].filter is None
    [record] = [i for i, r in enumerate(traced.removed) if r.filter == "cut_marker"]
    assert marked[0].removals == (record,)


class DropSecond(Filter):
    name = "drop_second"
    description = "Drops the paragraph that starts 'The second'."

    def apply(self, blocks, ctx):
        for block in blocks:
            if block.text.startswith("The second"):
                ctx.remove(block.text, "the second one")
        return [b for b in blocks if not b.text.startswith("The second")]


def test_a_block_dropped_between_kept_ones_keeps_its_place():
    traced = trace(PAGE, pipeline=Pipeline().add(DropSecond()))
    shown = [(p.role, p.segments[0].text[:10], p.segments[0].filter) for p in traced.pieces]
    assert shown == [
        ("title", "A Plain St", None),
        ("body", "The first ", None),
        ("removed", "The second", "drop_second"),
        ("body", "The third ", None),
    ]


class TimesOut(Filter):
    name = "times_out"
    description = "Records a removal, then a pattern times out."

    def apply(self, blocks, ctx):
        ctx.remove(blocks[0].text, "about to time out")
        raise TimeoutError("regex timed out")


def test_a_filter_that_times_out_is_skipped_as_extract_skips_it():
    from articleclean import extract

    pipeline = Pipeline().add(TimesOut())
    traced = trace(PAGE, pipeline=pipeline)
    assert traced.article.to_dict() == extract(PAGE, pipeline=pipeline).to_dict()
    assert not any(r.filter == "times_out" for r in traced.article.removed)
    assert any("times_out" in w for w in traced.article.warnings)
