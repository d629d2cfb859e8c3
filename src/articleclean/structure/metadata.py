"""Page metadata from the markup: JSON-LD, OpenGraph/Twitter and other meta tags, ``<title>``.

Read from the parsed tree before the dom stage changes it. Each field remembers its source.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any

import regex

from ..patterns import PATTERN_TIMEOUT, timeout_for
from ..sentences import clean_space
from ..tree import text_of
from .byline import is_outlet, is_publisher_address, parse_author_field, split_names, unglued
from .dates import DateEvidence, read_shown_dates

_ARTICLE_TYPES = regex.compile(r"Article|Posting|Report|Blog|NewsArticle|WebPage", regex.IGNORECASE)
_URLISH = regex.compile(r"^(?:https?:)?//|^www\.", regex.IGNORECASE)


@dataclass
class Metadata:
    title: str | None = None
    page_title: str | None = None
    #: The texts of the page's first ``<h1>`` elements, as the markup has them.
    headlines: list[str] = field(default_factory=list)
    #: Every date the page states, for :func:`~articleclean.structure.dates.choose_date`.
    dates: DateEvidence = field(default_factory=DateEvidence)
    #: Who opened the thread or asked the question, as the structured data names them (a
    #: user name as written: "raoul", "b.scherer").
    thread_author: str | None = None
    site_name: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    language: str | None = None
    description: str | None = None
    url: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    #: What the page says it is: schema.org types of its JSON-LD ("Product",
    #: "DiscussionForumPosting") and of the ``<html>`` element's microdata, and its OpenGraph
    #: type as "og:<type>" ("og:product.group"). (The body's microdata types are measured by
    #: the dom stage, which walks the body anyway.)
    types: list[str] = field(default_factory=list)
    #: The article's text as its structured data gives it (JSON-LD ``articleBody``), line
    #: breaks kept: what a page whose scripts render its text still says without them.
    body: str | None = None
    #: The page's ``<base href>``, that its relative links resolve against.
    base: str | None = None

    def set(self, name: str, value: Any, source: str) -> None:
        """Set ``name`` unless a better source already did (sources are read best first)."""
        if value and not getattr(self, name):
            setattr(self, name, value)
            self.sources[name] = source


#: Meta tags that give the publication date, and the last modification, best first.
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
                   "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "citation_publication_date",
                   "sailthru.date", "article.published", "parsely-pub-date", "publish-date", "published_date")
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
                  "last-modified")
#: Meta tags that name the authors, best first (an analytics tag last: "cXenseParse:author").
_AUTHOR_KEYS = (
    "author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl", "cxenseparse:author"
)
#: How many of the page's ``<h1>`` texts are kept (the first is the headline; a logo may come first).
_HEADLINES = 3
#: English written with the month first in numeric dates (04/05/2025 is April 5).
_MONTH_FIRST = regex.compile(r"^en(?:-us)?$|^$", regex.IGNORECASE)


def read_metadata(root: object, url: str | None = None) -> Metadata:
    """The page's metadata; ``url`` (the page's address, if known) is one more place a date stands."""
    meta = Metadata()
    head_meta: dict[str, str] = {}
    ld_objects: list[dict[str, Any]] = []
    og_tags: list[str] = []
    itemtypes: list[str] = []
    first_h1 = None
    for el in root.iter("meta", "script", "title", "link", "html", "h1", "base"):  # type: ignore[attr-defined]
        tag = el.tag
        if tag == "base":
            if meta.base is None and el.get("href"):
                meta.base = el.get("href").strip()
        elif tag == "h1":
            if len(meta.headlines) < _HEADLINES:
                text = clean_space(text_of(el))
                if text:
                    first_h1 = first_h1 if first_h1 is not None else el
                    meta.headlines.append(text)
        elif tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
            content = el.get("content")
            if key == "article:tag" and content:
                og_tags.append(clean_space(content))
            elif key and content and key not in head_meta:
                head_meta[key] = _decoded(content)
            if el.get("http-equiv", "").lower() == "content-language" and content:
                head_meta.setdefault("content-language", content)
        elif tag == "script" and (el.get("type") or "").lower() == "application/ld+json":
            ld_objects.extend(_json_ld(el.text or ""))
        elif tag == "title" and meta.page_title is None:
            meta.page_title = clean_space(text_of(el)) or None
        elif tag == "link" and (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            meta.set("url", el.get("href").strip(), "link")
        elif tag == "html":
            if el.get("lang"):
                meta.set("language", el.get("lang").strip(), "html")
            if el.get("itemtype"):
                itemtypes.append(el.get("itemtype"))

    nodes = _nodes_by_id(ld_objects)
    for obj in ld_objects:
        _from_json_ld(meta, obj, nodes)
    for obj in ld_objects:  # pages that are not articles: a thread, a question, a page
        _from_page_json_ld(meta, obj)
        if "WebPage" in str(obj.get("@type")):
            meta.set("authors", _people(_dereferenced(obj.get("author"), nodes)), "json-ld page")
    meta.types = page_types(ld_objects, itemtypes, head_meta.get("og:type"))
    meta.set("title", head_meta.get("og:title") or head_meta.get("twitter:title"), "opengraph")
    meta.set("site_name", head_meta.get("og:site_name"), "opengraph")
    meta.set("site_name", head_meta.get("application-name"), "meta")
    meta.set("description", head_meta.get("og:description") or head_meta.get("twitter:description"), "opengraph")
    meta.set("description", head_meta.get("description"), "meta")
    meta.set("url", head_meta.get("og:url"), "opengraph")
    meta.set("image", head_meta.get("og:image") or head_meta.get("twitter:image"), "opengraph")
    for key in _PUBLISHED_KEYS:
        meta.dates.add_structured(head_meta.get(key), "opengraph" if ":" in key else "meta")
    for key in _MODIFIED_KEYS:
        meta.dates.set_modified(head_meta.get(key), "opengraph" if ":" in key else "meta")
    month_first = bool(_MONTH_FIRST.match(meta.language or "", timeout=PATTERN_TIMEOUT))
    read_shown_dates(root, meta.dates, url, month_first, first_h1)
    # An article's own date (not a page's, thread's or question's): evidence the page is an article.
    meta.set("date", *next((d for d in meta.dates.structured if d[1] != "json-ld page"), (None, "")))
    for key in _AUTHOR_KEYS:
        value = head_meta.get(key)
        if value and meta.site_name and value.strip().casefold() == meta.site_name.strip().casefold():
            continue  # the publisher in the author field ("Badische Zeitung"): a later key may name the writer
        if value and not _URLISH.search(value, timeout=timeout_for(value)):
            meta.set("authors", _split_names(value), "meta")
    meta.set("language", head_meta.get("og:locale", "").replace("_", "-") or head_meta.get("content-language"), "meta")
    section = head_meta.get("article:section")
    if section:
        meta.set("categories", [section], "opengraph")
    meta.set("tags", og_tags, "opengraph")
    tags = head_meta.get("keywords") or head_meta.get("news_keywords")
    if tags:
        meta.set("tags", [t.strip() for t in tags.split(",") if t.strip()], "meta")
    if meta.page_title:
        meta.set("title", meta.page_title, "title")
    if not meta.site_name:
        meta.set("site_name", _home_link_name(root), "home link")
    return meta


#: A home link's text longer than this is no site name.
_SITE_NAME_MAX = 40


def _home_link_name(root: object) -> str | None:
    """The site's name as its home link (the logo, linking to "/") gives it: its text, else its
    image's ``alt``."""
    for link in root.xpath('//body//a[@href="/"][position() <= 3]'):  # type: ignore[attr-defined]
        name = clean_space(text_of(link))
        if not name:
            image = next(link.iter("img"), None)
            name = clean_space(image.get("alt") or "") if image is not None else ""
        if name and len(name) <= _SITE_NAME_MAX and name.casefold() not in _HOME_WORDS:
            return name
    return None


