"""Stage 4, structure: title, subtitle, byline, dateline, sections and quotes from the kept blocks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar
from urllib.parse import urlsplit

from ..context import FilterContext
from ..model import Article, Block, Dateline, Quote, Section
from ..patterns.names import is_first_name
from ..sentences import normalise
from .byline import (
    byline_in_text,
    byline_roles,
    is_acronym,
    is_outlet,
    is_site_address,
    opens_with_by,
    parse_author_field,
    take_byline,
)
from .dateline import NEWS_AGENCIES, dateline_set_off, find_dateline, place_alone
from .dates import choose_date
from .headline import take_subtitle, take_title
from .metadata import Metadata, read_metadata
from .quotes import find_quotes
from .sections import build_sections

__all__ = ["Metadata", "build_article", "read_metadata"]

#: News agencies, desks and groups of writers that stand where an author's name would.
_AGENCIES = frozenset(
    ["reuters", "ap", "associated press", "the associated press", "afp", "agence france presse", "dpa",
     "bloomberg", "upi", "ansa", "efe", "xinhua", "staff", "wire services", "contributors", "editors",
     "redaktion",
     # (who writes for the paper as one, or is no one named: "The Editorial Board", "Guest Author", "Gastbeitrag")
     "editorial board", "the editorial board", "guest author", "guest contributor", "gastbeitrag", "gastautor",
     "gastautorin", "ein gastautor", "eine gastautorin", "pressemitteilung",
     "nan"]
    # (and every agency a dateline names, their copy carrying their name alone: "Bernama", "PTI", "Yonhap";
    # not the words of one of two words: "Dow", "Jones")
) | (NEWS_AGENCIES - {"dow", "jones"})
#: The words of the agencies a dateline names, hyphenated ones split ("keystone", "sda").
_AGENCY_PARTS = frozenset(part for agency in NEWS_AGENCIES for part in agency.split("-"))


def _is_agency(name: str) -> bool:
    """Whether a name standing where an author's would is an agency or a desk: one of those
    listed, or agencies' words only, as a credit joins them ("Keystone-SDA", "dpa-AFX")."""
    key = normalise(name).replace("-", " ")
    words = key.split()
    return key in _AGENCIES or (len(words) >= 2 and all(w in _AGENCY_PARTS for w in words))


#: The dateline opens one of the article's first paragraphs (a standfirst may stand before it).
_DATELINE_PARAGRAPHS = 3


def _names_in(bylines: list[str]) -> list[str]:
    """The people the page's first byline element names, unless two or more other byline elements
    name other people: then they are the bylines of teaser cards for other stories, and which
    one is the article's is not known."""
    found: list[list[str]] = []
    texts = list(dict.fromkeys(bylines))  # (each text read once: teaser cards repeat theirs)
    for text in texts:
        read = parse_author_field(text)
        # (a site's address signing the page's byline is no person: "SAnews.gov.za")
        named = [n for n in read or [] if not _is_agency(n) and not is_site_address(n)]
        if read != [] and (inner := _inner_name(text, named, texts)):
            named = inner  # (a card's name in an element of its own: "Ruth Okonjo", not "Ruth Okonjo Senior …")
        if named and named not in found:
            found.append(named)
    if not found:
        return []
    first = {normalise(n) for n in found[0]}
    strangers = [names for names in found[1:] if not first & {normalise(n) for n in names}]
    return [] if len(strangers) >= 2 else found[0]


def _inner_name(text: str, named: list[str], texts: list[str]) -> list[str]:
    """The full names of a byline element inside the one that reads ``text`` where that text is
    the inner one's and more (a role, a bio: "Ruth Okonjo Senior Campaigns Officer" around "Ruth
    Okonjo"), and reading ``text`` whole is no byline or runs a name into what follows; else none."""
    for inner in texts:
        if inner != text and text.startswith(inner + " "):
            names = [n for n in parse_author_field(inner) or [] if not _is_agency(n)]
            if names and all(" " in n for n in names) and (not named or any(
                n != m and (n.startswith(m + " ") or m.startswith(n + " ")) for n in named for m in names
            )):
                return names
    return []


def _is_login(name: str) -> bool:
    """A user name rather than a name as printed: one word with a capital inside ("KatieS")."""
    return " " not in name and any(c.isupper() for c in name[1:])


