"""Sections: each heading opens one; what comes before the first heading is an untitled one."""

from __future__ import annotations

from ..model import Block, Section


def build_sections(blocks: list[Block]) -> list[Section]:
    sections: list[Section] = []
    current: Section | None = None
    for block in blocks:
        if block.kind == "heading":
            current = Section(heading=block.text, level=block.level)
            sections.append(current)
            continue
        if current is None:
            current = Section(heading=None, level=0)
            sections.append(current)
        current.blocks.append(block)
    # A heading with nothing under it at the very end is not a section worth keeping empty;
    # keep it anyway so no text is lost, but it carries no blocks.
    return sections
