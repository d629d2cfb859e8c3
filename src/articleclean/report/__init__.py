"""Reports that show what extraction removed and why.

- :func:`explain_html` / :func:`write_explain`: one page's report — the article with every
  removal in place, the dom stage's decisions, the metadata's sources.
- :func:`write_corpus_report`: one page about a batch run, with explain reports for a sample.

Both are single self-contained HTML files that load nothing from the network.
"""

from __future__ import annotations

from .corpus import corpus_html, write_corpus_report, write_explain_sample
from .explain import article_html, explain_html, write_explain
from .trace import Trace, trace

__all__ = [
    "Trace",
    "article_html",
    "corpus_html",
    "explain_html",
    "trace",
    "write_corpus_report",
    "write_explain",
    "write_explain_sample",
]
