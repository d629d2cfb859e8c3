"""Datelines: "WASHINGTON (AP) —", "Washington, D.C. —", "LONDON, Nov 25 (Reuters) -", "(CNN) —"."""

from __future__ import annotations

import regex

from ..model import Dateline
from ..patterns import PATTERN_TIMEOUT

_DASH = r"(?:—|–|--|-|:)"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
          r"|\d{1,2}\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_CAPS_WORD = r"[\p{Lu}][\p{Lu}.'’-]+"
_TITLE_WORD = r"[\p{Lu}][\p{Ll}\p{Lu}.'’-]+"
_REGION = r"(?:[\p{Lu}][\p{L}.'’-]*\.?(?:\s+[\p{Lu}][\p{L}.'’-]*\.?){0,2})"
# "(Reuters)", "(GLOBE NEWSWIRE)", and a press release's "/PRNewswire/".
_AGENCY = r"(?:\((?P<agency>\p{L}[\p{L}&. -]{0,30}?)\)|/(?P<wire>\p{L}[\p{L}&. -]{1,40}?)/)"

_PATTERN = regex.compile(
    rf"""^(?P<raw>
        (?:
          (?P<loc>
             {_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:,\s*{_REGION}){{0,2}}
           | {_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}(?:,\s*{_REGION}){{1,2}}
           | {_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}
          )
          (?:,\s*(?P<date>{_MONTH})(?:,?\s+(?:19|20)\d\d)?)?
          (?:\s*(?:--|—|–)?\s*{_AGENCY})?
        |
          {_AGENCY}
        )
        (?:\s*{_DASH}\s+|(?<=[)/])\s*(?:{_DASH}\s*)?)
    )(?=[\p{{Lu}}\p{{N}}"“‘'„«])""",
    regex.VERBOSE,
)

#: Words that open ordinary sentences and can stand before a dash ("However — …").
_NOT_PLACES = frozenset(
    "however moreover meanwhile still yet instead indeed and but so yes no now then today "
    "tomorrow yesterday finally first second third also again anyway here there this that "
    "these those it he she they we i you update updated editor note dear warning breaking "
    "exclusive analysis opinion watch listen photos video live the a an sponsored advertisement "
    "correction corrections clarification note notes read related tags tip tips question answer q "
    "faq warning caution summary disclosure disclosures disclaimer affiliate advertiser sponsor "
    "background context bottom tl;dr tldr psa reminder heads".split()
)


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph, or None."""
    match = _PATTERN.match(text[:160], timeout=PATTERN_TIMEOUT)
    if not match:
        return None
    loc = match.group("loc")
    agency = match.group("agency") or match.group("wire")
    if loc:
        loc = loc.strip().rstrip(",").rstrip("-–— ")
        first = loc.split()[0].strip(",").casefold()
        if first in _NOT_PLACES:
            return None
        is_caps = loc.replace(".", "").replace(",", "").replace(" ", "").isupper()
        has_region = "," in loc
        # A single Title-case word before a dash is a place only with a region or an agency.
        if not (is_caps or has_region or agency) and len(loc.split()) > 1:
            return None
        if match.group(0).rstrip().endswith(":") and not (is_caps or has_region):
            return None
    return Dateline(
        location=loc or "",
        agency=agency.strip() if agency else None,
        date=match.group("date"),
        raw=match.group("raw").strip(),
    )
