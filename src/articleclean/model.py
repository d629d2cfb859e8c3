"""The data that flows through the pipeline: plain typed dataclasses, no behaviour beyond output."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

SCHEMA_VERSION = 1

#: The kinds of block the dom stage and the text reader produce.
BLOCK_KINDS = ("heading", "paragraph", "list", "blockquote", "table", "code", "caption", "figure")


@dataclass
class Image:
    """A figure's image: its absolute address, its alt text and its caption."""

    src: str
    alt: str = ""
    caption: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"src": self.src, "alt": self.alt, "caption": self.caption}


@dataclass
class Inline:
    """A run of a block's text and how the page marked it: a link (its absolute address),
    strong or emphasised words, inline code, a line break (``text`` "\\n"). A block's runs,
    joined, are its text."""

    text: str
    href: str | None = None
    strong: bool = False
    em: bool = False
    code: bool = False

    @property
    def marked(self) -> bool:
        return bool(self.href or self.strong or self.em or self.code)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self.href:
            out["href"] = self.href
        for flag in ("strong", "em", "code"):
            if getattr(self, flag):
                out[flag] = True
        return out


@dataclass
class Block:
    """One unit of article content in reading order.

    ``text`` is the block's plain text (list items and table rows joined by newlines);
    ``items`` holds a list's items and ``rows`` a table's cells. ``element`` is the lxml
    element the block came from (``None`` for text input); filters may look at it.
    """

    kind: str
    text: str
    level: int = 0
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    element: Any = field(default=None, repr=False, compare=False)
    #: Boilerplate kinds the block's page region was marked as, by filter name, with the
    #: evidence: ``{"share_prompt": "class 'sd-sharing'"}``. Set by the dom stage.
    hints: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: Share of the block's text that sits inside links (0 for text input).
    link_density: float = field(default=0.0, repr=False, compare=False)
    #: Reads the block's inline runs from its page the first time :attr:`inline` is asked for
    #: (set by ``dom/inline.py``; None: the block is plain text).
    inline_reader: Callable[[], list[Inline]] | None = field(default=None, repr=False, compare=False)
    _inline: list[Inline] | None = field(default=None, init=False, repr=False, compare=False)
    #: A ``figure`` block's image (its ``text`` is empty: a figure is no running text).
    image: Image | None = field(default=None, compare=False)

    @property
    def inline(self) -> list[Inline]:
        """The block's text as runs with their links and emphasis, when the page marked any of
        it; empty when all of it is plain. Joined, the runs are ``text``. Read from the page
        the first time it is asked for (the JSON, Markdown and HTML outputs ask): a caller who
        wants the text alone pays nothing for it."""
        if self._inline is None:
            self._inline = self.inline_reader() if self.inline_reader is not None else []
        return self._inline

    @inline.setter
    def inline(self, runs: list[Inline]) -> None:
        self._inline = list(runs)

    @property
    def links(self) -> list[Inline]:
        """The block's links, in reading order."""
        return [run for run in self.inline if run.href]

    def with_text(self, text: str) -> Block:
        """The same block holding ``text`` instead (its runs, made for the old text, dropped)."""
        return replace(self, text=text, inline_reader=None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.kind == "heading":
            out["level"] = self.level
        if self.items:
            out["items"] = list(self.items)
        if self.rows:
            out["rows"] = [list(r) for r in self.rows]
        if self.inline:
            out["inline"] = [run.to_dict() for run in self.inline]
        if self.image is not None:
            out["image"] = self.image.to_dict()
        return out


@dataclass
class Removal:
    """One piece of input that did not make it into the article, and who removed it why."""

    filter: str
    text: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"filter": self.filter, "text": self.text, "reason": self.reason}


@dataclass
class Dateline:
    """The place (and agency, date) a news story opens with: ``WASHINGTON (AP) —``."""

    location: str
    agency: str | None = None
    date: str | None = None
    raw: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"location": self.location, "agency": self.agency, "date": self.date, "raw": self.raw}


@dataclass
class Quote:
    """A direct quote and who said it. ``section`` and ``block`` index into ``Article.sections``.

    ``speaker_resolved`` is False where the text leaves the speaker open: a pronoun among several
    people (``speaker`` is then the likeliest, the one named last before it, and
    ``speaker_description`` the pronoun) or with nobody to stand for (``speaker`` the pronoun)."""

    text: str
    speaker: str | None
    speaker_description: str | None = None
    verb: str | None = None
    section: int = 0
    block: int = 0
    speaker_resolved: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_description": self.speaker_description,
            "verb": self.verb,
            "section": self.section,
            "block": self.block,
            "speaker_resolved": self.speaker_resolved,
        }


@dataclass
class Section:
    """A heading (``None`` for the untitled opening section) and the blocks under it."""

    heading: str | None
    level: int = 0
    blocks: list[Block] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "level": self.level,
            "blocks": [b.to_dict() for b in self.blocks],
        }


