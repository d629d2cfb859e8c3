"""The output record: one per input page, whatever happened to it.

A record's keys are exactly ``id``, ``source``, ``url``, ``status``, ``page_type``,
``extraction``, ``error`` and ``article`` (the article's ``to_dict()``, ``None`` on error;
``page_type`` and ``extraction`` repeat the article's, so that ``index.jsonl``, which has no
articles, can be filtered on them too; ``None`` on error). Other tools read them: keep the names.
"""

from __future__ import annotations

import json
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
    #: The whole record as its JSON line, when the worker that made it wrote it (see :meth:`packed`).
    line: str | None = field(default=None, repr=False, compare=False)
    #: The article's kind of page and extraction path (``None`` on error).
    page_type: str | None = None
    extraction: str | None = None

    @classmethod
    def from_article(
        cls, page_id: str, source: str, url: str | None, article: Article, rendered: str | None = None
    ) -> Record:
        """``ok`` when the article has running text, else ``empty``."""
        status = OK if article.text.strip() else EMPTY
        return cls(
            page_id, source, url, status, None, article.to_dict(),
            page_type=article.page_type, extraction=article.extraction, rendered=rendered,
        )

    @classmethod
    def from_error(cls, page_id: str, source: str, url: str | None, message: str) -> Record:
        return cls(page_id, source, url, ERROR, message, None)

    def packed(self) -> Record:
        """The record with its JSON line written and its article dict dropped (the line holds
        it): what a worker hands back for a JSON Lines output, so that the batch's main
        process, which shares the cores with the workers, only writes the line out."""
        line = json.dumps(self.to_dict(), ensure_ascii=False)
        return Record(
            self.id, self.source, self.url, self.status, self.error, None, self.rendered, line,
            self.page_type, self.extraction,
        )

    def to_dict(self) -> dict[str, Any]:
        if self.line is not None:
            return json.loads(self.line)
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "status": self.status,
            "page_type": self.page_type,
            "extraction": self.extraction,
            "error": self.error,
            "article": self.article,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return cls(
            str(data["id"]), str(data["source"]), data.get("url"), str(data["status"]),
            data.get("error"), data.get("article"),
            page_type=data.get("page_type"), extraction=data.get("extraction"),
        )
