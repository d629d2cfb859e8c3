"""Cookie notices, advertisement labels, "Related:" and "Tags:" lines, per language."""

#: A cookie notice says one of these (lower case, anywhere in a short block). Every phrase is
#: the site speaking of its own cookies, so that news about cookies is not taken for a banner.
COOKIE_PHRASES: dict[str, list[str]] = {
    "en": [
        "we use cookies", "this site uses cookies", "this website uses cookies", "our site uses cookies",
        "our website uses cookies", "accept cookies", "accept all cookies", "cookie settings",
        "cookie preferences", "cookie policy",
    ],
    "de": [
        "wir verwenden cookies", "wir nutzen cookies", "diese website verwendet cookies",
        "diese webseite verwendet cookies", "diese seite verwendet cookies", "cookies akzeptieren",
        "cookie-einstellungen", "cookie-richtlinie",
    ],
    "fr": [
        "nous utilisons des cookies", "ce site utilise des cookies", "accepter les cookies",
        "paramètres des cookies", "politique de cookies",
    ],
    "es": [
        "utilizamos cookies", "usamos cookies", "este sitio utiliza cookies", "este sitio web utiliza cookies",
        "aceptar cookies", "política de cookies",
    ],
    "it": [
        "utilizziamo i cookie", "utilizziamo cookie", "usiamo i cookie", "questo sito utilizza i cookie",
        "questo sito utilizza cookie", "accetta i cookie", "cookie policy",
    ],
    "pt": [
        "utilizamos cookies", "usamos cookies", "este site utiliza cookies", "este site usa cookies",
        "aceitar cookies",
    ],
    "nl": [
        "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "deze site gebruikt cookies",
        "cookies accepteren",
    ],
}

#: Element class/id tokens of cookie banners.
COOKIE_TOKENS = [
    "cookie", "cookies", "cookie-notice", "cookie-banner", "cookie-consent", "cookiebanner",
    "consent", "gdpr", "cmp", "cc-banner", "cc-window", "onetrust", "didomi", "usercentrics",
]

#: A block that is only one of these is an advertisement label.
AD_LABELS: dict[str, list[str]] = {
    "en": [
        "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored",
        "sponsored content", "paid content", "promoted", "story continues below advertisement",
        "article continues below advertisement", "continue reading below",
        "scroll to continue with content", "continue reading the main story",
        "advertisement - scroll to continue", "ad feedback", "skip advertisement",
    ],
    "de": ["anzeige", "werbung", "gesponsert", "artikel wird unter der anzeige fortgesetzt"],
    "fr": ["publicité", "annonce", "sponsorisé", "contenu sponsorisé"],
    "es": ["publicidad", "anuncio", "patrocinado", "contenido patrocinado"],
    "it": ["pubblicità", "annuncio", "sponsorizzato", "contenuto sponsorizzato"],
    "pt": ["publicidade", "anúncio", "patrocinado", "conteúdo patrocinado"],
    "nl": ["advertentie", "gesponsord", "gesponsorde inhoud"],
}

#: Lines opening with one of these disclose advertising or affiliate links.
AD_DISCLOSURES: dict[str, list[str]] = {
    "en": [
        "this post contains affiliate links", "this post contains references to products",
        "this article contains affiliate links", "this post may contain affiliate", "this post contains affiliate",
        "this article may contain affiliate", "this page contains affiliate",
        "we may earn a commission", "sponsored by", "paid partnership", "advertisement:", "ad:",
        "disclosure:", "affiliate disclosure", "if you buy through our links", "if you buy through links",
        "if you buy through affiliate links", "when you buy through our links", "when you buy through links",
        "if you purchase through our links", "when you purchase through our links",
        "if you buy something through our links", "when you buy something through our links",
    ],
    "de": [
        "werbung:", "*werbung", "anzeige:", "dieser beitrag enthält werbung", "dieser artikel enthält werbung",
        "dieser artikel enthält affiliate-links", "dieser beitrag enthält affiliate-links",
        "anzeige, enthält affiliate links", "enthält affiliate links", "enthält werbung",
    ],
    "fr": ["publicité :", "contenu sponsorisé :", "cet article contient des liens affiliés"],
    "es": ["publicidad:", "contenido patrocinado:", "este artículo contiene enlaces de afiliados"],
    "it": ["pubblicità:", "contenuto sponsorizzato:", "questo articolo contiene link affiliati"],
    "pt": ["publicidade:", "conteúdo patrocinado:"],
    "nl": ["advertentie:", "gesponsord:"],
}

