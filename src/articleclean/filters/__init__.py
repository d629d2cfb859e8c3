"""The filters, one module each, in the order the pipeline runs them.

To add one: write a :class:`Filter` subclass in its own module and either add it to
``DEFAULT_FILTERS`` here or register it on a pipeline (``Pipeline().add(MyFilter())``).
"""

from __future__ import annotations

from .advertisement import Advertisement
from .article_meta import ArticleMeta
from .author_bio import AuthorBio
from .base import Filter, FilterContext, VocabularyFilter
from .cart_notice import CartNotice
from .comments import Comments
from .cookie_notice import CookieNotice
from .dangling_headings import DanglingHeadings
from .duplicate_sentences import DuplicateSentences
from .link_list import LinkList
from .media_credit import MediaCredit
from .navigation import Navigation
from .read_more_teaser import ReadMoreTeaser
from .related_links import RelatedLinks
from .share_prompt import SharePrompt
from .sidebar import Sidebar
from .tag_list import TagList

#: The default pipeline, in order. Card-shaped and line-shaped boilerplate goes first;
#: page furniture next; repeats last, so that only real text is compared.
DEFAULT_FILTERS: tuple[type[Filter], ...] = (
    CartNotice,
    ReadMoreTeaser,
    SharePrompt,
    CookieNotice,
    Advertisement,
    RelatedLinks,
    TagList,
    ArticleMeta,
    MediaCredit,
    AuthorBio,
    Navigation,
    Sidebar,
    Comments,
    LinkList,
    DuplicateSentences,
    DanglingHeadings,
)

__all__ = [
    "DEFAULT_FILTERS",
    "Advertisement",
    "ArticleMeta",
    "AuthorBio",
    "CartNotice",
    "Comments",
    "CookieNotice",
    "DanglingHeadings",
    "DuplicateSentences",
    "Filter",
    "FilterContext",
    "LinkList",
    "MediaCredit",
    "Navigation",
    "ReadMoreTeaser",
    "RelatedLinks",
    "SharePrompt",
    "Sidebar",
    "TagList",
    "VocabularyFilter",
]
