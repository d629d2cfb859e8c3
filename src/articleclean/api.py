"""``extract``: wires the stages together — load, dom (or text), filters, structure."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

from .chain import read_page
from .context import FilterContext
from .dom.figures import find_figures, place_figures
from .dom.inline import mark_inline
from .errors import ExtractionTimeout
from .load import load
from .model import Article, Block
from .pipeline import Pipeline
from .rules import Rules
from .structure import Metadata, build_article, read_metadata
from .text import blocks_from_text


def extract(
    source: str | bytes | object,
    *,
    url: str | None = None,
    input_type: str = "auto",
    encoding: str | None = None,
    timeout: float | None = None,
    pipeline: Pipeline | None = None,
    disable: Iterable[str] = (),
    settings: Mapping[str, Mapping[str, Any]] | None = None,
    rules: Rules | None = None,
    inline: bool = True,
) -> Article:
    """Turn a page (HTML or scraped text, ``str`` or ``bytes``; or a page parsed already, an lxml
    element or tree or a BeautifulSoup object) into a structured :class:`Article`.

    ``url`` names the page (for per-site rules and ``Article.url``); ``input_type`` is
    ``"auto"``, ``"html"`` or ``"text"``; ``encoding`` is a charset known from outside (an
    HTTP header) and wins over the page's own; ``timeout`` bounds the call in seconds
    (:class:`~articleclean.errors.ExtractionTimeout`). ``pipeline`` replaces the default
    filters; ``disable`` and ``settings`` adjust them; ``rules`` adds CSS/XPath drop and keep
    rules. ``inline`` (on by default) gives HTML blocks their links and emphasis
    (``Block.inline``). The same input always gives the same article.
    """
    deadline = time.monotonic() + timeout if timeout is not None else None
    pipeline = resolve_pipeline(pipeline, disable=disable, settings=settings, rules=rules)
    try:
        return _run(source, url, input_type, encoding, deadline, pipeline, inline)
    except TimeoutError as exc:  # a pattern's own timeout, outside the steps that can skip it
        raise ExtractionTimeout(f"a pattern took too long on this page ({exc})") from None


def _run(
    source: str | bytes | object, url: str | None, input_type: str, encoding: str | None, deadline: float | None,
    pipeline: Pipeline, inline: bool = True,
) -> Article:
    doc = load(source, input_type=input_type, encoding=encoding)
    host = urlsplit(url).hostname if url else None
    ctx = FilterContext(url=url, host=host, is_html=doc.kind == "html", deadline=deadline)
    ctx.warnings.extend(doc.warnings)
    ctx.check_time()

    if doc.tree is not None:
        meta = page_metadata(doc.tree, ctx)
        site_rules = pipeline.rules.for_host(host) if pipeline.rules else None
        reading = read_page(doc.tree, pipeline.vocabulary, ctx, pipeline.run, rules=site_rules, meta=meta,
                           fallbacks=pipeline.fallbacks)
        blocks, kept = reading.blocks, reading.kept
    else:
        meta = Metadata()
        blocks = blocks_from_text(doc.text)
        if not blocks:
            ctx.warnings.append("no article text found")
        kept = pipeline.run(blocks, ctx)
        ctx.check_time()
    return finish_article(blocks, kept, meta, ctx, url=url, encoding=doc.encoding, inline=inline)


def page_metadata(tree: object, ctx: FilterContext) -> Metadata:
    """The page's metadata; none, with a warning, when a pattern takes too long on it."""
    try:
        return read_metadata(tree, ctx.url)
    except TimeoutError:
        ctx.warnings.append("metadata skipped: a pattern took too long on this page")
        return Metadata()


def finish_article(
    blocks: list[Block], kept: list[Block], meta: Metadata, ctx: FilterContext, *, url: str | None,
    encoding: str | None, inline: bool = True,
) -> Article:
    """The structure stage over the kept blocks, and the warnings and fields ``extract`` adds;
    with ``inline``, the kept blocks' links and emphasis first, and the figures among them after."""
    if blocks and not kept:
        ctx.warnings.append("every block was removed by the filters")
    base = urljoin(url or meta.url or "", meta.base or "") or None
    figures = find_figures(ctx.page_map, kept, base) if inline and ctx.page_map is not None else []
    if inline:
        mark_inline(kept, base)
    article = build_article(kept, meta, ctx)
    # (a portrait whose alt text is an author's name is the byline's picture, not the article's)
    figures = [(i, f) for i, f in figures if f.image and f.image.alt not in article.authors]
    if figures:
        place_figures(article.sections, figures, ctx.page_map)
    if kept and not article.sections:
        ctx.warnings.append("the article has no body text: what was found is its title or standfirst only")
    if url:
        article.url = url
        article.sources["url"] = "caller"
    article.encoding = encoding
    return article


def resolve_pipeline(
    pipeline: Pipeline | None = None,
    *,
    disable: Iterable[str] = (),
    settings: Mapping[str, Mapping[str, Any]] | None = None,
    rules: Rules | None = None,
) -> Pipeline:
    """The pipeline ``extract`` runs for these options: the default one, built once, when none
    are given; else ``pipeline`` (or the default filters) with ``disable``, ``settings`` and
    ``rules`` applied."""
    if pipeline is None and not (disable or settings or rules is not None):
        return _default_pipeline()
    if pipeline is None:
        return Pipeline(disable=disable, settings=settings, rules=rules)
    if disable or settings or rules is not None:
        changed = Pipeline(pipeline.filters, disable=disable, settings=settings, rules=rules or pipeline.rules)
        changed.fallbacks = pipeline.fallbacks
        return changed
    return pipeline


_DEFAULT: list[Pipeline] = []


def _default_pipeline() -> Pipeline:
    """The default pipeline, built once: filters hold settings only, never a page's data."""
    if not _DEFAULT:
        _DEFAULT.append(Pipeline())
    return _DEFAULT[0]
