"""The thread starter: who opened a forum thread or asked a question, from the page's markup.

A thread's author is its first post's. Posts mark their author's name with a class ("username",
"ipsUsername", "PostUser-name", "hnuser" …) or with microdata (``itemprop="author"``); the
first such name after the thread's headline is the one who opened it (the names before the
headline belong to the site's header: who is signed in, moderators, the newest members).
"""

from __future__ import annotations

import regex

from ..patterns import timeout_for
from ..sentences import clean_space
from ..tree import text_of
from .analyse import PageMap

#: Class names that mark a poster's name (a part of the name is enough: "ipsUsername").
_POSTER_CLASS = regex.compile(r"user-?_?name|\bhnuser\b", regex.IGNORECASE)
#: A name longer than this is a post or a profile card, not a name.
MAX_NAME = 40


def thread_starter(page: PageMap) -> str | None:
    """The name of the first poster after the page's first ``<h1>`` (or from the top, without one)."""
    elements = page.elements
    start = next((i for i, el in enumerate(elements) if el.tag == "h1"), 0)
    for i in range(start, len(elements)):
        if page.hidden[i] is not None:
            continue
        el = elements[i]
        if el.get("itemprop") == "author":
            name = _name_in(el)
        else:
            cls = el.get("class")
            if not cls or _POSTER_CLASS.search(cls, timeout=timeout_for(cls)) is None:
                continue
            name = clean_space(text_of(el))
        if name and len(name) <= MAX_NAME:
            return name
    return None


def _name_in(el: object) -> str:
    """The name a microdata author element gives: its ``name`` property, else its first link's text."""
    for sub in el.iter():  # type: ignore[attr-defined]
        if sub is not el and sub.get("itemprop") == "name":
            return clean_space(sub.get("content") or text_of(sub))
    link = next(el.iter("a"), None)  # type: ignore[attr-defined]
    return clean_space(text_of(link if link is not None else el))
