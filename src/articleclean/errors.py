"""The errors articleclean raises. Every one is an :class:`ArticleCleanError`."""

from __future__ import annotations


class ArticleCleanError(Exception):
    """Base class of every error articleclean raises on purpose."""

    #: The CLI's exit status for this kind of error (documented in the README).
    exit_status = 1


class InputError(ArticleCleanError):
    """The input is not a page: binary data, an unknown ``input_type``, and the like."""

    exit_status = 3


class ExtractionTimeout(ArticleCleanError):
    """``extract(..., timeout=...)`` ran out of time."""

    exit_status = 4


class ConfigError(ArticleCleanError):
    """A pipeline or rules configuration is wrong: an unknown filter, a bad selector, bad TOML."""

    exit_status = 2
