"""The vocabulary that maps markup to boilerplate kinds: its answers, and its bounded memory of them."""

from __future__ import annotations

import pytest

from articleclean import Pipeline
from articleclean.dom import vocabulary as vocabulary_module


def test_markup_is_classified_by_tag_role_class_and_id() -> None:
    vocabulary = Pipeline().vocabulary
    assert vocabulary.classify_markup("div", "site-footer", None, None) == ("navigation", "class 'site-footer'", False)
    assert vocabulary.classify_markup("div", None, None, "navigation")[:2] == ("navigation", "role 'navigation'")
    assert vocabulary.classify_markup("aside", None, None, None)[0] == "sidebar"
    assert vocabulary.classify_markup("div", "entry-content", None, None) is None
    assert vocabulary.classify_markup("h2", None, "nav_the_plan", None) is None  # a heading's id is an anchor
    assert vocabulary.classify_markup("footer", None, None, None)[2] is True  # page furniture only outside


def test_answers_are_remembered_and_the_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocabulary_module, "CACHE_SIZE", 50)
    vocabulary = Pipeline().vocabulary
    first = vocabulary.classify_markup("div", "share-buttons", None, None)
    assert vocabulary.classify_markup("div", "share-buttons", None, None) is first  # the same answer, remembered
    for n in range(500):
        vocabulary.classify_markup("div", f"column-{n}", None, None)
        assert len(vocabulary._cache) <= 50
    assert vocabulary.classify_markup("div", "share-buttons", None, None) == first


def test_a_token_saying_what_a_wrapper_has_names_no_region() -> None:
    # a layout wrapper named for the sidebar it holds beside the article, or lacks, is no sidebar
    vocabulary = Pipeline().vocabulary
    for cls in ("main-wrap has-rail-right", "has-sidebar", "content with-sidebar-right", "no-sidebar"):
        assert vocabulary.classify_markup("div", cls, None, None) is None, cls
    # … the sidebar itself still is one
    assert vocabulary.classify_markup("div", "rail-right", None, None)[0] == "sidebar"
    assert vocabulary.classify_markup("div", "sidebar-left", None, None)[0] == "sidebar"

