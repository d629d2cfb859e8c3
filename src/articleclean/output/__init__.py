"""Stage 5, output: JSON (``Article.to_dict``), Markdown and plain text renderings."""

from __future__ import annotations

from .markdown import to_markdown
from .plain import to_plain_text

__all__ = ["to_markdown", "to_plain_text"]
