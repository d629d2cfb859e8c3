"""Datelines: "WASHINGTON (AP) —", "Washington, D.C. —", "LONDON, Nov 25 (Reuters) -", "(CNN) —"."""

from __future__ import annotations

from dataclasses import replace

import regex

from ..model import Dateline
from ..patterns import PATTERN_TIMEOUT, timeout_for
from ..patterns.dates import CALENDAR_WORDS, WEEKDAYS
from ..patterns.names import is_given_name
from ..patterns.speech import (
    ENGLISH_FUNCTION_WORDS,
    GERMAN_ABSTRACT_ENDINGS,
    GERMAN_FUNCTION_WORDS,
    GERMAN_SENTENCE_OPENERS,
    TITLES,
    TOWN_PREFIXES,
)

#: (and the dashes scraped text carries in their place: a non-breaking hyphen, a figure dash, a minus)
_DASH = r"(?:—|–|--|-|:|‑|‒|‐|−)"
#: (in capitals too, as wires print them: "YEREVAN, MARCH 3,", "KEETMANSHOOP, 14 MAY (NAMPA)")
#: (a day with its ordinal's letters too: "ABU DHABI, 3rd March, 2026 (WAM) --")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT"
          r"|NOV|DEC)(?:[a-z]*|[A-Z]*)\.?\s+\d{1,2}"
          r"|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|März|Mai|Okt|Dez|JAN|FEB"
          r"|MAR|APR"
          r"|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)(?:[a-z]*|[A-Z]*)\.?")
_CAPS_WORD = r"[\p{Lu}][\p{Lu}.'’-]+"
_TITLE_WORD = r"[\p{Lu}][\p{Ll}\p{Lu}.'’-]+"
#: Small words inside a place's name: "Frankfurt am Main", "Freiburg im Breisgau", "Weiden in der Oberpfalz",
#: "Newcastle upon Tyne", "Port of Spain", "Dar es Salaam".
_PARTICLE = r"(?:am|an\s+der|in\s+der|im|ob\s+der|bei|in|upon|of|es|al|de|del|da|do|la|le|sur|en)"
#: A place's river or region abbreviated after its name: "Frankfurt a.M.", "Freiburg i.Br.", "Halle
#: a.d. Saale", "Mühldorf a. Inn", "Neustadt a. d. Aisch", "Weiden i.d.OPf.", "Rothenburg o.d.T.",
#: "Bad Homburg v. d. Höhe" (an, in, ob, vor; der); not a title's "a. D." (retired: "Bürgermeister a. D.").
_ABBREVIATED = r"(?:[aiov]\.\s?(?:d\.\s?)?(?!D\.)(?:[\p{Lu}][\p{L}]{0,3}\.|[\p{Lu}][\p{Ll}]+))"
_ABBREVIATED_END = regex.compile(rf"\s{_ABBREVIATED}$")
_PARTICLE_WORD = regex.compile(_PARTICLE)
#: When a reportage's place line says it was: "BAD BERLEBURG, im Mai."
_WHEN = (
    r"(?:(?:im|Anfang|Mitte|Ende)\s+|\d{1,2}\.\s*)(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember|Frühjahr|Sommer|Herbst|Winter)"
)
#: A date in figures, its year perhaps in two ("12.03.2022", "12.3.22"), where a dash, a bracket, a
#: bar or a full stop and a capital follow it (not the figures opening a sentence).
_FIGURES_DATE = rf"\d{{1,2}}\.\d{{1,2}}\.(?:(?:19|20)\d\d|\d\d)(?=\s*{_DASH}\s|\s*\(|\s*\|\s|\.\s+\p{{Lu}})"
_GERMAN_MONTH = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
_REGION = r"(?:[\p{Lu}][\p{L}.'’-]*\.?(?:\s+[\p{Lu}][\p{L}.'’-]*\.?){0,2})"
# "(Reuters)", "(GLOBE NEWSWIRE)", and a press release's "/PRNewswire/".
# "(dpa/lno)" and "(KNA/iz)": an agency and its desk; a TV station's channel: "(News 5)", "(KOMO 4 News)".
# (pressetext's item code, date and time: "Wien (pte012/12.03.2026/10:30) -")
_AGENCY = (
    r"(?:\((?P<agency>\p{L}[\p{L}\p{N}&./ -]{0,30}?|pte\d{3}/[\d./]{8,10}/\d{1,2}:\d{2})\)"
    r"|/(?P<wire>\p{L}[\p{L}&. -]{1,40}?)/)"
)

