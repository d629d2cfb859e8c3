"""Which boilerplate kind a page element's markup announces, from the filters' vocabularies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the vocabulary reads the filters' class attributes; it runs none of them)
    from ..filters.base import Filter

#: Tags that are page furniture when they stand outside the article, and whose kind they are.
OUTSIDE_TAGS = {"header": "navigation", "footer": "navigation"}
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: How many markups (tag, class attribute, role) a vocabulary remembers the answer for.
CACHE_SIZE = 20_000
#: How many class and id tokens it remembers the kind of.
TOKEN_CACHE_SIZE = 50_000
_UNSEEN = object()


#: First words of a class token that says what a region has or lacks, not what it is: a layout
#: wrapper "has-sidebar", "has-rail-right", "with-sidebar-right", "no-sidebar" holds the article
#: beside its sidebar (or none), and is no sidebar itself.
_STATE_WORDS = frozenset({"has", "with", "no", "without"})


class Vocabulary:
    """Maps class/id tokens, tags and ARIA roles to the name of the filter that owns them.

    Built once per pipeline; the first filter in pipeline order that claims a token owns it.
    Answers are remembered per markup without an id (up to :data:`CACHE_SIZE`, then forgotten
    all at once) and per token (up to :data:`TOKEN_CACHE_SIZE`): class names recur across the
    pages of a site, and across sites ("container", "row", "entry"); ids do not.
    """

    def __init__(self, filters: Iterable[Filter]) -> None:
        self.tokens: dict[str, str] = {}
        self.tags: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        #: Per kind, the most non-link text a region of that kind holds (None: no limit).
        self.max_text: dict[str, int | None] = {}
        for f in filters:
            self.max_text.setdefault(f.name, f.element_max_text)
            for token in f.element_tokens:
                self.tokens.setdefault(token.lower(), f.name)
            for tag in f.element_tags:
                self.tags.setdefault(tag.lower(), f.name)
            for role in f.element_roles:
                self.roles.setdefault(role.lower(), f.name)
        self._cache: dict[tuple, tuple[str, str, bool] | None] = {}
        self._token_kinds: dict[str, str | None] = {}

    def classify_markup(
        self, tag: str, cls: str | None, ident: str | None, role: str | None
    ) -> tuple[str, str, bool] | None:
        """``(filter name, evidence, only outside the article)`` for an element's markup."""
        if ident is not None:
            # Ids are mostly unique: the answer is not remembered (its tokens are), lest ids
            # crowd out the class attributes, which recur across pages and sites.
            return self._classify(tag, cls, ident, role)
        key = (tag, cls, role)
        found = self._cache.get(key, _UNSEEN)  # (most markups are new to the cache: no KeyError raised for them)
        if found is not _UNSEEN:
            return found  # type: ignore[return-value]
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        found = self._cache[key] = self._classify(tag, cls, ident, role)
        return found

    def _classify(
        self, tag: str, cls: str | None, ident: str | None, role: str | None
    ) -> tuple[str, str, bool] | None:
        tag = tag.lower()
        if tag in self.tags:
            return self.tags[tag], f"<{tag}>", False
        if role and role.lower() in self.roles:
            return self.roles[role.lower()], f"role '{role}'", False
        if cls:
            found = self._by_tokens(cls, "class")
            if found is not None:
                return found
        if ident and tag not in _HEADINGS:  # a heading's id is an anchor made from its words ("nav_the_plan")
            found = self._by_tokens(ident, "id")
            if found is not None:
                return found
        if tag in OUTSIDE_TAGS:
            return OUTSIDE_TAGS[tag], f"<{tag}> outside the article", True
        return None

    def _by_tokens(self, value: str, attr: str) -> tuple[str, str, bool] | None:
        """The kind the first token of a class or id attribute that names one names."""
        kind_of = self._token_kinds
        for token in value.lower().split():
            owner = kind_of.get(token, _UNSEEN)
            if owner is _UNSEEN:
                owner = self._token_kind(token)
            if owner is not None:
                return owner, f"{attr} '{token}'", False  # type: ignore[return-value]
        return None

    def _token_kind(self, token: str) -> str | None:
        """The kind one class or id token names, itself or by one of its parts ("post-sidebar"),
        remembered: tokens recur across sites ("container", "row", "col-md-6") far more than
        whole class attributes do."""
        if len(self._token_kinds) >= TOKEN_CACHE_SIZE:
            self._token_kinds.clear()
        owner = self.tokens.get(token)
        parts = token.replace("_", "-").replace(":", "-").split("-")
        if owner is None and parts[0] not in _STATE_WORDS:
            for part in parts:
                owner = self.tokens.get(part)
                if owner is not None:
                    break
        self._token_kinds[token] = owner
        return owner