#: What a link to "/" says when it does not say the site's name.
_HOME_WORDS = frozenset({"home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "logo"})


#: JSON-LD keys whose objects describe the page's own content (not its site, author or offers).
_CONTENT_KEYS = ("mainEntity", "mainEntityOfPage", "itemListElement", "hasPart")
_MAX_TYPES = 200


def page_types(ld_objects: list[dict[str, Any]], itemtypes: list[str | None], og_type: str | None) -> list[str]:
    """The schema.org types the page declares, in the order found, each once (a bounded list):
    those of its JSON-LD objects, then of its microdata ``itemtype`` values, then its OpenGraph type."""
    found: list[str] = []

    def add(kind: Any) -> None:
        for k in kind if isinstance(kind, list) else [kind]:
            if isinstance(k, str) and k and len(found) < _MAX_TYPES:
                name = k.rsplit("/", 1)[-1].strip()
                if name and name not in found:
                    found.append(name)

    stack: list[Any] = list(reversed(ld_objects))
    seen = 0
    while stack and seen < 10_000:
        seen += 1
        obj = stack.pop()
        if isinstance(obj, list):
            stack.extend(reversed(obj))
        elif isinstance(obj, dict):
            add(obj.get("@type"))
            for key in _CONTENT_KEYS:
                if key in obj:
                    stack.append(obj[key])
            item = obj.get("item")
            if isinstance(item, dict):
                stack.append(item)
    for itemtype in itemtypes:
        add((itemtype or "").split())
    if og_type:
        add(f"og:{og_type.strip().lower().removeprefix('og:')}")  # ("og:product" is written for "product" too)
    return found


def _json_ld(text: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: arrays or objects nested thousands deep
        return []
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if "@graph" in item:
                stack.append(item["@graph"])
            out.append(item)
    return out


def _nodes_by_id(ld_objects: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The page's JSON-LD objects that have an ``@id`` and a name, by their ``@id``: what another
    object may point to instead of describing it again (a graph's article names its author as
    ``{"@id": "…/#/schema/person/…"}``, the person stands beside it)."""
    return {
        obj["@id"]: obj for obj in ld_objects if isinstance(obj.get("@id"), str) and obj.get("name")
    }


def _dereferenced(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    """``value`` with each reference to another object (``{"@id": …}`` and no name) replaced by that
    object, where the page describes it."""
    if isinstance(value, list):
        return [_dereferenced(v, nodes) for v in value]
    if isinstance(value, dict) and not value.get("name") and isinstance(value.get("@id"), str):
        return nodes.get(value["@id"], value)
    return value


def _from_json_ld(meta: Metadata, obj: dict[str, Any], nodes: dict[str, dict[str, Any]]) -> None:
    kind = obj.get("@type")
    kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
    if not _ARTICLE_TYPES.search(kinds, timeout=timeout_for(kinds)):
        if "Organization" in kinds or kinds == "WebSite":
            meta.set("site_name", _text(obj.get("name")), "json-ld")
        return
    if "WebPage" in kinds and "Article" not in kinds:
        return
    meta.set("title", _text(obj.get("headline") or obj.get("name")), "json-ld")
    meta.dates.add_structured(_text(obj.get("datePublished")), "json-ld")
    meta.dates.set_modified(_text(obj.get("dateModified")), "json-ld")
    meta.set("description", _text(obj.get("description")), "json-ld")
    body = obj.get("articleBody")
    if isinstance(body, str) and body.strip():
        meta.set("body", body.strip(), "json-ld")
    meta.set("authors", _people(_dereferenced(obj.get("author"), nodes)), "json-ld")
    publisher = obj.get("publisher")
    if isinstance(publisher, dict):
        meta.set("site_name", _text(publisher.get("name")), "json-ld")
    section = obj.get("articleSection")
    if isinstance(section, str):
        meta.set("categories", [s.strip() for s in section.split(",") if s.strip()], "json-ld")
    elif isinstance(section, list):
        meta.set("categories", [s for s in (_text(x) for x in section) if s], "json-ld")
    image = obj.get("image")
    meta.set("image", _text(image.get("url")) if isinstance(image, dict) else _text(image), "json-ld")
    keywords = obj.get("keywords")
    if isinstance(keywords, str):
        meta.set("tags", [k.strip() for k in keywords.split(",") if k.strip()], "json-ld")
    elif isinstance(keywords, list):
        meta.set("tags", [k for k in (_text(k) for k in keywords) if k], "json-ld")


#: Objects whose dates are the page's own: a page, a thread and its opening post, a question.
_DATED_TYPES = regex.compile(r"WebPage|Posting|Question|QAPage|Article|Blog|Report", regex.IGNORECASE)


_THREAD_TYPES = regex.compile(r"Posting|Question", regex.IGNORECASE)


def _from_page_json_ld(meta: Metadata, obj: dict[str, Any]) -> None:
    """The dates of a page, thread or question object (and of the question a Q&A page is about),
    and who opened the thread or asked the question."""
    dates = meta.dates
    for item in (obj, obj.get("mainEntity")):
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        kinds = " ".join(k for k in kind if isinstance(k, str)) if isinstance(kind, list) else str(kind or "")
        if _DATED_TYPES.search(kinds, timeout=timeout_for(kinds)):
            dates.add_structured(_text(item.get("datePublished")) or _text(item.get("dateCreated")), "json-ld page")
            dates.set_modified(_text(item.get("dateModified")), "json-ld page")
        if meta.thread_author is None and _THREAD_TYPES.search(kinds, timeout=timeout_for(kinds)):
            author = item.get("author")
            author = author[0] if isinstance(author, list) and author else author
            name = _text(author.get("name")) if isinstance(author, dict) else _text(author)
            if name and not _URLISH.search(name, timeout=timeout_for(name)):
                meta.thread_author = name


def _people(value: Any) -> list[str]:
    if isinstance(value, str):
        return [] if _URLISH.search(value, timeout=timeout_for(value)) else _split_names(value)
    if isinstance(value, dict):
        kind = str(value.get("@type") or "")
        name = _text(value.get("name"))
        if not name or _URLISH.search(name, timeout=timeout_for(name)) or "Organization" in kind:
            return []
        return _split_names(name)
    if isinstance(value, list):
        names: list[str] = []
        for v in value:
            for name in _people(v):
                if name not in names:
                    names.append(name)
        return names
    return []


def _split_names(value: str) -> list[str]:
    """The people an author field names, cleaned like a byline ("By JANE DOE, AP Writer" → Jane Doe)."""
    if is_publisher_address(value) or is_outlet(value):
        # "Süddeutsche.de GmbH, Munich, Germany": a publisher and its address; "Eidgenössisches
        # Departement für Wirtschaft, Bildung und Forschung WBF": one body, no list of people
        return []
    value = value.strip("'\"“”‘’„«»")  # (a field in quote marks: "'Luana Patriolino, Raphael Felice'")
    named = parse_author_field(value)
    if named is not None:
        return named
    # (names the byline reader does not take, such as a user name, stand as written, but for a
    # given name and a surname glued, "KonstantinNotz", "Isabella.DiBiase"; words opening in lower
    # case are a phrase, no name: "deinen Hochzeitsbloggern")
    return [unglued(n) for n in split_names(clean_space(value)) if not (" " in n and n[:1].islower())]


def _decoded(text: str) -> str:
    """``text`` with its spaces cleaned and any HTML entities decoded: JSON-LD is script text, which
    the parser leaves as written ("Trends &amp; Why They&#8217;re Smart"), and meta tags are
    sometimes encoded twice."""
    return clean_space(html.unescape(text) if "&" in text else text)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return _decoded(value) or None
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    return None
