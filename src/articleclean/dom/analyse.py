"""One measured map of the page: for every element, its text, link text, hidden state and
boilerplate hint, and the scores the locator needs. Two passes over the elements, no more.

``analyse`` measures the page and scores it; ``score`` scores it again once the kind of page
has cleared the hints of regions that are its content (a forum thread's posts look like
comments, a listing's items like teaser cards).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex
from lxml import etree

from ..patterns import has_digit, timeout_for
from ..patterns.people import AUTHOR_LABELS
from ..tree import links_elsewhere, text_of
from .vocabulary import Vocabulary

#: Elements that flow inside a paragraph: their text belongs to the nearest other ancestor.
INLINE_TAGS = frozenset(
    "a abbr acronym b bdi bdo big br cite code data del dfn em font i img ins kbd mark nobr q "
    "rp rt ruby s samp small span strike strong sub sup time tt u var wbr".split()
)
# (``aria-hidden`` hides an element from screen readers, not from sight: closed drawers,
# decorative copies, carousel slides a reader sees. It hides nothing here.)
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
# A class attribute hides nothing unless it holds a piece of one of these names ("hid",
# "sr-only", "screen-reader", "invisible", "offscreen", "d-none": looked for in ``analyse``).
_HIDDEN_CLASSES = frozenset(
    "hidden hide d-none is-hidden visually-hidden sr-only screen-reader-text screen-reader-only "
    "element-invisible offscreen".split()
)
#: Elements that are paragraphs of a container rather than containers of their own.
PARAGRAPH_TAGS = frozenset("p li dt dd h1 h2 h3 h4 h5 h6 blockquote pre caption figcaption address th".split())
#: A paragraph counts towards the score from this many characters.
MIN_PARAGRAPH = 25
#: "Good" text: paragraphs at least this long with little link text.
GOOD_PARAGRAPH = 80
GOOD_LINK_DENSITY = 0.25
#: Teaser-card lists: at least this many sibling cards, each this long, with this share of links.
CARD_LIST_MIN = 3
CARD_MIN_TEXT = 20
CARD_MAX_TEXT = 600
CARD_LINK_SHARE = 0.2
#: An author's label in an element of its own is at most this long ("Verfasserin:").
_LABEL_MAX_TEXT = 12
#: Words of a class that make an element a byline ("byline", "author-name"; German sites'
#: "autor", "autorenzeile"; "writer", "contributor").
BYLINE_CLASS_WORDS = ("byline", "author", "autor", "writer", "contributor", "columnist")
#: "authority", "authorities", "authorized": words that hold "author" and name no writer (a menu's
#: "authorities-governing-board-actions").
_AUTHORITY = regex.compile(r"authori[tsz]")


def _is_byline_class(cls: str) -> bool:
    """Whether a (casefolded) class says its element credits the writer: a byline, an author, a
    story's credit line; not a comment's author nor an authority ("authorities-governing-board")."""
    return (
        (any(word in cls for word in BYLINE_CLASS_WORDS) or "credit" in cls)
        and "comment" not in cls and not _AUTHORITY.search(cls, timeout=timeout_for(cls))
    )


#: An address of a page about one author: "/author/jane-doe", "/authors/…", "/autor/…", "/autorin/…".
#: (or, within the site, a writer's handle: "/@janedoe")
#: (or a contributor's or a newsroom's page about one writer: "/contributors/jane-doe",
#: "/redaktion/lukas-schmid", "/journalisten/…"; not "/profiles/…", a forum's user's page too)
_AUTHOR_PAGE = regex.compile(
    r"/(?:authors?|autor(?:in|en)?|auteurs?|contributors?|redaktion|journalists?|journalist(?:inn)?en)/[^/?#]"
    r"|^/@[\w.-]+/?$",
    regex.IGNORECASE,
)


def is_author_page_link(el: etree._Element) -> bool:
    """Whether an element is a link to a page about one author ("/authors/jane-doe"), which
    names that author, and not marked as the author's link otherwise."""
    href = el.get("href") or ""
    return (
        # (a look for "/aut" in any case first: most links hold none, and the pattern is dearer)
        ("/aut" in href or "/Aut" in href or "/AUT" in href or href.startswith("/@") or "/contrib" in href
         or "/redaktion/" in href or "/journalist" in href)
        and el.tag == "a" and el.get("rel") != "author" and el.get("itemprop") != "author"
        and _AUTHOR_PAGE.search(href, timeout=timeout_for(href)) is not None
    )


