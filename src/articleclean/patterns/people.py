"""Author boxes: their headings per language, and their class/id tokens; the labels a byline puts
before its names."""

#: A byline's labels, folded: alone in their element they name nobody ("<p class="author">Author</p>"),
#: glued before a name they are no part of it ("Author Jane Doe"), in an element of their own
#: before a name they mark the byline ("<strong>Author</strong> Ben Knight"). Not "By" or "Von":
#: those label places and prices as well.
AUTHOR_LABELS = frozenset("author authors autor autorin autoren verfasser verfasserin auteur auteurs autore".split())

AUTHOR_BIO_HEADINGS: dict[str, list[str]] = {
    "en": ["about the author", "about the authors", "author", "authors", "written by", "about me"],
    "de": ["über den autor", "über die autorin", "über die autoren", "zur person", "autor", "autorin", "autoren"],
    "fr": ["à propos de l'auteur", "à propos de l’auteur", "l'auteur", "l’auteur", "auteur"],
    "es": ["sobre el autor", "sobre la autora", "acerca del autor", "autor"],
    "it": ["sull'autore", "sull’autore", "l'autore", "autore"],
    "pt": ["sobre o autor", "sobre a autora", "autor"],
    "nl": ["over de auteur", "over de schrijver", "auteur"],
}

AUTHOR_BIO_TOKENS = [
    "author-bio", "authorbio", "author-box", "authorbox", "about-author", "about-the-author",
    "author-info", "author-card", "author-description", "author-details", "author-profile",
    "bio", "biography", "autorenbox", "autor-box", "autorbox", "post-author", "entry-author",
    "contributor-bio", "writer-bio",
]
