"""Bylines: "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "Von Max Mustermann"."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import PATTERN_TIMEOUT

_BY = regex.compile(r"^\s*(?:by|von|par|por|di|door)\s+(?P<names>.+)$", regex.IGNORECASE)
_AGENCIES = regex.compile(
    r",?\s*(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|dpa|ap|bloomberg|"
    r"staff writer|staff reporter|correspondent|special to .+|for .+)\s*$",
    regex.IGNORECASE,
)
_TIME_TAIL = regex.compile(
    r"\s*(?:[|,·•–—-]\s*)?(?:updated|published|posted|last updated|aktualisiert|mis à jour)\b.*$",
    regex.IGNORECASE,
)
_NAME = regex.compile(
    r"^(?:[\p{Lu}][\p{L}'’.-]*\.?)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*\.?|de|van|von|der|da|di|la|le|del|bin|al))*$"
)
_SPLIT = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*", regex.IGNORECASE)


def parse_byline(text: str) -> list[str] | None:
    """The names of a byline line, cleaned; None when ``text`` is not a byline."""
    if len(text) > 160:
        return None
    match = _BY.match(text, timeout=PATTERN_TIMEOUT)
    if not match:
        return None
    names = _TIME_TAIL.sub("", match.group("names"), timeout=PATTERN_TIMEOUT)
    names = _AGENCIES.sub("", names, timeout=PATTERN_TIMEOUT).strip(" ,.|")
    people = [_tidy(n) for n in _SPLIT.split(names) if n.strip()]
    if not people or not all(_NAME.match(p, timeout=PATTERN_TIMEOUT) for p in people):
        return None
    if any(len(p.split()) > 5 for p in people):
        return None
    return people


def _tidy(name: str) -> str:
    name = name.strip(" ,.")
    if name.isupper():
        name = " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in name.split())
    return name


def take_byline(blocks: list[Block]) -> tuple[list[str], list[Block], str | None]:
    """(authors, blocks without the byline, the byline's text) from the top of the body."""
    for i, block in enumerate(blocks[:4]):
        if block.kind not in ("paragraph", "heading"):
            continue
        names = parse_byline(block.text)
        if names:
            return names, blocks[:i] + blocks[i + 1 :], block.text
    return [], blocks, None
