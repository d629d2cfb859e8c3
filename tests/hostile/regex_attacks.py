"""Adversarial texts for the library's regular expressions, derived from the patterns themselves.

Every compiled pattern the package defines at module level (alone, or in a list or tuple) is
found by walking the package, so a pattern added later is attacked without anyone listing it.
For each pattern the attacks are long runs of what it repeats and near misses of what it wants:
runs of each character and character class it names, each alone and separated by spaces,
apostrophes or punctuation, and its literal words repeated with the final piece missing.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass

import regex

import articleclean

# A representative character for each class escape a pattern may repeat.
_CLASS_SAMPLES = {
    r"\s": [" ", "\t"],
    r"\d": ["1"],
    r"\w": ["a", "_"],
    r"\W": ["!", "-"],
    r"\p{Lu}": ["A"],
    r"\p{Ll}": ["a"],
    r"\p{L}": ["a", "A"],
    r"\p{N}": ["1"],
    r"\b": [" "],
    ".": ["x", "."],
}
_SEPARATORS = ("", " ", "'", "-", ". ", ", ", "\u00a0")
_WORD = regex.compile(r"[^\W\d_]{2,}")
_META = set("\\^$.|?*+()[]{}")


@dataclass(frozen=True)
class Target:
    """A compiled pattern of the package and where it lives."""

    name: str  # "articleclean.structure.quotes._QUOTED"
    pattern: regex.Pattern

    @property
    def source(self) -> str:
        raw = self.pattern.pattern
        return raw.decode("latin-1") if isinstance(raw, bytes) else raw


def library_patterns() -> list[Target]:
    """Every compiled ``regex`` pattern defined at module level anywhere in the package."""
    found: dict[int, Target] = {}
    for info in pkgutil.walk_packages(articleclean.__path__, "articleclean."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            items = value if isinstance(value, (list, tuple)) else [value]
            for k, item in enumerate(items):
                if isinstance(item, regex.Pattern) and id(item) not in found:
                    suffix = f"[{k}]" if items is value else ""
                    found[id(item)] = Target(f"{info.name}.{attr}{suffix}", item)
    return sorted(found.values(), key=lambda t: t.name)


def alphabet(source: str) -> list[str]:
    """Characters the pattern names: literal characters and a sample of each class escape."""
    chars: list[str] = []
    for escape, samples in _CLASS_SAMPLES.items():
        if escape in source:
            chars.extend(samples)
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            if nxt in "pP" and source[i + 2 : i + 3] == "{":
                i = source.find("}", i) + 1 or len(source)
                continue
            if not nxt.isalnum():
                chars.append(nxt)  # an escaped literal: \. \[ \"
            i += 2
            continue
        if ch not in _META and not ch.isalnum() and not ch.isspace():
            chars.append(ch)
        i += 1
    upper = [c for c in source if c.isupper()][:1]
    return list(dict.fromkeys(chars + upper + ["a", "A", " "]))


def literal_words(source: str, limit: int = 6) -> list[str]:
    """A few of the words the pattern spells out (alternatives of phrase lists, titles, verbs)."""
    words = [w for w in _WORD.findall(source.replace("\\s", " ").replace("\\b", " ")) if w not in ("p", "P")]
    words = [w for w in dict.fromkeys(words) if len(w) >= 2 and w not in ("Lu", "Ll", "L", "N")]
    return words[:limit]


def attacks(target: Target, size: int) -> Iterator[tuple[str, str]]:
    """``(label, text)`` pairs of about ``size`` characters crafted against ``target``."""
    source = target.source
    for ch in alphabet(source):
        for sep in _SEPARATORS:
            unit = ch + sep
            if unit.strip() == "" and sep:
                continue
            yield f"run {unit!r}", (unit * (size // len(unit) + 1))[:size] + "\u2603"
    for word in literal_words(source):
        for sep in (" ", "  ", ", ", "' "):
            unit = word + sep
            yield f"words {unit!r}", unit * (size // len(unit) + 1) + word[:-1]
        near = word[:-1] + ("x" if word[-1] != "x" else "y")
        yield f"near miss {near!r}", (near + " ") * (size // (len(near) + 1) + 1)
    opening = [c for c in "“”\"„«»‘’‚([<" if c in source]
    for ch in opening:
        yield f"unclosed {ch!r}", (ch + "ab ") * (size // 4 + 1)
