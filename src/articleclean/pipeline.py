"""The ordered, switchable list of filters an extraction runs, plus the user's rules."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from .dom.vocabulary import Vocabulary
from .errors import ConfigError
from .filters import DEFAULT_FILTERS, Filter, FilterContext
from .model import Block
from .rules import Rules


class Pipeline:
    """The filters to run, in order.

    ``Pipeline()`` is the default pipeline; ``Pipeline(disable=["duplicate_sentences"],
    settings={"cart_notice": {"max_chars": 300}})`` changes it; ``pipeline.add(MyFilter(),
    after="cart_notice")`` registers a filter of your own.
    """

    def __init__(
        self,
        filters: Iterable[Filter] | None = None,
        *,
        disable: Iterable[str] = (),
        settings: Mapping[str, Mapping[str, Any]] | None = None,
        rules: Rules | None = None,
    ) -> None:
        if filters is None:
            filters = [cls() for cls in DEFAULT_FILTERS]
        # Copies, so that settings given here never change a filter another pipeline holds.
        self.filters: list[Filter] = [copy.copy(f) for f in filters]
        self._check_names()
        for name, values in (settings or {}).items():
            self._named(name).configure(**values)
        for name in disable:
            self.disable(name)
        self.rules = rules
        self.vocabulary = Vocabulary(self.filters)
        #: Whether the extraction chain may read the page again when the filters keep too little
        #: of it (``chain.py``). Off for a pipeline whose filters take every block on purpose, as
        #: the first pass of site-template learning does.
        self.fallbacks = True

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.filters]

    def _named(self, name: str) -> Filter:
        for f in self.filters:
            if f.name == name:
                return f
        raise ConfigError(f"no filter named {name!r}; filters are: {', '.join(self.names)}")

    def disable(self, name: str) -> Pipeline:
        """Remove the filter called ``name``. Unknown names are an error, not a silent no-op."""
        self._named(name)
        self.filters = [f for f in self.filters if f.name != name]
        self.vocabulary = Vocabulary(self.filters)
        return self

    def add(self, filter: Filter, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Insert ``filter`` (at the end, or before/after a named filter)."""
        if not isinstance(filter, Filter) or not filter.name:
            raise ConfigError("a filter must be a Filter instance with a name")
        if filter.name in self.names:
            raise ConfigError(f"a filter named {filter.name!r} is already in the pipeline")
        anchor = before or after
        if anchor is None:
            self.filters.append(filter)
        else:
            if anchor not in self.names:
                raise ConfigError(f"no filter named {anchor!r} to insert next to")
            index = self.names.index(anchor) + (1 if after else 0)
            self.filters.insert(index, filter)
        self.vocabulary = Vocabulary(self.filters)
        return self

    def run(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        """Run every filter in order. A pattern that times out skips its filter, with a warning."""
        for f in self.filters:
            ctx.check_time()
            blocks = run_filter(f, blocks, ctx)
        ctx.filter_name = ""
        return blocks

    def _check_names(self) -> None:
        seen: set[str] = set()
        for f in self.filters:
            if not f.name:
                raise ConfigError(f"filter {f!r} has no name")
            if f.name in seen:
                raise ConfigError(f"two filters are named {f.name!r}")
            seen.add(f.name)


def run_filter(f: Filter, blocks: list[Block], ctx: FilterContext) -> list[Block]:
    """Run one filter, unless the kind of page it is read as, or the reading, is one the filter
    leaves alone (``Filter.skip_on``); a pattern that times out skips it, with a warning."""
    if ctx.read_as in f.skip_on or ctx.reading in f.skip_on:
        return blocks
    ctx.filter_name = f.name
    recorded = len(ctx.removed)
    try:
        return f.apply(blocks, ctx)
    except TimeoutError:
        # The skipped filter keeps nothing from its partial run: its blocks all stay, so none
        # of them may be reported removed.
        del ctx.removed[recorded:]
        ctx.warnings.append(f"filter {f.name!r} skipped: a pattern took too long on this page")
        return blocks
