"""German attributions: who a German quote is by.

German puts the verb before its subject after a quote (V2 order): „…“, sagte er. / »…«, sagt
ATU-Organisator Gutierrez. / „…“, so Scholz. / „…“, erklärte die Sprecherin. / „…“, heißt es
in der Mitteilung. Before a quote, either order: Scholz sagte: „…“ / Dazu sagte Scholz am
Montag: „…“. Every noun is capitalised, so a capital letter does not make a name: a word after
an article is a noun ("der Anwalt"), a role noun before a name describes its bearer
("Konzernchef Robert Machtlinger": the speaker is the name, the role its description).

:func:`attribution` reads one quote's surroundings and returns what the English reader in
``quotes.py`` returns: ``(speaker, description, verb, where the speaker stands before the quote
or None)``. The vocabulary is in ``patterns/speech.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

import regex

from ..model import Quote, Section
from ..patterns import PATTERN_TIMEOUT, phrase_alternation, timeout_for
from ..patterns.dates import CALENDAR_WORDS
from ..patterns.names import ARABIC_ARTICLE_SURNAME, is_acronym, is_first_name, is_given_name
from ..patterns.social import POST_PLATFORMS
from ..patterns.speech import (
    BODY_NAME_WORDS,
    GERMAN_ARTICLES,
    GERMAN_FAMILY_NOUNS,
    GERMAN_FILLERS,
    GERMAN_FUNCTION_WORDS,
    GERMAN_HEISST,
    GERMAN_INTRODUCING_VERBS,
    GERMAN_JUDGES,
    GERMAN_ORGANISATION_ENDINGS,
    GERMAN_ORGANISATION_NOUNS,
    GERMAN_PARTIAL_QUOTE_PARTICIPLES,
    GERMAN_PARTIAL_QUOTE_VERBS,
    GERMAN_PERSON_SUFFIXES,
    GERMAN_PREPOSITIONS,
    GERMAN_PRONOUNS,
    GERMAN_ROLE_ENDINGS,
    GERMAN_SENTENCE_OPENERS,
    GERMAN_SPEECH_VERBS,
    GERMAN_SUBJUNCTIVES,
    GERMAN_UNNAMED_PERSON_NOUNS,
    TITLES,
    is_german_issued_noun,
)
from ..sentences import split_sentences

#: A text's people's full names, each with where it starts (the quote finder's name spotter).
NamesIn = Callable[[str], list[tuple[int, str]]]


_VERB = phrase_alternation(GERMAN_SPEECH_VERBS, any_space=False)
#: A German verb of speech, for patterns elsewhere.
SPEECH_VERB = _VERB
_INTRODUCING = phrase_alternation(GERMAN_INTRODUCING_VERBS, any_space=False)
_FILLER = rf"(?:(?:{phrase_alternation(GERMAN_FILLERS, any_space=False)})\s+)"
_ARTICLE = phrase_alternation(GERMAN_ARTICLES, any_space=False)
#: Words of how many people speak as one group ("zwei Mütter", "mehrere Anwohner").
_GROUP_COUNTS = frozenset("zwei drei vier fünf mehrere einige viele manche etliche".split())
_HOW_MANY = "|".join(sorted(_GROUP_COUNTS))
#: ... opening a sentence ("Zwei Anwohner aus dem Nachbarhaus sagten: …").
_HOW_MANY_OPENING = "|".join(sorted(w.capitalize() for w in _GROUP_COUNTS))
_PRONOUN = phrase_alternation(GERMAN_PRONOUNS, any_space=False)
_HEISST = phrase_alternation(GERMAN_HEISST, any_space=False)
#: A capitalised word: a name, a noun, a role ("Lutz S.", "Göring-Eckardt", "ATU-Organisator").
#: (or an age: "die 52-Jährige")
#: A person by their age: "die 52-Jährige", "der 19-jährige".
_AGE_WORD = r"\d{1,3}-[Jj]ährige[rn]?"
#: (academic and professional titles, Austrian ones too: "Univ.-Prof. Dr.", "Dipl.-Ing.", "Mag.", "DDr.";
#: a doctor's field after the title: "Dr. med.", "Dr. rer. nat.", "Prof. Dr. phil.", "Dr. h. c.")
_ACADEMIC_TITLE = (
    r"(?:Univ\.-Prof|FH-Prof|Priv\.-Doz|Dipl\.-Ing|Dipl\.-Kfm|Dkfm|DDr|MMag|Dr|Prof|Dipl|Ing|Mag|St)\."
    r"(?:\s(?:med|phil|jur|dent|vet|oec|theol|habil|rer\.\s?(?:nat|pol|soc)|h\.\s?c)\.)*"
)
# (an initial, the paragraph's end after it too: "„…“, antwortete P.")
# (a compound after a name in lower case: "vida-Chefverhandler", "taz-Redakteurin", "ver.di-Sprecher")
_WORD = (
    rf"(?:{_ACADEMIC_TITLE}|\p{{Lu}}\.(?=\s|$)|\p{{Lu}}[\p{{L}}'’-]+‘?|{_AGE_WORD}|{ARABIC_ARTICLE_SURNAME}"
    r"|\p{Ll}[\p{Ll}.]{1,10}-\p{Lu}[\p{L}'’-]+)"
)
#: The particles a surname may open with, in lower case ("van Dalen", "de Jong", "da Silva"), and
#: the articles that may follow them ("von der Leyen", "van den Berg").
SURNAME_PARTICLES = ("van", "von", "de", "da", "di", "du", "del", "della", "ter", "ten")
SURNAME_PARTICLE_ARTICLES = ("der", "den", "la", "le")
_SURNAME_PARTICLE = rf"(?:{'|'.join(SURNAME_PARTICLES)})(?:\s+(?:{'|'.join(SURNAME_PARTICLE_ARTICLES)}))?"
_SURNAME_WITH_PARTICLE = regex.compile(rf"{_SURNAME_PARTICLE}\s+\p{{Lu}}[\p{{L}}'’-]+")
#: Nouns after "zu" in phrases of time, place and manner ("zu Beginn", "zu Hause", "zu Wort",
#: "zu Sitzungsbeginn"): after a name, no surname's particle and its name ("zu Guttenberg").
_NOT_AFTER_ZU = (
    r"(?:Beginn|Ende|Anfang|Hause|Gast|Wort|Besuch|Protokoll|Recht|Unrecht|Fuß|Tisch|Mittag|Lasten"
    r"|Gunsten|Zeiten|Ehren|Händen|Hilfe|Boden|Weihnachten|Ostern|Pfingsten|Silvester|\p{Lu}\p{Ll}+(?:beginn|ende))"
    r"(?![\p{L}])"
)
#: A speaker: a pronoun; an article, adjectives and a noun, perhaps a name after it ("der
#: Linken-Abgeordnete Martin Dolzer", "die junge Polizistin", "der Minister Pieter van Dalen";
#: not "von" or "zu" there: "der Sprecher von Greenpeace", "Möllenkamp zu Beginn"),
#: perhaps a genitive ("der Sprecher der Stadt"); or capitalised words ("Konzernchef Robert
#: Machtlinger", "Trump", "Facebook").
_SPEAKER = (
    rf"(?:(?:{_PRONOUN}|die\s+beiden|beide)(?![\p{{L}}])"
    # (an age in words among the adjectives: "der 24 Jahre alte Linksaußen")
    # (a phrase saying what for before the adjective: "der für das Bauwesen zuständige Zentralsekretär")
    # (people by how many: "sagten zwei Mütter", "sagen mehrere Anwohner", "meinten viele Eltern")
    # (and where they are from: "zwei Anwohner aus dem Nachbarhaus", "mehrere Bewohner der Kirchgasse")
    rf"|(?:{_HOW_MANY}|{_HOW_MANY_OPENING})\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}?{_WORD}"
    rf"(?:\s+(?:aus(?:\s+d(?:em|er|en))?|der|des)\s+{_WORD}(?:\s+{_WORD})?)?"
    rf"|(?:{_ARTICLE})\s+(?:\d{{1,3}}\s+Jahre\s+)?"
    rf"(?:(?:für|für\s+die|für\s+das|für\s+den|seit|im|in\s+der)\s+{_WORD}\s+(?=\p{{Ll}}))?"
    rf"(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,3}}?{_WORD}"
    rf"(?:\s+(?:van|de|da|di)\s+{_WORD}|\s+{_WORD}){{0,3}}"
    # (a body's field after its noun: "das Bundesamt für Gesundheit", "das Amt für Raumentwicklung")
    rf"(?:\s+für\s+{_WORD}(?:,?\s+(?:und\s+)?{_WORD}){{0,2}})?"
    rf"(?:\s+(?:der|des)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}{_WORD}(?:\s+{_WORD}){{0,3}}"
    # (the genitive body's field: "ein Sprecher der Bundesanstalt für Immobilienaufgaben")
    rf"(?:\s+für\s+{_WORD}(?:\s+{_WORD}){{0,2}})?)?"
    # (two roles joined: "Mitgründerin und Vorstandschefin Ana Ferreira")
    # (not "zu" before a noun of a phrase of time or place: "sagte Sibylle Roth zu Beginn der Sitzung")
    rf"|{_WORD}(?:\s+und\s+{_WORD})?(?:\s+(?:von|van|de|der|zu(?!\s+{_NOT_AFTER_ZU}))\s+{_WORD}|\s+{_WORD}){{0,5}}"
    # (whose role it is, then the name: "deren Sprecherin Monika Gruber-Fellner", "sein Anwalt Jan Roth",
    # "ihr verkehrspolitischer Sprecher Moritz Hallenberger")
    # (or whose relative or helper, named after it in commas: "sagte ihr Sohn, der Regisseur …")
    rf"|(?:[Dd]eren|[Dd]essen|[Ss]eine?|[Ii]hre?|[Uu]nsere?)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}?{_WORD}(?:\s+{_WORD}(?:\s+{_WORD}){{1,2}}|(?=,\s+(?:der|die)\s))"
    # (a surname opened by its particle: "sagte van Dalen", "so de Jong", "sagte von der Leyen")
    rf"|{_SURNAME_PARTICLE}\s+{_WORD})"
)
#: (a party or a place in brackets may follow the name: "sagte Anna Berger (SPD).")
#: (an agency or a broadcaster the words were said to may follow: "sagte sie AFP.", "sagte er BR24.";
#: or a dash and what the speaker did then: "sagte Berger – und lachte.")
_END = (
    r"(?:\s*\([^()]{1,40}\))?(?=\s*[.,;:!?)]|\s+\p{Ll}|\s+\p{Lu}{2,5}\d{0,3}[.,;]|\s+[–—]\s|\s*$"
    # (or the year it was said in: "sagte Merkel 2015.", "erzählte Kaspers 2018 in einem Gespräch")
    r"|\s+(?:19|20)\d\d(?!\d))"
)
#: "erklärte der Leiter, Dieter Kranzlmüller, der dpa": a description, then the name in commas
#: (or ending the sentence: "sagte der Regionalleiter der Gewerkschaft, Marco Brüggemann.").
_APPOSITION = (
    # (what the person is may come first: "sagte ihr Sohn, der Regisseur Florian Rainer, der APA")
    rf"(?:,\s+(?P<what>(?:der|die)\s+(?:[\p{{L}}-]+\s+){{1,4}}?(?=\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}))?"
    rf"(?P<named>{_WORD}(?:\s+{_WORD}){{1,3}})(?:,|(?=[.;!?](?:\s|$))))?"
)
#: Whom the words were said to, right after the verb and before the speaker: "sagte dem NDR ein
#: Sprecher", "sagte der Deutschen Presse-Agentur eine Sprecherin" (a dative: "dem" always; "der"
#: only before a medium's noun, else it is the speaker's article).
_ADDRESSEE = (
    r"(?:dem\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?"
    r"|der\s+(?:\p{Lu}\p{Ll}+en\s+)?(?:Presse-Agentur|Nachrichtenagentur|Agentur|Zeitung|Redaktion|Welle)"
    r"(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?=(?:ein|eine|der|die|das)\s|\p{Lu})"
)
_AFTER = regex.compile(
    rf"^\s*[,–—]?\s*(?P<verb>{_VERB})\s+{_FILLER}{{0,2}}(?:{_ADDRESSEE})?(?P<speaker>{_SPEAKER}){_APPOSITION}{_END}"
)
#: The participles of speech ("gesagt", "erklärt", "gewarnt" …), one alternation for every pattern.
_SPEECH_PARTICIPLE = phrase_alternation(GERMAN_PARTIAL_QUOTE_PARTICIPLES, any_space=False)
#: The auxiliaries of the perfect, where the verb comes last as a participle.
_AUXILIARY = "hatte|hat|habe|hätte|hatten|haben"
#: „…“, hatte sie in ihrem Plädoyer gesagt. / „…“, hat Anna Berger erklärt. (the perfect: an
#: auxiliary, the speaker, what else, the participle ending the clause)
_AFTER_PERFECT = regex.compile(
    rf"^\s*[,–—]?\s*(?:{_AUXILIARY})\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER})"
    r"(?:\s+[^„“”»«\".!?;:]{0,80}?)?\s+"
    rf"(?P<verb>{_SPEECH_PARTICIPLE})\s*(?=[.,;!?]|$)"
)
#: „…“, pflegte er zu sagen: what someone used to say is theirs.
_AFTER_PFLEGTE = regex.compile(
    rf"^\s*[,–—]?\s*(?P<verb>pflegte|pflegten)\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER})\s+zu\s+sagen(?![\p{{L}}])"
)
#: „…“, so Scholz. / „…“, so die Ministerin im Interview.
_AFTER_SO = regex.compile(rf"^\s*[,–—]?\s*(?P<verb>so|laut)\s+{_FILLER}?(?P<speaker>{_SPEAKER}){_END}")
#: „…“ – Anna Berger: a dash and the name end the paragraph.
_AFTER_DASH = regex.compile(
    # (what the person is may follow: "– Karl Weisbrod, Gründungsvorsitzender, 1924")
    rf"^\s*(?P<verb>[—–―])\s*(?P<speaker>{_SPEAKER})(?:\s*\([^()]{{1,40}}\))?(?:,\s*[^„“”»«\"]{{1,80}})?\s*$"
)
#: Someone unnamed a paper quotes, after its verb and the paper: "zitiert das Fachmagazin eine Person
#: aus Reinhardts Umfeld", "Die Zeitung zitiert einen Schiedsrichter, der …, mit den Worten:".
_QUOTED_ONE = (
    r"(?P<speaker>(?:eine?n?|einem)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]+"
    r"(?:\s+(?:aus|von|vom|der|des)\s+[^,.;:!?„“”»«\"]{1,40}?)?)"
)
#: „…“, zitiert das Fachmagazin eine Person aus Reinhardts Umfeld. (the one quoted, not the paper)
_AFTER_QUOTING = regex.compile(
    rf"^\s*[,–—]?\s*(?P<verb>zitiert|zitierte|zitieren)\s+(?:{_SPEAKER})\s+{_QUOTED_ONE}(?=\s*[.,;:]|\s+mit\b)"
)
#: "Die Zeitung zitiert einen Bundesliga-Schiedsrichter, der …, mit den Worten: „…“"
_BEFORE_QUOTING = regex.compile(
    rf"\b(?P<verb>zitiert|zitierte|zitieren)\s+{_QUOTED_ONE}(?:,[^„“”»«\"]{{1,100}},)?\s+mit\s+den\s+Worten\s*:?\s*$"
)
_ACCUSATIVE_ARTICLE = regex.compile(r"^(?:einen|einem)\b")
#: „…“, wird Scholz zitiert. / „…“, wurde die Ministerin in einer Mitteilung zitiert.
_AFTER_ZITIERT = regex.compile(
    rf"^\s*,?\s*(?:wird|wurde)\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER})\s+(?:[^.;:!?„“”»«\"]{{1,80}}?\s+)?"
    r"(?P<verb>zitiert)(?![\p{L}])"
)
#: „…“, ließ Sportdirektor Amir Haddad über die Vereinsmedien ausrichten: who had it passed on.
_AFTER_LIESS = regex.compile(
    rf"^\s*,?\s*(?P<verb>ließ|ließen|lässt|lassen|liess|liessen)\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER})"
    r"(?:\s+[^.;:!?„“”»«\"]{1,80}?)?\s+(?:ausrichten|mitteilen|verlauten|wissen|verkünden|erklären)(?![\p{L}])"
)
#: The adverbs "heißt es" takes before its source or its colon ("Im Bericht hieß es damals:"),
#: when among them.
_HEISST_ADVERB = (
    r"(?:weiter|dazu|auch|zudem|damals|etwa|wörtlich|unter\s+anderem|nun|jetzt|ausdrücklich|knapp|lapidar|schlicht"
    r"|lediglich|nur|kurz"
    # (and when: "hieß es am Abend in einer Erklärung des Ministeriums")
    r"|am\s+(?:Morgen|Mittag|Nachmittag|Abend|Wochenende|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag\p{Ll}*|Mittwoch\p{Ll}*)"
    r"|gestern|heute|später|zuletzt|bereits|schon)"
)
#: „…“, heißt es in der Mitteilung der Polizei.
_AFTER_HEISST = regex.compile(
    # (the rest of the sentence may come first, after a partial quote: "Man habe die Kantone «so früh
    # wie möglich» informiert, hiess es in einer Stellungnahme.")
    rf"^(?:\s+\p{{Ll}}[^„“”»«\".!?;:]{{0,80}}?(?=,))?\s*,?\s*(?P<verb>{_HEISST})\s+es\s+(?:{_HEISST_ADVERB}\s+){{0,2}}"
    # (or on a site: "heißt es auf der Website des Amts"; "auf Anfrage" names no source: the sentence
    # before says whose)
    r"(?:in|im|aus|von|vom|bei|beim|seitens|auf)\s+(?P<speaker>[^.;:!?„“”»«\"]{3,100}?)"
    # (an adverb after the source is none of it: "heißt es in der Urteilsbegründung weiter.")
    rf"(?:\s+{_HEISST_ADVERB})*(?=\s*[.;:!?,]|\s*$)"
)
#: Whose a text or an office is, named after "von" at the end of the source: "aus der Konzernzentrale
#: von Hartl Antriebstechnik", "in einer Mitteilung von Greenpeace".
_NAMED_AFTER_VON = regex.compile(rf"(?<=\S)\s+(?:von|vom)\s+(?P<name>{_WORD}(?:\s+(?:{_WORD}|&)){{0,4}})$")
#: "heißt es" leading into a quote: "Darin heißt es: „…“", "In der Mitteilung der Polizei heißt es:
#: „…“", "In dem Bericht heißt es, die Vergabe sei „…“".
_BEFORE_HEISST = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<where>Darin|Dort|(?:In|Im|Aus|Beim|Vom)\s+[^.;:!?„“”»«\"]{{3,100}}?)\s+(?P<verb>{_HEISST})"
    rf"\s+es\b(?:\s+(?:{_HEISST_ADVERB}))*"
    # (asked: "heisst es auf Anfrage von SRF,", "heißt es auf SN-Anfrage,")
    r"(?:\s+auf\s+(?:[\p{L}]+-)?Anfrage(?:\s+(?:von|der|des|dieser|unserer)\s+[^,.;:„“”»«\"]{1,40})?)?"
    r"(?:\s*:\s*$|\s*,\s*[^.!?„“”»«\"]{0,200}$)"
)
#: A body words came from, after "aus", "beim", "vom", "im" and the article, less where it sits and
#: its initials in brackets: "Aus dem Verteidigungsministerium in Wien", "Beim Bundesamt für Umwelt (Bafu)".
_BODY_SPEAKING_FROM = regex.compile(
    r"(?:Aus|Beim|Vom|Im)\s+(?:(?:dem|der|den)\s+)?"
    r"(?P<body>\p{Lu}[\p{L}-]*(?:\s+(?:für|und|\p{Lu}[\p{L}-]*)){0,4}?)"
    r"(?:\s+\([^()]{1,12}\))?(?:\s+in\s+\p{Lu}[\p{L}-]*)?"
)
#: Offices named by their house or their "Amt" that ``_names_a_body`` does not know ("Kasseler
#: Rathaus", "Bundeskanzleramt"): where words may come from, after "aus dem".
_OFFICES_BY_THEIR_HOUSE = ("rathaus", "amt")
#: A relative clause after a text's name: "Im Schreiben der Gemeinde, das der Redaktion vorliegt,".
_RELATIVE_AFTER = regex.compile(r",\s*(?:das|die|der|welches|welche)\s[^,]{1,80},?\s*$")
#: A text named by an article and a noun (no owner after it): "dem Post", "einer schriftlichen
#: Antwort auf eine Anfrage dieser Zeitung" — a text, never who speaks.
_TEXT_NOUN = regex.compile(
    r"(?:dem|der|einem|einer|ihrem|ihrer|seinem|seiner)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?P<noun>\p{Lu}[\p{L}-]*)"
    r"(?:\s+(?:auf|an|zu|vom|von)\s+[^,]{1,60})?$"
)
#: Whom a statement was given to or what it answers, after it: "in einer Stellungnahme gegenüber
#: BR24", "In der Antwort an die Abgeordneten", "In der Antwort auf eine Anfrage".
_TO_WHOM = regex.compile(r"\s+(?:gegenüber|(?:an|auf)\s+(?:die|den|das|einen?))\s+[^,]+$")
#: „…“, hieß es darin. / „…“, heißt es dort.: in the text the sentence before names.
_AFTER_HEISST_THERE = regex.compile(
    rf"^\s*,?\s*(?P<verb>{_HEISST})\s+es\s+(?:{_HEISST_ADVERB}\s+){{0,2}}(?:darin|dort)\s*[.;,]"
)
#: A body after a fronted phrase and its verb: "In einer Aussendung ruft die Landespolizeidirektion
#: …", "Schon in der Vernehmlassung hatte der Liechtensteinische Krankenkassenverband …".
_BODY_AFTER_VERB = regex.compile(
    r"(?<=^\p{Lu}[^,.;:!?„“”»«\"]{2,80}\s)(?P<verb>\p{Ll}+)\s+(?P<article>der|die|das)\s+"
    # (partners' names joined by "&": "die Hamburger Kanzlei Behrmann & Stolte")
    r"(?P<body>(?:\p{Lu}\p{Ll}+(?:e|en|er|es)\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:&\s+)?\p{Lu}[\p{L}-]+){0,3})(?=\s+\p{Ll}|\s*[,.])"
)
#: A body telling something, after the clause it told: "…, teilte die Gesundheitskasse auf Anfrage mit."
_BODY_TOLD = regex.compile(
    r",\s+(?:teilte|teilten|erklärte|erklärten|schrieb|schrieben|betonte|betonten|hieß\s+es\s+(?:von|bei))\s+"
    r"(?:der|die|das|dem)\s+(?P<body>\p{Lu}[\p{L}-]+)(?=[\s,.])"
)
#: A text and whose it is, in the genitive: "ein Prüfbericht des Landesrechnungshofs", "die
#: Stellungnahme der Bundesnetzagentur".
_TEXT_OF = regex.compile(
    r"(?<![\p{L}])(?P<text>\p{Lu}[\p{Ll}-]+)\s+(?P<owner>(?:des|der)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})"
    r"(?=\s*[.,;:]|\s+\p{Ll})"
)
#: A sentence opening with whom what it says comes from: "Laut GeoSphere Austria sind …",
#: "Kritik kam vom Verband der Privatvermieter.", "Scharfe Kritik kommt von der Gewerkschaft Verdi."
_SOURCE_OPENING = regex.compile(
    rf"^(?:Laut\s+(?P<according>{_SPEAKER})\s+\p{{Ll}}"
    r"|(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+(?:kam|kommt)\s+(?:vom|von\s+der|von\s+den|aus\s+der|aus\s+dem)\s+"
    r"(?P<source>\p{Lu}[\p{L}-]+(?:\s+(?:der|des|für)\s+\p{Lu}[\p{L}-]+|\s+\p{Lu}[\p{L}-]+){0,3})\s*[.,])"
)
#: The body a sentence opens with, perhaps after an adverb: "Die Caritas Österreich zeigte sich in
#: einer Aussendung …", "Auch die Polizeiinspektion Halle hat …".
_BODY_OPENING = regex.compile(
    r"^(?:(?:Auch|Nun|Dann|Inzwischen)\s+(?P<article>die|der|das)|(?P<article>Die|Der|Das))"
    r"\s+(?P<body>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+\p{Ll}"
)
#: A body reporting at a sentence's end, after what it reports: "Der Rettungsdienst sei …
#: ausgerückt, teilte die Hamburger Feuerwehr mit."
_BODY_REPORTING = regex.compile(
    r",\s+(?:teilte|teilt|erklärte|erklärt|schrieb|schreibt|berichtete|berichtet|meldete|meldet)\s+"
    r"(?P<article>die|der|das)\s+(?P<body>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})(?:\s+\p{Ll}+){0,3}[.!]?$"
)
#: The article of a body a singular pronoun may stand for: "sie" the "Die Feuerwehr", "er" the "Der Verein".
_PRONOUNS_ARTICLE = {"sie": "Die", "er": "Der"}


def body_subject_before(texts: list[str], pronoun: str) -> str | None:
    """The body a pronoun after ``texts`` (the nearest first; only the nearest that holds text is
    read) stands for: the one the last or the one sentence before it opens with, its article of the
    pronoun's gender ("Die Feuerwehr Cuxhaven rückte zu elf Einsätzen aus. Auf ihrem Kanal schrieb
    sie: …" is the fire brigade's); None where they open otherwise."""
    article = _PRONOUNS_ARTICLE.get(pronoun)
    text = next((t for t in texts if t.strip()), "")
    if article is None or not text:
        return None
    for sentence in reversed(split_sentences(text)[-2:]):
        # (the body reporting what the sentence says, else the one it opens with, else the one after
        # its verb where something else opens it)
        body = (
            _BODY_REPORTING.search(sentence, timeout=timeout_for(sentence))
            or _BODY_OPENING.match(sentence, timeout=timeout_for(sentence))
            or next((m for m in _BODY_AFTER_VERB.finditer(sentence, timeout=timeout_for(sentence))
                     if m.group("verb") not in GERMAN_PREPOSITIONS), None)
        )
        if body is None or body.group("article").capitalize() != article:
            continue
        kind = next((w for w in body.group("body").split() if _names_a_body(w)), None)  # ("Hamburger Feuerwehr")
        if kind is not None and not is_german_issued_noun(kind):
            # (a body by its noun alone with its article, which the speakers step resolves: "der Verbund")
            return body.group("body") if " " in body.group("body") else f"{article.lower()} {body.group('body')}"
    return None