_CARD_TAGS = frozenset("div li article section".split())
_PLACE_TOKENS = frozenset("first last odd even active current".split())
#: A price is a text of at most this many characters with a currency sign and a digit.
PRICE_MAX_TEXT = 40
#: A region holding more than this share of the page's good text is no boilerplate, whatever its
#: markup says (a kind with a size limit must also keep within it).
HINT_MAX_SHARE = 0.6
#: A hidden element holding most of the page's text, more good text than the whole visible page
#: and at least this much is a wrapper hidden until a script runs (a splash screen, a fade-in):
#: its hiding is ignored.
REVEAL_MIN_GOOD = 400
REVEAL_MIN_TEXT_SHARE = 0.5
#: ... and at least this much text.
REVEAL_MIN_TEXT = 200
#: ... or, holding less of the text, this many times the good text of the visible page.
REVEAL_MIN_GOOD_RATIO = 4


@dataclass
class PageMap:
    """Per-element measurements, indexed by position in ``elements`` (document order)."""

    elements: list
    index: dict
    parent: list[int]
    text: list[int]
    links: list[int]
    good: list[int]
    #: Good text counting every region, boilerplate-marked ones too.
    good_raw: list[int]
    #: Elements whose markup says they hold the byline (class "byline", itemprop or rel "author").
    bylines: list[int]
    score: list[float]
    hidden: list[str | None]
    hint: list[tuple[str, str] | None]
    outside_only: list[bool]
    #: Hidden elements taken as visible, with the reason they were hidden: wrappers hidden
    #: until a script runs, holding most of the page's text.
    revealed: list[tuple[int, str]]
    #: Per element, the text it owns (its own text and its inline children's), the link text
    #: of that, and the commas in it; ``owner`` is the element an inline element's text counts for.
    own: list[int]
    own_links: list[int]
    commas: list[int]
    owner: list[int]
    #: Elements hinted as lists of teaser cards by their shape (not by their markup).
    card_lists: frozenset[int]
    #: How many short texts of the page hold a price (a currency sign and a digit).
    prices: int = 0
    #: The microdata types of the page's elements (``itemtype`` values), in page order.
    itemtypes: list[str] = field(default_factory=list)

    def of(self, element: object) -> int:
        return self.index.get(element, -1)

    def link_density(self, i: int) -> float:
        return self.links[i] / self.text[i] if self.text[i] else 1.0


