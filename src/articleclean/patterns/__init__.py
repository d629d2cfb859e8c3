"""Vocabulary of boilerplate as data: phrases per language and class/id tokens.

The filters and the dom stage compile these; the algorithms that use them live elsewhere.
Add a language or a phrase here without touching any logic.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

#: Seconds any one pattern may run on page text before it is abandoned (regex's ``timeout=``).
PATTERN_TIMEOUT = 1.0


def phrase_alternation(phrases: Iterable[str]) -> str:
    """One regex alternation of literal phrases (spaces match any whitespace), longest first."""
    unique = sorted(set(phrases), key=len, reverse=True)
    return "|".join(regex.escape(p).replace("\\ ", r"\s+") for p in unique)


def all_languages(table: dict[str, list[str]]) -> list[str]:
    """Every phrase of a per-language table, flattened."""
    return [p for phrases in table.values() for p in phrases]
