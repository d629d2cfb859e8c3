"""What a worker does with one page, whichever engine runs it: clean it into a record, or
(template learning, pass 1) count its blocks. Nothing a page does escapes as an exception."""

from __future__ import annotations

from dataclasses import dataclass

from ..api import extract
from ..errors import ArticleCleanError
from ..output import to_html, to_markdown, to_plain_text
from ..pipeline import Pipeline
from .inputs import Page
from .records import Record
from .templates import SiteFingerprints, page_fingerprints


@dataclass
class Job:
    """The work every page of a batch gets: the pipeline (``None``: the default), the per-page
    timeout in seconds (``None``: none), and ``render``: ``"md"``, ``"html"`` or ``"txt"``, the text form
    to add to each record for a folder output; ``"jsonl"``, records :meth:`~Record.packed` for
    a JSON Lines output; ``None``, records as they are."""

    pipeline: Pipeline | None = None
    timeout: float | None = 30.0
    render: str | None = None

    def clean(self, page: Page) -> Record:
        """The page's record: its article, or the error that stopped it."""
        record = self._record(page)
        return record.packed() if self.render == "jsonl" else record

    def _record(self, page: Page) -> Record:
        page = page.parsed()
        if page.error:
            return Record.from_error(page.id, page.source, page.url, page.error)
        try:
            article = extract(
                page.data, url=page.url, encoding=page.encoding, timeout=self.timeout, pipeline=self.pipeline
            )
            rendered = None
            if self.render == "md":
                rendered = to_markdown(article)
            elif self.render == "html":
                rendered = to_html(article)
            elif self.render == "txt":
                rendered = to_plain_text(article)
            # (inside: the record reads the quotes and the inline runs, found only when first read)
            return Record.from_article(page.id, page.source, page.url, article, rendered)
        except ArticleCleanError as exc:
            return Record.from_error(page.id, page.source, page.url, str(exc))
        except Exception as exc:  # a crash in a filter is this page's error, not the batch's
            return Record.from_error(page.id, page.source, page.url, f"internal error: {type(exc).__name__}: {exc}")

    def fingerprint(self, page: Page) -> SiteFingerprints | None:
        """Pass 1 of template learning (``pipeline`` is then a learning pipeline): the page's site
        and block fingerprints; ``None`` when the page has no site (no URL) or cannot be
        extracted (its error shows in pass 2)."""
        page = page.parsed()
        if page.error:
            return None
        try:
            article = extract(
                page.data, url=page.url, encoding=page.encoding, timeout=self.timeout, pipeline=self.pipeline
            )
        except Exception:  # pass 2 gives the page its error record
            return None
        return page_fingerprints(page.url, article)

    def do(self, mode: str, page: Page) -> Record | SiteFingerprints | None:
        """Run ``mode`` (``"clean"`` or ``"fingerprint"``) on the page."""
        return self.clean(page) if mode == "clean" else self.fingerprint(page)
