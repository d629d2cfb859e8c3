"""Stage 5, output: JSON (``Article.to_dict``), Markdown, HTML and plain text renderings."""

from __future__ import annotations

from .html import to_html
from .markdown import to_markdown
from .plain import to_plain_text

__all__ = ["to_html", "to_markdown", "to_plain_text"]