#: What may stand between a subject and its verb: a party in brackets, where the person is
#: from ("Analyst Jonas Pferdmenger vom Bankhaus Lindner"), a description in commas ("Der Asta,
#: die gewählte Vertretung der Studierenden,").
_FROM = r"\s+(?:vom|von|aus|bei|beim|in|im|am)\s+[^,„“”»«\"]{1,60}?"
_BETWEEN = rf"(?:\s*\([^()]{{1,40}}\))?(?:{_FROM}|,\s+[^,„“”»«\"]{{1,100}},)?"
#: Only a description or a relative clause in commas ("Ein früherer Mitarbeiter, der anonym
#: bleiben möchte, beschreibt …"), where a wider gap would let a body's name be the subject.
# (a name in quote marks may stand in it, after words: "Sprecher der Bürgerinitiative „Gegenwind Höhe“")
_APPOSED = (
    r"(?:,\s+(?P<apposed>[^,„“”»«\"]{1,100}(?:(?:„[^„“”»«\",]{1,40}[“”\"]|»[^»«,]{1,40}«|«[^»«,]{1,40}»)"
    r"[^,„“”»«\"]{0,40})?),)?"
)
#: ... before a verb of speech, what is in commas perhaps the speaker's name, after where they are
#: from too ("Der Betriebsratsvorsitzende am Standort, Deniz Aksoy, sagte, …").
_BETWEEN_SPEAKING = rf"(?:\s*\([^()]{{1,40}}\))?(?:{_FROM})?{_APPOSED}"
#: Scholz sagte am Montag: „…“ / Der Minister betonte: „…“
_BEFORE_SUBJECT_FIRST = regex.compile(
    rf"(?:^|(?<=[\s,;(–—-]))(?P<speaker>{_SPEAKER}){_APPOSED}"
    # (whom the speaker is with: "Andreas Zurbuchen von der Hochschule Luzern sagt:")
    # (and where that is: "Heike Brandt vom Bund Naturschutz in Bayern erklärte:")
    # (or where the speaker is from: "Das Weser-Tagblatt aus Bremen meint:")
    rf"(?:\s+(?:vom|von(?:\s+(?:der|dem|den))?|beim|aus(?:\s+d(?:em|er|en))?)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}?{_WORD}(?:\s+{_WORD}){{0,3}}"
    rf"(?:\s+(?:in|aus)\s+{_WORD})?)?"
    rf"\s+{_FILLER}{{0,2}}(?P<verb>{_INTRODUCING})\b"
    r"[^„“”»«\"]{0,200}?[:,]\s*$"
)
#: ... in the perfect, the participle ending the clause before the colon: "Mein Vater, Jan
#: Rickmers, hat immer gesagt: „…“", "Die Ministerin hatte am Morgen erklärt: „…“"
_BEFORE_PERFECT = regex.compile(
    rf"(?:^|(?<=[\s,;(–—-]))(?P<speaker>{_SPEAKER}){_APPOSED}\s+(?:{_AUXILIARY})\s+"
    # (not when a pronoun after the auxiliary is the subject: "Seinen Antrieb hat er so beschrieben:")
    r"(?!(?:er|sie|ich|wir|man)\s)"
    rf"(?:[^„“”»«\"\s:,.;]+\s+){{0,5}}?(?P<verb>{_SPEECH_PARTICIPLE})\s*:\s*$"
)
#: The first parts of separable verbs of speech ("teilte … mit", "fügte … hinzu") and their particles.
_SEPARABLE = (
    "teilte|teilt|gab|gibt|kündigte|kündigt|fügte|fügt|stellte|stellt|führte|führt|räumte|räumt|hob|hebt|wies|weist"
)
_PARTICLE = "mit|an|bekannt|hinzu|klar|fest|aus|ein|hervor|hin|zu"
#: Die Polizei teilte mit: „…“ / Scholz fügte am Montag hinzu: „…“ (a separable verb, its particle
#: right before the colon)
_BEFORE_SEPARABLE = regex.compile(
    rf"(?:^|(?<=[\s,;(–—-]))(?P<speaker>{_SPEAKER})\s+{_FILLER}{{0,2}}"
    rf"(?P<verb>{_SEPARABLE})\b[^„“”»«\"]{{0,120}}?\s(?:{_PARTICLE})\s*:\s*$"
)
#: ... and its verb first after an adverb: "Gleichzeitig räumte der Bürgermeister ein: „…“"
_BEFORE_SEPARABLE_VERB_FIRST = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_SEPARABLE})\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER})"
    rf"(?:\s+[^„“”»«\"]{{0,120}}?)?\s(?:{_PARTICLE})\s*:\s*$"
)
#: Dazu sagte Scholz am Montag: „…“ / …, sagte Trump bei einer Pressekonferenz: „…“ / a partial
#: quote after a comma, a few words at most between: "Er habe davon erfahren, sagte er hinterher, »…«"
_BEFORE_VERB_FIRST = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_INTRODUCING})\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER})"
    # (a clause saying which one before the colon: "Auf Facebook schrieb die Gruppe, die 40.000 Mitglieder zählt:")
    r"(?:(?:,?\s+[^„“”»«\"]{0,200}?)?:|(?:\s+[^„“”»«\",.;:]{0,40}?)?,)\s*$"
)
#: Ministerin Schulze: „…“ / David Beasley, Exekutivdirektor des Welternährungsprogramms: „…“
_BEFORE_NAME_COLON = regex.compile(
    rf"^\s*(?P<speaker>{_SPEAKER})(?:\s*\([^()]{{1,40}}\))?(?:,\s*[^:„“”»«\"]{{2,160}}?)?:\s*$"
)
#: „…“, wie er sagt. / „…“, wie Müller am Montag betonte.
_AFTER_WIE = regex.compile(
    rf"^\s*,?\s*wie\s+(?P<speaker>{_SPEAKER})\s+(?:[^.,;:!?„“”»«\"]{{1,60}}?\s+)?(?P<verb>{_VERB})(?![\p{{L}}])"
)
#: „…?“, wollte die Richterin wissen: a question, asked by the one who "wanted to know".
_AFTER_WISSEN = regex.compile(
    rf"^\s*[,–—]?\s*(?P<verb>wollten?)\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER}){_APPOSITION}"
    # (from whom, perhaps: "wollte Anna Berger von der Ministerin wissen")
    r"(?:\s+[^\s,.;:!?„“”»«\"]+){0,4}?\s+wissen(?![\p{L}])"
)
#: „…“ Das sagte Scholz am Montag. / „…“ – das sagt Anna Berger / „…“ So kommentierte Anna Berger
#: die Pläne. / „…“ Mit diesen Worten begründete …: the next sentence says who said it.
_AFTER_DAS = regex.compile(
    rf"^\s*[–—-]?\s*(?:[Dd]as|[Dd]ies|[Ss]o|[Mm]it\s+diesen\s+Worten)\s+(?P<verb>{_VERB})\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER}){_APPOSITION}{_END}"
)
#: Er werde „keinen Zentimeter“ aufgeben, sagte Vasko: a partial quote, the rest of its clause,
#: then the attribution.
_AFTER_CLAUSE = regex.compile(
    rf"^\s+\p{{Ll}}[^„“”»«\".!?;:]{{0,80}}?,\s*(?P<verb>{_VERB}|so)\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER}){_APPOSITION}{_END}"
)
_PARTIAL = phrase_alternation(GERMAN_PARTIAL_QUOTE_VERBS, any_space=False)
#: The auxiliaries before a partial quote whose participle comes after it.


