"""An article as plain text: title, subtitle, then the body (``Article.text``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Article


def to_plain_text(article: Article) -> str:
    head = [t for t in (article.title, article.subtitle) if t]
    body = article.text
    return "\n\n".join([*head, body] if body else head) + "\n"
