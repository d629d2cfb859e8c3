"""Drop what is never content: scripts, styles, templates, embedded objects, form controls, forms."""

from __future__ import annotations

from lxml import etree

from ..filters.base import FilterContext
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


def clean(body: object, ctx: FilterContext) -> None:
    """Remove never-content elements below ``body``, in place; forms are recorded under ``forms``."""
    # One C-level pass; the text after each dropped element stays.
    etree.strip_elements(body, *NEVER_CONTENT, with_tail=False)
    for form in list(body.iter("form")):  # type: ignore[attr-defined]
        if form is body or form.getparent() is None or _wraps_content(form):
            continue
        ctx.remove(clean_space(text_of(form)), "a form", filter_name="forms")
        drop(form)


def _wraps_content(form: object) -> bool:
    """A form that holds a page's worth of text wraps the page; a sign-up or search form does not."""
    return len(text_of(form)) >= _FORM_TEXT_KEEP  # type: ignore[attr-defined]