_PATTERN = regex.compile(
    # (a press release's date and a bar may come first: "Pressemitteilung vom 25. Januar 2022 | Berlin –")
    rf"""^(?:[^|\n]{{0,40}}\b(?:19|20)\d\d\s*\|\s*)?(?P<raw>
        (?:
          (?P<loc>
             {_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:\s*/\s*{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}){{0,3}}(?:,\s*{_REGION}){{0,2}}
           # (places listed, each of a word or two: "Berlin/Frankfurt", "St. Pölten/Wien", "Bad Homburg / Mainz")
           | {_TITLE_WORD}(?:\s+{_TITLE_WORD})?(?:\s*/\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD})?){{1,3}}
           | {_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}(?:\s+{_PARTICLE}\s+{_TITLE_WORD})?(?:,\s*{_REGION}){{1,2}}
           | {_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}(?:\s+{_PARTICLE}\s+{_TITLE_WORD}|\s+{_ABBREVIATED})?
          )
          # (Indian wires give the state or country in brackets, part of the place as printed:
          # "Alappuzha (Kerala), Aug 8 (PTI)", "New Delhi [India], Aug 8 (ANI):", "Srinagar (Jammu and
          # Kashmir) [India], March 3 (ANI):")
          # (a German town's river or region before an agency is part of its name: "Halle (Saale) (dpa) –",
          # and before the paper's short name: "Halle (Saale)/MZ –", "Frankfurt (Oder)/MOZ –")
          (?:(?P<state>(?:\s*[(\[]{_TITLE_WORD}(?:\s+(?:and\s+)?{_TITLE_WORD}){{0,3}}[)\]]){{1,2}})(?=,)
             |\s*(?P<river>\({_TITLE_WORD}\))(?:(?=\s*\()|/(?P<paper>\p{{Lu}}{{2,3}})(?=\s*{_DASH}\s)))?
          # (a press release's date in figures: "Hamburg, 03.12.2025 –", "Berlin, den 12.03.2022.",
          # and its month: "München, im März 2022 –")
          (?:,\s*(?:den\s+|am\s+)?(?P<date>{_MONTH}|{_FIGURES_DATE}|im\s+{_GERMAN_MONTH}\s+(?:19|20)\d\d)
             (?:,?\s+(?:19|20)\d\d)?)?
          # (a full stop may close the date before it: "MOSCOW, March 3. /TASS/.")
          (?:[,.]?\s*(?:--|—|–)?\s*{_AGENCY}
             # (after a date, an agency in capitals with no brackets: "Hohoe, Nov. 20, GNA -",
             # "YEREVAN, MARCH 3, ARMENPRESS.")
             |(?<=\d),\s*(?P<bare_agency>\p{{Lu}}{{2,12}})(?=\s*(?:{_DASH}\s|\.\s)))?
        |
          # (a wire's date and no place: "Nov 30 (Reuters) -")
          (?:(?P<wire_date>{_MONTH})\s+)?{_AGENCY}
        )
        # (a date with its year may end in a full stop: "Berlin, 1. Dezember 2025. Die …")
        # (the Spanish agencies close the bracket with a full stop and a hyphen: "Valencia (EFE).- …")
        # (or a bar: "Berlin, 12. März 2022 | Die …")
        (?:\s*{_DASH}\s+|\s*(?:—|–|--)(?=\p{{Lu}})|(?<=[)/])\s*(?:\.?{_DASH}\s*|\.\s+)?|(?<=(?:19|20)\d\d)(?:\.|\s*\|)\s+
           |(?<=\d,\s*\p{{Lu}}{{2,12}})\.\s+)
    )(?=[\p{{Lu}}\p{{N}}"“‘'„«])""",
    regex.VERBOSE,
)

#: The agency first, then the place in capitals and perhaps the date: "(ANSA) - ROME, MAR 12 - …".
_AGENCY_FIRST = regex.compile(
    rf"^(?P<raw>\((?P<agency>\p{{L}}[\p{{L}}&. -]{{1,20}}?)\)\s*{_DASH}\s*"
    rf"(?P<loc>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})(?:,\s*(?P<date>{_MONTH}))?\s*(?:—|–|--|-)\s+)(?=[\p{{Lu}}\p{{N}}\"“‘'„«])"
)

#: A press release's place and date in brackets before its first words: "(Berlin, 12.03.2022) Der
#: Verband …", "[Bonn, 4. März 2022] Die …".
_BRACKETED_PLACE_DATE = regex.compile(
    rf"^(?P<raw>[(\[](?P<loc>{_TITLE_WORD}(?:\s+{_TITLE_WORD})?(?:\s*/\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD})?){{0,3}}),"
    rf"\s*(?:den\s+|am\s+)?(?P<date>\d{{1,2}}\.\s*(?:\d{{1,2}}\.|{_GERMAN_MONTH}\s+|{_MONTH}\s+)\s*(?:19|20)?\d\d)"
    rf"[)\]]\s*(?:{_DASH}\s*)?)(?=[\p{{Lu}}\p{{N}}„»«“\"])"
)

#: A German place line closed by a full stop: "COTTBUS.", "Cottbus.", "BAD BERLEBURG, im Mai.",
#: "Halle a.d. Saale." (told from a sentence of one word by ``_place_line``).
_PLACE_LINE = regex.compile(
    rf"^(?P<raw>(?P<loc>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}(?:/{_CAPS_WORD}){{0,2}}"
    rf"|{_TITLE_WORD}(?:\s+{_ABBREVIATED}|(?:/{_TITLE_WORD}){{1,3}}|\s+{_PARTICLE}\s+{_TITLE_WORD}|\s+{_TITLE_WORD})?)"
    rf"(?:,\s*(?P<when>{_WHEN}))?\.\s+)(?=[\p{{Lu}}\p{{N}}]|[„»«“\"]\p{{Lu}})"
)

