"""An article as Markdown: title, subtitle, sections with their headings, blocks, and the
links, emphasis and code of their words (``Block.inline``).

Text is escaped where Markdown would read it as markup (``*``, ``_``, ``[``, a ``#`` opening a
line …), so that the Markdown, rendered, says the article's text and nothing else.
"""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Article, Block, Inline

_MARKERS = frozenset("#>*+-")
#: Characters Markdown reads as inline markup anywhere in a line.
_INLINE_SPECIAL = frozenset("\\`*_[]<>")


def to_markdown(article: Article, *, links: bool = True, images: bool = True) -> str:
    """The article as Markdown; without ``links``, linked words are plain text; without
    ``images``, figures are left out."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_escape_inline(_one_line(article.title))}")
    if article.subtitle:
        parts.append(f"*{_escape_inline(_one_line(article.subtitle))}*")
    for section in article.sections:
        if section.heading:
            level = min(max(section.level, 2), 6)
            parts.append(f"{'#' * level} {_escape_inline(_one_line(section.heading))}")
        parts.extend(filter(None, (_block(b, links, images) for b in section.blocks)))
    return "\n\n".join(parts) + "\n"


def _block(block: Block, links: bool, images: bool = True) -> str:
    if block.kind == "figure":
        if not images or block.image is None:
            return ""
        src = block.image.src.replace(">", "%3E").replace("<", "%3C")
        return f"![{_escape_inline(block.image.alt)}](<{src}>)"
    if block.kind == "list":
        return "\n".join(f"- {_escape(_escape_inline(item))}" for item in block.items or block.text.split("\n"))
    if block.kind == "code":
        fence = "````" if "```" in block.text else "```"
        return f"{fence}\n{block.text}\n{fence}"
    if block.kind == "table" and block.rows:
        return _table(block.rows)
    lines = _marked(block, links).split("\n")
    if block.kind == "blockquote":
        return "\n".join(f"> {line}" if line else ">" for line in lines)
    if block.kind == "caption":
        return f"*{_one_line(' '.join(lines))}*"
    return "\n".join(_escape(line) for line in lines)


def _marked(block: Block, links: bool) -> str:
    """The block's text with its runs' marks, escaped."""
    if not block.inline:
        return _escape_inline(block.text)
    return "".join(_run(run, links) for run in block.inline)


def _run(run: Inline, links: bool) -> str:
    text = run.text
    body = text.strip()
    if not body or not (run.code or run.strong or run.em or (links and run.href)):
        return _escape_inline(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    if run.code:
        ticks = "``" if "`" in body else "`"
        out = f"{ticks}{' ' if body[:1] == '`' else ''}{body}{' ' if body[-1:] == '`' else ''}{ticks}"
    else:
        out = _escape_inline(body)
    if run.em:
        out = f"*{out}*"
    if run.strong:
        out = f"**{out}**"
    if links and run.href:
        href = run.href.replace(">", "%3E").replace("<", "%3C")
        out = f"[{out}](<{href}>)"
    return f"{lead}{out}{trail}"


def _escape_inline(text: str) -> str:
    """A backslash before each character Markdown would read as inline markup, and before an
    ``&`` that would open a character reference."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch in _INLINE_SPECIAL or (ch == "&" and _opens_reference(text, i)):
            out.append("\\")
        out.append(ch)
    return "".join(out)


def _opens_reference(text: str, i: int) -> bool:
    """Whether the ``&`` at ``i`` starts something like ``&amp;`` or ``&#8211;``."""
    end = text.find(";", i + 1, i + 34)
    return end > i + 1 and (text[i + 1 : end].isalnum() or text[i + 1 : i + 2] == "#")


def _table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    cells = [[_escape_inline(c).replace("|", "\\|") for c in r] + [""] * (width - len(r)) for r in rows]
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