def _subject_then(verb: str) -> regex.Pattern:
    """A sentence opening with its subject, then ``verb``, then words up to the quote."""
    return regex.compile(
        rf"^(?P<speaker>{_SPEAKER}){_BETWEEN_SPEAKING}\s+{_FILLER}{{0,2}}(?P<verb>{verb})(?![\p{{L}}])[^„“”»«\"]{{0,200}}$"
    )


#: The relative pronouns that open a clause about the noun before them ("Anna Berger, die seit Jahren …").
_RELATIVE = r"(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)"


def _verb_then(verb: str) -> regex.Pattern:
    """A sentence opening with a phrase, then ``verb``, then its subject, then words up to the quote
    (or none: "Den Vorwurf nannte der Anwalt „…“"), or a comma and one clause of what was said ("Am
    Montag sagte Anna Berger, die Stadt habe „…“")."""
    return regex.compile(
        rf"^(?:[^„“”»«\",;:]{{1,40}}?)\s+(?P<verb>{verb})\s+{_FILLER}{{0,2}}(?P<speaker>{_SPEAKER})"
        # (a comma may close that clause before the quote: "Im Programmheft schreibt Intendant Carsten
        # Mohrmann, man habe das Stück an einen Ort verlegt, »an dem …«"; not a relative clause's about
        # the subject: "Das bestätigte Anna Berger, die seit Jahren im Rat sitzt, „…“ stehe im Gutachten")
        rf"(?:\s[^„“”»«\"]{{0,200}}|,\s[^„“”»«\",]{{1,120}}|,\s(?!{_RELATIVE}\s)[^„“”»«\",]{{1,120}},\s*)?$"
    )


#: A sentence whose subject speaks and whose object is the partial quote that follows
#: ("Fraktionschefin Mirjam Gut sprach von einem «…»", "Die Gewerkschaft erklärte, sie erwarte
#: „…“"), or with the verb first after an opening phrase ("Zuvor sprach Kiefer von einem „…“").
_SUBJECT_SPEAKS, _VERB_THEN_SUBJECT = _subject_then(_PARTIAL), _verb_then(_PARTIAL)
#: ... or who had it passed on, the clause after: "Die Partnerin des Verunglückten liess über das
#: Spital ausrichten, sie sei «…»", "Der Verein ließ über seinen Anwalt mitteilen, man werde „…“".
_SUBJECT_HAD_IT_PASSED_ON = _subject_then(
    r"(?:ließ|liess|ließen|liessen|lässt|lassen)"
    r"(?=[^„“”»«\",.;:]{0,80}?\s(?:ausrichten|mitteilen|verlauten|erklären)\s*,)"
)
#: An auxiliary where the verb comes after the quote as a participle: "Die Konferenz hatte vor
#: einem „…“ gewarnt", "Zuvor hatte Bürgermeisterin Sandra Kiefer den Verein als „…“ gewürdigt".
_SUBJECT_AUX, _AUX_THEN_SUBJECT = _subject_then(_AUXILIARY), _verb_then(_AUXILIARY)
_PARTICIPLE_AFTER = regex.compile(
    rf"^\s*(?P<verb>{_SPEECH_PARTICIPLE})(?![\p{{L}}])"
)
#: ... or before the clause the quote stands in: "Der Verein hatte am Morgen auf Instagram
#: geschrieben, das Hindernis sei „…“".
_PARTICIPLE_BEFORE_CLAUSE = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_SPEECH_PARTICIPLE}),\s"
)
#: Articles of the cases no subject stands in ("einen Plan", "dem Verein"): the object, not the speaker.
_OBJECT_ARTICLES = frozenset("den dem einen einem des eines".split())


#: Any subject a sentence opens with, its verb after it: "Geschäftsführer Markus Pfurtscheller zeigte sich …".
_SUBJECT_OPENING = regex.compile(rf"^(?P<speaker>{_SPEAKER}){_BETWEEN}\s+{_FILLER}{{0,2}}\p{{Ll}}")


def _names_a_body(noun: str) -> bool:
    """Whether a German noun is a body's ("Ministerium", "Landesamt", "Polizei"), a word or a
    compound's end ("Post" is a text here, whatever English papers are called)."""
    folded = noun.casefold()
    return folded in GERMAN_ORGANISATION_NOUNS or folded.endswith(GERMAN_ORGANISATION_ENDINGS)


#: A firm's management in the genitive: "der Geschäftsführung", "der Geschäftsleitung".
_FIRMS_OWN = regex.compile(
    r"der\s+(?:Geschäftsführung|Geschäftsleitung|Unternehmensleitung|Konzernleitung|Konzernführung|Unternehmensführung)"
)


def _a_firms_own(phrase: str) -> bool:
    """Whether a genitive names a firm's management alone (``_FIRMS_OWN``)."""
    return _FIRMS_OWN.fullmatch(phrase.strip(), timeout=PATTERN_TIMEOUT) is not None


def _generic_body(phrase: str) -> str | None:
    """The noun of a body named by its kind alone, a genitive's ending cut: "des Vorstands" →
    "Vorstand", "des Amts" → "Amt"; None for a body of its own ("der Datenschutzbehörde")."""
    words = phrase.split()
    if len(words) != 2:
        return None
    noun = words[1]
    return next(
        (noun[:k] for k in (len(noun), len(noun) - 1, len(noun) - 2)
         if noun[:k].casefold() in GERMAN_ORGANISATION_NOUNS or noun[:k].casefold() in ("gremium", "vorstand")),
        None,
    )


