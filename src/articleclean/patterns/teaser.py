"""Related-post card ("teaser") markers, per language (lower case)."""

#: The link text that ends a related-post card.
READ_MORE_MARKERS: dict[str, list[str]] = {
    "en": [
        "read more", "read the full story", "read the full article", "read full article",
        "read full story", "continue reading", "keep reading", "read on", "read the rest",
        "view more", "learn more", "more",
    ],
    "de": ["weiterlesen", "mehr lesen", "mehr erfahren", "zum artikel", "zum beitrag", "mehr"],
    "fr": ["lire la suite", "lire plus", "en savoir plus", "lire l'article", "lire l’article"],
    "es": ["leer más", "seguir leyendo", "sigue leyendo", "continuar leyendo", "leer artículo"],
    "it": ["leggi tutto", "leggi di più", "continua a leggere", "leggi l'articolo", "leggi l’articolo"],
    "pt": ["leia mais", "ler mais", "continue lendo", "continuar lendo", "saiba mais"],
    "nl": ["lees meer", "lees verder", "verder lezen", "lees het artikel"],
}

#: Markers too common as ordinary words to count without an arrow or brackets after them.
WEAK_MARKERS = {"more", "mehr", "learn more", "read on", "view more", "saiba mais", "en savoir plus",
                "mehr erfahren"}

#: The ornaments that follow a marker: arrows, guillemets, ellipses.
MARKER_ORNAMENTS = "→⟶➔➜➝➞»›>…"
