"""What a filter is, and what it gets to work with.

A filter is a small class with a ``name``, a one-line ``description`` and an ``apply`` method
that takes the article's blocks and returns the ones it keeps. Everything it drops it must
report through ``ctx.remove(text, reason)``: nothing leaves the article unrecorded.

A filter that removes what is the content of some kinds of page (a listing's linked titles and
teasers) names those kinds in ``skip_on``; the pipeline does not run it there.

A filter may also name the class/id tokens, tags and ARIA roles of page elements that hold its
kind of boilerplate (``element_tokens``, ``element_tags``, ``element_roles``, bounded by
``element_max_text``). The dom stage
uses them to keep such regions from being chosen as the article, and marks every block found
inside one with a *hint* (``block.hints[filter.name]``); :class:`VocabularyFilter` removes
hinted blocks. Disabling a filter disables its element vocabulary too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from ..context import FilterContext
from ..errors import ConfigError
from ..model import Block

__all__ = ["Filter", "FilterContext", "VocabularyFilter"]

#: Class attributes that describe a filter rather than configure it.
_NOT_SETTINGS = frozenset(
    {"name", "description", "element_tokens", "element_tags", "element_roles", "element_max_text"}
)


class Filter:
    """Base class of every filter. Subclass it, set ``name`` and ``description``, write ``apply``.

    Settings are class attributes with defaults; ``MyFilter(min_chars=10)`` overrides one.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    element_tokens: ClassVar[Sequence[str]] = ()
    element_tags: ClassVar[Sequence[str]] = ()
    element_roles: ClassVar[Sequence[str]] = ()
    #: The most non-link text (characters) a region of this kind holds; a region whose markup
    #: says it is this kind but that holds more prose is not one (``None``: no limit).
    element_max_text: ClassVar[int | None] = None
    #: Kinds of page (``Article.page_type``) this filter leaves alone, because there what it
    #: removes is the content (a listing's items are links), and readings (``Article.extraction``)
    #: whose own judgment already covers it (the block scorer weighs link density). A setting:
    #: ``LinkList(skip_on=frozenset())`` runs it everywhere.
    skip_on: frozenset[str] = frozenset()

    def __init__(self, **settings: Any) -> None:
        self.configure(**settings)

    def configure(self, **settings: Any) -> None:
        """Change settings by name; an unknown name is a :class:`ConfigError`."""
        for key, value in settings.items():
            if key in _NOT_SETTINGS or key.startswith("_") or not hasattr(type(self), key) or callable(
                getattr(type(self), key)
            ):
                raise ConfigError(f"filter {self.name!r} has no setting {key!r}")
            setattr(self, key, value)

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class VocabularyFilter(Filter):
    """A filter that drops blocks the dom stage hinted as its kind, and blocks ``match`` flags.

    Subclasses implement ``match(block) -> reason | None`` for the text rule.
    """

    #: Longest block (characters) the text rule looks at; longer ones are kept unread.
    max_chars: int | None = None

    def match(self, block: Block) -> str | None:
        return None

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        kept: list[Block] = []
        limit = self.max_chars
        # On a scored reading the block scorer has already weighed the marks of each block's
        # region; here only the text rule judges.
        marks = ctx.reading != "scored"
        for block in blocks:
            evidence = block.hints.get(self.name) if marks else None
            if evidence:
                reason: str | None = f"inside an element marked as {evidence}"
            elif limit is not None and len(block.text) > limit:
                reason = None
            else:
                reason = self.match(block)
            if reason:
                ctx.remove(block.text, reason)
            else:
                kept.append(block)
        return kept
