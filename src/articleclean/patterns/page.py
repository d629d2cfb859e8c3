"""Page furniture around the article: navigation, sidebars, comments (tags, tokens, phrases)."""

#: Element class/id tokens of navigation, headers and footers of the page.
NAVIGATION_TOKENS = [
    "nav", "navbar", "navigation", "menu", "main-menu", "menubar", "breadcrumb", "breadcrumbs", "crumb",
    "crumbs",
    "pagination", "pager", "skip-link", "skiplink", "site-header", "masthead", "topbar",
    "top-bar", "site-footer", "footer", "page-footer", "global-footer", "post-navigation",
    "nav-links", "jump-to", "toc", "table-of-contents",
]

#: Short lines that are page navigation wherever they stand (lower case, whole line).
NAVIGATION_LINES = [
    "skip to content", "skip to main content", "skip to navigation", "back to top",
    "previous post", "next post", "previous article", "next article", "previous", "next",
    "home", "menu", "search", "close", "zum inhalt springen", "zurück nach oben",
    "vorheriger artikel", "nächster artikel", "aller au contenu", "article précédent",
    "article suivant", "ir al contenido", "volver arriba", "vai al contenuto",
    "torna su", "ir para o conteúdo", "voltar ao topo", "naar de inhoud", "terug naar boven",
    "print", "print this page", "drucken", "seite drucken", "artikel drucken", "imprimer", "imprimir",
    "stampa", "afdrukken", "permalink", "permalien", "get short url", "copy link", "link kopieren",
    "back to overview", "zurück zur übersicht", "zurück", "back", "top", "nach oben", "seite teilen",
    "reply", "antworten", "répondre", "responder", "rispondi", "comments", "kommentare",
    "text size", "font size", "schriftgröße", "order reprints", "reprints", "print article",
    "leave a comment", "kommentar schreiben", "laisser un commentaire", "deja un comentario",
]

#: Lines opening with one of these lead to the previous or next article.
PAGER_STARTS = [
    "previous article", "next article", "previous post", "next post", "previous story", "next story",
    "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag", "article précédent",
    "article suivant", "artículo anterior", "siguiente artículo", "articolo precedente", "articolo successivo",
    "artigo anterior", "próximo artigo", "vorig artikel", "volgend artikel",
]

#: Element class/id tokens of sidebars and widget areas.
SIDEBAR_TOKENS = [
    "sidebar", "side-bar", "widget-area", "widgets", "rail", "right-rail", "left-rail",
    "sidecol", "aside",
]

#: Element class/id tokens of comment sections.
COMMENT_TOKENS = [
    "comment", "comments", "comments-area", "comment-list", "commentlist", "comment-respond",
    "respond", "disqus", "disqus_thread", "discussion", "reply", "replies", "kommentare",
    "commentaires", "comentarios", "commenti",
]

#: Element class/id tokens that announce the article body itself.
CONTENT_TOKENS = [
    "article", "article-body", "articlebody", "article-content", "article-text", "entry-content",
    "entry", "post-content", "post-body", "post-entry", "postbody", "story", "story-body",
    "story-content", "storytext", "content-body", "main-content", "body-text", "bodytext",
    "rich-text", "richtext", "single-content", "td-post-content", "news-body", "news-content",
    "artikel", "inhalt", "texto", "contenu", "articolo", "content",
]
