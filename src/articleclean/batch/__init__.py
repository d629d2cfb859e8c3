"""Batch cleaning of a whole corpus: folders of pages, JSON Lines dumps, WARC archives.

>>> from articleclean.batch import clean, write
>>> summary = write(clean(["corpus/"], jobs=4), "articles.jsonl")   # doctest: +SKIP

Every input page gives exactly one :class:`Record`; see :func:`run` for resumable runs.
"""

from __future__ import annotations

from .inputs import JsonlFields, Page, read_pages
from .local_engine import LocalEngine
from .output import safe_filename
from .progress import Summary
from .records import Record
from .run import BatchOptions, clean, run, write
from .templates import SiteTemplateFilter, TemplateCounter, Templates

__all__ = [
    "BatchOptions",
    "JsonlFields",
    "LocalEngine",
    "Page",
    "Record",
    "SiteTemplateFilter",
    "Summary",
    "TemplateCounter",
    "Templates",
    "clean",
    "read_pages",
    "run",
    "safe_filename",
    "write",
]
