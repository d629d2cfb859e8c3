"""An article as Markdown: title, subtitle, sections with their headings, blocks."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Article, Block

_MARKERS = frozenset("#>*+-")


def to_markdown(article: Article) -> str:
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_one_line(article.title)}")
    if article.subtitle:
        parts.append(f"*{_one_line(article.subtitle)}*")
    for section in article.sections:
        if section.heading:
            level = min(max(section.level, 2), 6)
            parts.append(f"{'#' * level} {_one_line(section.heading)}")
        parts.extend(filter(None, (_block(b) for b in section.blocks)))
    return "\n\n".join(parts) + "\n"


def _block(block: Block) -> str:
    if block.kind == "list":
        return "\n".join(f"- {_escape(item)}" for item in block.items or block.text.split("\n"))
    if block.kind == "blockquote":
        return "\n".join(f"> {line}" if line else ">" for line in block.text.split("\n"))
    if block.kind == "code":
        fence = "````" if "```" in block.text else "```"
        return f"{fence}\n{block.text}\n{fence}"
    if block.kind == "table" and block.rows:
        return _table(block.rows)
    if block.kind == "caption":
        return f"*{_one_line(block.text)}*"
    return "\n".join(_escape(line) for line in block.text.split("\n"))


def _table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    cells = [[c.replace("|", "\\|") for c in r] + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape(line: str) -> str:
    """A backslash before what would open a heading, quote or list item ("# ", "- ", "1. ").

    Plain string tests, no pattern: output never depends on a timeout.
    """
    body = line.lstrip()
    if body[:1] in _MARKERS and body[:1]:
        end = 1
    else:
        digits = sum(1 for _ in takewhile(str.isdecimal, body))
        end = digits + 1 if digits and body[digits : digits + 1] in (".", ")") else 0
    if not end or not body[end : end + 1].isspace():
        return line
    return line[: len(line) - len(body)] + "\\" + body