#: Endings of abstract nouns, a kicker's topic rather than a place ("MIGRATION –", "BILDUNG –",
#: "WIRTSCHAFT –"; a word alone, no region, no agency).
_TOPIC_ENDINGS = ("ion", "ung", "stand", *GERMAN_ABSTRACT_ENDINGS)
#: Words that open ordinary sentences and can stand before a dash ("However — …").
_NOT_PLACES = frozenset(
    "however moreover meanwhile still yet instead indeed and but so yes no now then today "
    "tomorrow yesterday finally first second third also again anyway here there this that "
    "these those it he she they we i you update updated editor note dear warning breaking "
    "exclusive analysis opinion watch listen photos video live the a an sponsored advertisement "
    "correction corrections clarification note notes read related tags tip tips question answer q "
    "faq warning caution summary disclosure disclosures disclaimer affiliate advertiser sponsor "
    "background context bottom tl;dr tldr psa reminder heads "
    # labels a page puts before its first words ("Column: …", "Symbolbild: …")
    "column columns editorial feature explainer interview podcast gallery sponsored promoted "
    "symbolbild foto fotos bild bilder kommentar meinung hintergrund anzeige werbung gastbeitrag "
    "leserbrief eilmeldung liveticker ticker aktuell exklusiv analyse reportage porträt glosse "
    # a byline's or a listing's labels and a claim's ("BY:", "Time/Location:", "Truth: 45% of …", "DIY:")
    "by time location truth myth fact facts diy "
    # German labels before a colon ("Fazit: Die Stadt …", "Übrigens: …", "Termin: …")
    "tipp tipps fazit übrigens nachtrag hinweis hinweise wichtig info infos zitat quelle ergebnis achtung "
    "service termin termine kontakt eintritt anmeldung vorsicht zusammenfassung ausblick rückblick "
    # (a note's time stamp: "(Aktualisiert, 12.03.2022)", "Stand: …")
    "aktualisiert veröffentlicht erstellt geändert stand "
    # a site's sections, set over a story alone or in a path ("Politik/Inland", "Kultur.", "Sport –",
    # "Wetter:", "JUST IN:")
    "politik inland ausland wirtschaft kultur sport panorama wissen gesundheit reise digital lokales "
    "feuilleton finanzen karriere gesellschaft technik wetter verkehr kolumne leben startseite region "
    "regional ratgeber verbraucher freizeit kino musik medien netz familie klima umwelt welt auto motor "
    "stil mode genuss immobilien job jobs beruf campus schule bildung home berichte bericht nachrichten "
    "meldungen themen thema videos bilder fotostrecke dossier vermischtes "
    # (a piece's kind and urgency: "Nachruf: Mit Erwin Kößler …", "Standpunkt: Es ist richtig …", "Eilt: …")
    "nachruf nachrufe standpunkt leitartikel kommentare eilt pro contra "
    "news sports football business politics world local national lifestyle culture entertainment "
    "health science tech technology travel weather money markets economy education crime just".split()
)


#: First words of the names of towns ("Bad Sollingen", "Sankt Gallen", "New Haven"), with those
#: that also start people's names or are common words (none of them before a dash, though).
_PLACE_PREFIXES = TOWN_PREFIXES | frozenset(
    # (every lookup folds the word, and "Groß" folds to "gross")
    "st. new saint neu alt gross klein hohen ober nieder unter north south east west markt "
    # (a region's adjective or a town's title before its name: "Schwäbisch Gmünd", "Bergisch Gladbach",
    # "Königs Wusterhausen", "Lutherstadt Wittenberg", "Hansestadt Lüneburg", "Ostseebad Binz")
    "schwäbisch bergisch märkisch sächsisch fränkisch windisch wendisch deutsch königs lutherstadt hansestadt "
    "ostseebad nordseebad seebad "
    # (the articles of foreign towns' names: "Den Haag", "La Paz", "Le Mans", "El Paso")
    "den la le el".split()
)


#: News agencies a dateline names in brackets ("Berlin (dpa) -"), folded.
NEWS_AGENCIES = frozenset(
    "dpa afp ap apa epd kna sid age reuters dts cnn upi bloomberg ansa efe xinhua tass pti ians ani sda "
    "keystone-sda ots idw kathpress aap cp ntb tt bbc ips belga anp ritzau pap ctk mti anadolu yonhap "
    "kyodo wam lusa agerpres afx awp dow jones ddp kipa cns ucanews prnewswire "
    # (national agencies of Asia, Africa, the Gulf and the Caribbean: "Bernama", "GNA", "BSS", "UNB")
    "bernama gna bss unb cmc jta pna vna kuna qna irna wafa kazinform akipress azertac armenpress".split()
)


#: Last words of towns' names ("Cape Town", "Kansas City", "Colorado Springs"), folded.
_PLACE_SUFFIXES = frozenset("town city springs falls bay beach harbour harbor heights".split())
#: Words joining a town's name to its river or hill ("Gries am Brenner", "Weil am Rhein",
#: "Rothenburg ob der Tauber", "Stratford-upon-Avon" written apart).
_TOWN_PARTICLES = frozenset("am an im ob upon sur".split())
#: Times that may follow such a particle, no river or hill ("Berlin am Wochenende –").
_TIMES_OF_YEAR = frozenset("wochenende abend morgen mittag sommer winter frühjahr frühling herbst".split())


#: Particles that join a town to its neighbour or its valley only after a town's name ("Neustadt bei
#: Coburg", "St. Martin in Passeier"; not "Kinder in Not").
_LOOSE_PARTICLES = frozenset(("bei", "in"))
#: Endings of German towns' names ("Neustadt", "Günzburg", "Ostenfeld", "Sindelfingen").
_TOWN_ENDINGS = (
    "stadt", "dorf", "burg", "heim", "hausen", "ingen", "bach", "berg", "feld", "furt", "rode", "stedt", "leben",
    "born", "brück", "münster", "kirchen", "weiler", "zell", "hofen", "wald", "au", "see", "tal", "hagen",
)


