"""Helpers over lxml elements, for plain ``lxml.etree`` trees as for ``lxml.html`` ones."""

from __future__ import annotations

from typing import Any

from lxml import etree


def text_of(element: Any) -> str:
    """All the text inside ``element`` (its own tail excluded), in document order.

    (libxml2's text serialisation: the same text as joining ``itertext()``, several times faster.)
    """
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def drop(element: Any) -> None:
    """Remove ``element`` and everything in it from its tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def same_site(a: str, b: str) -> bool:
    """Whether two hosts are one site ("www." aside, a subdomain of the other counts)."""
    a, b = a.lower().removeprefix("www."), b.lower().removeprefix("www.")
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def link_host(href: str | None) -> str | None:
    """The host an absolute link goes to; "" for a link within the page's site (a relative
    one); None for no link."""
    if not href:
        return None
    if href.startswith(("http://", "https://", "//")):
        rest = href.split("//", 1)[1]
        return rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].lower()
    return ""


def links_elsewhere(element: Any, host: str | None) -> bool:
    """Whether ``element`` holds links and every one goes to another site than ``host``: an
    article's sources and resources do; a teaser for more of the site does not."""
    if not host:
        return False
    hosts = [link_host(a.get("href")) for a in element.iter("a")]
    hosts = [h for h in hosts if h is not None]
    return bool(hosts) and all(h and not same_site(h, host) for h in hosts)
