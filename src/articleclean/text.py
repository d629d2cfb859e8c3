"""Stage 2 for text input: plain text scraped from a page, turned into the same blocks.

Every line is a paragraph, except that a run of hard-wrapped lines (all short, of similar
length) is joined into one. A short line without closing punctuation that stands between
paragraphs is a heading, and so is a Markdown heading ("## Context") wherever it stands.
"""

from __future__ import annotations

import regex

from .model import Block
from .patterns import timeout_for
from .sentences import clean_space

#: Longest line (characters) that can be a heading.
HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 15
_CLOSING = tuple(".!?:;,…\"”’»)]}-–—")
_BULLETS = ("- ", "* ", "• ", "· ", "– ")
_HEADING_OPENERS = frozenset("\"“‘'«»„‚¿¡([")
#: Hard-wrapped text: runs of lines no longer than this.
_WRAP_MAX = 100
_WRAP_MIN = 40
#: A Markdown (ATX) heading: one to six "#", a space, the heading.
_MARKDOWN_HEADING = regex.compile(r"(#{1,6})\s+(\S.*?)(?:\s+#+)?")


def blocks_from_text(text: str) -> list[Block]:
    """The blocks of plain ``text``, in order."""
    runs = _runs(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[Block] = []
    marked: set[int] = set()
    for run in runs:
        for line in _join_wrapped(run):
            heading = _markdown_heading(line)
            if heading is not None:
                marked.add(len(blocks))
                blocks.append(heading)
            else:
                blocks.append(_classify(line))
    return _merge_lists(_demote_heading_runs(blocks, marked))


def _markdown_heading(line: str) -> Block | None:
    if not line.startswith("#"):
        return None
    match = _MARKDOWN_HEADING.fullmatch(line, timeout=timeout_for(line))
    if match is None:
        return None
    return Block("heading", match.group(2), level=len(match.group(1)))


def _demote_heading_runs(blocks: list[Block], marked: set[int]) -> list[Block]:
    """Headings stand between paragraphs: a run of several short lines is not a heading each,
    and the last line, with nothing under it, is not a heading either. A heading marked up as
    one (Markdown's "#") is one wherever it stands, and so is the first line, the title's place,
    when a paragraph follows the run it opens."""
    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.kind != "heading" or i in marked:
            continue
        before = blocks[i - 1].kind if i else None
        after = blocks[i + 1].kind if i + 1 < len(blocks) else None
        if after == "heading" and i + 2 == len(blocks) and i + 1 not in marked:
            after = "paragraph"  # the last line is never a heading: it is this one's paragraph
        if i == 0 and after == "heading" and _run_ends_in_a_paragraph(blocks):
            continue
        if before == "heading" or after in ("heading", None):
            out[i] = Block("paragraph", block.text)
    return out


def _run_ends_in_a_paragraph(blocks: list[Block]) -> bool:
    """Whether the run of heading-shaped lines that opens ``blocks`` is followed by a paragraph."""
    for block in blocks:
        if block.kind != "heading":
            return block.kind == "paragraph"
    return False


def _runs(text: str) -> list[list[str]]:
    runs: list[list[str]] = [[]]
    for line in text.split("\n"):
        line = clean_space(line)
        if line:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _join_wrapped(run: list[str]) -> list[str]:
    """Join a hard-wrapped run ("a line or run of lines is a paragraph") into one line.

    A run is wrapped when every line but the last is of wrapping length and most of them stop
    mid-sentence. A heading line standing right above a wrapped paragraph stays apart.
    """
    if len(run) >= 3 and len(run[0]) < _WRAP_MIN and is_heading_line(run[0]) and _is_wrapped(run[1:]):
        return [run[0], " ".join(run[1:])]
    if _is_wrapped(run):
        return [" ".join(run)]
    return run


def _is_wrapped(run: list[str]) -> bool:
    if len(run) < 2:
        return False
    body = run[:-1]
    if not all(_WRAP_MIN <= len(line) <= _WRAP_MAX for line in body) or len(run[-1]) > _WRAP_MAX:
        return False
    open_ends = sum(1 for line in body if not line.endswith(_CLOSING))
    return open_ends * 2 >= len(body) and open_ends > 0


def _classify(line: str) -> Block:
    if line.startswith(_BULLETS):
        item = line[2:].strip()
        return Block("list", item, items=[item])
    if is_heading_line(line):
        return Block("heading", line, level=2)
    return Block("paragraph", line)


def is_heading_line(line: str) -> bool:
    """A short line that does not end like a sentence and starts with a capital, a digit or an
    opening quote or bracket (not in lower case, not with a markup sign such as "*")."""
    first = line[:1]
    return (
        len(line) <= HEADING_MAX_CHARS
        and len(line.split()) <= HEADING_MAX_WORDS
        and not line.endswith(_CLOSING)
        and ((first.isalnum() and not first.islower()) or first in _HEADING_OPENERS)
        and any(ch.isalpha() for ch in line)
    )


def _merge_lists(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if block.kind == "list" and out and out[-1].kind == "list":
            prev = out[-1]
            out[-1] = Block("list", prev.text + "\n" + block.text, items=[*prev.items, *block.items])
        else:
            out.append(block)
    return out