def _a_towns_name(word: str) -> bool:
    """Whether a word is a town's first name by its form: a town's prefix ("St.") or a German
    town's ending ("Neustadt")."""
    folded = word.casefold()
    # (longer than the ending: "Eisleben" is a town's name, "Leben" a noun)
    return folded in _PLACE_PREFIXES or (
        len(folded) > 4 and any(folded.endswith(end) and len(folded) > len(end) for end in _TOWN_ENDINGS)
    )


#: The codes of the Swiss cantons, written after a town's name ("Wil SG", "Rüti ZH").
_SWISS_CANTONS = frozenset(
    "ZH BE LU UR SZ OW NW GL ZG FR SO BS BL SH AR AI SG GR AG TG TI VD VS NE GE JU".split()
)


def _names_a_town(words: list[str]) -> bool:
    """Whether several title-case words name a town by their form: a town's first word ("Bad",
    "New"), last word ("Town", "City") or a particle between ("Gries am Brenner")."""
    folded = [w.casefold() for w in words]
    return (
        folded[0] in _PLACE_PREFIXES
        # (a Swiss town and its canton's code: "Altdorf UR", "Schlieren ZH", "Kreuzlingen TG")
        or (len(words) == 2 and words[1] in _SWISS_CANTONS)
        or (len(words) == 2 and folded[1] in _PLACE_SUFFIXES)
        or (len(words) >= 3 and folded[1] in _LOOSE_PARTICLES and _a_towns_name(words[0]))
        or (len(words) >= 3 and folded[1] in _TOWN_PARTICLES and folded[2] not in CALENDAR_WORDS
            and folded[2] not in _TIMES_OF_YEAR)  # (not a time: "Berlin am Montag –", "Wien im Mai –")
    )


_WEEKDAYS = frozenset(WEEKDAYS)


def _no_place(loc: str) -> bool:
    """Whether the words before a dash are a weekday ("MONDAY, March 2, 2026 (HealthDay News) --")
    or an agency's name ("KYODO NEWS - Feb 12, 2026"), no place."""
    words = [w.strip(",.").casefold() for w in loc.split()]
    return (len(words) == 1 and words[0] in _WEEKDAYS) or any(w in NEWS_AGENCIES for w in words)


def _is_place(bracketed: str) -> bool:
    """Whether the one word in a dateline's brackets is a place, not an agency: a capitalised
    word of four letters or more that names no agency ("(Leipzig) -", not "(Reuters) -")."""
    word = bracketed.strip()
    return (
        " " not in word and "/" not in word and len(word) >= 4 and word[:1].isupper() and word[1:].islower()
        and word.casefold() not in NEWS_AGENCIES
    )


#: One-word sentences that open a story and are no place ("Endlich. Nach drei Jahren …",
#: "Congratulations. The team has …").
_NOT_PLACE_LINES = frozenset(
    "endlich schluss stopp vorbei achtung danke nein genug moment unglaublich wahnsinn katastrophe "
    "skandal peinlich bitter klar schade geschafft fertig hilfe alarm chaos überraschung "
    "congratulations thanks welcome hello sorry okay well right exactly absolutely agreed done enough "
    "imagine remember listen look attention goodbye cheers amen spoiler wow "
    # times of day, week and year ("Wochenende. Regen. Mist. Die Kinder …")
    "wochenende morgens abends nachts heute gestern sommer winter herbst frühling feierabend".split()
)
#: German words a story's first sentence opens with after its place line ("Cottbus. Vor der
#: Ausgabestelle …", "Essen. Die Stadt …").
_GERMAN_OPENING = regex.compile(
    r"(?:Der|Die|Das|Den|Dem|Ein|Eine|Im|Am|Vor|Nach|Seit|Mit|Bei|Auf|In|Für|Wer|Wie|Als|Es|Rund|Zum|Zur|Kurz|Noch|Schon|Wenn)\s"
)


#: A German sentence opening with a count of years, people, euros …: "Kiel. 31 Jahre hat sie …".
_GERMAN_COUNT_OPENING = regex.compile(
    r"\d[\d.,]*\s+(?:Jahre|Jahren|Monate|Tage|Stunden|Minuten|Menschen|Prozent|Euro|Millionen|Kilometer|Meter|Grad)\b"
)


def _function_words(text: str, words: frozenset[str], reach: int = 20) -> int:
    """How many of the first ``reach`` words of ``text`` are among ``words`` (a language's short
    frequent words: which language a line goes on in)."""
    return sum(w.strip(",.;:!?").casefold() in words for w in text.split(None, reach)[:reach])


#: A date and a time after a dash, where a story's first words would stand: "02.01.23 09:51".
_STAMP = regex.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}),?\s+\d{1,2}:\d{2}\b")


#: Endings of German adjectives and articles, inflected or not ("Neue", "Große", "Herzlich",
#: "Wichtig", "Den"): a first word so ending makes two capitalised words no town (not "-isch":
#: "Bergisch Gladbach").
_ADJECTIVE_ENDINGS = ("e", "er", "es", "en", "em", "lich", "ig", "bar", "los", "sam")


def _a_label(loc: str) -> bool:
    """Whether a place line's words are a label, a one-word sentence or an opener, no place
    ("Endlich.", "Kommentar", "ACHTUNG", "Heute")."""
    folded = loc.casefold()
    return folded in _NOT_PLACE_LINES or folded in _NOT_PLACES or folded in GERMAN_SENTENCE_OPENERS


