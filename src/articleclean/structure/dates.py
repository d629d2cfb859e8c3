"""Dates: ISO 8601 from the forms pages write, and the page's publication date from its evidence.

A page states its date in several places that can disagree: its structured data (JSON-LD
``datePublished``, meta tags), the line the reader sees under the headline ("By Jane Doe ·
Updated Sep 17, 2025"), ``<time>`` elements, its URL (``/2025/12/19/``). ``metadata.py`` fills a
:class:`DateEvidence` from the parsed page (its structured dates, then :func:`read_shown_dates`)
before the dom stage changes it; :func:`choose_date` picks the date, and says which evidence it
came from:

* an article's date is the one shown with its headline, where the page shows one (what its
  reader, and a citation, takes for the article's date), else its structured publication date;
* a thread's or a page of another kind is dated by its structured data first (its headline
  zone often shows the newest reply's date), then by what it shows;
* then the first date the page's opening text shows, then its URL, then its last modification
  (from its structured data, else from a "Last updated:" statement on the page).

No date later than the page's own newest structured date, or before 1995, is believed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import regex
from lxml import etree

from ..patterns import PATTERN_TIMEOUT, timeout_for
from ..patterns.dates import MODIFIED_WORDS, PROFILE_WORDS, PUBLISHED_WORDS, updated_statement, written_dates
from ..tree import text_of

_ISO = regex.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_FORMATS = ("%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y%m%d",
            "%a, %d %b %Y %H:%M:%S %z")


def normalise_date(value: str) -> str | None:
    """``"2025-03-04T09:30:00+00:00"`` stays as it is; other common forms become ISO 8601."""
    value = (value or "").strip()
    if not value:
        return None
    iso = _ISO.match(value, timeout=timeout_for(value))
    if iso:
        year, month, day, hour, minute, second, zone = iso.groups()
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return None
        if hour is None:
            return f"{year}-{month}-{day}"
        out = f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}"
        if zone:
            out += "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
        return out
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return parsed.isoformat() if (parsed.hour or parsed.minute or parsed.tzinfo) else parsed.date().isoformat()
    return None


# -- the evidence ---------------------------------------------------------------------------

#: Text read around the headline: this many characters after it, and before it.
HEADLINE_AFTER = 300
HEADLINE_BEFORE = 120
#: Of the page's visible text, the opening this long is searched when the headline shows no date.
OPENING = 1000
#: Where nothing else dates a page, this much of its text is searched for a "last updated" statement.
PAGE_TEXT = 200_000
_URL_DATE = regex.compile(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?=[/_.-]|$)")
#: Elements whose text no reader sees.
_UNSEEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "select", "option"})
#: Page regions outside the content: the opening text skips them.
_FURNITURE = frozenset({"nav", "footer", "aside", "menu"})
#: Elements a reader sees as lines of their own: the text keeps a line break at their edges
#: ("By Jane Doe" in one, a caption's "Vehicles crawl …" in the next run on as no name).
_LINE_TAGS = frozenset(
    "p div li dt dd h1 h2 h3 h4 h5 h6 figure figcaption header footer section article aside "
    "ul ol dl table tr blockquote address br hr".split()
)
_EARLIEST_YEAR = 1995


@dataclass
class DateEvidence:
    """Where a page states dates, each as ISO ``YYYY-MM-DD`` (or a full timestamp from markup)."""

    #: Publication dates from structured data, best source first: ``(date, source)``.
    structured: list[tuple[str, str]] = field(default_factory=list)
    #: The last modification the structured data gives: ``(date, source)``.
    modified: tuple[str, str] | None = None
    #: Dates shown around the headline, in reading order: ``(date, word)`` where the word is
    #: ``"published"``, ``"modified"`` or ``""`` (what the words before the date say).
    headline: list[tuple[str, str]] = field(default_factory=list)
    #: The first date in the page's opening text, out of its navigation and footers.
    opening: str | None = None
    #: A date in the page's URL path.
    url: str | None = None
    #: The text right under the headline (a byline may stand there, outside the article's container),
    #: a line for each line its elements break off.
    under_headline: str = ""
    #: Where nothing else dates the page: its statement that it was last updated ("Last updated:
    #: June 2022", a month alone read as its first day).
    statement: str | None = None

    def believable(self, date: str) -> bool:
        """No later than the newest date the page's structured data gives (when it gives one)."""
        newest = max([d[:10] for d, _ in self.structured] + ([self.modified[0][:10]] if self.modified else []),
                     default=None)
        return newest is None or date[:10] <= newest

    def add_structured(self, value: str | None, source: str) -> None:
        if not value:
            return
        date = normalise_date(value)
        if date and _plausible(date) and all(d != date for d, _ in self.structured):
            self.structured.append((date, source))

    def set_modified(self, value: str | None, source: str) -> None:
        if not value or self.modified is not None:
            return
        date = normalise_date(value)
        if date and _plausible(date):
            self.modified = (date, source)


