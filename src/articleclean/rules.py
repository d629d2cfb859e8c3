"""User rules without code: CSS selectors or XPath expressions to drop or to keep, per site.

A rules file is TOML. The table ``["*"]`` applies to every page; a table named by a host
(``["example.com"]``) applies to that host and its subdomains::

    ["*"]
    drop = [".newsletter-box", "//div[@data-widget='promo']"]

    ["example.com"]
    keep = ["div.article-body"]
    drop = ["div.article-body .inline-promo"]

An expression starting with ``/`` or ``(`` is XPath; anything else is a CSS selector.
``keep`` elements become the article (in page order); ``drop`` elements are removed first,
and recorded under the ``rules`` filter name.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from .context import FilterContext
from .errors import ConfigError
from .sentences import clean_space
from .tree import drop, text_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass
class Selector:
    """One compiled rule expression."""

    source: str
    xpath: etree.XPath

    @classmethod
    def compile(cls, source: str) -> Selector:
        if not isinstance(source, str) or not source.strip():
            raise ConfigError(f"a rule must be a non-empty string, not {source!r}")
        text = source.strip()
        try:
            if text.startswith(("/", "(")):
                return cls(source, etree.XPath(text))
            from lxml.cssselect import CSSSelector

            return cls(source, CSSSelector(text, translator="html"))
        except (etree.XPathSyntaxError, ValueError, ImportError, SyntaxError) as exc:
            raise ConfigError(f"bad rule {source!r}: {exc}") from exc
        except Exception as exc:  # cssselect's own SelectorError derives from SyntaxError/Exception
            raise ConfigError(f"bad rule {source!r}: {exc}") from exc

    def select(self, body: object) -> list[Any]:
        found = self.xpath(body)
        return [el for el in found if isinstance(getattr(el, "tag", None), str)] if isinstance(found, list) else []


@dataclass
class SiteRules:
    """The drop and keep rules that apply to one page."""

    drop_rules: list[Selector] = field(default_factory=list)
    keep_rules: list[Selector] = field(default_factory=list)

    def drop(self, body: object, ctx: FilterContext) -> None:
        for rule in self.drop_rules:
            for el in rule.select(body):
                if el.getparent() is None:
                    continue
                ctx.remove(clean_space(text_of(el)), f"drop rule {rule.source!r}", filter_name="rules")
                drop(el)

    def keep(self, body: object) -> list[object]:
        chosen: list[object] = []
        for rule in self.keep_rules:
            chosen.extend(rule.select(body))
        if not chosen:
            return []
        unique = {id(el): el for el in chosen}
        outermost = [el for el in unique.values() if not any(id(a) in unique for a in el.iterancestors())]
        order = {el: i for i, el in enumerate(body.iter())}  # type: ignore[attr-defined]
        return sorted(outermost, key=lambda el: order.get(el, 0))


@dataclass
class Rules:
    """A whole rules file: rules per host, and ``"*"`` for every host."""

    by_host: dict[str, SiteRules] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> Rules:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read rules file {path}: {exc.strerror or exc}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"rules file {path} is not valid TOML: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rules:
        by_host: dict[str, SiteRules] = {}
        for host, table in data.items():
            if not isinstance(table, dict):
                raise ConfigError(f"rules for {host!r} must be a table with 'drop' and/or 'keep'")
            unknown = set(table) - {"drop", "keep"}
            if unknown:
                raise ConfigError(f"rules for {host!r}: unknown key(s) {', '.join(sorted(unknown))}")
            by_host[host.lower()] = SiteRules(
                drop_rules=[Selector.compile(s) for s in _strings(table.get("drop", []), host)],
                keep_rules=[Selector.compile(s) for s in _strings(table.get("keep", []), host)],
            )
        return cls(by_host)

    def for_host(self, host: str | None) -> SiteRules | None:
        """The rules for a page on ``host``: those of ``"*"`` and of every matching host."""
        merged = SiteRules()
        host = host.lower().rstrip(".") if host else None
        for key, rules in self.by_host.items():
            if key == "*" or (host and (host == key or host.endswith("." + key))):
                merged.drop_rules += rules.drop_rules
                merged.keep_rules += rules.keep_rules
        return merged if (merged.drop_rules or merged.keep_rules) else None


def _strings(value: Any, host: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"rules for {host!r}: 'drop' and 'keep' take a list of strings")
    return value
