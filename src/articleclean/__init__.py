"""articleclean: scraped web articles in, clean structured articles out.

>>> from articleclean import extract
>>> article = extract("<html><body><article><h1>Hi</h1><p>Some text here.</p></article></body></html>")
>>> article.title
'Hi'
"""

from __future__ import annotations

from .api import extract
from .errors import ArticleCleanError, ConfigError, ExtractionTimeout, InputError
from .filters import DEFAULT_FILTERS, Filter, FilterContext, VocabularyFilter
from .model import Article, Block, Dateline, Quote, Removal, Section
from .pipeline import Pipeline
from .rules import Rules

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_FILTERS",
    "Article",
    "ArticleCleanError",
    "Block",
    "ConfigError",
    "Dateline",
    "ExtractionTimeout",
    "Filter",
    "FilterContext",
    "InputError",
    "Pipeline",
    "Quote",
    "Removal",
    "Rules",
    "Section",
    "VocabularyFilter",
    "__version__",
    "extract",
]