def analyse(body: object, vocabulary: Vocabulary, host: str | None = None) -> PageMap:
    """Measure the page below ``body``; ``host`` is its site (its address's host without "www."),
    when known: a list of cards that all link to other sites is no list of teasers."""
    elements = list(body.iter(etree.Element))  # type: ignore[attr-defined]
    n = len(elements)
    index = dict(zip(elements, range(n), strict=True))
    # Slot ``n`` of the per-element lists stands for the root's parent (outside the map), so that
    # the loop below never asks whether an element has one; it is cut off after the loop.
    parent = [n] * (n + 1)
    kid_count = [0] * (n + 1)
    owner = list(range(n + 1))
    owner[n] = 0  # (an inline root owns its own text)
    in_link = [False] * (n + 1)
    own = [0] * (n + 1)
    own_links = [0] * (n + 1)
    commas = [0] * (n + 1)
    hidden: list[str | None] = [None] * n
    hint: list[tuple[str, str] | None] = [None] * n
    outside_only = [False] * n
    # Per markup (tag, class, role) of the page: its boilerplate kind (``(kind, evidence, only
    # outside the article)`` or None), whether its class may hide the element (holds a piece of
    # a hiding class name, checked in full by ``_hidden_reason``) and whether it marks a byline.
    seen_markup: dict[tuple, tuple[tuple[str, str, bool] | None, bool, bool]] = {}
    prices = 0
    itemtypes: list[str] = []
    bylines: list[int] = []
    hinted: list[int] = []
    hidden_at: list[int] = []
    labelled: list[int] = []  # elements holding an author's label and, after it, the name

    get_index = index.get
    inline = INLINE_TAGS
    for i, el in enumerate(elements):
        parent[i] = p = get_index(el.getparent(), n)
        kid_count[p] += 1
        tag = el.tag
        if tag in inline:
            o = owner[i] = owner[p]
            link = in_link[i] = in_link[p] or (tag == "a" and el.get("href") is not None)
        else:
            o = i
            link = in_link[i] = in_link[p]
        text = el.text
        if text:
            size = len(text.strip())
            if size:
                own[o] += size
                commas[o] += text.count(",")
                if link:
                    own_links[o] += size
                if size <= PRICE_MAX_TEXT and ("$" in text or "€" in text or "£" in text) and has_digit(text):
                    prices += 1
                if size <= _LABEL_MAX_TEXT and p < n and text.strip().rstrip(":").rstrip().casefold() in AUTHOR_LABELS:
                    # the element holding label and name: "<li><strong>Author</strong> Ben Knight</li>"
                    # (the label's parent), "<div>Autor: <a>Anna Berger</a></div>" (the element itself)
                    labelled.append(i if len(el) else p)
        tail = el.tail
        if tail and i:
            size = len(tail.strip())
            if size:
                po = owner[p]
                own[po] += size
                commas[po] += tail.count(",")
                if in_link[p]:
                    own_links[po] += size
        keys = el.keys()
        if not keys:
            markup = seen_markup.get(tag)
            if markup is None:
                markup = seen_markup[tag] = (vocabulary.classify_markup(tag, None, None, None), False, False)
            found = markup[0]
            if found is not None:
                hint[i] = (found[0], found[1])
                outside_only[i] = found[2]
                hinted.append(i)
            continue
        get = el.get
        cls = get("class") if "class" in keys else None
        ident = get("id") if "id" in keys else None
        role = get("role") if "role" in keys else None
        # Ids are mostly unique, classes are not: the markup less its id is read once a page,
        # and the id only where tag, role and class said nothing (or only "outside").
        key = (tag, cls, role)
        markup = seen_markup.get(key)
        if markup is None:
            markup = seen_markup[key] = (
                vocabulary.classify_markup(tag, cls, None, role),
                cls is not None and (
                    "hid" in cls or "sr-only" in cls or "screen-reader" in cls or "invisible" in cls
                    or "offscreen" in cls or "d-none" in cls
                ),
                # (a comment's author, in the thread or a "recent comments" widget, signs no article)
                # (a story's credit line too: read only where it says it names the writer, ``dom``)
                # (classes in capitals too: "ContentAuthors", "ArticleByline")
                cls is not None and _is_byline_class(cls.casefold()),
            )
        found, may_hide, byline = markup
        style = get("style") if "style" in keys else None
        if style or may_hide or "hidden" in keys:
            hidden[i] = _hidden_reason(get, cls, style)
            if hidden[i] is not None:
                hidden_at.append(i)
        if len(keys) > 1 or not cls:  # (most elements carry a class and nothing else)
            if "itemtype" in keys:
                itemtypes.append(get("itemtype"))
            if ("itemprop" in keys and get("itemprop") == "author") or ("rel" in keys and get("rel") == "author"):
                byline = True
        if tag == "a" and not byline and "href" in keys and is_author_page_link(el):
            byline = True
        if byline:
            bylines.append(i)
        if ident and (found is None or found[2]):
            by_id = vocabulary.classify_markup(tag, None, ident, None)
            if by_id is not None and not by_id[2]:
                found = by_id
        if found is not None:
            hint[i] = (found[0], found[1])
            outside_only[i] = found[2]
            hinted.append(i)
    if labelled:
        bylines = sorted(set(bylines).union(labelled))
    if n:
        parent[0] = -1
    del parent[n:], kid_count[n:], owner[n:], own[n:], own_links[n:], commas[n:]

    # Subtree sums in one backward pass: text, link text, and good text with no region excluded
    # (to tell real boilerplate regions from mislabelled ones).
    text_sum = own[:]
    link_sum = own_links[:]
    good_raw = [good_size(size, links) if size else 0 for size, links in zip(own, own_links, strict=True)]
    # (every element but the first has its parent in the map; one with no text adds nothing)
    for i in range(n - 1, 0, -1):
        size = text_sum[i]
        if size:
            p = parent[i]
            text_sum[p] += size
            link_sum[p] += link_sum[i]
            good_raw[p] += good_raw[i]

    card_lists: list[int] = []
    for i in [i for i, count in enumerate(kid_count) if count >= CARD_LIST_MIN]:
        if hint[i] is None:
            kids = [get_index(kid) for kid in elements[i].iterchildren(etree.Element)]
            cards = _teaser_cards(elements, kids, text_sum, link_sum, host)
            if cards:
                hint[i] = ("related_links", f"a list of {cards} teaser cards")
                hinted.append(i)
                card_lists.append(i)

    revealed = _reveal_hidden_wrappers(elements, parent, hidden, hidden_at, own, own_links, owner, good_raw, text_sum)

    total_good = good_raw[0] if n else 0
    for i in hinted:
        if hint[i] is None:
            continue
        limit = vocabulary.max_text.get(hint[i][0])  # type: ignore[index]
        prose = text_sum[i] - link_sum[i]
        too_long = limit is not None and prose > limit
        most_of_page = bool(total_good) and good_raw[i] > total_good * HINT_MAX_SHARE
        if too_long or most_of_page:
            hint[i] = None

    page = PageMap(
        elements, index, parent, text_sum, link_sum, [], good_raw, bylines, [], hidden, hint, outside_only,
        revealed, own, own_links, commas, owner, frozenset(i for i in card_lists if hint[i] is not None), prices,
        itemtypes,
    )
    score(page)
    return page


