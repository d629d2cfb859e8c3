"""Datelines: "WASHINGTON (AP) —", "Washington, D.C. —", "LONDON, Nov 25 (Reuters) -", "(CNN) —"."""

from __future__ import annotations

import regex

from ..model import Dateline
from ..patterns import PATTERN_TIMEOUT
from ..patterns.speech import TOWN_PREFIXES

_DASH = r"(?:—|–|--|-|:)"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
          r"|\d{1,2}\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|März|Mai|Okt|Dez)[a-z]*\.?")
_CAPS_WORD = r"[\p{Lu}][\p{Lu}.'’-]+"
_TITLE_WORD = r"[\p{Lu}][\p{Ll}\p{Lu}.'’-]+"
#: Small words inside a place's name: "Frankfurt am Main", "Freiburg im Breisgau", "Newcastle upon Tyne".
_PARTICLE = r"(?:am|an\s+der|im|ob\s+der|upon|de|del|da|do|la|le|sur|en)"
_REGION = r"(?:[\p{Lu}][\p{L}.'’-]*\.?(?:\s+[\p{Lu}][\p{L}.'’-]*\.?){0,2})"
# "(Reuters)", "(GLOBE NEWSWIRE)", and a press release's "/PRNewswire/".
# "(dpa/lno)" and "(KNA/iz)": an agency and its desk.
_AGENCY = r"(?:\((?P<agency>\p{L}[\p{L}&./ -]{0,30}?)\)|/(?P<wire>\p{L}[\p{L}&. -]{1,40}?)/)"

_PATTERN = regex.compile(
    rf"""^(?P<raw>
        (?:
          (?P<loc>
             {_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:\s*/\s*{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}){{0,3}}(?:,\s*{_REGION}){{0,2}}
           | {_TITLE_WORD}(?:\s*/\s*{_TITLE_WORD}){{1,3}}
           | {_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}(?:\s+{_PARTICLE}\s+{_TITLE_WORD})?(?:,\s*{_REGION}){{1,2}}
           | {_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}(?:\s+{_PARTICLE}\s+{_TITLE_WORD})?
          )
          (?:,\s*(?P<date>{_MONTH})(?:,?\s+(?:19|20)\d\d)?)?
          (?:,?\s*(?:--|—|–)?\s*{_AGENCY})?
        |
          {_AGENCY}
        )
        (?:\s*{_DASH}\s+|\s*(?:—|–|--)(?=\p{{Lu}})|(?<=[)/])\s*(?:{_DASH}\s*|\.\s+)?)
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


#: First words of the names of towns ("Bad Sollingen", "Sankt Gallen", "New Haven"), with those
#: that also start people's names or are common words (none of them before a dash, though).
_PLACE_PREFIXES = TOWN_PREFIXES | frozenset(
    "st. new saint neu alt groß klein hohen ober nieder unter north south east west".split()
)


#: News agencies a dateline names in brackets ("Berlin (dpa) -"), folded.
NEWS_AGENCIES = frozenset(
    "dpa afp ap apa epd kna sid age reuters dts cnn upi bloomberg ansa efe xinhua tass pti ians ani sda "
    "keystone-sda ots idw kathpress aap cp ntb tt bbc ips belga anp ritzau pap ctk mti anadolu yonhap "
    "kyodo wam lusa agerpres afx awp dow jones ddp kipa cns ucanews prnewswire".split()
)


def _is_place(bracketed: str) -> bool:
    """Whether the one word in a dateline's brackets is a place, not an agency: a capitalised
    word of four letters or more that names no agency ("(Leipzig) -", not "(Reuters) -")."""
    word = bracketed.strip()
    return (
        " " not in word and "/" not in word and len(word) >= 4 and word[:1].isupper() and word[1:].islower()
        and word.casefold() not in NEWS_AGENCIES
    )


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph, or None."""
    match = _PATTERN.match(text[:160], timeout=PATTERN_TIMEOUT)
    if not match:
        return None
    loc = match.group("loc")
    agency = match.group("agency") or match.group("wire")
    if not loc and agency and _is_place(agency):
        loc, agency = agency, None  # "(Leipzig) -": a place in brackets, no agency
    if loc:
        loc = loc.strip().rstrip(",").rstrip("-–— ")
        first = loc.split()[0].strip(",").casefold()
        if first in _NOT_PLACES:
            return None
        is_caps = loc.replace(".", "").replace(",", "").replace(" ", "").isupper()
        has_region = "," in loc or "/" in loc  # (or places listed: "Berlin/Frankfurt", "München / Berlin")
        # A single Title-case word before a dash is a place only with a region or an agency; so
        # are several, unless a town's first word says so ("Bad Sollingen –", "New Haven —")
        words = loc.split()
        if not (is_caps or has_region or agency) and len(words) > 1 and words[0].casefold() not in _PLACE_PREFIXES:
            return None
        if match.group(0).rstrip().endswith(":") and not (is_caps or has_region):
            return None
    return Dateline(
        location=loc or "",
        agency=agency.strip() if agency else None,
        date=match.group("date"),
        raw=match.group("raw").strip(),
    )
