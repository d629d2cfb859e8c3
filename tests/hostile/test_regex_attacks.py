"""Text crafted against each of the library's regular expressions, through ``extract``.

``regex_attacks`` finds every compiled pattern in the package and builds long runs of what it
repeats and near misses of what it looks for. Each pattern's attacks go in as the paragraphs of
an HTML page and as lines of scraped text: ``extract`` must return an article or raise an
``ArticleCleanError`` (a pattern's timeout is a warning, or ``ExtractionTimeout``), never
anything else. How long each takes is for ``benchmarks/hostile.py`` to report.
"""

from __future__ import annotations

import html
import sys

import pytest
from regex_attacks import Target, attacks, library_patterns

from articleclean import Article, ExtractionTimeout, extract

TARGETS = library_patterns()
SIZE = 1500


def test_the_patterns_are_found():
    names = {t.name for t in TARGETS}
    assert len(TARGETS) >= 60
    assert "articleclean.structure.quotes._QUOTED" in names
    assert "articleclean.load._HTML_SIGNS" in names
    assert all(len(list(attacks(t, 100))) >= 5 for t in TARGETS)


def _texts(target: Target, size: int = SIZE) -> list[str]:
    return list(dict.fromkeys(text for _, text in attacks(target, size)))


def _outcome(source: str, input_type: str) -> Article | None:
    try:
        article = extract(source, input_type=input_type)
    except ExtractionTimeout as exc:
        assert "took too long" in str(exc)
        return None
    assert isinstance(article, Article)
    if not article.text:
        assert article.warnings
    article.to_markdown()
    return article


@pytest.mark.parametrize("target", TARGETS, ids=[t.name.removeprefix("articleclean.") for t in TARGETS])
def test_attacks_through_extract(target: Target):
    texts = _texts(target)
    page = "<html><head><title>{}</title></head><body><article>{}</article></body></html>".format(
        html.escape(texts[0][:300]), "".join(f"<p>{html.escape(t)}</p>\n" for t in texts)
    )
    _outcome(page, "html")
    _outcome("\n\n".join(texts), "text")


def test_all_attacks_with_patterns_timing_out_at_once(monkeypatch):
    """Every pattern given (next to) no time: each step that runs one is skipped or the call
    raises ExtractionTimeout, never an uncaught TimeoutError."""
    for name, module in list(sys.modules.items()):
        if name.startswith("articleclean") and hasattr(module, "PATTERN_TIMEOUT"):
            monkeypatch.setattr(module, "PATTERN_TIMEOUT", 1e-9)
    texts = [t for target in TARGETS for t in _texts(target, 300)[:4]]
    page = "<html><body><article>" + "".join(f"<p>{html.escape(t)}</p>" for t in texts) + "</article></body></html>"
    _outcome(page, "html")
    _outcome("\n\n".join(texts), "text")


#: The bound on one untimed call: far above what any pattern takes (a tenth of a second or so on
#: a shared 2-core machine), far below a runaway's minutes.
_UNTIMED_BOUND = 10.0


@pytest.mark.parametrize("target", TARGETS, ids=[t.name.removeprefix("articleclean.") for t in TARGETS])
def test_every_pattern_reads_its_attacks_at_the_untimed_length_within_bounds(target: Target):
    """Texts of up to ``UNTIMED_CHARS`` characters are read without a timeout: each pattern's
    attacks at that length end in bounded time (here a generous timeout stands in for the bound:
    a pattern that needed it would fail, not hang the suite)."""
    from articleclean.patterns import UNTIMED_CHARS, timeout_for

    texts = [t[:UNTIMED_CHARS] for t in _texts(target, UNTIMED_CHARS)]
    assert texts and all(timeout_for(t) is None for t in texts)
    if isinstance(target.pattern.pattern, bytes):
        texts = [t.encode("utf-8", "replace")[:UNTIMED_CHARS] for t in texts]
    for text in texts:
        for read in (target.pattern.search, target.pattern.match, target.pattern.findall):
            read(text, timeout=_UNTIMED_BOUND)
    # (the same texts but one character longer are timed)
    assert timeout_for("x" * (UNTIMED_CHARS + 1)) is not None