def _is_person(name: str, site_name: str | None, url: str | None = None) -> bool:
    """No agency, no site or publisher, no section of the site (a folder of the page's address:
    "Kultur" on …/kultur/…): those stand in author fields but are nobody."""
    if name == name.lower() or len(name.strip(". ")) < 2:
        return False  # a slug ("kevin-r") or a letter ("V"), not a name as printed
    if "www." in name.casefold() or "://" in name or is_outlet(name) or is_acronym(name):
        return False  # an outlet with its address ("Deutsche Welle (www.dw.com)"), a company, a newsroom
    key = normalise(name).replace("-", " ")
    site = normalise(site_name or "")
    if url and len(key.split()) == 1 and key in _folders(url):
        return False
    # (a site named after a person, "Rick Steves", is theirs: their name as its author stands)
    return not _is_agency(name) and (key != site or _plain_name(name)) and not (
        len(key.split()) == 1 and key in site.split()
    )


def _plain_name(name: str) -> bool:
    """A name as people print theirs: two or three words, the first a known first name."""
    words = name.split()
    return 2 <= len(words) <= 3 and is_first_name(words[0])


def _folders(url: str) -> set[str]:
    """The folders of an address's path, folded: "https://x.de/kultur/buchmesse/a.html" → {"kultur", "buchmesse"}."""
    path = urlsplit(url).path
    return {normalise(part.replace("-", " ")) for part in path.split("/")[:-1] if part}


#: Kinds of page that are nobody's writing: the names on them are reviewers', items' or staff's.
_UNSIGNED = frozenset({"product", "collection", "listing", "service"})


def _authors(
    from_byline: list[str], known: list[str], meta: Metadata, ctx: FilterContext, signed: bool = False
) -> tuple[list[str], str | None]:
    """The article's authors and where they came from: a thread's opener on a forum page, no one
    on a page of a kind nobody signs, else the byline (unless the page's own metadata names
    others), else the metadata's or the byline elements' names; never an agency or the site."""
    if ctx.page_type == "forum":
        if meta.thread_author:
            return [meta.thread_author], "json-ld"
        if ctx.thread_starter:
            return [ctx.thread_starter], "thread"
    if ctx.page_type in _UNSIGNED:
        return [], None
    names = {normalise(a) for a in known}
    if from_byline and names and not names & {normalise(a) for a in from_byline} and not (
        signed and all(_plain_name(a) for a in from_byline)
    ):
        from_byline = []  # a byline that the page's own metadata contradicts is more likely misread
    if ctx.linked_authors and _covered(from_byline or list(known), ctx.linked_authors):
        # (its writers' links name them and more, or the byline read whole runs a name on: "Written
        # by <a>Rohan Mehta</a>, <a>Saurav Dutta</a>" takes the second for the first's role; "Von
        # <a>Thomas Krüger</a> und <a>Miriam Seidel</a> Politik" runs on into the section's name)
        from_byline = list(ctx.linked_authors)
    if from_byline:
        authors, source = from_byline, "byline"
    else:
        authors, source = list(known), meta.sources.get("authors", "meta") if meta.authors else "dom"
    authors = [a for a in authors if _is_person(a, meta.site_name, ctx.url)]
    if not authors and not known:
        # A byline under the headline, outside the article's container ("By Giovanni Gaggero").
        authors = [a for a in byline_in_text(meta.dates.under_headline) if _is_person(a, meta.site_name, ctx.url)]
        source = "under the headline"
    return authors, source if authors else None


def _covered(names: list[str], linked: list[str]) -> bool:
    """Whether writers' links name ``names`` better: each of ``names`` is one of them or one run on
    ("Miriam Seidel Politik"), and they name more or run none on; or ``names`` is empty."""
    read = [normalise(n) for n in names]
    links = [normalise(n) for n in linked]
    fits = [next((link for link in links if n == link or n.startswith(link + " ")), None) for n in read]
    if None in fits:
        return False
    return len(links) > len(read) or any(n != f for n, f in zip(read, fits, strict=True)) or not read


def _roles(authors: list[str], bylines: list[str]) -> dict[str, str]:
    """The role or credentials the first byline naming each author gives them."""
    roles: dict[str, str] = {}
    for name in authors:
        for text in bylines:
            if name.casefold() in text.casefold():
                role = byline_roles(text).get(name)
                if role:
                    roles[name] = role
                break
    return roles


_T = TypeVar("_T")


def _step(warnings: list[str], what: str, run: Callable[[], _T], fallback: _T) -> _T:
    """Run one structure step; a pattern that times out skips the step, with a warning."""
    try:
        return run()
    except TimeoutError:
        warnings.append(f"{what} skipped: a pattern took too long on this page")
        return fallback