#: Element class/id tokens of ad slots.
AD_TOKENS = [
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "ad-slot",
    "adslot", "ad-container", "ad-wrapper", "adsbygoogle", "dfp", "gpt-ad", "sponsor",
    "sponsored", "banner-ad", "taboola", "outbrain", "promo", "disclaimer", "affiliate-disclosure",
]

#: Lines opening with one of these introduce links to other stories.
RELATED_STARTS: dict[str, list[str]] = {
    "en": [
        "related:", "related", "related articles", "related stories", "related posts",
        "related content", "related coverage", "related reading", "read also", "read also:",
        "also read", "also read:", "see also:", "see also", "you may also like",
        "you might also like", "you may be interested in", "recommended for you",
        "recommended", "more from", "more stories", "more on this", "more on this story",
        "most popular", "most read", "trending now", "don't miss", "editor's picks",
        "popular posts", "recent posts", "latest news", "up next", "read more:", "see more:",
        "also on", "watch:", "listen:", "more:", "more in", "trending news", "most viewed",
    ],
    "de": [
        "lesen sie auch", "lesen sie auch:", "auch interessant", "das könnte sie auch interessieren",
        "mehr zum thema", "weitere artikel", "ähnliche artikel", "verwandte artikel",
        "meistgelesen", "empfehlungen", "weiterlesen:", "mehr zum thema:", "lesen sie hier",
        "weiterführende links", "mehr dazu:", "auch interessant:", "ähnliche beiträge",
        "empfohlene beiträge", "verwandte beiträge", "mehr themen", "mehr themen:", "neueste artikel",
        "mehr interessantes", "siehe auch", "das könnte dich auch interessieren", "das könnte sie interessieren",
        "noch mehr infos", "auch auf",
    ],
    "fr": [
        "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "articles similaires",
        "sur le même sujet", "à voir aussi", "les plus lus", "lire aussi :", "à lire également",
    ],
    "es": [
        "leer también", "lea también", "lee también", "te puede interesar", "también te puede interesar",
        "noticias relacionadas", "artículos relacionados", "lo más leído", "ver también",
        "le puede interesar:", "te puede interesar:", "puedes ver:", "lee también:", "más sobre", "lo último",
    ],
    "it": ["leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti"],
    "pt": ["leia mais:", "leia também", "veja também", "artigos relacionados", "mais lidas", "notícias relacionadas"],
    "nl": ["lees ook", "zie ook", "gerelateerde artikelen", "meest gelezen"],
}

#: Element class/id tokens of related-story boxes.
RELATED_TOKENS = [
    "related", "related-posts", "related-articles", "relatedposts", "jp-relatedposts",
    "recommended", "recommendations", "more-stories", "also-read", "read-next", "readnext",
    "you-may-like", "popular-posts", "most-read", "mostread", "trending", "yarpp",
]

#: Lines opening with one of these list the story's tags or categories.
TAG_STARTS: dict[str, list[str]] = {
    "en": ["tags:", "tagged:", "tagged with", "tagged as", "filed under:", "filed under",
           "topics:", "categories:", "category:", "posted in"],
    "de": ["tags:", "schlagwörter:", "schlagworte:", "stichwörter:", "themen:", "kategorien:",
           "kategorie:"],
    "fr": ["étiquettes :", "étiquettes:", "mots-clés :", "mots-clés:", "tags :", "catégories :",
           "catégorie :", "catégories:"],
    "es": ["etiquetas:", "temas:", "categorías:", "categoría:"],
    "it": ["tag:", "etichette:", "argomenti:", "categorie:", "categoria:"],
    "pt": ["etiquetas:", "tags:", "tópicos:", "categorias:", "categoria:"],
    "nl": ["tags:", "trefwoorden:", "onderwerpen:", "categorieën:", "categorie:"],
}

#: Element class/id tokens of tag lists.
TAG_TOKENS = [
    "tags", "tag-list", "taglist", "tag-links", "post-tags", "entry-tags", "tagcloud",
    "tag-cloud", "article-tags", "cat-links", "post-categories", "entry-categories",
]
