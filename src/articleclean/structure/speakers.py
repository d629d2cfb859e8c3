"""Speakers resolved over the whole article: who "the spokesperson", "the ministry" or "Stephanie" is.

The quote finder (``quotes.py``) reads each attribution as printed. A reporter names a person
in full once ("Jane Smith, the company's chief executive", "Vice President Kamala Harris"), then
refers to them by a role ("the chief executive said"), a first name, or a title alone; an
organisation is named once ("the Health Ministry") and then "the ministry said". This step
meets the article's people and organisations in reading order, with the roles the article
gives them, and gives each quote the full name its speaker was introduced by; the words the
attribution used stay in ``Quote.speaker_description``.

A role noun resolves to the person the article gave that role ("the chief executive" → the
person introduced as "the company's chief executive"); failing that, a role noun of a person
("the actor", "the official", or a noun no list of bodies or writings holds: "the rep", "der
Kosovare") to the one person of its gender the paragraph or the one before names; an
organisation noun ("the ministry", "the company", "the statement") to the organisation of that
kind, or the latest one, named before. Nothing resolves where the article leaves a choice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import regex

from ..model import Quote, Section
from ..patterns import PATTERN_TIMEOUT, timeout_for
from ..patterns.names import gender_of, is_first_name, is_given_name, surname
from ..patterns.speech import (
    AMOUNT_AND_PLACE_WORDS,
    BODY_NAME_WORDS,
    DOCUMENT_NOUNS,
    FAMILY_NOUNS,
    FIRM_SUFFIXES,
    GENERIC_ORGANISATION_NOUNS,
    GERMAN_ABSTRACT_ENDINGS,
    GERMAN_ARTICLES,
    GERMAN_CLUB_ABBREVIATIONS,
    GERMAN_ISSUED_NOUNS,
    GERMAN_JUDGES,
    GERMAN_ORGANISATION_ENDINGS,
    GERMAN_ORGANISATION_NOUNS,
    GERMAN_PREPOSITIONS,
    GERMAN_PRONOUNS,
    GERMAN_SENTENCE_OPENERS,
    ISSUED_NOUNS,
    NATIONALITY_NOUNS,
    OPENING_QUOTE_MARKS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    TITLES,
    UNNAMED_PERSON_NOUNS,
    german_issued_noun,
)
from ..sentences import mask_quoted, split_sentences
from .quotes_de import in_nominative, is_role, issuer_before, names_body, unnamed_subject

#: A name's part: a capital, then letters with a lower-case one.
_PART = r"\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*"
#: "Jane Smith, the company's chief executive," / "Jane Smith, a spokesperson for Acme,".
#: (not the verb of the name's own sentence: "Jane Smith, said the decision …")
_APPOSITIVE = regex.compile(
    r",\s+(?!(?:said|says|told|added|wrote|warned|explained|insisted|argued)\b)(?:the\s+|a\s+|an\s+)?"
    r"(?P<role>[^,;“”\"()]{3,90}?)(?:,|\.|;|$| who | said| told)"
)
#: An organisation's name: capitalised words, one of them a word of organisations ("Health Ministry").
_ORG_WORD = rf"(?:{_PART}|\p{{Lu}}{{2,}}|(?:\p{{Lu}}\.){{2,}})"  # ("U.N. Environment Programme")
#: (a legal form opening in lower case may close it: "Weserzucker eG", "Tafel Lindau e.V.")
_ORG_NAME = regex.compile(
    # (a German ministry's fields, listed after "für": "Bundesministerium für Ernährung und
    # Landwirtschaft", "Ministerium für Umwelt, Klima und Energiewirtschaft")
    rf"(?<![\p{{L}}]){_ORG_WORD}(?:\s+für\s+{_ORG_WORD}(?:,\s+{_ORG_WORD}){{0,3}}\s+und\s+{_ORG_WORD}"
    rf"|\s+(?:(?:of|for)\s+the\s+|of\s+|for\s+|and\s+|für\s+)?{_ORG_WORD}){{0,5}}"
    r"(?:\s+(?:eG|gGmbH|e\.\s?V\.)(?![\p{L}]))?"
)
_THE = regex.compile(r"^(?:the|a|an|his|her|their|der|die|das|den|dem|des)\s+", regex.IGNORECASE)
#: Articles that open a sentence before a body's name ("The Health Ministry", "Die Polizei Kiel").
_ARTICLES_CAPITALISED = frozenset({"The", "A", "An", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine"})
#: Words that open a sentence before a body's name: German prepositions and adverbs, and the
#: English conjunctions ("But Kestrel Logistics said").
_OPENERS = GERMAN_PREPOSITIONS | GERMAN_SENTENCE_OPENERS | frozenset({"but", "and", "yet"})
#: The nouns of one who speaks for a body ("the spokesperson said").
_SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
#: A German definite article right before a word: "Die Arminia", "der Telekom" (not a relative
#: pronoun after a comma: "Leistungen, die Sadeghi anbietet").
_GERMAN_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?<!,\s)(?:[Dd](?:er|ie|as|en|em|es))\s$")
#: A name's German genitive "s" before what it owns: "Jorinde Kalbs „Die Stunde der Pächter“",
#: "Angela Merkels Regierung" (matched from the "s").
_GENITIVE = regex.compile(r"(?<=[\p{Ll}][^s])s\s+[„»«\"“\p{Lu}]")
#: Definite articles, English and German: "the spokesperson", "die Sprecherin", "des Ministeriums".
_DEFINITE = frozenset({"the", "der", "die", "das", "den", "dem", "des"})
#: ... and the English possessives before a relative or a helper ("his son", "her lawyer"): the one
#: the article introduced so, where it did.
_DEFINITE_OR_WHOSE = _DEFINITE | {"his", "her", "their"}


@dataclass
class Entity:
    """A person or an organisation the article names, with the roles it gives them."""

    name: str
    kind: str  # "person" or "organisation"
    roles: list[str] = field(default_factory=list)
    #: Where the article last named them: (section, block), and where in that block it first did.
    seen: tuple[int, int] = (0, 0)
    at: int = 0
    #: The block they were named in before that one, if any.
    earlier: tuple[int, int] | None = None


@dataclass
class Cast:
    """The people and organisations of an article, in the order it names them (latest last)."""

    entities: list[Entity] = field(default_factory=list)

    def meet(self, name: str, kind: str, where: tuple[int, int], role: str | None = None, at: int = 0) -> None:
        entity = next((e for e in self.entities if e.name == name), None)
        if entity is None:
            entity = Entity(name, kind, seen=where, at=at)
        else:
            self.entities.remove(entity)
            if entity.seen != where:
                entity.earlier, entity.seen, entity.at = entity.seen, where, at
            else:
                entity.at = min(entity.at, at)
        if role and role not in entity.roles:
            entity.roles.append(role)
        self.entities.append(entity)


#: The quote finder's name spotter: a text's people's names, each with where it starts.
NamesIn = Callable[[str], list[tuple[int, str]]]


#: A mention: ((section, block), name, kind, role, where in the block it starts).
Mention = tuple[tuple[int, int], str, str, str | None, int]


def meet_cast(
    sections: list[Section], names_in: NamesIn, until: tuple[int, int] = (1 << 30, 0), organisations: bool = True
) -> list[Mention]:
    """Every mention of a person (from ``names_in``, the quote finder's name spotter) or, with
    ``organisations``, an organisation, with the role written beside it, in reading order up to
    the block ``until``: ``((section, block), name, kind, role, where in the block it starts)``."""
    mentions: list[Mention] = []
    by_surname: dict[str, str] = {}  # the people met so far, by surname
    kinds: dict[str, str] = {}  # bodies named beside the noun of their kind ("the Unite union": union)
    lead = organisations  # (the lead, the article's first paragraph of a sentence or more, still to read)
    for s, section in enumerate(sections):
        for b, block in enumerate(section.blocks):
            if (s, b) > until:
                return mentions
            first = len(mentions)
            # (people named inside quote marks are talked about, not introduced: masked, in place)
            text = mask_quoted(block.text)
            spans: list[tuple[int, int]] = []
            named = names_in(text)
            starts = [start for start, _ in named]
            if lead and block.kind == "paragraph" and len(text.split()) >= 8:
                lead = False
                if (body := _lead_body(text, named)) is not None:
                    # the body the lead opens with, whose name says no kind: "Kilbride Rovers have
                    # sacked …" ¶ "the club said"; "Pacific Bonito Packers will shut …" ¶ "the company said"
                    mentions.append(((s, b), body[1], "organisation", LEAD_SUBJECT, body[0]))
                    named = [(start, name) for start, name in named if start != body[0]]
                    starts = [start for start, _ in named]
            for start, name in named:
                if _ADDRESSEE.search(text, max(0, start - 20), start, timeout=timeout_for(text)):
                    continue  # whom words were said to: "“…,” the 38-year-old told Al Jazeera"
                role, appositive = _role_beside(text, start, start + len(name), starts)
                bare = without_title(name)
                words = bare.split()
                if len(words) == 2 and words[0].rstrip(".") in _TITLES and words[1] in by_surname:
                    bare = by_surname[words[1]]  # "Ms Polglase", met before as "Kerensa Polglase"
                if bare != name and not appositive:
                    # "Vice President Kamala Harris": the titles are her role.
                    title = name[: len(name) - len(bare)].strip()
                    role = f"{role} {title}" if role and not role.endswith(title) else title
                mentions.append(((s, b), bare, "person", role, start))
                if bracket := _BRACKET_AFTER.match(text, start + len(name), timeout=timeout_for(text)):
                    # "Ludger Hameister (CDU)", "Jonah Whitcombe (Greens)": the party, a role too
                    mentions.append(((s, b), bare, "person", bracket.group(1), start))
                if appositive and (before := _role_beside(text, start, start + len(name), after=False)[0]):
                    # a role before the name too ("drummer Teddy Banas, 52, …"): theirs as well
                    mentions.append(((s, b), bare, "person", before, start))
                if (opening := _ISSUED_OPENING.search(text, 0, start, timeout=timeout_for(text))) and not (
                    _ANOTHER_SUBJECT.match(text, start + len(name), timeout=timeout_for(text))
                ):
                    # "In a statement read outside court by a family friend, his mother, Sunita
                    # Mehta, thanked …": hers is the statement
                    mentions.append(((s, b), bare, "person", opening.group(1).casefold(), start))
                elif by := _ISSUED_BY_PERSON.search(text, max(0, start - 120), start, timeout=timeout_for(text)):
                    # "The report, prepared by recreation director Harjit Dhaliwal, said …": his report
                    mentions.append(((s, b), bare, "person", by.group(1).casefold(), start))
                elif said_in := _SAID_IN.match(text, start + len(name), timeout=timeout_for(text)):
                    # ("X said in a statement")
                    mentions.append(((s, b), bare, "person", said_in.group(1).casefold(), start))
                by_surname[surname(bare)] = bare
                if _GENITIVE.match(block.text, start + len(name) - 1, timeout=timeout_for(block.text)):  # (unmasked)
                    by_surname[bare.split()[-1][:-1]] = bare[:-1]  # "Jorinde Kalbs „…“", then "Kalb"
                spans.append((start, start + len(name)))
            for known, name in by_surname.items() if by_surname else ():
                # a person met before, named again by surname ("ATU-Organisator Gutierrez")
                if known not in text:
                    continue  # (a look for each known surname: far fewer than the text's words)
                for start, end in _word_at(text, known):
                    if not any(a <= start < z for a, z in spans) and not _GERMAN_ARTICLE_BEFORE.search(
                        text, max(0, start - 5), start, timeout=timeout_for(text)
                    ):  # ("Die Arminia liegt …": a German article before a word makes it no person's surname)
                        role, _ = _role_beside(text, start, end, after=False)
                        mentions.append(((s, b), name, "person", role, start))
            for end, name in _bodies_in(text) if organisations else ():
                if _ADDRESSEE.search(text, max(0, end - len(name) - 20), end - len(name), timeout=timeout_for(text)):
                    continue  # whom words were said or sent to: "told the Daily Herald", "sent to AIM"
                mentions.append(((s, b), name, "organisation", _issued_by(text, end, name), end - len(name)))
            for match in _ARTICLE_ACRONYM.finditer(text, timeout=timeout_for(text)) if organisations else ():
                # a German body by its letters after an article, the subject most often: "Die FPÖ
                # reagierte …", "Der BUND Brandenburg sieht …" (what "die Partei", "der Verband"
                # stand for later)
                mentions.append(((s, b), match.group("name"), "organisation", None, match.start("name")))
            for match, name in _named_with_kind(text) if organisations else ():
                kinds[name] = (
                    match.group("noun") or match.group("noun2") or match.group("noun3") or match.group("noun4")
                ).casefold()
                if match.group("name4"):
                    # (the name spotter's person of that name is this body: "Nirmaan Health, the company …")
                    mentions[first:] = [m for m in mentions[first:] if not (m[2] == "person" and m[1] == name)]
                mentions.append(((s, b), name, "organisation", None, match.start()))
            for match in _NAMED_AFTER_FIRM_NOUN.finditer(text, timeout=timeout_for(text)) if organisations else ():
                # German: "Der Plüschtierhersteller Hollmann", "Das Hamburger Start-up Velora": a
                # firm whose name says no kind, after the noun of its kind
                name, noun = match.group("name"), match.group("noun").casefold()
                start = match.start("name")
                if not noun.endswith(_KINDS_OF_FIRM) and (adjective := match.group("adjective")) and (
                    adjective.casefold().endswith(_KINDS_OF_FIRM)
                ):
                    # the firm's kind taken for an adjective ("Der Autozulieferer Kessler Präzisionsteile"):
                    # the kind, then a name of two words
                    name, noun, start = f"{match.group('noun')} {name}", adjective.casefold(), match.start("noun")
                within = any(  # (a body's name holding the noun, "Die Brauerei Zwönitz GmbH", stays whole)
                    m[2] == "organisation" and m[4] <= start < m[4] + len(m[1]) for m in mentions[first:]
                )
                if noun.endswith(_KINDS_OF_FIRM) and not within and not is_given_name(name.split()[0]):
                    kinds[name] = noun
                    # (the name spotter's person of that name is this firm: "Kessler Präzisionsteile")
                    mentions[first:] = [m for m in mentions[first:] if not (m[2] == "person" and m[1] == name)]
                    mentions.append(((s, b), name, "organisation", noun, start))
            for match in _BODY_AGAIN.finditer(text, timeout=timeout_for(text)) if organisations else ():
                # "The department estimates …": the body of that kind named last, named again here
                noun = match.group(1).casefold()
                named = [m[1] for m in mentions if m[2] == "organisation" and m[0] < (s, b)
                         and (any(w.endswith(noun) for w in m[1].casefold().split()) or kinds.get(m[1]) == noun)]
                if named:
                    # (what it issued, where the text says: "The association said in a statement …"
                    # ¶ "“…,” the statement read.")
                    issued = _issued_by(text, match.end(), match.group(0))
                    mentions.append(((s, b), named[-1], "organisation", issued, match.start()))
            mentions[first:] = sorted(mentions[first:], key=lambda m: m[4])  # (the block's, in reading order)
    return mentions


#: A body by its letters (and the place or branch after them) after a German article: "Die FPÖ",
#: "Der BUND Brandenburg", "Die AOK NordWest" (no compound: "die PV-Anlage").
_ARTICLE_ACRONYM = regex.compile(
    r"(?<![\p{L}])(?:Der|Die|Das|der|die|das)\s+(?P<name>\p{Lu}{2,6}(?![\p{L}\d-])"
    r"(?:\s+\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?=\s+\p{Ll}|[,.]))?)"
)


#: The role ``meet_cast`` gives the body a lead opens with.
LEAD_SUBJECT = "(the lead's subject)"
#: A lead's subject in capitals before its verb, perhaps after a dateline: "Kilbride Rovers have
#: sacked …", "The Hollow Tides have cancelled …", "Pacific Bonito Packers will shut down …".
_LEAD_BODY = regex.compile(
    r"(?:[^\n]{0,60}?\s[—–-]\s+)?(?:The\s+)?(?P<name>\p{Lu}[\p{L}&'’-]+(?:\s+(?:of|for|&|and)\s+)?"
    # (a firm's legal form with its full stop may end it: "Ravenna Motor Co. is recalling …")
    r"(?:\s+\p{Lu}[\p{L}&'’-]+){1,4}(?:\s+(?:Co|Corp|Inc|Ltd)\.)?)\s+(?:has|have|had|will|is|are|was|were|says|said|announced|confirmed)\s"
)
#: Words a place's name opens with, not a body's, beside the places' words of ``AMOUNT_AND_PLACE_WORDS``
#: ("North Dakota", "Greater Manchester").
_COMPASS = frozenset("north south east west greater upper lower".split())


def _lead_body(text: str, named: list[tuple[int, str]]) -> tuple[int, str] | None:
    """(where, name) of the body a lead opens with as its sentence's subject, its name saying no
    kind, or None: not a place ("North Dakota has …"), nor a person the name spotter found there,
    unless the sentence calls the subject's things "its" or the body's noun says it, and no given
    name opens it ("Tshwenyo Platinum has suspended operations at its No. 3 shaft", "Marula Ridge
    Platinum will cut 2,100 jobs …, the company said")."""
    match = _LEAD_BODY.match(text, timeout=timeout_for(text))
    if match is None:
        return None
    start, name = match.start("name"), match.group("name")
    first = name.split()[0]
    if is_given_name(first) or first.casefold() in AMOUNT_AND_PLACE_WORDS or first.casefold() in _COMPASS:
        return None
    if any(start <= at < match.end("name") for at, _ in named) and not _A_BODYS.search(
        text, match.end(), match.end() + 160, timeout=timeout_for(text)
    ):
        return None
    return start, name


#: A party or a seat in brackets right after a name: "Ludger Hameister (CDU)".
_BRACKET_AFTER = regex.compile(r"\s*\((\p{Lu}[\p{L}/-]{1,14})\)")


#: A body's name beside the noun of its kind, where the name does not say it: "the drivers' union
#: Aslef", "the Unite union", "the charity Oxfam".
#: (the organisations' nouns a name stands beside, "the union Unite": not "the court", "the office")
#: (and a firm's trade, "the Norwegian developer Nordvik Energi", "carmaker Voltara")
_KIND_NOUN = "(?:" + "|".join(sorted((ORGANISATION_NOUNS & frozenset(
    "union party charity company firm group club bank network airline retailer insurer broadcaster "
    "manufacturer carmaker automaker lender supermarket chipmaker drugmaker startup start-up publisher "
    "conglomerate exporter importer supplier wholesaler chain grocer streamer operator carrier homebuilder "
    "housebuilder shipper distributor utility".split()
)) | {"developer", "maker"}
    # (bodies of the state and of a trade, their kind in lower case before the name: "National water
    # agency PUB", "trade body UKHospitality", "the consumer watchdog Which?")
    | {"body", "agency", "regulator", "watchdog", "association", "organisation", "organization", "foundation"})) + ")"
#: Prepositions that open a sentence before a place: "In Auckland, the company …", "At Westgate, …".
_OPENING_PREPOSITION = (
    r"(?:In|At|On|For|From|After|Before|With|Near|Outside|Inside|Across|Since|During|By|To|Under|Over|Of|Around|Beyond)"
)
_NAMED_WITH_KIND = regex.compile(
    rf"(?<![\p{{L}}])(?P<noun>{_KIND_NOUN})\s+(?P<name>\p{{Lu}}[\p{{L}}&'’-]+(?:\s+\p{{Lu}}[\p{{L}}&'’-]+){{0,2}})(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])[Tt]he\s+(?P<name2>\p{{Lu}}[\p{{L}}&'’-]+(?:\s+\p{{Lu}}[\p{{L}}&'’-]+){{0,2}})\s+(?P<noun2>{_KIND_NOUN})(?![\p{{L}}])"
    # (the name in commas after the noun: "The developer, Ardennes Logistique Sàrl, plans …")
    rf"|(?<![\p{{L}}])[Tt]he\s+(?P<noun3>{_KIND_NOUN}),\s+(?P<name3>\p{{Lu}}[\p{{L}}&'’-]+(?:\s+\p{{Lu}}[\p{{L}}&'’-]+){{0,2}}),"
    # (or the noun in commas after the name: "Nirmaan Health, the company behind the app, …", "Velora,
    # a Hamburg start-up,"; not a sentence's subject after a place: "In Auckland, the company said")
    # (not a longer name's last words after "and": "The Illinois Health and Hospital Association, an
    # industry group")
    rf"|(?<![\p{{L}}])(?<!(?:and|&)\s)(?!{_OPENING_PREPOSITION}\s)(?P<name4>\p{{Lu}}[\p{{L}}&'’-]+(?:\s+\p{{Lu}}[\p{{L}}&'’-]+){{0,2}}),"
    rf"\s+(?:the|a|an)\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?P<noun4>{_KIND_NOUN})"
    # (the apposition goes on or ends there, no verb after the noun: "the company said" is a subject)
    r"(?=\s*[,.;)]|\s+(?:behind|that|which|who|whose|based|in|of|from|at|for|with|owned|run|founded|set)\b)"
)
#: A body's words about the subject, not a person's: its possessive ("its No. 3 shaft"), the
#: noun of its kind saying it ("…, the company said").
_A_BODYS = regex.compile(rf"(?<![\p{{L}}])(?:its|the\s+{_KIND_NOUN}\s+(?:said|says))(?![\p{{L}}])")
#: Participles that make a capitalised word before a body's noun say where it is or whose it is
#: ("the Hyderabad-based company", "the Dutch-owned firm", "the Hamburg-listed company").
#: (and where a person is from: "Lagos-born", "Kerry-bred")
WHERE_OR_WHOSE = frozenset(
    "based owned listed run headquartered backed led registered founded born bred raised".split()
)


def _says_where_or_whose(word: str) -> bool:
    """Whether a word before a body's name says where it is or whose, no part of the name:
    "Singapore-based Oceanbridge Group", "State-owned Petrolink"."""
    return "-" in word and word.rsplit("-", 1)[1].casefold() in WHERE_OR_WHOSE


#: German: a firm's kind, then its name ("Der Plüschtierhersteller Hollmann", "Die Uhrenmanufaktur
#: Ketterer-Wehrle", "Das Hamburger Start-up Velora"); the caller checks the noun's kind
#: (``_KINDS_OF_FIRM``).
_NAMED_AFTER_FIRM_NOUN = regex.compile(
    # (adjectives in lower case may come first: "Der steirische Feuerfest-Hersteller Voralp")
    # (or a preposition joined to the article: "Beim Kasseler Bahntechnik-Zulieferer Hessrail Komponenten")
    r"(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Bb]eim|[Vv]om|[Zz]u[mr]|[Ii]m)\s+(?:\p{Ll}+e[nrs]?\s+){0,2}"
    r"(?:(?P<adjective>\p{Lu}\p{Ll}+er)\s+)?"
    r"(?P<noun>\p{Lu}[\p{L}-]+)\s+"
    r"(?P<name>\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+){0,2})(?=[\s,.;:]|$)(?!\s+\p{Lu})"
)
#: Words before a body's name that make it the one words were said or sent to, no speaker.
_ADDRESSEE = regex.compile(
    r"(?<![\p{L}])(?:told|(?:sent|given|speaking|spoke|talking|said)\s+to"
    # (what was sent or given to it: "In an email to The Canadian Press, the group said")
    r"|(?:e-?mail|letter|statement|message|interview|comments?|remarks)\s+(?:to|with))\s+(?:[Tt]he\s+)?$"
)


#: Nouns of a kind of body (German, and the generic ones of English).
#: (and a firm's department, as the Swiss write it: "Betroffen seien die Montage und die Administration")
_KINDS_OF_BODY = ORGANISATION_NOUNS | GENERIC_ORGANISATION_NOUNS | GERMAN_ORGANISATION_NOUNS | {"administration"}


def _a_kind_of_body(name: str) -> bool:
    """Whether a body's name is only a noun of its kind ("Unternehmen", "Verband": German nouns,
    capitalised as every noun is, met as a name; "Fund" in "den Fund frei"), or a compound of one that says what kind of
    firm it is ("Familienunternehmen", "Betreibergesellschaft", "Mutterkonzern")."""
    if " " in name:
        return False
    head = _head(name.casefold())
    return head in _KINDS_OF_BODY or any(
        head.endswith(kind) and len(head) > len(kind) + 2 for kind in _KINDS_OF_FIRM
    )


#: German nouns of a firm that end compounds naming a kind of firm, no firm by name
#: ("Familienunternehmen", "Plüschtierhersteller", "Uhrenmanufaktur"), and before a name the firm's
#: kind ("Der Plüschtierhersteller Hollmann").
_KINDS_OF_FIRM = (
    "unternehmen", "konzern", "firma", "gesellschaft", "betrieb", "hersteller", "manufaktur", "betreiber",
    "händler", "kette", "anbieter", "dienstleister", "discounter", "brauerei", "molkerei", "bäckerei", "verlag",
    "reederei", "plattform", "zulieferer", "start-up", "startup",
    # (makers of machines, plants and vehicles: "Der Aargauer Maschinenbauer Hürlimann Technik", not a
    # farmer, "der Biobauer")
    "maschinenbauer", "anlagenbauer", "autobauer", "fahrzeugbauer", "flugzeugbauer", "schiffbauer",
)


def _bodies_in(text: str) -> Iterator[tuple[int, str]]:
    """The organisations ``text`` names, each with where its name ends: capitalised words, one of
    them a body's ("Health Ministry"), an article or opener before them aside ("The Health
    Ministry", "Laut Polizei …")."""
    for match in _ORG_NAME.finditer(text, timeout=timeout_for(text)):
        words = match.group(0).split()
        article = _ARTICLE_BEFORE.search(text, max(0, match.start() - 5), match.start(), timeout=PATTERN_TIMEOUT)
        article_word = article.group(1) if article else ""
        while words and (
            words[0] in _ARTICLES_CAPITALISED or words[0].casefold() in _OPENERS or _says_where_or_whose(words[0])
        ):
            article_word = words[0] if words[0] in _ARTICLES_CAPITALISED else ""
            words = words[1:]
        words = in_nominative(words, article_word)
        if len(words) == 1 and words[0][:1].islower():
            continue  # a legal form's letters after an opener ("Im eG des Hauses": the ground floor)
        end = match.end()
        if words and words[-1].endswith(("'s", "’s")):
            # whose something it is: "the Environmental Protection Agency’s inventory"
            words[-1], end = words[-1][:-2], end - 2
        if words and not any(names_body(w) for w in words) and _GENITIVE_ARTICLE.search(
            text, max(0, match.start() - 7), match.start(), timeout=PATTERN_TIMEOUT
        ):
            # a German body named in the genitive ("eine Umfrage des Bundesverbands
            # Fahrradfachhandel"): the name as it is written where it is the subject
            words = [_without_genitive_ending(w) for w in words]
        if words and any(names_body(w) for w in words) and words[-1].casefold() not in AMOUNT_AND_PLACE_WORDS:
            yield end, " ".join(words)  # (not a street: "City Road", "State Street")
    for match in _FIRM_OF_PARTNERS.finditer(text, timeout=timeout_for(text)) if " & " in text else ():
        # names joined by "&", a firm's: "Ashdown & Vell", "Marrow & Finch" (not two people's first names)
        if not (is_given_name(match.group("left")) and is_given_name(match.group("right"))):
            yield match.end(), match.group(0)


#: Capitalised words joined by "&": the partners a firm is named after ("Ashdown & Vell", "Kessler &
#: Baur Immobilien").
_FIRM_OF_PARTNERS = regex.compile(
    r"(?<![\p{L}&])(?P<left>\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?\s+&\s+(?P<right>\p{Lu}[\p{L}'’-]+)"
    r"(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?![\p{L}&])"
)


#: A German article in the nominative right before a name: "der", "das".
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(der|das)\s+$")
#: A German article of the genitive right before a name: "des", "eines".
_GENITIVE_ARTICLE = regex.compile(r"(?<![\p{L}])(?:des|eines)\s+$")


def _without_genitive_ending(word: str) -> str:
    """A German body's word without its genitive ending ("Bundesverbands", "Landesamtes"); any
    other word as it is."""
    for ending in ("es", "s"):
        if word.endswith(ending) and names_body(word[: -len(ending)]):
            return word[: -len(ending)]
    return word


def the_one_body(text: str, *, by_kind: bool = False) -> str | None:
    """The one organisation ``text`` names outside quote marks ("The Ministry of Manpower (MOM)
    said in a statement …"); None where it names none or several. With ``by_kind``, naming none by
    a name that says its kind, the one named after the noun of its kind ("trade body UKHospitality")."""
    masked = mask_quoted(text)
    found = {name for _, name in _bodies_in(masked)}
    if not found and by_kind:
        found = {name for _, name in _named_with_kind(masked)}
    return found.pop() if len(found) == 1 else None


def _named_with_kind(text: str) -> Iterator[tuple[regex.Match, str]]:
    """Each body ``text`` names beside the noun of its kind, its name saying no kind ("the drivers'
    union Aslef", "the Unite union"), with its match: not where a place says where or whose the
    body is ("the Hyderabad-based company"), nor a person after the noun ("the agency Jane Doe
    founded")."""
    for match in _NAMED_WITH_KIND.finditer(text, timeout=timeout_for(text)):
        name = match.group("name") or match.group("name2") or match.group("name3") or match.group("name4")
        if not _says_where_or_whose(name) and not is_given_name(name.split()[0]):
            yield match, name


#: A body's noun after "the", standing for the body of that kind named before ("the department",
#: "the board"; not what it issues, "the statement", nor its spokesperson).
_BODY_AGAIN = regex.compile(
    r"(?<![\p{L}])[Tt]he\s+("
    + "|".join(sorted(ORGANISATION_NOUNS - ISSUED_NOUNS - PERSON_NOUNS - _SPOKES_NOUNS))
    + r")(?![\p{L}])(?!\s+of\s+\p{Lu})"
)


def _issued_by(text: str, end: int, name: str) -> str | None:
    """What ``text`` says the organisation or person named before ``end`` issued: "a United
    Nations report", "the report, produced by the U.N. Environment Programme", "a statement from
    X", "X said in a statement"."""
    after = _ISSUED_AFTER.match(text, end, timeout=timeout_for(text))
    if after:
        return (after.group(1) or after.group(2)).casefold()
    said_in = _SAID_IN.match(text, end, timeout=timeout_for(text))
    if said_in:
        return said_in.group(1).casefold()
    before = _ISSUED_BEFORE.search(text, max(0, end - len(name) - 80), end - len(name), timeout=timeout_for(text))
    if before is None:
        # (a sentence opening with it, however long the clause: "In a statement signed by its head
        # of communications, Mrs Ifeoma Danjuma, the council said")
        start = end - len(name)
        before = _ISSUED_OPENING_LONG.search(text, max(0, start - 240), start, timeout=timeout_for(text))
    return before.group(1).casefold() if before else None


_ISSUED = "|".join(sorted(DOCUMENT_NOUNS))
#: "(the) U.N. report", "X's statement": the noun right after the body's name; "X has concluded
#: in its inquiry report": the noun after "its" in the clause the name opens.
_ISSUED_AFTER = regex.compile(
    rf"(?:['’]s)?\s+({_ISSUED})\b|[^.;]{{0,80}}?\b(?:its|their|seinem|seiner|ihrem|ihrer)\s+(?:[\p{{L}}-]+\s+){{0,2}}?({_ISSUED})\b"
)
#: "the report, produced by (the)", "a statement from (the)": the noun, then "by" or "from";
#: "In a statement, (the)", "In a statement released on Monday, (the)": the noun, perhaps words
#: saying when or how it came, a comma, then the body's name.
_ISSUED_BEFORE = regex.compile(
    rf"\b({_ISSUED})\b(?:[^.;]{{0,60}}?\b(?:by|from)\s+|[^.;,“”\"]{{0,60}}?,\s*)(?:the\s+)?$"
)


#: "The report, prepared by recreation director …": a text, then who wrote it, a role perhaps before the name.
_ISSUED_BY_PERSON = regex.compile(
    rf"\b({_ISSUED})\b(?:,?\s+(?:prepared|written|compiled|produced|drafted|signed|authored)|\s+to\s+[\p{{Ll}}\s]{{1,30}}?)?"
    r"\s+by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$"
)
#: "X said in a statement", "X, a 34-year-old mother of two, said in a statement": the statement is X's.
_SAID_IN = regex.compile(
    rf"(?:,\s[^,.;“”\"]{{1,80}},|,)?\s+(?:said|says|added|wrote)\s+in\s+an?\s+(?:[\p{{L}}-]+\s+){{0,2}}?({_ISSUED})\b"
)
#: A sentence opening with what someone issued and a clause of any commas, before the subject:
#: "In a statement sent on behalf of its director of roads, Niamh Coughlan, (Offaly County Council)".
_ISSUED_OPENING_LONG = regex.compile(
    rf"(?:^|(?<=[.!?]\s))In\s+(?:an?|its|their)\s+(?:[\p{{L}}-]+\s+){{0,2}}?({_ISSUED})\b[^.;!?“”\"]{{0,200}},\s+(?:the\s+)?$"
)
#: After a name in such an opening clause, another subject before the verb: the name is who signed
#: or sent the text, not whose it is ("…, Mrs Ifeoma Danjuma, the council said", "…, Nadia Fortier,
#: the detachment’s media officer, police said").
_ANOTHER_SUBJECT = regex.compile(
    r",\s+(?:[^,.;!?“”\"]{1,80},\s+)*(?P<subject>[^,.;!?“”\"\s][^,.;!?“”\"]{0,60}?)\s+"
    r"(?:\p{Ll}+ly\s+)?(?:said|says|added|wrote|stated|confirmed|noted|announced|warned)\b"
)
#: A sentence opening with what someone issued, then (a role in commas and) their name:
#: "In a statement read outside court by a family friend, Mr Mehta’s mother, ".
_ISSUED_OPENING = regex.compile(
    rf"(?:^|(?<=[.!?]\s))In\s+(?:an?|her|his|their)\s+(?:[\p{{L}}-]+\s+){{0,2}}?({_ISSUED})\b[^.;,]{{0,80}},\s+"
    r"(?:[^,.;]{1,40},\s+)?$"
)


def _word_at(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as a word of its own (not inside another; "Smith's"
    names Smith too: "Mourinho's representatives … The 56-year-old said")."""
    found: list[tuple[int, int]] = []
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            found.append((start, end))
        start = text.find(word, end)
    return found


def _role_beside(
    text: str, start: int, end: int, others: Sequence[int] = (), *, after: bool = True
) -> tuple[str | None, bool]:
    """The role written beside a name at ``text[start:end]``: after it in commas ("Jane Smith,
    the company's chief executive,"; unless ``after`` is false) or before it ("company
    spokesperson Jane Doe", "Vice President Kamala Harris"); and whether it stood after it.
    ``others`` are where the text's other names start: a role in commas that holds one after a role's
    noun is that name's, the next item of a list ("lead guitarist Joelle Price, bassist Ray Ochoa and …")."""
    appositive = after and text[end : end + 1] == "," and _APPOSITIVE.match(text, end, timeout=timeout_for(text))
    if appositive and _DOING.match(appositive.group("role"), timeout=PATTERN_TIMEOUT):
        appositive = None  # ("…, speaking on a radio programme on Monday, said": what they did, no role)
    if appositive and appositive.group(0).endswith((" said", " told")) and (
        (role := appositive.group("role").split())[-1].casefold() in ORGANISATION_NOUNS and len(role) <= 2
    ):
        # a body's noun is no person's role, but the subject of the clause the name ends: "In a
        # statement signed by its spokesperson, Afia Boateng, the command said: …"
        appositive = None
    if appositive and any(
        end < other < appositive.end() and _is_person_noun(text[max(0, other - 40) : other].split()[-1].strip(","))
        for other in others
    ):
        appositive = None
    if appositive:
        return appositive.group("role").strip(), True
    before = _ROLE_BEFORE_IN_COMMAS.search(text, max(0, start - 90), start, timeout=timeout_for(text))
    if before and any(
        _is_person_noun(w) or w in _TITLES or (w[:1].isupper() and k) for k, w in enumerate(before.group(2).split())
    ):
        # "The Dean of Carlisle, the Very Rev Jonathan Ashworth, said": the role, then the name in commas
        return before.group("role"), False
    if kin := _KIN_BEFORE.search(text, max(0, start - 60), start, timeout=timeout_for(text)):
        # "the victim’s father, Muhammad Tariq,", "her son Tom Roe": a relative, whom "the father
        # said" points back to
        return kin.group("role"), False
    # (a dash ends what stands before it: "The Chicago four-piece—singer and guitarist Dana …")
    lead = text[max(0, start - 40):start].replace("—", " , ").replace("–", " , ")
    words = lead.split()[-3:] if lead[-1:].isspace() else []
    # (a spokesperson too: "Harlan spokeswoman Amy Kessler said", whom "the spokeswoman" points back to)
    roles = [
        w for w in words
        if _is_person_noun(w.rstrip(".,")) or w.rstrip(".") in _TITLES or w.casefold() in _SPOKES_NOUNS
    ]
    if roles and not words[-1].endswith((",", ".", ";", ":")):
        first = words.index(roles[0])
        if first and (word := words[first - 1]).isalpha() and word.islower() and word not in _NOT_A_ROLES_WORD:
            first -= 1  # the word that says which: "lead guitarist Joelle Price", "head coach Ann Ford"
        role = words[first:]
        # (the words after the role's noun go on with the office, "minister of health", or are
        # the noun's verb: "the magistrate said Attard had shown …" gives Attard no role; an office
        # "of" a name is the name's office, not theirs: "managing director of Coastline Envelope")
        if role[-1] not in _OFFICE_JOINERS and all(
            w[:1].isupper() or w in _OFFICE_JOINERS or w in roles for w in role[1:]
        ):
            return " ".join(role).strip(" ,"), False
    if not roles and words and _unlisted_role(words[-1]) and not is_given_name(words[-1]) and (
        len(words) == 1 or words[-2][:1].islower() or words[-2][-1:] in ".!?"
    ):
        # a capitalised noun no list knows, right before the name and after a word in lower case
        # (or opening the sentence): what the article calls them ("Dechant Claude Welter", "von
        # Sprengmeister Ronny Walczak"), which a later "der Dechant" points back to
        return words[-1], False
    return None, False


def _unlisted_role(word: str) -> bool:
    """Whether a word may be a role's noun no list knows: capitalised, then four letters or more
    in lower case (no possessive, no figure, no initials)."""
    return len(word) >= 4 and word[:1].isupper() and word[1:].islower() and word.isalpha()


#: Lower-case words before a role's noun that are no part of the role ("told the coach", "and drummer").
_NOT_A_ROLES_WORD = frozenset(
    "the a an and or of for with by to in on at as from his her their its our my your said says told but "
    "that who when while after before then than also".split()
)
#: Lower-case words inside an office written before a name ("minister of health", "spokesperson
#: for the council").
_OFFICE_JOINERS = frozenset({"of", "for", "the", "and"})


_TITLES = frozenset(TITLES) | {"Vice"}
#: A participle and what it governs, or a German verb and its object, in commas after a name:
#: what the person did, not their role ("speaking on a radio programme", "writing in the journal",
#: "hielt der Ministerin vor"; "managing director" is a role).
_DOING = regex.compile(
    r"\p{Ll}+ing\s+(?:on|in|at|to|the|a|an|after|before|during|from|with|about|for|outside)\b"
    r"|(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s)\p{Ll}+\s+"
    r"(?:der|die|das|den|dem|des|einen|einem|einer|eines)\s"
)
#: A relative named right after the words that say whose ("the victim’s father, ", "her son ",
#: "Gabriela’s father, ", "Anil’s brother-in-law, "): English family nouns only (a German one is
#: told by its capital and the article before it).
_KIN_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<role>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}\p{Ll}+[’']s)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:"
    + "|".join(noun for noun in FAMILY_NOUNS if noun.islower())
    + r")(?:-in-law)?)\s*,?\s+$"
)
#: A role opening its sentence with an article or an owner, then a comma and the name (perhaps
#: its titles): "The Dean of Carlisle, the Very Rev ", "Its founder, Mr ".
_ROLE_BEFORE_IN_COMMAS = regex.compile(
    r"(?:^|(?<=[.!?;]\s))(?P<role>(?:The|Its|Their|His|Her)\s+([^,;.:“”\"()]{2,60}?)),\s+"
    r"(?:the\s+)?(?:(?:\p{Lu}\p{Ll}{0,4}\.?)\s+){0,3}$"
)


#: An age in words before a German noun: "der 24 Jahre alte Linksaußen", "die 54 Jahre alte Kassiererin".
_AGE_IN_WORDS = regex.compile(r"\b\d{1,3}\s+Jahre\s+alte[rn]?\b")
#: A person described by their age: "the 45-year-old", "die 52-Jährige", "der 19-jährige".
AGE_NOUN = regex.compile(
    r"\d{1,3}-(?:year-old|[Jj]ährige[rn]?)"
    r"|\p{Ll}+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"  # "the grandmother-of-four"
)


def _is_person_noun(word: str) -> bool:
    """A noun of a person's role: "actor", "spokesperson", a German one ("Konzernchef"), or
    their age ("the 45-year-old")."""
    return (
        word.casefold() in PERSON_NOUNS
        or (word[:1].isupper() and word.casefold() in NATIONALITY_NOUNS)
        or (word[:1].isupper() and is_role(word) and word not in _TITLES)
        or AGE_NOUN.fullmatch(word, timeout=timeout_for(word)) is not None
    )


def _is_speakers_noun(word: str) -> bool:
    """A noun an attribution calls its speaker by: a person's noun, or a German noun of someone by
    what they do or where they are from ("sagte der Center", "der Schweizer", "der Pianist":
    capitalised, in an agent's ending; as a speaker only, never as a role before a name, "im Oktober
    Anna …")."""
    agent = (
        len(word) >= 6 and word[:1].isupper() and word[1:].islower() and word.endswith(_GERMAN_AGENT_ENDINGS)
        # (not a body in such an ending: "die Arbeiterkammer", "das Stadttheater", "der Elternbeirat")
        and not word.casefold().endswith(GERMAN_ORGANISATION_ENDINGS)
    )
    return agent or _is_person_noun(word)


#: Endings of German nouns of someone by what they do or where they are from: "der Oberpfälzer",
#: "der Pianist", "der Dirigent", "der Hotelier", "der Architekt", "der Kaufmann", "der Friseur",
#: "der Moderator", "der Sachverständige".
_GERMAN_AGENT_ENDINGS = ("er", "ist", "ent", "ant", "ekt", "eur", "mann", "or", "at", "ige")


def without_title(name: str) -> str:
    """``name`` without the forms of address and titles before it ("Mr Patrick Ojok" → "Patrick Ojok")."""
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".") in _TITLES:
        words = words[1:]
    return " ".join(words)


def resolve_speakers(
    quotes: list[Quote], sections: list[Section], names_in: NamesIn,
    subject_of: Callable[[str], str | None] | None = None,
) -> None:
    """Give each quote whose speaker is a role noun, an organisation noun or a first name the
    full name the article introduced them by (in place)."""
    _unnamed_for_pronouns(quotes, sections)
    _named_as_they_asked(quotes, sections)
    for quote in quotes:
        words = (quote.speaker or "").split()
        if len(words) > 3 and words[0].casefold() in _DEFINITE and _a_bodys_own_name(words[1:]):
            quote.speaker = " ".join(words[1:])  # (a body by its own name: "the Ministry of Natural Resources")
    wanted = [q for q in quotes if _needs_resolving(q.speaker) and not _said_unnamed(q, sections)]
    wanted_ids = {id(q) for q in wanted}
    if not wanted:
        return
    last = max((q.section, q.block) for q in wanted)
    heads = {_issued_base(_head((q.speaker or "").split()[-1])) for q in wanted}
    bodies = heads & (
        ORGANISATION_NOUNS | GERMAN_ORGANISATION_NOUNS | _AUTHORS | _WRITTEN | GERMAN_ISSUED_NOUNS | _MEMBERS_OF.keys()
        | _ISSUERS_OF.keys()
    )
    mentions = meet_cast(sections, names_in, last, organisations=bool(bodies))
    # (the people brought in by age and noun, for a defendant's noun, an age, "der Mann", "the woman")
    unnamed = _unnamed_by_age(sections, last) if any(
        _ages_or_defendant(q.speaker or "") or (q.speaker or "").casefold() in _MAN_OR_WOMAN for q in wanted
    ) else []
    cast = Cast()
    met = 0  # the mentions met so far (quotes come in reading order)
    last_speaker: Quote | None = None  # the quote before, for "sagt die 58-Jährige" after her words
    last_as_given: str | None = None  # its speaker as the quote finder gave it
    said_before: list[str] = []  # the speakers of the quotes before, as resolved
    for quote in quotes:
        where = (quote.section, quote.block)
        as_given = quote.speaker
        if id(quote) in wanted_ids and last_speaker is not None and as_given == last_as_given and (
            last_speaker.section == quote.section and quote.block - last_speaker.block == 1
        ) and last_speaker.speaker != as_given and (
            sections[quote.section].blocks[quote.block].text.lstrip()[:1] in OPENING_QUOTE_MARKS
        ):
            # a quote going on in the next paragraph, which it opens, given the same speaker: the
            # one the quote before was resolved to ("“…,” the post read." ¶ "“…”")
            quote.speaker_description = quote.speaker_description or last_speaker.speaker_description
            quote.speaker = last_speaker.speaker
        elif id(quote) in wanted_ids:
            while met < len(mentions) and mentions[met][0] <= where:
                seen, name, kind, role, at = mentions[met]
                cast.meet(name, kind, seen, role, at)
                met += 1
            # (where the quote's sentence ends: the people its paragraph names after it came later)
            cut = _sentence_end_after(sections[quote.section].blocks[quote.block].text, quote.text)
            quoted_last = (
                last_speaker.speaker
                if last_speaker is not None and last_speaker.section == quote.section
                and quote.block - last_speaker.block <= 1 else None
            )
            head = _head((quote.speaker or "").split()[-1])
            sayer = (
                _last_sayer(
                    sections, where, quote.text,
                    german=_generic_body_noun(head) and _german_noun(quote.speaker or ""),
                    firm=head in _FIRM_NOUNS,
                )
                if head in _WRITTEN or _generic_body_noun(head) or _unlisted(head) else None
            )
            role_speaker = _is_role_speaker(quote.speaker or "")
            introduced = (
                role_speaker and not _ages_or_defendant(quote.speaker or "")
                and _introduced_unnamed(quote.speaker or "", sections, where, quote.text)
            )
            found = _spokesperson_for(quote.speaker or "", sections, where, quote.text) or _resolve(
                quote.speaker or "", cast, where, quoted_last, quote.speaker_description or "", cut, sayer=sayer,
                # (as the subject brought them in, not an object's "einen 38-jährigen Mann", "einem …")
                unnamed=[
                    desc for seen, desc in unnamed
                    if seen <= where and not _OBJECT_FORM.match(desc, timeout=PATTERN_TIMEOUT)
                ],
                introduced=introduced,
            )
            if found is not None and found != quote.speaker and _a_kind_of_body(found):
                # the text's issuer named by its kind alone ("heißt es in der Mitteilung, die das
                # Unternehmen verschickte"): the body of that kind named before
                found = _resolve(found, cast, where, quoted_last, "", cut) or found
            if found is None and (man_or_woman := _MAN_OR_WOMAN.get((quote.speaker or "").casefold())):
                # "der Mann", "die Frau": someone unnamed the sentences before brought in, where the
                # quote finder's own reading of them (``_introduced_as``) found no one
                if _german_noun(quote.speaker or ""):
                    text = sections[quote.section].blocks[quote.block].text
                    texts = [text[: max(text.find(quote.text[:40]), 0)]]
                    if quote.block:
                        texts.append(sections[quote.section].blocks[quote.block - 1].text)
                    found = unnamed_subject(texts, man_or_woman)
                if found is None:
                    # (brought in further back by age and noun: "eine 31-jährige Notfallsanitäterin"
                    # … "sagte die Frau im Zeugenstand", the one of that gender)
                    found = _the_one_unnamed(unnamed, where, man_or_woman)
            if found is None and (compound := _unnamed_compound(quote.speaker or "", sections, where)):
                found = compound  # "sagte ein Polizeisprecher" ¶ "sagte der Sprecher": the one brought in
            if found is None:
                # "sagte ein Sprecher des Polizeipräsidiums Ravensburg" … "so der Polizeisprecher"
                found = _spokesperson_of_compound(quote.speaker or "", said_before)
            # (whoever stands for it, a woman is no "der Sachverständige", a man no "die Geologin")
            gender = _article_gender(quote.speaker or "")
            if found is not None and not _may_be(found, gender):
                found = None
            if found is None and subject_of is not None and role_speaker and not introduced:
                # several named near it: the subject of the last sentence before the quote naming
                # anyone ("Woods, der Spielern wie Elder … verdankt, bekam …. „…“, so der Major-Sieger")
                text = sections[quote.section].blocks[quote.block].text
                at = text.find(quote.text[:40])
                subject = subject_of(text[: max(at, 0)]) if at > 0 else None
                if subject is None and quote.block and not text[: max(at, 0)].strip(" „“\"»«"):
                    # (the quote opens its paragraph: the subject of the paragraph before)
                    subject = subject_of(sections[quote.section].blocks[quote.block - 1].text)
                # (met without the title the sentence gives them: "Dr Andrea Forde" is Andrea Forde)
                subject = without_title(subject) if subject is not None else None
                if subject is not None and _may_be(subject, gender) and any(
                    e.name == subject and not _titled_otherwise(e, head) for e in cast.entities
                ):
                    found = subject
            if found is None and role_speaker and not _introduced_unnamed(quote.speaker or "", sections, where):
                found = _named_next(sections, where, names_in, cast)
                if found is not None and not _may_be(found, gender):
                    found = None
            if found is not None and found != quote.speaker:
                quote.speaker_description = quote.speaker_description or _described(quote.speaker or "")
                quote.speaker = found
        last_speaker, last_as_given = quote, as_given
        if quote.speaker:
            said_before.append(quote.speaker)


#: The German nouns of a man and a woman an attribution calls someone by, and their genders.
_MAN_OR_WOMAN = {"der mann": "m", "die frau": "f", "the man": "m", "the woman": "f"}
#: A singular pronoun's gender, English and German ("sie" is also "they": a verb in the singular
#: says which).
PRONOUN_GENDERS = {"he": "m", "she": "f", "er": "m", "sie": "f"}


def _unnamed_for_pronouns(quotes: list[Quote], sections: list[Section]) -> None:
    """A pronoun left a pronoun (nobody named before it to stand for) is the one person the
    article brought in by age and noun before it, of its gender, where there is one: a court
    report on "Ein 61-jähriger Treuhänder" ¶ "„…“, sagte er", "a 34-year-old man from Leeds" ¶
    "“…,” he told the court" (in place)."""
    left = [
        q for q in quotes
        if not q.speaker_resolved and (q.speaker or "").casefold() in PRONOUN_GENDERS
        and not ((q.speaker or "").casefold() == "sie" and (q.verb or "").endswith("en"))
    ]
    if not left:
        return
    unnamed = _unnamed_by_age(sections, max((q.section, q.block) for q in left))
    for quote in left if unnamed else ():
        gender = PRONOUN_GENDERS[(quote.speaker or "").casefold()]
        desc = _the_one_unnamed(unnamed, (quote.section, quote.block), gender)
        if desc is not None:
            quote.speaker_description = quote.speaker
            quote.speaker, quote.speaker_resolved = desc, True


def _the_one_unnamed(
    unnamed: list[tuple[tuple[int, int], str]], where: tuple[int, int], gender: str
) -> str | None:
    """The one person of ``gender`` among those brought in by age and noun up to ``where``
    (``_unnamed_by_age``), as the article described them, or None where there are none or several."""
    fits = {desc for seen, desc in unnamed if seen <= where and noun_gender(desc) in (gender, None)}
    if len(fits) != 1:
        return None
    desc = fits.pop()
    if "year-old" in desc:  # (English: the age and the noun after it, "a 61-year-old accountant")
        words = desc.split()
        at = next(k for k, w in enumerate(words) if w.endswith("year-old"))
        desc = " ".join(words[: at + 2])
    return desc[:1].lower() + desc[1:]


#: The only name someone described without one gave the reporter, as they asked: "who asked to be
#: identified only as Sandra", "a florist who asked to be identified only by her first name, Leanne",
#: "a fan who gave her name only as Njeri", "a retiree who gave only her surname, Chan", "die nur
#: mit ihrem Vornamen, Sandra, …" (a form of address before it stays: "Umm Yousif").
ONLY_NAME_GIVEN = regex.compile(
    r"(?:\b(?:identified|identify|named|known)\s+(?:only\s+)?"
    r"(?:by\s+(?:her|his|their)\s+(?:first\s+name|surname|last\s+name),?(?:\s+as)?|as)"
    r"|\b(?:gave|give|gives|giving|provided|offered|shared)\b[^.;:!?“”\"]{0,40}?"
    r"\b(?:first\s+name|surname|last\s+name|name)(?:\s+only)?(?:\s+as|,)"
    r"|\b(?:nur|lediglich)\s+(?:mit\s+)?(?:ihrem|seinem|ihren|seinen)\s+Vornamen,?)"
    r"\s+(?P<name>(?:(?:Umm|Abu|Miss|Mrs|Mr|Ms|Mama|Auntie|Uncle)\.?\s+)?\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)(?![\p{L}])"
)
#: Words an unnamed speaker's description opens with ("a florist", "another resident").
_UNNAMED_OPENERS = frozenset({"a", "an", "one", "another"})
#: A sentence's end, a closing quote mark perhaps after it: the name given must stand before one.
_SENTENCE_ENDS = regex.compile(r"[.!?][”\"’]?\s")


def _named_as_they_asked(quotes: list[Quote], sections: list[Section]) -> None:
    """A speaker described and never named in full ("a florist") who gave the reporter a given
    name or a surname alone in the sentence describing them, in the quote's paragraph or the one
    before, is called by it; the description stays in ``speaker_description`` (in place)."""
    for quote in quotes:
        words = (quote.speaker or "").split()
        if len(words) < 2 or words[0].casefold() not in _UNNAMED_OPENERS:
            continue
        blocks = sections[quote.section].blocks
        for text in (blocks[quote.block].text, blocks[quote.block - 1].text if quote.block else ""):
            if "name" not in text and "identif" not in text:
                continue
            at = text.casefold().find(quote.speaker.casefold())  # type: ignore[union-attr]
            if at < 0:
                continue
            given = ONLY_NAME_GIVEN.search(text, at + len(quote.speaker or ""), timeout=timeout_for(text))
            if given is not None and not _SENTENCE_ENDS.search(text, at, given.start(), timeout=timeout_for(text)):
                quote.speaker_description = quote.speaker_description or quote.speaker
                quote.speaker, quote.speaker_resolved = given.group("name"), True
                break


def _is_role_speaker(speaker: str) -> bool:
    """Whether a speaker is a person called by a role with a definite article ("der Schulleiter",
    "the team leader")."""
    words = speaker.split()
    return len(words) > 1 and words[0].casefold() in _DEFINITE and (
        _is_speakers_noun(words[-1]) or (bool(owned := _owned_noun(speaker)) and _is_person_noun(owned))
        or _german_someone(words) or _english_someone(words)
    )


def _english_someone(words: list[str]) -> bool:
    """Whether an English speaker is "the", perhaps adjectives, and one noun in the singular no list
    of bodies or writings holds: a person called by what they are ("the leading lady", "the rep")."""
    if not 2 <= len(words) <= 4 or words[0] not in ("the", "The"):
        return False
    noun = words[-1]
    return (
        all(w.isalpha() and w.islower() for w in words[1:])
        and not noun.endswith("s") and noun not in ORGANISATION_NOUNS and noun not in _WRITTEN
        and noun not in DOCUMENT_NOUNS and noun not in UNNAMED_PERSON_NOUNS  # ("the source": nobody named)
        and noun not in _GROUPS_OF_PEOPLE  # ("the family said": not the one the family is of)
    )


#: Nouns of a group of people, who speak together and none of them alone: "the family said".
_GROUPS_OF_PEOPLE = frozenset("family couple crowd jury household audience congregation".split())


def _german_someone(words: list[str]) -> bool:
    """Whether a German speaker is "der" or "die", perhaps adjectives, and one noun no list of
    bodies or writings holds: a person called by what they are ("der Kosovare", "die
    Lokalmatadorin", "der gebürtige Serbe", "der US-Amerikaner")."""
    if not 2 <= len(words) <= 4 or words[0] not in ("der", "die", "Der", "Die"):
        return False
    noun = words[-1]
    last = noun.rsplit("-", 1)[-1]
    folded = _head(last.casefold())
    return (
        all(w.isalpha() and w.islower() for w in words[1:-1])
        and noun[:1].isupper() and noun.replace("-", "").isalpha() and last[1:].islower()
        and folded not in GERMAN_ORGANISATION_NOUNS and folded not in GERMAN_ISSUED_NOUNS and not names_body(last)
    )


def _introduced_unnamed(speaker: str, sections: list[Section], where: tuple[int, int], quoted: str = "") -> bool:
    """Whether the quote's paragraph or the one before introduced someone by the speaker's noun
    without a name ("A senior Railway Board official, who did not wish to be named, …", then
    "the official said"): that person, not a name further on; with ``quoted`` (the quote's
    text), only before the quote in its own paragraph. Paragraphs speaking of "the <noun>"
    again carry the look further back, up to ``_AGAIN_REACH`` paragraphs."""
    section, block = where
    noun = (_owned_noun(speaker) or speaker.split()[-1]).casefold()
    # (before the quote, a German noun ends the phrase: not "in einer Verhandlungspause sagte die …")
    german = bool(quoted) and speaker.split()[0].casefold() in ("der", "die", "das")
    blocks = sections[section].blocks
    first = max(0, block - 1)
    while first > 0 and block - first < _AGAIN_REACH and _the_noun_in(blocks[first].text, noun):
        # (further back while the paragraph before speaks of "the <noun>" again: "A meteorologist
        # … said …" ¶ "The meteorologist said …" ¶ "“…,” the meteorologist said")
        first -= 1
    for paragraph in blocks[first : block + 1]:
        text = paragraph.text
        if quoted and paragraph is sections[section].blocks[block]:
            text = text[: max(text.find(quoted[:40]), 0)]
        for article in _BRINGS_IN.finditer(text, timeout=timeout_for(text)):
            # (the noun among the five words after the article, no mark between: "A senior
            # Railway Board official"; not "as a compliment,” the director"; after a body's
            # possessive, "The county's emergency management director said", no name after it)
            owned = article.group(0)[:1] in "Tt"
            for word in text[article.end() : article.end() + 120].split()[:5]:
                bare = word.rstrip(",.;:")
                # (or a compound ending in it: "ein DWD-Meteorologe", "der zuständige Obstbauberater")
                if bare.casefold() == noun or (
                    german and len(bare) > len(noun) + 2 and bare.casefold().endswith(noun)
                ):
                    after = text.find(word, article.end()) + len(word)
                    return not (owned and _NAME_AFTER.match(text, after, timeout=timeout_for(text)))
                if bare != word or not _WORD_LIKE.fullmatch(bare, timeout=timeout_for(bare)) or (
                    german and bare[:1].isupper()
                ):
                    break
    return False


#: How many paragraphs back a person brought in unnamed may be, the ones between naming them by
#: their noun again.
_AGAIN_REACH = 4


def _the_noun_in(text: str, noun: str) -> bool:
    """Whether ``text`` holds "the" and ``noun`` (folded) as words of their own: "The meteorologist said"."""
    folded = text.casefold()
    at = folded.find(f"the {noun}")
    while at >= 0:
        end = at + 4 + len(noun)
        if (not at or not folded[at - 1].isalpha()) and (end == len(folded) or not folded[end].isalpha()):
            return True
        at = folded.find(f"the {noun}", at + 1)
    return False


#: Someone brought in unnamed as speaking for a body: "A spokesperson for Harrowgate Homes said …".
_SPEAKING_FOR = regex.compile(
    r"(?<![\p{L}])(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+)?(?P<noun>spokesperson|spokesman|spokeswoman)\s+for\s+"
    r"(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*\p{Lu}[\p{L}&'’.-]*){0,6}"
)


#: A name (two capitalised words or more) in commas right before a description: whose it is.
_NAMED_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)+,\s+$")


def _spokesperson_for(speaker: str, sections: list[Section], where: tuple[int, int], quoted: str) -> str | None:
    """"the spokesperson" where the quote's paragraph, before the quote, or the one before brought in
    "a spokesperson for <a body>" unnamed: that one, as brought in ("A spokesperson for Harrowgate
    Homes said …" ¶ "‘…,’ the spokesperson added." is "a spokesperson for Harrowgate Homes"), not a
    body named earlier."""
    words = speaker.split()
    if len(words) != 2 or words[0].casefold() != "the" or words[1].casefold() not in _SPOKES_NOUNS:
        return None
    section, block = where
    text = sections[section].blocks[block].text
    texts = [text[: max(text.find(quoted[:40]), 0)]]
    if block:
        texts.append(sections[section].blocks[block - 1].text)
    for before in texts:
        # (not one whom a name before it in commas names: "Erin Castellano, a spokeswoman for …,")
        found = [m for m in _SPEAKING_FOR.finditer(before, timeout=timeout_for(before))
                 if m.group("noun").casefold() == words[1].casefold()
                 and not _NAMED_BEFORE.search(before, max(0, m.start() - 60), m.start(), timeout=timeout_for(before))]
        if found:
            phrase = found[-1].group(0)
            return phrase[:1].lower() + phrase[1:]
    return None


def _unnamed_compound(speaker: str, sections: list[Section], where: tuple[int, int]) -> str | None:
    """German: the description by which the paragraph before brought in someone unnamed, a
    compound ending in the speaker's noun ("sagte ein Polizeisprecher" ¶ "„…“, sagte der
    Sprecher"); None where it brought in none."""
    words = speaker.split()
    section, block = where
    if len(words) != 2 or words[0].casefold() not in ("der", "die") or not block:
        return None
    noun = words[1].casefold()
    text = sections[section].blocks[block - 1].text
    found = [
        match.group(0) for match in _UNNAMED_NOUN.finditer(text, timeout=timeout_for(text))
        if (compound := match.group("noun").casefold()).endswith(noun) and len(compound) > len(noun) + 2
    ]
    return found[-1] if len(set(found)) == 1 else None


def _spokesperson_of_compound(speaker: str, said_before: list[str]) -> str | None:
    """German: the unnamed spokesperson of a body quoted before whom a compound names by the body's
    kind ("ein Sprecher des Polizeipräsidiums Ravensburg" … "so der Polizeisprecher"), the latest;
    None where no quote before was such a spokesperson's."""
    words = speaker.split()
    if len(words) != 2 or words[0].casefold() not in ("der", "die"):
        return None
    noun = words[1].casefold()
    ending = next((e for e in ("sprecherin", "sprecher") if noun.endswith(e)), None)
    kind = noun[: -len(ending)].rstrip("-") if ending else ""
    if len(kind) < 4:
        return None
    found = [
        before for before in said_before
        if len(spoken := before.casefold().split()) > 3 and spoken[0] in ("ein", "eine")
        and spoken[1] in ("sprecher", "sprecherin") and spoken[2] in ("der", "des") and kind in spoken[3]
    ]
    if not found:
        return None
    # (the latest, as the article named it in full where it did: "… des Polizeipräsidiums Ravensburg")
    fuller = [before for before in found if before.startswith(found[-1]) and len(before) > len(found[-1])]
    return fuller[-1] if fuller else found[-1]


#: A German noun of someone after an indefinite article: "ein Polizeisprecher".
_UNNAMED_NOUN = regex.compile(r"(?<![\p{L}])[Ee]ine?\s+(?P<noun>\p{Lu}\p{Ll}+)(?![\p{L}-])")
_WORD_LIKE = regex.compile(r"[\p{L}\d'’-]+")
#: An indefinite article or "one", English or German, as a word of its own; or "the" and a body's
#: possessive, before an office no name follows ("The county's emergency management director").
_BRINGS_IN = regex.compile(
    r"(?<![\p{L}])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ee]ine?[rm]?|[Tt]he\s+\p{Ll}+['’]s)(?![\p{L}])"
)
#: A name in commas after a noun: "The company's chief executive, Jane Smith,".
_NAME_AFTER = regex.compile(r",?\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]+(?=,|\s+(?:said|says|told))")


def _named_next(sections: list[Section], where: tuple[int, int], names_in: NamesIn, cast: Cast) -> str | None:
    """The person a role introduced before their name is: one of the next two paragraphs opens
    with a full name the article has not named before ("„…“, sagt der Schulleiter." ¶ "Thomas
    Gräfe leitet das Gymnasium seit 2016."); None where a paragraph between names someone else."""
    section, block = where
    known = {e.name for e in cast.entities}
    for b in range(block + 1, min(block + 3, len(sections[section].blocks))):
        following = sections[section].blocks[b]
        if following.kind != "paragraph":
            return None
        names = names_in(following.text)
        if not names:
            continue
        start, name = names[0]
        return name if start == 0 and len(name.split()) > 1 and name not in known else None
    return None


def _sentence_end_after(text: str, quoted: str) -> int:
    """Where the sentence that ends the quote ``quoted`` ends in ``text`` (its attribution with
    it); the end of ``text`` where the quote's words are not found as they stand."""
    at = text.find(quoted[:40])
    if at < 0:
        return len(text)
    end = _SENTENCE_END.search(text, at + len(quoted), timeout=timeout_for(text))
    return end.end() if end else len(text)


_SENTENCE_END = regex.compile(r"[.!?][”“\"»«’]?(?=\s|$)")


#: The authors of a document the article cites ("the authors wrote"): its issuer's words.
_AUTHORS = frozenset({"authors", "autoren", "autorinnen"})


def _issued_base(head: str) -> str:
    """A German compound of a text a body issues as that text's plain noun ("rückrufmeldung" →
    "meldung", "quartalsmitteilung" → "mitteilung"): whoever issued it is looked for as for the noun
    (not a text only a court or a prosecution issues, "Urteilsbegründung", "Anklageschrift": whose it
    is stays as ``_ISSUERS_OF`` says)."""
    return head if head in _ISSUERS_OF else german_issued_noun(head) or head


def _head(word: str) -> str:
    """A speaker's head noun, folded, less a German genitive's ending ("Ministeriums", "Verbandes")."""
    head = word.casefold()
    if head not in ORGANISATION_NOUNS and head.endswith("s") and head[:-1] in GERMAN_ORGANISATION_NOUNS:
        return head[:-1]
    if head.endswith("es") and head[:-2] in GERMAN_ORGANISATION_NOUNS:
        return head[:-2]
    return head


def _said_unnamed(quote: Quote, sections: Sequence[Section]) -> bool:
    """Whether the attribution says its speaker wants no name printed, right after the role:
    "schilderte die Mesnerin, die ihren Namen nicht in den Medien lesen wollte", "sagte der
    Handwerksmeister, der namentlich nicht genannt werden will": no person the article names."""
    speaker = quote.speaker or ""
    text = sections[quote.section].blocks[quote.block].text
    at = text.find(speaker) if len(speaker.split()) > 1 else -1
    return at >= 0 and _UNNAMED_CLAUSE.match(text, at + len(speaker), timeout=timeout_for(text)) is not None


#: A relative clause saying its person is not to be named: ", die ihren Namen nicht …", ", der
#: namentlich nicht genannt werden will", ", die anonym bleiben möchte".
_UNNAMED_CLAUSE = regex.compile(
    r",\s+(?:der|die)\s+(?:[^,.;:!?„“”»«\"]{0,40}?\s)?"
    r"(?:(?:seinen|ihren)\s+(?:vollen\s+|richtigen\s+)?(?:Nach)?[Nn]amen\s+nicht|namentlich\s+nicht|nicht\s+namentlich|anonym)\b"
)


def _needs_resolving(speaker: str | None) -> bool:
    if not speaker:
        return False
    words = speaker.split()
    # (a definite noun only: "a spokesperson" brings in someone the article does not name; but a
    # text is nobody: "a statement" is the words of whoever issued it)
    definite = words[0].casefold() in _DEFINITE_OR_WHOSE and len(words) > 1
    return definite or (len(words) == 1 and words[0][:1].isupper()) or (
        len(words) == 2 and words[0].casefold() in ("a", "an") and _head(words[1]) in _WRITTEN
    )


#: Small words inside a body's name ("Ministry of Culture and Tourism").
_NAME_JOINERS = frozenset("of and for the on in & de der des für und".split())


def _a_bodys_own_name(words: list[str]) -> bool:
    """Whether ``words`` (after "the") are a body's own name: capitalised but for the small words
    joining it, and holding a body's word ("the West Virginia Emergency Management Division")."""
    return all(w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words) and any(
        w.casefold() in BODY_NAME_WORDS for w in words
    ) and not joins_a_person(words)


def joins_a_person(words: list[str]) -> bool:
    """Whether a speaker's words join a person to a body: "and", "und" or "&", then a given name
    and a surname ("the Ministry of Health and Jane Roe")."""
    return any(
        words[k - 1].casefold() in ("and", "und", "&") and is_given_name(words[k]) and words[k + 1][:1].isupper()
        for k in range(1, len(words) - 1)
    )


def _described(speaker: str) -> str | None:
    """The attribution's words as a description: "the chief executive" → "chief executive";
    a first name describes nobody."""
    if len(speaker.split()) == 1:
        return None
    described = _THE.sub("", speaker, timeout=timeout_for(speaker))
    folded = described.casefold()
    if " " not in described and (head := _head(described)) != folded:
        # a body's noun less its genitive: "des Verbandes" → "Verband" (cut by what the fold lost)
        return described[: len(described) - (len(folded) - len(head))]
    return described


def _resolve(
    speaker: str, cast: Cast, where: tuple[int, int], quoted_last: str | None = None, described: str = "",
    cut: int = 1 << 30, *, sayer: str | None = None, unnamed: list[str] | None = None, introduced: bool = False,
) -> str | None:
    """The full name ``speaker`` (a role noun, a body's noun, a first name) stands for, or None;
    ``described`` is the attribution's description of the speaker, whose names are others'
    ("said the 66-year-old retiree, who volunteers with Fridge Friends SG"); ``cut``, where the
    quote's sentence ends in its paragraph; ``introduced``, whether the text just brought in
    someone unnamed by the speaker's noun ("nach Angaben einer Sprecherin der Staatskanzlei")."""
    words = speaker.split()
    people = [e for e in cast.entities if e.kind == "person" and not (described and e.name in described)]
    if len(words) == 1:
        # A first name ("Stephanie"), or a surname the finder did not know: one person it fits.
        fits = {e.name for e in people if e.name.split()[0] == speaker or surname(e.name) == speaker}
        if len(fits) > 1:
            # (the first name met alone as well is the one named in full: "Walt Brenneman" … "Walt, 84, …")
            fits.discard(speaker)
        if len(fits) == 1:
            return fits.pop()
        if fits or _head(speaker) not in GERMAN_ORGANISATION_NOUNS:
            return None
        # else a body's noun without its article ("laut Polizei"): read on as "die Polizei"
    noun = _THE.sub("", speaker, timeout=timeout_for(speaker)).casefold()
    head = _issued_base(_head(noun.split()[-1]))
    # (not one of them: "der Richter", "ein Richter" is one judge, "die Richter" the bench)
    one_judge = noun.split()[-1] in GERMAN_JUDGES and words[0].casefold() in ("der", "ein")
    if (marks := (None if one_judge else _MEMBERS_OF.get(noun.split()[-1])) or _ISSUERS_OF.get(noun.split()[-1])) and (
        bodies := [
            e.name for e in cast.entities if e.kind == "organisation" and any(m in e.name.casefold() for m in marks)
        ]
    ):
        # a body's members in the plural speak as the body: "schreiben die Richter" is the court
        # named last, "the auditors found" the audit office; and what it issues is its words
        return bodies[-1]
    # The person the article gave this role ("the chief executive": "…, the company's chief
    # executive"), the latest named where it gave it to several.
    # (a body's noun is no person's whose role it describes: "the union" is not "the union secretary")
    body = head in ORGANISATION_NOUNS and head not in UNNAMED_PERSON_NOUNS and len(noun.split()) == 1
    given = [] if body else [e for e in people if any(_holds(role.casefold(), noun) for role in e.roles)]
    if given:
        return given[-1].name
    # (a party's politician, "der CDU-Politiker", "die Grünen-Politikerin": the one the article
    # gave that party, "Ludger Hameister (CDU)", "Die Grünen-Abgeordnete Leonie Hasenauer")
    party = noun.split()[-1].split("-")[0] if "-" in noun.split()[-1] else ""
    members = [e for e in people if party and any(_of_party(party, role.casefold()) for role in e.roles)]
    if members:
        return members[-1].name
    # (a generic noun of the attribution, read as a body where it stands, is none of the bodies it
    # may stand for: "„…“, teilte das Unternehmen mit" after "Die Siemens AG …", "schrieb der Verband" after
    # "Der Bund Naturschutz …"; "die Polizei" may be itself)
    organisations = [
        e for e in cast.entities if e.kind == "organisation"
        and not (_generic_body_noun(head) and e.seen == where and e.name.casefold() == head)
    ]
    # (a kind of body alone, "Unternehmen", "Verband", is no body by name: one named beats it)
    organisations = [e for e in organisations if not _a_kind_of_body(e.name)] or organisations
    if head in _AUTHORS:
        # "the authors wrote" after "a report released by the Coastal Futures Alliance": its issuer
        issuers = [e for e in cast.entities if any(role in DOCUMENT_NOUNS for role in e.roles)]
        return issuers[-1].name if issuers else None
    organisation_noun = head in ORGANISATION_NOUNS or head in GERMAN_ORGANISATION_NOUNS
    issued = head in _WRITTEN or head in GERMAN_ISSUED_NOUNS  # (the written nouns hold the issued ones)
    if (organisation_noun and head not in PERSON_NOUNS) or issued:
        if issued:  # who the article said issued one ("a United Nations report", "the report,
            # prepared by recreation director Harjit Dhaliwal"), the latest
            issuers = [e for e in cast.entities if head in e.roles]
            if issuers:
                return issuers[-1].name
            if sayer:  # else who spoke last, just before ("X said in its weekly market report")
                return sayer
        # (a German body's office is of its kind too: "die Polizei" is the "Polizeipräsidium Mainz")
        prefix = head in GERMAN_ORGANISATION_NOUNS and head not in ORGANISATION_NOUNS
        kind = [
            e for e in organisations
            # (or its plural: "the airline" is "Caribbean Airlines", "the studio" "Ember Studios")
            if any(
                w.endswith((head, f"{head}s")) or (prefix and _office_of(w, head)) for w in e.name.casefold().split()
            )
            # ("Weserzucker eG" is "die Genossenschaft", "SV Grün-Weiß Hattenbach" "der Verein")
            or any(head in _KINDS_IN_NAMES.get(w, ()) for w in e.name.casefold().split())
        ]
        if kind:
            latest = kind[-1].name
            # the noun alone, met again beside the quote, is the body named in full before it
            bare = latest.casefold()
            fuller = [
                e.name for e in kind if e.name != latest
                and any(w.endswith(bare) or (prefix and _office_of(w, bare)) for w in e.name.casefold().split())
            ]
            return fuller[-1] if len(latest.split()) == 1 and fuller else latest
        if len(words) > 2 and words[-2].endswith(("’s", "'s")) and words[-2][:1].islower():
            return None  # another's body, not one named: "the port’s regulator" is not the carrier
        if sayer and _generic_body_noun(head) and not _a_persons(sayer):
            # "In an email, Birchline said …" ¶ "“…,” the company said."; "Der zuständige
            # Netzbetreiber Transnetz Mitte begrüßte die Entscheidung. „…“, erklärte das Unternehmen."
            return sayer
        lead = [e for e in organisations if LEAD_SUBJECT in e.roles]
        if lead and _generic_body_noun(head) and all(e.seen == lead[0].seen for e in organisations):
            # no body named since the lead, which opens with one whose name says no kind: "Kilbride
            # Rovers have sacked … after their Scottish Cup exit" ¶ "the club said" (not the cup)
            return lead[0].name
        firms = [e for e in organisations if any(role.endswith(_KINDS_OF_FIRM) for role in e.roles)]
        if head in _FIRM_NOUNS and firms:
            return firms[-1].name  # (the firm named after its kind, not a court named since)
        if head in _COMPANY_NOUNS and organisations:
            # "the company said": a firm, no body of another kind named since ("the National
            # Highway Traffic Safety Administration", "Yonhap News Agency")
            firms = [e for e in organisations if not _of_another_kind(e.name)]
            if firms:
                return firms[-1].name
        if organisations and (issued or head in GENERIC_ORGANISATION_NOUNS):
            return organisations[-1].name
        if organisations and head in _BODIES_NAMED_WITHOUT_THEIR_NOUN and not any(
            e.seen == organisations[-1].seen for e in organisations[:-1]
        ):
            # "Hull City have sacked …" ¶ "the club said": the body named last (not one of two
            # named in one paragraph, "the X Union and the Y Network": the text leaves it open)
            return organisations[-1].name
        # (a body's noun alone is no body by name: "den Fund" is no "fund")
        here = [e.name for e in organisations if e.seen == where and e.at < cut and not _a_kind_of_body(e.name)]
        if len(here) == 1 and not issued:
            # no body of that kind named, one body named in the quote's own paragraph before it:
            # "The Irish Cattle and Sheep Farmers' Union criticised … “…,” the association said."
            return here[0]
        if not _is_person_noun(_owned_noun(speaker)):
            return None
    # (a role noun ends the phrase or owns a genitive; an age stands anywhere: "der 28-jährige Sudanese";
    # a German feminine noun of a person, where she is from or what she does: "die Pongauerin",
    # "die Seniorin")
    ages = [w for w in words if AGE_NOUN.fullmatch(w, timeout=timeout_for(w))] or _AGE_IN_WORDS.findall(
        speaker, timeout=timeout_for(speaker)
    )
    german_person = (
        words[0] == "die" and len(words) == 2 and words[1][:1].isupper() and head.endswith("in") and len(head) > 6
        and head not in ("disziplin", "medizin")
    )
    if sayer and _unlisted(head) and not ages and not german_person and not _a_persons(sayer):
        # a noun no list knows ("the utility said"): the body said to speak just before (not a
        # person: "the utility" is not the mayor who spoke last)
        return sayer
    if head in _DEFENDANTS and (
        initialled := [e.name for e in people if _INITIALLED.search(e.name, timeout=timeout_for(e.name))]
    ):
        # "der Angeklagte", "the accused": the one the report names by a surname's initial, as the
        # press names defendants and suspects ("Dennis K."), not a lawyer or a judge named nearer
        return initialled[-1]
    if unnamed and (head in _DEFENDANTS or ages) and not any(
        _INITIALLED.search(e.name, timeout=timeout_for(e.name)) for e in people
    ):
        # someone the report never names, brought in by their age ("Angeklagt war ein 46-jähriger
        # Bergführer aus dem Mölltal"): "der Angeklagte" is the first so introduced, "der
        # 46-Jährige" the one of that age
        age = _age_of(" ".join(ages)) if ages else None
        same_age = [d for d in unnamed if age and _age_of(d) == age]
        if same_age or (head in _DEFENDANTS and not ages):
            brought_in = (same_age or unnamed)[0]
            return brought_in[:1].lower() + brought_in[1:]  # (a sentence's first word: "Ein 38-jähriger Mann")
    if introduced:
        return None  # the one just brought in unnamed, not a person named near it with another role
    if ages or german_person or any(
        _is_speakers_noun(w) for w in (speaker.split()[-1], noun.split()[-1], _owned_noun(speaker))
    ):
        # The one person the nearest paragraph naming anyone names: this one, or one of the
        # few before it.
        section, block = where
        gender = noun_gender(speaker)
        # (several people named in the quote's own paragraph after its sentence came later: "„…“,
        # sagte der 24-Jährige bei Dyn. Okafor kam auf 19 Punkte, Topscorer war Marcus Lindqvist";
        # one alone may be the speaker named again: "„…“, sagte Kalb")
        later = [e for e in people if e.seen == where and e.at >= cut]
        seen_at = {e.name: e.seen for e in people}
        if len(later) > 1:
            seen_at.update((e.name, e.earlier) for e in later)
        for first in range(block, block - _ROLE_REACH - 1, -1):
            near = {
                e.name for e in people
                if (at := seen_at[e.name]) is not None and at[0] == section and first <= at[1] <= block
                and _may_be(e.name, gender) and not _titled_otherwise(e, head)
            }
            if len(near) == 1:
                return near.pop()
            if quoted_last in near:
                return quoted_last  # (several named, one of them quoted just before: still talking)
            if near:
                break
    return None


#: Words of German bodies' names that say their kind: a legal form ("eG" a cooperative, "e.V." an
#: association) or a club's abbreviation ("SV", Sportverein; "FC", Fußballclub).
_CLUB = ("verein", "club", "klub")
_KINDS_IN_NAMES = {
    "eg": ("genossenschaft",), "e.v.": ("verein",),
    **dict.fromkeys((*GERMAN_CLUB_ABBREVIATIONS, "fc"), _CLUB),
}


#: Nouns of a body's members in the plural (and of its panel), and words in the names of the bodies
#: they stand for: the judges a court, the auditors an audit office.
_MEMBERS_OF = {
    **dict.fromkeys(GERMAN_JUDGES, ("gericht",)), "senat": ("gericht",),
    "prüfer": ("rechnungshof", "finanzkontrolle", "prüf"), "prüferinnen": ("rechnungshof", "finanzkontrolle", "prüf"),
    "judges": ("court", "tribunal"), "justices": ("court",), "bench": ("court",),
    "auditors": ("audit", "comptroller"),
}
#: German nouns of what a court or a prosecution issues, and words in the names of the bodies that
#: issue it: a judgment the court's words, an indictment the prosecutors' ("heißt es in der
#: Urteilsbegründung" is the Bundesgerichtshof named before, "in der Anklageschrift" the
#: Staatsanwaltschaft Essen).
_ISSUERS_OF = {
    **dict.fromkeys(("urteil", "urteilsbegründung"), ("gericht",)),
    **dict.fromkeys(("anklage", "anklageschrift"), ("staatsanwaltschaft",)),
}


def _generic_body_noun(head: str) -> bool:
    """Whether a (folded) noun may stand for a body whose name does not hold it: a generic one
    ("the company", "das Unternehmen"), or one of the bodies that are often named without it
    ("Hull City" … "the club", "Voss Fine Art" … "the gallery", "Werder Bremen" … "der Verein")."""
    return head in GENERIC_ORGANISATION_NOUNS or head in _BODIES_NAMED_WITHOUT_THEIR_NOUN


#: Nouns of bodies whose names often do not hold them ("Der Bund Naturschutz …" ¶ "schrieb der Verband").
_BODIES_NAMED_WITHOUT_THEIR_NOUN = frozenset(
    "club gallery museum charity union party church choir band festival trust foundation society association "
    "coalition network league federation "
    "verein klub sender partei gewerkschaft stiftung galerie chor verband".split()
)


#: What stands between a role's words: spaces, brackets, slashes, commas, hyphens ("(cdu)", "grünen-abgeordnete").
_ROLE_WORDS_SPLIT = regex.compile(r"[\s()/,-]+")


def _of_party(party: str, role: str) -> bool:
    """Whether a role names ``party`` (folded) as a word or a compound's first part: "(cdu)",
    "grünen-abgeordnete" for "grünen" (a plural's "n" aside: "grüne")."""
    stem = party.rstrip("n")
    words = _ROLE_WORDS_SPLIT.split(role, timeout=PATTERN_TIMEOUT)[:3]
    return len(stem) >= 2 and any(word and (word == party or word.rstrip("n") == stem) for word in words)


def _office_of(word: str, noun: str) -> bool:
    """Whether a (folded) German compound is an office of the body ``noun`` names: the noun, then
    a body's word ("polizeipräsidium", "stadtverwaltung"; not "stadtwerke")."""
    rest = word[len(noun):].lstrip("s-") if word.startswith(noun) else ""
    return len(rest) > 4 and rest.endswith(GERMAN_ORGANISATION_ENDINGS)


#: Someone unnamed brought in by their age and what they are, perhaps where they are from:
#: "ein 46-jähriger Bergführer aus dem Mölltal", "Ein 61-jähriger Treuhänder", "a 34-year-old man from Leeds".
_UNNAMED_BY_AGE = regex.compile(
    r"(?<![\p{L}])(?:[Ee]ine?[nmr]?|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+)?\d{1,3}-(?:jährige[nrms]?|year-old)\s+"
    r"(?:\p{Ll}[\p{L}-]*\s+){0,2}[\p{L}][\p{L}-]+"
    r"(?:\s+(?:aus|von|from)\s+(?:(?:dem|der|den)\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?"
)
_AGE_NUMBER = regex.compile(r"\d{1,3}")


def _age_of(description: str) -> str | None:
    """The age a description gives ("ein 46-jähriger Bergführer" → "46"), or None."""
    found = _AGE_NUMBER.search(description, timeout=timeout_for(description))
    return found.group(0) if found else None


def _ages_or_defendant(speaker: str) -> bool:
    """Whether a speaker is called by an age ("der 61-Jährige") or as the defendant."""
    words = speaker.split()
    return bool(words) and (
        bool(AGE_NOUN.search(speaker, timeout=timeout_for(speaker))) or _head(words[-1]) in _DEFENDANTS
    )


#: The German indefinite article in the accusative or dative: a description so opened is an
#: object's ("verurteilte einen 38-jährigen Mann").
_OBJECT_FORM = regex.compile(r"[Ee]ine[nm]\s")


def _unnamed_by_age(sections: list[Section], last: tuple[int, int]) -> list[tuple[tuple[int, int], str]]:
    """The people the article brings in by age and noun without a name, in order, with where."""
    found = []
    for s, section in enumerate(sections):
        for b, block in enumerate(section.blocks):
            if (s, b) > last:
                return found
            text = block.text
            found.extend(((s, b), m.group(0)) for m in _UNNAMED_BY_AGE.finditer(text, timeout=timeout_for(text)))
    return found


#: Nouns of someone on trial or suspected, English and German.
_DEFENDANTS = frozenset(
    "defendant accused suspect angeklagte angeklagter beschuldigte beschuldigter tatverdächtige "
    "tatverdächtiger verdächtige verdächtiger".split()
)
#: A name ending in a surname's initial: "Dennis K.", "Sylvie M.".
_INITIALLED = regex.compile(r"\s\p{Lu}\.$")


def _unlisted(head: str) -> bool:
    """Whether no list knows a speaker's head noun (a body's, a person's, a document's)."""
    return not (
        head in ORGANISATION_NOUNS or head in GERMAN_ORGANISATION_NOUNS or head in PERSON_NOUNS
        or head in UNNAMED_PERSON_NOUNS or head in _WRITTEN or _is_speakers_noun(head)
    )


def _a_persons(name: str) -> bool:
    """Whether a name is a person's by its first word: a title ("Mayor Tom Baker") or a first name."""
    first = name.split()[0]
    return first.rstrip(".") in _TITLES or is_first_name(first)


def _german_noun(speaker: str) -> bool:
    """Whether a speaker is a German noun with its article in the nominative ("das Unternehmen",
    "die Behörde"; not ``_DEFINITE``'s "des", "dem", "den": measured, those cost a blind quote)."""
    return speaker.split()[:1] in (["der"], ["die"], ["das"])


def _last_sayer(
    sections: list[Section], where: tuple[int, int], quoted: str, german: bool = False, firm: bool = False
) -> str | None:
    """Who the sentences just before a quote say spoke ("The Kansas Department of Transportation
    warned on its Facebook page …", "In a statement, SunBridge said …"): the name before the
    last verb of speech in the quote's paragraph before it, else in the paragraph before. In
    German, the body that is the subject of the last sentence before the quote ("Die
    Bundesvereinigung der Deutschen Arbeitgeberverbände kritisierte den Beschluss scharf. »…«,
    erklärte der Verband."), whatever its verb; for a firm's noun (``firm``: "teilte das
    Unternehmen mit") also a name of one word ("Vireo bestätigte das Problem.")"""
    section, block = where
    text = sections[section].blocks[block].text
    at = text.find(quoted[:40])
    texts = [text[: max(at, 0)]]
    if block:
        texts.append(sections[section].blocks[block - 1].text)
    for before in texts:
        if german:
            masked = mask_quoted(before)
            if firm and before is texts[0] and (name := _firm_opening(masked)):
                return name  # "Vireo bestätigte das Problem. „…“, teilte das Unternehmen mit."
            body, _, _ = issuer_before(masked, None) if before.strip() else (None, None, None)
            if body and (
                # (nothing unnamed, "ein Sparprogramm", nor a clause, "das teilte der Zweitligist")
                body.split()[0].casefold() in _INDEFINITE_GERMAN or any(w.islower() for w in body.split()[1:])
                or _a_persons(body) or _a_kind_of_body(body)
                or (" " not in body.strip() and not names_body(body) and not (firm and _may_be_firms_name(body)))
            ):
                # (a person issues no body's words; a word alone may be anyone's name, unless a
                # firm's noun speaks and it may be a firm's; a kind of firm, "Das
                # Familienunternehmen beschäftigt …", is the one named before)
                body = None
            if body:
                return body
            continue
        found = None
        for match in _SAYER.finditer(before, timeout=timeout_for(before)):
            if match.group("name").casefold() not in _SAYER_PRONOUNS:  # ("She said:" names nobody)
                found = match
        if found is not None:
            words = found.group("name").split()
            while len(words) > 1 and (_says_where_or_whose(words[0]) or words[0] in ("But", "And", "Yet")):
                words = words[1:]  # ("Singapore-based Oceanbridge Group told customers", "But Kestrel Logistics said")
            return " ".join(words)
    return None


_SAYER_PRONOUNS = frozenset("he she they it we i you".split())
#: German indefinite articles: what they open is no body named.
_INDEFINITE_GERMAN = frozenset("ein eine einer eines einem einen".split())
#: The nouns of a firm a German quote's attribution may call it by ("teilte das Unternehmen mit").
_FIRM_NOUNS = frozenset("unternehmen konzern firma".split())
#: Nouns that stand for a firm ("the company said"), English and German.
_COMPANY_NOUNS = frozenset({"company", "firm", *_FIRM_NOUNS})
#: Nouns of bodies in a name that may still be a firm's ("Acme Group", "Ocean Network", "Tata Sons").
_FIRMS_NOUNS_TOO = frozenset("company firm group bank network fund trust team club".split())


def _of_another_kind(name: str) -> bool:
    """Whether a body's name says it is a body of a kind no firm is ("Portuguese Environment
    Agency", "Ministry of Transportation", "Institute for Inclusive Growth"); a legal form makes
    it a firm whatever it holds ("Beira Port Authority Ltd")."""
    words = [w.strip(".,’'").casefold() for w in name.split()]
    if any(w in FIRM_SUFFIXES for w in words):
        return False
    return any(w in ORGANISATION_NOUNS and w not in _FIRMS_NOUNS_TOO for w in words)
#: Endings of German nouns that are no firm's name ("Die Forderung", "Die Belegschaft").
_NOUN_ENDINGS = (*GERMAN_ABSTRACT_ENDINGS, "ung", "tion", "nis", "tum", "chen", "lein")


#: A German sentence opening with a word alone, then a verb in the singular: "Vireo bestätigte",
#: "Frischkauf sieht".
_WORD_THEN_VERB = regex.compile(r"(?P<name>\p{Lu}[\p{L}\p{N}&'’-]+)\s+\p{Ll}+te?\b")


def _firm_opening(before: str) -> str | None:
    """The name of one word the last sentence of ``before`` opens with as its subject, where it
    may be a firm's (``_may_be_firms_name``); else None."""
    before = before[-300:].rstrip(" „“”\"»«‘’")  # (the quote's opening mark)
    sentences = split_sentences(before)
    if sentences and before[-1:] not in (".", "!", "?", ":"):
        sentences = sentences[:-1]  # (the quote's own sentence)
    last = sentences[-1].strip() if sentences else ""
    match = _WORD_THEN_VERB.match(last, timeout=PATTERN_TIMEOUT)
    if match is None:
        return None
    folded = match.group("name").casefold()
    if folded in _OPENERS or folded in GERMAN_PRONOUNS or folded in GERMAN_ARTICLES or folded in _NOT_FIRMS:
        return None
    return match.group("name") if _may_be_firms_name(match.group("name")) else None


#: Words opening a German sentence that are no firm's name.
_NOT_FIRMS = frozenset("es man wer was dies dieses das jeder jede alle viele beide".split())


def _may_be_firms_name(word: str) -> bool:
    """Whether a capitalised word alone may be a firm's name: no person's first name, no role, no
    noun of a common kind by its ending."""
    return not (is_given_name(word) or is_role(word) or word.casefold().endswith(_NOUN_ENDINGS))


#: What a body or a person writes, whose words a quote may be ("the statement said", "the post read"):
#: its issuer's, the one the article said issued it, else who spoke just before, else the body
#: named last ("The Data Protection Commission fined …" ¶ "“…,” the decision states.").
_WRITTEN = ISSUED_NOUNS | frozenset(
    "post opinion ruling judgment judgement email notice tweet announcement complaint lawsuit message memo "
    "citation order decision memorandum submission".split()
)
#: A name, then a verb of speech: "Lanka Produce Brokers said", "The Kansas Department of
#: Transportation warned" (its article aside), "Brightcastle, which …, denied".
_SAYER = regex.compile(
    # (after a conjunction opening the sentence: "But the Dangote Petroleum Refinery … said")
    r"(?:^|(?<=[.!?,;:”\"’]\s)|(?<=(?:^|[.!?]\s)(?:But|And|Yet)\s))"
    # (what it is may come first, the name in commas after it: "The carrier, Severobus, said")
    r"(?:(?P<kind>[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+)?,\s+)|The\s+|the\s+)?"
    r"(?P<name>\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|&|on)\s+)?\p{Lu}[\p{L}&'’.-]*){0,6}"
    # (a family or a board by whose it is: "The Mokoena family said", "Marlow County commissioners said")
    r"(?:\s+(?:family|commissioners|trustees))?"
    # (an office by whose it is: "The governor’s office said")
    r"|(?<=[Tt]he\s)\p{Ll}+(?:\s+\p{Ll}+)?['’]s\s+office)"
    # (what it is may stand between, in commas: "Brightcastle, which is based in Bellevue …, denied")
    # (or what it is, in commas: "Saltbush Sessions, a three-day event planned for …, announced")
    # (its short form in brackets first: "Orient Meridian Lines (OML), the Hong Kong-listed carrier
    # that took delivery of two 24,000 TEU ships in April, said"; a figure's comma is none of its)
    r"(?:\s*\([\p{Lu}\d&.-]{2,12}\))?"
    r"(?:,\s+(?:which|who|an?|the)\s+(?:[^,.;“”\"]|(?<=\d)[,.](?=\d)){1,120},|(?(kind),))?"
    # (where it said so, in commas: "the Dangote Petroleum Refinery, in a statement on Tuesday, said")
    r"(?:,\s+in\s+(?:a|an|its|their)\s+[^,.;“”\"]{1,60},)?"
    r"\s+(?:said|says|warned|wrote|writes|added|announced|stated|posted|told|confirmed|issued|emailed|ruled|ordered"
    r"|denied|rejected|responded|replied|insisted|argued|welcomed|criticised|criticized|defended|apologised"
    r"|apologized|acknowledged|admitted|explained|noted|stressed|urged|blamed|disputed|declined|appealed)\b"
)


def noun_gender(speaker: str) -> str | None:
    """The gender a role noun says of its bearer: "die Sprecherin", "the spokeswoman" a woman,
    "der Sprecher" a man; None where it says neither ("the official", "die 52-Jährige" aside)."""
    words = speaker.split()
    article, last = words[0].casefold(), (_owned_noun(speaker) or words[-1]).casefold()
    if last.endswith(("woman", "actress")) or (article in ("die", "eine") and last.endswith("in")):
        return "f"
    if last.endswith("man") or (article in ("der", "ein") and (is_role(last) or last in NATIONALITY_NOUNS)):
        return "m"  # ("der gebürtige Serbe")
    aged = any(AGE_NOUN.fullmatch(w, timeout=timeout_for(w)) for w in words)
    return {"die": "f", "der": "m", "eine": "f", "ein": "m"}.get(article) if aged else None


def _article_gender(speaker: str) -> str | None:
    """The gender a German noun of someone says by its article: "der" a man's, "die" a woman's
    ("der Sachverständige", "die Geologin"); None for any other speaker."""
    words = speaker.split()
    if len(words) > 1 and words[0] in ("der", "Der", "die", "Die") and _is_role_speaker(speaker):
        return "m" if words[0].casefold() == "der" else "f"
    return None


def _may_be(name: str, gender: str | None) -> bool:
    """Whether a person may bear a noun of ``gender``: their first name says none or the same."""
    return gender is None or gender_of(name.split()[0]) in (None, gender)


def _owned_noun(speaker: str) -> str:
    """The noun a German genitive follows ("der Aktivist der Mietergewerkschaft": "Aktivist"), or ""."""
    words = speaker.split()
    for k in range(2, len(words)):
        if words[k] in ("der", "des"):
            return words[k - 1]
    return ""


#: How many paragraphs back a person's role noun looks for the one person named.
_ROLE_REACH = 2


def _holds(role: str, noun: str) -> bool:
    """Whether a role the article gave ("the company's chief executive") is the noun an
    attribution uses ("chief executive"), word for word, or a title that says it ("Justice S.
    Meenakshi" is the judge, "Dr Anjali Varma" the doctor, "Sen. Kayla Romero" the senator)."""
    if f" {noun} " in f" {role} ":
        return True
    if " " not in noun and len(noun) >= 5 and any(
        word.endswith(noun) and not _deputy_or_former(word) for word in role.split()
    ):
        return True  # a German compound ending in the noun: "Verkehrsstadträtin" is "die Stadträtin"
    titles = _title_group(noun)
    return bool(titles) and any(word.rstrip(".") in titles for word in role.split())


#: Words opening a compound role that make its holder someone else than the role's plain holder:
#: the deputy, the former ("Vizebürgermeisterin" is not "die Bürgermeisterin", "ex-minister" not "the minister").
_NOT_THE_HOLDER = ("vize", "vice", "ex-", "co-", "stellvertret", "ehemalig", "former", "deputy")


def _deputy_or_former(word: str) -> bool:
    """Whether a (folded) compound role is a deputy's or a former holder's: "vizebürgermeisterin",
    "altbürgermeister" (not "altenpflegerin", "altersforscher")."""
    return word.startswith(_NOT_THE_HOLDER) or (word.startswith("alt") and not word.startswith(("alten", "alter")))


def _titled_otherwise(entity: Entity, noun: str) -> bool:
    """Whether a title the person was given says another role than ``noun``, itself one a title
    says: "Dr Asha Menon" is not "the judge" (a minister may be a doctor: no title says minister);
    or a part in a trial another part than ``noun``: "der Angeklagte Kamil S." is not "der
    Staatsanwalt" (a doctor may be either)."""
    for groups in (_TITLES_OF, _TRIAL_PARTS):
        own = next((titles for titles in groups if noun in titles), None)
        if own is None:
            continue
        other = {t for titles in groups if titles is not own for t in titles}
        if any(w.rstrip(".").casefold() in other for role in entity.roles for w in role.split()):
            return True
    return False


def _title_group(noun: str) -> frozenset[str] | None:
    """The titles or the nouns of a part in a trial that say the same role as ``noun`` (folded), or None."""
    return next((titles for titles in (*_TITLES_OF, *_TRIAL_PARTS) if noun in titles), None)


#: Titles that say one role each: the bearer of any of them is "the judge", "the doctor" ….
_TITLES_OF = (
    frozenset({"judge", "justice", "magistrate"}),
    frozenset({"dr", "doctor"}),
    frozenset({"prof", "professor"}),
    frozenset({"sen", "senator"}),
    frozenset({"gov", "governor"}),
    frozenset({"det", "detective"}),
)
#: The parts in a trial: whoever is one is none of the others.
_TRIAL_PARTS = (
    _TITLES_OF[0] | {"richter", "richterin"},  # (the judge's titles, and the German nouns)
    frozenset({"prosecutor", "staatsanwalt", "staatsanwältin", "oberstaatsanwalt", "oberstaatsanwältin"}),
    _DEFENDANTS,
    # (a lawyer in court is the defence's or a joint plaintiff's, never the judge nor the prosecutor:
    # "Rechtsanwalt Kai-Uwe Benthin" is not "der Richter", "His lawyer, Sam Roe" not "the judge")
    frozenset({
        "verteidiger", "verteidigerin", "strafverteidiger", "strafverteidigerin", "rechtsanwalt", "rechtsanwältin",
        "anwalt", "anwältin", "lawyer",
    }),
    frozenset({"witness", "zeuge", "zeugin"}),
)
