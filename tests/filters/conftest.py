"""Shared helpers for the filter tests: run one filter over blocks, build blocks from HTML."""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
import pytest

from articleclean.dom.blocks import blocks_from
from articleclean.dom.vocabulary import Vocabulary
from articleclean.filters import Filter, FilterContext
from articleclean.model import Block, Removal

try:
    from articleclean.dom.analyse import analyse
except ImportError:  # pragma: no cover - dom stage before the page map
    analyse = None

RunFilter = Callable[..., tuple[list[Block], list[Removal]]]


def _run_filter(filter: Filter, blocks: list[Block], *, is_html: bool = False) -> tuple[list[Block], list[Removal]]:
    """Run ``filter`` the way the pipeline does; return (kept blocks, removals)."""
    ctx = FilterContext(filter_name=filter.name, is_html=is_html)
    before = [(b.kind, b.text) for b in blocks]
    kept = filter.apply(list(blocks), ctx)
    # A filter returns new blocks (``with_text``); it never edits the ones it was given.
    assert [(b.kind, b.text) for b in blocks] == before, "the filter changed its input blocks"
    return kept, ctx.removed


@pytest.fixture
def run_filter() -> RunFilter:
    """``run_filter(filter, blocks) -> (kept, removed)``."""
    return _run_filter


def _html_blocks(html: str, *filters: Filter) -> list[Block]:
    """The blocks of an HTML fragment's root element, hinted by ``filters``' vocabulary.

    Uses the dom stage's own block builder, so each block's ``element`` and ``hints`` are the
    ones the pipeline would give it.
    """
    root = lxml.html.fragment_fromstring(html)
    vocabulary = Vocabulary(filters)
    if analyse is None:  # the older dom stage measured the page inside blocks_from
        return blocks_from(root, vocabulary)
    return blocks_from(root, analyse(root, vocabulary), FilterContext())


@pytest.fixture
def html_blocks() -> Callable[..., list[Block]]:
    """``html_blocks(html, *filters) -> blocks`` built by the dom stage from a fragment."""
    return _html_blocks
