"""Drop what is never content: scripts, styles, templates, form controls, hidden elements."""

from __future__ import annotations

import regex
from lxml import etree

from ..filters.base import FilterContext
from ..sentences import clean_space

#: Elements whose content is never article text.
NEVER_CONTENT = frozenset(
    "script style noscript template svg math canvas iframe frame frameset object embed applet "
    "input button select textarea option optgroup datalist label output progress meter "
    "link meta base audio video source track map area dialog head title".split()
)
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_HIDDEN_CLASSES = frozenset(
    "hidden hide d-none is-hidden visually-hidden sr-only screen-reader-text screen-reader-only "
    "element-invisible offscreen".split()
)
# Elements that may be hidden, found in one C-level pass; ``_hidden`` decides.
_HIDDEN_CANDIDATES = etree.XPath(
    ".//*[@hidden or @aria-hidden='true' or contains(@style, 'none') or contains(@style, 'hidden')"
    " or contains(@class, 'hid') or contains(@class, 'sr-only') or contains(@class, 'screen-reader')"
    " or contains(@class, 'invisible') or contains(@class, 'offscreen') or contains(@class, 'd-none')]"
)
#: A <form> holding at least this much paragraph text wraps the page (ASP.NET): keep it.
_FORM_TEXT_KEEP = 500


def clean(body: object, ctx: FilterContext) -> None:
    """Remove never-content elements and hidden elements below ``body``, in place.

    Hidden elements with text are recorded in ``ctx`` under ``hidden``, forms under ``forms``.
    """
    doomed: list[tuple[object, str | None]] = [(el, None) for el in body.iter(*NEVER_CONTENT)]  # type: ignore[attr-defined]
    for form in body.iter("form"):  # type: ignore[attr-defined]
        if not _wraps_content(form):
            doomed.append((form, "a form"))
    for el in _HIDDEN_CANDIDATES(body):
        reason = _hidden(el)
        if reason:
            doomed.append((el, reason))
    for el, reason in doomed:
        if el is body or _detached(el, body):
            continue
        if reason:
            text = clean_space(el.text_content())  # type: ignore[attr-defined]
            ctx.remove(text, reason, filter_name="forms" if reason == "a form" else "hidden")
        el.drop_tree()  # type: ignore[attr-defined]


def _hidden(el: object) -> str | None:
    get = el.get  # type: ignore[attr-defined]
    if get("hidden") is not None:
        return "hidden element (hidden attribute)"
    if get("aria-hidden") == "true":
        return "hidden element (aria-hidden)"
    style = get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden element (style)"
    classes = get("class")
    if classes:
        for token in classes.lower().split():
            if token in _HIDDEN_CLASSES:
                return f"hidden element (class '{token}')"
    return None


def _wraps_content(form: object) -> bool:
    total = 0
    for p in form.iter("p"):  # type: ignore[attr-defined]
        total += len(p.text_content())
        if total >= _FORM_TEXT_KEEP:
            return True
    return False


def _detached(el: object, body: object) -> bool:
    """True when an ancestor of ``el`` was already dropped (so ``el`` is no longer in the page)."""
    for ancestor in el.iterancestors():  # type: ignore[attr-defined]
        if ancestor is body:
            return False
    return el is not body