def good_size(size: int, links: int) -> int:
    """The size of a paragraph owning ``size`` characters, ``links`` of them in links, when it is
    good text (long enough, few links); else 0."""
    return size if size >= GOOD_PARAGRAPH and links <= size * GOOD_LINK_DENSITY else 0


def score(page: PageMap) -> None:
    """Paragraph scores and good text, leaving out hidden regions and regions hinted as boilerplate."""
    parent, own, own_links, owner, commas = page.parent, page.own, page.own_links, page.owner, page.commas
    hidden, hint, elements = page.hidden, page.hint, page.elements
    n = len(parent)
    excluded = [False] * n
    good = [0] * n
    value_of = [0.0] * n
    for i in range(n):
        p = parent[i]
        excluded[i] = hidden[i] is not None or hint[i] is not None or (p >= 0 and excluded[p])
        if excluded[i] or owner[i] != i:
            continue
        size = own[i]
        if size < MIN_PARAGRAPH:
            continue  # (too short for good text too: MIN_PARAGRAPH < GOOD_PARAGRAPH)
        good[i] = good_size(size, own_links[i])
        density = own_links[i] / size
        value = (1 + commas[i] + min(size / 100, 3)) * (1 - density) ** 2
        # A paragraph scores for the element holding it; a container with text of its own
        # (a <div> of text and <br>s) scores for itself first.
        a = p if elements[i].tag in PARAGRAPH_TAGS else i
        for weight in (1.0, 0.5, 0.33):
            if a < 0:
                break
            value_of[a] += value * weight
            a = parent[a]
    for i in range(n - 1, 0, -1):
        size = good[i]
        if size:
            good[parent[i]] += size
    page.good = good
    page.score = value_of


def _reveal_hidden_wrappers(
    elements: list, parent: list[int], hidden: list[str | None], hidden_at: list[int], own: list[int],
    own_links: list[int], owner: list[int], good_raw: list[int], text: list[int],
) -> list[tuple[int, str]]:
    """Ignore the hiding of a wrapper that holds the page: most of its text or of its prose.
    (``hidden_at``: the indexes of the hidden elements, in page order.)

    Pages that fade in, show a splash screen or check a login until their scripts run hide
    their whole body (or its content) with a ``hidden`` attribute, a hiding class or a style; a
    reader with scripts on sees it all. A hidden wrapper is revealed (with its hidden ancestors)
    when it holds at least as much prose as the visible page and either most of the page's text
    or several times its visible prose; the largest first, then the next, at most three times (a
    hidden wrapper in a hidden wrapper). Only a sectioning element can be such a wrapper (a
    hidden list or table of data is hidden on purpose). Hidden menus and dialogs inside it stay
    hidden.
    """
    revealed: list[tuple[int, str]] = []
    if not any(text[i] >= REVEAL_MIN_TEXT and _is_wrapper_tag(elements[i].tag) for i in hidden_at):
        return revealed  # nothing hidden could be such a wrapper
    n = len(parent)
    for _ in range(3):
        under = [False] * n
        visible_good = 0
        wrappers: list[int] = []
        for i in range(n):
            p = parent[i]
            above = p >= 0 and under[p]
            under[i] = above or hidden[i] is not None
            if hidden[i] is not None and not above and text[i] >= REVEAL_MIN_TEXT and _is_wrapper_tag(elements[i].tag):
                wrappers.append(i)
            if not under[i] and owner[i] == i:
                visible_good += good_size(own[i], own_links[i])
        holding = [
            i for i in wrappers
            if good_raw[i] >= visible_good and (
                text[i] > text[0] * REVEAL_MIN_TEXT_SHARE
                or (good_raw[i] >= REVEAL_MIN_GOOD and good_raw[i] > visible_good * REVEAL_MIN_GOOD_RATIO)
            )
        ]
        if not holding:
            break
        node = max(holding, key=text.__getitem__)
        while node >= 0:
            if hidden[node] is not None:
                revealed.append((node, hidden[node]))  # type: ignore[arg-type]
                hidden[node] = None
            node = parent[node]
    return revealed


