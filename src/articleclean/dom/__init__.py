"""Stage 2, HTML only: clean the page, measure it, tell its kind, and read its blocks.

``prepare`` cleans and measures the page once and tells its kind (``page_type.py``); ``read``
then gives the blocks of one reading of it (its located article, the blocks the scorer keeps,
the page less its furniture …), as many times as the extraction chain (``chain.py``) asks.
What a reading leaves behind is recorded in ``ctx.removed``: hidden elements, regions dropped by
user rules, every region outside the article (under the name of the filter whose vocabulary
recognises it — ``navigation``, ``sidebar``, ``cart_notice`` … — or ``main_content``), blocks
the scorer leaves out (``block_scorer``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from ..context import FilterContext
from ..model import Block
from ..patterns import PATTERN_TIMEOUT, timeout_for
from ..patterns.names import is_first_name, is_given_name
from ..sentences import clean_space
from ..structure.byline import (
    credits_another,
    ends_crediting_another,
    is_full_name,
    is_writers_opener,
    opens_with_by,
    parse_author_field,
    without_credit_lines,
    writers_credit,
)
from ..tree import text_of
from .analyse import BYLINE_CLASS_WORDS, INLINE_TAGS, PageMap, analyse, is_author_page_link, score
from .blocks import blocks_from
from .clean import clean
from .locate import locate, locate_wide
from .page_type import PageType, classify
from .scorer import default_model, features
from .thread import thread_starter
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from ..rules import SiteRules
    from ..structure.metadata import Metadata

__all__ = ["DomPage", "Vocabulary", "page_prose", "prepare", "read"]

#: Kinds of page read by locating their article; the others are read by the block scorer.
LOCATED_KINDS = ("article", "other")
#: Without the scorer (``USE_SCORER = False``, as its training tool reads pages), kinds of page
#: made of many small parts are read wide (the page less its furniture), the rest located.
USE_SCORER = True
WIDE_KINDS = ("listing", "collection", "product")
#: A byline element holds at most this much text.
_BYLINE_MAX_TEXT = 120


@dataclass
class DomPage:
    """A page the dom stage has cleaned, measured and classified, ready to be read (more than
    once: the extraction chain reads it again, wider, when the first reading keeps too little)."""

    body: object
    page: PageMap
    kind: PageType
    #: Containers a user's keep rule chose, if any.
    kept_by_rules: list[object]

    @property
    def first_reading(self) -> str:
        """How the page is read first: as the user's rules say, by locating its article, or, a
        page of another kind (a thread, a product, a listing …), block by block by the scorer."""
        if self.kept_by_rules:
            return "rules"
        if self.kind.kind in LOCATED_KINDS:
            return "located"
        if USE_SCORER:
            return "scored"
        return "wide" if self.kind.kind in WIDE_KINDS else "located"


def prepare(
    root: object, vocabulary: Vocabulary, ctx: FilterContext, rules: SiteRules | None = None,
    meta: Metadata | None = None,
) -> DomPage:
    """Clean ``root`` (in place), apply the user's drop rules, measure and classify the page.

    ``meta`` is what the page's markup says of it (read before the dom stage changes the tree):
    its declared types and dates, with its address and shape, decide ``ctx.page_type``.
    """
    body = root.find("body")  # type: ignore[attr-defined]
    if body is None:
        body = root
    clean(body, ctx)
    kept: list[object] = []
    if rules is not None:
        rules.drop(body, ctx)
        kept = rules.keep(body)
    ctx.check_time()
    page = analyse(body, vocabulary, ctx.host)
    for _, reason in page.revealed:
        ctx.warnings.append(f"a wrapper hidden until a script runs holds most of the page's text: shown ({reason})")
    kind = classify(page, meta.types if meta else [], ctx.url, dated=bool(meta and (meta.date or meta.authors)))
    ctx.page_type, ctx.page_type_evidence = kind.kind, kind.evidence
    _content_for_kind(page, kind)
    if kind.kind == "forum":
        ctx.thread_starter = thread_starter(page)
    # Writers' cards or elements side by side in one box name its writers one by one: the box's
    # byline elements are not read again as lines, which would glue a card's role to the next name
    # ("Nadine Hoffer Managing Director & Partner, London Carlos Mendes …").
    linked, box = _linked_writers(body), None
    if not linked:
        linked, box = _writers_apart(page)
    if not linked:
        linked, box = _author_cards(page)
    for i in page.bylines:
        if page.hidden[i] is not None or _in_comment(page, i):
            continue
        if box is not None and (page.elements[i] is box or any(a is box for a in page.elements[i].iterancestors())):
            continue
        if page.text[i] > _BYLINE_MAX_TEXT:
            # an author box with a bio: the line of its own that says who wrote the piece
            # ("<aside class="guest-author"><p>Gastbeitrag von Prof. Dr. Anja Lembke</p><p class="bio">…")
            ctx.bylines.extend(_writers_line(page.elements[i]))
            continue
        element = page.elements[i]
        if element.tag == "a" and _credited_as_another(element):
            continue  # (a link to an author's page after another's credit: "Edited by <a>Priya Rajput</a>")
        text = _writers_first_line(without_credit_lines(byline_text(element)))
        if _credits_only(element):
            if not opens_with_by(text):
                text = writers_credit(text) or ""  # ("Photo: Geneviève Singh | Text: Étienne Tremblay")
            if not text or _a_pictures(element):
                continue  # a credit that names no writer: a photo's, an agency's ("Photo: Jane Doe")
        ctx.bylines.append(text)
        if parse_author_field(text) is None and (inner := _name_inside(element)):
            ctx.bylines.append(inner)  # (an author box's name beside a bio or a phone number)
    if not ctx.bylines:
        ctx.bylines.extend(_meta_bylines(body))
    ctx.linked_authors = linked
    return DomPage(body, page, kind, kept)


def _credited_as_another(link: Any) -> bool:
    """Whether the words right before a link in its element credit its person with something other
    than the writing ("Edited by: <a>…</a>", "Photos: <a>…</a>")."""
    parent = link.getparent()
    if parent is None:
        return False
    before = [parent.text or ""]
    for child in parent.iterchildren():
        if child is link:
            break
        before.extend((text_of(child) if isinstance(child.tag, str) else "", child.tail or ""))
    return ends_crediting_another("".join(before))


def _writers_first_line(text: str) -> str:
    """A byline element's text as one line, or its first line alone where that says who wrote the
    piece and names them ("Text und Fotos: Olivia Itten und Jano Felice Pajarola" above "Chur,
    27.02.2026": the place and the date on the next line are no part of a name)."""
    first, newline, _ = text.strip().partition("\n")
    first = clean_space(first)
    if newline and opens_with_by(first) and parse_author_field(first):
        return first
    return clean_space(text)


def _writers_line(box: Any) -> list[str]:
    """The line among an author box's first three that says who wrote the piece, where the box
    holds more (a bio, a note): "Gastbeitrag von Prof. Dr. Anja Lembke" above "Die Autorin ist …"."""
    lines = [clean_space(text_of(child)) for child in box.iterchildren() if isinstance(child.tag, str)][:3]
    return [line for line in lines if _says_who_wrote(line)]


def _meta_bylines(body: Any) -> list[str]:
    """Lines of a post's meta data that open with words saying who wrote it, where no element is
    a byline by its class ("<p class="entry-meta">Words: Jolene Ng · Photos: Marcus Lim</p>",
    "<div class="post-meta">written by <a>ana lemalu</a> · 3 march 2026</div>")."""
    texts = (clean_space(byline_text(element)) for element in body.xpath(".//*[contains(@class, 'meta')]"))
    return [text for text in texts if _says_who_wrote(text)]


def _says_who_wrote(line: str) -> bool:
    """Whether a line short enough for a byline opens with words saying who wrote the piece and
    names them ("Words: Jolene Ng · Photos: Marcus Lim", "Gastbeitrag von Prof. Dr. Anja Lembke")."""
    return len(line) <= _BYLINE_MAX_TEXT and opens_with_by(line) and bool(parse_author_field(line))


def _linked_writers(body: Any) -> list[str]:
    """Several writers of one byline, each a link, side by side: after words that say they wrote
    it ("By <a>Zainab Hussain</a> &amp; <a>Omar Farooq Khan</a>", "Written by <a>Claire
    Beaulieu</a>, News Editor, and <a>Tariq Haddad</a>", "Autor:innen: <a>…</a>, <a>…</a>"), or
    links to each one's page ("<a href="/author/…">…</a> und <a href="/author/…">…</a>"); the
    first such run's names, else none."""
    seen: set[Any] = set()
    for link in body.iter("a"):
        parent = link.getparent()
        if parent is None or parent in seen:
            continue
        seen.add(parent)
        opened = bool(parent.text and parent.text.strip()) and is_writers_opener(parent.text)
        names: list[str] = []
        previous_tail = ""
        for child in parent.iterchildren():
            if child.tag != "a" or not (opened or is_author_page_link(child)):
                if names:
                    break
                continue
            if names and text_of(child).lstrip().startswith("@") and previous_tail.rstrip().endswith("("):
                # a writer's handle in brackets after their name ("<a>Kelsey Park</a> (<a>@kelseypark</a>) &amp;
                # <a>Tom Delaney</a>"): what stands between the writers is around it
                previous_tail = previous_tail.rstrip()[:-1] + (child.tail or "").replace(")", "", 1)
                continue
            between = _HANDLE_IN_BRACKETS.sub("", previous_tail, timeout=timeout_for(previous_tail))
            if names and not _BETWEEN_WRITERS.fullmatch(between, timeout=timeout_for(between)):
                break
            name = clean_space(text_of(child))
            if not is_full_name(name):
                break
            names.append(name)
            previous_tail = child.tail or ""
        if len(names) > 1:
            return names
    return []


#: How long the text of one writer's element in a byline may be: a name, a role, a place.
_WRITER_TEXT_MAX = 80


def _writers_apart(page: PageMap) -> tuple[list[str], Any]:
    """Several writers in a byline element, each in an element of their own that holds a link
    naming them and perhaps their role or place: "<div class="byline"><span class="author"><a
    href="…">Sean O'Neal</a>, Chief Reporter</span> | <span …><a …>Fiona Hamlin</a>, …</span>
    </div>"; the first such byline's names and the byline element, else none."""
    for i in page.bylines:
        box = page.elements[i]
        cls = (box.get("class") or "").casefold()
        if len(box) < 2 or not any(word in cls for word in BYLINE_CLASS_WORDS):
            continue  # (a credit's class is none: its links may be a picture's)
        names: list[str] = []
        for child in box.iterchildren():
            if not isinstance(child.tag, str):
                continue
            links = list(child.iter("a"))
            text = text_of(child)
            if len(links) != 1 or child is links[0] or len(text) > _WRITER_TEXT_MAX or credits_another(text):
                if names:
                    break
                continue
            # (the link's element whose class says name, where it holds a role too: "<a><span
            # class="name">Sarah Öztürk</span><span class="role">Associate</span></a>")
            named = next((el for el in links[0].iter() if "name" in (el.get("class") or "").casefold()), links[0])
            read = parse_author_field(clean_space(byline_text(named)))
            name = read[0] if read and len(read) == 1 else ""  # (titles aside: "Dr. Rohan Mehta")
            if not is_full_name(name):
                break
            names.append(name)
        if len(names) > 1 and page.hidden[i] is None and not _in_comment(page, i):
            return names, box
    return [], None


def _author_cards(page: PageMap) -> tuple[list[str], Any]:
    """Several writers' cards side by side in one element that says it holds authors, by its class
    or its label (``<ul class="authors"><li><img …><a href="/autoren/…">Daniel Oberreiter</a>
    <span>Korrespondent</span></li><li>…</li></ul>``, ``<div class="authors-grid"><div
    class="author-card"><p class="…__name">…``, ``<div class="report-authors"><h4>Authors</h4><ul><li>…``,
    ``<div class="insight-authors"><h4>Authors</h4><a …>James Holloway</a> <span>Partner</span><br>…``):
    each card's name (``_card_name``); two to six of them and their box, else none."""
    boxes: list[Any] = []
    for first in page.bylines:  # (a card's name is a byline element: its box is one of its few ancestors,
        i = first  # or it itself, a list of the writers)
        for _ in range(_CARDS_REACH + 1):
            if not 0 <= i < len(page.elements):
                break  # (above the body)
            element = page.elements[i]
            # (a byline element is a box itself only as a list: "<div class="authors"><span>Jane
            # Doe</span><span>Staff Writer</span>" is one writer and her role)
            by_class = _CARDS_BOX.search(element.get("class") or "", timeout=PATTERN_TIMEOUT) is not None
            if (by_class and (i != first or element.tag in ("ul", "ol"))) or _labelled_writers(element):
                if element not in boxes:
                    boxes.append(element)
                break
            i = page.parent[i]
    for box in boxes:
        if len(text_of(box)) > _CARDS_MAX_TEXT or "comment" in box.get("class", "").casefold():
            continue  # (a list of the site's writers; readers' comments, "comment-authors")
        cards = _cards(box)
        if not 2 <= len(cards) <= _CARDS_MOST:
            continue
        names = [_card_name(card) for card in cards]
        if all(is_full_name(name) for name in names) and len(set(names)) == len(names):
            return names, box
    return [], None


#: How many elements up from a writer's name its box of cards may stand.
_CARDS_REACH = 3
#: The most text a box of writers' cards holds: names and roles, not a list of the site's writers.
_CARDS_MAX_TEXT = 400
#: The most cards a box of one article's writers holds.
_CARDS_MOST = 6
#: A class that says an element holds an article's writers: "authors", "article-authors",
#: "authors-grid", "contributors", "autorinnen".
_CARDS_BOX = regex.compile(r"authors|contributors|autor(?:inn)?en", regex.IGNORECASE)
#: A label over several writers' cards: "Authors", "Contributors:", "Autorinnen und Autoren".
_WRITERS_LABEL = regex.compile(
    r"\s*(?:authors|contributors|autor(?:inn)?en(?:\s+und\s+autor(?:inn)?en)?|autor[*:_/]innen)\s*:?\s*",
    regex.IGNORECASE,
)


def _labelled_writers(element: Any) -> bool:
    """Whether an element's first child is a label saying the rest are writers ("<h4>Authors</h4>")."""
    first = next((child for child in element.iterchildren() if isinstance(child.tag, str)), None)
    if first is None or len(first) > 2:
        return False  # (a label holds a word or two, in an inline element at most)
    label = text_of(first)
    return len(label) < 40 and _WRITERS_LABEL.fullmatch(label, timeout=PATTERN_TIMEOUT) is not None


def _cards(box: Any) -> list[Any]:
    """A box's writers' cards: its children less a label over them, those of the one list or
    paragraph it holds, or, where names are links with a role beside each in an element of its own
    ("<a>James Holloway</a> <span>Partner</span><br><a>…"), the links."""
    cards = [child for child in box.iterchildren() if isinstance(child.tag, str)]
    if cards and _labelled_writers(box):
        cards = cards[1:]
    if len(cards) == 1 and cards[0].tag in ("ul", "ol", "p", "div"):
        cards = [child for child in cards[0].iterchildren() if isinstance(child.tag, str)]
    links = [card for card in cards if card.tag == "a"]
    if len(links) >= 2 and all(card.tag in ("a", "span", "small", "br", "em", "i") for card in cards):
        cards = links
    return [card for card in cards if card.tag != "br"]


def _card_name(card: Any) -> str:
    """The name on a writer's card: a link to the writer's page or an element whose class says name,
    else the card's link, else the first of its elements or lines that is a name ("<li><span>Quentin
    Schlappach</span><small>Redaktor</small>", "<li>Lena Fischer (Centre for Health Economics)</li>");
    titles aside ("Dr. Annette Rauh"), a role or place after a comma or in brackets aside."""
    if card.tag == "a":
        tried = [card]
    else:
        named = [el for el in card.iter() if (el.tag == "a" and is_author_page_link(el)) or _says_name(el)]
        tried = named[:1] or [el for el in card.iter("a") if el.get("href")][:1]  # (else the card's link: "/team/…")
    plain = not tried  # (nothing says it holds the name: it must open with a given name, not "Senior Editor")
    if plain:
        first = [el for el in card.iterdescendants() if isinstance(el.tag, str) and el.tag != "img"][:1]
        tried = [*first, card]
    for element in tried:
        text = clean_space(byline_text(element).strip().split("\n")[0])  # (its first line)
        text = _AFTER_NAME.sub("", text, count=1, timeout=timeout_for(text))
        read = parse_author_field(text)
        if read and len(read) == 1 and is_full_name(read[0]) and (not plain or is_given_name(read[0].split()[0])):
            return read[0]
    return ""


#: A class that says an element holds a name: "name", "author-name", "fn" (hCard's).
_NAME_CLASS = regex.compile(r"name|(?<![\w-])fn(?![\w-])", regex.IGNORECASE)


def _says_name(element: Any) -> bool:
    """Whether an element's class says it holds a name."""
    return _NAME_CLASS.search(element.get("class") or "", timeout=PATTERN_TIMEOUT) is not None


#: What may follow a name on a card: a role or place after a comma, in brackets, after a dot or a dash.
_AFTER_NAME = regex.compile(r"\s*(?:[,(;|·•]|\s[–—-]\s).*$")


#: A writer's handle in brackets after their link: "<a>Sarah Greaves</a> (@sgreaves), <a>…</a>".
_HANDLE_IN_BRACKETS = regex.compile(r"\s*\(\s*@[\w.]+\s*\)")
#: What stands between two writers' links: a comma, "and", "und", "&", or the first one's role in
#: commas ("Claire Beaulieu</a>, News Editor, and <a>…").
_BETWEEN_WRITERS = regex.compile(
    # (a serial comma too: "<a>…</a>, <a>…</a>, and <a>…</a>")
    r"\s*(?:,|&|and|und|et|y|e)\s*|\s*,\s*(?:and|&)\s*|,\s*[^,.;:<>]{2,40},\s*(?:and|und|&)?\s*"
)


#: Tags an author box sets its writer's name in ("<strong>Christian Wollny</strong> schreibt über …").
_NAME_TAGS = frozenset(("strong", "b", "a"))


def _name_inside(element: Any) -> str | None:
    """The text of the first element inside a byline element that holds a name by its tag or
    class ("<span class="name">Peter Kümmerle</span><span class="kontakt">Tel. …</span>"), where
    the whole does not read as a byline; None where there is none."""
    whole = clean_space(text_of(element))
    for child in element.iterdescendants():
        tag = child.tag if isinstance(child.tag, str) else ""
        named = "name" in (child.get("class") or "").casefold()
        if tag in _NAME_TAGS or named:
            text = clean_space(text_of(child))
            words = text.split()
            # (a name as people write theirs, near the box's start: not a section's link, "Politik")
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and 0 <= whole.find(text) <= 40 and (
                named or is_first_name(words[0])
            ):
                return text
    return None


def _credits_only(element: Any) -> bool:
    """Whether an element is a byline element only by a class that says "credit" (a story's credit
    line, or a photo's): its text must then say it names the writer ("Story by …")."""
    cls = (element.get("class") or "").casefold()
    return "credit" in cls and not any(word in cls for word in BYLINE_CLASS_WORDS)


#: Words of a class or a tag that make a credit a picture's ("image-credit", "<figcaption>").
_PICTURES = ("photo", "image", "img", "media", "caption", "figure", "video", "foto", "bild")


def _a_pictures(element: Any) -> bool:
    """Whether a credit is a picture's: its class or an element around it says so."""
    for el in (element, *element.iterancestors()):
        tag = el.tag if isinstance(el.tag, str) else ""
        cls = (el.get("class") or "").casefold()
        if tag in ("figure", "figcaption", "picture") or any(word in cls for word in _PICTURES):
            return True
    return False


#: Elements that end a line inside a byline element: a name and its role or date set on lines
#: of their own ("Jane Doe<br>Staff Writer", "<div>Jane Doe</div><div>12 March</div>").
#: (and the spans a template sets fields in: "<span class="name">…</span><span class="title">…</span>")
#: (and a role or date in small print beside the name: "<span>Merve Tekin</span><small>Product Managerin</small>")
_BYLINE_LINES = frozenset("br div p address section header footer h2 h3 h4 h5 h6 span small".split())
#: ... of which these break the line (a line's end is kept: what the next line credits is another's).
_BYLINE_BREAKS = frozenset("br div p address section header footer".split())


def byline_text(element: Any) -> str:
    """A byline element's text with its parts kept apart where the plain text would glue them: a
    line break before a block or a ``<br>`` (a space for a break in the page's source), a space
    before a span, a comma between a list's items ("<li>Kenji Lim</li><li>Rizal
    Nakamura</li>" is "Kenji Lim, Rizal Nakamura", not "Kenji LimRizal Nakamura"), a term's colon
    and a semicolon after its description ("<dt>Reporter</dt><dd>Kavya Pillai</dd>" is
    "Reporter: Kavya Pillai;"); no superscript marker after a name."""
    parts: list[str] = [_one_line(element.text)]
    for child in element.iterchildren():
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _BYLINE_BREAKS:
            parts.append("\n")
        elif tag in _BYLINE_LINES or tag in ("dt", "dd"):
            parts.append(" ")
        elif tag == "li":
            parts.append(", ")
        if tag == "sup" and len(text_of(child).strip()) <= _MARKER_MAX:
            pass  # (an affiliation's or a note's marker: "Lina Park<sup>1</sup>, Omar Haddad<sup>2</sup>")
        elif _names_a_place(child):
            pass  # (where the writer files from, in an element its class names: "<span class="city">Pune</span>")
        elif tag != "br":
            parts.append(byline_text(child))
        if tag == "dt" and not parts[-1].rstrip().endswith(":"):
            parts.append(":")  # (not after a colon of the term's own: "<dt>Author:</dt>")
        elif tag == "dd":
            parts.append(";")
        parts.append(_one_line(child.tail))
    return "".join(parts)


#: A class word that marks where a byline's writer files from ("city", "contributor-location", "dateline").
_PLACE_CLASS = regex.compile(
    r"(?<![^\W_])(?:city|location|place|dateline|town|ort|standort)(?![^\W_])", regex.IGNORECASE
)


def _names_a_place(element: Any) -> bool:
    """Whether an element's class says it holds a place, not a name."""
    classes = element.get("class") if isinstance(element.tag, str) else None
    return bool(classes) and _PLACE_CLASS.search(classes, timeout=PATTERN_TIMEOUT) is not None


#: The longest marker a name in a byline may carry in superscript: "1", "a,b", "*".
_MARKER_MAX = 3


def _one_line(text: str | None) -> str:
    """Text as one line: a line break in the page's source is no break a reader sees."""
    return text.replace("\n", " ") if text else ""


#: How many elements up a byline element looks for the comment it may stand in.
_COMMENT_REACH = 8


def _in_comment(page: PageMap, i: int) -> bool:
    """Whether element ``i`` (or one of its few nearest ancestors) is a reader's comment: its
    author is marked as an author too (``<cite class="comment-author" itemprop="author">``),
    but signs no article."""
    for _ in range(_COMMENT_REACH):
        if i < 0:
            return False
        el = page.elements[i]
        if any("comment" in (el.get(attr) or "").casefold() for attr in ("class", "itemprop", "itemtype", "id")):
            return True
        i = page.parent[i]
    return False


def read(dom_page: DomPage, ctx: FilterContext, how: str) -> list[Block]:
    """The blocks of one reading of the page: ``located`` (its article), ``scored`` (the visible
    blocks the block scorer takes for content), ``wide`` (the page less its furniture), ``rules``
    (the containers the user's keep rules chose) or ``visible`` (every visible block of the page,
    furniture and all). Every region or block left out is recorded in ``ctx.removed``."""
    page, body = dom_page.page, dom_page.body
    if how == "visible":
        return blocks_from(body, page, ctx)
    if how == "scored":
        return _scored(dom_page, ctx)
    if how == "rules" and dom_page.kept_by_rules:
        containers = dom_page.kept_by_rules
    elif how == "wide":
        containers = locate_wide(page) or [body]
    else:
        containers = locate(page) or [body]
    ctx.check_time()
    _record_outside(body, containers, page, ctx)
    blocks: list[Block] = []
    for container in containers:
        blocks.extend(blocks_from(container, page, ctx))
    return blocks


def _scored(dom_page: DomPage, ctx: FilterContext) -> list[Block]:
    """The visible blocks of the page the block scorer takes for its content; the others are
    recorded under ``block_scorer``, with the probability it gave them."""
    blocks = blocks_from(dom_page.body, dom_page.page, ctx)
    model = default_model()
    kept: list[Block] = []
    for block, row in zip(blocks, features(dom_page.page, blocks, dom_page.kind.kind), strict=True):
        p = model.probability(row)
        if p >= model.threshold:
            kept.append(block)
        else:
            ctx.remove(block.text, f"not the page's content: scored {p:.2f} (under {model.threshold:.2f})",
                       filter_name="block_scorer")
    return kept


def page_prose(dom_page: DomPage) -> int:
    """Characters of readable prose on the page: good paragraphs outside hidden and marked regions."""
    return dom_page.page.good[0] if dom_page.page.good else 0


def _content_for_kind(page: PageMap, kind: PageType) -> None:
    """Where the kind of page makes some marked regions its content — a thread's posts marked
    up as comments (not the remarks under a question's answers), a listing's teaser cards —
    they lose their mark, and the page is scored again."""
    if kind.kind == "forum" and kind.posts_as_comments:
        cleared = [i for i, hint in enumerate(page.hint) if hint is not None and hint[0] == "comments"]
    elif kind.kind in ("listing", "collection"):
        cleared = list(page.card_lists)
    else:
        return
    if cleared:
        for i in cleared:
            page.hint[i] = None
        score(page)


def _record_outside(body: object, containers: list[object], page: PageMap, ctx: FilterContext) -> None:
    """Record every region of the page that lies outside the chosen containers."""
    kept = set(containers)
    on_path: set[object] = set()
    for container in containers:
        on_path.update(container.iterancestors())  # type: ignore[attr-defined]
    if body in kept:
        return
    stack = [body]
    while stack:
        node = stack.pop()
        _record_loose(node.text, ctx)  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            if child in kept:
                pass
            elif child in on_path:
                stack.append(child)
            else:
                i = page.of(child)
                # (an inline element's text is counted for the block holding it, not for itself)
                empty = i >= 0 and not page.text[i] and child.tag not in INLINE_TAGS
                text = "" if empty else clean_space(text_of(child))
                if text:
                    hit = page.hint[i] if i >= 0 else None
                    if hit:
                        ctx.remove(text, f"outside the article: {hit[1]}", filter_name=hit[0])
                    else:
                        ctx.remove(text, f"outside the article: {_describe(child)}", filter_name="main_content")
            _record_loose(child.tail, ctx)


def _record_loose(text: str | None, ctx: FilterContext) -> None:
    if text and text.strip():
        ctx.remove(clean_space(text), "loose text outside the article", filter_name="main_content")


def _describe(el: object) -> str:
    get = el.get  # type: ignore[attr-defined]
    desc = f"<{el.tag}"  # type: ignore[attr-defined]
    if get("id"):
        desc += f" id='{get('id')}'"
    if get("class"):
        desc += f" class='{clean_space(get('class'))[:60]}'"
    return desc + ">"
