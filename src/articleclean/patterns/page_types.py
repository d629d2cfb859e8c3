"""What each kind of page calls itself: structured-data types and words of its address.

Read by ``dom/page_type.py``. A kind is one of :data:`PAGE_TYPES`. Weights say how much one
piece of evidence counts; the kind with the most evidence wins.
"""

#: The kinds of page articleclean tells apart.
PAGE_TYPES = ("article", "forum", "product", "collection", "listing", "documentation", "service", "other")

#: schema.org types (JSON-LD or microdata) and OpenGraph types ("og:…"), with the kind they
#: announce and a weight. A type that many kinds carry (WebPage, Organization) says nothing.
STRUCTURED_TYPES: dict[str, tuple[str, float]] = {
    "DiscussionForumPosting": ("forum", 3.0),
    "QAPage": ("forum", 3.0),
    "Answer": ("forum", 1.5),
    "SocialMediaPosting": ("forum", 1.5),
    "Product": ("product", 2.5),
    "ProductGroup": ("product", 2.0),
    "Offer": ("product", 1.0),
    "AggregateOffer": ("product", 0.5),
    "og:product": ("product", 2.5),
    "og:product.item": ("product", 2.5),
    "og:product.group": ("collection", 3.0),
    "CollectionPage": ("listing", 2.0),
    "SearchResultsPage": ("listing", 3.0),
    "ItemList": ("listing", 1.0),
    "NewsArticle": ("article", 3.0),
    "ReportageNewsArticle": ("article", 3.0),
    "AnalysisNewsArticle": ("article", 3.0),
    "OpinionNewsArticle": ("article", 3.0),
    "BlogPosting": ("article", 2.5),
    "LiveBlogPosting": ("article", 2.5),
    "Article": ("article", 2.0),
    "Report": ("article", 1.5),
    "ScholarlyArticle": ("article", 2.0),
    "Recipe": ("article", 2.0),
    "Review": ("article", 1.0),
    "og:article": ("article", 1.0),
    "og:blog": ("article", 1.0),
    "TechArticle": ("documentation", 1.5),
    "APIReference": ("documentation", 3.0),
    "Service": ("service", 2.0),
    "ProfessionalService": ("service", 2.0),
    "FinancialService": ("service", 2.0),
    "LegalService": ("service", 2.0),
    "LocalBusiness": ("service", 1.0),
    "SoftwareApplication": ("service", 1.5),
    "WebApplication": ("service", 1.5),
    "Course": ("service", 1.0),
    "EducationalOccupationalProgram": ("service", 1.5),
}

#: Words of a page's address (path segments, lower case) and the kind they announce, with a weight.
PATH_WORDS: dict[str, tuple[str, float]] = {
    # forum threads
    "t": ("forum", 1.5), "topic": ("forum", 2.0), "topics": ("forum", 1.0), "thread": ("forum", 2.0),
    "threads": ("forum", 2.0), "forum": ("forum", 2.0), "forums": ("forum", 2.0),
    "viewtopic.php": ("forum", 2.5), "showthread.php": ("forum", 2.5), "discussion": ("forum", 1.5),
    "discussions": ("forum", 1.5), "questions": ("forum", 2.0), "talk": ("forum", 1.0),
    "board": ("forum", 1.0), "boards": ("forum", 1.0), "community": ("forum", 1.0),
    "comments": ("forum", 1.5),
    # one product
    "products": ("product", 2.0), "product": ("product", 2.0), "item": ("product", 1.0), "produkt": ("product", 2.0),
    "produit": ("product", 2.0), "producto": ("product", 2.0), "prodotto": ("product", 2.0),
    # many products
    "collections": ("collection", 2.5), "collection": ("collection", 1.5), "category": ("collection", 1.0),
    "categories": ("collection", 1.0), "cat": ("collection", 1.5), "shop": ("collection", 1.0),
    "store": ("collection", 0.5), "genre": ("collection", 1.0), "kategorie": ("collection", 1.5),
    # documentation
    "docs": ("documentation", 2.5), "doc": ("documentation", 2.0), "documentation": ("documentation", 2.5),
    "manual": ("documentation", 2.0), "reference": ("documentation", 1.5), "api": ("documentation", 1.0),
    "library": ("documentation", 1.0), "book": ("documentation", 1.0), "learn": ("documentation", 1.0),
    "tutorial": ("documentation", 1.0), "tutorials": ("documentation", 1.0), "guide": ("documentation", 0.5),
    "handbook": ("documentation", 2.0), "std": ("documentation", 1.5), "man": ("documentation", 1.5),
    "wiki": ("documentation", 0.5), "glossary": ("documentation", 1.5), "developer": ("documentation", 1.0),
    "developers": ("documentation", 1.0), "kb": ("documentation", 1.5), "knowledge-base": ("documentation", 1.5),
    "help": ("documentation", 1.0), "support": ("documentation", 0.5),
    # listings of articles
    "tag": ("listing", 2.0), "tags": ("listing", 2.0), "archive": ("listing", 1.5), "archives": ("listing", 1.5),
    "latest": ("listing", 1.0), "trending": ("listing", 1.5), "page": ("listing", 0.5), "search": ("listing", 1.5),
    "events": ("listing", 1.0), "author": ("listing", 1.5),
    # articles
    "article": ("article", 1.5), "articles": ("article", 1.0), "news": ("article", 1.0), "blog": ("article", 1.0),
    "blogs": ("article", 1.0), "post": ("article", 1.0), "posts": ("article", 1.0), "story": ("article", 1.0),
    "stories": ("article", 1.0), "p": ("article", 0.5), "insights": ("article", 1.0), "report": ("article", 0.5),
    # services, products of a company, landing pages
    "services": ("service", 2.0), "service": ("service", 1.5), "solutions": ("service", 2.0),
    "solution": ("service", 1.5), "features": ("service", 2.0), "feature": ("service", 2.0),
    "pricing": ("service", 2.0), "programs": ("service", 1.5), "program": ("service", 1.0),
    "plans": ("service", 1.5), "platform": ("service", 1.0), "leistungen": ("service", 2.0),
}

#: A last path segment naming an index of articles ("/news", "/blog") makes the page a listing.
LISTING_INDEX_WORDS = frozenset(
    "news blog blogs articles posts stories latest archive archives press newsroom updates insights "
    "magazine journal events".split()
)