def _plausible(date: str) -> bool:
    return int(date[:4]) >= _EARLIEST_YEAR


def read_shown_dates(
    root: object, evidence: DateEvidence, url: str | None, month_first: bool, headline: object | None
) -> None:
    """Fill in what the page shows: dates around its ``headline`` (its first ``<h1>``, if any),
    in its opening text, in its URL (call it after the structured dates are in)."""
    if headline is not None:
        evidence.under_headline = _text_after(headline, HEADLINE_AFTER)[:HEADLINE_AFTER]
        for text in (_text_before(headline, HEADLINE_BEFORE), evidence.under_headline):
            for offset, date in written_dates(text, month_first=month_first):
                if not _plausible(date):
                    continue
                words = text[max(0, offset - 30):offset]
                kind = ("modified" if MODIFIED_WORDS.search(words, timeout=timeout_for(words))
                        else "published" if PUBLISHED_WORDS.search(words, timeout=timeout_for(words)) else "")
                evidence.headline.append((date, kind))
    body = root.find("body")  # type: ignore[attr-defined]
    if body is None:
        body = next(root.iter("body"), None)  # type: ignore[attr-defined]
    # The opening text and a statement are read only where better evidence is missing.
    if body is not None and not (evidence.structured or any(evidence.believable(d) for d, _ in evidence.headline)):
        opening = _Reader(OPENING).element(body, skip_furniture=True).text()
        dates = written_dates(opening, month_first=month_first)
        evidence.opening = next((d for at, d in dates if _plausible(d) and not _profile(opening, at)), None)
    if url:
        m = _URL_DATE.search(url.split("?", 1)[0], timeout=PATTERN_TIMEOUT)
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            evidence.url = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    nothing = not (evidence.structured or evidence.modified or evidence.headline or evidence.opening or evidence.url)
    if nothing and body is not None:
        text = text_of(body)  # (scripts' text too: a statement is words no script data holds)
        date = updated_statement(text[:PAGE_TEXT], month_first=month_first)
        evidence.statement = date if date and _plausible(date) else None


def _profile(text: str, offset: int) -> bool:
    """Whether the date at ``offset`` dates someone's profile ("Joined: Mar 2015"), not the page."""
    return PROFILE_WORDS.search(text[max(0, offset - 25) : offset], timeout=PATTERN_TIMEOUT) is not None


def _text_after(start: object, budget: int) -> str:
    """About ``budget`` characters of the visible text that follows ``start``, navigation and
    footers left out."""
    reader = _Reader(budget)
    node = start
    while node is not None and reader.size < budget:
        reader.add(node.tail)  # type: ignore[attr-defined]
        for sibling in node.itersiblings():  # type: ignore[attr-defined]
            reader.element(sibling, skip_furniture=True).add(sibling.tail)
            if reader.size >= budget:
                break
        node = node.getparent()  # type: ignore[attr-defined]
    return reader.text()


