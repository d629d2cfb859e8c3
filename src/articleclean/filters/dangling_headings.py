"""dangling_headings: headings left with nothing under them ("Related posts" after its list went).

Runs after the other filters: a heading whose section is empty — the next block is a heading
of the same or a higher level, or nothing follows — introduced something that was removed,
or was never article text ("Share this", "Comments").
"""

from __future__ import annotations

from ..model import Block
from .base import Filter, FilterContext


class DanglingHeadings(Filter):
    name = "dangling_headings"
    description = "Headings left with no text under them once the boilerplate they introduced is gone."

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        kept: list[Block] = []
        for i, block in enumerate(blocks):
            if block.kind == "heading" and _empty_section(blocks, i):
                ctx.remove(block.text, "a heading with nothing under it")
            else:
                kept.append(block)
        return kept


def _empty_section(blocks: list[Block], i: int) -> bool:
    level = blocks[i].level or 6
    for nxt in blocks[i + 1 :]:
        if nxt.kind != "heading":
            return False
        if (nxt.level or 6) <= level:
            return True
    return True
