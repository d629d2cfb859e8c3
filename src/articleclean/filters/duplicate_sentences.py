"""duplicate_sentences: sentences the article already said (pull-quotes, widgets, scraped repeats).

A sentence is a repeat when its normalised form (case, whitespace, quote marks folded) was
seen earlier in the article. A heading glued to a repeated sentence ("Context and Background
NASA's Artemis program …") is a repeat too. Short sentences ("Yes.") are never deduplicated.
"""

from __future__ import annotations

from ..model import Block
from ..sentences import normalise, split_sentences
from .base import Filter, FilterContext

_TEXT_KINDS = ("paragraph", "blockquote", "caption")


class DuplicateSentences(Filter):
    name = "duplicate_sentences"
    description = "Sentences already said earlier in the article (pull-quotes, repeated widgets)."
    #: Sentences shorter than this (characters, normalised) are never treated as repeats.
    min_chars = 30
    #: A sentence said this many times or more is part of the article's form (a question put
    #: to each interviewee in turn), and every occurrence stays.
    refrain_count = 3

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        split = {
            id(b): [(s, normalise(s)) for s in split_sentences(b.text)] for b in blocks if b.kind in _TEXT_KINDS
        }
        refrains = self._refrains(split)
        seen: set[str] = set()
        headings: list[str] = []
        kept: list[Block] = []
        for block in blocks:
            if block.kind == "heading":
                headings.append(normalise(block.text))
                kept.append(block)
                continue
            if block.kind not in _TEXT_KINDS:
                kept.append(block)
                continue
            keep: list[str] = []
            repeats: list[str] = []
            for sentence, key in split[id(block)]:
                if len(key) >= self.min_chars and key not in refrains and self._is_repeat(key, seen, headings):
                    repeats.append(sentence)
                else:
                    keep.append(sentence)
                    # A caption may repeat the text; the text never repeats a caption.
                    if len(key) >= self.min_chars and block.kind != "caption":
                        seen.add(key)
            if not repeats:
                kept.append(block)
                continue
            if keep:
                kept.append(block.with_text(" ".join(keep)))
                for sentence in repeats:
                    ctx.remove(sentence, "sentence already in the article")
            else:
                ctx.remove(block.text, f"{block.kind} repeating sentences already in the article")
        return kept

    def _refrains(self, split: dict[int, list[tuple[str, str]]]) -> set[str]:
        """Sentences said ``refrain_count`` times or more: an interview's recurring question, not a repeat."""
        counts: dict[str, int] = {}
        for sentences in split.values():
            for _, key in sentences:
                counts[key] = counts.get(key, 0) + 1
        return {key for key, n in counts.items() if n >= self.refrain_count}

    @staticmethod
    def _is_repeat(key: str, seen: set[str], headings: list[str]) -> bool:
        if key in seen:
            return True
        return any(key.startswith(heading + " ") and key[len(heading) + 1:] in seen for heading in headings)

