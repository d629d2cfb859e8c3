"""duplicate_sentences: sentences the article already said (pull-quotes, widgets, scraped repeats).

A sentence is a repeat when its normalised form (case, whitespace, quote marks folded) was
seen earlier in the article. A heading glued to a repeated sentence ("Context and Background
NASA's Artemis program …") is a repeat too. Short sentences ("Yes.") are never deduplicated.
A short line with no sentence in it that recurs as a block of its own several times ("Show
picture Close picture" under every photo) is the label of a page control, and every copy goes.
"""

from __future__ import annotations

from ..model import Block
from ..sentences import ends_sentence, normalise, split_sentences
from .base import Filter, FilterContext

_TEXT_KINDS = ("paragraph", "blockquote", "caption")


class DuplicateSentences(Filter):
    name = "duplicate_sentences"
    description = "Sentences already said earlier in the article (pull-quotes, repeated widgets)."
    skip_on = frozenset({"listing", "collection"})  # a listing names its items more than once
    #: Sentences shorter than this (characters, normalised) are never treated as repeats.
    min_chars = 30
    #: A sentence said this many times or more is part of the article's form (a question put
    #: to each interviewee in turn), and every occurrence stays.
    refrain_count = 3
    #: A line of at most this many words, with no sentence end, recurring ``refrain_count``
    #: times or more as a paragraph of its own, is a control's label.
    label_words = 4

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        blocks = self._drop_control_labels(blocks, ctx)
        # (a block shorter than a sentence that can repeat is kept whole without being split)
        split = {
            id(b): [(s, normalise(s)) for s in split_sentences(b.text)]
            for b in blocks
            if b.kind in _TEXT_KINDS and len(b.text) >= self.min_chars
        }
        refrains = self._refrains(split)
        seen: set[str] = set()
        headings: dict[str, list[str]] = {}  # the headings met, by their first word
        kept: list[Block] = []
        for block in blocks:
            if block.kind == "heading":
                heading = normalise(block.text)
                headings.setdefault(heading.split(" ", 1)[0], []).append(heading)
                kept.append(block)
                continue
            if id(block) not in split:
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

    def _drop_control_labels(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        counts: dict[str, int] = {}
        for b in blocks:
            if b.kind == "paragraph" and self._is_label(b.text):
                counts[normalise(b.text)] = counts.get(normalise(b.text), 0) + 1
        labels = {key for key, n in counts.items() if n >= self.refrain_count}
        if not labels:
            return blocks
        kept: list[Block] = []
        for b in blocks:
            if b.kind == "paragraph" and normalise(b.text) in labels:
                ctx.remove(b.text, "a short label repeated through the article (a page control)")
            else:
                kept.append(b)
        return kept

    def _is_label(self, text: str) -> bool:
        # "Earcuff: Zoeca" under each photo is a label with its value: data, not a control.
        return len(text.split()) <= self.label_words and not ends_sentence(text) and ":" not in text

    def _refrains(self, split: dict[int, list[tuple[str, str]]]) -> set[str]:
        """Sentences said ``refrain_count`` times or more: an interview's recurring question, not a repeat."""
        counts: dict[str, int] = {}
        for sentences in split.values():
            for _, key in sentences:
                counts[key] = counts.get(key, 0) + 1
        return {key for key, n in counts.items() if n >= self.refrain_count}

    @staticmethod
    def _is_repeat(key: str, seen: set[str], headings: dict[str, list[str]]) -> bool:
        if key in seen:
            return True
        # (a heading glued before it: only those opening with the sentence's first word can be)
        return any(
            key.startswith(heading + " ") and key[len(heading) + 1:] in seen
            for heading in headings.get(key.split(" ", 1)[0], ())
        )