def _text_before(start: object, budget: int) -> str:
    """The last ``budget`` or so characters of text before ``start`` (the site's header and
    navigation left out)."""
    pieces: list[str] = []  # nearest first
    size = 0
    node = start
    while node is not None and size < budget:
        for sibling in node.itersiblings(preceding=True):  # type: ignore[attr-defined]
            tag = sibling.tag
            piece = sibling.tail or ""
            if isinstance(tag, str) and tag not in _UNSEEN and tag not in _FURNITURE and tag != "header":
                piece = text_of(sibling)[-budget:] + " " + piece  # (its end: the text nearest the headline)
            pieces.append(piece)
            size += len(piece)
            if size >= budget:
                break
        node = node.getparent()  # type: ignore[attr-defined]
        if node is not None and size < budget:
            pieces.append(node.text or "")
    return " ".join(" ".join(reversed(pieces)).split())[-budget:]


#: Elements whose ``title`` may hold the date their text says as "3 days ago".
_TITLED = frozenset({"span", "abbr", "a"})
#: The most elements a reader walks through (opened and closed) for its budget of text.
_MAX_EVENTS = 4000


class _Reader:
    """Visible text gathered element by element, up to a budget of characters."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self.parts: list[str] = []

    def add(self, text: str | None) -> _Reader:
        if text and not text.isspace() and self.size < self.budget:
            self.parts.append(text)
            self.size += len(text) + 1
        return self

    def element(self, element: object, *, skip_furniture: bool = False) -> _Reader:
        """The text inside ``element`` (its own tail excluded); a ``<time>`` element's ``datetime``
        (or a date in an element's ``title``) follows its text."""
        walker = etree.iterwalk(element, events=("start", "end"))
        for seen, (event, el) in enumerate(walker):
            if seen > _MAX_EVENTS:
                break  # (a page of empty markup: its opening holds no date worth the walk)
            tag = el.tag
            if not isinstance(tag, str) or tag in _UNSEEN or (skip_furniture and tag in _FURNITURE):
                if event == "start":
                    walker.skip_subtree()
                    if el is not element:
                        self.add(el.tail)
                continue
            if tag in _LINE_TAGS:
                self.parts.append("\n")
            if event == "start":
                self.add(el.text)
            else:
                stamp = el.get("datetime") if tag == "time" else el.get("title") if tag in _TITLED else None
                if stamp and _ISO.match(stamp, timeout=timeout_for(stamp)):
                    self.add(f" {stamp[:10]} ")
                if el is not element:
                    self.add(el.tail)
            if self.size >= self.budget:
                break
        return self

    def text(self) -> str:
        """The text, each run of spaces one space, each line the elements break off its own."""
        lines = (" ".join(line.split()) for line in " ".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


# -- the choice -----------------------------------------------------------------------------


def choose_date(evidence: DateEvidence, page_type: str) -> tuple[str | None, str | None]:
    """The page's publication date and the evidence it came from (``"headline"``, ``"json-ld"``,
    ``"json-ld page"``, ``"opengraph"``, ``"meta"``, ``"opening text"``, ``"url"``, ``"modified"``,
    ``"updated statement"``), or ``(None, None)``."""
    believable = evidence.believable
    shown = [(d, kind) for d, kind in evidence.headline if believable(d)]
    headline = next((d for d, kind in shown if kind == "published"), None) or (shown[0][0] if shown else None)
    structured = evidence.structured[0] if evidence.structured else None
    order: list[tuple[str | None, str | None]] = []
    if page_type == "article":
        order.append((headline, "headline"))
        order.append(structured or (None, None))
    else:
        order.append(structured or (None, None))
        order.append((headline, "headline"))
    order.append((evidence.opening if evidence.opening and believable(evidence.opening) else None, "opening text"))
    order.append((evidence.url, "url"))
    if evidence.modified:
        order.append((evidence.modified[0], "modified"))
    order.append((evidence.statement, "updated statement"))
    for date, source in order:
        if date:
            # The same day in markup gives its time and time zone too.
            precise = next(((d, s) for d, s in (*evidence.structured, *filter(None, [evidence.modified]))
                            if len(d) > 10 and d[:10] == date), None)
            return precise or (date, source)
    return None, None