def _place_line(loc: str, match: regex.Match, text: str) -> bool:
    """Whether a place closed by a full stop opens the story as its place line: in capitals
    ("COTTBUS."), with when ("BAD BERLEBURG, im Mai."), or one capitalised word, no common
    one, before a German sentence's first word ("Cottbus. Vor der Ausgabestelle …")."""
    if _a_label(loc) or len(loc) < 3:
        return False
    folded = loc.casefold()
    if match.group("when") or _ABBREVIATED_END.search(loc, timeout=timeout_for(loc)):
        return True
    if loc.isupper():  # (letters only: "U.S. Attorney …" opens no place line)
        return loc.replace(" ", "").replace("-", "").replace("/", "").isalpha()  # ("WIEN/ALSERGRUND.")
    words = loc.split()
    # (two words only as a town's name: a prefix, "Bad Hersfeld.", "Sankt Augustin.", or a river's
    # particle, "Frankfurt am Main.")
    town = len(words) == 1 or (len(words) == 2 and words[0].casefold() in _PLACE_PREFIXES) or (
        len(words) == 3 and _PARTICLE_WORD.fullmatch(words[1], timeout=PATTERN_TIMEOUT) is not None
        and (words[1] not in _LOOSE_PARTICLES or _a_towns_name(words[0]))
    ) or (
        # (a particle of two words: "Mülheim an der Ruhr.", "Weiden in der Oberpfalz.")
        len(words) == 4 and _PARTICLE_WORD.fullmatch(" ".join(words[1:3]), timeout=PATTERN_TIMEOUT) is not None
    ) or (
        # (two words of letters, the first no adjective or article by its ending: "Novi Sad.",
        # "Heilbad Heiligenstadt.", not "Neue Regeln.", "Herzlich Willkommen."; a German sentence
        # must follow)
        len(words) == 2 and all(w.isalpha() and w[1:].islower() for w in words)
        and not words[0].casefold().endswith(_ADJECTIVE_ENDINGS)
    )
    return (
        town and (len(loc) >= 4 or _a_short_towns_name(loc))
        and (
            _GERMAN_OPENING.match(text, match.end(), timeout=timeout_for(text)) is not None
            or _GERMAN_COUNT_OPENING.match(text, match.end(), timeout=timeout_for(text)) is not None
            # (or any German sentence: "Köln. Sie kamen mit Pappschildern …", "Erfurt. Sonntag, kurz nach elf.")
            or (
                text[match.end() : match.end() + 1].isupper()
                and _function_words(text[match.end() :], GERMAN_FUNCTION_WORDS) > 0
            )
            # (East African papers print the town so too: "Moshi. Kilimanjaro National Park will …")
            or (
                len(words) == 1 and text[match.end() : match.end() + 1].isupper()
                and _function_words(text[match.end() :], ENGLISH_FUNCTION_WORDS) >= 2
                and not folded.endswith(("ly", "ing", "ed"))
            )
        )
        and not folded.endswith(_TOPIC_ENDINGS)
    )


#: Words of three letters that close a sentence of their own at a paragraph's start, no town's
#: name ("Tja.", "Gut.", "Nun.").
_SHORT_WORDS = frozenset("tja aha ach oje ups hey wow yes nee jep jup gut neu alt nun und oder okay".split())


def _a_short_towns_name(loc: str) -> bool:
    """Whether a word of three letters in title case may be a town's name ("Hof.", "Aue.", "Zug."):
    no function word of German or English, nor a word a sentence of one word is made of, nor a title."""
    folded = loc.casefold()
    return (
        len(loc) == 3 and loc[:1].isupper() and loc[1:].islower() and loc.isalpha()
        and folded not in _SHORT_WORDS and folded not in GERMAN_FUNCTION_WORDS and folded not in ENGLISH_FUNCTION_WORDS
        and loc not in TITLES  # (a title's short form before a name: "Gov. Ramona Estevez said …")
    )


#: A town in title case alone before a colon: one or two words of letters ("Dubai", "New Delhi").
_TITLE_COLON_PLACE = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,})?")


#: A paragraph that is a place in capitals with its region and nothing else, the dateline set on a
#: line of its own before the story ("BAAR, SWITZERLAND", "PITTSBURGH, Pa.").
_PLACE_ALONE = regex.compile(rf"^\s*(?P<loc>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:,\s*{_REGION}){{1,2}})\s*$")
#: ... or a place and its agency on a line of their own: "Berlin (dpa)", "WASHINGTON (AP) —".
_PLACE_AGENCY_ALONE = regex.compile(
    rf"^\s*(?P<loc>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}|{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})"
    rf"\s*\((?P<agency>\p{{L}}[\p{{L}}/ -]{{1,20}})\)\s*{_DASH}?\s*$"
)


#: A place in capitals, then a German sentence with no mark between: "MÖNCHENGLADBACH Der Kasten …",
#: "APENRADE/AABENRAA Kurz vor Mitternacht …" (the place set in bold, its full stop dropped).
_CAPS_PLACE_THEN_GERMAN = regex.compile(
    rf"^(?P<raw>(?P<loc>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}(?:/{_CAPS_WORD}){{0,2}}))\s+(?={_GERMAN_OPENING.pattern})"
)
#: ... or a town in title case, a town's name by its form ("Günzburg Der Heizkesselhersteller …").
_TOWN_THEN_GERMAN = regex.compile(rf"^(?P<raw>(?P<loc>{_TITLE_WORD}))\s+(?={_GERMAN_OPENING.pattern})")


