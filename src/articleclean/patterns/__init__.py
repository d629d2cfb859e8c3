"""Vocabulary of boilerplate as data: phrases per language and class/id tokens.

The filters and the dom stage compile these; the algorithms that use them live elsewhere.
Add a language or a phrase here without touching any logic.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

#: Seconds any one pattern may run on page text before it is abandoned (regex's ``timeout=``).
PATTERN_TIMEOUT = 1.0
#: Texts of at most this many characters are read without a timeout: the timeout's two reads of
#: the CPU clock cost more than such a call (about 2 µs a call), and every pattern of the package
#: reads the attacks built against it at this length in a fraction of a second (a test holds it).
UNTIMED_CHARS = 300


def timeout_for(text: str | bytes) -> float | None:
    """The ``timeout=`` of a pattern call on ``text``: none for a short text (``UNTIMED_CHARS``),
    else ``PATTERN_TIMEOUT``."""
    return None if len(text) <= UNTIMED_CHARS else PATTERN_TIMEOUT


_DIGIT = regex.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit, of any script (regex's ``\\d``); the ASCII digits
    are looked for without a pattern call, and ASCII text needs no more."""
    if any(d in text for d in _ASCII_DIGITS):
        return True
    return not text.isascii() and _DIGIT.search(text, timeout=timeout_for(text)) is not None


def phrase_alternation(phrases: Iterable[str], *, any_space: bool = True) -> str:
    """One regex alternation of literal phrases (words with one space between them), the longest
    that matches tried first (as ``"|".join`` of them sorted longest first); spaces match any
    whitespace unless ``any_space`` is false. Built as a tree of the phrases' shared beginnings
    ("Pres(?:ident)?"), so that a pattern reads each letter of a text once, however many phrases
    start with it: a plain alternation tries every phrase in turn at every position.
    """
    tree: dict[str, dict] = {}
    for phrase in set(phrases):
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    space = r"\s+" if any_space else r"\ "
    return _branches(tree, space)


def _branches(node: dict[str, dict], space: str) -> str:
    """The pattern of the phrases below ``node`` of a phrase tree (longer ones tried first)."""
    branches = [(space if char == " " else regex.escape(char)) + _branches(below, space)
                for char, below in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def all_languages(table: dict[str, list[str]]) -> list[str]:
    """Every phrase of a per-language table, flattened."""
    return [p for phrases in table.values() for p in phrases]


_EDGE = regex.compile(r"^[\W_]+|[\W_]+$")
_LEAD = regex.compile(r"^[\W_]+")
# Characters that may stand at a phrase's edge: looked up before any pattern runs.
_EDGE_CHARS = frozenset(" \t\n\"'“”‘’„«»()[]{}*•·–—-_.,;:!?…|/\\#@&+=<>~^`→»›")
_TRAIL = regex.compile(r"[\W_]+$")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


#: Words of a text's opening that :meth:`Phrases.start` reads (more for a longer phrase).
_HEAD_WORDS = 16


# Every filter asks its phrases about the same block texts: what a text reduces to is worked
# out once and remembered (each pattern call costs a few microseconds with its timeout).
@functools.lru_cache(maxsize=2048)
def _whole_key(text: str) -> str:
    return _key(_EDGE.sub("", text, timeout=timeout_for(text)))


@functools.lru_cache(maxsize=2048)
def _head_words(text: str, count: int) -> tuple[str, ...]:
    head = text[:300]
    if head[:1] in _EDGE_CHARS:
        head = _LEAD.sub("", head, timeout=timeout_for(head))
    return tuple(head.casefold().split(None, count)[:count])


@functools.lru_cache(maxsize=2048)
def _without_trail(candidate: str) -> str:
    return _TRAIL.sub("", candidate, timeout=timeout_for(candidate))


class Phrases:
    """A set of phrases, matched by lookup against the start of a text or the whole of it.

    Case, runs of whitespace and punctuation at the edges do not matter. Lookups cost the
    same however many phrases there are, which keeps per-block filters fast.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self._set = {_key(p) for p in phrases if p.strip()}
        self._max_words = max((len(p.split()) for p in self._set), default=1)
        self._first_words = frozenset(p.split()[0] for p in self._set if p)

    def whole(self, text: str) -> str | None:
        """The phrase ``text`` is (ignoring edge punctuation), or None."""
        if len(text) > 200:
            return None
        key = _whole_key(text)
        return key if key in self._set else None

    def start(self, text: str) -> str | None:
        """The longest phrase ``text`` opens with (a whole-word match), or None."""
        # (every phrase set asks for the same number of words, so that they share the answer)
        words = _head_words(text, max(self._max_words, _HEAD_WORDS))[: self._max_words]
        if not words:
            return None
        first = words[0]  # every candidate opens with it (a one-word one may lose its trailing marks)
        if first not in self._first_words and not (
            first[-1] in _EDGE_CHARS and _without_trail(first) in self._first_words
        ):
            return None
        for k in range(len(words), 0, -1):
            candidate = " ".join(words[:k])
            if candidate in self._set:
                return candidate
            if candidate[-1:] in _EDGE_CHARS:
                bare = _without_trail(candidate)
                if bare in self._set:
                    return bare
        return None
