"""The output record: one per input page, whatever happened to it.

A record's keys are exactly ``id``, ``source``, ``url``, ``status``, ``error`` and ``article``
(the article's ``to_dict()``, ``None`` on error). Other tools read them: keep the names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Article

OK, EMPTY, ERROR = "ok", "empty", "error"
STATUSES = (OK, EMPTY, ERROR)


@dataclass
class Record:
    """What became of one input page. ``source`` is unique per page within a batch."""

    id: str
    source: str
    url: str | None
    status: str
    error: str | None = None
    article: dict[str, Any] | None = None
    #: The article as Markdown or text, when the batch writes one of those (not part of the record).
    rendered: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_article(
        cls, page_id: str, source: str, url: str | None, article: Article, rendered: str | None = None
    ) -> Record:
        """``ok`` when the article has running text, else ``empty``."""
        status = OK if article.text.strip() else EMPTY
        return cls(page_id, source, url, status, None, article.to_dict(), rendered)

    @classmethod
    def from_error(cls, page_id: str, source: str, url: str | None, message: str) -> Record:
        return cls(page_id, source, url, ERROR, message, None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "status": self.status,
            "error": self.error,
            "article": self.article,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return cls(
            str(data["id"]), str(data["source"]), data.get("url"), str(data["status"]),
            data.get("error"), data.get("article"),
        )