def issuer_before(
    before: str, names_in: NamesIn | None, text: str | None = None
) -> tuple[str | None, str | None, int | None]:
    """Who issued the text a quote's "heißt es darin" or "heißt es in einer Stellungnahme" points
    to: the subject of the last sentence before the quote (a body's name after its article, a
    person, a role), with where it stands in ``before``. ``text``, the noun of the text the
    attribution names ("in dem Bericht"): the same text named before with whose it is ("Nach dem
    jüngsten Bericht des UN-Umweltprogramms Unep …") is that owner's, whatever the owner's name."""
    sentences = split_sentences(before[-400:])
    if len(sentences) > 1 and before.rstrip()[-1:] not in (".", "!", "?", ":"):
        sentences = sentences[:-1]  # (the quote's own sentence: "Die Vergabe sei „…“, heißt es darin.")
    # (the last sentence whose subject may have issued anything: "Die Aufgaben seien …, teilte
    # eine Sprecherin mit." has things for a subject; the sentence before names the ministry)
    weak: tuple[str | None, str | None, int | None] | None = None
    for last in reversed(sentences[-2:]):
        at = len(before) - len(before[-400:]) + before[-400:].rfind(last)
        source = _SOURCE_OPENING.match(last, timeout=timeout_for(last))
        if source and source.group("source") and any(map(_body_before_place, source.group("source").split())):
            return source.group("source"), None, at + source.start("source")  # (a body: not "aus dem Nichts")
        if source and source.group("according") and (according := split_speaker(source.group("according")))[0]:
            return according[0], according[1], at + source.start("according")
        body = _BODY_OPENING.match(last, timeout=timeout_for(last))
        if body and not is_role(body.group("body").split()[0]) and not _a_things(f"die {body.group('body')}") and not (
            _a_text(body.group("body"))
        ):
            # ("Die Caritas Österreich", no role before a name)
            named = " ".join(in_nominative(body.group("body").split(), body.group("article")))
            found = _judges_as_court(named), None, at + body.start("body")
            if " " in named or _names_a_body(named) or is_acronym(named):
                return found
            # (one noun no body's, "Die Zukunft liege …", "Der Radverkehr habe sich …": a thing, the
            # subject of a report's sentence, unless no body stands in this sentence or the one before)
            weak = weak or found
            continue
        subject = _SUBJECT_OPENING.match(_article_lowered(last), timeout=PATTERN_TIMEOUT)
        if subject:
            speaker, desc = _subject(subject.group("speaker"), names_in)
            if speaker and not _a_things(speaker) and not _a_text(speaker):
                return _judges_as_court(speaker), desc, at + subject.start("speaker")
        for owned in _TEXT_OF.finditer(last, timeout=timeout_for(last)):
            # "Hintergrund ist ein Prüfbericht des Landesrechnungshofs." ¶ "In dem Bericht heißt es, …":
            # the text's owner, named in the genitive after it
            owner = named_in_nominative(owned.group("owner"))
            if owner.startswith("der ") and is_acronym(owner[4:]):
                owner = owner[4:]  # ("Nach einer Umfrage der GEW …": a body by its short name)
            same = text is not None and owned.group("text").casefold().endswith(text.casefold())
            if is_german_issued_noun(owned.group("text")) and (
                same or any(map(_names_a_body, owner.split())) or is_acronym(owner)
            ):
                return owner, None, at + owned.start("owner")
        for inverted in _BODY_AFTER_VERB.finditer(last, timeout=timeout_for(last)):
            # a body after a fronted phrase and its verb: "In einer Aussendung ruft die
            # Landespolizeidirektion die Bevölkerung zur Mithilfe auf." (not after a preposition:
            # "Briefe an das Schulministerium" are to it, not from it)
            body_name = inverted.group("body")
            if inverted.group("verb") not in GERMAN_PREPOSITIONS and any(map(_names_a_body, body_name.split())):
                return body_name, None, at + inverted.start("body")
        if weak and (told := _BODY_TOLD.search(last, timeout=timeout_for(last))) and _names_a_body(told.group("body")):
            # (where the sentence after was a thing's, "Die Zukunft liege …": the body that told it)
            return told.group("body"), None, at + told.start("body")
    return weak or (None, None, None)


def _short_name_before(noun: str) -> str | None:
    """The body a text's compound names by its short name before the hyphen ("WWF-Papier",
    "DIW-Studie", "UN-Bericht"), or None."""
    first, _, rest = noun.partition("-")
    return first if rest and is_acronym(first) and is_german_issued_noun(rest) else None


def _judges_as_court(speaker: str) -> str:
    """A court's judges by where it sits ("Die Lausanner Richter", "die Kasseler Richter") as
    "die Richter", whom the speakers step reads as the court the article named; any other speaker
    as it is. (A town's adjective is no first name, "Richter" no surname here.)"""
    words = speaker.split()
    if len(words) == 2 and words[1].casefold() in GERMAN_JUDGES and (
        words[0].endswith("er") and not is_given_name(words[0])
    ):
        return f"die {words[1]}"
    return speaker


def _a_text(phrase: str) -> bool:
    """Whether a subject is a text, not who issued it: its noun is one of what bodies issue ("Das
    Gutachten des Ingenieurbüros Kaltenbach beschreibt …": whose it is stands after it)."""
    words = [w for w in phrase.split() if w.casefold() not in GERMAN_ARTICLES]
    return bool(words) and is_german_issued_noun(words[0])


def _a_things(phrase: str) -> bool:
    """Whether a subject is things, not who issues a text: an article and a plural noun that is
    no role and no body ("die Aufgaben", "die Preise")."""
    words = phrase.split()
    return (
        len(words) == 2 and words[0].casefold() in ("die", "alle") and words[1].endswith(("en", "n", "e"))
        and not is_role(words[1]) and not _names_a_body(words[1]) and not is_roles_plural(words[1].casefold())
    )


#: Words saying a sentence reports its subject's own words: "nach eigenen Worten", "eigenen Angaben
#: zufolge".
_OWN_WORDS = regex.compile(
    r"(?<![\p{L}])(?:nach\s+eigenen\s+(?:Worten|Angaben)|eigenen\s+Angaben\s+zufolge|nach\s+eigener\s+Aussage)"
    r"(?![\p{L}])"
)


def _subject_of_sentence(
    head: str, offset: int, after: str, names_in: NamesIn | None
) -> tuple[str | None, str | None, str | None, int | None]:
    """The speaker of a partial quote inside a sentence whose subject speaks it (``head``: the
    text before the quote, ending where the quote opens at ``offset``). A subject without an
    article must be a person the article names or a role ("Zuvor", "Ans Aufhören" are none)."""
    sentences = split_sentences(head)
    clause = sentences[-1] if sentences else ""
    lead = ""
    if (colon := clause.rfind(": ")) >= 0 and clause[colon + 2 : colon + 3].isupper():
        # a sentence of its own after a colon: "Anders der Verband: Sein Chef sprach von …"
        lead, clause = clause[:colon], clause[colon + 2 :]
    if not clause.strip():
        return None, None, None, None
    start = offset - len(head) + head.rfind(clause)
    if names_in is not None and (own := _OWN_WORDS.search(clause, timeout=timeout_for(clause))):
        # "Verlegerin Flurina Bezzola hat das Manuskript nach eigenen Worten «…» gelesen", "Kündigungen
        # will Ahlers nach eigenen Worten „…“ vermeiden": the person named last before the phrase
        named = [(at, name) for at, name in names_in(clause[: own.start()]) if may_be_subject(clause[:at])]
        if named:
            at, name = named[-1]
            return name, None, own.group(0), start + at
    clause = _article_lowered(clause)
    participle = _PARTICIPLE_AFTER.match(after[:40], timeout=PATTERN_TIMEOUT) or _PARTICIPLE_BEFORE_CLAUSE.search(
        clause, timeout=timeout_for(clause)
    )
    patterns = (_SUBJECT_SPEAKS, _VERB_THEN_SUBJECT, _SUBJECT_HAD_IT_PASSED_ON) + (
        (_SUBJECT_AUX, _AUX_THEN_SUBJECT) if participle else ()
    )
    for pattern in patterns:
        match = pattern.match(clause, timeout=timeout_for(clause))
        if match is None:
            continue
        if pattern is _SUBJECT_SPEAKS and (
            pronoun := _ER_AFTER_VERB.match(clause, match.end("verb"), timeout=PATTERN_TIMEOUT)
        ):
            group = 1 if pronoun.group(1) else 2  # (as in reported_by_subject)
            return pronoun.group(group), None, match.group("verb"), start + pronoun.start(group)
        speaker, desc, group = _subject_named(match, names_in, match.group("verb"))
        if speaker:
            auxiliary = pattern in (_SUBJECT_AUX, _AUX_THEN_SUBJECT)
            verb = participle.group("verb") if auxiliary and participle else match.group("verb")
            return speaker, desc, verb, start + match.start(group)
    if lead and in_subjunctive(clause) and (
        subject := _SUBJECT_OPENING.match(_article_lowered(lead), timeout=PATTERN_TIMEOUT)
    ):
        # reported speech after a colon, its verb in the subjunctive: the subject before the colon
        # speaks ("Bezirksleiter Ralf Düsterhoff kündigte Widerstand an: Die Gewerkschaft werde »…«",
        # "Dietel plädierte auf eine Verwarnung: Sein Mandant sei nicht vorbestraft und habe „…“")
        speaker, desc = _subject(subject.group("speaker"), names_in)
        noun = speaker.split()[-1] if speaker else ""
        # (someone who can speak: a person the article names, a role, a body; not "Das Ergebnis ist klar:")
        if speaker and ((names_in is not None and names_in(speaker)) or is_role(noun) or _names_a_body(noun)):
            return speaker, desc, None, start - len(lead) - 2 + subject.start("speaker")
    return None, None, None, None


#: A sentence of reported speech whose subject opens it: "Ein Sprecher sagte, man stehe …",
#: "Der AStA betonte am Freitag, …", "Die Landeskirche teilte mit, …" (a separable verb's particle
#: before the comma).
_REPORTS = regex.compile(
    rf"^(?P<speaker>{_SPEAKER}){_BETWEEN_SPEAKING}\s+{_FILLER}{{0,2}}(?:(?P<verb>{_INTRODUCING})(?:\s+[^,„“”»«\"]{{1,60}}?)?"
    rf"|(?P<verb>{_SEPARABLE})\b(?:\s+[^,„“”»«\"]{{1,60}}?)?\s(?:{_PARTICLE})),\s"
)


def reported_by_subject(
    sentence: str, names_in: NamesIn | None = None
) -> tuple[str | None, str | None, str | None, int | None]:
    """The speaker of a sentence of reported speech led by its subject and a verb of speech
    ("Ein Sprecher sagte, man stehe in engem Austausch."), with where the speaker stands in it."""
    match = _REPORTS.match(_article_lowered(sentence), timeout=PATTERN_TIMEOUT)
    if match is None:
        return None, None, None, None
    if pronoun := _PRONOUN_AFTER_VERB.match(sentence, match.end("verb"), timeout=PATTERN_TIMEOUT):
        # "Ein Unternehmen, das wirklich umdenken wolle, sagt er, müsse …": what was said opens the
        # sentence, the pronoun after the verb is its subject
        return pronoun.group(1), None, match.group("verb"), pronoun.start(1)
    speaker, desc, group = _subject_named(match, names_in)
    if not speaker:
        return None, None, None, None
    return speaker, desc, match.group("verb"), match.start(group)


#: A personal pronoun right after a verb of speech, then a comma: the verb's subject ("sagt er,").
_PRONOUN_AFTER_VERB = regex.compile(r"\s+(er|sie)\s*,")
#: ... and "er" right after it, whatever opens the sentence, "er" being nominative only: "Die
#: Stilllegungsprämie nennt er eine „…“".
_ER_AFTER_VERB = regex.compile(rf"{_PRONOUN_AFTER_VERB.pattern}|\s+(er)(?=\s)")


def _subject_named(
    match: regex.Match, names_in: NamesIn | None, verb: str | None = None
) -> tuple[str | None, str | None, str]:
    """(speaker, description, the group of ``match`` the speaker stands in) of a subject matched
    before its verb: the person its apposition names, where it names one, the subject their role
    (also a noun of whose relative or helper they are: "Ihre Tochter, die Bühnenbildnerin Johanna
    Prandtner, sagte der APA, …"); else the subject, as ``_subject`` reads it."""
    speaker, desc = _subject(match.group("speaker"), names_in, verb)
    owner = match.group("speaker").split()[0].casefold() in _POSSESSIVE_PRONOUNS
    if (speaker or owner) and (named := _named_in_commas(match, names_in)) is not None:
        return named, desc or speaker or match.group("speaker"), "apposed"
    return speaker, desc, "speaker"


def _named_in_commas(match: regex.Match, names_in: NamesIn | None) -> str | None:
    """The person a subject's apposition names, alone, in commas after it ("Die Vorsitzende des
    Vereins, Heike Brösel, sagte, …"), perhaps with their own role before the name ("Ihre Tochter,
    die Bühnenbildnerin Johanna Prandtner, sagte, …"): the speaker, the subject before it their role."""
    apposed = (match.groupdict().get("apposed") or "").strip()
    if not apposed or names_in is None:
        return None
    named = [n for _, n in names_in(apposed)]
    if len(named) != 1 or not apposed.endswith(named[0]):
        return None
    before = apposed[: len(apposed) - len(named[0])].split()
    if before and before[0].casefold() in GERMAN_ARTICLES:
        before = before[1:]
    if all(is_role(w) or w[:1].islower() for w in before) and (not before or is_role(before[-1])):
        return named[0]
    return None


def _article_lowered(sentence: str) -> str:
    """``sentence`` with the article it opens with in lower case, as the speaker pattern spells
    articles ("Der niederländische Minister …" → "der niederländische Minister …")."""
    first = sentence.split(None, 1)[0] if sentence.strip() else ""
    if first.casefold() in GERMAN_ARTICLES and first != first.casefold():
        at = sentence.index(first)
        return sentence[:at] + first.casefold() + sentence[at + len(first) :]
    return sentence


def _subject(phrase: str, names_in: NamesIn | None, verb: str | None = None) -> tuple[str | None, str | None]:
    """A sentence's subject as (speaker, description): a noun phrase in the nominative, a
    pronoun, a role, or a person the article names; not an object ("den Plan") and not a
    capitalised word of any other kind ("Zuvor", "Ans Aufhören")."""
    words = phrase.split()
    first = words[0].casefold()
    owned_role = first in _POSSESSIVE_PRONOUNS and len(words) > 2 and is_role(words[1])  # ("Ihr Abgeordneter X")
    # ("Sie spricht von …": she, the verb in the singular; the formal "Sie" takes the plural)
    she = words == ["Sie"] and verb is not None and not verb.endswith("en")
    if first in _OBJECT_ARTICLES or (_addressed(phrase) and not owned_role and not she):
        return None, None
    if first not in GERMAN_ARTICLES and first not in GERMAN_PRONOUNS and not (
        is_role(words[0]) or (names_in is not None and names_in(phrase))
    ):
        return None, None
    speaker, desc = split_speaker(phrase)
    if not speaker or speaker.casefold() in GERMAN_ARTICLES:
        return None, None
    return speaker, desc


#: An office by whose it is, after "aus dem": "(hieß es aus dem) Büro der zuständigen Landesrätin",
#: "Büro des Bürgermeisters", "Kabinett der Ministerin".
_OFFICE = regex.compile(
    r"(?:^|\baus\s+)dem\s+(?P<office>(?:Büro|Kabinett)\s+(?:des|der)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]+)$"
)
#: The owner of a statement: "… des Ministeriums", "… der Polizei Köln".
_GENITIVE = regex.compile(
    r"(?<![\p{L}])(?:des|der)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}$"
)
_TITLE_WORDS = frozenset(t.casefold() for t in TITLES) | {
    "dr", "prof", "herr", "frau", "ing", "mag", "mmag", "ddr", "di", "dkfm", "kfm", "doz", "kommr",
}