#: A paper's short name after the place and a slash: "Köthen/MZ -", "Magdeburg/MZ –" (not a country: "Genf/USA").
_PAPER_CODE = regex.compile(r"(?<=\p{Ll})/(?!(?:USA|UK|EU|UN|UAE)\b)(\p{Lu}{2,3})$")
#: ... and after a place in capitals, where the code is none of the short towns' names a place line
#: may list ("HALLE/MZ -", "DRESDEN/DNN."; not "NEU-ULM/ULM").
_CAPS_PAPER_CODE = regex.compile(r"(?<=\p{Lu}{4})/(?!(?:USA|UK|EU|UN|UAE|ULM|HOF|AUE|ZUG)\b)(\p{Lu}{2,3})$")
#: A place and its agency in one bracket: "(Berlin/epd)", "(Leipzig/dpa)".
_PLACE_SLASH_AGENCY = regex.compile(r"(?P<loc>\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)\s*/\s*(?P<agency>\p{L}{2,12})")


#: A place and a bar before the story's first words, the paper's short name perhaps between them:
#: "KUMASI taz | Wo vor drei Jahren …", "Ostenfeld | Ein Feuer hat …".
_PLACE_BAR = regex.compile(
    rf"^(?P<raw>(?P<loc>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}(?:/{_CAPS_WORD}){{0,2}}|{_TITLE_WORD})"
    rf"(?:\s+(?P<paper>\p{{Ll}}{{2,5}}))?\s*\|\s+)(?=[\p{{Lu}}„»«“\"])"
)


def _bar_place(loc: str, paper: str | None, rest: str) -> bool:
    """Whether the words before a bar are the story's place: in capitals before the paper's short
    name ("KUMASI taz |"; a word in capitals alone may be a section's, "SPORT |"), or a town's
    name by its form ("Ostenfeld |") or a word alone no section's ("Husum |"), then a sentence
    with no second bar (not a path of sections: "Politik | Inland | …")."""
    if "|" in rest[:80] or len(rest.split(None, 8)) < 8:
        return False
    return (paper is not None and _caps_place(loc)) or (
        # (or a word alone that is no section's nor a topic's: "Husum |", not "Wirtschaft |")
        (_a_towns_name(loc) or (" " not in loc and not _a_label(loc) and not loc.casefold().endswith(_TOPIC_ENDINGS)))
        and _function_words(rest, GERMAN_FUNCTION_WORDS) + _function_words(rest, ENGLISH_FUNCTION_WORDS) >= 1
    )


def _caps_place(loc: str) -> bool:
    """Whether a word or two in capitals before a German sentence is a place: letters only, four
    or more, no label or opener ("ACHTUNG Die …", "UPDATE Der …")."""
    letters = loc.replace(" ", "").replace("-", "").replace("/", "")
    return len(letters) >= 4 and letters.isalpha() and letters.isupper() and not _a_label(loc)


def place_alone(text: str) -> Dateline | None:
    """The dateline a paragraph (or a line set as a heading) is and nothing else: a place in
    capitals with its region ("BAAR, SWITZERLAND"), or a place and its agency ("Berlin (dpa)"),
    or None."""
    if len(text) > 60:
        return None
    alone = _PLACE_AGENCY_ALONE.match(text, timeout=PATTERN_TIMEOUT)
    words = alone.group("loc").split() if alone is not None else []
    if (
        alone is not None and alone.group("agency").split("/")[0].strip().casefold() in NEWS_AGENCIES
        # (several words in title case only as a town's name: "Merle Janssen (epd)" is a byline)
        and (len(words) == 1 or alone.group("loc").isupper() or _names_a_town(words))
        and not (words[0].casefold() in _NOT_PLACES or _no_place(alone.group("loc")))
    ):
        return Dateline(location=alone.group("loc"), agency=alone.group("agency"), date=None, raw=text.strip())
    alone = _PLACE_ALONE.match(text, timeout=PATTERN_TIMEOUT)
    if alone is None or alone.group("loc").split()[0].strip(",").casefold() in _NOT_PLACES:
        return None
    return Dateline(location=alone.group("loc"), agency=None, date=None, raw=text.strip())


#: The mark ending a short paragraph that may be a dateline set off on its own: a dash ("Vent –"),
#: a full stop or a colon after a letter ("Brixen.", "ISLAMABAD:").
_ENDS_IN_MARK = regex.compile(r"(?:[—–―‒‐−-]|(?<=\p{L})[.:])\s*$")
#: ... or places joined by slashes and no mark at all: "Innsbruck/Wien", "Zürich/Bern".
_PLACE_WORDS = r"\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?"
_PLACES_JOINED = regex.compile(rf"\s*{_PLACE_WORDS}(?:\s?/\s?{_PLACE_WORDS})+\s*")


#: ... or a place in capitals alone, a word or a few: "HAMBURG", "BAD HERSFELD".
_CAPS_ALONE = regex.compile(rf"\s*{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}\s*")


def dateline_set_off(text: str, following: str) -> Dateline | None:
    """The dateline a paragraph is, set off on its own before the story's first one, as some
    papers print it ("Wittstock/Dosse –" ¶ "Um halb sieben …", "WASHINGTON —" ¶ "The Senate …",
    "Brixen." ¶ "Wenn …", "Innsbruck/Wien" ¶ "Österreichs Gletscher …"): read as if it opened the
    next paragraph, so that it passes every test a dateline in its paragraph does; None unless the
    whole paragraph is that dateline."""
    if len(text) > 60 or not following:
        return None
    if _ENDS_IN_MARK.search(text, timeout=PATTERN_TIMEOUT) or (
        # a place in capitals and no mark ("HAMBURG" ¶ "Der Verein …"), read as papers print it on
        # one line ("MÖNCHENGLADBACH Der Kasten …"); not a byline's name in capitals ("BERNADETTE ORTNER")
        _CAPS_ALONE.fullmatch(text, timeout=PATTERN_TIMEOUT) and not is_given_name(text.split()[0].title())
    ):
        dateline = find_dateline(f"{text.strip()} {following.lstrip()}")
    elif _PLACES_JOINED.fullmatch(text, timeout=PATTERN_TIMEOUT):
        # (read with a dash after it, and the dash then left out of what the page printed)
        dateline = find_dateline(f"{text.strip()} – {following.lstrip()}")
        if dateline is not None and dateline.raw.rstrip(" –") == text.strip():
            return replace(dateline, raw=text.strip())
        return None
    else:
        return None
    return dateline if dateline is not None and dateline.raw.strip() == text.strip() else None


