"""Drop what is never content: scripts, styles, templates, embedded objects, form controls, forms."""

from __future__ import annotations

from lxml import etree

from ..context import FilterContext
from ..sentences import clean_space
from ..tree import drop, text_of

#: Elements whose content is never article text.
NEVER_CONTENT = frozenset(
    "script style noscript template svg math canvas iframe frame frameset object embed applet "
    "input button select textarea option optgroup datalist label output progress meter "
    "link meta base audio video source track map area dialog head title "
    # Namespaced XHTML islands keep their prefix in an HTML parse.
    "svg:svg math:math m:math mml:math".split()
)
#: A <form> holding at least this much text wraps the page (ASP.NET, forums): keep it.
_FORM_TEXT_KEEP = 1500
#: <noscript> text below this is a "please enable JavaScript" line, never the page.
_NOSCRIPT_MIN_TEXT = 200


def clean(body: object, ctx: FilterContext) -> None:
    """Remove never-content elements below ``body``, in place; forms are recorded under ``forms``."""
    # One C-level pass; the text after each dropped element stays.
    etree.strip_elements(body, *(NEVER_CONTENT - {"noscript"}), with_tail=False)
    if _page_in_noscript(body):
        # A page rendered by scripts that serves its text for readers without them in
        # <noscript> (forum engines do): that is the page a reader without scripts sees.
        etree.strip_tags(body, "noscript")
        ctx.warnings.append("the page's text is in <noscript> (its scripts render the rest): read from there")
    else:
        etree.strip_elements(body, "noscript", with_tail=False)
    for form in list(body.iter("form")):  # type: ignore[attr-defined]
        if form is body or form.getparent() is None or _wraps_content(form):
            continue
        ctx.remove(clean_space(text_of(form)), "a form", filter_name="forms")
        drop(form)


def _page_in_noscript(body: object) -> bool:
    """Whether the page's <noscript> elements hold more text than all the rest of it."""
    inside = sum(_visible_chars(text_of(el)) for el in body.iter("noscript"))  # type: ignore[attr-defined]
    if inside < _NOSCRIPT_MIN_TEXT:
        return False
    return inside > _visible_chars(text_of(body)) - inside


def _visible_chars(text: str) -> int:
    return len(text) - sum(map(text.count, " \n\t\r"))


def _wraps_content(form: object) -> bool:
    """A form that holds a page's worth of text wraps the page; a sign-up or search form does not."""
    return len(text_of(form)) >= _FORM_TEXT_KEEP  # type: ignore[attr-defined]