#: Two German compounds sharing their end, the first written as its first part and a hyphen:
#: "Industrie- und Handelskammer", "Wasserstraßen- und Schifffahrtsamt", "Kinder- oder Jugendarzt".
_COORDINATED = regex.compile(r"(?<![\p{L}\d-])([\p{L}\d]+)- (und|oder) (\p{L}[\p{L}\d]*)")


def join_coordinated(sections: list[Section]) -> tuple[list[Section], dict[str, str]]:
    """The sections with each pair of coordinated compounds written as one word
    ("Industrie-und-Handelskammer"), so that a body, a role or a name holding one reads whole (not
    "die Industrie-" for "die Industrie- und Handelskammer"), and how each joined first part
    ("Industrie-und-") was written; the sections themselves when none holds a pair."""
    joined: dict[str, str] = {}

    def join(match: regex.Match) -> str:
        joined[f"{match.group(1)}-{match.group(2)}-"] = f"{match.group(1)}- {match.group(2)} "
        return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"

    out = []
    for section in sections:
        blocks = [
            block.with_text(_COORDINATED.sub(join, block.text, timeout=timeout_for(block.text)))
            if "- und " in block.text or "- oder " in block.text else block
            for block in section.blocks
        ]
        out.append(replace(section, blocks=blocks) if blocks != section.blocks else section)
    return (out, joined) if joined else (sections, joined)


def unjoin(quotes: list[Quote], joined: dict[str, str]) -> None:
    """Each joined pair of compounds in the quotes' texts, speakers and descriptions written back
    as the article wrote it, whatever the ending cut since ("des Bau- und Umweltausschusses")."""

    def back(text: str | None) -> str | None:
        if text is None or "-" not in text:
            return text
        for word, written in joined.items():
            text = text.replace(word, written)
        return text

    for quote in quotes:
        quote.text = back(quote.text) or quote.text
        quote.speaker = back(quote.speaker)
        quote.speaker_description = back(quote.speaker_description)


def is_german(language: str | None, sections: list[Section]) -> bool:
    """Whether an article is German: by its words (a page's language tag can be its site's or
    its template's, not its article's); by its tag when it has too few words to tell."""
    texts: list[str] = []
    size = 0
    for block in (b for s in sections for b in s.blocks):
        texts.append(block.text)
        size += len(block.text)
        if size >= 3000:
            break
    words = " ".join(texts)[:3000].casefold().split()
    if len(words) >= 40:
        return sum(map(GERMAN_FUNCTION_WORDS.__contains__, words)) >= len(words) // 12
    return bool(language) and language.casefold().replace("_", "-").split("-")[0] == "de"