def _german_colon_place(loc: str, rest: str) -> bool:
    """Whether a title-case word before a colon is the place of a German story going on after it
    ("Oldenburg: Die Molkereigenossenschaft … zahlt …"): one word, or a town's name by its form,
    no label, opener or topic ("Fazit:", "Übrigens:", "Digitalisierung:"), before a German sentence
    that ends (a headline after a topic has no full stop: "Olympia: Die 7 neuen Disziplinen")."""
    words = loc.split()
    if (len(words) > 1 and not _names_a_town(words)) or _a_label(loc) or loc.casefold().endswith(_TOPIC_ENDINGS):
        return False
    sentence_end = rest.find(". ", 0, 300)
    return sentence_end > 0 and _function_words(rest[:sentence_end], _GERMAN_SMALL_WORDS) >= 2


#: German function words, and the prepositions and inflected articles a sentence of news holds
#: ("… zahlt ihren Lieferanten ab April einen Grundpreis von …").
_GERMAN_SMALL_WORDS = GERMAN_FUNCTION_WORDS | frozenset(
    "von vom bei zu zum zur im nach des einen einem einer ihren seinen".split()
)


def find_dateline(text: str, *, opening: bool = True) -> Dateline | None:
    """The dateline at the start of a paragraph, or None. ``opening`` False reads a later
    paragraph (after a standfirst, a time stamp, an address), where a dateline is a wire's: a
    place in capitals before a dash, or one with its region, its date or an agency ("VIENNA —",
    "DAET, Camarines Norte —", "Hong Kong (CNN Business)"). There, a place closed by a full
    stop ("Kiel. Der …") opens no story, and a word in title case before a dash ("Medea – Myrto
    Kalogeropoulou, in a role …") or one in capitals before a colon ("PI: Why did you come
    back?") is a play's character or an interview's speaker, no place."""
    alone = place_alone(text)
    if alone is not None:
        return alone
    lead = _AGENCY_FIRST.match(text[:160], timeout=PATTERN_TIMEOUT) if text.startswith("(") else None
    if lead is not None and lead.group("agency").casefold() in NEWS_AGENCIES and _caps_place(lead.group("loc")):
        return Dateline(
            location=lead.group("loc"), agency=lead.group("agency"), date=lead.group("date"),
            raw=lead.group("raw").strip(),
        )
    bracketed = _BRACKETED_PLACE_DATE.match(text[:160], timeout=PATTERN_TIMEOUT) if text[:1] in "([" else None
    if bracketed is not None and not (
        _no_place(bracketed.group("loc")) or any(_a_label(word) for word in bracketed.group("loc").split())
    ):  # (not a note's label: "[Update, 12.03.2022]")
        return Dateline(
            location=bracketed.group("loc"), agency=None, date=bracketed.group("date"),
            raw=bracketed.group("raw").strip(),
        )
    match = _PATTERN.match(text[:160], timeout=PATTERN_TIMEOUT)
    if match and _STAMP.match(text, match.end(), timeout=timeout_for(text)):
        return None  # a source line and its time stamp, no place: "FIT FOR FUN — 02.01.23 09:51"
    if not match:
        if not opening:
            return None
        line = _PLACE_LINE.match(text[:160], timeout=PATTERN_TIMEOUT)
        if line is not None and _place_line(line.group("loc"), line, text):
            loc, paper = line.group("loc"), None
            if code := _CAPS_PAPER_CODE.search(loc, timeout=PATTERN_TIMEOUT):
                loc, paper = loc[: code.start()], code.group(1)  # "HALLE/MZ.": the paper's short name
            return Dateline(location=loc, agency=paper, date=None, raw=line.group("raw").strip())
        line = _CAPS_PLACE_THEN_GERMAN.match(text[:160], timeout=PATTERN_TIMEOUT)
        if line is not None and _caps_place(line.group("loc")):
            return Dateline(location=line.group("loc"), agency=None, date=None, raw=line.group("raw").strip())
        line = _TOWN_THEN_GERMAN.match(text[:160], timeout=PATTERN_TIMEOUT)
        if line is not None and _a_towns_name(line.group("loc")) and not _a_label(line.group("loc")):
            return Dateline(location=line.group("loc"), agency=None, date=None, raw=line.group("raw").strip())
        line = _PLACE_BAR.match(text[:160], timeout=PATTERN_TIMEOUT) if "|" in text[:60] else None
        if line is not None and _bar_place(line.group("loc"), line.group("paper"), text[line.end() :]):
            return Dateline(
                location=line.group("loc"), agency=line.group("paper"), date=None, raw=line.group("raw").strip()
            )
        return None
    loc = match.group("loc")
    if loc and match.group("state"):
        loc = f"{loc} {' '.join(match.group('state').split())}"  # "New Delhi [India]"
    if loc and match.group("river"):
        loc = f"{loc} {match.group('river')}"  # "Halle (Saale) (dpa) –": the river is the town's
    agency = match.group("agency") or match.group("wire") or match.group("bare_agency") or match.group("paper")
    if agency and agency.startswith("pte") and agency[3:6].isdigit():
        agency = "pte"  # (the item's code and time stamp after the agency's short name)
    # (a word in brackets after a date is an agency, never a place: "KUALA LUMPUR, Dec 3 (Bernama) --")
    bracketed_place = agency is not None and not match.group("date") and _is_place(agency)
    if bracketed_place and match.group(0).rstrip().endswith(")") and text[match.end() : match.end() + 1].isdigit():
        return None  # a team, its county and its score: "Kilcormac (Offaly) 1-17 Ballyfinn (Laois) 2-13."
    if not loc and bracketed_place:
        loc, agency = agency, None  # "(Leipzig) -": a place in brackets, no agency
    elif not loc and agency and (split := _PLACE_SLASH_AGENCY.fullmatch(agency.strip(), timeout=PATTERN_TIMEOUT)) and (
        split.group("agency").casefold() in NEWS_AGENCIES
    ):
        loc, agency = split.group("loc"), split.group("agency")  # "(Berlin/epd) Der …": the place, then the agency
    elif loc and bracketed_place and "," not in loc:
        loc, agency = f"{loc} ({agency})", None  # "Frankfurt (Oder) –": a town's river, no agency
    if loc and not agency and (
        code := _PAPER_CODE.search(loc, timeout=PATTERN_TIMEOUT)
        or _CAPS_PAPER_CODE.search(loc, timeout=PATTERN_TIMEOUT)
    ):
        loc, agency = loc[: code.start()], code.group(1)  # "Köthen/MZ -": the paper's short name, no place
    if loc:
        loc = loc.strip().rstrip(",").rstrip("-–— ")
        if agency and " " not in loc and loc.endswith(".") and "." not in loc[:-1]:
            loc = loc[:-1]  # "Berlin. (dpa)": the place line's full stop, then the agency
        last = loc.rsplit(None, 1)[-1] if loc else ""
        if len(last) > 4 and last.endswith(".") and "." not in last[:-1] and last[:-1].isupper():
            loc = loc[:-1]  # "TEGUCIGALPA, HONDURAS.-": the Spanish press's full stop before the dash ("Fla." stays)
        first = loc.split()[0].strip(",").casefold()
        if first in _NOT_PLACES or any(part in _NOT_PLACES for part in first.split("/")):
            return None  # (each of labels in a list too: "Time/Location:")
        tail = loc.split()[-1]
        if not agency and len(loc.split()) > 1 and tail.isupper() and tail.casefold() in NEWS_AGENCIES:
            # "Ulaanbaatar, Mongolia CNN —", "ALMATY. KAZINFORM —": an agency, no brackets
            loc, agency = loc[: -len(tail)].rstrip(" ,."), tail
        if _no_place(loc):
            return None
        is_caps = loc.replace(".", "").replace(",", "").replace(" ", "").isupper()
        if "/" in loc and not is_caps and not agency and any(
            len(member.split()) > 1 and not _names_a_town(member.split()) for member in loc.split("/")
        ):
            # places listed, each a word or a town's name ("St. Pölten/Wien"), not "Jane Doe/Staff
            # Writer"; any two words before an agency's bracket ("Tel Aviv/Gaza (dpa) -")
            return None
        # (or places listed: "Berlin/Frankfurt", "München / Berlin"; or a river: "Frankfurt (Oder)")
        # (or its river or region abbreviated: "Mühldorf a. Inn", "Weiden i. d. OPf.")
        has_region = (
            "," in loc or "/" in loc or "(" in loc or bool(_ABBREVIATED_END.search(loc, timeout=PATTERN_TIMEOUT))
        )
        # A single Title-case word before a dash is a place only with a region or an agency; so
        # are several, unless a town's first word says so ("Bad Sollingen –", "New Haven —")
        words = loc.split()
        if not (is_caps or has_region or agency) and len(words) > 1 and not _names_a_town(words):
            return None
        if not (has_region or agency) and len(words) == 1 and loc.casefold().endswith(_TOPIC_ENDINGS):
            return None  # a topic over the story, no place: "MIGRATION – Probleme zwischen …", "EDUCATION —"
        if match.group(0).rstrip().endswith(":") and not (is_caps or has_region or match.group("date")) and not (
            _TITLE_COLON_PLACE.fullmatch(loc, timeout=timeout_for(loc))
            and len(text[match.end() :].split()) >= 8
            and (
                _function_words(text[match.end() :], ENGLISH_FUNCTION_WORDS) >= 2  # (English: "Kommentar:" is no town)
                or _german_colon_place(loc, text[match.end() :])
            )
            and not any(w.casefold().strip(".") in _NOT_PLACES for w in words)
        ):
            # ("Kolkata, April 18:", "New Delhi [India], Aug 8 (ANI):" are datelines, "Note:" none;
            # a town in title case before a long sentence is one: "Dubai: Private schools …")
            return None
    if not opening and not (
        agency or match.group("date")
        or (loc and (has_region or (is_caps and not match.group(0).rstrip().endswith(":"))))
    ):
        return None
    return Dateline(
        location=loc or "",
        agency=agency.strip() if agency else None,
        date=match.group("date") or match.group("wire_date"),
        raw=match.group("raw").strip(),
    )