def _teaser_cards(elements: list, kids: list[int], text: list[int], links: list[int], host: str | None = None) -> int:
    """How many of ``kids`` are teaser cards of one kind (0 when they are not a card list).

    A card list is a run of sibling containers with the same tag and class, each short and
    carrying a link (a title to another page): "related stories" and "more from" grids. Cards
    that link only to other sites than the page's ``host`` are the page's own list (references,
    sources, resources), not teasers for more of the site.
    """
    sized = 0  # a card is a container of card size: too few of those, no card list
    for k in kids:
        if CARD_MIN_TEXT <= text[k] <= CARD_MAX_TEXT and elements[k].tag in _CARD_TAGS:
            sized += 1
    if sized < CARD_LIST_MIN:
        return 0
    groups: dict[tuple, list[int]] = {}
    for k in kids:
        el = elements[k]
        if el.tag in _CARD_TAGS:
            groups.setdefault((el.tag, _kind_of_class(el.get("class"))), []).append(k)
    for members in groups.values():
        if len(members) < CARD_LIST_MIN:
            continue
        linked = sum(
            1
            for k in members
            if CARD_MIN_TEXT <= text[k] <= CARD_MAX_TEXT
            and (links[k] >= text[k] * CARD_LINK_SHARE or _opens_with_linked_heading(elements[k]))
        )
        if linked >= CARD_LIST_MIN and linked >= len(members) * 0.7:
            if host and sum(links_elsewhere(elements[k], host) for k in members) * 2 > len(members):
                return 0
            return linked
    return 0


@functools.lru_cache(maxsize=16384)
def _kind_of_class(cls: str | None) -> str:
    """A class attribute without the tokens that number or place one of a run ("views-row-3", "odd")."""
    if not cls:
        return ""
    if not has_digit(cls):
        return cls if not _PLACE_TOKENS.intersection(cls.split()) else " ".join(
            t for t in cls.split() if t not in _PLACE_TOKENS
        )
    return " ".join(t for t in cls.split() if t not in _PLACE_TOKENS and not has_digit(t))


def _opens_with_linked_heading(el: object) -> bool:
    """Whether the first heading in ``el`` is a link: a title pointing to another page."""
    for heading in el.iter("h2", "h3", "h4", "h5", "h6"):  # type: ignore[attr-defined]
        title = " ".join(text_of(heading).split())
        linked = sum(len(" ".join(text_of(a).split())) for a in heading.iter("a") if a.get("href"))
        return bool(title) and linked >= len(title) * 0.8
    return False


@functools.lru_cache(maxsize=16384)
def _hiding_style(style: str) -> bool:
    return _HIDDEN_STYLE.search(style, timeout=timeout_for(style)) is not None


_WRAPPER_TAGS = frozenset("div main article section body".split())


def _is_wrapper_tag(tag: str) -> bool:
    return tag in _WRAPPER_TAGS or "-" in tag  # custom elements (<page-content>) wrap too


#: Roles of hidden elements labelled by a control that are no panel of the page: a dialog (a
#: sign-up form, a cookie box), a menu or a list of choices that a control opens over it.
_NOT_PANELS = frozenset({"dialog", "alertdialog", "menu", "listbox", "tooltip"})


def _is_panel(get) -> bool:  # type: ignore[no-untyped-def]
    """Whether the element is a tab's or an accordion's panel (``role="tabpanel"``, or labelled
    by its control and neither a dialog nor a menu)."""
    role = get("role")
    if role == "tabpanel":
        return True
    return get("aria-labelledby") is not None and role not in _NOT_PANELS and get("aria-modal") != "true"


def _hidden_reason(get, cls: str | None, style: str | None) -> str | None:  # type: ignore[no-untyped-def]
    if _is_panel(get):
        return None  # an accordion's or a tab's panel: the reader opens it with a click on its label
    if get("hidden") is not None:
        return "hidden element (hidden attribute)"
    if style and _hiding_style(style):
        return "hidden element (style)"
    if cls:
        for token in cls.lower().split():
            if token in _HIDDEN_CLASSES:
                return f"hidden element (class '{token}')"
    return None