@functools.lru_cache(maxsize=8192)
def is_roles_plural(word: str) -> bool:
    """Whether a (folded) word is the plural of a role noun ("aktivisten", "politikern",
    "expertinnen"): people in numbers, never a name's part."""
    for suffix in ("innen", "en", "n", "e"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3 and word[: -len(suffix)].endswith(GERMAN_ROLE_ENDINGS):
            return True
    return False


@functools.lru_cache(maxsize=8192)
def is_role(word: str) -> bool:
    """Whether a capitalised word names a role or office ("Konzernchef", "Grünen-Fraktionschefin",
    "Dr."), by its last part's ending."""
    last = word.rstrip(".").split("-")[-1].casefold()
    # (a given name in such an ending is none: "Severin")
    return last in _TITLE_WORDS or last.endswith(GERMAN_ROLE_ENDINGS) or (
        any(
            last.endswith(suffix) and (len(last) >= len(suffix) + 3 or "-" in word)
            for suffix in GERMAN_PERSON_SUFFIXES
        )
        and not is_given_name(word)
    )


def _without_article(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[1:]) if words and words[0].casefold() in GERMAN_ARTICLES else phrase


#: Adverbs and conjunctions a clause may open with before its subject (not prepositions: "Von
#: der Leyen").
_CLAUSE_OPENERS = GERMAN_SENTENCE_OPENERS - GERMAN_PREPOSITIONS


def split_speaker(phrase: str) -> tuple[str | None, str | None]:
    """A German speaker phrase as (speaker, description): "Konzernchef Robert Machtlinger" →
    ("Robert Machtlinger", "Konzernchef"); "der Linken-Abgeordnete Martin Dolzer" → ("Martin
    Dolzer", "Linken-Abgeordnete"); "die Sprecherin" stays whole, to be resolved to the person
    the article gave that role; "er" stays a pronoun."""
    words = phrase.split()
    # an adverb or conjunction opening the clause before its subject ("Doch der Aktivist …")
    while len(words) > 1 and words[0].casefold() in _CLAUSE_OPENERS:
        words = words[1:]
    if not words:
        return None, None
    if words[0].casefold() in GERMAN_PRONOUNS:
        return words[0].casefold(), None
    if [w.casefold() for w in words] in (["die", "beiden"], ["beide"]):
        return "sie", None  # "sagten die beiden": they, the two just named
    if len(words) == 1 and words[0].casefold() in GERMAN_SENTENCE_OPENERS:
        return None, None
    if len(words) > 1 and words[0].casefold() in _GROUP_COUNTS:
        return " ".join(words), None  # "zwei Mütter", "mehrere Anwohner": a group, as given
    if _SURNAME_WITH_PARTICLE.fullmatch(" ".join(words), timeout=PATTERN_TIMEOUT):
        return " ".join(words), None  # "van Dalen", "von der Leyen": a surname, its particle its own
    # (a possessive before a role reads as an article: "Sein Anwalt Daniel Frühwirth", "ihr
    # verkehrspolitischer Sprecher Moritz Hallenberger")
    noun = next((w for w in words[1:] if not w[:1].islower()), "")
    article = words[0].casefold() in GERMAN_ARTICLES or (
        words[0].casefold() in _POSSESSIVE_PRONOUNS and len(words) > 2
        and (is_role(noun) or noun.casefold() in _RELATIONS)  # ("Ihre Enkelin Lea")
    )
    if article and len(words) == 2 and words[1].isupper() and len(words[1]) >= 2:
        return words[1], None  # "das AWI": a body by its initials
    rest = words[1:] if article else list(words)
    if article and len(rest) > 1 and all(w[:1].isupper() for w in rest) and (
        names_body(rest[-1])
        or (
            # an adjective opening a name, no person's noun or first name after it: "die Deutsche
            # Bahn", "der Bayerische Rundfunk" (not "die Deutsche Meisterin Anna Berger")
            len(rest) <= 3 and _NOMINATIVE_ADJECTIVE.fullmatch(rest[0], timeout=PATTERN_TIMEOUT) is not None
            and not any(is_role(w) or is_given_name(w) for w in rest[1:])
        )
    ):
        # "die Medolino GmbH", "die Deutsche Bank", "der Deutsche Mieterbund": a body's name
        return " ".join(in_nominative(rest, words[0])), None
    # (not a genitive's body: "die Sprecherin der Fachgesellschaft für Altersmedizin" is a person)
    field_of = rest[rest.index("für") - 1] if "für" in rest[1:] and not {"der", "des"} & set(rest) else ""
    if field_of and (names_body(field_of) or _names_a_body(field_of)):
        return " ".join(rest), None  # "das Amt für Raumentwicklung": a body and its field
    if words[0].casefold() in ("ein", "eine") and len(rest) > 2 and rest[-2] in ("aus", "von", "vom") and (
        not is_given_name(rest[0])
    ):
        return " ".join(words), None  # "ein Abiturient aus Chemnitz": someone unnamed, by where they are from
    for i, word in enumerate(rest):
        if i and word.casefold() in ("der", "des") and rest[i - 1] not in ("von", "van"):
            rest = rest[:i]  # a genitive: "der Sprecher der Stadt" (not a surname's: "Ursula von der Leyen")
            break
        given = next((j for j in range(i - 1) if is_given_name(rest[j])), None) if word in ("von", "vom") else None
        if given is not None and all(w[:1].isupper() for w in rest[given:i]):
            # a name, then whom the person is with: "Jacqueline Rioba von World Vision", "Sprecher Max
            # Muster vom ADAC" (a role before the name stays its description)
            described = [*words[: len(words) - len(rest)], *rest[:given]]
            return " ".join(rest[given:i]), " ".join([*described[1 if article else 0 :], *rest[i:]]) or None
    described: list[str] = []
    if _is_possessor(rest) and (is_role(rest[1]) or rest[1].casefold() in _RELATIONS):
        # "Merkels Sprecher Steffen Seibert", "Halas’ Kollege Peter Nordlander": whose role it is
        described += [rest.pop(0), rest.pop(0)]
    # adjectives, the noun an article stands before, role nouns and titles: the description
    while rest and (
        rest[0][:1].islower() or is_role(rest[0])
        or (article and not any(w[:1].isupper() and w != "Jahre" for w in described))  # ("der 24 Jahre alte …")
    ):
        described.append(rest.pop(0))
    if rest and article and described and _body_before_place(described[-1]) and (
        len(rest) == 1 or not is_given_name(rest[0])
    ):
        # "die Polizei Düsseldorf", "die Landespolizeidirektion Steiermark", "die AOK Nordost": a
        # body and where it is, one name, not a place speaking (one word after it is the place,
        # a first name too: "die Kantonspolizei Uri")
        return " ".join([described[-1], *rest]), " ".join(described[:-1]) or None
    if rest:
        return " ".join(rest), " ".join(described) or None
    return " ".join(words), None  # "die Sprecherin", "der Sprecher der Stadt", "Bundeskanzlerin"


def _body_before_place(word: str) -> bool:
    """A noun of a body before the place it is for: "Polizei", "Polizeidirektion", "Erzbistum",
    initials ("AOK")."""
    return _names_a_body(word) or word.casefold().endswith("bistum") or is_acronym(word)


def names_body(word: str) -> bool:
    """Whether a word makes a capitalised name a body's ("GmbH", "Council", "Bundesverband",
    "Fachgesellschaft"): a word of organisations, or a German noun ending in one."""
    folded = word.casefold()
    return folded in BODY_NAME_WORDS or (len(folded) > 6 and folded.endswith(GERMAN_ORGANISATION_ENDINGS))


def in_nominative(words: list[str], article: str) -> list[str]:
    """A German body's name as it is written without the article it had in the nominative: the
    adjectives opening it take the ending the article carried ("der Deutsche Mieterbund" →
    "Deutscher Mieterbund", "das Deutsche Rote Kreuz" → "Deutsches Rotes Kreuz"; after "die",
    or in another case, the name stays as it is)."""
    ending = _NOMINATIVE_ENDINGS.get(article.casefold())
    if ending is None or len(words) < 2 or not words[-1][:1].isupper() or is_given_name(words[-1]):
        return words
    out = list(words)
    for k, word in enumerate(out[:-1]):
        adjective = _NOMINATIVE_ADJECTIVE.fullmatch(word, timeout=PATTERN_TIMEOUT) is not None
        if not adjective or word.endswith(_NOUNS_LIKE_ADJECTIVES):
            break
        out[k] = word + ending
    return out


#: What an adjective adds to its "-e" where the article before the name goes ("der" → "-er").
_NOMINATIVE_ENDINGS = {"der": "r", "das": "s"}
#: A capitalised adjective in the weak form a definite article asks for, by its ending:
#: "Deutsche", "Schweizerische", "Freiwillige", "Allgemeine", "Nationale", "Obere"; or one of the
#: short ones ("Rote", "Neue").
_NOMINATIVE_ADJECTIVE = regex.compile(
    r"\p{Lu}\p{Ll}*(?:sche|liche|ige|eine|ale|ere|ene)|Freie|Neue|Rote|Grüne|Alte|Junge|Hohe|Gute"
)
#: Nouns in an adjective's ending: "Verbraucherzentrale", "Filiale", "Finale".
_NOUNS_LIKE_ADJECTIVES = ("zentrale", "filiale", "finale")


#: Nouns of a relation to someone, not a role of one's own ("Halas’ Kollege"): a description only
#: after the one they relate to (alone, "der Kollege" is someone else than the person just named).
_RELATIONS = frozenset("kollege kollegin ehefrau ehemann".split()) | GERMAN_FAMILY_NOUNS


def _is_possessor(words: list[str]) -> bool:
    """Whether the first of a speaker's words is a name in the genitive with more words after it:
    "Halas’ Kollege Nordlander", "Merkels Sprecher Steffen Seibert" (an -s genitive only before
    a role and a full name: "Thomas Koch Meier" is a name, not Thomas's cook)."""
    first = words[0] if words else ""  # (an article alone has no words after it: "Die hat mir gesagt")
    if not first[:1].isupper() or len(first) < 3:
        return False
    return (first.endswith(("’", "'", "‘")) and len(words) > 2) or (first.endswith("s") and len(words) > 3)


#: The times of a day a weekday joins ("Sonntagmorgen", "Montagabend", "Freitagnachmittag").
_DAYTIMES = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")


def _a_time(word: str) -> bool:
    """Whether a word is one of the calendar's, a weekday's time of day too ("vom Sonntagmorgen")."""
    folded = word.casefold()
    return folded in CALENDAR_WORDS or any(
        folded.endswith(time) and folded[: -len(time)] in CALENDAR_WORDS for time in _DAYTIMES
    )


def attribution(
    before: str, after: str, names_in: NamesIn | None = None
) -> tuple[str | None, str | None, str | None, int | None]:
    """(speaker, description, verb, where the speaker stands in ``before`` or None when after).
    ``names_in`` spots the people a text names (for a sentence that leads into a quote with a
    colon and no verb of speech: its one person speaks)."""
    tail = after[:300]
    there = _AFTER_HEISST_THERE.match(tail, timeout=timeout_for(tail))
    if there:
        # "Die Caritas Österreich zeigte sich in einer Aussendung … „…“, hieß es darin."
        speaker, desc, at = issuer_before(before, names_in)
        if speaker:
            return speaker, desc, there.group("verb"), at
    # a paper quoting someone: the one quoted speaks, named as the paper names them ("einen
    # Branchenkenner" is "ein Branchenkenner"); looked for only where "zitiert" or "mit den Worten" stands
    lead = before[-300:]
    quoting = (_AFTER_QUOTING.match(tail, timeout=timeout_for(tail)) if "zitier" in tail[:60] else None) or (
        _BEFORE_QUOTING.search(lead, timeout=timeout_for(lead)) if "Worten" in lead[-20:] else None
    )
    if quoting:
        quoted = _ACCUSATIVE_ARTICLE.sub("ein", quoting.group("speaker"), timeout=PATTERN_TIMEOUT)
        at = None if quoting.re is _AFTER_QUOTING else len(before) - len(lead) + quoting.start("speaker")
        return quoted, None, quoting.group("verb"), at
    for pattern in (
        _AFTER, _AFTER_PERFECT, _AFTER_SO, _AFTER_HEISST, _AFTER_ZITIERT, _AFTER_LIESS, _AFTER_DASH, _AFTER_WIE,
        _AFTER_CLAUSE, _AFTER_DAS, _AFTER_WISSEN, _AFTER_PFLEGTE,
    ):
        match = pattern.match(tail, timeout=timeout_for(tail))
        if match:
            if pattern is _AFTER_HEISST:
                # "in einer Erklärung des Ministeriums": the body whose statement it is
                where = match.group("speaker").strip()
                where = _TO_WHOM.sub("", where, timeout=timeout_for(where))  # ("… gegenüber BR24": to whom)
                office = _OFFICE.search(where, timeout=timeout_for(where))
                if office is not None:
                    # "hieß es (auf Anfrage) aus dem Büro der Kulturstadträtin": the office speaks,
                    # not its holder
                    return office.group("office"), None, match.group("verb"), None
                if where.split()[0] in ("Anfrage", "Nachfrage"):
                    # "hieß es auf Anfrage": asked, whoever the sentence before is about answered
                    speaker, desc, at = issuer_before(before, names_in)
                    if speaker:
                        return speaker, desc, match.group("verb"), at
                    continue
                named = _NAMED_AFTER_VON.search(where, timeout=timeout_for(where))
                if named and any(_a_time(w) for w in named.group("name").split()):
                    # ("in der Mitteilung der Kantonspolizei vom Sonntagmorgen": when, not whose)
                    where, named = where[: named.start()], None
                if named:
                    # "hieß es aus der Konzernzentrale von Hartl Antriebstechnik", "in einer Mitteilung
                    # von Greenpeace": the one named after "von" (not a day: "vom Montag")
                    return named.group("name"), None, match.group("verb"), None
                owner = _GENITIVE.search(where, timeout=timeout_for(where))
                if owner is not None and owner.start() == 0 and is_german_issued_noun(where.split()[-1]):
                    owner = None  # ("in der Presseaussendung": the text itself, no genitive after it)
                text_noun = _TEXT_NOUN.match(where, timeout=timeout_for(where))
                if text_noun and _names_a_body(noun := text_noun.group("noun")) and not is_german_issued_noun(noun):
                    text_noun = None  # ("heißt es aus dem Ministerium": the body itself)
                if owner is None and text_noun and (whose := _short_name_before(text_noun.group("noun"))):
                    return whose, None, match.group("verb"), None  # "heißt es in dem WWF-Papier": the WWF's
                if owner is None and (is_german_issued_noun(where.split()[-1]) or text_noun):
                    # "in einer schriftlichen Stellungnahme", "in dem Post", "in einer Antwort auf eine
                    # Anfrage dieser Zeitung", no one's: the sentence before says whose
                    speaker, desc, at = issuer_before(before, names_in, where.split()[-1])
                    if speaker:
                        return speaker, desc, match.group("verb"), at
                    if text_noun and not (
                        is_german_issued_noun(text_noun.group("noun")) and where.split()[0] in ("dem", "der")
                    ):
                        # (a text, not a speaker; one the article named before, "in dem Bericht", is
                        # its issuer's, found later)
                        continue
                if owner is not None and (kind := _generic_body(owner.group(0))):
                    # "in einer Stellungnahme des Vorstands", "des Amts": a body by its noun alone,
                    # the one the sentence before names as its subject
                    speaker, desc, at = issuer_before(before, names_in)
                    if speaker and speaker.split()[0].casefold() not in GERMAN_ARTICLES and not (
                        # (a body's organ or a noun of its state, "Geschäftsführung", "Eigenverwaltung": the
                        # body of that kind the article named is meant, found later)
                        " " not in speaker and speaker.casefold().endswith(("ung", "ion"))
                    ):
                        return speaker, desc or kind, match.group("verb"), at
                if owner is not None and _a_firms_own(owner.group(0)):
                    # "in einer Erklärung der Geschäftsführung": the firm's management speaks for the
                    # firm, named by its kind as "des Unternehmens" is (which firm, the speakers step finds)
                    return "Unternehmen", None, match.group("verb"), None
                return (named_in_nominative(owner.group(0)) if owner else where), None, match.group("verb"), None
            if _addressed(match.group("speaker")):
                continue  # "„…“, sagten Sie": the interviewer's "you", nobody named
            speaker, desc = split_speaker(match.group("speaker"))
            named = match.groupdict().get("named")
            if named and match.groupdict().get("what"):
                # (after what the person is, a name from its first name: "die Fachanwältin für
                # Sozialrecht Ruth Albrecht"; none, no person: "sagte ihr Sprecher, der Neuen Zürcher Zeitung")
                words = named.split()
                while len(words) > 2 and not is_given_name(words[0]):
                    words = words[1:]
                named = " ".join(words) if is_given_name(words[0]) else None
            whose = match.group("speaker").split()
            if len(whose) == 2 and whose[0].casefold() in _POSSESSIVE_PRONOUNS:
                # "ihr Sohn, der Regisseur Florian Rainer": her son, named after what he is
                if not named:
                    continue  # (unnamed: read by the patterns after)
                speaker, desc = named, match.group("speaker")
            elif named and speaker and speaker.split()[0].casefold() in GERMAN_ARTICLES:
                speaker, desc = named, _without_article(speaker)
            if speaker:
                return speaker, desc, match.group("verb"), None
    head = before[-400:]
    according = _ACCORDING_TO.search(head[-160:], timeout=PATTERN_TIMEOUT)
    if according:  # "die Stadt ist laut Gutierrez »ein Zentrum des Organizing«"
        group = "speaker" if according.group("speaker") else "speaker2"
        speaker, desc = split_speaker(according.group(group))
        issuer = _ISSUED_BY.match(head[-160:], according.end(group), timeout=PATTERN_TIMEOUT)
        if speaker and issuer and is_german_issued_noun(speaker.split()[-1]):
            # "Laut einer Erklärung von Forschungsministerin Claudia Ferreira-Haupt …": hers
            group, according = "who", issuer
            speaker, desc = split_speaker(issuer.group("who"))
        if speaker:
            return speaker, desc, "laut", len(before) - len(head[-160:]) + according.start(group)
    heisst = _BEFORE_HEISST.search(head, timeout=timeout_for(head))
    if heisst:
        # "In der Mitteilung der Polizei heißt es: „…“": the body whose text it is; "Darin heißt es,
        # die Vergabe sei „…“", "In der Petition heißt es: «…»": who the sentence before says issued it
        where, start = heisst.group("where"), len(before) - len(head) + heisst.start("where")
        where = _RELATIVE_AFTER.sub("", where, timeout=timeout_for(where))  # (", das der Redaktion vorliegt,")
        text = where.split(None, 1)[1] if " " in where else ""  # (the text, less "In")
        owner = _GENITIVE.search(text, timeout=timeout_for(text))
        if owner and owner.start() > 0:  # (a genitive after the text's noun, not the text itself)
            return (
                named_in_nominative(owner.group(0)), None, heisst.group("verb"),
                start + len(where) - len(text) + owner.start(),
            )
        # (the text's noun, whom it went to aside: "In der Antwort an die Abgeordneten heißt es, …")
        noun = _TO_WHOM.sub("", where, timeout=timeout_for(where)).split()[-1]
        if where in ("Darin", "Dort") or is_german_issued_noun(noun):
            speaker, desc, at = issuer_before(before[:start], names_in)
            if speaker:
                return speaker, desc, heisst.group("verb"), at
        elif is_acronym(where.split()[-1]):
            # "In der SZ heißt es dazu: „…“": the paper (or body) by its initials
            return where.split()[-1], None, heisst.group("verb"), start + len(where) - len(where.split()[-1])
        elif (body := _BODY_SPEAKING_FROM.fullmatch(where, timeout=timeout_for(where))) and any(
            _names_a_body(word) or word.casefold().endswith(_OFFICES_BY_THEIR_HOUSE)
            for word in body.group("body").split()
        ):
            # "Aus dem Kasseler Rathaus hieß es, man werde „…“", "Beim Bundesamt für Umwelt (Bafu)
            # heisst es auf Anfrage, …": the body the words came from
            return body.group("body"), None, heisst.group("verb"), start + body.start("body")
    if not head.rstrip().endswith((":", ",")):
        return _subject_of_sentence(head, len(before), after, names_in)
    sentences = split_sentences(head)
    clause = sentences[-1] if sentences else ""
    offset = len(before) - len(clause)
    for pattern in (
        _BEFORE_VERB_FIRST, _BEFORE_SUBJECT_FIRST, _BEFORE_PERFECT, _BEFORE_SEPARABLE, _BEFORE_SEPARABLE_VERB_FIRST
    ):
        subject_first = pattern in (_BEFORE_SUBJECT_FIRST, _BEFORE_PERFECT, _BEFORE_SEPARABLE)
        for match in pattern.finditer(clause, overlapped=subject_first, timeout=timeout_for(clause)):
            preceding = clause[: match.start("speaker")].split()[-1:]
            if subject_first and preceding and (
                preceding[0].casefold() in GERMAN_PREPOSITIONS or preceding[0].casefold() in GERMAN_ARTICLES
            ):
                continue  # "ein Aktivist aus Chicago sagt:", "von der Organisation sagt": no subject
            if subject_first and match.group("speaker").startswith(("des ", "eines ")):
                # "Der Sprecher des Ministeriums sagte:": whose role it is; the role before it speaks
                role = _ROLE_BEFORE_GENITIVE.search(clause, 0, match.start("speaker"), timeout=timeout_for(clause))
                if role is None:
                    continue
                return (
                    f"{role.group(0)}{match.group('speaker')}", None, match.group("verb"), offset + role.start()
                )
            if subject_first and (
                _adverb(match.group("speaker"), names_in) or _prepositional(match.group("speaker"))
            ):
                # "Gleichzeitig räumte der Bürgermeister ein:", "Auf Facebook schrieb die Gruppe, …:": an
                # adverb or a phrase of place or medium, the subject after the verb
                continue
            if pattern is _BEFORE_VERB_FIRST:
                subject = _subject_before(clause[: match.start("verb")])
                if subject is not None:
                    # "Berger sagte der Zeitung:": the subject speaks, not the one spoken to
                    speaker, desc = split_speaker(subject.group("speaker"))
                    if (named := _named_in_commas(subject, names_in)) is not None:
                        # "Ihre Tochter, die Bühnenbildnerin Johanna Prandtner, sagte der APA:": the name
                        return named, desc or speaker, match.group("verb"), offset + subject.start("apposed")
                    return speaker, desc, match.group("verb"), offset + subject.start("speaker")
            if not subject_first and _addressed(match.group("speaker")):
                break  # "Ein Freund sagte Ihnen:" with no subject found: "Ihnen" is spoken to
            speaker, desc = split_speaker(match.group("speaker"))
            if (named := _named_in_commas(match, names_in)) is not None:
                # "Die Inhaberin eines Pflegedienstes in Berlin-Neukölln, Sevgi Arslan, sagt:": the name
                return named, desc or speaker, match.group("verb"), offset + match.start("apposed")
            if speaker and speaker.casefold() not in GERMAN_ARTICLES:
                return speaker, desc, match.group("verb"), offset + match.start("speaker")
            break
    verdict = _VERDICT.match(clause, timeout=timeout_for(clause))
    if verdict and not (names_in is not None and names_in(clause)):  # ("Ihre Enkelin Lea, 16, war überzeugt:")
        # "Sein Fazit nach einem Jahr: »…«": his verdict, spoken by the one "er" stands for
        owner = verdict.group("own").casefold()
        return _POSSESSIVE_PRONOUNS[owner], None, None, offset + verdict.start("own")
    match = _BEFORE_NAME_COLON.match(clause, timeout=timeout_for(clause))
    if match:
        # a name, and nothing but a name and what the person is, before the colon
        speaker, desc = split_speaker(match.group("speaker"))
        words = speaker.split() if speaker else []
        first = words[0].casefold() if words else ""
        if first in _POSSESSIVE_PRONOUNS and len(words) == 2:
            # "Ihr Fazit: „…“": her verdict, spoken by the one "sie" stands for
            return _POSSESSIVE_PRONOUNS[first], speaker, None, offset + match.start("speaker")
        if words and first not in GERMAN_ARTICLES and first not in GERMAN_PREPOSITIONS and (
            desc or len(words) > 1 or "," in clause
        ):  # (no preposition: "In der Notiz, die Heckmann … eingelegt hatte, heißt es:")
            return speaker, desc, None, offset + match.start("speaker")
    someone = _SOMEONE_SUBJECT.match(clause, timeout=timeout_for(clause)) if clause.rstrip().endswith(":") else None
    if someone and _a_persons_noun(someone.group("noun")):
        # "Ein Zehntklässler, der seinen Namen nicht nennen möchte, sieht es pragmatischer: „…“",
        # "Ein älterer Mann rief daraufhin dazwischen: „…“": someone the article never names
        desc = someone.group("desc")
        return desc[:1].casefold() + desc[1:], None, None, offset + someone.start("desc")
    role = role_subject(clause) if clause.rstrip().endswith(":") else None
    if role:
        # "Doch der Aktivist der Mietergewerkschaft aus Chicago sagt auch: »…«": the role's bearer;
        # "Ein Vater, der seinen Namen nicht nennen wollte, sah das anders: „…“": someone unnamed
        return role[0], None, None, offset + role[1]
    body = _BODY_SUBJECT.match(clause, timeout=timeout_for(clause)) if clause.rstrip().endswith(":") else None
    if body and _names_a_body(body.group("noun")) and not is_german_issued_noun(body.group("noun")):
        # "Der Förderverein reagierte noch am Abend auf Facebook: »…«": the body (the one of that
        # kind the article named, found later)
        return f"{body.group('article').casefold()} {body.group('noun')}", None, None, offset + body.start("article")
    if clause.rstrip().endswith(":") and (heisst := _HEISST_LEAD.search(clause, timeout=timeout_for(clause))):
        # "… hat einen offenen Brief geschrieben. Darin heißt es: »…«": the issuer the sentence before
        # names, or the text's owner itself ("In der Antwort des Bildungsministeriums heißt es:")
        if owner := heisst.group("owner"):
            return named_in_nominative(owner.strip()), None, heisst.group("verb"), offset + heisst.start("owner") + 1
        speaker, desc, at = issuer_before(before[: len(before) - len(clause)], names_in)
        if speaker:
            return speaker, desc, heisst.group("verb"), at
    if clause.rstrip().endswith(":") and names_in is not None:
        # "Auch Jacqueline Rioba von World Vision kennt solche Konflikte: „…“" – the sentence's
        # one person; "…, sieht sie die Sache etwas anders: „…“" – its pronoun.
        named = names_in(clause)
        subjects = [(start, name) for start, name in named if may_be_subject(clause[:start])]
        if subjects and len({name for _, name in named}) == 1:
            start, name = subjects[0]
            return name, None, None, offset + start
        pronoun = _PRONOUN_WORD.search(clause, timeout=timeout_for(clause))
        if not subjects and pronoun:
            return pronoun.group(0).casefold(), None, None, offset + pronoun.start()
    if clause.rstrip().endswith(":") and _PLATFORM.search(clause, timeout=timeout_for(clause)):
        # a post leading in with a colon, no verb of speech: "Die Polizei Berlin meldete die Festnahme
        # auf der Plattform X:", "Auf ihrem Instagram-Kanal bat die Polizei um Hinweise:": its subject posted it
        # (the sentence's own subject, not one of the sentence before)
        speaker, desc, at = issuer_before(clause, names_in)
        # (a body by its name, "Polizei Berlin", "Feuerwehr Ehingen", "GEW"; not by its kind alone, "die
        # Partei", "der Club", which the sentence names no better; a person's own colon leads are read above)
        words = (speaker or "").split()
        if at is not None and (
            (len(words) > 1 and any(map(_names_a_body, words))) or (len(words) == 1 and is_acronym(words[0]))
        ):
            return speaker, desc, None, offset + at
    if clause.rstrip().endswith(","):  # ("Die Gewerkschaft erklärte, sie erwarte, „…“")
        return _subject_of_sentence(head, len(before), after, names_in)
    return None, None, None, None


#: Where a body or a person posts: a social network, a site of their own.
_PLATFORM = regex.compile(
    rf"\b(?i:{'|'.join(p for p in POST_PLATFORMS if p != 'x')})|\b(?:Kurznachrichtendienst|Social-Media|Website"
    r"|Webseite|Internetseite|Homepage)|\bsozialen\s+(?:Medien|Netzwerken)\b|\b(?:Plattform|auf|über)\s+X\b"
)


#: An article and a noun (perhaps two, and words before them) right before a genitive: "Der Sprecher "
#: (des Ministeriums), "Die Ärztliche Leiterin Rettungsdienst " (des Landkreises).
_ROLE_BEFORE_GENITIVE = regex.compile(
    r"(?<![\p{L}])(?:[Dd](?:er|ie|as)|[Ee]ine?)\s+(?:[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]*\s+$"
)


def named_in_nominative(owner: str) -> str:
    """A body named in the genitive as whose a text is, as it is named ("des Beirats" → "Beirat",
    "des Landratsamts Ostallgäu" → "Landratsamt Ostallgäu", "des Bundesamtes für Strahlenschutz" →
    "Bundesamt für Strahlenschutz"); any other owner as written ("der Polizei")."""
    words = owner.split()
    if len(words) < 2 or words[0] not in ("des", "eines") or not words[1][:1].isupper():
        return owner
    # (adjectives before the noun lose the genitive's ending too: "des Deutschen Wetterdienstes" →
    # "Deutscher Wetterdienst", "des Deutschen Roten Kreuzes" → "Deutsches Rotes Kreuz")
    at = 1
    while at + 1 < len(words) and words[at].endswith("en") and words[at + 1][:1].isupper():
        words[at] = words[at][:-1]
        at += 1
    head = words[at]
    if head.endswith("es") and not head.endswith("ees") and len(head) > 5:
        head = head[:-2]  # ("Amtes", "Verbandes", "Kreises")
    elif head.endswith("s") and len(head) > 4:
        head = head[:-1]  # ("Beirats", "Ministeriums", "Unternehmens")
    named = in_nominative([*words[1:at], head], "das" if head.casefold().endswith(_NEUTER_ENDINGS) else "der")
    return " ".join([*named, *words[at + 1 :]])


#: Endings of German nouns of bodies that are neuter ("das Bundesamt", "das Rote Kreuz"): a body
#: named in the genitive ("des …") is one of these, else masculine.
_NEUTER_ENDINGS = (
    "amt", "ministerium", "institut", "gericht", "kreuz", "büro", "zentrum", "werk", "unternehmen", "haus",
    "klinikum", "museum", "theater", "archiv", "präsidium", "komitee", "forum", "bündnis", "sekretariat",
    "kollegium", "kuratorium", "gremium", "parlament", "seminar", "gymnasium", "kommissariat", "departement",
)


#: "Sein Fazit nach einem Jahr:", "Ihr Fazit des Abends:": a possessive, a noun and a few words.
_VERDICT = regex.compile(r"^\s*(?P<own>Sein|Seine|Ihr|Ihre)\s+\p{Lu}[\p{L}-]+\s+[^:„“”»«\"]{1,40}:\s*$")
#: Possessive determiners and the pronoun they belong to: "Sein Fazit:" is his.
_POSSESSIVE_PRONOUNS = {"sein": "er", "seine": "er", "ihr": "sie", "ihre": "sie", "dessen": "er", "deren": "sie"}
#: The subject of a clause before its verb: a name or a noun phrase, and nothing else.
#: (an unnamed one may say where they are from: "Ein Abiturient aus Chemnitz, der …, sagte der dpa:")
_SUBJECT = regex.compile(
    rf"\s*(?P<speaker>{_SPEAKER}(?:\s+(?:aus|von|vom)\s+{_WORD}(?:\s+{_WORD}){{0,2}})?){_APPOSED}\s*"
)


def _adverb(word: str, names_in: NamesIn | None = None) -> bool:
    """Whether a single capitalised word opening a clause reads as an adverb, no subject
    ("Gleichzeitig", "Schließlich", "Allerdings"): one of the sentence openers, or an adverb's
    ending; a first name, or a surname the article gave ("König räumte ein:"), is none."""
    folded = word.strip().casefold()
    if " " in folded or is_first_name(word.strip()) or (names_in is not None and names_in(word)):
        return False
    return (
        folded in GERMAN_SENTENCE_OPENERS
        or folded.endswith(("ig", "lich", "weise", "dings", "falls"))
        or (folded.endswith("tens") and len(folded) >= 7)  # ("zweitens", "meistens"; not "Siemens", "Jens")
    )


def _prepositional(phrase: str) -> bool:
    """Whether a capitalised phrase opening a clause is a preposition's ("Auf Facebook", "Im
    Programmheft", "Beim Staatssekretariat für Wirtschaft") or the dative of whom it was said to
    ("Dem Deutschlandfunk sagte er:", "Einer Warschauer Zeitung sagte sie:"): no subject ("laut"
    aside, whose object speaks: "Laut Polizei …"; "Einer der Anwohner" is one of them, a subject)."""
    words = phrase.split()
    if len(words) < 2:
        return False
    first, second = words[0].casefold(), words[1].casefold()
    if first in ("dem", "einem") or (first == "einer" and second not in GERMAN_ARTICLES and second != "von"):
        return True
    return first in GERMAN_PREPOSITIONS and first != "laut"


def _subject_before(text: str) -> regex.Match | None:
    """The subject standing alone before a verb ("Berger", "Die Bürgermeisterin Anna Berger",
    "Ein langjähriger Freund"), or None where an adverb or a prepositional phrase stands there
    ("Dazu", "Im Interview")."""
    words = text.split()
    first = words[0].casefold() if words else ""
    if not words or first in GERMAN_PREPOSITIONS or first in GERMAN_SENTENCE_OPENERS or first in GERMAN_FILLERS:
        return None  # ("Weiter schreibt er:")
    if len(words) == 1 and _adverb(words[0]):
        return None  # ("Gleichzeitig warnte der Verband, „…“": the subject after the verb)
    if _prepositional(text):
        return None  # ("Dem Deutschlandfunk sagte er:": whom it was said to, the subject after the verb)
    return _SUBJECT.fullmatch(_article_lowered(text), timeout=PATTERN_TIMEOUT)


#: The formal "you" and the forms of the pronouns of the one spoken to: after a verb of speech
#: they address someone ("sagte Ihnen", "schrieben Sie"), they name no speaker.
_ADDRESSED = frozenset("Sie Ihnen Ihr Euch Dir Dich Du Mir Mich Uns".split())


def _addressed(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[0] in _ADDRESSED


#: Who issued a text named after "laut": "(Laut einer Erklärung) von Forschungsministerin Claudia Ferreira-Haupt".
_ISSUED_BY = regex.compile(rf"\s+(?:von|vom|des|der)\s+(?P<who>{_SPEAKER})")
#: "… laut Gutierrez »…«": a partial quote by the one it is according to.
_ACCORDING_TO = regex.compile(
    rf"(?<![\p{{L}}])(?:[Ll]aut|[Nn]ach\s+Angaben\s+(?:von|des|der))\s+(?P<speaker>{_SPEAKER})\s*,?\s*$"
    # "Laut Imboden ist die Vorlage «…»", "Laut Landesarchäologe Gerhard Pölzl sollen nur …, der Rest
    # bleibe „…“": the sentence opens with whom it is according to and goes on to the quote
    rf"|(?:^|(?<=[.!?]\s))Laut\s+(?P<speaker2>{_SPEAKER})\s+\p{{Ll}}[^.;:!?„“”»«\"]{{1,160}}$"
)
#: A sentence whose subject is a role: "(Doch) der Aktivist …", "Die Sprecherin …", "Ein Vater, …".
_ROLE_SUBJECT = regex.compile(
    r"^(?:(?:Doch|Und|Aber|Auch|Dann|Nun|Jetzt)\s+)?(?P<article>[Dd]er|[Dd]ie|Eine?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}"
    rf"(?P<noun>\p{{Lu}}[\p{{L}}-]+|{_AGE_WORD})"
)
#: ... a body by its noun, then its verb: "Der Förderverein reagierte …", "Das Ministerium teilte …" (its
#: noun, after adjectives or an opening word too; kept apart from ``_BODY_OPENING``, a body's name right
#: after the article, which the issuer's reader needs as narrow as it is: widened so, the German sets'
#: halves lost about 60 found quotes each).
_BODY_SUBJECT = regex.compile(
    r"^(?:(?:Doch|Und|Aber|Auch|Dann|Nun|Jetzt)\s+)?(?P<article>Der|Die|Das)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}"
    r"(?P<noun>\p{Lu}[\p{L}-]+)\s+\p{Ll}"
)
#: Parents, who speak for their children in local stories ("Ein Vater …", "Eine Mutter …").
_PARENTS = frozenset({"vater", "mutter"})


#: A sentence opening with its subject and a verb in the subjunctive of any verb, its stem and
#: "-e" ("Die Regierung sehe darin …", "Die Gemeinde erwarte …", "Man plane …"), where the
#: indicative says "-t" ("sieht", "erwartet"); not a determiner or adverb in "-e" after it.
_SUBJUNCTIVE_OPENING = regex.compile(
    r"^\s*(?:(?:Der|Die|Das|Ein|Eine)\s+\p{Lu}[\p{L}-]+|Man|Er|Sie|Es)\s+(?P<verb>\p{Ll}{2,}e)\b(?!-)"
)
_NOT_SUBJUNCTIVE = frozenset(
    "alle eine keine seine ihre diese jene jede welche solche manche ohne gerne gern lange bitte heute "
    "ebenfalls gleiche nahe daraufhin eigene andere beide einige mehrere viele wenige".split()
)


#: A German verb in "-e" and no past's "-te" nor "wurde": the first subjunctive's third person
#: singular ("finde", "wolle", "habe"; the indicative says "findet", the past "fand", "sagte").
SUBJUNCTIVE_IN_E = r"\p{Ll}{2,}(?<!t|wurd)e"


#: A verb in "-e" before a pronoun or an article opening its subject, after a phrase the sentence
#: opens with: "Für seine Küche finde er …", "Deshalb plane man …", "Gleichzeitig reagiere der
#: Körper …" (the indicative says "findet er", the past "fand er", "sagte er", "wurde er": no "-te",
#: no "wurde").
_SUBJUNCTIVE_INVERTED = regex.compile(
    rf"^\s*\p{{Lu}}[^,;:]{{0,60}}?\s(?P<verb>{SUBJUNCTIVE_IN_E})\s+(?:er|sie|es|man|der|die|das|ein|eine)\b"
)


#: A sentence's words, less the marks around them.
_WORDS = regex.compile(r"[\p{L}-]+")


def in_subjunctive(sentence: str) -> bool:
    """Whether a German sentence reports speech in the subjunctive: a common form of it ("sei",
    "habe", "werde" …) anywhere, or any verb's after the subject it opens with or before the
    pronoun after its first phrase."""
    if GERMAN_SUBJUNCTIVES.intersection(_WORDS.findall(sentence, timeout=timeout_for(sentence))):
        return True  # (a clause's last verb too: "…, dass sie nicht korrekt gewesen sei.")
    opening = _SUBJUNCTIVE_OPENING.match(sentence, timeout=timeout_for(sentence)) or _SUBJUNCTIVE_INVERTED.match(
        sentence, timeout=timeout_for(sentence)
    )
    return opening is not None and opening.group("verb") not in _NOT_SUBJUNCTIVE


#: The first subjunctive's common forms, in which German reports speech ("sei", "habe"; not
#: "wäre", "würde", which are also the conditional's).
_FIRST_SUBJUNCTIVES = GERMAN_SUBJUNCTIVES - frozenset("hätte hätten wäre wären würde würden könnten müssten".split())
#: A verb of speech or a participle that quotes ("sagte", "betonte", "gesagt").
_SPEAKING = regex.compile(rf"\b(?:{_VERB}|{phrase_alternation(GERMAN_PARTIAL_QUOTE_PARTICIPLES, any_space=False)})\b")
#: Words that give reported speech its source without a verb ("Laut Müller sei …", "…, so Müller").
_SOURCE = regex.compile(r"\b(?:[Ll]aut|zufolge|[Nn]ach\s+Angaben|so)\b")


def _reported(sentence: str) -> bool:
    """Whether a German sentence's main clause (before its first comma) is in the first subjunctive."""
    main = sentence.split(",", 1)[0]
    return not _FIRST_SUBJUNCTIVES.isdisjoint(_WORDS.findall(main, timeout=timeout_for(main)))


def reports_unsourced(sentence: str) -> bool:
    """Whether a German sentence is someone's words reported in the first subjunctive (its main
    clause so: "Brenneisen habe ihm … geliefert, das ändere nichts.") with no verb of speech or
    source of its own: whom it names is talked about, the speaker named before it."""
    return (
        _reported(sentence)
        and _SPEAKING.search(sentence, timeout=timeout_for(sentence)) is None
        and _SOURCE.search(sentence, timeout=timeout_for(sentence)) is None
    )


def reports_by_pronoun(sentence: str) -> bool:
    """Whether a German sentence is words reported in the first subjunctive whose verb of speech
    has a pronoun for its subject ("Pohl habe die Messungen nicht gelesen, sagte er:"): whom it
    names is talked about; the pronoun is someone named before."""
    return _reported(sentence) and _PRONOUN_SAYS.search(sentence, timeout=timeout_for(sentence)) is not None


#: A verb of speech after a comma with "er" or "sie" its subject: ", sagte er", ", fügte sie hinzu"
#: (the text may end at or inside the pronoun: the part before a lead-in's speaker, whose
#: position the reader gives one character into the pronoun)
_PRONOUN_SAYS = regex.compile(rf",\s*(?:{_VERB})(?:\s+(?:er|sie)\b|\s+(?:e|s|si)?$|$)")


#: An indefinite person opening a sentence as its subject: "Ein älterer Mann …", "Eine Anwohnerin …".
_SOMEONE_SUBJECT = regex.compile(
    r"^(?:(?:Doch|Auch|Und|Aber|Dann)\s+)?(?P<desc>(?:Ein|Eine)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}"
    r"(?P<noun>\p{Lu}[\p{L}-]+))(?=[\s,])"
)
#: Nouns of a person that no ending tells.
_PERSON_WORDS = frozenset("mann frau herr dame junge mädchen kind passant passantin gast".split())


def _a_persons_noun(noun: str) -> bool:
    """Whether a German noun names a person: a role, one by what they do or where they are from
    ("Zehntklässler", "Anwohnerin"), or a plain noun of a person ("Mann", "Frau")."""
    folded = noun.casefold()
    agent = len(noun) >= 6 and folded.endswith(("er", "erin", "in")) and not folded.endswith(_NOT_AGENT_ENDINGS)
    return is_role(noun) or agent or folded in _PERSON_WORDS


#: Endings in "-er"/"-in" of things, not people: "Zimmer", "Fenster", "Medizin", "Disziplin".
_NOT_AGENT_ENDINGS = ("zimmer", "wasser", "fenster", "theater", "muster", "zin", "plin")


def role_subject(sentence: str) -> tuple[str, int] | None:
    """The role a sentence opens with as its subject ("Die Stadträtin wies das zurück." → "Die
    Stadträtin"; "Ein Vater, der …" → "ein Vater"), or has right after its verb where a phrase
    opens it ("Für ihre Gegnerin fand die Südamerikanerin lobende Worte." → "die
    Südamerikanerin"), and where it stands; None when it opens otherwise."""
    role = _ROLE_SUBJECT.match(sentence, timeout=timeout_for(sentence))
    noun = role.group("noun") if role else ""
    if role is None or not (is_role(noun) or noun.casefold() in _PARENTS or noun[:1].isdigit()):
        # (an age is a role too: "Der 22-Jährige aus Sand in Taufers blieb bescheiden:")
        role = _ROLE_SUBJECT_AFTER_VERB.match(sentence, timeout=timeout_for(sentence))
        if role is None or role.group("verb") in GERMAN_PREPOSITIONS or not _a_persons_noun(role.group("noun")):
            return None
    article = role.group("article")
    return f"{article.casefold() if article.startswith('E') else article} {role.group('noun')}", role.start("article")


#: ... a role right after the verb, a phrase opening the sentence: "Für ihre Gegnerin fand die
#: Südamerikanerin lobende Worte."
_ROLE_SUBJECT_AFTER_VERB = regex.compile(
    r"^\s*\p{Lu}[^,.;:!?„“”»«\"]{1,60}?\s(?P<verb>\p{Ll}+)\s+(?P<article>der|die)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}"
    r"(?P<noun>\p{Lu}[\p{L}-]+)(?=[\s,.;:])"
)


#: "Darin heißt es:", "In dem Brief hieß es:": the issuer's text leading into the quote, perhaps
#: with adjectives, its owner in the genitive, whom it went to or what it is about ("In seiner
#: aktuellen Prognose", "In der Antwort des Bildungsministeriums an die Prüfer", "In einem
#: Bericht über die ersten Winter mit dem System").
_HEISST_LEAD = regex.compile(
    r"(?:^|(?<=\s))(?:Darin|Dort|In\s+\p{L}+\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*"
    r"(?P<owner>\s+(?:des|eines)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?"
    r"(?:\s+(?:an|auf|gegenüber|über)\s+[^,:;„“”»«\"]{1,60}?)?)"
    rf"\s+(?P<verb>{_HEISST})\s+es\s*:\s*$"
)


#: A name's words, then the word after them, in lower case: "Hamidović arbeite", "Brinkhege sitze".
_NAME_THEN_WORD = regex.compile(r"(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){1,4}(?P<next>\p{Ll}+)(?![\p{L}])")
#: Words in "-e" that are no verbs: determiners, pronouns and adverbs ("Müller seine Partei").
_NOT_VERBS_IN_E = frozenset(
    "eine keine seine ihre diese jene jede welche solche manche viele einige andere alle beide gerne "
    "heute lange ohne gegen gerade deine meine unsere eure dieselbe ebenfalls bitte".split()
)


def talked_about(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` stands in words reported in the first subjunctive,
    talked about, no pronoun's antecedent: after "dass" or "ob" ("Darauf angesprochen, dass
    Hörtnagl von einem Ritual gesprochen habe, reagierte er"), or with that verb right after it
    ("Hamidović arbeite seit Wochen hart, sagte Schwendemann", "Einer wie Gerstl könne …")."""
    words = text[max(0, start - 8) : start].split()
    if words and words[-1].casefold() in ("dass", "ob"):
        return True
    after = _NAME_THEN_WORD.match(text, start, timeout=timeout_for(text))
    if after is None:
        return False
    word = after.group("next")
    if word in GERMAN_SUBJUNCTIVES:
        return word in _FIRST_SUBJUNCTIVES  # (not the conditional: "Hartung wäre ohne die Halle ruiniert")
    # (in "-te" a past tense, "betonte", but for a stem in "-eit", "-iet": "arbeite", "biete"; with
    # an umlaut the conditional, "käme", "läge")
    return (
        len(word) >= 4 and word.endswith("e") and (not word.endswith("te") or word[:-2].endswith(("ei", "ie")))
        and not any(mark in word for mark in "äöü")
        and word not in GERMAN_FUNCTION_WORDS and word not in _NOT_VERBS_IN_E
    )


def may_be_subject(before: str) -> bool:
    """Whether a name after ``before`` can be its sentence's subject: not governed by a
    preposition, roles and titles before it aside ("An Bundesrat Cassis wandte sie sich"), but
    for the "Für" opening a sentence with whose view it gives ("Für Rainer ist klar: …") and the
    "laut" giving whose account it is."""
    words = before.split()
    while words and is_role(words[-1]):
        words.pop()
    if words and words[-1] == "Für" and (len(words) == 1 or words[-2][-1:] in ".!?"):
        return True  # whose view the sentence gives: "Für Bürgermeister Rainer ist die Richtung klar."
    if words and words[-1].casefold() == "laut":
        return True  # whose account the sentence gives: "Der Vorverkauf startet laut Pinter im Oktober."
    if len(words) > 1 and words[-1][:1].isupper() and words[-2].casefold() in _BEFORE_A_NOUN:
        return True  # a preposition's word as a noun: "Sein Gegenüber Dragan Petrović haderte …"
    return not (words and words[-1].casefold() in GERMAN_PREPOSITIONS)


#: Articles and possessives, after which a capitalised word is a noun.
_BEFORE_A_NOUN = GERMAN_ARTICLES | _POSSESSIVE_PRONOUNS.keys() | frozenset("mein meine dein unser unsere euer".split())


#: (capitalised only where the sentence opens: a "Sie" inside one is the formal "you")
_PRONOUN_WORD = regex.compile(rf"(?<![\p{{L}}])(?:{_PRONOUN}|(?<![^\s]\s+)(?:Er|Sie))(?![\p{{L}}])")


def unnamed_subject(texts: list[str], gender: str) -> str | None:
    """Whom "der Mann" or "die Frau" stands for where the article never names them: someone
    unnamed of that gender opening one of the last sentences of ``texts`` (the quote's paragraph
    before it, then the paragraph before), as the article described them ("Ein
    Geschäftsreisender aus Hamburg nahm es mit Galgenhumor. … sagte der Mann"; "Der Geschädigte, ein
    52-jähriger Lagerist, schilderte …"). None where the nearest sentence opening with a person names
    one, or another gender. (The quote finder's ``_introduced_as`` reads an indefinite opener whose
    noun a list knows first; this reads what it leaves, in the speakers step.)"""
    seen = 0
    for text in texts:
        for sentence in reversed(split_sentences(text)):
            seen += 1
            if seen > _UNNAMED_REACH:
                return None
            opening = _UNNAMED_OPENING.match(sentence.strip(), timeout=timeout_for(sentence))
            if opening is None:
                if _NAME_OPENING.match(sentence.strip(), timeout=timeout_for(sentence)):
                    return None  # (someone named since: the man is theirs to tell)
                continue
            noun = opening.group("noun")
            folded = noun.casefold()
            feminine = opening.group("article") in ("Eine", "Die")
            if not (folded in GERMAN_UNNAMED_PERSON_NOUNS or is_role(noun) or folded.endswith(_UNNAMED_ENDINGS)):
                continue  # a thing opening it: "Der Vorfall ereignete sich …"
            if feminine != (gender == "f") or (feminine and not (folded.endswith("in") or folded in _WOMEN)):
                return None  # (a woman for "der Mann", or a plural: "Die Anwohner")
            who = opening.group("who")
            return who[:1].lower() + who[1:]
    return None


#: How many sentences back "der Mann" may reach for whom it stands for.
_UNNAMED_REACH = 4
#: Someone unnamed opening a sentence: an article, adjectives or an age, a noun (of a person, told
#: after), perhaps where they are from or whose they are; a comma or a verb after it.
_UNNAMED_OPENING = regex.compile(
    r"(?P<who>(?P<article>Ein|Eine|Der|Die)\s+(?:(?:\p{Ll}[\p{L}-]*|\d{1,3}-[Jj]ährige[rn]?)\s+){0,3}"
    r"(?P<noun>\p{Lu}\p{Ll}[\p{L}-]*)(?:\s+(?:aus|von|vom|der|des)\s+(?:dem\s+|der\s+)?[\p{Lu}\d][\p{L}\d-]+)?)"
    r"(?=,|\s+\p{Ll})"
)
#: A sentence opening with a name: a capitalised word, then another, then a verb in lower case.
_NAME_OPENING = regex.compile(r"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:,|\s+\p{Ll})")
#: Endings of German nouns of people by what they do or suffered ("Geschäftsreisender",
#: "Gemeindebediensteter", "Geschädigte", "Lagerist").
_UNNAMED_ENDINGS = ("er", "ist", "ent", "ant", "te", "ige", "ene", "in")
#: Nouns of women not in "-in": "die Tochter der 87-Jährigen", "eine Mutter".
_WOMEN = frozenset({"tochter", "mutter", "frau", "schwester", "witwe", "großmutter", "oma", "dame"})
