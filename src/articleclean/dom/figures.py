"""Figures: the images of the article's body, in reading order, as blocks of their own.

After the filters, the images that stand among the blocks the article keeps (in page order,
between its first and last block) become ``figure`` blocks (``Block.image``): an absolute
``src`` (a lazy-loaded image's real one from ``data-src``, ``data-lazy-src``, ``data-original``
or its ``srcset``), its ``alt`` and the caption of its ``<figure>``. Not figures: images in a
region marked as boilerplate or hidden, tracking pixels and icons (a side of 50 pixels or less
declared), avatars, logos, emoji, sprites and spinners (by their class, id, alt or address),
``data:`` images and anything with no address a reader can load. A figure's ``text`` is empty:
the running text (``Article.text``) and every benchmark of it are the same with or without.
"""

from __future__ import annotations

from ..model import Block, Image
from ..sentences import clean_space
from ..tree import text_of
from .analyse import PageMap
from .inline import safe_href

#: Attributes a lazy loader keeps the real address in, best first.
_LAZY = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src")
#: Words in an image's class, id, alt or address that say it is no figure of the article.
_NOT_FIGURES = ("avatar", "gravatar", "icon", "logo", "emoji", "sprite", "spinner", "pixel", "tracking",
                "badge", "spacer", "blank.gif", "placeholder", "loader", "1x1")
#: A declared side at most this long (pixels) is an icon or a pixel.
_MIN_SIDE = 50


def find_figures(page: PageMap, kept: list[Block], base: str | None) -> list[tuple[int, Block]]:
    """``(page index, figure block)`` for each image among the ``kept`` blocks, in page order."""
    spans = [page.of(b.element) for b in kept if b.element is not None]
    spans = [i for i in spans if i >= 0]
    if not spans or not page.elements:
        return []
    first, last = min(spans), max(spans)
    last_end = _subtree_end(page, last)
    found: list[tuple[int, Block]] = []
    root = page.elements[0]
    for img in root.iter("img"):  # type: ignore[attr-defined]
        i = page.of(img)
        if i < first or i > last_end or _in_boilerplate(page, i):
            continue
        image = _image(img, base)
        if image is not None:
            found.append((i, Block("figure", "", element=img, image=image)))
    return found


def place_figures(sections: list, figures: list[tuple[int, Block]], page: PageMap) -> None:
    """Put each figure block before the first block of ``sections`` that comes after it on the
    page (in place); those after every block go at the end of the last section."""
    if not figures or not sections:
        return
    pending = list(figures)
    for section in sections:
        placed: list[Block] = []
        for block in section.blocks:
            at = page.of(block.element) if block.element is not None else -1
            while pending and at >= 0 and pending[0][0] < at:
                placed.append(pending.pop(0)[1])
            placed.append(block)
        section.blocks = placed
    sections[-1].blocks.extend(block for _, block in pending)


def _image(img: object, base: str | None) -> Image | None:
    get = img.get  # type: ignore[attr-defined]
    src = (get("src") or "").strip()
    if not src or src.startswith("data:") or any(w in src.casefold() for w in ("blank", "placeholder", "spacer")):
        src = next((get(a).strip() for a in _LAZY if get(a) and not get(a).startswith("data:")), "") or _from_srcset(
            get("srcset") or get("data-srcset") or ""
        )
    if not src:
        return None
    absolute = safe_href(src, base)  # (an image's address, made absolute as a link's is)
    if absolute is None or (not absolute.casefold().startswith(("http://", "https://", "/")) and ":" in absolute):
        return None  # no data:, mailto: or tel: image
    alt = clean_space(get("alt") or "")
    marks = " ".join((get("class") or "", get("id") or "", alt, absolute)).casefold()
    if any(word in marks for word in _NOT_FIGURES):
        return None
    for side in (get("width"), get("height")):
        if side and side.strip().rstrip("px").isdigit() and int(side.strip().rstrip("px")) <= _MIN_SIDE:
            return None
    return Image(src=absolute, alt=alt, caption=_caption(img))


def _from_srcset(srcset: str) -> str:
    """The first address a ``srcset`` names."""
    first = srcset.split(",")[0].strip()
    return first.split()[0] if first else ""


def _caption(img: object) -> str:
    """The text of the ``<figcaption>`` of the ``<figure>`` the image stands in, if any."""
    parent = img.getparent()  # type: ignore[attr-defined]
    for _ in range(4):
        if parent is None:
            return ""
        if parent.tag == "figure":
            caption = parent.find(".//figcaption")
            return clean_space(text_of(caption)) if caption is not None else ""
        parent = parent.getparent()
    return ""


def _in_boilerplate(page: PageMap, i: int) -> bool:
    """Whether element ``i`` stands in a hidden region or one marked as boilerplate."""
    while i >= 0:
        if page.hidden[i] is not None or (page.hint[i] is not None and not page.outside_only[i]):
            return True
        i = page.parent[i]
    return False


def _subtree_end(page: PageMap, i: int) -> int:
    """The index of the last element inside element ``i`` (document order): its last child's
    last child, and so on down."""
    last = page.elements[i]
    while len(last):  # type: ignore[arg-type]
        child = last[-1]  # type: ignore[index]
        if not isinstance(child.tag, str):
            break
        last = child
    end = page.of(last)
    return end if end >= i else i