class _FoundWhenRead:
    """``Article.quotes``: a list, which ``extract`` leaves to be found the first time it is read.

    Finding quotes and their speakers is about a quarter of an extraction's time, and many callers
    read the text only. ``Article.find_quotes_later`` leaves a finder in the article; reading
    ``quotes`` (so ``to_dict``, comparing, ``repr`` and pickling too) runs it once and keeps what
    it found. Setting ``quotes`` drops the finder."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    def __get__(self, article: Any, owner: type | None = None) -> Any:
        if article is None:
            return ()  # (the dataclass's default: each article gets a list of its own in ``__set__``)
        finder = article.__dict__.get("_quotes_finder")
        if finder is not None:
            # (dropped once its quotes are kept: a second thread reading meanwhile finds them too)
            article.__dict__[self.slot] = finder()
            article.__dict__.pop("_quotes_finder", None)
        return article.__dict__[self.slot]

    def __set__(self, article: Any, value: Any) -> None:
        article.__dict__.pop("_quotes_finder", None)
        article.__dict__[self.slot] = list(value)


@dataclass
class Article:
    """The structured article ``extract`` returns."""

    title: str | None = None
    subtitle: str | None = None
    dateline: Dateline | None = None
    authors: list[str] = field(default_factory=list)
    #: What the byline says each author is, kept out of the name: a role or credentials
    #: (``{"Jane Doe": "MD"}``, ``{"Sean Peek": "Senior Analyst"}``).
    author_roles: dict[str, str] = field(default_factory=dict)
    #: When the article was published (ISO 8601), as the page shows it with its headline or
    #: else as its structured data says; ``sources["date"]`` says which.
    date: str | None = None
    #: When the page says it was last modified (ISO 8601).
    date_modified: str | None = None
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    #: Found when first read (``find_quotes_later``).
    quotes: list[Quote] = _FoundWhenRead()  # type: ignore[assignment]
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Where each metadata field came from: ``{"title": "opengraph", ...}``.
    sources: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    #: The kind of page: ``article``, ``forum``, ``product``, ``collection`` (of products),
    #: ``listing`` (of articles, events …), ``documentation``, ``service`` or ``other``; the
    #: evidence for it is in ``sources["page_type"]``.
    page_type: str = "article"
    #: How the article was read from the page (``chain.py``): ``located`` (its article, found
    #: by scoring paragraphs), ``scored`` (the blocks the block scorer takes for content, on
    #: pages that are not articles), ``rules`` (a keep rule's containers), ``fallback`` (the page
    #: less its furniture, because the located article kept too little; a warning says so),
    #: ``baseline`` (every reading came out empty: the page's visible text, unfiltered; a warning
    #: says so), ``structured`` (the page shows nothing without its scripts: the article's text
    #: from its JSON-LD ``articleBody``; a warning says so) or ``text`` (text input).
    extraction: str = "text"

    def find_quotes_later(self, finder: Callable[[], list[Quote]]) -> None:
        """Have ``finder`` find ``quotes`` the first time they are read."""
        self.__dict__["_quotes_finder"] = finder

    def __getstate__(self) -> dict[str, Any]:
        self.quotes  # noqa: B018 (found now: a finder is no value to copy or send elsewhere)
        return self.__dict__

    @property
    def blocks(self) -> list[Block]:
        """Every body block in reading order, section headings excluded."""
        return [b for s in self.sections for b in s.blocks]

    @property
    def text(self) -> str:
        """The running text: headings and blocks in order, separated by a blank line.

        Figure captions stay in ``sections`` (and in Markdown) but are not running text.
        """
        parts: list[str] = []
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            parts.extend(b.text for b in section.blocks if b.text and b.kind != "caption")
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "page_type": self.page_type,
            "extraction": self.extraction,
            "title": self.title,
            "subtitle": self.subtitle,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "authors": list(self.authors),
            "author_roles": dict(self.author_roles),
            "date": self.date,
            "date_modified": self.date_modified,
            "url": self.url,
            "site_name": self.site_name,
            "language": self.language,
            "description": self.description,
            "image": self.image,
            "tags": list(self.tags),
            "categories": list(self.categories),
            "encoding": self.encoding,
            "sources": dict(self.sources),
            "sections": [s.to_dict() for s in self.sections],
            "quotes": [q.to_dict() for q in self.quotes],
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
            "text": self.text,
        }

    def to_markdown(self, *, links: bool = True, images: bool = True) -> str:
        """The article as Markdown, its links and figures kept unless ``links``/``images`` say no."""
        from .output.markdown import to_markdown

        return to_markdown(self, links=links, images=images)

    def to_html(self, *, links: bool = True, images: bool = True) -> str:
        """The article as a small, safe HTML document (``output/html.py``)."""
        from .output.html import to_html

        return to_html(self, links=links, images=images)