def build_article(blocks: list[Block], meta: Metadata, ctx: FilterContext) -> Article:
    title, title_source, blocks = _step(
        ctx.warnings, "title", lambda: take_title(blocks, meta, ctx.page_type, ctx.host), (None, "", blocks)
    )
    subtitle, blocks = _step(ctx.warnings, "subtitle", lambda: take_subtitle(blocks, meta), (None, blocks))
    known_authors = meta.authors
    if not known_authors or all(_is_login(a) for a in known_authors):
        # (a byline element's full name beats the metadata's user name)
        known_authors = _step(ctx.warnings, "byline elements", lambda: _names_in(ctx.bylines), []) or known_authors
    elif ctx.bylines:
        # a byline element naming the metadata's authors and more: the metadata kept the first only
        shown = _step(ctx.warnings, "byline elements", lambda: _names_in(ctx.bylines), [])
        if {normalise(a) for a in known_authors} < {normalise(a) for a in shown}:
            known_authors = shown
    authors, blocks, bylines = _step(
        ctx.warnings, "byline", lambda: take_byline(blocks, known_authors), ([], blocks, [])
    )
    for line in bylines:
        ctx.remove(line, "byline: its names are in Article.authors", filter_name="byline")
    sources = {
        k: v
        for k, v in meta.sources.items()
        if k in ("site_name", "language", "url", "description", "image", "tags", "categories")
    }
    date, date_source = choose_date(meta.dates, ctx.page_type)
    if date_source:
        sources["date"] = date_source
    modified = meta.dates.modified
    if modified:
        sources["date_modified"] = modified[1]
    sources["page_type"] = ctx.page_type_evidence
    if title:
        sources["title"] = title_source
    if subtitle:
        sources["subtitle"] = "dom"
    signed = any(opens_with_by(line) for line in bylines)
    authors, authors_source = _authors(authors, known_authors, meta, ctx, signed)
    if authors_source:
        sources["authors"] = authors_source
    author_roles = _roles(authors, [*bylines, *ctx.bylines])
    dateline, blocks = _step(ctx.warnings, "dateline", lambda: _first_dateline(blocks), (None, blocks))
    sections = build_sections(blocks)
    article = Article(
        title=title,
        subtitle=subtitle,
        dateline=dateline,
        authors=authors,
        author_roles=author_roles,
        date=date,
        date_modified=modified[0] if modified else None,
        url=meta.url,
        site_name=meta.site_name,
        language=meta.language,
        description=meta.description,
        image=meta.image,
        tags=list(meta.tags),
        categories=list(meta.categories),
        sections=sections,
        removed=ctx.removed,
        warnings=ctx.warnings,
        sources=sources,
        page_type=ctx.page_type,
        extraction=ctx.extraction,
    )
    article.find_quotes_later(_quotes_finder(sections, meta.language, ctx.warnings))
    return article


def _quotes_finder(sections: list[Section], language: str | None, warnings: list[str]) -> Callable[[], list[Quote]]:
    """What finds the article's quotes when they are first read: in its sections as they stand now
    (figures placed later are no paragraphs between quotes), each quote then pointed at its block
    where the article's sections hold it by then."""
    read = [Section(s.heading, s.level, list(s.blocks)) for s in sections]

    def find() -> list[Quote]:
        quotes = _step(warnings, "quotes", lambda: find_quotes(read, language), [])
        for quote in quotes:
            block = read[quote.section].blocks[quote.block]
            placed = sections[quote.section].blocks
            if quote.block >= len(placed) or placed[quote.block] is not block:
                quote.block = next((k for k, b in enumerate(placed) if b is block), quote.block)
        return quotes

    return find


def _first_dateline(blocks: list[Block]) -> tuple[Dateline | None, list[Block]]:
    """The dateline of the first paragraphs, and the blocks (a line set as a heading that is only
    the dateline, "BAAR, SWITZERLAND" in capitals before the story, made the paragraph it is:
    it heads no section). A dateline set off on its own before the first paragraph ("Vent –",
    "WASHINGTON —") is read with the paragraph after it."""
    k = 0
    for at, block in enumerate(blocks):
        if k == _DATELINE_PARAGRAPHS:
            break
        following = blocks[at + 1] if at + 1 < len(blocks) and blocks[at + 1].kind == "paragraph" else None
        if block.kind == "heading" and (
            (alone := place_alone(block.text)) is not None
            or (k == 0 and following and (alone := dateline_set_off(block.text, following.text)) is not None)
        ):
            return alone, [*blocks[:at], replace(block, kind="paragraph", level=0), *blocks[at + 1 :]]
        if block.kind != "paragraph":
            continue
        # (the first may be a place line, "Kiel. Der …"; a later one only a wire's: "VIENNA —")
        dateline = find_dateline(block.text, opening=k == 0)
        if dateline is None and k == 0 and following:
            dateline = dateline_set_off(block.text, following.text)  # ("Vent –" ¶ "Der Wecker …")
        if dateline is not None:
            return dateline, blocks
        k += 1
    return None, blocks
