"""link_list: lists, headings and short lines that are nothing but links (HTML only).

Related-headline lists, menus and "more stories" lines inside the article container. Prose
that happens to carry many links (citations, a paragraph of sources) stays: only lists,
headings and short lines that do not read as sentences go.
"""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import timeout_for
from ..sentences import ends_sentence
from ..tree import links_elsewhere, same_site, text_of
from .base import FilterContext, VocabularyFilter

_URL = regex.compile(r"^\W*(?:https?://|www\.)(?P<host>[^/\s]+)\S*\W*$", regex.IGNORECASE)
_CONTACT = regex.compile(r"^\W*(?:[\w.+-]+@[\w-]+\.[\w.-]+|(?:twitter|x|facebook|instagram)\.com/\S+)\W*$")


class LinkList(VocabularyFilter):
    name = "link_list"
    description = "Lists, headings and short lines made only of links or addresses (related headlines, menus)."
    skip_on = frozenset({"listing", "collection", "scored"})  # a listing's items are links; the scorer weighs links
    #: Share of a list's text in links from which it is a link list.
    list_density = 0.7
    #: Share of a heading's or a short line's text in links from which it is a link.
    line_density = 0.8
    #: Lines longer than this (characters) that end like a sentence are prose, however linked.
    max_line_chars = 150

    #: Longest excerpt (characters) taken along with a linked title in the same small card.
    max_excerpt_chars = 300

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        if not ctx.is_html:
            return blocks
        kept: list[Block] = []
        card_parent = None
        for block in blocks:
            if card_parent is not None and self._excerpt_of(block, card_parent):
                ctx.remove(block.text, "the excerpt under a linked title (a teaser card)")
                card_parent = None
                continue
            card_parent = None
            evidence = block.hints.get(self.name)
            reason = f"inside an element marked as {evidence}" if evidence else self.match(block)
            if reason and not evidence and block.kind == "heading" and _names_a_resource(block, ctx.host):
                reason = None  # a heading naming a resource on another site: the article presents it
            if reason is None and block.kind == "paragraph" and len(block.text) <= 300:
                reason = _address_line(block.text, ctx.host)
            if reason:
                ctx.remove(block.text, reason)
                if block.kind in ("heading", "paragraph"):
                    card_parent = _small_parent(block.element, self.max_excerpt_chars + 200)
            else:
                kept.append(block)
        return kept

    def _excerpt_of(self, block: Block, card: object) -> bool:
        if block.kind != "paragraph" or len(block.text) > self.max_excerpt_chars or block.element is None:
            return False
        return block.element is card or any(a is card for a in block.element.iterancestors())

    def match(self, block: Block) -> str | None:
        density = block.link_density
        if block.kind == "list" and density >= self.list_density:
            return f"a list of links ({density:.0%} of its text is links)"
        if block.kind == "heading" and density >= self.line_density:
            return "a heading that is a link to another page"
        if (
            block.kind == "paragraph"
            and density >= self.line_density
            and (len(block.text) <= self.max_line_chars or not ends_sentence(block.text))
        ):
            return f"a line of links ({density:.0%} of its text is links)"
        return None


def _names_a_resource(block: Block, host: str | None) -> bool:
    return block.element is not None and links_elsewhere(block.element, host)


def _small_parent(element: object, limit: int) -> object | None:
    """The nearest ancestor of ``element`` holding more than it but at most ``limit`` characters."""
    if element is None:
        return None
    own = len(text_of(element))  # type: ignore[attr-defined]
    for depth, ancestor in enumerate(element.iterancestors()):  # type: ignore[attr-defined]
        size = len(text_of(ancestor))
        if size > limit or depth > 3:
            return None
        if size > own:
            return ancestor
    return None


def _address_line(text: str, host: str | None) -> str | None:
    """A line that is only a contact address, or only the address of this very site."""
    if ("@" in text or ".com/" in text) and _CONTACT.match(text, timeout=timeout_for(text)):
        return "a bare contact address"
    if "://" not in text and "www." not in text.casefold():
        return None
    url = _URL.match(text, timeout=timeout_for(text))
    if url and host and same_site(url.group("host"), host):
        return "the page's own address printed on the page"
    return None
