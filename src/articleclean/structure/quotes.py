"""Direct quotes and who said them.

A quote is text in quote marks (“…”, "…", „…“, «…», ‚…‘, ‘…’) of at least four words that is not
a title of a work (a shorter spoken span counts only as the start of a longer utterance:
“Amazing,” Davis said. “To be able …”). Its speaker comes from the attribution before it ("X, a Y
at Z, notes, “…”", "X has urged “…”", "He urged …, saying “…”", "According to X, “…”") or after
it ("“…,” said X", "“…,” X said", "“…,” X, a Y, has written"). A span split by its attribution
sentence is one quote; a second span later in the paragraph, with nobody else named between,
is the same speaker's. A ``<blockquote>`` is a quote when a ``<cite>`` or a dash line ("— Ann
Hale, harbour master") in it or right after it names the speaker. Speakers named by surname or
acronym get the full name the article gives; pronouns are resolved where that is unambiguous.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator

import regex

from ..model import Block, Quote, Section
from ..patterns import PATTERN_TIMEOUT, phrase_alternation, timeout_for
from ..patterns.dates import CALENDAR_WORDS
from ..patterns.names import (
    ARABIC_ARTICLE_SURNAME,
    SURNAMES_WRITTEN_FIRST,
    gender_of,
    given_gender,
    is_acronym,
    is_first_name,
    is_given_name,
    surname,
    surname_first,
)
from ..patterns.social import POST_PLATFORMS
from ..patterns.speech import (
    BODY_NAME_WORDS,
    DOCUMENT_NOUNS,
    FAMILY_NOUNS,
    FIRM_SUFFIXES,
    GERMAN_ABSTRACT_ENDINGS,
    GERMAN_COMMON_ADJECTIVES,
    GERMAN_DETERMINERS,
    GERMAN_HEISST,
    GERMAN_NOUN_PHRASE_STARTS,
    GERMAN_PARTIAL_QUOTE_PARTICIPLES,
    GERMAN_PLACE_ENDINGS,
    GERMAN_PLACE_NOUNS,
    GERMAN_PREPOSITIONS,
    GERMAN_PRONOUNS,
    GERMAN_ROLE_ENDINGS,
    GERMAN_SENTENCE_OPENERS,
    GERMAN_SPEECH_VERBS,
    GERMAN_UNNAMED_PERSON_NOUNS,
    ISSUED_NOUNS,
    NATIONALITY_NOUNS,
    NOT_A_PERSONS_NAME_WORDS,
    OFFICE_NOUNS,
    OPENING_QUOTE_MARKS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    TITLES,
    UNNAMED_PERSON_NOUNS,
)
from ..sentences import ends_sentence, mask_quoted, split_sentences, translates_quoted
from ..tree import text_of
from . import quotes_de
from .speakers import (
    AGE_NOUN,
    ONLY_NAME_GIVEN,
    PRONOUN_GENDERS,
    WHERE_OR_WHOSE,
    joins_a_person,
    noun_gender,
    resolve_speakers,
    the_one_body,
    without_title,
)

_VERB = phrase_alternation(SPEECH_VERBS, any_space=False)
_TITLE = phrase_alternation(TITLES, any_space=False)
_NAME_WORD = r"(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.(?:[\p{Lu}]\.)*|[B-HJ-Z](?=[^\S\n]+\p{Lu}))"
#: Particles inside a name ("Bernhard von Bülow", "Ursula von der Leyen", "Declan Ó Briain").
_PARTICLES = r"(?:de|van|von|der|da|del|la|le|bin|al|Ó)"
#: Irish particles before a surname ("Declan Ó Briain", "Máire Ní Bhriain", "Seán Mac Lochlainn").
_IRISH_PARTICLES = ("Ó", "Ní", "Nic", "Mac", "Uí")
_IRISH_PARTICLE = rf"(?:(?:{'|'.join(_IRISH_PARTICLES)})[^\S\n]+)"
_NAME = (
    # (two titles may stand before it, "Lt. Col. Jane Roe", "Det. Sgt. Jane Roe"; "the Rev." takes its article;
    # a firm's name may join its words with "&": "Procter & Gamble", "Marks & Spencer"; a surname
    # may open with an Arabic article, "Bashar al-Assad", or be one alone, "al-Nour said")
    # (or joined by a hyphen, as Canadian forces write them: "Lt.-Cmdr. Nadine Ross")
    rf"(?:(?:the\s+(?=Rev\b))?(?:{_TITLE})\.?(?:-(?:{_TITLE})\.?)?\s+){{0,2}}(?:{_NAME_WORD}|{ARABIC_ARTICLE_SURNAME})"
    rf"(?:\s+(?:{ARABIC_ARTICLE_SURNAME}|{_NAME_WORD}|{_PARTICLES}|&(?=\s+\p{{Lu}}))){{0,4}}"
    # (a suffix after it, a company's with its full stop: "Nunavut Tunngavik Inc. said")
    r"(?:,?\s+(?:Jr|Sr|II|III|IV|Inc|Corp|Co|Ltd|LLC|PLC|Plc)\b\.?)?"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
# A speaker described rather than named: "a WeWork spokesperson", "the company", "police".
#: Someone's relative or helper, by what they are to them: "his son", "her late husband", "their lawyer".
_WHOSE_PERSON = (
    # (or a named one's: "Callum’s family said:")
    r"(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+['’]s)\s+(?:(?:late|former|eldest|elder|oldest|younger|youngest|twin|only)\s+)?"
    rf"(?:{'|'.join(noun for noun in FAMILY_NOUNS if noun.islower())}|family|parents"
    r"|lawyer|attorney|solicitor|trainer|coach|manager|agent|spokesman|spokeswoman|spokesperson|publicist)"
    r"(?![\p{L}])"
)
#: Someone unnamed by whom they are close to or know of: "a source close to the star", "two
#: people familiar with the matter" (up to the first word after the preposition).
_UNNAMED_SOURCE = (
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\p{Ll}-]+\s+)?"
    r"(?:sources?|friends?|person|people|insiders?|aides?|relatives?|officials?)"
    r"\s+(?:close\s+to|familiar\s+with|briefed\s+on|of|to)\s+(?:the\s+|his\s+|her\s+|their\s+)?[\p{L}'’-]+"
)
#: People in the plural who speak as a group with no article before them: "officials said", "“…,”
#: organisers wrote" (``_GROUP_NOUNS`` holds them with others, where the sentence opens with them).
_PEOPLE_IN_NUMBERS = (
    "police", "officials", "officers", "prosecutors", "investigators", "authorities", "witnesses", "residents",
    "experts", "analysts", "researchers", "scientists", "doctors", "lawmakers", "organizers", "organisers",
)
_DESCRIBED = (
    # (an age among the words before the noun: "the 66-year-old retiree")
    # (a word with a figure among them: "the former national U-20 assistant coach")
    # (someone unnamed by whom they are close to, "said two people familiar with the company's plans")
    rf"(?:{_UNNAMED_SOURCE}(?:(?<=['’]s)\s+\p{{Ll}}[\p{{L}}-]*)?|{_WHOSE_PERSON}"
    r"|(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)\s+(?:(?:\d{1,3}-year-old|[\p{L}'’&.-]+|\p{L}+-\d+)\s+){0,4}?[\p{L}][\p{L}'’-]+"
    r"|[Tt]he\s+\d{1,3}-year-old|"
    + "|".join(_PEOPLE_IN_NUMBERS) + ")"
)
#: A described speaker before its verb: "the company said:", "a spokesperson said:" (a noun of
#: an organisation or a person's role after the article, not any noun: "the report the company …").
_DESCRIBED_NOUN = phrase_alternation(
    # (a body's noun may be capitalised for the one body the article names: "the Department said")
    sorted(ORGANISATION_NOUNS | UNNAMED_PERSON_NOUNS | {n.capitalize() for n in ORGANISATION_NOUNS - ISSUED_NOUNS}),
    any_space=False,
)
_DESCRIBED_BEFORE = (
    # (a body's name may stand before the noun: "A Department for Education spokeswoman said:")
    # ("A Department for Business and Trade spokesman said:")
    # (or an owner in lower case: "the prime minister’s official spokesman said:")
    rf"(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?:[\p{{Ll}}-]+(?:['’]s?)?|\d{{1,3}}-year-old|\p{{Lu}}[\p{{L}}&'’-]*|(?:\p{{Lu}}\.){{2,3}}|for|of|and)\s+){{0,5}}?(?:{_DESCRIBED_NOUN})(?:s|es)?(?![\p{{L}}])"
    # (whom they speak for: "a spokesperson for the federal Northern Affairs department said",
    # "a spokeswoman for one of the supermarkets named in the report said")
    # (its short name in brackets may follow: "a spokesperson for the Universities and Colleges
    # Employers’ Association (UCEA) said")
    rf"(?:\s+(?:for|at|with|of)\s+(?:the\s+)?(?:[\p{{L}}'’&-]+\s+){{0,7}}?[\p{{L}}'’-]+"
    rf"(?=(?:\s*\([\p{{L}}&.-]{{2,12}}\))?\s+(?:(?:has|have|had)\s+)?(?:{_VERB})\b|,\s+who\s)"
    # (or where they are: "The National Weather Service office in Guam said", "a teacher in Leeds said")
    rf"|\s+in\s+(?:the\s+)?(?:(?!(?:and|but|or)\s)[\p{{L}}'’&-]+\s+){{0,4}}?(?!(?:and|but|or)\s)[\p{{L}}'’-]+(?=\s+(?:(?:has|have|had)\s+)?(?:{_VERB})\b|,\s+who\s))?"
    r"|[Tt]he\s+\d{1,3}-year-old"  # "The 56-year-old said after his appointment: “…”"
    # any noun right before a plain verb of speech that leads into the quote: "the utility said:",
    # "The auditors wrote:"
    r"|(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?"
    r"(?!(?:but|and|or|just|that|also|then|who|which|it|this|has|have|had|was|were|is|will|would|not)\s)"
    r"\p{Ll}[\p{Ll}-]+(?=\s+(?:said|says|wrote|writes|added|warned)\s*[:,]?\s*$)"
    # "A source close to the star said:", "a person familiar with the talks said", "A person close to
    # Senate GOP leadership said", "two people familiar with the matter said"
    rf"|{_UNNAMED_SOURCE}(?:(?:\s+\p{{Lu}}[\p{{L}}'’-]+)+|(?:\s+[\p{{L}}'’-]+){{1,5}}?(?=,|\s+(?:(?:has|have|had|also|later)\s+)?(?:{_VERB})\b))?"
    # "The grandmother-of-four added:" (a parent by the children counted)
    r"|[Tt]he\s+\p{Ll}+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))"
)
#: Nouns of a person's role or office: "(Acme) spokeswoman Jane Smith", "deputy director, Eva-Marie Persson".
_ROLE_NOUNS = PERSON_NOUNS | OFFICE_NOUNS | {"ceo", "head", "colleague"}
_ROLE_NOUN = phrase_alternation(sorted(_ROLE_NOUNS), any_space=False)
#: Role nouns and nouns of someone unnamed: the word after a body's name that makes it the person's
#: ("Board member Terrence Hallett said …, calling …" is Hallett's).
_ROLE_OR_PERSON_NOUNS = _ROLE_NOUNS | UNNAMED_PERSON_NOUNS
# Words that may follow a described speaker: "said a spokesperson when contacted", "… in a statement".
_LINK_WORD = r"(?:in|on|at|via|to|when|after|before|while|who|which|during|from|for|as|and|with|by)"
#: A character of a description in commas: no comma, but for one in a number's thousands ("the
#: union that represents about 1,900 graduate employees") or before a place's second part ("a
#: professor at the University of California, Berkeley,", "the mayor of Springfield, Ohio,"), and
#: no quote mark.
_DESC_CHAR = (
    # (or a title or slogan of a few words in quote marks: "who ran on the slogan “Midlands First”")
    r"(?:[^,“”\"«»„]|(?<=\d),(?=\d{3}(?!\d))|“[^“”.!?,]{1,30}”"
    r"|,(?=\s(?:(?:New|North|South|East|West|Northern|Southern|Eastern|Western)\s)?\p{Lu}[\p{L}.'’-]*,))"
)
#: A second description after an age: "Jane Roe, 45, a nurse from Leeds,", "…, 45, of Springfield, Ill.,"; or
#: about the body the first names: "Anthony Liang, a portfolio manager at Kerrigan Capital, which took a stake,".
_DESC2 = rf"(?:a|an|the|who|whose|which|of|from)\s{_DESC_CHAR}{{2,120}}?"
#: A description between dashes after a name: "Roe – who has run the shop for 20 years – said".
_DASHED = r"\s+[–—]\s+[^–—“”\"«»„]{2,160}?\s+[–—]"
#: A US legislator's party and seat, as an apposition: "R-Peoria", "D-Minn.", "I-Maine", "R-Fort Myers".
_PARTY_SEAT = r"[DRI]-\p{Lu}[\p{L}.]*(?:[^\S\n]\p{Lu}[\p{L}.]*){0,2}?"
#: Where a description after a name ends: a comma, a semicolon, the end, or a full stop that ends
#: no abbreviation ("senior U.S. economist", "chief executive of Acme Inc. in Ohio", "a St. Louis
#: attorney" go on).
_DESC_END = r"(?=[,;]|$|(?<!(?<!\p{L})\p{Lu}|\b(?:Inc|St|Dr|Jr|Sr|Co|Corp|Ltd|Mt|Ft))\.)"
#: A short title with its full stop: "Eng.", "Capt.", "Dr.".
_SHORT_TITLE = r"\p{Lu}\p{Ll}{1,3}\."
# (a short title may open it: "Eng. Fahad Al-Otaibi")
_DESC = (
    rf"(?P<desc>(?:a|an|the|who|whose|[\p{{Ll}}\p{{Lu}}][\p{{L}}'’-]*|{_SHORT_TITLE})\s{_DESC_CHAR}{{2,160}}?"
    r"|\p{Ll}+ing)"
)

# A few words in quote marks inside an attribution: "X said he never used the term "three amigos" and added, …".
_PARTICIPLE = (
    r"(?:saying|adding|noting|writing|arguing|explaining|warning|insisting|declaring|telling\s+\p{Ll}+"
    # (or telling someone by name, a paper or an agency: "telling Mayer,", "telling The Guardian:")
    r"|telling\s+(?:The\s+|the\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})"
)
#: More participles whose object the quote is ("…, calling it “…”", "…, describing them as “…”");
#: after these and ``_PARTICIPLE`` a few words may stand before the quote ("…, saying they were
#: “…”", "…, warning of “…”"): the sentence's subject speaks.
_OBJECT_PARTICIPLE = r"(?:calling|describing|accusing|claiming|stressing|vowing|promising)"

# Words that may stand between a speaker and the verb: "X has urged", "X also said", "X later told".
_AUX = (
    r"(?:(?:has|have|had|was|were|is|will|would|to|also|further|later|then|again|once|previously|has\s+since"
    r"|recently|earlier|now|still|just|simply|only|quickly|flatly|bluntly|frankly|candidly|proudly|firmly"
    r"|quietly|calmly|openly|publicly|privately|repeatedly|reportedly|jokingly|wryly|angrily|reluctantly"
    # (the speaker stressed: "Kaydence herself wrote on X:", "…,” the mayor himself said")
    r"|himself|herself|themselves|itself"
    # "X on Tuesday said", "X yesterday accused", "X last week described": when, between subject and verb
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight"
    r"|(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening))\s+){0,2}"
)
#: An adverb set off in commas between a subject and its verb ("She, however, said …").
_ASIDE = r"(?:however|meanwhile|too|though|instead|in\s+turn|in\s+response|for\s+(?:his|her|its|their)\s+part)"
#: What a person or a body issues: "a survey by Jane Smith", "a report from the Inspector General".
_ISSUED = phrase_alternation(sorted(DOCUMENT_NOUNS), any_space=False)
_SHORT_QUOTED = r"(?:“[^“”.!?]{1,30}”|\"[^\".!?]{1,30}\")"

_QUOTED = regex.compile(
    r"“(?P<q1>[^“”]{2,})”"
    r"|\"(?P<q2>[^\"“”]{2,})\""  # (no curly mark inside: "A?” said Hill. "B." is two quotes)
    # Scraped text mixes curly and straight marks: “…" and "…”.
    r"|“(?P<q7>[^“”\"]{2,})\"|\"(?P<q8>[^“”\"]{2,})”"
    r"|„(?P<q3>[^„“”\"]{2,})[“”\"]"  # (German web text often closes „ with a plain ")
    # ”…”: both marks closing ones, as some type it (the first opens a sentence: a capital after it)
    r"|(?<![\p{L}\p{N}.,!?])”(?=\p{Lu})(?P<q10>[^„“”\"]{2,}?)”(?![\p{L}\p{N}])"
    r"|«\s?(?P<q4>[^«»]{2,}?)\s?»"
    r"|»(?P<q9>[^«»]{2,}?)«"  # German and Swiss print: »…«
    # (an apostrophe inside, "We’re", is no closing mark: a letter follows it)
    # (nor a plural's possessive before the mark that does close it: "‘It’s the kids’ future we’re
    # talking about,’ Roe said")
    r"|(?<![\p{L}\p{N}])‘(?P<q5>(?:[^‘’]|’(?=\p{L})|(?<=s)’(?=[^\S\n]\p{Ll}(?:[^‘’\n]|’(?=\p{L})){0,200}?[,.!?…]’)){2,}?)"
    r"’(?![\p{L}])(?!(?<=s’)[^\S\n]\p{Ll}(?:[^‘’\n]|’(?=\p{L})){0,200}?[,.!?…]’)"
    r"|(?<![\p{L}\p{N}])‚(?P<q6>[^‚‘’]{2,}?)[‘’](?![\p{L}])"
    # straight single marks, as plain-text British pages type them ('We're not against wind,' he
    # said): opened after no letter, apostrophes inside words ("We're", "O'Driscoll") no close
    # (nor a plural's possessive before the closing mark: "… and that's taxpayers' money,' he said")
    # (a quote in double marks nested inside: 'She'd tell you it was "coming along",' she said)
    r"|(?<![\p{L}\p{N}'])'(?=\p{L})(?P<q11>(?:[^'\"“”\n]|(?<=\p{L})'(?=\p{L})|\"[^\"'\n]{1,80}\"|“[^“”'\n]{1,80}”"
    r"|(?<=s)'(?=[^\S\n]\p{Ll}(?:[^'\"“”\n]|(?<=\p{L})'(?=\p{L})){0,200}?[,.!?]'(?![\p{L}\p{N}]))){2,}?)"
    r"(?<=[\p{L}.,!?])'(?![\p{L}\p{N}])"
    r"(?!(?<=s')[^\S\n]\p{Ll}(?:[^'\"“”\n]|(?<=\p{L})'(?=\p{L})){0,200}?[,.!?]'(?![\p{L}\p{N}]))"
    # An opening mark with no closing one: the quote runs on into the next paragraph.
    r"|[“\"„»«](?P<open>[^“”\"„«»]{2,})$"
    r"|^\s*‘(?P<open2>(?:[^‘’“”]|’(?=\p{L})){2,})$"  # (in single marks, the paragraph opening with it)
    # (or a colon before it, "said: ‘We know …", or a sentence's end, the quote going on after its
    # attribution: "‘…,’ she said. ‘When we sampled our own meadows …")
    r"|(?<=[:.!?]\s)‘(?P<open3>(?:[^‘’“”]|’(?=\p{L})){2,})$"
)
# The clause before a quote is its sentence's last part (split where sentences end), so a full
# stop inside it belongs to an abbreviation ("Mr.", "U.S."): the fillers below allow it.
_BEFORE = regex.compile(
    # (between the speaker and the verb: a description in commas, an age, "who" opening a clause:
    # "Whitaker, who had called an earlier draft “…”"; after a role in commas the name alone:
    # "the agency’s executive director, Inger Solbakken, said:")
    # (no object of a preposition: "China's ambassador to Britain accused …" is not Britain's)
    rf"(?<![\p{{L}}\p{{N}}'’.-])(?:(?P<speaker>(?<!\bto\s){_NAME}|{_PRONOUN}|{_DESCRIBED_BEFORE}|{_WHOSE_PERSON})"
    # (where the person is from: "Rep. Tomás Arreola of El Paso, the caucus chair, called")
    # (or the body they belong to: "Bishop Howard Lindemann of the Lake Michigan Synod wrote")
    rf"(?P<of>\s+(?:of|from|in)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?=,|\s+{_AUX}(?:{_VERB})\b)"
    # (after a person's name, a body's that holds small words: "Jane Roe of the Royal Society for the
    # Protection of Birds said", not a body's own "of": "the Office of the Conflict of Interest …")
    rf"|(?<=(?<![\p{{L}}])(?!(?:The|A|An)\s)\p{{Lu}}[\p{{L}}'’.-]*\s+\p{{Lu}}[\p{{L}}'’-]*)\s+(?:of|from)\s+(?:the\s+)?{_NAME_WORD}"
    rf"(?:(?:\s+(?:of|for|and|the|on|&))*\s+{_NAME_WORD}){{1,6}}(?=,|\s+{_AUX}(?:{_VERB})\b)"
    # (or where they work after "at", in lower case too: "analyst Hannah Okonedo at the same broker said")
    rf"|(?<=(?<![\p{{L}}])(?!(?:The|A|An)\s)\p{{Lu}}[\p{{L}}'’.-]*\s+\p{{Lu}}[\p{{L}}'’-]*)\s+at\s+(?:the\s+)?"
    rf"[^,;:“”\"«»„.!?]{{1,60}}?(?=\s+{_AUX}(?:{_VERB})\b))?"
    # (a bracket after the name: its short form, an age, a party or seat: "the Housing and Development
    # Board (HDB) said", "Mr Tuthill (71) said", "Jonah Whitcombe (Greens), who …, said")
    r"(?:\s*\([^()“”\"«»„]{1,80}\))?"
    # (a clause saying which one, no commas: "a resident who appears in the film and asked not to be named said";
    # or before a description in commas: "A woman who lives on the street, and who did not want to be named, said")
    r"(?:\s+(?P<which>who(?:se)?\s+[^,;:“”\"«»„.!?]{1,100}?)(?=\s+(?:also\s+)?(?:said|says|told|added|wrote)\b|,\s+and\s+who\s))?"
    # (an adverb in commas: "She, however, singled out …", "Ellison, for her part, described …")
    # (a description in commas may lead into "who": "Tamati Ruru, a graduate of the school, who said")
    # (or with a clause of its own: "Chloe Pearson, 19, from Hull, who was standing metres away, told")
    rf"(?:,\s*{_ASIDE},|,\s*(?:{_DESC}|\d{{1,3}})(?:,\s*{_DESC2})?,(?:\s+who(?=\s+{_AUX}(?:{_VERB})\b)"
    rf"|\s+who\s[^,;:“”\"«»„.!?]{{1,100}},)?|{_DASHED}|(?P<bare>,)(?P<who>\s+wh(?:o|ich))?)?"
    rf"\s+{_AUX}(?P<verb>{_VERB})"
    # "X said (that the move was) “…”": the rest of the clause may stand between verb and quote.
    rf"(?:\b(?:[^“”\"«»„!?]|{_SHORT_QUOTED}){{0,160}}?)?"
    # "He urged Mr. Trump to make a deal, saying “…”": the subject speaks, the participle says so.
    # (no name after an article: "In an Instagram post on Sunday, the charity appealed …, writing:")
    rf"|(?<!\b(?:[Aa]n?|[Tt]he)\s)(?P<speaker3>{_NAME}|{_PRONOUN}|{_DESCRIBED_BEFORE})\s+[^“”\"«»„!?]{{0,160}}?,\s*(?P<verb3>{_PARTICIPLE}|{_OBJECT_PARTICIPLE})(?:\s+[^“”\"«»„!?,;:]{{1,60}}?)?"
    # "…, with Majority Leader Jane Roe saying it would “…”": whom "with" brings in speaks
    rf"|(?<![\p{{L}}])with\s+(?:(?:\p{{Lu}}[\p{{L}}.-]*|\p{{Ll}}+)\s+){{0,3}}?(?P<speaker8>{_NAME})(?:\s*\([^()“”\"«»„]{{1,80}}\))?\s+(?P<verb8>{_PARTICIPLE}|{_OBJECT_PARTICIPLE})(?:\s+[^“”\"«»„!?,;:]{{1,60}}?)?"
    # "in Cairo’s words, a “…”", "in the words of Hannah Cairo, “…”"
    # (or "in her words, “…”": the one the pronoun stands for, as "she said" is read)
    # (a role in lower case perhaps before the name: "in singer Marisol Vega’s words")
    rf"|\b[Ii]n\s+(?:(?:\p{{Ll}}+\s+)?(?P<speaker5>{_NAME})['’]s?\s+(?:own\s+)?words|the\s+words\s+of\s+(?P<speaker6>{_NAME}|{_DESCRIBED_BEFORE})"
    r"|(?P<speaker7>her|his|their)\s+(?:own\s+)?words)"
    r"(?:[,:]?\s+(?:an?|the))?"
    # "According to a 2018 survey by Jane Smith of the University of X, …": the survey's author
    rf"|[Aa]ccording\s+to\s+(?:an?|the)\s+(?:[\p{{L}}\d'’-]+\s+){{0,3}}?(?:{_ISSUED})\s+(?:by|from)\s+(?:the\s+)?"
    rf"(?P<speaker4>{_NAME}(?:\s+for\s+{_NAME})?)(?:\s+(?:of|at|from)\s+[^,“”\"«»„!?]{{1,80}})?(?:,[^“”\"«»„!?]{{0,160}}?)?"
    rf"|[Aa]ccording\s+to\s+(?P<speaker2>{_NAME}|{_DESCRIBED})(?:,\s*{_DESC})?(?:,[^“”\"«»„!?]{{0,120}}?)?)\s*[,:]?\s*$"
)
#: A role in lower case before a name in an apposition, its article perhaps left out: "One of his
#: former students, the trumpeter Lerato Sithole, posted", "Mkhwanazi's lawyer, advocate Jabulani Zulu,".
_ROLE_BEFORE_NAME = regex.compile(r"^(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,3}(?=\p{Lu})")
#: A participle opening a sentence before its subject, no name, nor whom its clause names: "Asked
#: if he had anything to say, Best stood and told …", "Speaking to reporters, she …".
_CLAUSE_OPENER = r"\p{Lu}\p{Ll}+(?:ed|ing)\s+(?:if|whether|what|why|how|when|about|on|by|to|for|at|in)\b"
#: A subject, a first verb and what it governs, then "and" or "but" and a verb of speech leading
#: into the quote: "Mrs Funmilayo Adeyinka, …, commended the improvement but said:".
_COORDINATED = regex.compile(
    # (no object of a preposition, "ambassador to Britain accused", nor an owner, "China’s ambassador")
    rf"(?<![\p{{L}}\p{{N}}'’.-])(?<!\b(?:to|of|in|at|for|from|with|by|on)\s)(?!{_CLAUSE_OPENER})"
    rf"(?<!(?<![\p{{L}}]){_CLAUSE_OPENER}[^,.;:]{{0,80}})(?P<speaker>{_NAME}|{_PRONOUN})(?<!['’]s)"
    rf"(?:\s+(?:of|from)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?(?:,\s*{_DESC},)?"
    # (the first verb: a word in lower case, no preposition or article; a comma before it closes
    # an apposition the name stood in: "the forum's president, Mrs Adeyinka, commended")
    r",?\s+(?!(?:of|the|a|an|in|at|on|for|to|from|with|and|or|by|who|which|that)\b)\p{Ll}+\b"
    rf"[^“”\"«»„.!?;:]{{0,100}}?\s(?:and|but)\s+(?:also\s+|then\s+)?(?P<verb>{_VERB})\b"
    r"[^“”\"«»„.!?;]{0,60}?[,:]?\s*$"
)
_BEFORE_SPEAKERS = ("speaker", "speaker2", "speaker3", "speaker4", "speaker5", "speaker6", "speaker7", "speaker8")
#: The pronoun whose possessive says whose words a quote is ("in her words": she).
_OWNERS_PRONOUN = {"her": "she", "his": "he", "their": "they"}
_AFTER_VERB_FIRST = regex.compile(
    rf"^\s*,?\s*(?P<verb>{_VERB})\s+(?:[\p{{Ll}}\d'’-]+\s+){{0,3}}?"
    rf"(?P<speaker>{_NAME}|{_DESCRIBED}(?=[.,;:]|$|\s+{_LINK_WORD}\b))"
    rf"(?:,\s*{_DESC}{_DESC_END})?"
)
# "…," Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water, told CNN.
# (a few lower-case words may describe the name first: "…," study lead author Lucas Paganini, a
# planetary scientist at … in Washington, D.C., said; the full stops of initials stand inside)
_AFTER_SPEAKER_LONG_DESC = regex.compile(
    rf"^\s*,?\s*(?:\p{{Ll}}[\p{{L}}'’-]*\s+){{0,4}}?(?P<speaker>{_NAME}),\s*"
    # (the description may open without an article where a role noun comes in its first words:
    # "Nathaniel Pieper, senior vice president of fleet, finances and alliances at Alaska, said")
    rf"(?P<desc>(?:a|an|the|who|(?=(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,3}}(?:{_ROLE_NOUN})(?![\p{{L}}]))\p{{Ll}}[\p{{L}}-]*)\s(?:[^“”\"«»„.!?]|(?<=(?<![\p{{L}}])\p{{Lu}})\.){{2,200}}?),?\s+"
    rf"{_AUX}(?P<verb>{_VERB})\b"
)
# "…," Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said: the role, then
# the name in commas.
_AFTER_ROLE_THEN_NAME = regex.compile(
    rf"^\s*,?\s*(?P<desc>(?:[\p{{L}}'’&.-]+\s+){{0,5}}?(?:{_ROLE_NOUN})(?:\s+[\p{{L}}'’&.-]+){{0,5}}?),\s*(?P<speaker>{_NAME}),\s+"
    rf"{_AUX}(?P<verb>{_VERB})\b"
)
# “…” — Jane Smith, chief executive: a dash and the name end the paragraph.
_AFTER_DASH = regex.compile(
    rf"^\s*(?P<verb>[—–―]|--?(?=\s*\p{{Lu}}))\s*(?P<speaker>{_NAME})(?:\s*\([^()\n]{{1,60}}\))?"
    rf"(?:,\s*(?P<desc>[^.“”\"!?]{{2,120}}))?\s*$"
)
# "…," according to Jane Smith / according to a spokesperson.
_AFTER_ACCORDING = regex.compile(
    rf"^\s*,?\s*(?P<verb>according\s+to)\s+(?P<speaker>{_NAME}|{_DESCRIBED}(?=[.,;:]|$|\s+{_LINK_WORD}\b))"
    rf"(?:,\s*{_DESC}{_DESC_END})?"
)
_AFTER_SPEAKER_FIRST = regex.compile(
    # "…," Oklahoma City coach Billy Donovan said: a few words of description may come first.
    # (a described speaker and whom they speak for: "…,’ a spokeswoman for one of the supermarkets
    # named in the report said")
    # (two people named together: "…," Chiou and Howlett write)
    # (a body's number among them: "…," Local 211 President Terrell Banks told Reuters)
    rf"^\s*,?\s*(?:(?:[\p{{L}}'’&.-]+|(?<=\p{{Lu}}\p{{Ll}}+\s)\d{{1,5}})\s+){{0,7}}?(?P<speaker>{_NAME}\s+and\s+{_NAME}(?=\s+{_AUX}(?:{_VERB}|write)\b)"
    rf"|{_NAME}|{_PRONOUN}|{_DESCRIBED_BEFORE}|{_DESCRIBED})"
    # (where a named person is from, before a description in commas: "Sen. Wade Hollister of Joplin,
    # the bill’s sponsor, said")
    rf"(?:(?<=\p{{L}})\s+(?:of|from)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?=,))?"
    # (a description, an age or a party in commas, "Jane Smith, 45, a teacher from Leeds,", "Jane
    # Smith, D-Calif.,"; or a party in brackets, "Jane Smith (Labour)")
    rf"(?:,\s*(?:{_DESC}|\d{{1,3}}|{_PARTY_SEAT})(?:,\s*{_DESC2})?,|\s*\([^()“”\"]{{1,40}}\)|{_DASHED})?"
    # "…," Paganini and his team wrote: the one named speaks for the rest.
    rf"(?:\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|coauthors|staff))?"
    # ("write" after more than one: "…," Chiou and Howlett write; "…," the authors write)
    rf"\s+{_AUX}(?P<verb>{_VERB}|(?<=\sand\s+{_NAME}\s+|\b(?:they|\p{{Ll}}+s)\s+)write)\b"
    # (not a verb whose object is a clause of its own: "“…?” Brandstätter replied that the company had …"
    # reports other words; "said that evening" is when)
    r"(?!\s+that\s+(?!(?:evening|night|morning|afternoon|day|week|weekend|month|year|time)\b))"
)
#: Lower-case words that join phrases and name no role ("said Apple in New York", "said Smith on Monday").
_FUNCTION_WORDS = frozenset(
    "in on at for to of with from by and or the a an after before when while as than this that".split()
)
#: After a body's name, its role nouns and the name of who holds them: "(Acme) spokeswoman Jane Smith".
_ROLE_THEN_NAME = regex.compile(
    # (a short title may end the role: "(Saanich) police Const. Harpreet Ghuman")
    rf"\s+(?P<role>(?:\p{{Ll}}[\p{{L}}-]*\s+){{1,3}}?(?:(?:{_TITLE})\.\s+)?)(?P<speaker>{_NAME_WORD}\s+{_NAME_WORD})"
)
#: A person's name right after an office written before it (its short title's full stop perhaps
#: first), where an attribution's name ends: "(State Sen). Jane Roe.", "(… Administrator) Mahealani Ching,".
_NAME_AFTER_OFFICE = regex.compile(
    rf"\.?\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)(?=\s*[.,;:!?]|\s*$|\s+(?:who|of|and|from)\b)"
)


#: What an office is of or for, then its holder's name, to the clause's end: " of State for National
#: Development Ong Wei Ming", " for Health Sarah Thompson".
_OFFICE_OF_THEN_NAME = regex.compile(
    r"\s+(?P<run>(?:of|for)\s+(?:(?:of|for|and|the|&)\s+|\p{Lu}[\p{L}'’-]*\.?\s+){1,8}?\p{Lu}[\p{L}'’-]*)"
    r"(?=\s*[.,;:!?]|\s*$|\s+\p{Ll})"
)


def _holder_at_end(run: str) -> tuple[int, str] | None:
    """The name closing an office's words (where it starts, the name), after one word at least of
    what the office is for; else None."""
    names = [(start, name) for start, name in _names_with_positions(run) if start + len(name) == len(run)]
    if not names:
        return None
    start, name = names[-1]
    return (start, name) if len(run[:start].split()) >= 2 else None


#: Capitalised words and the small words of an office's name closing a text: "Labour MP for Leeds
#: Central Niamh Kiely", "Minister of State for National Development Ong Wei Ming".
_OFFICE_RUN = regex.compile(
    r"(?<![\p{L}'’.-])(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of|for|and|the|&|\p{Lu}[\p{L}'’.-]*))*$"
)


def _office_then_holder(text: str) -> tuple[str, str] | None:
    """The holder's name and the office closing ``text`` where it ends in an office's title, what
    the office is of or for, then a name ("Labour MP for Leeds Central Niamh Kiely": "Niamh
    Kiely", "Labour MP for Leeds Central"); else None."""
    run = _OFFICE_RUN.search(text, timeout=timeout_for(text))
    words = run.group(0).split() if run else []
    office = next(
        (k for k in range(len(words) - 2, -1, -1) if words[k + 1] in ("of", "for") and _ends_in_office(words[k])), None
    )
    if office is None:
        return None
    domain = " ".join(words[office + 1 :])
    holder = _holder_at_end(domain)
    if holder is None:
        return None
    return holder[1], " ".join([*words[: office + 1], domain[: holder[0]].strip()])


def _ends_in_office(words: str) -> bool:
    """Whether capitalised words end in a title or a role's noun ("State Sen", "Fire Capt",
    "… Agency Administrator"): an office, whose holder's name may follow."""
    last = words.split()[-1].rstrip(".")
    return last in _TITLES_SET or last.casefold() in _ROLE_NOUNS


#: A firm's name by its legal form at its end: "Rift Basin Engineering Ltd.", "Malan & Kriel Inc.",
#: "Bluebonnet Gathering Co." (the "Co." of a firm, never alone a body's word: "Co Leitrim").
_FIRM_FORMS = phrase_alternation(FIRM_SUFFIXES, any_space=False)
_FIRM_NAME = regex.compile(rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|&|and|of))*,?\s+(?i:{_FIRM_FORMS})\.?")
#: A name, particles allowed ("Bernhard von Bülow"): at least two capitalised words.
# (a surname may open with an Arabic article: "Khalid al-Tayeb")
_A_NAME = regex.compile(
    rf"{_NAME_WORD}(?:\s+{_PARTICLES})*\s+(?:{_NAME_WORD}|{ARABIC_ARTICLE_SURNAME})(?:\s+(?:{_NAME_WORD}|{ARABIC_ARTICLE_SURNAME}))*"
)
#: Words that introduce the title of a work right before its quote marks (looked for as plain
#: text first: most quotes follow none of them).
_WORK_WORDS = ("titled", "called", "headline", "dubbed", "named", "Titled", "Called", "Headline", "Dubbed", "Named")
_NAMES_A_WORK = regex.compile(
    r"\b(?:titled|entitled|headlined|headline|called|dubbed|named)\s*:?\s*$", regex.IGNORECASE
)
# "There’s “less drive …” in Iowa, said Pat Rynard": a partial quote, its sentence goes on a
# few words, then the attribution.
_AFTER_PHRASE_VERB_FIRST = regex.compile(
    rf"^\s+(?:in|on|at|for|to|of|about|with|from|by|this|that|these|those|now|again)\s[^“”\"«»„.!?]{{1,50}}?,\s*"
    rf"(?P<verb>{_VERB})\s+(?P<speaker>{_NAME})(?:,\s*{_DESC}{_DESC_END})?"
)
#: A word without which no attribution stands before a quote (a quick look before ``_BEFORE``,
#: which is tried at every position of the clause).
_SPEECH_WORD = regex.compile(rf"\b(?:{_VERB}|{_PARTICIPLE}|{_OBJECT_PARTICIPLE}|[Aa]ccording|words)\b")
#: A quote mark opening a text; a straight single one before a capital, as British web copy
#: quotes ("'It becomes a vicious circle. …'"), not as it shortens a year ("'90s").
_OPENS_WITH_QUOTE = regex.compile(rf"^\s*(?:[{regex.escape(OPENING_QUOTE_MARKS)}]|'(?=\p{{Lu}}))")
#: A topic's label before a quote, as an interview is summed up in English ("On the comeback:
#: “…”", "On Vine’s late saves: ‘…’"): a few words after "On", no verb of speech among them
#: (checked by the caller) and no comma ("On Monday, he said: …" attributes its quote).
_TOPIC_LABEL = regex.compile(
    rf"^\s*On\s+(?P<topic>[^:,.;!?“”„«»\"‘\n]{{2,60}}):\s*(?=[{regex.escape(OPENING_QUOTE_MARKS)}'])"
)
#: A word that makes a label an attribution: a verb of speech, a personal pronoun as subject.
_NO_TOPIC_WORD = regex.compile(rf"\b(?:{_VERB}|he|she|they|we|I|it)\b")
_CAPITALISED = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?![\p{L}])")
# Two capitalised words in a row. Tried only where a word starts, and without backtracking
# into it: a long run of letters ("AAAA…", "A'A'A'…") costs linear time, not quadratic.
#: The marks a quote opens with (’ is left out: it is mostly an apostrophe).
_QUOTE_MARKS = "“\"„«»‚‘”"
#: A speaker's word of two letters or more, or a surname's initial alone ("„…“, antwortete P."),
#: as court reports shorten a defendant named in full before ("Gerald P.").
_REAL_WORD = regex.compile(r"\p{L}{2,}|^\p{Lu}\.$")
#: A verb of speech, English or German, its German participles too ("„…“, hat sie gesagt. „…“").
_SPEECH_WORDS = [*SPEECH_VERBS, *GERMAN_SPEECH_VERBS, *GERMAN_PARTIAL_QUOTE_PARTICIPLES]
_VERB_RE = regex.compile(rf"\b(?:{phrase_alternation(_SPEECH_WORDS, any_space=False)})\b")
_MIN_WORDS = 4
_TITLES_SET = frozenset(TITLES)
_PRONOUNS = ("he", "she", "they", *GERMAN_PRONOUNS)
# A person's full name: optional titles, then a first and a last name (an initial may stand
# between them): "David Holmes", "Dr. Jane Goodwin", "Lt. Col. Alexander S. Vindman", "LeBron James".
# A capital, then a run of letters holding a lower-case one, taken whole (atomic groups: a
# capitalised word that is no name part fails at once, not after trying every split of it).
_NAME_PART = r"[\p{Lu}](?>[\p{L}'’-]*?\p{Ll})(?>[\p{L}'’-]*)"
_FULL_NAME = regex.compile(
    # (the lookahead only saves trying every title at every position: titles and names are capitalised)
    # (no line break inside: two capitalised words on two lines of a block are no name)
    rf"(?<![\p{{L}}])(?=\p{{Lu}})(?:(?:{_TITLE})\.?[^\S\n]+)*{_NAME_PART}(?:[^\S\n]+[\p{{Lu}}]\.)?[^\S\n]+"
    rf"(?:(?=[ÓNMU]){_IRISH_PARTICLE})?{_NAME_PART}(?![\p{{L}}])"
)
#: Capitalised words that open sentences or name places and bodies, not people.
_ENGLISH_NOT_NAME_STARTS = frozenset(
    "the a an in on at for but and or if when while after before since this that these those it "
    "he she they we i you his her their our its there here new north south east west united "
    "white house supreme court senate congress department state national federal yet still also "
    "meanwhile however then now even only just so as with without from by to of under over about "
    "last next first more most many some all both each every like unlike despite although though "
    "because during through throughout until unless whether where what which who why how among "
    "against amid between beyond inside outside toward towards upon via per across along around "
    "behind below beside besides near than once instead perhaps maybe afterwards afterward later earlier "
    # imperatives of a page's buttons and references ("Get Started", "See Carriero et al.", "Read More")
    "see read watch click learn join sign subscribe share get "
    # auxiliaries that open a question or a condition ("Had Klein embraced …", "Will Smith …" aside:
    # "Will" is a first name and stays)
    "had has have was were is are did does do would could should can may might must shall "
    # Romance articles opening a place's name ("La Chaux-de-Fonds", "Le Mans", "El Paso")
    "la le les el".split()
)
#: ... of which those that open a noun phrase: what follows them is a noun, never a person's name.
_ENGLISH_DETERMINERS = frozenset(
    "the a an this that these those his her their our its some all both each every many more most".split()
)
#: A verb of speech (and when) right before a participle: "…, the ministry said, adding that …".
_VERB_THEN_PARTICIPLE = regex.compile(
    rf"\b(?:{_VERB})(?:\s+(?:on\s+)?(?:\p{{Lu}}\p{{Ll}}+day|today|yesterday))?\s*,?\s*$"
)
#: Words that open no subject of a sentence (articles and pronouns do: "The ministry …", "He …").
_NOT_A_SUBJECTS_START = _ENGLISH_NOT_NAME_STARTS - {"the", "a", "an", *_PRONOUNS}
#: ... and the German ones, where a name may stand in either language. (An English attribution's
#: one word is read against the English ones alone: "Das said" is Bhaskar Das.)
_NOT_NAME_STARTS = _ENGLISH_NOT_NAME_STARTS | GERMAN_SENTENCE_OPENERS | GERMAN_NOUN_PHRASE_STARTS | GERMAN_PREPOSITIONS


def find_quotes(sections: list[Section], language: str | None = None) -> list[Quote]:
    """Every attributed direct quote, in reading order (German attributions read by
    ``quotes_de`` where ``language`` says German, or, with no language given, the text reads so).

    A speaker named by surname only ("Holmes said") gets the full name the article gave them
    earlier ("David Holmes"). A pronoun speaker ("he said") is resolved only where that is
    unambiguous: to the one person the paragraph names before the pronoun (or the paragraph
    before names); else to the subject of the nearest sentence naming anyone (the one person it
    names, possessives aside, or the one it opens with: "Then, Taylor Swift posted …, accusing Big
    Machine"); else, when nobody is named, to the person quoted last. Where the text leaves a
    choice between people it names, the speaker is the one named last before the pronoun, the
    pronoun its description, and ``speaker_resolved=False`` says it is a reading, not a
    certainty; with nobody to choose, it stays a pronoun, ``speaker_resolved=False``.
    """
    quotes: list[Quote] = []
    # The last block that can quote anyone: what follows it names nobody a quote needs.
    # (looked for from the end: the first found is it)
    last = next(
        (
            (s, b)
            for s in range(len(sections) - 1, -1, -1)
            for b in range(len(sections[s].blocks) - 1, -1, -1)
            if _may_quote(sections[s].blocks[b])
        ),
        None,
    )
    if last is None:
        return quotes  # no words in quote marks that may be spoken, no block quotation: nobody is quoted
    german = quotes_de.is_german(language, sections)
    joined: dict[str, str] = {}
    if german:  # ("die Industrie- und Handelskammer" read as the one body it is)
        sections, joined = quotes_de.join_coordinated(sections)
    census = _PeopleMet(sections, last, german)
    people = census.people  # full names met so far, in order (up to date after ``census.catch_up()``)
    names_of = census.names_of  # each block's names, for the speakers step

    # (a German lead-in names its speaker in full or by a surname the article gave before)
    def names_in(text: str) -> list[tuple[int, str]]:
        # (the people met so far, and those the block being read names in full: "Paul Eichler
        # wurde Fünfter. Eichler sprach von einem „…“")
        in_block = [n for _, n in census.names() if " " in n]
        known = people + [n for n in in_block if n not in people]
        full = _known_genitives(_names_with_positions(text), people)
        spans = [(start, start + len(n)) for start, n in full]
        return full + [
            (start, n) for start, n in _surnames_in(text, known) if not any(a <= start < z for a, z in spans)
        ]

    def named_again(before: str, alone: bool = False) -> str | None:
        return _named_again(before, last_named, list(census.catch_up()), alone, german)

    german_attribution = functools.partial(quotes_de.attribution, names_in=names_in)
    last_named: str | None = None
    recent: list[str] = []  # the texts of the last two paragraphs, the latest first
    further: list[str] = []  # the texts of the paragraphs before those, the latest first
    # The words of paragraphs that open a quote, leave it open and say nobody's it is: the
    # first paragraphs of a quote over several, whose attribution comes in a later one.
    pending: list[str] = []
    pending_at = (-1, -1)  # where the last of them stands
    pending_lead = ""  # the paragraph before the first of them
    ran_to: dict[int, int] = {}  # the last paragraph a quote run on over paragraphs reached (by the quote's id)
    for s_index, b_index, section, block in _blocks_until(sections, last):
        census.read(block)
        if block.kind not in ("paragraph", "blockquote", "list"):
            census.done("aside")
            recent, further = [], []
            continue
        if block.kind == "blockquote" and not _QUOTED.search(block.text, timeout=timeout_for(block.text)):
            # A block quotation: its words are the quote, its <cite> or dash line the speaker.
            following = section.blocks[b_index + 1] if b_index + 1 < len(section.blocks) else None
            quoted = _block_quotation(block, following, s_index, b_index)
            if quoted is not None:
                quoted.speaker = _full_name(quoted.speaker or "", census.catch_up())
                quotes.append(quoted)
            census.done("quote")
            continue
        marked = _has_quote_mark(block.text)  # (most paragraphs quote nobody: no pattern call for them)
        # (the words from the quote mark on, after a topic's label: "On the comeback: “…”")
        quoted_text = _after_topic_label(block.text) if marked and not german else block.text
        opened = marked and _OPENS_WITH_QUOTE.match(quoted_text, timeout=timeout_for(quoted_text))
        attribution = german_attribution if german else _attribution
        if opened and quotes and quotes[-1].section == s_index and _continues(
            ran_to.get(id(quotes[-1]), quotes[-1].block), section, b_index
        ):
            # A paragraph that opens with a quote mark and names nobody goes on with the
            # quote before it (the newspaper convention for quotes over several paragraphs).
            inner = _QUOTED.match(quoted_text, timeout=timeout_for(quoted_text))
            words = next(g for g in inner.groups() if g).strip() if inner is not None else ""
            after = quoted_text[inner.end() :] if inner is not None else ""
            if inner is not None and not _runs_into_sentence(words, after) and attribution("", after)[0] is None and (
                _words(words) >= _MIN_WORDS  # (not a crosshead in quote marks: "'Someone from outside'")
            ):
                previous = quotes[-1]
                if _ends_open(section.blocks[b_index - 1].text):
                    previous.text = f"{previous.text} {words}"  # the same quote, run on
                    ran_to[id(previous)] = b_index
                else:  # a new quote, closed before: the same speaker's next words
                    quotes.append(
                        Quote(words.rstrip(",").strip(), previous.speaker, None, previous.verb, s_index, b_index,
                              previous.speaker_resolved)
                    )
                census.done("quote")
                continue
        previous = section.blocks[b_index - 1] if b_index else None
        lead_in = previous.text if previous is not None and previous.kind == "paragraph" else ""
        found_here = (
            _quotes_in(
                block.text, s_index, b_index, attribution, named_again if marked else None, lead_in,
                names_in if german else None, names_in,
            )
            if marked
            else []
        )
        follows_open = pending and pending_at == (s_index, b_index - 1) and opened
        if opened and not found_here and _ends_open(block.text):
            words = quoted_text.strip()[1:].strip()  # (the words after its opening mark)
            if not follows_open:
                pending_lead = lead_in  # (the paragraph before the quote's first one)
            pending = [*pending, words] if follows_open else [words]
            pending_at = (s_index, b_index)
        else:
            first = found_here[0][0] if found_here else None
            if follows_open and first is not None and quoted_text.lstrip()[1:].lstrip().startswith(first.text[:20]):
                # “First paragraph … ¶ “… the last one,” Smith said: one quote, every paragraph's words
                first.text = " ".join([*pending, first.text])
            elif opened and not found_here and (whole := _whole_quote(quoted_text)):
                # a paragraph that is a quote and nothing else, none attributing it, after a
                # paragraph about one person: theirs ("Dorothy Kessler, 88, … voted yes." ¶ "“…”")
                lead = pending_lead if follows_open else lead_in
                # (a quote found in it is another matter: its speaker's words may go on)
                lead_quoted = _has_quote_mark(lead) if follows_open else bool(
                    quotes and (quotes[-1].section, quotes[-1].block) == (s_index, b_index - 1)
                )
                # (naming nobody, the paragraph before goes on about the person quoted just before it)
                recently = quotes[-1] if quotes and quotes[-1].section == s_index and (
                    quotes[-1].block >= b_index - _QUOTED_LAST_REACH
                ) and quotes[-1].speaker_resolved else None
                census.names()  # (the people met up to this block, and its names)
                speaker = None if lead_quoted else _lead_speaker(
                    lead, people, names_of, german, recently.speaker if recently else None
                )
                if speaker is None and not lead and quoted_text is not block.text:
                    # a topic's label opening a section ("In her own words" ¶ "On the title: “…”"):
                    # the words of the person the article is about
                    speaker = _interviews_subject(quotes, section.heading, people)
                words = " ".join([*(pending if follows_open else []), whole])
                if speaker and _words(words) >= _MIN_WORDS:
                    found_here = [(Quote(words, speaker, None, None, s_index, b_index), 0)]
            pending = []
        if marked and not found_here and not opened and (answer := _answer_to_question(block.text)) is not None:
            # a question put, then its answer in quote marks: "Was wollen Sie ändern? – «…»"
            census.names()  # (the people met up to this block)
            speaker = _interviewee(section.heading, answer[0], people)
            if speaker is not None:
                found_here = [(Quote(answer[1], speaker, None, None, s_index, b_index), len(block.text))]
            elif (pronoun := _QUESTION_PRONOUN.search(answer[0], timeout=timeout_for(answer[0]))) is not None:
                # a question about someone, reported, then their answer: "Was there a moment she
                # almost quit? “Oh, a dozen. …”", "Ob er den Wechsel bereut? „Keinen einzigen Tag.“":
                # the pronoun's, resolved as "she said" is
                found_here = [(Quote(answer[1], pronoun.group(0), None, None, s_index, b_index), len(answer[0]))]
        if not found_here:
            census.done("paragraph")
            further = [*recent[1:], *further[:_FURTHER - 1]]
            recent = [block.text, *recent[:1]]
            continue
        names = census.names()
        named_before = census.named_before  # (the names of the block before)
        _, outside = _outside_quotes(block.text, names, german)  # (the people a pronoun may stand for)
        nicknames = census.nicknames
        for quote, at in found_here:
            _meet(names, people, before=at)
            if quote.speaker and quote.speaker.lower() in _PRONOUNS:
                # The one person this paragraph names before the quote, else the one the
                # paragraph before names; else the subject of the nearest sentence that
                # names anyone; else the person quoted last.
                # (a person whose first name says the other gender is none of them: "sagte er"
                # is not Anna Berger)
                fits = functools.partial(_fits_speaker, quote.speaker.lower(), quote.verb, people, quote.text)
                spans = [(start, start + len(n)) for start, n in names if start < at]
                alone = (
                    _surnames_in(block.text[:at], people) + _first_names_in(block.text[:at], people)
                    + _named_by(block.text[:at], nicknames)
                )
                mentioned = sorted([(start, n) for start, n in outside if start < at] + [
                    (start, n) for start, n in alone
                    if not any(a <= start < z for a, z in spans)  # (not a full name's own surname)
                    and (german or not _modifies_a_noun(block.text, start, _word_end(block.text, start)))
                ])
                if not german and block.text[:at].split(None, 1)[:1] == [quote.speaker.capitalize()]:
                    # the paragraph opens with the pronoun that attributes the quote: whom it names
                    # after is talked about by the one named before ("She said Copper Deacon would
                    # train up to the Derby. “…,” she said" is not the horse's)
                    mentioned = []
                if not mentioned and not german:
                    # nobody else named: a person by their possessive ("Park's numbers suggest …
                    # “…,” she said"), not where someone else is ("Whitty said stories like
                    # Doran's were common. “…,” she said" is Whitty's)
                    mentioned = _surnames_in(block.text[:at], people, possessive=True)
                if not german and mentioned and not any(mark in block.text[:at] for mark in _QUOTE_MARKS):
                    # (not one named in a question put to the speaker: "Asked whether the penalty,
                    # given for a foul by Athletic defender Marc Quigley, was the right call, he
                    # replied:", "Was he concerned that Oyelaran’s goal …? ‘…,’ he replied.")
                    mentioned = [(start, n) for start, n in mentioned if not _in_a_question(block.text, start, at)]
                if not german and len({n for _, n in mentioned}) > 1:
                    # (of several, not one a preposition governs, spoken to or about: "Marsh turned to
                    # Haddad. “…,” he said" is Marsh's)
                    subjects = [
                        (start, n) for start, n in mentioned
                        if block.text[:start].rsplit(None, 1)[-1:] not in _GOVERNED_BY
                    ]
                    mentioned = subjects or mentioned
                if german:  # (not one governed by a preposition: "An Bundesrat Cassis wandte sie sich")
                    mentioned = [
                        (start, n) for start, n in mentioned
                        if quotes_de.may_be_subject(block.text[:start])
                        and not quotes_de.talked_about(block.text, start)
                    ]
                # (every German noun is capitalised: two of them are a person a pronoun stands for
                # only with a first name, a title, or as one quoted before, not "Wort Gewicht")
                quoted = {q.speaker for q in quotes} if german else set()
                here = [n for _, n in sorted(mentioned) if fits(n) and (not german or _may_be_german_person(n, quoted))]
                candidates = here or [
                    n for n in named_before if fits(n) and (not german or _may_be_german_person(n, quoted))
                ]
                if not german:  # (German news names many a foreign speaker the lists don't know)
                    here = _said_gender_first(here, fits)
                    candidates = here or _said_gender_first(candidates, fits)
                # a person described and never named, the subject of a sentence after everyone
                # named: "A broker who operates in Kandara admitted … “…,” he said."
                unnamed = _unnamed_subject(block.text[:at], [a for a, _ in mentioned], german)
                opening_role = None if unnamed is not None or here else _role_subject_before(block.text[:at], german)
                if unnamed is None and not here and recent:
                    # (not past a role the sentence before the quote opens with: "The nurse said she
                    # has started looking at jobs in Alberta. “…,” she said." is the nurse's; unless
                    # the role is the one brought in: "…, sagte ein DWD-Meteorologe." ¶ "Der
                    # Meteorologe riet, … «…», sagte er.")
                    unnamed = _unnamed_subject(recent[0], [a for a, _ in names_of.get(recent[0], [])], german)
                    if opening_role is not None and not (unnamed and _same_noun(unnamed, opening_role)):
                        unnamed = None
                if unnamed is not None and not _fits_noun(quote.speaker.lower(), unnamed):
                    unnamed = None
                # a person called by a role as the subject of the sentence right before, nobody
                # named since: "Der Angeklagte zögerte lange. Dann sagte er leise: „…“"
                # (German, a role after its verb too: "Vor Gericht zeigte sich der Angeklagte geständig.
                # „…“, sagte er"; "… war die Frau geständig" is the woman named before, where one fits)
                role_subject = None if here or unnamed else _role_subject_before(
                    block.text[:at], german, inverted=True, generic=not candidates
                )
                if german and role_subject is not None and not _fits_noun(quote.speaker.lower(), role_subject):
                    role_subject = None  # ("Die Staatsanwältin forderte … „…“, sagte er": not hers)
                if (
                    not german and role_subject is None and not here and unnamed is None and last_named
                    and fits(last_named) and recent and not block.text[:at].strip(" “\"‘'")
                    and _role_subject_before(recent[0], german) is not None
                ):
                    # the paragraph before ends with a sentence whose subject is a role, the one
                    # quoted last still talking: "The coach also defended his decision to start
                    # Okonkwo …" ¶ "“…,” he said." (not Okonkwo, named there)
                    candidates = [last_named]
                # (German: nobody it may stand for, the body the sentence before opens with, of the
                # pronoun's gender: "Die Feuerwehr Cuxhaven rückte … aus. Auf Instagram schrieb sie: "…"")
                body = None
                if german and unnamed is None and role_subject is None and not _plural(quote.speaker, quote.verb):
                    if not here and block.text[:at].strip() and not (quote.verb or "").casefold().startswith("sag"):
                        # (a body the quote's own paragraph opens a sentence with is nearer than anyone
                        # the paragraph before names, where it writes or announces, not "sagte sie" (a
                        # person's word): "Auch die Polizeiinspektion Halle hat das Thema aufgegriffen.
                        # Auf ihrem Instagram-Kanal schrieb sie: „…“")
                        body = quotes_de.body_subject_before([block.text[:at]], quote.speaker.lower())
                    if body is None and not candidates:
                        body = quotes_de.body_subject_before([block.text[:at], *recent[:1]], quote.speaker.lower())
                distinct = _distinct_people(candidates)
                subject = _subject([*reversed(recent), block.text[:at]], people, german) if len(distinct) > 1 or (
                    not candidates
                ) else None
                if subject and not fits(subject):
                    subject = None
                pair = list(dict.fromkeys(_full_name(n, people) for n in candidates))
                if unnamed is not None:
                    quote.speaker, quote.speaker_resolved = unnamed, True
                elif role_subject is not None:
                    quote.speaker = role_subject  # (resolved to the person given that role, below)
                elif body is not None:
                    quote.speaker, quote.speaker_resolved = body, True
                elif _plural(quote.speaker, quote.verb) and len(distinct) == 2 and len(pair) == 2:
                    # "Lütkemeyer und Ostwald … „…“, sagten die beiden": the two just named, together
                    quote.speaker = f"{pair[0]} {'und' if german else 'and'} {pair[1]}"
                    quote.speaker_resolved = True
                elif len(distinct) == 1:
                    quote.speaker, quote.speaker_resolved = _full_name(candidates[-1], people), True
                elif not german and (reporter := _one_reporting(block.text[:at], mentioned, here)):
                    # the one of them the paragraph reports speaking, the others doing something
                    # else: "Brenda Cline, 63, said the water … Her neighbor, Loretta Hatfield, was
                    # carrying … “…,” she said." is Cline's
                    quote.speaker, quote.speaker_resolved = _full_name(reporter, people), True
                elif subject and (not _plural(quote.speaker, quote.verb) or " " not in subject):
                    quote.speaker, quote.speaker_resolved = _full_name(subject, people), True
                elif candidates and last_named in candidates:
                    # The person quoted last, named again just before: still the one talking.
                    quote.speaker, quote.speaker_resolved = last_named, True
                elif not candidates and (
                    earlier := _subject([*reversed(further)], people, german)
                ) and fits(earlier) and not _plural(quote.speaker, quote.verb):
                    # nobody named in the last two paragraphs: the subject of the last sentence
                    # naming anyone before them
                    quote.speaker, quote.speaker_resolved = _full_name(earlier, people), True
                elif not candidates and last_named and fits(last_named):
                    quote.speaker, quote.speaker_resolved = last_named, True
                elif not candidates and not _plural(quote.speaker, quote.verb) and (
                    met := [n for n in people if fits(n)]
                ):
                    # nobody named near it, nobody quoted before: the person the article met last
                    quote.speaker, quote.speaker_resolved = _full_name(met[-1], people), True
                elif candidates and not _plural(quote.speaker, quote.verb):
                    # several it may stand for, none the subject or quoted last: the likeliest,
                    # the one named last before it, flagged as a reading the text leaves open
                    # ("The complaint against Samuel Mwangi was filed by Peter Otieno." ¶ "“…,” he said.")
                    quote.speaker_description = quote.speaker_description or quote.speaker
                    quote.speaker, quote.speaker_resolved = _full_name(candidates[-1], people), False
                else:
                    quote.speaker_resolved = False
            elif quote.speaker and (introduced := _introduced_as(quote.speaker, block.text[:at], recent, german)):
                # "A municipal official who worked there … said …" ¶ "“…,” the official said."
                quote.speaker_description, quote.speaker = quote.speaker, introduced
            elif quote.speaker:
                quote.speaker = nicknames.get(quote.speaker) or _full_name(quote.speaker, people)
                last_named = quote.speaker
            quotes.append(quote)
        census.done("paragraph")
        further = [*recent[1:], *further[:_FURTHER - 1]]
        recent = [block.text, *recent[:1]]

    # (the speakers step asks for the names of the blocks and the people met only where a quote's
    # speaker is a role, a body's noun or a first name: every block read first)
    def names_for_speakers(text: str) -> list[tuple[int, str]]:
        census.catch_up()
        return names_of[text] if text in names_of else _known_genitives(_names_with_positions(text), people)

    def subject_for_speakers(text: str) -> str | None:
        found = _subject([text], census.catch_up(), german, one=True)
        return _full_name(found, people) if found else None

    if not german:
        _statements_issuers(quotes, sections)
    resolve_speakers(quotes, sections, names_for_speakers, subject_for_speakers)
    _expand_acronyms(quotes, sections)
    if not german:
        _expand_short_body_names(quotes, sections, people)
    for quote in quotes:
        if quote.speaker and "  " in quote.speaker:
            # (a name read from text whose quoted words were blanked: 'Donald “Donnie” Maclean')
            quote.speaker = " ".join(quote.speaker.split())
        _role_out_of_name(quote, german)
        if not german and quote.speaker and quote.speaker[:1].isupper():
            quote.speaker = _whole_body_name(quote.speaker, sections[quote.section].blocks[quote.block].text)
    if joined:
        quotes_de.unjoin(quotes, joined)
    return quotes


def _whole_body_name(speaker: str, text: str) -> str:
    """A body's name the attribution cut at its last "of", "for" or "and", whole again, as the
    paragraph prints it: "Child Care" is the Ministry of Education and Child Care, "Rural
    Affairs" the Department of Agriculture, Environment and Rural Affairs. A name stays as it
    is where no body's word comes before it in the same run of capitalised words."""
    if is_given_name(speaker.split()[0]):
        return speaker  # (a person: "Jane Roe", whatever stands before her)
    if speaker.split()[-1].casefold() in _BODY_WORDS:
        # cut before its "of" or "for": "Ministry" is the Ministry of Agriculture, Climate Change
        # and Environment, "Department" the Department of Conservation
        at = text.find(speaker)
        while at >= 0:
            if (at == 0 or not text[at - 1].isalpha()) and (
                rest := _BODY_NAME_AFTER.match(text, at + len(speaker), timeout=timeout_for(text))
            ):
                return speaker + rest.group(0)
            at = text.find(speaker, at + 1)
    at = text.find(speaker)
    while at > 0:
        run = _BODY_NAME_BEFORE.search(text, max(0, at - 200), at, timeout=timeout_for(text))
        whole = f"{run.group(1)}{speaker}" if run is not None else ""
        if whole.split()[:1] in (["The"], ["A"]):
            whole = whole.split(None, 1)[1]  # (a sentence's article: "The Ministry of …")
        if any(w.casefold().rstrip(",") in _BODY_WORDS for w in whole.split()):
            return whole
        at = text.find(speaker, at + 1)
    return speaker


#: Capitalised words joined by "of", "for", "and", "&" or a comma, ending in a joiner right
#: before a name: "Ministry of Education and ", "Department of Agriculture, Environment and ".
_BODY_NAME_BEFORE = regex.compile(
    r"(?<![\p{L}])((?:\p{Lu}[\p{L}'’.-]*,?\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?)*?"
    r"\p{Lu}[\p{L}'’.-]*,?\s+(?:of|for|and|&)\s+(?:the\s+)?)$"
)
_BODY_WORD = r"\p{Lu}[\p{L}'’.-]*"
#: What a body's name goes on with after its word: " of Conservation", " of Agriculture, Climate
#: Change and Environment" (a list's commas only before its "and": "Ministry of Health, Jane Doe"
#: ends at "Health").
_BODY_NAME_AFTER = regex.compile(
    rf"\s+(?:of|for)\s+(?:the\s+)?{_BODY_WORD}(?:\s+{_BODY_WORD})*"
    rf"(?:(?:,\s+{_BODY_WORD}(?:\s+{_BODY_WORD})*)*,?\s+(?:and|&)\s+(?:the\s+)?{_BODY_WORD}(?:\s+{_BODY_WORD})*)?"
)
#: Words of bodies' names: "Ministry", "Department", "Authority", "Centre".
_BODY_WORDS = BODY_NAME_WORDS | ORGANISATION_NOUNS


def _role_out_of_name(quote: Quote, german: bool = False) -> None:
    """Move the role a speaker's name was printed after into the description (in place): "CEO
    Andy Vesey" is Andy Vesey, the CEO; "U.S. Circuit Judge Marisol Vega" is Marisol Vega;
    "Firefighter Kwok" is Kwok; in German, a person's noun before a first name and a surname
    ("Hopfenpflanzer Georg Stanglmeier", "Landespastorin Ulrike Sommerfeld"). Titles alone stay
    with the name ("Mayor Ann Hale", "Dr. Lisa Chen"), as do words no list or ending says are a
    role ("Meath East Deirdre Kinsella")."""
    words = (quote.speaker or "").split()
    lead = 1 if words and words[0] in ("the", "a", "an") else 0  # ("the saxophonist Dorian Fleet")
    if german and (at := _german_role_ends(words)):
        lead = 0  # (a German role holds its article: "der Hopfenpflanzer")
    else:
        at = _role_ends(words, lead)
    if at:
        prefix = " ".join(words[lead:at])
        quote.speaker = " ".join(words[at:])
        quote.speaker_description = f"{prefix}, {quote.speaker_description}" if quote.speaker_description else prefix


def _role_ends(words: list[str], lead: int) -> int:
    """Where an English role before a name ends (0 for none): the first word that can end one
    ("Magistrate Dexter Wallace" is a title and a name, whole)."""
    for at in range(lead + 1, len(words)):
        role, name = words[lead:at], words[at:]
        if not all(w[:1].isupper() and not _listed_role(w) for w in name):
            continue
        if name[-1].casefold() in BODY_NAME_WORDS and not (len(name) > 1 and is_given_name(name[0])):
            continue  # a body's name, no role before one: "Fort William Sheriff Court", "Local Municipality"
        # (initials, or a noun in an agent's ending no list holds, are a role only before a
        # first name: "CEO Andy Vesey", "Conductor Phil Aberline"; not "BBC News", "Walter Baker",
        # nor before a body's word: "Pioneer Grace Hospital", "Harbour Trader Bank")
        if not (_listed_role(role[-1]) or (
            (is_acronym(role[-1]) or _agent_noun(role[-1])) and is_given_name(name[0])
            and name[-1].casefold() not in BODY_NAME_WORDS
        )):
            continue
        if len(role) == 1 and len(name) == 1 and is_first_name(role[0]):
            return 0  # a role's word that is a first name too, before one word: a name ("Dean Maddocks")
        # (titles alone stay: "Mayor Ann Hale", "Sen. Kayla Romero")
        return 0 if all(w.rstrip(".") in _TITLES_SET for w in role) else at
    return 0


def _german_role_ends(words: list[str]) -> int:
    """Where a German person's noun before a first name given anywhere and a surname ends (0
    for none): "Hopfenpflanzer Georg Stanglmeier", "Hauenhorsts Ortsvorsteher Josef Wiewel"; a
    noun in one of a person's endings or a role the lists know, no first name itself ("Nguyen
    Van Thanh" stays whole)."""
    for at in range(1, len(words) - 1):
        noun = words[at - 1]
        if not is_given_name(words[at]) or not all(w[:1].isupper() for w in words[at:]) or is_given_name(noun):
            continue
        if all(w.rstrip(".") in _TITLES_SET for w in words[:at]):
            return 0  # (titles stay with the name: "Dr. Thomas Krämer")
        if quotes_de.is_role(noun) or (len(noun) >= 5 and noun.casefold().endswith(_GERMAN_PERSON_ENDINGS)):
            return at
    return 0


#: Endings of German nouns of people ("Hopfenpflanzer", "Agronomin", "Doktorand", "Chefinspektor",
#: "Planungsdezernent", "Kantonsrat", "Buschenschankwirt").
_GERMAN_PERSON_ENDINGS = ("er", "in", "or", "ant", "ent", "and", "ist", "eur", "rat", "wirt", "ling")


def _listed_role(word: str) -> bool:
    """Whether a word is a role the lists know ("Spokesperson", "Chair", a title)."""
    bare = word.rstrip(".,")
    return bare in _TITLES_SET or bare.casefold() in _ROLE_NOUNS or bare.casefold() in UNNAMED_PERSON_NOUNS


def _agent_noun(word: str) -> bool:
    """A noun in an agent's ending that no first name spells ("Conductor", "saxophonist"; not "Walter")."""
    bare = word.rstrip(".,")
    return _a_persons_noun_en(bare.casefold()) and not is_given_name(bare)


#: How many paragraphs before the last two a pronoun with nobody named near looks back through.
_FURTHER = 3


#: A pronoun of one person as a sentence's subject: opening it ("He ended his post …"), or in
#: German after the verb that stands second ("Ärzte und Pflegekräfte nimmt er in Schutz"), not in
#: a clause after a conjunction ("…, dass er …"). ("sie" is also "they" and "her": left out.)
_LEAD_PRONOUN = regex.compile(
    r"^(?:He|She|Er)(?=\s+\p{Ll})"
    r"|(?<=^[^,;:]{1,60}\s\p{Ll}+\s)er(?=\s)(?<!(?:dass|weil|ob|wenn|als|wie|da|sodass|obwohl)\s+\p{Ll}+\s+er)"
)


#: Where an unnamed German speaker is from, or whom they belong to, after their noun: "aus
#: Münster", "aus dem Zürcher Oberland", "der Pistenrettung".
_WHENCE = r"(?:\s+(?:aus|von|vom)\s+(?:dem\s+|der\s+)?\p{Lu}[\p{L}-]+|\s+(?:der|des)\s+\p{Lu}[\p{L}-]+)?"


#: An indefinite person as a sentence's subject: "A broker who …", "But a spokesperson for …",
#: "One victim, an 84-year-old widow, …" (a description in commas kept), "One of the walkers,
#: who …" (one of a group, described next).
_UNNAMED_SUBJECT = regex.compile(
    # (or the clause after "but": "The province has run a campaign …, but a village headman …, said")
    r"(?:^|(?<=[.!?]\s)|(?<=,\s(?:but|and)\s))(?:(?:But|And|Yet|Still|Meanwhile|However),?\s+)?"
    # (a short phrase of place or time may open the sentence: "In Indore, a shop owner …"; or
    # two, or a participle's: "In the village of Ripky, north of Chernihiv, a resident …",
    # "Speaking afterwards, a CSA spokeswoman said")
    r"(?:(?:In|At|On|Outside|Inside|Contacted|Asked|Later|Speaking|Reached|Interviewed)\b[^,.;:!?“”\"]{0,70},\s+"
    r"(?:(?:north|south|east|west|near|outside)\b[^,.;:!?“”\"]{0,40},\s+)?)?"
    # (anyone at all who asked not to be named, described in full: "A nurse at one of the
    # treatment centers, who asked not to be named …", "One production operator, who … did not
    # wish to be named")
    r"(?P<desc>(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+[^,.;:“”\"]{2,80}?(?=,?\s+(?:who\s+(?:[^.;“”\"]{0,100}?\s)?"
    r"(?:asked|did\s+not\s+(?:want|wish)|declined|requested)\s+(?:not\s+)?to\s+(?:be\s+)?(?:named|identified|give)"
    # ("who asked that her name not be published")
    r"|who\s+asked\s+that\s+(?:his|her|their)\s+(?:full\s+)?name\s+not\s+be\s+(?:published|used|given|printed)"
    r"|requesting\s+anonymity|speaking\s+on\s+condition))"
    r"|(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\d'’-]+\s+){0,3}?"
    rf"(?P<noun>{phrase_alternation(sorted(UNNAMED_PERSON_NOUNS), any_space=False)}"
    # (or someone by what they do, a noun in "-er" before a verb: "one dog walker said")
    r"|\p{Ll}{3,}(?:er|or)(?=\s+(?:said|says|told|added|who|,)))(?![\p{L}])"
    # (whom they speak for or where they work, up to the verb: "A spokesperson for the Department
    # of Agriculture and Fisheries said", "a nurse at the district hospital told")
    # (or where they are, or how they were reached: "An estate agent in Limassol's Germasogeia
    # area said", "a resident reached by phone said")
    r"(?:\s+(?:for|at|with|from|in|near|reached|interviewed|contacted)\s+[^,.;:“”\"]{1,60}?(?=\s+(?:said|says|told|added|confirmed|warned|wrote)\b))?"
    r"|[Oo]ne\s+of\s+(?:the|them)(?:\s+(?:men|women|people|children|\p{Ll}[\p{L}-]+s))?(?=,\s+(?:who|an?)\s)"
    # (or by the definite article, described in commas and never named: "The defendant, a trainee
    # joiner, told …")
    rf"|[Tt]he\s+(?:[\p{{Ll}}\d'’-]+\s+){{0,2}}?(?:{phrase_alternation(sorted(UNNAMED_PERSON_NOUNS), any_space=False)})"
    r"(?=,\s+an?\s))"
    r"(?:,\s+(?:an?)\s+[^,.;“”\"]{1,60},)?)"
)


#: The same in German: "Ein Händler …", "Einer der beiden Geretteten, ein 34-jähriger Lehrer aus
#: Münster, …" (the noun a role's).
_UNNAMED_SUBJECT_DE = regex.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Doch|Auch|Und|Aber|Dann)\s+)?(?:(?:Einer|Eine)\s+der\s+[^,.;“”„\"]{1,40},\s+)?"
    r"(?P<desc>[Ee]ine?\s+(?:[\p{Ll}\d-]+\s+){0,3}?(?P<noun>\p{Lu}[\p{L}-]+)"
    rf"{_WHENCE})"
)


#: ... and after its verb of speech: "…, räumte ein Ministeriumssprecher ein.", "sagte eine Sprecherin der Stadt".
_UNNAMED_SUBJECT_DE_AFTER = regex.compile(
    rf"(?:^|(?<=[.!?,]\s))(?:{quotes_de.SPEECH_VERB})\s+"
    r"(?P<desc>eine?\s+(?:[\p{Ll}\d-]+\s+){0,3}?(?P<noun>\p{Lu}[\p{L}-]+)"
    rf"{_WHENCE})(?=\s+(?:ein|aus)\b|[\s.,;:]|$)"
)


#: ... and after the verb a German sentence puts second: "An der Tankstelle macht ein Lkw-Fahrer
#: aus Polen Pause.", "Als Privatkläger trat ein pensionierter Primarlehrer aus Wetzikon auf."
_UNNAMED_SUBJECT_DE_V2 = regex.compile(
    r"(?:^|(?<=[.!?]\s))(?:\p{Lu}[^,.;:!?„“”»«\"]{1,60}?)\s\p{Ll}+\s"
    # (when, between the verb and the subject: "Als Zeugin sagte am Nachmittag eine 84-jährige Frau …")
    r"(?:(?:am|im|vor|nach)\s+\p{Lu}\p{Ll}+\s|(?:gestern|heute|später|dann|nun|auch|zudem|noch|ebenfalls)\s){0,2}"
    r"(?P<desc>[Ee]ine?\s+(?:[\p{Ll}\d-]+\s+){0,3}?(?P<noun>\p{Lu}[\p{L}-]+)"
    rf"{_WHENCE})"
)


def _unnamed_subject(text: str, named_at: list[int], german: bool = False) -> str | None:
    """The last person ``text`` describes without a name as a sentence's subject, when nobody
    named (at ``named_at``) comes after it: "a broker", "one victim, an 84-year-old widow",
    "ein 34-jähriger Lehrer aus Münster"."""
    found = None
    patterns = (
        (_UNNAMED_SUBJECT_DE, _UNNAMED_SUBJECT_DE_AFTER, _UNNAMED_SUBJECT_DE_V2) if german else (_UNNAMED_SUBJECT,)
    )
    for pattern in patterns:
        for match in pattern.finditer(text, timeout=timeout_for(text)):
            if not german or quotes_de.is_role(noun := match.group("noun")) or (
                noun.casefold() in GERMAN_UNNAMED_PERSON_NOUNS
            ):
                found = match if found is None or match.start() > found.start() else found
    if found is None:
        return None
    end = text.find(". ", found.end())
    end = len(text) if end < 0 else end
    if called := ONLY_NAME_GIVEN.search(text, found.end(), end, timeout=timeout_for(text)):
        return called.group("name")  # "…, who asked to be identified only as Sandra, said": Sandra
    if any(at > found.start() for at in named_at):
        return None
    # (a body's short form in brackets after its name is no part of who they are: "a spokesperson for
    # the Universities and Colleges Employers’ Association (UCEA)")
    desc = _BRACKET_AT_END.sub("", found.group("desc").rstrip(","), timeout=PATTERN_TIMEOUT)
    return desc[:1].lower() + desc[1:]


#: A bracket closing a description: "(UCEA)".
_BRACKET_AT_END = regex.compile(r"\s*\([^()]{1,20}\)$")


#: A German sentence's subject after its verb, a role with its definite article: "Vor Gericht zeigte
#: sich der Angeklagte teilweise geständig", "Am Ende entschuldigte sich die Angeklagte".
_ROLE_AFTER_VERB_DE = regex.compile(
    r"\p{Lu}[^,.;:!?„“”»«\"]{0,60}?\s\p{Ll}+\s+(?:sich\s+)?(?P<article>der|die)\s+(?P<noun>\p{Lu}[\p{L}-]+)(?=\s+\p{Ll}|[.,])"
)


#: ... or the role a German sentence of reported speech is attributed to at its end: "…, erklärte die Richterin."
_ROLE_ATTRIBUTING_DE = regex.compile(
    rf",\s+(?:{quotes_de.SPEECH_VERB})\s+(?P<article>der|die)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}"
    r"(?P<noun>\p{Lu}[\p{L}-]+)\s*[.!]?\s*$"
)


def _role_subject_before(text: str, german: bool, inverted: bool = False, generic: bool = True) -> str | None:
    """The role ("der Angeklagte", "the defendant") that is the subject of the last sentence
    before a pronoun's quote, where that sentence names nobody: the sentence opens with a definite
    article, perhaps adjectives, the role noun and a verb. Else None. (The quote opens its sentence
    where the text before it ends one: "The drummer got the biggest laugh. “…,” he said.")"""
    sentences = split_sentences(text)
    if sentences and ends_sentence(text.rstrip()):
        found = _role_subject(sentences[-1], german, inverted, generic)
        if found is not None or not german:
            return found
        # (German: the sentence before, whose subject a pronoun opening the last may stand for:
        # "Der Angeklagte, …, hatte … eingeräumt. In seinem letzten Wort entschuldigte er sich. „…“")
    return _role_subject(sentences[-2], german, inverted, generic) if len(sentences) >= 2 else None


def _role_subject(sentence: str, german: bool, inverted: bool = False, generic: bool = True) -> str | None:
    """The role ("der Angeklagte", "the defendant") a sentence naming nobody opens with as its
    subject: a definite article, perhaps adjectives, the role noun and a verb. Else None. A name a
    German preposition governs is nobody acting ("… zeigte sich vor Richterin Claudia Pölzl …");
    with ``inverted``, a German subject after its verb counts too ("Vor Gericht zeigte sich der
    Angeklagte geständig"), but for a noun anyone may be called ("die Frau", "der Mann") where not
    ``generic``."""
    words = sentence.split()
    if len(words) < 3:
        return None
    after_verb = None
    if inverted and german and words[0] not in ("Der", "Die") and (
        found := _ROLE_AFTER_VERB_DE.match(sentence, timeout=timeout_for(sentence))
    ) and (quotes_de.is_role(noun := found.group("noun")) or noun.casefold() in GERMAN_UNNAMED_PERSON_NOUNS) and (
        generic or noun.casefold() not in GERMAN_UNNAMED_PERSON_NOUNS
    ):
        after_verb = f"{found.group('article')} {noun}"
    if inverted and german and after_verb is None and (
        found := _ROLE_ATTRIBUTING_DE.search(sentence, timeout=timeout_for(sentence))
    ) and quotes_de.is_role(noun := found.group("noun")):
        # (reported speech attributed at its end: "Der unbedingte Teil könne mit Fußfessel verbüßt
        # werden, erklärte die Richterin. „…“, sagte sie")
        after_verb = f"{found.group('article')} {noun}"
    if after_verb is None and words[0] not in ("The", "Der", "Die"):
        return None  # (asked before the names are looked for: most sentences open otherwise)
    named = _names_with_positions(sentence)
    if german:
        named = [(start, name) for start, name in named if quotes_de.may_be_subject(sentence[:start])]
    if named:
        return None
    if after_verb is not None:
        return after_verb
    for k in range(1, min(4, len(words) - 1)):
        noun = words[k].strip(",;")
        if not words[k + 1][:1].islower() or (noun != words[k] and not (
            words[k] == noun + "," and (
                words[k + 1][:1].islower() or words[k + 1][:1].isdigit() if german else words[k + 1] == "who"
            )
        )):
            # (a role noun is followed by its verb, or by who it is: "The bassist, who …, took",
            # "Der Angeklagte, ein pensionierter Berufsschullehrer, räumte …", "Der Angeklagte, seit
            # 20 Jahren Bergführer, schilderte …", "Der Angeklagte, der in Polen aufgewachsen ist, hatte …")
            continue
        if (
            quotes_de.is_role(noun) or noun.casefold() in GERMAN_UNNAMED_PERSON_NOUNS
            # (an age as a noun: "Der 27-Jährige hatte … eingeräumt. Dann ergriff er das Wort. „…“")
            or AGE_NOUN.fullmatch(noun, timeout=PATTERN_TIMEOUT) is not None
        ) if german else noun.casefold() in UNNAMED_PERSON_NOUNS:
            return " ".join([words[0].lower(), *words[1:k], noun])
        if not words[k][:1].islower():
            break  # (only adjectives, in lower case, stand before the noun)
    return None


#: A German person's noun after its article, perhaps adjectives, and perhaps whose or where they
#: are after it: "ein Feuerwehrmann", "eine Medizinische Fachangestellte", "den Inhaber eines
#: Spätkaufs", "Der Wirt eines Restaurants im Erdgeschoss".
_DESCRIBED_DE = regex.compile(
    r"(?<![\p{L}])(?P<article>[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Ee]in)(?P<words>(?:\s+[\p{L}-]+){1,3})"
)
#: Whose or where a person described is, after their noun: "eines Spätkaufs", "im Erdgeschoss".
_DESCRIBED_TAIL = regex.compile(
    r"\s+(?:eines|einer|des|der|im|aus|vom|am)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]+"
)
_WORD = regex.compile(r"[\p{L}-]+")
#: An adjective in "-en" before the noun of a description, in the dative or the accusative ("einem
#: früheren Landwirt").
_INFLECTED_ADJECTIVE = regex.compile(r"^(\s+\p{Ll}[\p{L}-]*)en(?=\s+\p{Lu})")
#: The article a German description takes as a sentence's subject ("den Inhaber" → "der Inhaber").
_NOMINATIVE = {"den": "der", "dem": "der", "einen": "ein", "einem": "ein", "einer": "eine"}
#: The articles that say a singular noun is a man's or a woman's.
_ARTICLE_GENDER = {
    "der": "m", "den": "m", "dem": "m", "ein": "m", "einen": "m", "einem": "m", "die": "f", "eine": "f", "einer": "f"
}


def _a_persons_noun(noun: str) -> bool:
    """Whether a capitalised German word is a noun of one person ("Feuerwehrmann", "Inhaber",
    "Fachangestellte", "Wirt"), not of several."""
    return (
        quotes_de.is_role(noun) or noun.casefold() in GERMAN_UNNAMED_PERSON_NOUNS
        or (noun.endswith("mann") and len(noun) > 6) or noun.casefold().endswith(("wirt", "wirtin"))
    ) and not quotes_de.is_roles_plural(noun.casefold())


def _described_before(before: str, article: str) -> str | None:
    """The last person ``before`` describes by a person's noun, perhaps adjectives before it, of
    the gender ``article`` ("der", "die") says, in the nominative: "Besonders hart traf es den
    Inhaber eines Spätkaufs. „…“, sagte der 52-Jährige" is "der Inhaber eines Spätkaufs"; None
    where there is none."""
    want = _ARTICLE_GENDER.get(article)
    last = None
    for match in _DESCRIBED_DE.finditer(before, timeout=timeout_for(before)):
        said = match.group("article").casefold()
        if _ARTICLE_GENDER.get(said) != want:
            continue
        if match.group("words").split()[0] in GERMAN_PREPOSITIONS:
            continue  # (a relative pronoun, no article: "einem Landwirt, der mit seiner Frau … hatte")
        if said in ("der", "die", "das") and before[: match.start()].rstrip().endswith(","):
            continue  # (the same, its clause's words no preposition: "Eine Geschädigte, die als Zeugin …")
        previous = before[: match.start()].rsplit(None, 1)[-1:]
        if said in ("dem", "einem", "einer") and previous and previous[0] in GERMAN_PREPOSITIONS:
            continue  # (a dative after a preposition is no one the text is about: "von einem Zwischenhändler")
        offset = match.start("words")
        for word in _WORD.finditer(match.group("words"), timeout=PATTERN_TIMEOUT):
            if word.group(0)[:1].isupper() and _a_persons_noun(word.group(0)):
                end = offset + word.end()
                tail = _DESCRIBED_TAIL.match(before, end, timeout=timeout_for(before))
                last = (said, before[match.start("words") : tail.end() if tail else end])
                break
            if word.group(0)[:1].isupper() and not word.group(0).endswith(("e", "en", "er")):
                break  # (a noun of no person: "ein Gastraum")
    if last is None:
        return None
    said, words = last
    if said in _NOMINATIVE:
        # (adjectives in the nominative too: "einem früheren Landwirt" is "ein früherer Landwirt")
        ending = "er" if said in ("einem", "einen") else "e"
        words = _INFLECTED_ADJECTIVE.sub(rf"\1{ending}", words, count=1, timeout=PATTERN_TIMEOUT)
    return _NOMINATIVE.get(said, said) + words


#: German nouns of a man or a woman that may name again anyone brought in before, with the
#: indefinite article that brought them in ("ein Autofahrer" is "der Mann", "eine Rentnerin" "die Frau").
_GENERIC_PERSON = {"mann": "ein", "frau": "eine"}


def _introduced_as(speaker: str, before: str, recent: list[str], german: bool) -> str | None:
    """The unnamed person a definite role noun points back to ("the official" after "A municipal
    official who worked in the unit … said"): the description the paragraph (or, naming nobody
    after it, the one before) introduced with the same noun; else None."""
    words = speaker.split()
    if len(words) != 2 or words[0].casefold() not in ("the", "der", "die"):
        return None
    noun = words[1].casefold()
    if AGE_NOUN.fullmatch(words[1], timeout=PATTERN_TIMEOUT):
        # "Eine Verkäuferin …, die ihren Namen nicht nennen wollte, zeigte sich zuversichtlich.
        # „…“, sagte die 56-Jährige": the one the quote's own paragraph brought in, of her gender
        named = [a for a, _ in _names_with_positions(before)]
        found = _unnamed_subject(before, named, german)
        article = found.split()[0].casefold() if found else ""
        fits = {"der": ("ein",), "die": ("eine",)}.get(words[0].casefold(), ("a", "an", "one", "another"))
        if article in fits:
            return found
        return _described_before(mask_quoted(before), words[0].casefold()) if german and not named else None
    if noun not in UNNAMED_PERSON_NOUNS and not (
        german and (quotes_de.is_role(words[1]) or noun in GERMAN_UNNAMED_PERSON_NOUNS)
    ):
        return None
    for text in (before, *recent[:1]):
        names = [a for a, _ in _names_with_positions(text)]
        found = _unnamed_subject(text, names, german)
        if found is not None:
            # (by another noun only in the quote's own paragraph: "Anders erlebte es ein Besucher
            # aus Radebeul … »…«, sagte der Mann"; or, German, by the noun of a man or a woman
            # whom the article says the one before was: "Eine 68-jährige Pensionistin …" ¶
            # "„…“, sagt die Frau")
            return found if text is before or noun in found.replace(",", " ").casefold().split() or (
                german and _GENERIC_PERSON.get(noun) == found.split()[0].casefold()
            ) else None
        if names:
            return None  # (someone named stands nearer)
    return None


def _same_noun(described: str, role: str) -> bool:
    """Whether a role ("der Meteorologe") names someone described before by the same noun, or a
    compound ending in it ("ein DWD-Meteorologe", "a senior Railway Board official")."""
    noun = role.split()[-1].casefold()
    return any(word.casefold().endswith(noun) for word in described.split())


def _fits_noun(pronoun: str, desc: str) -> bool:
    """Whether "he" or "she" ("er", "sie") may stand for a person described by ``desc`` ("a
    spokeswoman" is no "he", "eine Anwohnerin" no "er"); "they" stands for no one person."""
    words = desc.replace(",", " ").split()
    if words[0].casefold() in ("ein", "eine", "der", "die"):  # (German: the article says it)
        return pronoun == ("sie" if words[0].casefold() in ("eine", "die") else "er")
    female = any(w.endswith("woman") or w in ("mother", "widow") for w in words)
    male = any((w.endswith("man") and not w.endswith("woman")) or w in ("father", "widower") for w in words)
    return (pronoun == "she" and not male) or (pronoun == "he" and not female)


def _span_is_short(inner: str, text: str, end: int) -> tuple[bool, bool]:
    """Whether the words ``inner`` in quote marks (closed at ``end`` of ``text``) are too few for
    a quote, and, if so, whether they may yet be spoken: a few words that go on after a comma or
    end in "!" or "?" (“Amazing,” Davis said; „Wir schaffen das“, sagt sie). Other short quoted
    words are scare quotes or names."""
    short = _words(inner) < _MIN_WORDS
    return short, short and (inner[-1:] in ",!?" or text.startswith(",", end))


def _may_quote(block: Block) -> bool:
    """Whether ``block`` can hold a quote (a cheap test, passed by every block that does): a block
    quotation, a paragraph opening with a quote mark (a quote on its own, or over several
    paragraphs), or one with words in quote marks that are no scare quotes (“AI”, a name)."""
    if block.kind == "blockquote":
        return True
    text = block.text
    if not _has_quote_mark(text):
        return False
    if _OPENS_WITH_QUOTE.match(text, timeout=timeout_for(text)):
        return True
    for match in _QUOTED.finditer(text, timeout=timeout_for(text)):
        inner = next(g for g in match.groups() if g is not None).strip()
        short, spoken_start = _span_is_short(inner, text, match.end())
        if spoken_start or not short:
            return True
    return False


def _blocks_until(sections: list[Section], last: tuple[int, int]) -> Iterator[tuple[int, int, Section, Block]]:
    """The article's blocks in reading order, with where each stands, up to ``last`` included."""
    for s_index, section in enumerate(sections):
        for b_index, block in enumerate(section.blocks):
            if (s_index, b_index) > last:
                return
            yield s_index, b_index, section, block


_AND_THAT = regex.compile(r"^\s*,?\s*(?:and|but|or)\s+(?:that\s+|also\s+)?\s*$")
#: An English or German definite article before a body's name.
_BODY_ARTICLE = r"(?:(?:[Tt]he|[Dd]e[rnms]|[Dd]ie|[Dd]as)\s+)"
#: A speaker by a short name: capitals ("DEA"), or a short word after an article ("das Seco").
#: (or a word with a capital inside: "NamWater", "SaskPower")
_SHORT_NAME = regex.compile(
    rf"^{_BODY_ARTICLE}?(?P<short>\p{{Lu}}{{2,6}}|(?<=\s)\p{{Lu}}\p{{L}}{{1,7}}|\p{{Lu}}\p{{Ll}}+\p{{Lu}}\p{{L}}{{1,8}}"
    # (or capitals, then the rest of a word: "NParks")
    rf"|\p{{Lu}}{{2,3}}\p{{Ll}}{{2,8}}"
    # (or a short name written as a word, "Epra", "Nersa": only as the article gave it in brackets)
    rf"|(?P<word>\p{{Lu}}\p{{Ll}}{{2,7}}))$"
)
#: A body's name with its short name in brackets after it: "Das Staatssekretariat für Wirtschaft (Seco)".
_NAMED_IN_BRACKETS = regex.compile(
    rf"(?<![\p{{L}}]){_BODY_ARTICLE}?(?P<phrase>\p{{Lu}}[\p{{L}}'’-]+"
    r"(?:\s+(?:(?:of|for|and|on|the|für|der|des|und)\s+)?\p{Lu}[\p{L}'’-]+){0,5})\s+\((?P<short>\p{Lu}[\p{L}]{1,10})\)"
)
_PROPER_PHRASE = regex.compile(
    r"(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for|and|on|the)\s+)?\p{Lu}[\p{L}'’-]+){1,5}"
)


#: ... and one with German small words in it ("Bundesamt für Umwelt", "Industrie- und Handelskammer").
_SPELLED_PHRASE = regex.compile(
    r"(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for|and|on|the|für|und|der|des)\s+)?\p{Lu}[\p{L}'’-]+){1,5}"
)


def _expand_acronyms(quotes: list[Quote], sections: list[Section]) -> None:
    """A speaker in capitals ("DEA") gets the name the article spells out with those initials
    ("the Drug Enforcement Administration"), when it does; a short name after its article ("das
    Seco", "der DGB") the name the article gave it in brackets after ("Das Staatssekretariat für
    Wirtschaft (Seco)", "Der Deutsche Gewerkschaftsbund (DGB)"), and so does a short name written
    as a word alone ("Epra" after "The Energy and Petroleum Regulatory Authority (Epra)")."""
    short_of = {q.speaker: _SHORT_NAME.match(q.speaker, timeout=timeout_for(q.speaker)) for q in quotes if q.speaker}
    # (a short name written as a word is looked for only in brackets after the name it stands for)
    initialled = any(m is not None and not m.group("word") for m in short_of.values())
    as_words = {m.group("short") for m in short_of.values() if m is not None and m.group("word")}
    short_of = {speaker: m.group("short") for speaker, m in short_of.items() if m}
    wanted = set(short_of.values())
    if not wanted:
        return
    spelled: dict[str, str] = {}
    for section in sections:
        for block in section.blocks:
            for match in _NAMED_IN_BRACKETS.finditer(block.text, timeout=timeout_for(block.text)):
                short, phrase = match.group("short"), _after_preposition(match.group("phrase"))
                if short in wanted and short not in spelled and (
                    # (a short name written as a word stands for a name of words opening with its
                    # letter, not a dateline's "LONDON (Reuters)")
                    short not in as_words or (" " in phrase and phrase[0] == short[0] and not phrase.isupper())
                ):
                    spelled[short] = phrase
            for match in _PROPER_PHRASE.finditer(block.text, timeout=timeout_for(block.text)) if initialled else ():
                phrase = _less_article(match.group(0))
                words = [w for w in phrase.split() if w[0].isupper()]
                if not words:
                    continue
                # ("Alfred-Wegener-Institut" spells AWI by the parts of its one word)
                parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
                for initials in {"".join(w[0] for w in words), "".join(p[0] for p in parts)}:
                    if initials in wanted and initials not in spelled:
                        spelled[initials] = phrase
                for at, word in enumerate(words):
                    # a name from a word in capitals on, that word giving all its letters: "(Der
                    # Handball-Bundesligist) SC Magdeburg" spells SCM, "SV Ostwestfalen" SVO
                    if word.isupper() and word.isalpha():
                        initials = word + "".join(w[0] for w in words[at + 1 :])
                        if initials in wanted and initials not in spelled:
                            spelled[initials] = " ".join(words[at:])
            capitals = {short for short in wanted - spelled.keys() if short.isupper()}
            for match in _SPELLED_PHRASE.finditer(block.text, timeout=timeout_for(block.text)) if capitals else ():
                # a name's initials taken from inside its compounds and small words too: "Bundesamt
                # für Umwelt" spells BAFU, "Deutscher Wetterdienst" DWD, "Kassenärztliche
                # Vereinigung (Rheinland-Pfalz)" KV
                phrase = _less_article(match.group(0))
                if not phrase or is_given_name(phrase.split()[0]):
                    continue  # (a person's name spells no body's short name)
                for short in capitals - spelled.keys():
                    if spells := _spelled_inside(short, phrase):
                        spelled[short] = spells
    for quote in quotes:
        short = short_of.get(quote.speaker or "")
        if short in spelled:
            quote.speaker = spelled[short]


def _less_article(phrase: str) -> str:
    """A capitalised phrase without the article opening it ("The Drug Enforcement Administration",
    "Der Deutsche Wetterdienst"); "" where the article is all of it."""
    if phrase.split()[0] in ("The", "Der", "Die", "Das"):
        return phrase.split(None, 1)[1] if " " in phrase else ""
    return phrase


def _spelled_inside(short: str, phrase: str) -> str | None:
    """``phrase`` where ``short``, in capitals, abbreviates it, or None: its letters in order, the
    first the phrase's, each capitalised word's initial among them up to the last one read (a
    place after may stand unread: "Industrie- und Handelskammer Hannover" is the IHK's), read from
    more than one word (a hyphen parts words: "Industrie-und-Handelskammer")."""
    words = phrase.replace("-", " ").split()
    letters = short.casefold()

    def read(k: int, at: int) -> int | None:  # (the words read when letters[k:] start in words[at])
        if k == len(letters):
            return at
        for w in range(at, len(words)):
            word = words[w].casefold()
            if word[0] == letters[k]:
                if (end := read(k + 1, w + 1)) is not None:
                    return end
                # the word's initial, then more of the letters inside it ("Wetterdienst": W, D)
                inside, j = k + 1, 1
                while inside < len(letters) and (j := word.find(letters[inside], j)) > 0:
                    if (end := read(inside + 1, w + 1)) is not None:
                        return end
                    inside, j = inside + 1, j + 1
            if words[w][:1].isupper():
                return None  # (a capitalised word's initial is never skipped)
        return None

    if len(letters) < 2 or not words or words[0][:1].casefold() != letters[0]:
        return None
    end = read(0, 0)
    return phrase if end is not None and (end > 1 or len(words) == 1) else None


def _after_preposition(phrase: str) -> str:
    """A body's name without the phrase that governs it, where a German sentence opens with one,
    in the nominative ("Nach Angaben der Deutschen Ordensobernkonferenz (DOK)": "Deutsche
    Ordensobernkonferenz"); any other name as it stands."""
    words = phrase.split()
    if len(words) < 4 or words[0].casefold() not in GERMAN_PREPOSITIONS:
        return phrase
    joiner = next((k for k, w in enumerate(words[:3]) if w in ("der", "des")), None)
    if joiner is None:
        return phrase
    if words[joiner] == "des":  # ("des Statistischen Landesamts": "Statistische Landesamt")
        return quotes_de.named_in_nominative(" ".join(words[joiner:]))
    # (a feminine noun keeps its form, its adjectives lose the genitive's ending: "Deutsche Ordensobernkonferenz")
    rest = words[joiner + 1 :]
    return " ".join(
        w[:-1] if w.endswith("en") and k + 1 < len(rest) and rest[k + 1][:1].isupper() else w
        for k, w in enumerate(rest)
    )


#: A run of capitalised words, "of", "for" or "&" between them, that may be a body's whole name
#: ("Birchline Communities LLC", "Lumera Labs"; ``_expand_short_body_names`` checks its last word).
#: (Unlike ``_PROPER_PHRASE``, no "and": "Birchline Communities LLC and Birchline Capital Group" is two.)
_WHOLE_BODY_NAME = regex.compile(
    r"(?<![\p{L}])\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:of|for|&)\s+)?\p{Lu}[\p{L}&'’.-]*){1,5}"
)


def _expand_short_body_names(quotes: list[Quote], sections: list[Section], people: list[str]) -> None:
    """A body speaking by the first word of its name ("Birchline said") gets the whole name the
    article gives it anywhere ("Birchline Communities LLC"), where exactly one name ending in a
    legal form or a body's word starts with that word; a person met is never expanded."""
    wanted = {
        q.speaker for q in quotes
        if q.speaker and " " not in q.speaker and q.speaker[:1].isupper() and not is_given_name(q.speaker)
        and not any(q.speaker in name.split() for name in people)
    }
    if not wanted:
        return
    whole: dict[str, set[str]] = {}
    for section in sections:
        for block in section.blocks:
            for match in _WHOLE_BODY_NAME.finditer(block.text, timeout=timeout_for(block.text)):
                words = match.group(0).split()
                if words[0] in wanted and words[-1].rstrip(".").casefold() in BODY_NAME_WORDS:
                    whole.setdefault(words[0], set()).add(" ".join(words))
    for quote in quotes:
        names = whole.get(quote.speaker or "")
        if names is not None and len(names) == 1:
            quote.speaker = next(iter(names))


def _by_surname(people: list[str]) -> dict[str, str]:
    """The people met so far by surname; where several share one (a family), the one the article
    introduced first, as ``_full_name`` reads the surname alone."""
    found: dict[str, str] = {}
    for name in people:
        found.setdefault(surname(name), name)
    return found


def _known_genitives(found: list[tuple[int, str]], people: list[str]) -> list[tuple[int, str]]:
    """``found`` with each pair that is a known person's surname in the German genitive and a noun
    ("Bernals Unfall", "Luckes Kritik" after "Egan Bernal", "Bernd Lucke") as that person."""
    if not people or not any(name.split()[0].endswith("s") for _, name in found):
        return found  # (most texts name nobody so: no table of surnames for them)
    surnames = _by_surname(people)
    out = []
    for at, name in found:
        words = name.split()
        if len(words) == 2 and words[0].endswith("s") and words[0][:-1] in surnames and name not in people:
            name = surnames[words[0][:-1]]
        out.append((at, name))
    return out


#: The white space after a sentence's closing mark.
_AFTER_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+")


def _may_be_german_person(name: str, quoted: set[str | None]) -> bool:
    """Whether a name a German text gives may be the person a pronoun stands for: a word alone
    (a surname met before), a first name or a title opening it, or a speaker quoted already."""
    first = name.split()[0]
    return " " not in name or is_given_name(first) or first.rstrip(".") in _TITLES_SET or name in quoted


def _surnames_opening(text: str, people: list[str]) -> list[tuple[int, str]]:
    """The people met earlier whose surname alone (or a first name no list knows) opens ``text`` or
    a sentence of it ("Rasmussen said …", "Rasmussen's team …"), with where, as full names (each
    sentence's first word looked up, not every capitalised word searched for)."""
    if not people:
        return []
    surnames = _by_surname(people)
    # (or a first name no list knows alone, as features call people: "Enkhbold said he had …" is
    # Enkhbold Dashdorj; the listed ones, read so too, cost a blind half a quote)
    first_names = _first_names_of(people, unlisted=True)
    found: list[tuple[int, str]] = []
    at = 0
    for piece in _AFTER_SENTENCE_END.split(text, timeout=timeout_for(text)):
        at = text.find(piece, at)
        words = piece.split(None, 1)
        # (whose something opens it names them too: "Gurung's day starts at 4:30 am. She milks …")
        if words and (word := _without_possessive(words[0].rstrip(",;:")).rstrip("'’")) in surnames:
            found.append((at, surnames[word]))
        elif words and word in first_names and word not in surnames:
            found.append((at, first_names[word]))
        else:
            # (or after a clause, as the subject of a verb of speech: "Giving evidence via video
            # link, Faleafa said he had …" ¶ "“…,” he told the hearing." is Faleafa's)
            for said in _SURNAME_SAYS.finditer(piece, timeout=timeout_for(piece)):
                if said.group("name") in surnames:
                    found.append((at + said.start(), surnames[said.group("name")]))
                    break
        at += len(piece)
    return found


#: A capitalised word right before a verb of speech, after a comma: a sentence's subject
#: after its opening clause ("Giving evidence …, Faleafa said").
_SURNAME_SAYS = regex.compile(rf"(?<=,\s)(?P<name>\p{{Lu}}[\p{{L}}'’-]+)\s+(?:{_VERB})\b")


def _surnames_in(text: str, people: list[str], possessive: bool = False) -> list[tuple[int, str]]:
    """The people met earlier whom ``text`` names by surname alone, with where, as full names;
    with ``possessive``, those it names only as whose something is ("Park's numbers")."""
    return _named_by(text, _by_surname(people), possessive) if people else []


def _first_names_in(text: str, people: list[str]) -> list[tuple[int, str]]:
    """The people met earlier whom ``text`` names by first name alone (one person met by it:
    "Marcus told 12 News …" is Marcus Okafor-Reyes), with where, as full names."""
    if not people:
        return []
    found = _named_by(text, _first_names_of(people))
    # (a given name no list knows, as Thai and Samoan names are called by theirs, counts where
    # a verb of speech follows it: "Wirat said investigators were …")
    unlisted = _first_names_of(people, unlisted=True)
    found += [
        (start, name) for start, name in _named_by(text, unlisted)
        if _SPEAKS_NEXT.match(text, _word_end(text, start), timeout=timeout_for(text))
    ]
    return sorted(found)


#: A capital and a full stop standing as a word, a lower-case word or a mark (or nothing) after
#: it: a surname's initial ("K. selbst hatte …", "sagte K."), not a middle initial ("John F. Kennedy").
_INITIAL_ALONE = regex.compile(r"(?<![\p{L}.]|\p{Lu}\p{Ll}+\s)\p{Lu}\.(?=\s+\p{Ll}|[,;:)]|\s*$)")


def _named_by(text: str, full_names: dict[str, str], possessive: bool = False) -> list[tuple[int, str]]:
    """Where ``text`` holds a capitalised word of ``full_names`` (a part of a name → the name), as
    (start, full name); with ``possessive``, where it holds one with a possessive's "'s" only."""
    if not full_names:
        return []
    if not possessive:
        found = [
            (m.start(), full_names[m.group(0)])
            for m in _CAPITALISED.finditer(text, timeout=timeout_for(text))
            if m.group(0) in full_names
        ]
        # a surname's initial alone, as court reports call a defendant named "Dariusz K." ("K.
        # selbst hatte …", "sagte K."): where the initial stands as a word, no middle name's or
        # abbreviation's ("John F. Kennedy", "U.S.")
        if any(len(key) == 2 and key[1] == "." for key in full_names) and ". " in f"{text} ":
            found += [
                (m.start(), full_names[m.group(0)])
                for m in _INITIAL_ALONE.finditer(text, timeout=timeout_for(text))
                if m.group(0) in full_names
            ]
            found.sort()
        return found
    return [
        (m.start(), full_names[word])
        for m in _CAPITALISED.finditer(text, timeout=timeout_for(text))
        if m.group(0).endswith(_POSSESSIVE_ENDS) and (word := _without_possessive(m.group(0))) in full_names
    ]


def _plural(pronoun: str, verb: str | None) -> bool:
    """Whether a pronoun stands for several: "they", or "sie" with a verb in the plural ("sagten sie")."""
    pronoun = pronoun.lower()
    return pronoun == "they" or (pronoun == "sie" and verb is not None and verb.endswith("en"))


#: The gender a singular pronoun stands for ("sie" with a verb in the singular is a woman).
#: Forms of address that say a person's gender.
_ADDRESS_GENDER = {
    "Mr": "m", "Mrs": "f", "Ms": "f", "Herr": "m", "Frau": "f", "Sir": "m", "Dame": "f", "Lady": "f",
    "Madam": "f", "Mdm": "f",  # (Singaporean and Malaysian papers: "Madam Lee")
    "Miss": "f",
}


def _fits_pronoun(pronoun: str, verb: str | None, people: list[str], name: str, known: bool = False) -> bool:
    """Whether ``name`` may be the one ``pronoun`` stands for: no first name (or form of address)
    of the other gender. A name these lists do not know fits, unless ``known`` asks for a first
    name (or form of address) of the pronoun's gender (where given names from anywhere may say
    it: "Kwame" is a man's)."""
    want = None if _plural(pronoun, verb) or (verb is None and pronoun == "sie") else PRONOUN_GENDERS.get(pronoun)
    if want is None:
        return not known
    words = _full_name(name, people).split()
    first = words[0].rstrip(".")
    given = words[1] if first in _TITLES_SET and len(words) > 2 else first  # ("Dr Alana Whitty": Alana)
    gender = _ADDRESS_GENDER.get(first) or gender_of(given) or gender_of(first)
    if gender is None and first.casefold() in _DESCRIPTION_ARTICLES:
        gender = noun_gender(name)  # someone described: "die Vorsitzende Richterin" is no "er"
    if known and gender is None:
        gender = given_gender(given)  # (the wide lists only to prefer, never to rule out)
    return gender == want if known else gender is None or gender == want


#: Articles opening a description of someone, whose noun may say their gender.
_DESCRIPTION_ARTICLES = frozenset({"der", "die", "ein", "eine", "the", "a", "an"})


def _fits_speaker(
    pronoun: str, verb: str | None, people: list[str], words: str, name: str, known: bool = False
) -> bool:
    """Whether ``name`` may be the person a pronoun attributing the quote ``words`` stands for:
    of the pronoun's number and gender (``_fits_pronoun``), and not talked about in it by first
    name or surname ("“Nadia kept saying, don't pay it,” she said" is not Nadia Saab's)."""
    parts = name.split()
    return _fits_pronoun(pronoun, verb, people, name, known) and not any(
        len(part) > 2 and part[:1].isupper() and _has_word(words, part)
        # (a surname only in the name of a thing, after a noun, is no one talked about: "“Würstelstand
        # Jovanović, das ist eine Marke”, sagt er")
        and not (k and k == len(parts) - 1 and _only_in_things_names(words, part))
        for k, part in enumerate(parts)
    )


def _only_in_things_names(text: str, word: str) -> bool:
    """Whether every time ``text`` holds ``word`` a capitalised word no first name spells stands
    right before it, or a German preposition and article in one word: a thing named after the
    person ("Würstelstand Jovanović", "Kaufhaus Riedl", "beim Riedl")."""
    found = False
    for at in _word_starts(text, word):
        before = text[:at].split()[-1:]
        if not before or (before[0] not in ("beim", "zum", "vom") and (  # (a shop by its owner's name: "beim Riedl")
            not before[0].isalpha() or not before[0][:1].isupper() or is_given_name(before[0])
        )):
            return False
        found = True
    return found


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (a possessive's "'s" aside)."""
    return next(_word_starts(text, word), None) is not None


def _word_starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a word of its own."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            yield at
        at = text.find(word, end)


def _said_gender_first(names: list[str], fits: Callable[..., bool]) -> list[str]:
    """Of the names a gendered pronoun may stand for, those whose first name says its gender,
    where any does: "At Bristol Temple Meads, Helen Barraclough … “…,” she said" is Helen's, not
    a place's whose words no list knows."""
    said = [n for n in names if fits(n, known=True)]
    return said or names


#: A question, then the answer in quote marks closing the paragraph: "Was wollen Sie als Erstes
#: ändern? – «Die Anfangszeiten. …»", "What's next? "Sourdough. …"".
_QUESTION_THEN_ANSWER = regex.compile(
    rf"^(?P<question>[^{_QUOTE_MARKS}]{{5,300}}\?)\s*(?:[–—-]\s*)?(?P<answer>[{regex.escape(OPENING_QUOTE_MARKS)}].*)$"
)
#: A heading naming whom the section's questions are put to: "Drei Fragen an Lorena Gisler",
#: "Nachgefragt bei …", "Interview mit …", "Three questions for …", "Q&A with …".
_INTERVIEWEE_HEADING = regex.compile(
    r"(?i:fragen|nachgefragt|interview|gespräch|questions?|q\s*&\s*a|conversation)\s+"
    r"(?i:an|bei|mit|for|to|with)\s+(?P<who>\p{Lu}.*)$"
)


def _answer_to_question(text: str) -> tuple[str, str] | None:
    """(the question, the answer's words) of a paragraph that puts a question and answers it in
    quote marks, nothing after the answer; else None."""
    text = text.strip()
    match = _QUESTION_THEN_ANSWER.match(text, timeout=timeout_for(text))
    if match is None:
        return None
    answer = match.group("answer")
    words = _whole_quote(answer)
    if words is None and (quoted := _QUOTED.match(answer, timeout=timeout_for(answer))) and not any(
        quoted.group(g) for g in ("open", "open2", "open3")
    ) and not _has_quote_mark(answer[quoted.end() :]) and answer[quoted.end() :].lstrip()[:1].isupper():
        # the answer, then sentences that report more: "„Keinen einzigen Tag. …“ Pädagogisch sei er …"
        words = next(g for g in quoted.groups() if g is not None).strip()
    return (match.group("question"), words) if words and _words(words) >= _MIN_WORDS else None


#: A personal pronoun of one person in a question reported about them: "Has she met anyone?",
#: "Ob er den Wechsel bereut?" (not "Sie", German for "you").
_QUESTION_PRONOUN = regex.compile(r"(?<![\p{L}])(?:he|she|er|sie)(?![\p{L}])")


def _interviewee(heading: str | None, question: str, people: list[str]) -> str | None:
    """Who answers a question put in a paragraph: the person the section's heading says the
    questions are put to ("Drei Fragen an Operationschefin Britta Albers"), else the person the
    question addresses ("Frau Thiele, …?"); None when neither is said."""
    if heading and (match := _INTERVIEWEE_HEADING.search(heading, timeout=PATTERN_TIMEOUT)):
        named = _names_with_positions(match.group("who"))
        if named:
            return _full_name(named[-1][1], people)
    addressed = _ADDRESSED.search(question, timeout=timeout_for(question))
    return _full_name(addressed.group(0), people) if addressed else None


def _after_topic_label(text: str) -> str:
    """``text`` from its first quote mark on where a topic's label stands before it ("On the
    comeback: “…”": the quote is the paragraph's, as if it opened with it); else ``text``."""
    label = _TOPIC_LABEL.match(text, timeout=timeout_for(text)) if text.lstrip().startswith("On ") else None
    if label is None or len(label.group("topic").split()) > _TOPIC_MAX_WORDS or _NO_TOPIC_WORD.search(
        label.group("topic"), timeout=PATTERN_TIMEOUT
    ):
        return text
    return text[label.end() :]


#: How many words a topic's label before a quote holds at most ("On casting non-actors from the
#: neighbourhood").
_TOPIC_MAX_WORDS = 8


#: A possessive pronoun in a heading, whose words a section quotes: "In her own words".
_HEADING_POSSESSIVE = regex.compile(r"\b(?:[Hh]er|[Hh]is)\b")


def _interviews_subject(quotes: list[Quote], heading: str | None, people: list[str]) -> str | None:
    """Whom a section summing up an interview by topics quotes ("In her own words" ¶ "On the
    title: “…”", no other attribution): the person the article quoted most so far (the first of
    those quoted as often), not of the other gender than a possessive in the heading says; None
    with nobody quoted."""
    counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker and quote.speaker_resolved and " " in quote.speaker:
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    possessive = _HEADING_POSSESSIVE.search(heading or "", timeout=PATTERN_TIMEOUT)
    if possessive is not None:
        pronoun = _OWNERS_PRONOUN[possessive.group(0).casefold()]
        counts = {name: n for name, n in counts.items() if _fits_pronoun(pronoun, None, people, name)}
    return max(counts, key=counts.__getitem__) if counts else None


def _whole_quote(text: str) -> str | None:
    """The words of a paragraph that is one quote and nothing else (a full stop after its
    closing mark aside), or None."""
    match = _QUOTED.match(text.strip(), timeout=PATTERN_TIMEOUT)
    if match is None or text.strip()[match.end() :].strip(" .") or any(
        match.group(g) for g in ("open", "open2", "open3")
    ):
        return None
    return next(g for g in match.groups() if g is not None).strip()


#: How many paragraphs back the person quoted last may be, for a quote paragraph attributed
#: nowhere after a paragraph naming nobody.
_QUOTED_LAST_REACH = 2


def _lead_speaker(
    lead: str, people: list[str], names_of: dict[str, list[tuple[int, str]]], german: bool,
    quoted_last: str | None = None,
) -> str | None:
    """Whose a paragraph that is one quote, attributed nowhere, is, by the paragraph before it
    (``lead``, in which no quote was found; words in quote marks there aside): the one person it
    names ("Dorothy Kessler, 88, … voted yes." ¶ "“…”"); naming several, the subject of its last
    sentence naming anyone ("Tucson manager Ray Delgado defended his decision to send Luis
    Mayfield out …"); naming nobody, a pronoun of one person as its last sentence's subject ("He
    ended his post with …", "Ärzte und Pflegekräfte nimmt er in Schutz."), resolved as "he said"
    is; else None."""
    if not lead:
        return None
    text = mask_quoted(lead)
    names = names_of.get(lead) if text == lead else None
    speaker = _the_one_named(text, people, names) or _subject([lead], people, german, one=True)
    if speaker is not None or (names if names is not None else _names_with_positions(text)):
        return speaker
    last_sentence = (split_sentences(text) or [""])[-1].strip()
    pronoun = _LEAD_PRONOUN.search(last_sentence, timeout=timeout_for(last_sentence))
    if pronoun:
        return pronoun.group(0)
    # (naming nobody, no pronoun its subject: someone it describes as a sentence's subject, "Ein
    # Unternehmer aus dem Raum München, …, fühlt sich „…“"; else the person quoted just before,
    # whose account it goes on with: "„…“, sagte die 18-Jährige." ¶ "Vor allem der Pflichtteil habe
    # viel Zeit gekostet." ¶ "„…“"; not a body quoted from its papers)
    unnamed = _unnamed_subject(text, [], german)
    if unnamed is not None:
        return unnamed
    return quoted_last if quoted_last and not any(quotes_de.names_body(w) for w in quoted_last.split()) else None


def _the_one_named(text: str, people: list[str], names: list[tuple[int, str]] | None = None) -> str | None:
    """The one person ``text`` names, in full or by a surname met before (``names``: its names,
    when found already), in full; None where it names nobody or several."""
    named = [n for _, n in _known_genitives(names or _names_with_positions(text), people)]
    distinct = _distinct_people(named + _known_by_surname(text, people))
    return _full_name(distinct.pop(), people) if len(distinct) == 1 else None


def _distinct_people(names: list[str]) -> set[str]:
    """The people ``names`` stand for: a surname alone is the full name sharing it ("Smith" is
    "Jane Smith"), two full names sharing a surname two people ("Jane Smith", "Tom Smith")."""
    full = {n for n in names if len(n.split()) > 1}
    lone = {n for n in names if len(n.split()) == 1 and not any(surname(f) == n for f in full)}
    return full | lone


def _known_by_surname(text: str, people: list[str]) -> list[str]:
    """People met earlier whom ``text`` names by surname alone ("Stier says …")."""
    return [name for _, name in _surnames_in(text, people)]


_POSSESSIVE = regex.compile(r"['’]s?\b")


#: A sentence opening with a personal pronoun as its subject.
_PRONOUN_SUBJECT = regex.compile(r"\s*(?:He|She|They|Er|Sie)\s+\p{Ll}")


#: An English verb of speech right after a name, perhaps after an adverb: "Stoker suggested".
_SPEAKS_NEXT = regex.compile(rf"[^\S\n]+(?:\p{{Ll}}+ly[^\S\n]+)?(?:{_VERB})\b")
#: The rest of a word from where it starts (letters, apostrophes, hyphens).
_WORD_GOES_ON = regex.compile(r"[\p{L}'’-]*")
#: An indefinite article before a name: "A Manitoba Hydro employee", no person.
_INDEFINITE_BEFORE = regex.compile(r"(?:^|\s)(?:[Aa]n?)\s+$")
#: Nouns a name stands before when it only says which one ("the Tana River basin", "Red Cross
#: volunteers"), beside a person's noun or its plural.
_NOUNS_AFTER_A_MODIFIER = frozenset(
    "basin valley area region district community residents volunteers employees employee staff workers "
    "worker members member officials fans supporters crews crew team".split()
)


def _word_end(text: str, start: int) -> int:
    """Where the word starting at ``text[start]`` ends."""
    return _WORD_GOES_ON.match(text, start, timeout=timeout_for(text)).end()  # type: ignore[union-attr]


def _modifies_a_noun(sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``sentence[start:end]`` only says which something is: after "a" or
    "an" ("A Manitoba Hydro employee"), or before a noun in lower case ("Red Cross volunteers",
    "the Tana River basin"), a person's noun or one of a group or a place."""
    if _INDEFINITE_BEFORE.search(sentence, max(0, start - 4), start, timeout=timeout_for(sentence)):
        return True
    following = sentence[end:].split(None, 1)
    if not following or not sentence[end:end + 1].isspace() or is_first_name(sentence[start:end].split()[0]):
        return False  # (a first name opens a person's, the word after it their verb: "Meg Ryan star in …")
    word = following[0].rstrip(".,;:!?")
    if not word.isalpha() or not word.islower():
        return False
    return word in _NOUNS_AFTER_A_MODIFIER or word in PERSON_NOUNS or (
        word.endswith("s") and word[:-1] in PERSON_NOUNS
    )


def _subject(texts: list[str], people: list[str], german: bool = False, *, one: bool = False) -> str | None:
    """The person a pronoun stands for: the subject of the nearest sentence that names anyone,
    searching back from the end of ``texts`` (words in quote marks aside): the one person it
    names (possessives aside), or, naming several, the one it opens with (within its first few
    words, where a subject stands). With ``one``, none where two people joined by "and" stand
    in it (whose words would be theirs together)."""
    surnames = _by_surname(people)
    firsts = _first_names_of(people)
    for text in reversed(texts):
        text = mask_quoted(text)
        for sentence in reversed(split_sentences(text)):
            if _PRONOUN_SUBJECT.match(sentence, timeout=timeout_for(sentence)):
                continue  # "Er warf Hemmingsen vor, …": its subject is the pronoun's, named further back
            if german and (quotes_de.reports_unsourced(sentence) or quotes_de.reports_by_pronoun(sentence)):
                continue  # someone's words reported: whom they name is talked about, not who spoke
            # (start, end, person) for each full name and each known surname in the sentence
            spotted = _names_with_positions(sentence)
            mentions = [
                (start, start + len(found), name)
                for (start, found), (_, name) in zip(spotted, _known_genitives(spotted, people), strict=True)
            ]
            mentions += [
                (_whole_name_start(sentence, m.start(), surnames[m.group(0)]), m.end(), surnames[m.group(0)])
                for m in _CAPITALISED.finditer(sentence, timeout=timeout_for(sentence))
                if m.group(0) in surnames and not any(a <= m.start() < z for a, z, _ in mentions)
            ]
            # a first name alone, of the one person met with it: "June said she had already rung …"
            mentions += [
                (m.start(), m.end(), firsts[m.group(0)])
                for m in _CAPITALISED.finditer(sentence, timeout=timeout_for(sentence))
                if m.group(0) in firsts and not any(a <= m.start() < z for a, z, _ in mentions)
            ]
            # a form of address and a surname: "Madam Lee wipes down the shelves", "Mr Smith said"
            # (its possessive apart: "Ms. Nnaji’s younger brother, Chukwuemeka Nnaji, is …" is his)
            mentions += [
                (m.start(), m.start() + len(addressed), _full_name(addressed, people))
                for m in _ADDRESSED.finditer(sentence, timeout=timeout_for(sentence))
                if not any(a <= m.start() < z for a, z, _ in mentions)
                and (addressed := _without_possessive(m.group(0)))
            ]
            # (one governed by a preposition is no subject: "An Bundesrat Cassis wandte sie sich",
            # "Back at Geylang Bahru, Madam Lee …")
            mentions = _subjects_only(sorted(mentions), sentence, german)
            if not german:
                # (nor a name that only says which someone or something is: "Red Cross volunteers
                # have been …", "A Manitoba Hydro employee found …")
                mentions = [m for m in mentions if not _modifies_a_noun(sentence, m[0], m[1])]
            if not mentions:
                continue
            # A possessive ("Brandt's plan") names whose something, not who acts.
            actors = [
                (start, name)
                for start, end, name in mentions
                if not _POSSESSIVE.match(sentence, end, timeout=timeout_for(sentence))
            ]
            if not actors:
                return None
            first = min(actors)
            # one of them the subject of a verb of speech, not the sentence's first: the one who
            # spoke ("Mendonça is expected to start, although Stoker suggested he may …" ¶ "“…,” he said")
            speaking = set() if german else {
                name for start, end, name in mentions
                if _SPEAKS_NEXT.match(sentence, end, timeout=timeout_for(sentence))
            }
            if len(speaking) == 1 and first[1] not in speaking:
                return speaking.pop()
            if len({name.split()[-1] for _, name in actors}) != 1 and len(sentence[: first[0]].split()) > 4:
                return None  # several people, none of them in the subject's place: open
            if one and any(
                _JOINED.fullmatch(sentence[end:start], timeout=PATTERN_TIMEOUT)
                for (_, end, _), (start, _, _) in itertools.pairwise(mentions)
            ):
                return None  # "Hans Göbel und Eva Roth sammeln Äste.": two people speak as one
            return first[1]  # one person, or the one the sentence opens with (its subject)
    return None


def _whole_name_start(sentence: str, start: int, name: str) -> int:
    """Where the name whose surname stands at ``start`` begins: before the surname, where the
    sentence writes the name out in full ("… a community hall in Air Itam": what governs it is
    the word before the whole name, not the one before its last word)."""
    if " " not in name:
        return start
    before = sentence[:start].rstrip()
    rest = name.rsplit(None, 1)[0]
    at = len(before) - len(rest)
    return at if before.endswith(rest) and (at == 0 or not before[at - 1].isalnum()) else start


#: A verb of saying after a name (not of asking: "Fraser pressed Ashworth-Kyle …, he said" is the
#: other's answer), perhaps after an age or a description in commas: "Brenda Cline, 63, said".
_REPORTS_NEXT = regex.compile(
    r"(?:,\s+(?:\d{1,3}|(?:a|an|the)\s[^,.;“”\"]{2,80}),)?[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?"
    r"(?:said|says|told|tells|added|adds|explained|recalled|noted)\b"
)


def _one_reporting(text: str, mentioned: list[tuple[int, str]], fitting: list[str]) -> str | None:
    """The one person of ``fitting`` that ``text`` names as the subject of a verb of speech while
    naming others of them too, or None."""
    if len(set(fitting)) < 2:
        return None
    reporting = set()
    for start, name in mentioned:
        if name not in fitting:
            continue
        # (named in full where it stands, or by a surname or a first name alone: "Cline said")
        word = None if text.startswith(name, start) else _CAPITALISED.match(text, start, timeout=timeout_for(text))
        end = start + len(name) if word is None else word.end()
        if _REPORTS_NEXT.match(text, end, timeout=timeout_for(text)):
            reporting.add(name)
    return reporting.pop() if len(reporting) == 1 else None


def _first_names_of(people: list[str], unlisted: bool = False) -> dict[str, str]:
    """The first names that stand for one person met (two Annas: neither), a calendar's words aside
    ("June", "May"); with ``unlisted``, instead the first words no list knows as given names
    ("Wirat" of "Wirat Chaiyasit"), but a body's or a place's word or a title."""
    seen: dict[str, set[str]] = {}
    for name in people:
        words = _untitled(name).split()  # (the given name after the titles: "Gen Wirat Chaiyasit")
        first = words[0]
        if len(words) < 2 or first.casefold() in CALENDAR_WORDS:
            continue
        listed = is_given_name(first)
        if listed if not unlisted else (
            not listed and len(first) > 3 and first.isalpha() and first[1:].islower()
            and first.casefold() not in NOT_A_PERSONS_NAME_WORDS and first not in _TITLES_SET
        ):
            seen.setdefault(first, set()).add(name)
    return {first: names.pop() for first, names in seen.items() if len(names) == 1}


def _subjects_only(
    mentions: list[tuple[int, int, str]], sentence: str, german: bool
) -> list[tuple[int, int, str]]:
    """The mentions (start, end, name) that may be a sentence's subject: not one a preposition
    governs ("An Bundesrat Cassis wandte sie sich"), nor one joined to such a one by "and" ("Mit
    Daniel Weingartner (Stans) und Samuel Weingartner (BSV Bern) treffen …")."""
    kept: list[tuple[int, int, str]] = []
    governed_end = -1
    for start, end, name in mentions:
        if governed_end >= 0 and _JOINED.fullmatch(sentence[governed_end:start], timeout=PATTERN_TIMEOUT):
            governed_end = end
        elif _may_be_subject(sentence[:start], german):
            kept.append((start, end, name))
            governed_end = -1
        else:
            governed_end = end
    return kept


#: What stands between two names joined by "and" (a bracket after the first aside).
_JOINED = regex.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:und|and|oder|or|sowie)\s+")


#: A form of address before a surname alone: "Mr Smith", "Madam Lee", "Frau Berger".
_ADDRESSED = regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(_ADDRESS_GENDER)})\.?\s+{_NAME_PART}(?![\p{{L}}])")
#: English prepositions that govern a name right after them ("at", "with"): no subject follows.
_ENGLISH_PREPOSITIONS = frozenset(
    "at in on from with near outside inside behind beside to by about against among between under over "
    "across through during after before since until without toward towards".split()
)


def _may_be_subject(before: str, german: bool) -> bool:
    """Whether a name after ``before`` may be what a pronoun after it stands for: not governed by
    a preposition, but for "for" ("Für Magdalena Unterberger ist es mehr als ein Auftakt. „…“, sagt
    sie": whom the sentence is about)."""
    words = before.split()
    if words and words[-1].casefold() in ("for", "für"):
        return True
    if german:
        return quotes_de.may_be_subject(before)
    return not (words and words[-1].casefold() in _ENGLISH_PREPOSITIONS)


def _ends_open(text: str) -> bool:
    """Whether ``text`` leaves a quote open (more opening marks than closing ones)."""
    if (text.lstrip()[:1] == "‘" or ": ‘" in text) and "“" not in text:
        # British single marks: ’ before a letter is an apostrophe
        return text.count("‘") > len(_SINGLE_CLOSING.findall(text, timeout=timeout_for(text)))
    if "„" in text:  # German: „…“ (or „…" on the web)
        return text.count("„") > text.count("“") + text.count("”") + text.count('"')
    if "»" in text and text.lstrip()[:1] == "»":  # »…«
        return text.count("»") > text.count("«")
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1 or text.count("«") > text.count("»")


_SINGLE_CLOSING = regex.compile(r"’(?![\p{L}])")


def _has_quote_mark(text: str) -> bool:
    """Whether ``text`` holds a mark a quote opens with (a look for each, no pattern call): a
    straight single mark only after a space or opening the text (an apostrophe is inside a word)."""
    return any(mark in text for mark in _QUOTE_MARKS) or " '" in text or text.startswith("'")


def _continues(block: int, section: Section, b_index: int) -> bool:
    """Whether a quote that ends in ``block`` stands in the paragraph right before ``b_index``."""
    return block == b_index - 1 and section.blocks[b_index - 1].kind in ("paragraph", "blockquote")


def _lower_compound(word: str, after: str) -> bool:
    """Whether ``word``, capitalised, in lower case after a hyphen, is a noun or an adjective
    before a name rather than a given name: with a participle ("Singapore-based Oceanbridge"),
    of three parts ("Eleven-year-old Atsenla"), or before a given name ("Five-eighth Corey
    Pattison", "Runner-up Chris Wyllie"). Korean and Taiwanese given names are written so too:
    "Hyun-woo Baek", "Tsai Ing-wen"."""
    parts = word.split("-")
    if not any(part[:1].islower() for part in parts[1:]):
        return False  # ("Jean-Pierre", "Göring-Eckardt")
    return parts[-1] in WHERE_OR_WHOSE or len(parts) > 2 or is_given_name(after)


#: A number of one to three digits, perhaps in thousands ("14.000 Quadratmetern Fläche") or with
#: a decimal part or a clock's minutes ("0,4 Sekunden Vorsprung", "gegen 2.30 Uhr Flammen"), or of
#: four that is no year ("rund 2500 Quadratmeter Spätburgunder"), right before a name (not a
#: year: "In 2019 Jane Doe founded …").
_AFTER_COUNT = regex.compile(
    r"(?:^|[^\p{N}.,])(?:\p{N}{1,3}(?:[.,]\p{N}{3})*(?:[.,]\p{N}{1,2})?|[03-9]\p{N}{3}|1[0-8]\p{N}{2}|2[1-9]\p{N}{2}"
    r"|\p{N}{5,})\s$"
)


#: An office and the preposition joining it to its place: "ambassador to", "Mayor of", "Minister for".
_OFFICE_AND_PREPOSITION = regex.compile(r"\b(\p{L}+)[^\S\n]+(?:to|of|for)[^\S\n]+$")


def _place_of_office(text: str, start: int, words: list[str], end: int) -> bool:
    """Whether a name's first word is the place or body an office before it is of or to, and the
    name starts at the next ("China's ambassador to Britain Liu Xiaming", "Mayor of London Sadiq
    Khan"): no given name, then a given name or two more words of a name."""
    before = _OFFICE_AND_PREPOSITION.search(text, max(0, start - 40), start, timeout=timeout_for(text))
    if before is None:
        return False
    office = before.group(1).casefold()
    if office not in OFFICE_NOUNS and office not in PERSON_NOUNS:
        return False
    return not is_given_name(words[0]) and words[0].rstrip(".") not in _TITLES_SET and (
        is_given_name(words[1]) or len(words) > 2
        or _SURNAME_NEXT.match(text, end, timeout=timeout_for(text)) is not None
    )


def _names_with_positions(text: str) -> list[tuple[int, str]]:
    """The people's full names in ``text``, with where each starts. A role noun before a name
    is no first name ("Bürgermeisterin Anna Berger" is Anna Berger): the name is looked for
    again from the word after it."""
    found: list[tuple[int, str]] = []
    pos = 0
    while match := _FULL_NAME.search(text, pos, timeout=timeout_for(text)):
        if translates_quoted(text, match.start()):
            pos = match.end()  # a quoted title's translation ("“Sal de mina” (Mine Salt)"): nobody
            continue
        name = match.group(0)
        name = _without_possessive(name)  # ("Mr Rashed’s elder brother": the name, then whose)
        words = name.split()  # (two or more: the pattern's words stand apart by any white space)
        end = match.start() + len(name)
        # (where a body's name would go on: past the possessive, "Colleges Employers’ Association")
        on = match.end()
        if words[0] == "Chief":
            # "Chief Executive Jane Roe", "Chief Olusegun Obasanjo": an office's or a title's first
            # word, never a first name; the name is looked for again from the word after it
            pos = match.start() + len(words[0])
            continue
        if _place_of_office(text, match.start(), words, end):
            pos = match.start() + len(words[0])  # "ambassador to Britain Liu Xiaming": the office's place, the name
            continue
        if "-" in words[0] and _lower_compound(words[0], words[1]):
            pos = match.start() + len(words[0])  # "Five-eighth Corey Pattison": a role, then the name
            continue
        if (whole := _surname_first_at(text, words, end)) is not None:
            # a name written surname first, a title perhaps before it ("Madam Lee Siew Hong", "Tan Mei
            # Ling said"): the whole name, not its pairs of words ("Madam Lee", "Siew Hong")
            found.append((match.start(), text[match.start() : whole]))
            pos = whole
            continue
        if text[end + 1 : end + 2].isupper() and (third := _third_name(text, end, words)):
            # a first and a middle name, the surname: "Harold Eugene Brennan", "Peter Kamau
            # Njoroge", "Kofi Boateng Asamoah, who …"
            name, end = text[match.start() : third.end(1)], third.end(1)
            words = name.split()
        if text[end + 1 : end + 2].isupper() and _TITLE_AFTER.match(text, end, timeout=timeout_for(text)):
            pos = end  # "Port Ellis Mayor Dwayne Kittredge": a place or a body, its office, the name
            continue
        on = max(on, end)
        if (text[on + 1 : on + 2].isupper() or text.startswith((" and ", " & "), on)) and (
            run := _CAPITALISED_RUN.match(text, on, timeout=timeout_for(text))
        ) and any(
            # (plurals too: "Caledonia Community Schools Superintendent Mark Huizenga")
            (folded := w.strip("'’.,").casefold()) in NOT_A_PERSONS_NAME_WORDS
            or (folded.endswith("s") and folded[:-1] in NOT_A_PERSONS_NAME_WORDS)
            for w in run.group(0).split()
        ):
            pos = run.end()  # "Kenya Avocado Growers Network", "Irish Cattle and Sheep Farmers' Alliance": a body
            # (up to a title in it: "… Community Schools Superintendent Mark Huizenga" goes on to a person)
            title = next(
                (t for t in _TITLE_IN_RUN.finditer(run.group(0), timeout=PATTERN_TIMEOUT)
                 if t.group(1) in _TITLES_SET and t.group(2).rstrip(".") not in _TITLES_SET),
                None,
            )  # (a title before a name, not before another title: "County Chief Officer for …")
            if title is not None:
                pos = run.start() + title.start(1)
            continue
        if len(words) == 2 and not any(map(is_given_name, words)) and (
            after := _NAME_PART_NEXT.match(text, end, timeout=timeout_for(text))
        ) and (is_given_name(after.group(1)) or _agent_noun(words[1]) or words[1].casefold() in PERSON_NOUNS) and (
            _SURNAME_NEXT.match(text, after.end(), timeout=timeout_for(text))
        ):
            pos = end  # "District Collector Anjana Raghavan", "Athabasca Reeve Larry Drozd": an office, then the name
            continue
        if len(words) == 2 and words[0].endswith("s") and quotes_de.is_role(words[1]) and not is_given_name(words[0]):
            pos = end  # "Sloweniens Trainer Marko Kranjc": whose office it is, the office, then the name
            continue
        if len(words) == 2 and _german_adjective(words[0]) and quotes_de.is_role(words[1]):
            pos = end  # "Beste Österreicherin wurde Teresa Hinterleitner", "Dienstältester Sänger ist …"
            continue
        if len(words) == 2 and words[1] in ("Dr", "Prof") and (
            text[end : end + 1] == "." or text[end + 1 : end + 2].isupper()
        ):
            pos = end  # "Sozialdezernentin Dr. Jana Wolff", "Economist Dr Luke Fenech": a role, a title, the name
            continue
        if len(words) > 1 and is_given_name(words[1]) and _after_german_determiner(text, match.start()) and (
            len(words) > 2 or _SURNAME_NEXT.match(text, end, timeout=timeout_for(text))
        ):
            # "gegen den Iren Conor Whelan", "die Schwedin Elin Sandqvist": after a German article a
            # capitalised word is a noun, the name starts at the given name after it
            pos = match.start() + len(words[0])
            continue
        if _closes_no_name(words[-1], after=words[-2]) or _first_name_then_surname(words, text, end):
            # "Vice President Joe Biden", "Kenias Vizepräsident William Ruto": an office, then the
            # name; "Kämmerer Peter Klein": a first name and a surname after a word that is none
            pos = match.start() + len(words[0])
            continue
        if text[end + 1 : end + 2].islower() and not is_first_name(words[0]) and _ROLE_THEN_NAME_AFTER.match(
            text, end, timeout=timeout_for(text)
        ):
            pos = end  # "Bina Teguh managing director Harvinder Singh Gill": a body, its officer's role, the name
            continue
        if len(words) == 2 and words[1].rstrip(".") in _TITLES_SET and not is_given_name(words[0]):
            pos = end  # "District Judge", "Sechelt Mayor Darnelle Price": a place or a body, then a title
            continue
        if text[match.start() - 2 : match.start() - 1].isdigit() and words[0].rstrip(".") not in _TITLES_SET and (
            _AFTER_COUNT.search(text[max(0, match.start() - 20) : match.start()], timeout=PATTERN_TIMEOUT)
        ):
            # "Block 57 Geylang Bahru", "40 Liter Regen": an address or a measure, no person (a
            # title after the number opens one: "Ward 6 Coun. Daniel Achterberg")
            pos = end
            continue
        if (_is_german_adjective_opening(folded := words[0].casefold()) or _participle_opening(folded)) and not (
            is_given_name(words[0])
        ):
            pos = match.start() + len(words[0])  # "Scharfe Kritik kam …", "Gefrierender Regen …": no name
            continue
        if match.start() and text[match.start() - 1] in _OPENING_MARKS:
            pos = end  # "“Night Shift”", "„Save Our Pier“": a title, a slogan or a nickname in quote marks
            continue
        if _PARTNERS_AFTER.match(text, end, timeout=timeout_for(text)):
            pos = end  # "Hoffmann Berger & Partner", "Berger & Sons": a firm named after people
            continue
        if _is_persons_name(name) and not _after_german_determiner(text, match.start()) and not (
            text[max(0, match.start() - 4) : match.start()] == "the " and words[0].rstrip(".") not in _TITLES_SET
        ):  # ("the Oklahoma Republican", "the White House": no person's name takes "the")
            found.append((match.start(), name))
        elif text[max(0, match.start() - 4) : match.start()] == "the " and words[0].rstrip(".") not in _TITLES_SET:
            # a body's name after "the" ("the Waikato Westpac Rescue Helicopter", "the National Palm
            # Oil Smallholders Convention"): its later words are no person's either, up to a given
            # name, where a person's name may start
            pos = end
            while (nxt := _NAME_PART_NEXT.match(text, pos, timeout=timeout_for(text))) and not (
                is_given_name(nxt.group(1))
            ):
                pos = nxt.end()
            continue
        elif _opens_no_name(words[0]) or words[0] in _CONJUNCTIONS or (
            # ("When Juma Masanja started …": a word that opens sentences, then a given name; not
            # an article, "The Marine Accident Investigation Branch")
            (folded := words[0].casefold()) in _ENGLISH_NOT_NAME_STARTS and folded not in _ENGLISH_DETERMINERS
            and is_given_name(words[1]) and not text.startswith(_POSSESSIVE_S, end)  # (not "For Adelaide's Lyon")
        ) or (
            len(words) == 2 and words[0].casefold() in NOT_A_PERSONS_NAME_WORDS
            and _SURNAME_NEXT.match(text, end, timeout=timeout_for(text))
        ):
            # the name may start at the next word ("But Róisín Tuite, a spokeswoman …", "Superintendent
            # of Police Rabindra Khadka": a body's word ends the office before the name)
            pos = match.start() + len(words[0])
            continue
        pos = end
    # a first name and the initial of a surname, as court and crime reports shorten them
    # ("Dennis K.", "Jennifer K., 29,"): a person too (looked for where a full stop follows a
    # capital after a space: a few places in a text)
    dot = text.find(".", 2)
    while dot != -1:
        if text[dot - 1].isupper() and text[dot - 2] == " ":
            start = text.rfind(" ", 0, dot - 2) + 1
            match = _INITIAL_NAME.match(text, start, timeout=timeout_for(text))
            if match and is_given_name(match.group(1)) and not any(a <= start < a + len(n) for a, n in found):
                found.append((start, match.group(0)))
                found.sort()
        dot = text.find(".", dot + 1)
    # initials with no full stops before a name, as South Indian and Malaysian names are written
    # ("V P Sreelatha said", "R Thinagaran, a union leader,", "K Suresh Menon"): the initials
    # are the name's, before a name found or before one word that ends the name
    if " " in text:
        for match in _UNDOTTED_INITIALS.finditer(text, timeout=timeout_for(text)):
            start, rest = match.start(), match.end("initials")
            before = text[max(0, start - 30) : start].split()
            if before and before[-1][:1].isupper() and before[-1].rstrip(".") not in _TITLES_SET:
                continue  # (a capitalised word's letter: "Grade C Students", "Plan B")
            at = next((k for k, (a, _) in enumerate(found) if a == rest), None)
            if at is not None:
                found[at] = (start, text[start : rest + len(found[at][1])])
            elif match.group("end") and (word := match.group("word")).casefold() not in NOT_A_PERSONS_NAME_WORDS and (
                word not in _TITLES_SET and word.casefold() not in CALENDAR_WORDS
            ) and not any(a <= start < a + len(n) for a, n in found):
                found.append((start, text[start : match.end("word")]))
                found.sort()
    # a first name alone, the surname withheld: "Sabine, die ihren Nachnamen nicht in der Zeitung
    # lesen möchte", "Ben, 27, who did not want his surname published"
    if "name" in text:
        for match in _SURNAME_WITHHELD.finditer(text, timeout=timeout_for(text)):
            if is_given_name(match.group("name")) and not any(a <= match.start() < a + len(n) for a, n in found):
                found.append((match.start(), match.group("name")))
                found.sort()
    # a first name alone, as the article introduces a person it names no further ("Eines der
    # Mitglieder ist Ute, 63 Jahre alt", "Noah, 15, aus der neunten Klasse", "Ben, 27, from Salford,
    # said", "stellt sich als Heinz vor", "There is Derek, a retired
    # steelworker", "die zwölfjährige Marlene", "Die Schülerin Mia")
    for match in _FIRST_NAME_INTRODUCED.finditer(text, timeout=timeout_for(text)):
        start, name = match.start("name"), match.group("name")
        role = match.group("role")
        if is_given_name(name) and (role is None or quotes_de.is_role(role)) and not any(
            a <= start < a + len(n) for a, n in found
        ):
            found.append((start, name))
            found.sort()
    # a surname with an Arabic article joined to it: "Abdel Fattah al-Sisi", "Bashar al-Assad"
    # (a look for the hyphen first: most texts hold no such surname)
    for match in _ARTICLE_SURNAME.finditer(text, timeout=timeout_for(text)) if "-" in text else ():
        before = next(
            ((a, n) for a, n in found if text.startswith(f"{n} ", a) and a + len(n) + 1 == match.start()), None
        )
        if before is not None:
            found[found.index(before)] = (before[0], f"{before[1]} {match.group(0)}")
        elif (word := _LAST_WORD.search(text, 0, match.start(), timeout=timeout_for(text))) and is_given_name(
            word.group(1)
        ) and not any(a <= word.start(1) < a + len(n) for a, n in found):
            found.append((word.start(1), f"{word.group(1)} {match.group(0)}"))
            found.sort()
    # a relative by first name alone: "Her husband, Sam, runs the shop", "Ihr Mann Peter betreibt …"
    # (a look for each family noun first: most texts hold none)
    relatives = any(noun in text for noun in FAMILY_NOUNS)
    for match in _RELATIVE_BY_FIRST_NAME.finditer(text, timeout=timeout_for(text)) if relatives else ():
        start = match.start("name")
        if is_given_name(match.group("name")) and not any(a <= start < a + len(n) for a, n in found):
            found.append((start, match.group("name")))
            found.sort()
    # a first name, a surname's particles in lower case, the surname: "Hennie du Plessis", "Riaan van
    # der Merwe", "Ursula von der Leyen", "Marta da Silva"
    # (a look for each particle first: most texts hold none)
    particles = any(particle in text for particle in _LOWER_PARTICLES_SPACED)
    for match in _PARTICLE_NAME.finditer(text, timeout=timeout_for(text)) if particles else ():
        first, last = match.group(1), match.group(0).split()[-1]
        before = text[: match.start()].rsplit(None, 1)[-1:]
        if before and before[0] in _PLACE_PREPOSITIONS and not _POSSESSIVE_AFTER.match(
            text, match.start(), timeout=timeout_for(text)
        ):
            continue  # a place: "in Riva del Garda", "in Rio de Janeiro" (not "in Marta da Silva's words")
        # (a first name no list knows is no German noun after an article: "Das Haus von Nikolaus")
        if (
            is_given_name(first)
            or (
                match.group("particle") in _FOREIGN_PARTICLES and _is_persons_name(f"{first} {last}")
                and not (before and before[0].casefold() in GERMAN_DETERMINERS)
            )
        ):
            overlapping = [(a, n) for a, n in found if a < match.end() and match.start() < a + len(n)]
            if overlapping == [(match.start(), first)]:
                found.remove(overlapping[0])  # (the first name alone, met as one: "Die Niederländerin Femke")
                overlapping = []
            if not overlapping:
                found.append((match.start(), match.group(0)))
                found.sort()
    # a nickname in quote marks between the given name and the surname: 'Aditya "Zeref" Kulkarni'
    for start, name, _ in _nicknamed(text):
        if not any(a <= start < a + len(n) for a, n in found):
            found.append((start, name))
            found.sort()
    # initials, then a surname, as Indian and British papers name people ("K.B. Chengappa", "J. K. Rowling")
    if "." in text:
        for match in _INITIALS_SURNAME.finditer(text, timeout=timeout_for(text)):
            initials, surname = match.group(1).replace(" ", ""), match.group(2)
            at = next((k for k, (a, _) in enumerate(found) if a == match.start(2)), None)
            if at is not None and initials not in _NOT_INITIALS:
                # initials before a name found: the name's, as South Indian names are written ("K.
                # Ramulu Naik", "A. Jeevitha"); not a capitalised word's letter ("Plan B. Ramesh …")
                before = text[max(0, match.start() - 30) : match.start()].split()
                if not (before and before[-1][:1].isupper() and before[-1].rstrip(".") not in _TITLES_SET):
                    found[at] = (match.start(), f"{match.group(1).rstrip()} {found[at][1]}")
                continue
            if initials in _NOT_INITIALS or surname.casefold() in _NOT_NAME_STARTS or any(
                a <= match.start(2) < a + len(n) for a, n in found
            ) or not _is_persons_name(f"{initials} {surname}"):
                continue
            found.append((match.start(), match.group(0)))
            found.sort()
    # two given names sharing the surname after them, a couple or siblings: "Dan and Julie Beaulieu",
    # "die Eltern Petra und Rainer Krämer" (each a person of that surname)
    for start, name in list(found) if (" and " in text or " und " in text) else ():
        shared = _SHARED_SURNAME_BEFORE.search(text, max(0, start - 30), start, timeout=timeout_for(text))
        words = name.split()
        if shared is not None and len(words) == 2 and is_first_name(shared.group(1)) and is_given_name(words[0]) and (
            not any(a <= shared.start(1) < a + len(n) for a, n in found)
        ):
            found.append((shared.start(1), f"{shared.group(1)} {words[1]}"))
            found.sort()
    # a surname, then a hyphenated given name, as Hong Kong names are written ("Chan Kwok-wing",
    # "Fung Wai-man"), after a role too ("Bar-bender Chan Kwok-wing"): the two words a name, not the
    # role and the surname ("Worker Chan")
    for match in _CANTONESE_NAME.finditer(text, timeout=timeout_for(text)) if "-" in text else ():
        start, end = match.start(), match.end()
        if any(a <= start < a + len(n) and a + len(n) >= end for a, n in found) or (
            match.group(1).casefold() in _NOT_NAME_STARTS
        ):
            continue  # (found whole: "Professor Eliza Fung Wai-man"; no name: "The Co-op")
        found = [(a, n) for a, n in found if not (a < start < a + len(n) or a + len(n) == start + len(match.group(1)))]
        found.append((start, match.group(0)))
        found.sort()
    return found


#: A surname of one short syllable, then a given name of two joined by a hyphen: "Chan Kwok-wing".
_CANTONESE_NAME = regex.compile(r"(?<![\p{L}-])(\p{Lu}\p{Ll}{1,5})\s+\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}(?![\p{L}-])")


#: A given name and a conjunction right before a full name: "Dan and " in "Dan and Julie Beaulieu"
#: (not a full name's surname: "Tom Smith and Julie Beaulieu" are two full names).
_SHARED_SURNAME_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[^\S\n]+(?:and|und|&)[^\S\n]+$")


#: A given name, a nickname in quote marks, the surname: 'Aditya "Zeref" Kulkarni', "Earvin
#: “Magic” Johnson", 'Oleksandr "The Hammer" Melnychenko' (the nickname then stands for the person).
_NICKNAMED = regex.compile(
    rf"(?<![\p{{L}}])({_NAME_PART})[^\S\n]+[“\"‘„«»]((?:\p{{Lu}}[\p{{L}}\p{{N}}'’.-]*[^\S\n]?){{1,3}})"
    rf"(?<![^\S\n])[”\"’“«»][^\S\n]+({_NAME_PART})(?![\p{{L}}])"
)


#: A quote mark opening on a capital after a space: where a nickname may start.
_NICKNAME_OPENS = regex.compile(r"[^\S\n][“\"‘„«»]\p{Lu}")


def _nicknamed(text: str) -> list[tuple[int, str, str]]:
    """The people ``text`` names with a nickname between given name and surname, as (where, the
    name without the nickname, the nickname)."""
    if not _NICKNAME_OPENS.search(text, timeout=timeout_for(text)):
        return []  # (one look for a mark opening on a capital after a space: most texts have none)
    return [
        (m.start(), f"{m.group(1)} {m.group(3)}", m.group(2).strip())
        for m in _NICKNAMED.finditer(text, timeout=timeout_for(text))
        if is_given_name(m.group(1)) and m.group(3).casefold() not in _NOT_NAME_STARTS
    ]


#: A role in lower case, then a name: what follows a body's name before its officer's
#: ("… managing director Harvinder Singh Gill", "… coach Sam Okafor").
_ROLE_THEN_NAME_AFTER = regex.compile(
    rf"[^\S\n]+(?:(?!(?:and|or|und|oder)\b)[\p{{Ll}}-]+[^\S\n]+){{0,2}}(?:{_ROLE_NOUN})[^\S\n]+\p{{Lu}}"
)
#: One or two words in lower case, then a given name and a capitalised word: a role the lists may
#: not know between a body and its holder's name ("Rangers tactician Juma Kariuki").
_LOWER_THEN_GIVEN_NAME = regex.compile(r"[^\S\n]+(?:\p{Ll}[\p{L}-]*[^\S\n]+){1,2}(\p{Lu}\p{Ll}+)[^\S\n]+\p{Lu}")


def _role_then_given_name(text: str, at: int) -> bool:
    """Whether a role in lower case and a person's name follow ``at``, a body's name ending there."""
    match = _LOWER_THEN_GIVEN_NAME.match(text, at, timeout=timeout_for(text))
    return match is not None and is_given_name(match.group(1))


#: Marks a quote or a title opens with, right before a capitalised pair.
_OPENING_MARKS = frozenset(OPENING_QUOTE_MARKS)
#: Initials, then a surname: "K.B. Chengappa", "R. K. Narayan" (a surname not met as part of a name).
_INITIALS_SURNAME = regex.compile(
    rf"(?<![\p{{L}}.])((?:\p{{Lu}}\.[^\S\n]?){{1,3}})[^\S\n]*({_NAME_PART})(?![\p{{L}}.])"
)
#: Capital letters with full stops that are no one's initials: places, bodies, times.
_NOT_INITIALS = frozenset(
    "U.S. U.K. U.N. E.U. D.C. N.Y. L.A. A.M. P.M. N.J. N.C. S.C. N.M. U.A.E. U.S.A. B.C. A.D. N.H.".split()
)


#: A capitalised word of a run and the capitalised word after it (is it a title before a name?).
_TITLE_IN_RUN = regex.compile(r"(?<![\p{L}])(\p{Lu}[\p{L}]*)\.?(?=\s+(\p{Lu}[\p{L}]*))")
#: A first name, where they are from, then a clause saying the surname is withheld.
_SURNAME_WITHHELD = regex.compile(
    r"(?<![\p{L}])(?P<name>\p{Lu}\p{Ll}+)(?:,\s+\d{1,3})?(?:,?\s+(?:aus|von|from|of)\s+\p{Lu}[\p{L}-]+)?,\s+"
    r"(?:(?:die|der)\s+(?:ihren|seinen)\s+(?:Nachnamen|Familiennamen|vollen\s+Namen)\s+nicht"
    # (what the person is may come first: "Courtney, a Halifax mother of two who asked that …")
    r"|(?:(?:a|an)\s+[^,.;“”\"]{1,60}?,?\s+)?who\s+(?:did\s+not|didn['’]t|declined\s+to|asked\s+(?:that|not\s+to))\s+[^,.;]{0,40}?"
    r"(?:surname|last\s+name|family\s+name|full\s+name))"
)
#: A surname with an Arabic article joined by a hyphen, anywhere in a text: "al-Sisi", "el-Erian".
_ARTICLE_SURNAME = regex.compile(rf"(?<![\p{{L}}'’-]){ARABIC_ARTICLE_SURNAME}")
#: A capitalised word ending right before a space at the end of the searched stretch.
_LAST_WORD = regex.compile(r"(?<![\p{L}])(\p{Lu}[\p{L}'’-]*)[^\S\n]+$")
#: A relative named by a first name alone, no surname after it: "Her husband, Sam,", "his daughter
#: Karen", "Roe's father, Tom,", "his wife of 40 years, Mary,", "Ihr Mann Peter".
_RELATIVE_BY_FIRST_NAME = regex.compile(
    # (the noun first, whose it is looked for behind it: a quicker search)
    rf"(?<=(?<![\p{{L}}])(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]hre?|[Ss]eine?|[Dd]eren|[Dd]essen|\p{{Lu}}\p{{Ll}}+['’]s)\s+)"
    rf"(?:{'|'.join(FAMILY_NOUNS)})(?:\s+of\s+(?:\d{{1,2}}|[a-z]+)\s+years)?"
    r",?\s+(?P<name>\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})"
)
#: A first name alone where an article introduces a person by it: after "is"/"ist" with an age or
#: a description after it in commas ("ist Ute, 63,", "There is Derek, a retired steelworker"), with
#: an age in words or a place in commas after it ("Tiyamike, a 13-year-old pupil", "Ute, 63 Jahre
#: alt", "Caleb, 9, was working", "gewählt hat Jana, 17.", ", Jonas aus Freiburg im Breisgau,"),
#: with an age in brackets ("Leserin Marlene (42) aus Thun"), after "Vornamen" or "first name" ("mit
#: ihrem Vornamen Jessica"), as what one calls oneself ("nennt sich Mirko",
#: "stellt sich als Heinz vor", "goes by Sam"), or after "der"/"die" and an age or a role ("die
#: zwölfjährige Marlene", "die Schülerin Mia": the caller checks ``role`` is one).
_FIRST_NAME_INTRODUCED = regex.compile(
    r"(?:"
    r"(?<=(?<![\p{L}])(?:ist|war|is|was)\s)(?P<name>\p{Lu}\p{Ll}+)(?=,\s+(?:\d{1,2}\b|(?:a|an|ein|eine|einer)\s))"
    r"|(?<![\p{L}])(?P<name>\p{Lu}\p{Ll}+)(?=,\s+(?:(?:a|an|ein|eine)\s+\d{1,2}-(?:year-old|jährige)|\d{1,2}\s+Jahre\s+alt"
    r"|\d{1,2}(?:,|\.(?:\s|$)))|\s+\(\d{1,2}\))"
    r"|(?<=(?<![\p{L}])(?:Vornamen|first\s+name,?)\s)(?P<name>\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})"
    r"|(?<=,\s)(?P<name>\p{Lu}\p{Ll}+)(?=\s+(?:aus|from)\s+\p{Lu}[^,.;]{0,40},)"
    r"|(?<=(?<![\p{L}])(?:nennt|nannte)\s+sich\s|(?:calls|called)\s+(?:himself|herself)\s|(?:goes|went)\s+by\s)"
    r"(?P<name>\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})"
    r"|(?<=(?<![\p{L}])(?:stellt|stellte)\s+sich\s+(?:\S+\s+){0,3}?als\s)(?P<name>\p{Lu}\p{Ll}+)(?=\s+vor\b)"
    r"|(?<=(?<![\p{L}])[Dd](?:er|ie)\s+(?:\d{1,2}-|\p{Ll}+)jährigen?\s)(?P<name>\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})"
    r"|(?<=(?<![\p{L}])[Dd](?:er|ie)\s)(?P<role>\p{Lu}\p{Ll}+)\s+(?P<name>\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu}|\.\s*\p{Lu}\.)"
    r")"
)
#: One to three initials with no full stops (not "A" or "I": words), then a capitalised word, and
#: whether a comma or a verb of speech ends the name there: "V P Sreelatha said", "R Thinagaran,".
_UNDOTTED_INITIALS = regex.compile(
    r"(?<![\p{L}\d.’'-])(?P<initials>(?:[B-HJ-Z][^\S\n]+)(?:[A-Z][^\S\n]+){0,2})(?P<word>\p{Lu}\p{Ll}{3,})"
    rf"(?P<end>,|[^\S\n]+(?:{_VERB})\b)?"
)
#: A first name, then a surname's initial: "Dennis K.", "Hannelore S."
_INITIAL_NAME = regex.compile(r"(?<![\p{L}.])(\p{Lu}\p{Ll}+)[^\S\n]+\p{Lu}\.(?=[\s,;:)]|$)")


def _first_name_then_surname(words: list[str], text: str, end: int) -> bool:
    """Whether a pair of capitalised words is a word that is no first name, then a first name the
    next capitalised word follows as its surname ("Kämmerer Peter Klein"), or a noun of a person
    before a name the lists do not know ("Midfielder Ifeanyi Ebuka")."""
    if len(words) != 2 or is_first_name(words[0]) or words[0].rstrip(".") in _TITLES_SET:
        return False
    if not is_first_name(words[1]) and words[0].casefold() not in PERSON_NOUNS and not (
        is_given_name(words[1]) and _describes_a_name(words[0])
    ):
        return False
    return _SURNAME_NEXT.match(text, end, timeout=timeout_for(text)) is not None


def _describes_a_name(word: str) -> bool:
    """Whether a capitalised word before a first name given anywhere describes the person: an
    agent noun no first name spells ("Speaker Wade Pruitt", "Brigadier Mashudu …"), an age
    ("Eighteen-year-old Lachie Morton"), an honorific ("Alhaji", "Comrade") or whose they are
    ("Finland's Eetu Lahtinen")."""
    return (
        _agent_noun(word) or word.casefold() in _HONORIFICS or word.endswith(("'s", "’s")) or quotes_de.is_role(word)
        or _AGE_WORD.search(word, timeout=timeout_for(word)) is not None
    )


#: Forms of address that stand before names in Africa, South and South-East Asia and the Gulf,
#: and of comrades and clergy: no first names.
_HONORIFICS = frozenset(
    "alhaji alhaja hajiya comrade chief oba nana togbe mallam malam datuk dato datin tun sri puan encik "
    "haji hajjah sheikh sayyid shri smt pastor reverend bishop evangelist apostle prophet elder deacon "
    "brother sister brigadier".split()
)
_AGE_WORD = regex.compile(r"-year-old$")
_SURNAME_NEXT = regex.compile(r"[^\S\n]+\p{Lu}\p{Ll}")
#: The capitalised words going on after a pair, perhaps "and" between them (not "of": "Priya
#: Anand of Kingsbridge Police" is a person and where she works).
_CAPITALISED_RUN = regex.compile(r"(?:[^\S\n]+(?:(?:and|&)[^\S\n]+)?\p{Lu}[\p{L}'’.-]*){1,5}")
#: Capitalised particles that open a surname of two words ("Al Suwaidi", "Bin Salleh", "Mc Intosh").
_SURNAME_PARTICLES = frozenset("Al El Bin Binti Abu Ibn Mc Mac Van Von De Da Di Dos Du La Le Te".split())
#: ... and those written in lower case after a first name ("Hennie du Plessis", "Riaan van der
#: Merwe"), perhaps with an article after them (not "al", "la", "le" alone: words of sentences;
#: ``_PARTICLES`` are those an attribution's speaker may hold).
_LOWER_PARTICLES = (*quotes_de.SURNAME_PARTICLES, "dos", "das", "bin", "ibn")
_LOWER_PARTICLES_SPACED = tuple(f" {particle} " for particle in _LOWER_PARTICLES)
_PARTICLE_ARTICLES = frozenset({*quotes_de.SURNAME_PARTICLE_ARTICLES, "las", "los"})
#: ... those of them that are no words of German or English sentences ("von", "das", "ten" are): after
#: a first name no list knows, only these make a name.
_FOREIGN_PARTICLES = frozenset({"van", "de", "du", "di", "del", "della", "dos", "ibn"})
_PARTICLE_NAME = regex.compile(
    rf"(?<![\p{{L}}])({_NAME_PART})[^\S\n]+(?P<particle>{'|'.join(_LOWER_PARTICLES)})"
    rf"(?:[^\S\n]+(?:{'|'.join(_PARTICLE_ARTICLES)}))?[^\S\n]+{_NAME_PART}(?![\p{{L}}])"
)
#: The syllables of a given name after a surname written first: one or two short capitalised words.
_NEXT_SYLLABLES = regex.compile(r"[^\S\n]+(\p{Lu}\p{Ll}{0,5})(?:[^\S\n]+(\p{Lu}\p{Ll}{0,5}))?(?![\p{L}])")
#: A capitalised word next.
_CAPITAL_NEXT = regex.compile(r"[^\S\n]+\p{Lu}")
#: The next capitalised word, a name's part.
_NAME_PART_NEXT = regex.compile(rf"[^\S\n]+({_NAME_PART})(?![\p{{L}}])")
#: The next capitalised word where it ends a name: a comma, a full stop or a verb of speech after
#: it ("Kofi Boateng Asamoah, who …", "Isaac Nkrumah Eshun said").
_NAME_PART_ENDING = regex.compile(
    rf"[^\S\n]+({_NAME_PART})(?=[,.;:)]|\s+(?:said|says|told|added|who|whose)\b|\s*$)"
)
#: The next capitalised word where a word in lower case, a mark or the end follows it: a fourth
#: word that ends a name ("Salazar Ríos, …", "Quispe Huamán aus dem Dorf").
_FOURTH_NAME = regex.compile(rf"[^\S\n]+({_NAME_PART})(?=[,.;:)]|\s+\p{{Ll}}|\s*$)")


def _surname_first_at(text: str, words: list[str], end: int) -> int | None:
    """Where a name written surname first ends, when ``words`` (ending at ``end`` of ``text``)
    open one: a surname of ``SURNAMES_WRITTEN_FIRST`` (titles and forms of address before it
    aside), then two short syllables, among ``words`` or right after them ("Tan Mei" + "Ling");
    else None."""
    k = next((k for k, w in enumerate(words) if w.casefold() in SURNAMES_WRITTEN_FIRST), None)
    if k is None or k > 2 or any(
        w.rstrip(".") not in _TITLES_SET and w not in _ADDRESS_GENDER and w.casefold() not in _HONORIFICS
        for w in words[:k]
    ):
        return None
    given = words[k + 1 :]
    if len(given) < 2 and (more := _NEXT_SYLLABLES.match(text, end, timeout=timeout_for(text))):
        extra = [g for g in more.groups() if g][: 2 - len(given)]
        given = [*given, *extra]
        end = more.end(len(extra)) if extra else end
    return end if len(given) == 2 and surname_first([words[k], *given]) else None


#: The middle names Sikh names carry between the given name and the family name: "Harpal Singh
#: Dhillon", "Manpreet Kaur Gill".
_SIKH_MIDDLE_NAMES = frozenset({"Singh", "Kaur"})


def _third_name(text: str, end: int, words: list[str]) -> regex.Match | None:
    """The surname after a pair of capitalised words that are a first and a middle name, the
    first given anywhere: any name's part after a middle name given anywhere too ("Peter Kamau
    Njoroge"), else one that ends the name ("Kofi Boateng Asamoah,"); not a word of the
    calendar ("Jane Smith Friday"), a body's or a place's ("Peter Brown Hospital"), one more
    capitalised word follows, nor a page's repeat of a name ("Rep. Ilhan Omar Ilhan Omar")."""
    sikh = words[-1] in _SIKH_MIDDLE_NAMES  # ("Gurdev Singh Bhullar", "Harpal Singh Dhillon": any first name)
    if not is_given_name(words[-2]) and not sikh:
        return None
    # (a particle ends no name, and a middle name given anywhere may be followed by any surname:
    # "Farah Al Suwaidi", "Dwayne Mc Intosh", "Peter Kamau Njoroge")
    anything = words[-1] in _SURNAME_PARTICLES or is_given_name(words[-1]) or sikh
    third = _NAME_PART_NEXT.match(text, end, timeout=timeout_for(text)) if anything else None
    if third is None and sum(w.rstrip(".") not in _TITLES_SET for w in words) == 2:  # ("Dr Abena Fosuah Quaye,")
        third = _NAME_PART_ENDING.match(text, end, timeout=timeout_for(text))
    last = third.group(1) if third else ""
    if not last or last == words[-2] or last.casefold() in CALENDAR_WORDS or last in ("Jr", "Sr"):
        return None  # (a suffix is no surname: "Patrick Carlineo Jr.")
    if _CAPITAL_NEXT.match(text, third.end(1), timeout=timeout_for(text)):
        # two given names and two surnames, as Spanish and Portuguese names go ("Jorge Luis Salazar
        # Ríos, …", "María José Lozano Etxeberria said"): the fourth word ends the name
        fourth = _FOURTH_NAME.match(text, third.end(1), timeout=timeout_for(text)) if len(words) == 2 and all(
            map(is_given_name, words)
        ) else None
        if fourth is not None and fourth.group(1).casefold() not in CALENDAR_WORDS and _is_persons_name(
            f"{last} {fourth.group(1)}"
        ):
            return fourth
        return None  # (a run going on is a body's name or a page's jumble: "… Omar Hillicon Valley:")
    # (after a particle, the surname it opens: "Mohamed El Sayed", "Danny La Rue", "Jordan Te Amo")
    return third if words[-1] in _SURNAME_PARTICLES or _is_persons_name(f"{words[-1]} {last}") else None


#: What follows the names a firm is named after: "Hoffmann Berger & Partner", "Lowe & Sons".
_PARTNERS_AFTER = regex.compile(
    r"\s*(?:&|und|and)\s+(?:Partner|Partners|Partnerinnen|Co|Cie|Söhne|Sons|Associates|Kollegen)(?![\p{L}])"
)
#: A title and a capitalised word right after a pair of capitalised words: the pair is no name.
_TITLE_AFTER = regex.compile(rf"[^\S\n]+(?:{_TITLE})\.?[^\S\n]+\p{{Lu}}")


@functools.lru_cache(maxsize=4096)
def _closes_no_name(word: str, after: str = "") -> bool:
    """A word that ends a capitalised pair without being a name's last: an office ("Vice
    President", "Attorney General") or a German role noun ending in one ("Vizepräsident",
    "Parlamentarische Geschäftsführer", "Handball-Geschäftsführer"); not a surname that is also
    a noun ("Stephen King", "Robert Koch", "Gerhard Richter": a role word of its own, shorter than
    eight letters, ends no pair), nor one after a first name the lists know (``after``: "Karin
    Lechleiter")."""
    bare = word.rstrip(".")
    last = bare.rsplit("-", 1)[-1].casefold()
    if bare.casefold() in OFFICE_NOUNS or last in OFFICE_NOUNS:
        return True  # ("Additional Advocate-General P. Sundaram", "UN Secretary-General António Guterres")
    if not last.endswith(GERMAN_ROLE_ENDINGS) or (after and is_first_name(after)):
        return False
    return any(last.endswith(e) and (len(last) > len(e) or len(e) >= 8) for e in GERMAN_ROLE_ENDINGS)


#: German adjectives that open a sentence before a role noun ("Neuer Trainer ist …").
_GERMAN_ROLE_ADJECTIVES = frozenset(
    "neue neuer alte alter erste erster zweite zweiter letzte letzter ehemalige ehemaliger frühere früherer "
    "junge junger designierte designierter amtierende amtierender scheidende scheidender".split()
)


def _german_adjective(word: str) -> bool:
    """Whether a capitalised word before a German role noun is an adjective of it, no first
    name: a superlative ("Beste", "Dienstältester") or one of the adjectives offices take."""
    folded = word.casefold()
    return not is_first_name(word) and (
        folded.endswith(("ste", "ster", "stes", "sten")) or folded in _GERMAN_ROLE_ADJECTIVES
    )


#: Conjunctions that open a sentence before its subject's name.
_CONJUNCTIONS = frozenset({"But", "And", "Yet", "So", "Or", "Und", "Aber", "Doch"})


def _opens_no_name(word: str) -> bool:
    """A word that stands before a name without being its first: a German role noun
    ("Bürgermeisterin Anna Berger"), not a title ("President Joe Biden"), a German word that
    opens sentences ("Auch Jacqueline Rioba"), or a party ("Republican Kyle Brandvold")."""
    if word.rstrip(".") in _TITLES_SET:
        return False
    folded = word.casefold()
    return (
        quotes_de.is_role(word) or folded in GERMAN_SENTENCE_OPENERS or folded in _PARTIES
        or folded in NATIONALITY_NOUNS  # ("der Norweger Henrik Solberg-Aas")
    )


def _is_german_adjective_opening(folded: str) -> bool:
    """Whether a folded word is a common German adjective, inflected ("scharfe", "neuen",
    "bester"), or a present participle used as one ("gefrierender", "steigende"): capitalised
    only where it opens a sentence, before a noun, never a first name."""
    for ending in ("em", "en", "er", "es", "e"):
        if folded.endswith(ending):
            stem = folded[: -len(ending)]
            # (a comparative too, its umlaut undone: "Längere Öffnungszeiten", "Ältere Menschen")
            plain = stem[:-2].translate(_UMLAUTS_UNDONE) if stem.endswith("er") else ""
            return (
                stem in GERMAN_COMMON_ADJECTIVES or (len(stem) > 5 and stem.endswith("end"))
                or (len(plain) > 2 and (plain in GERMAN_COMMON_ADJECTIVES or stem[:-2] in GERMAN_COMMON_ADJECTIVES))
            )
    return False


_UMLAUTS_UNDONE = str.maketrans("äöü", "aou")


_PARTICIPLE_PREFIXES = ("ge", "be", "ver", "er", "ent", "zer")


def _participle_opening(folded: str) -> bool:
    """Whether a folded word opening a sentence is a German participle or a superlative used as an
    adjective ("Betroffene Betriebe", "Umgestürzte Bäume", "Spezialisierte Anlaufstellen",
    "Jüngste Gewählte"): a prefix ("be", "ver" …) or "ge" near its start and "-t" or "-en" at its
    stem's end, or "-iert", "-st" there. (Mid-sentence, in lower case, such a word is as often a
    verb's past: "verpasste Tjark Hansen das Podest".)"""
    stem = folded[:-1] if folded.endswith("e") else folded[:-2] if folded.endswith(("en", "er", "es", "em")) else ""
    return len(stem) > 5 and (
        stem.endswith("iert")
        or (stem.endswith("st") and folded.endswith(("e", "en")))  # (not "Minister", "Schwester")
        or (stem.endswith(("t", "en")) and (stem.startswith(_PARTICIPLE_PREFIXES) or "ge" in stem[2:5]))
    )


#: Parties and their members, before a member's name: no first name.
_PARTIES = frozenset("republican democrat democratic conservative labour liberal tory".split())


def _after_german_determiner(text: str, at: int) -> bool:
    """Whether the words before ``at`` are a German article or possessive, an adjective perhaps
    after it (looked up word by word: this runs for every name in the article)."""
    if at < 2 or text[at - 1] != " ":
        return False
    start = text.rfind(" ", 0, at - 1) + 1
    word = text[start : at - 1]
    if word[-1:] in (".", "!", "?", ":", ";", ","):
        return False  # (a sentence or a clause ended before the name: "… eine andere. Maximilian Huber …")
    if word in GERMAN_DETERMINERS:
        # (not a relative pronoun after a comma, before a first name: "das Wort, das Céline Marchal
        # inzwischen hasst", "ein Hektar, für den Claude Hoffeld früher einen Tag brauchte"; nor a
        # verb's object "das" before one, no person's article: "Anders sieht das Franz Embacher")
        relative = (word in _RELATIVE_PRONOUNS and _relative_clause_opens(text, start)) or (
            word == "das" and start >= 2 and text[start - 2].islower()
            and _TWO_WORDS_AT.match(text, at, timeout=timeout_for(text)) is not None  # (not "das Anne Frank Haus")
        )
        return not (relative and _opens_with_first_name(text, at))
    if word in _PLACE_PREPOSITIONS and not _POSSESSIVE_AFTER.match(text, at, timeout=timeout_for(text)):
        # "in Weihenstephan Brauwesen studiert", "am Ende Mieten", "aus Polen Pause": a place or a
        # time, then a noun (not "in Jane Doe's words")
        return True
    before = text[text.rfind(" ", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]  # (the word before that)
    if (word in _AMOUNTS or _is_german_adjective_opening(word)) and not _opens_with_first_name(text, at) and (
        before.casefold() not in GERMAN_DETERMINERS
    ):
        # an amount of something, no article before it: "enorme Mengen Wasser", "drei Tonnen Sand"
        # (not "Das zuständige Studierendenwerk Oberpfalz", a body's name)
        return True
    if not word[:1].islower() or word in _NO_ADJECTIVES or start < 2 or text[start - 1] != " ":
        return False  # ("einer wie Chutta Arinye": "wie" is no adjective)
    if (before, word) in (("unter", "anderem"), ("unter", "anderen"), ("vor", "allem")):
        # "unter anderem" is "among others", "vor allem" "above all": "Geklagt hatte unter anderem
        # Uwe Thomsen", "Zu verdanken ist das vor allem Alois Kormann"
        return False
    # (a preposition, an adjective, two capitalised words: "mit mittlerem Einkommen Rat"; an
    # article, an adjective, a first name and a surname is a person: "die eingewechselte Mia Lindner")
    if before in GERMAN_DETERMINERS:
        # (not a first name in a longer run of capitalised words: "eine andere Maximilian Huber Halle")
        return not (_opens_with_first_name(text, at) and _TWO_WORDS_AT.match(text, at, timeout=timeout_for(text)))
    return before in GERMAN_PREPOSITIONS and word.endswith(_ADJECTIVE_ENDINGS)


#: Two capitalised words, a third not following: a first name and a surname, no longer name.
_TWO_WORDS_AT = regex.compile(r"\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+(?![\p{L}-]|\s+\p{Lu})")
#: German relative pronouns that are also articles.
_RELATIVE_PRONOUNS = frozenset("der die das den dem".split())


def _relative_clause_opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a relative clause: a comma before it, or before the
    preposition before it ("…, für den …")."""
    before = text[:start].rstrip()
    if before.endswith(","):
        return True
    last = before[before.rfind(" ") + 1 :]
    return last in GERMAN_PREPOSITIONS and before[: len(before) - len(last)].rstrip().endswith(",")


def _opens_with_first_name(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a first name."""
    end = at
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    return is_given_name(text[at:end])


#: Prepositions of place and time before which two capitalised words are no one's name.
_PLACE_PREPOSITIONS = frozenset("in im ins am aus zum zur pro ab bis".split())
#: Capitalised words ending in a possessive "'s": someone's ("in Jane Doe's words").
_POSSESSIVE_AFTER = regex.compile(r"(?:\p{Lu}[\p{L}.-]*\s+){1,3}?\p{Lu}[\p{L}-]*['’]s\b")
#: How German adjectives end when inflected ("mittlerem", "neuen").
_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")
#: German words of how many, before a measure and what is measured ("viele Tonnen Sand").
_AMOUNTS = frozenset(
    "viele wenige mehrere einige etliche zwei drei vier fünf sechs sieben acht neun zehn elf zwölf "
    "zwanzig dreißig hundert tausend hunderte tausende".split()
)


#: German pronouns, capitalised as the formal "you" or where a question opens ("Leiden Sie …"): no
#: part of any name.
_PRONOUN_WORDS = frozenset("sie ihnen er es wir ich".split())
#: German adjectives by their suffix and inflection ("ästhetische", "schwierigen"): no first name.
_GERMAN_ADJECTIVE = regex.compile(r"(?:isch|lich|ig|bar|los|sam|haft)(?:e|en|er|es|em)$")
#: Small words that stand between a determiner and a name without being an adjective.
_NO_ADJECTIVES = GERMAN_PREPOSITIONS | {"wie", "als", "und", "oder", "sowie", "namens"}


#: How a possessive ends a word or name: "'s" ("Rashed’s"), or the apostrophe alone after an "s"
#: ("Villalobos’").
_POSSESSIVE_S = ("'s", "’s")
_POSSESSIVE_APOSTROPHE = ("s'", "s’")
_POSSESSIVE_ENDS = _POSSESSIVE_S + _POSSESSIVE_APOSTROPHE


def _without_possessive(word: str) -> str:
    """A word or name less its possessive "'s" ("Rashed’s" → "Rashed"), or the apostrophe alone
    after an "s" ("Villalobos’" → "Villalobos")."""
    if word.endswith(_POSSESSIVE_S):
        return word[:-2]
    return word[:-1] if word.endswith(_POSSESSIVE_APOSTROPHE) else word


@functools.lru_cache(maxsize=4096)
def _is_persons_name(name: str) -> bool:
    """Whether two or more capitalised words are a person's name: not a sentence opener ("The
    Council"), a date ("Monday March"), an organisation's or a place's name."""
    # (a possessive's "'s" aside: "Kaya Bank's chief digital officer" is a bank's)
    words = [_without_possessive(w.rstrip(".")).casefold() for w in name.split()]
    named = [w for w in words if w.title() not in _TITLES_SET] or words  # ("Fr Tomás Garvey": "Fr" no Friday)
    # (a first name before a surname that is a place's first word elsewhere: "Reginald Lake",
    # "Ji-won Park"; a Korean or Chinese given name has a hyphen and a small letter after it)
    given_first = len(named) == 2 and (
        is_first_name(named[0]) or bool(_HYPHENATED_GIVEN.fullmatch(name.split()[-2], timeout=PATTERN_TIMEOUT))
    )
    if words[0] in _NOT_NAME_STARTS or words[0] in _PARTIES or any(
        (w in NOT_A_PERSONS_NAME_WORDS and not (given_first and k == 1 and w in _SURNAME_PLACE_WORDS))
        or w in _PRONOUN_WORDS
        for k, w in enumerate(named)
    ) or quotes_de.names_body(words[-1]):
        return False  # (a German body's word ends it: "Reinhardt Institut", "Reinhardt Seminar")
    # a date's word is no part of a name ("Monday March"), but for a surname after a first name
    # ("Theresa May", "Sabine Ott", "Kevin Sonntag")
    last = len(named) - 1
    # (nor for a first name that is a month's short form, a surname after it: "Jan Böhmermann",
    # "Mei Zhou"; not "Jan. 5")
    opens_as_name = last > 0 and not name.split()[0].endswith(".") and is_first_name(named[0]) and (
        named[1] not in CALENDAR_WORDS
    )
    if any(
        w in CALENDAR_WORDS and not (0 < k == last and is_first_name(named[0])) and not (k == 0 and opens_as_name)
        for k, w in enumerate(named)
    ):
        return False
    # a role noun is no first name ("Bundesjustizminister Heiko"), a title is ("President Joe Biden");
    # a German place noun is none either ("Bundesstaat Illinois"), nor is a plural of roles any
    # part of a name ("Linke Aktivisten")
    first = name.split()[0]
    if len(named) == 2 and named[1] in _PLACE_WORDS and not given_first:
        return False  # a place or a building: "County Hall", "Lough Shore" (not "Jane Hall")
    if _is_place_noun(words[0]) or any(
        quotes_de.is_roles_plural(w) or w.endswith(GERMAN_ABSTRACT_ENDINGS) for w in words
    ):
        return False
    if _GERMAN_ADJECTIVE.search(words[0], timeout=PATTERN_TIMEOUT) and not is_given_name(first):
        return False  # a German adjective opening a noun phrase: "Ästhetische Bedenken" (not "Rüdiger")
    return first.rstrip(".") in _TITLES_SET or not quotes_de.is_role(first)


#: A Korean or Chinese given name as English news romanises it: "Ji-won", "Min-seok", "Chi-wai".
_HYPHENATED_GIVEN = regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+")
#: Words that make a pair a place where they open it ("Lake Placid", "Port Louis") and are
#: surnames after a first name ("Reginald Lake", "Sarah Port").
_SURNAME_PLACE_WORDS = frozenset({"lake", "port", "fort", "mount"})
#: Last words of the names of places and buildings that are also surnames ("Hall", "Park"): a
#: pair ending in one is a place unless a first name opens it.
_PLACE_WORDS = frozenset(
    "hall park shore lough bridge castle market valley island harbour beach lane hills plains stadium "
    "cathedral abbey green gardens fields quay pier".split()
)


def _is_place_noun(word: str) -> bool:
    """Whether a (folded) word is a German noun of a place or its compound ("nachbarland")."""
    return word in GERMAN_PLACE_NOUNS or any(
        word.endswith(e) and len(word) >= len(e) + 4 for e in GERMAN_PLACE_ENDINGS
    )


#: A capitalised word where a speaker's surname stands: before a verb of speech, after one at a
#: sentence's end, or before an age in commas ("Okonkwo said", "said Okonkwo.", "Okonkwo, 19,").
_SURNAME_SPEAKS = regex.compile(
    rf"(?<![\p{{L}}'’.-])(\p{{Lu}}[\p{{Ll}}'’-]{{2,}})(?:\s+(?:{_VERB})\b|,\s+\d{{1,3}},)"
    rf"|\b(?:said|says|added|told)\s+(\p{{Lu}}[\p{{Ll}}'’-]{{2,}})(?=[.,;])"
)
#: Two capitalised words: a first name no list knows, and a surname.
_PAIR = regex.compile(r"(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}[\p{Ll}'’-]{2,})(?![\p{L}])")


def _nicknames(sections: list[Section], last: tuple[int, int]) -> dict[str, str]:
    """The nicknames an article gives people between given name and surname, up to the block
    ``last``, each to the name without it ({"Zeref": "Aditya Kulkarni"}); one given to two people
    stands for neither."""
    found: dict[str, str | None] = {}
    for _, _, _, block in _blocks_until(sections, last):
        for _, name, nickname in _nicknamed(block.text):
            found[nickname] = name if found.get(nickname, name) == name else None
    return {nickname: name for nickname, name in found.items() if name}


#: "the" and perhaps capitalised words right before a pair of them: what follows ends a body's or
#: a place's name ("the Edinburgh Hindu Temple", "the Hindu Temple"), no person's.
_THE_BEFORE_CAPITALS = regex.compile(r"(?<![\p{L}])[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$")


def _introduced_names(sections: list[Section]) -> dict[str, str]:
    """People an English article names in full with a first name no list knows, by the surname
    it then gives them where a speaker stands: {surname: full name}. A pair counts when its
    second word stands alone somewhere as a speaker ("Chidera Okonkwo" … "Okonkwo, 19,"), its
    first word opens no sentence as a common word and names no body, title or role; after a first
    name given anywhere, the three are the name ("Moses Lwanga Tebandeke" … "Tebandeke said")."""
    texts = [b.text for s in sections for b in s.blocks]
    speaking = {
        m.group(1) or m.group(2)
        for text in texts if _has_quote_mark(text) or "," in text
        for m in _SURNAME_SPEAKS.finditer(text, timeout=timeout_for(text))
    }
    found: dict[str, str] = {}
    for text in texts:
        if not any(map(text.__contains__, speaking)):
            continue  # (it holds no surname that stands alone as a speaker: no pair to look for)
        for m in _PAIR.finditer(text, overlapped=True, timeout=timeout_for(text)):
            first, last = m.group(1), _without_possessive(m.group(2))
            if last not in speaking or last in found or is_given_name(first):
                continue  # (a first name the lists know is found by the name spotter)
            before = text[: m.start()].split()[-1:]
            given = before[0] if before and before[0][:1].isupper() and is_given_name(before[0].strip(",.;:")) else ""
            name = f"{first} {last}"
            if _THE_BEFORE_CAPITALS.search(text, max(0, m.start() - 60), m.start(), timeout=timeout_for(text)):
                continue  # the end of a body's or a place's name after "the": "of the Edinburgh Hindu Temple"
            if first.casefold() in _NOT_NAME_STARTS or first.rstrip(".") in _TITLES_SET or quotes_de.is_role(first) or (
                not _is_persons_name(name)
            ):
                continue
            if given:
                # the middle and last of three names, the first given anywhere: "Moses Lwanga
                # Tebandeke" … "Tebandeke said" (not across a clause's end: "…, Moses. Lwanga …")
                if given[-1:].isalpha():
                    found[last] = f"{given} {name}"
                continue
            found[last] = name
    return found


def _with_introduced(names: list[tuple[int, str]], text: str, introduced: dict[str, str]) -> list[tuple[int, str]]:
    """``names`` with the places ``text`` names a person of ``introduced`` in full, in place of
    what the name spotter read there ("Substitute Chidera" is Chidera Okonkwo)."""
    more: list[tuple[int, str]] = []
    for m in _PAIR.finditer(text, overlapped=True, timeout=timeout_for(text)):
        last = _without_possessive(m.group(2))
        full = introduced.get(last, "")
        pair = f"{m.group(1)} {last}"
        if full == pair:
            start = m.start()
        elif full.endswith(f" {pair}") and text[: m.start()].endswith(full[: -len(pair)]):
            start = m.start() - len(full) + len(pair)  # a name of three, its first word right before the pair
        else:
            continue
        if not any(
            a <= m.start(2) < a + len(n) for a, n in names if full == pair or len(n.split()) > 2
        ):  # (not where the spotter has a name holding the surname already: "Kofi Boateng Asamoah")
            more.append((start, full))
    if not more:
        return names
    spans = [(start, start + len(n)) for start, n in more]
    kept = [(start, n) for start, n in names if not any(start < z and a < start + len(n) for a, z in spans)]
    return sorted(kept + more)


class _PeopleMet:
    """The people an article names, met block by block as ``find_quotes`` reads it, but looked
    for only when a quote needs them: most pages quote nobody, and spotting names is the quote
    finder's dearest step. A block read waits; the first need reads the blocks waiting in
    order, so each block's names are found against the people met before it, as if every block
    had been read in turn."""

    def __init__(self, sections: list[Section], last: tuple[int, int], german: bool) -> None:
        self.people: list[str] = []  # full names met so far, in order
        self.names_of: dict[str, list[tuple[int, str]]] = {}  # each block's names, found once
        self.named_before: list[str] = []  # whom the last paragraph names, for a pronoun after it
        self._sections, self._last, self._german = sections, last, german
        self._unlisted: dict[str, str] | None = None
        self._nicknames: dict[str, str] | None = None
        self._waiting: list[tuple[Block, str]] = []
        self._block: Block | None = None
        self._names: list[tuple[int, str]] | None = None

    @property
    def nicknames(self) -> dict[str, str]:
        """("Zeref said" after 'Aditya "Zeref" Kulkarni': his)"""
        if self._nicknames is None:
            self._nicknames = _nicknames(self._sections, self._last)
        return self._nicknames

    def read(self, block: Block) -> None:
        """``block`` is the one being read now."""
        self._block, self._names = block, None

    def names(self) -> list[tuple[int, str]]:
        """The names of the block being read (the people met before it met first)."""
        if self._names is None:
            self.catch_up()
            self._names = self._find(self._block.text)  # type: ignore[union-attr]
        return self._names

    def catch_up(self) -> list[str]:
        """The people met so far, those the blocks waiting name met now."""
        waiting, self._waiting = self._waiting, []
        for block, how in waiting:
            self._settle(block, self._find(block.text), how)
        return self.people

    def done(self, how: str) -> None:
        """The block being read is read: a "paragraph" (whom a pronoun in the next may stand for
        is whom it names), an "aside" (a heading, a caption: nobody) or a "quote" (a block
        quotation or a quote going on: as before it)."""
        if self._names is None:
            self._waiting.append((self._block, how))  # type: ignore[arg-type]
        else:
            self._settle(self._block, self._names, how)  # type: ignore[arg-type]

    def _find(self, text: str) -> list[tuple[int, str]]:
        names = _known_genitives(_names_with_positions(_without_credits(text)), self.people)
        if not self._german:
            # people whose first names no list knows, that the article names again by surname
            # where speakers stand ("Chidera Okonkwo's header …" ¶ "Okonkwo, 19, who …")
            if self._unlisted is None:
                self._unlisted = _introduced_names(self._sections)
            if self._unlisted:
                names = _with_introduced(names, text, self._unlisted)
        self.names_of[text] = names
        return names

    def _settle(self, block: Block, names: list[tuple[int, str]], how: str) -> None:
        _meet(names, self.people)
        if how == "aside":
            self.named_before = []
        elif how == "paragraph":
            # (whom it names outside quote marks, and those a sentence of it opens with by surname
            # alone: "… shipped to Phnom Penh. Rasmussen said …" ¶ "“…,” she said." is Rasmussen's;
            # in German, any surname alone, its subject often after the verb: "Am Montag verwies
            # Häusler auf …" ¶ "„…“, sagte er.")
            masked, outside = _outside_quotes(block.text, names, self._german)
            spans = [(start, start + len(n)) for start, n in outside]
            self.named_before = [name for _, name in sorted(outside + [
                (start, n) for start, n in (
                    _surnames_in(masked, self.people) if self._german else _surnames_opening(masked, self.people)
                )
                if not any(a <= start < z for a, z in spans)
            ])]


def _outside_quotes(
    text: str, names: list[tuple[int, str]], german: bool
) -> tuple[str, list[tuple[int, str]]]:
    """(``text`` with its quoted words blanked, the ``names`` standing outside them that a pronoun
    may stand for): not those named inside quote marks, "“The Wet Meadow Handbook,” a guide …" —
    talked about, not doing anything; nor, in English, a name that only says which someone or
    something is ("A Manitoba Hydro employee")."""
    masked = mask_quoted(text) if _has_quote_mark(text) else text
    return masked, [
        (start, n) for start, n in names
        if masked[start] == text[start] and (german or not _modifies_a_noun(masked, start, start + len(n)))
    ]


def _meet(names: list[tuple[int, str]], people: list[str], *, before: int | None = None) -> None:
    """Add ``names`` (those starting before ``before``) to ``people``, the latest last."""
    for start, name in names:
        if before is not None and start >= before:
            break
        if name in people:
            people.remove(name)
        people.append(name)


def _full_name(speaker: str, people: list[str]) -> str:
    """ "Holmes" (or "Ms. Holmes") becomes "David Holmes" when the article named him so;
    anything else stays."""
    words = speaker.split()
    gender = None
    title = None
    if len(words) in (2, 3) and (words[0].rstrip(".") in _TITLES_SET or words[0] in _ADDRESS_GENDER):
        gender = _ADDRESS_GENDER.get(words[0].rstrip("."))
        title = words[0].rstrip(".")
        words = words[1:]
    if len(words) == 2 and words[0] in _IRISH_PARTICLES:
        words = words[1:]  # ("Mr Ó Briain": Declan Ó Briain)
    elif 1 < len(words) <= 3 and words[0] in _SURNAME_PARTICLES and words[-1][:1].isupper() and all(
        w in _PARTICLE_ARTICLES for w in words[1:-1]
    ):
        words = words[-1:]  # ("Du Plessis": Hennie du Plessis; "Van der Merwe": Riaan van der Merwe)
    elif 1 < len(words) <= 3 and speaker not in people:
        # (a double surname, "Zammit Lupi" for Stefan Zammit Lupi; a surname first, "Wei Jie" for
        # Ong Wei Jie; never the name with a title before it, "Detective Sergeant Ryan Cole")
        tails = {
            name for name in map(_untitled, people) if name.endswith(f" {speaker}") and len(name.split()) > len(words)
        }
        if len(tails) == 1:
            return tails.pop()
        before = words[:-1]
        if all(_GLUED_ROLE.fullmatch(w, timeout=timeout_for(w)) or quotes_de.is_role(w) for w in before) and not any(
            map(is_given_name, before)
        ):
            words = words[-1:]  # a rank or role glued before a surname ("ASP Mutebi", "Cr Tunstall")
    if len(words) != 1:
        return speaker
    sharing = [name for name in people if surname(name) == words[0]]
    if not sharing:
        # met in a German genitive ("Jorinde Kalbs Stück"), named "Kalb" after: the same person
        sharing = [name[:-1] for name in people if name.split()[-1] == f"{words[0]}s"]
    if not sharing:
        # the first of two surnames, or a middle name one goes by, of one person only: "Camille
        # Etienne Gbedey" … "Etienne said", "María García López" … "García said"
        middle = [name for name in people if len(parts := name.split()) >= 3 and parts[-2] == words[0]]
        sharing = middle if len(middle) == 1 else []
    if gender is not None:  # "Mr. Brennan" is no Evelyn Brennan, "Ms Ong" no "Mr Ong Kah Seng"
        sharing = [name for name in sharing if _name_gender(name) in (None, gender)] or sharing
    elif title is not None and len(sharing) > 1:
        # "Capt Tan" is the one of two Tans introduced with that title ("Captain Tan Boon Huat")
        # (not the short form met before, the title and the surname alone: "Capt Tan" itself)
        in_full = _TITLE_LONG.get(title, title)
        sharing = [
            name for name in sharing
            if _TITLE_LONG.get(first := name.split()[0].rstrip("."), first) == in_full and " " in _untitled(name)
        ] or sharing
    if not sharing:
        return speaker
    # several of one surname (a family): the one the article introduced first, its subject
    full = sharing[0].split()
    while len(full) > 2 and full[0].rstrip(".") in _OFFICES:
        full = full[1:]  # ("President Kamala Harris": her office, then her name)
    return " ".join(full)


def _name_gender(name: str) -> str | None:
    """A name's gender, by the form of address it was met with ("Ms Ong Mei Ling") or its first name."""
    first = name.split()[0]
    return _ADDRESS_GENDER.get(first.rstrip(".")) or gender_of(first)


def _untitled(name: str) -> str:
    """``name`` without every title and form of address before it ("Detective Sergeant Ryan Cole" → "Ryan Cole")."""
    words = name.split()
    while len(words) > 1 and (words[0].rstrip(".") in _TITLES_SET or words[0] in _ADDRESS_GENDER):
        words = words[1:]
    return " ".join(words)


#: Titles written short, and in full: "Capt Tan" after "Captain Tan Boon Huat".
_TITLE_LONG = {
    "Capt": "Captain", "Cllr": "Councillor", "Cr": "Councillor", "Coun": "Councillor", "Prof": "Professor",
    "Sen": "Senator",
    "Gov": "Governor", "Gen": "General", "Sgt": "Sergeant", "Insp": "Inspector", "Supt": "Superintendent",
    "Det": "Detective", "Cmdr": "Commander", "Adm": "Admiral", "Maj": "Major", "Cpl": "Corporal", "Const": "Constable",
    "Amb": "Ambassador", "Ald": "Alderman", "Atty": "Attorney",
}
#: A rank or office written short before a surname: "ASP Mutebi", "SP Khadka", "Cr Tunstall".
_GLUED_ROLE = regex.compile(r"\p{Lu}{2,5}|\p{Lu}\p{Ll}?\.?")

#: Titles that are offices, not forms of address ("President", "Senator"; not "Dr.", "Ms.").
_OFFICES = _TITLES_SET - {"Dr", "Prof", "Professor", "Mx", "Lord", "Rev", "Mme", "Sr", "Sra", *_ADDRESS_GENDER}


Attribution = Callable[[str, str], tuple[str | None, str | None, str | None, int | None]]


def _quotes_in(
    text: str,
    s_index: int,
    b_index: int,
    attribution: Attribution | None = None,
    last_speaker: Callable[..., str | None] | None = None,
    lead_in: str = "",
    german_names: quotes_de.NamesIn | None = None,
    names: quotes_de.NamesIn | None = None,
) -> list[tuple[Quote, int]]:
    """The quotes of ``text``, each with where its speaker is named (the quote's start when the
    attribution follows it): a pronoun there stands for someone named before that point.
    ``attribution`` reads a quote's surroundings (the English reader unless given);
    ``last_speaker`` names the person quoted last when the text before a quote names them and
    nobody else; ``lead_in`` is the paragraph before, whose closing colon may introduce the quote
    this paragraph opens with ("Greta Thunberg states the following:" ¶ "“One of …”"); ``german_names``,
    the German name spotter where the text is German, lets a quote after a sentence of reported
    speech be that speech's speaker's (German reports speech in the subjunctive, then quotes:
    "…, sagte Mnich. «…»")."""
    attribution = attribution or _attribution
    found: list[Quote] = []
    at: list[int] = []
    last_end = 0
    groups_named = any(ending in text for ending in _GROUP_ENDINGS)  # (most paragraphs name no group)

    def body_before(end: int) -> str | None:
        # the one body named before ``end`` (or, for the paragraph's first quote, in the one before):
        # whose "it" is ("… it said.", "It added: “…”", "what it called “…”")
        # (by its kind's noun only in the quote's own paragraph: "In a Facebook post, rail operator
        # SMRT said …" ¶ "LTA said … “…,” it said." is no SMRT's)
        return the_one_body(text[:end], by_kind=True) or (the_one_body(lead_in) if not found else None)

    for match in _QUOTED.finditer(text, timeout=timeout_for(text)):
        inner = next(g for g in match.groups() if g is not None).strip()
        lead = text[max(0, match.start() - 30) : match.start()]
        if any(w in lead for w in _WORK_WORDS) and _NAMES_A_WORK.search(lead, timeout=timeout_for(lead)) and not (
            _WHAT_CALLED.search(text, max(0, match.start() - 120), match.start(), timeout=timeout_for(text))
        ):
            continue  # an article "titled ‘…’", a book called “…”: a title, not words spoken ("what the
            # union called “…”" is the union's words)
        if inner[:1].isupper() and _after_work_noun(lead):
            continue  # the show “…”, die Sendung „…“, Slogans wie „…“: a title or a label, not words spoken
        # (told before the attribution is read: most quoted spans are no quotes)
        short, spoken_start = _span_is_short(inner, text, match.end())
        if not spoken_start and (short or (not german_names and _is_title_of_work(inner) and not (
            # (words closed by a comma inside the marks and a verb of speech right after are said,
            # however capitalised: “Ask me in November,” she says)
            inner[-1:] in ",!?" and _SAID_RIGHT_AFTER.match(text, match.end(), timeout=timeout_for(text))
        ))):
            continue
        speaker, desc, verb, speaker_at = attribution(text[: match.start()], text[match.end() :])
        if speaker and speaker[:1].isupper():
            speaker, speaker_at = _group_of_place(text, speaker, speaker_at, match.end())
        if speaker is None and not found and lead_in.rstrip().endswith(":") and not text[: match.start()].strip():
            speaker, desc, verb, _ = attribution(lead_in.rstrip() + " ", "")
            speaker_at = 0  # (a pronoun there stands for someone named before this paragraph)
        if speaker is None and not german_names and len(inner.split()) >= _MIN_WORDS and (
            bridged := _attribution_closing(text[match.end() : match.end() + 300])
        ):
            # the rest of the quote's sentence, then the attribution closing it: "…need “two skilled
            # engineers and one of these agents,” which can be just as productive, said Nenad
            # Medvidovic, a professor at …", "… “the worst season in living memory” after months
            # without rain, the federation's president, Tom Hale, said on Monday."
            speaker, desc, verb, speaker_at = bridged
        if speaker is None and (reads := _AFTER_READ.match(text, match.end(), timeout=timeout_for(text))):
            # "“…,” the statement read.": the text's words, its issuer's (resolved below)
            speaker, desc, verb, speaker_at = reads.group("speaker"), None, reads.group("verb"), None
        if speaker is None and (it := _AFTER_IT.match(text, match.end(), timeout=timeout_for(text))):
            last = (split_sentences(text[: match.start()]) or [""])[-1]
            if issued := _TEXT_SUBJECT.match(last, timeout=timeout_for(last)):
                # "The letter also called on Parliament to …. “…,” it said.": the text the sentence
                # before is about, not the body it names (its issuer is found below)
                speaker, desc, verb, speaker_at = f"the {issued.group(1)}", None, it.group("verb"), None
            elif body := body_before(match.start()):
                # "The Ministry of Manpower said in a statement … “…,” it said.": the body named before
                speaker, desc, verb, speaker_at = body, None, it.group("verb"), match.start()
            elif said := _body_noun_said(text[: match.start()]) or (_body_noun_said(lead_in) if not found else None):
                # "In a statement, the agency said …" ¶ "“…,” it said.": the body by its noun (or its
                # initials) that spoke just before, resolved below as any
                speaker, desc, verb, speaker_at = said, None, it.group("verb"), None
        if speaker is None and (it := _IT_BEFORE.search(text, 0, match.start(), timeout=timeout_for(text))) and (
            body := body_before(it.start())
        ):
            # "The trust … said income paid for toilets. In a statement, it said: “…”": the body named before
            speaker, desc, verb, speaker_at = body, None, it.group("verb"), it.start()
        if speaker is None and (what := _WHAT_CALLED.search(text, 0, match.start(), timeout=timeout_for(text))):
            # "over what the union called “…”", "citing what it called “…”": whoever "called" it
            said_by = what.group("speaker")
            if said_by in ("it", "It"):
                said_by = body_before(what.start())
            elif len(words := said_by.split()) > 1 and words[0] in ("the", "The", "a", "A", "an", "An", "one", "One"):
                # (a body by its name, "the Public … Union"; someone described, "one analyst")
                said_by = _clean_speaker(said_by) if words[1][:1].isupper() else said_by[:1].lower() + said_by[1:]
            if said_by:
                speaker, desc, verb, speaker_at = said_by, None, what.group("verb"), what.start("speaker")
        if speaker is None and (words_of := _IN_THE_WORDS_OF.search(text, 0, match.start(), timeout=timeout_for(text))):
            # "In the words of one Singapore-based port consultant, the case shows “…”"
            said_by = words_of.group("speaker")
            speaker, desc, verb = said_by[:1].lower() + said_by[1:], None, "in the words of"
            speaker_at = words_of.start("speaker")
        if speaker in ("they", "They") and groups_named and not german_names and (
            last := (split_sentences(text[: match.start()]) or [""])[-1].rstrip(" .!?")
        ) and (group := _GROUP_SAID.match(last, timeout=timeout_for(last))):
            # "Residents said they still relied on water trucks. “…,” they said": the group the
            # sentence before the quote is about
            speaker, speaker_at = group.group("speaker"), text.rfind(last, 0, match.start())
        if speaker is None and groups_named and (
            group := _GROUP_SAID.search(text, 0, match.start(), timeout=timeout_for(text))
        ):
            # "Brookfold residents said afterwards that the change would be “…”", "Several neighbours
            # said …", "Analysts at a domestic brokerage said in a note that …": a group speaks
            speaker, desc, verb, speaker_at = group.group("speaker"), None, group.group("verb"), group.start("speaker")
        if speaker is None and names is not None and (subject := _colon_subject(text[: match.start()], names)):
            # "Hallberg selbst gab sich kämpferisch: „…“", "Smith was blunt: “…”": the sentence
            # that leads in with a colon is about one person, its subject
            speaker, speaker_at = subject
        if speaker and verb is None and speaker.lower() not in _PRONOUNS and speaker.split()[-1] in inner.split():
            speaker = None  # led in with a colon, no verb of speech, and naming its "speaker": about them
        if spoken_start and not speaker:
            continue  # (kept only when spoken, and then only as the start of a longer utterance)
        if speaker is None and found and german_names and _opens_sentence(text, match.start()) and (
            text[last_end : match.start()].lstrip()[:1] in (".", "!", "?")  # (not the first one's attribution)
        ):
            # "Die Polizei sprach von einem „…“. Die Hinweise seien veröffentlicht worden, sagte eine
            # Sprecherin. „…“": after a quote, a sentence of reported speech attributed at its end
            # leads into the next quote, the reported speaker's (not the first quote's speaker's)
            reported = _reported_before(text[last_end : match.start()], attribution, german_names, text[match.end() :])
            if reported[0] is not None and reported[3] is not None:
                speaker, desc, verb, speaker_at = *reported[:3], last_end + reported[3]
        between = text[last_end : match.start()]
        # (the attribution between may name the speaker again: “…,” Mayer said, “…”)
        same = speaker is None or (speaker == found[-1].speaker and speaker_at is not None and speaker_at >= last_end
                                   if found else False)
        if found and not same and speaker and speaker.lower() in _PRONOUNS and speaker_at is None:
            same = True  # “…,” Jones said. “…,” she added: the same speaker, one quote
        elif (
            found and speaker and speaker.lower() in _PRONOUNS and not _plural(speaker, verb)
            and found[-1].speaker and found[-1].speaker.lower() not in _PRONOUNS
            and _same_speaker_goes_on(between, found[-1]) and _fits_pronoun(speaker, verb, [], found[-1].speaker)
        ):
            # “…”, sagte Vranješ. Sein Ziel formulierte er so: „…“ — a pronoun before a second
            # quote, nobody else named since the first: the first one's speaker (two quotes)
            speaker = found[-1].speaker
        # (a quote closed with its sentence, then a sentence leading into the next one — “….”
        # Shortly after, he writes, “…” — is two quotes: that sentence attributes the second)
        leads_in = speaker_at is not None and found and found[-1].text[-1:] in ".!?…" and speaker_at >= last_end
        if found and same and not leads_in and _only_attribution(between, found[-1].speaker):
            # “…,” Apte said. “…” — one utterance, interrupted by its attribution; its sentences
            # stay apart ("…a bit,” Mayer said. “Not everyone …" is "…a bit. Not everyone …").
            found[-1].text = _run_on(found[-1].text, inner)
            last_end = match.end()
            continue
        if speaker is None and found and (
            _AND_THAT.match(between, timeout=timeout_for(between)) or _same_speaker_goes_on(between, found[-1])
        ):
            # “…,” said Joseph Minga. He learned … “It really made me …”: the paragraph's speaker;
            # 'the DEA says that “…” and that “…”': the same speaker's second point.
            previous = found[-1]
            speaker, desc, verb, speaker_at = previous.speaker, None, previous.verb, at[-1]
        elif speaker is None and not found and last_speaker is not None and _opens_sentence(text, match.start()):
            # "Die Vorfreude bei Bühlmann ist gross. «…»": a quote standing as a sentence of its
            # own, after a sentence naming the person quoted last and nobody else: theirs.
            # A quote closing the paragraph after sentences naming one person, quoted before or
            # not, is theirs: "Für Hans Göbel aber schon. „Ich habe gemerkt, …“"
            speaker = last_speaker(text[: match.start()], alone=not text[match.end() :].strip(" ."))
            desc = verb = None
            speaker_at = match.start()
            if speaker is None and not german_names and (
                said := _PRONOUN_SAID.search(text[: match.start()], timeout=PATTERN_TIMEOUT)
            ):
                # "She added that the school had not yet decided. “…”": the speech the sentence
                # before reports goes on in the quote; its pronoun is resolved as "she said" is
                speaker, speaker_at = said.group("pronoun").lower(), said.start("pronoun")
            if speaker is None and not german_names:
                # "Consumer group Codacons said passengers should be compensated. “…”": a body or
                # a described speaker reports speech, then its words go on in the quote
                speaker, desc, verb, speaker_at = _reported_by_subject(text[: match.start()])
        if speaker is None and not found and german_names:
            # "Der Verlust lasse sich nicht aufholen, sagte Mnich. Aber: «…»": a quote standing
            # as a sentence of its own after a sentence of reported speech attributed at its end
            speaker, desc, verb, speaker_at = _reported_before(
                text[: match.start()], attribution, german_names, text[match.end() :]
            )
            if speaker is None:
                speaker, desc, verb, speaker_at = _reported_chain(
                    text[: match.start()], lead_in, attribution, german_names
                )
            if speaker is None and _opens_sentence(text, match.start()) and not text[match.end() :].strip(" .") and (
                said := _PRONOUN_DID.search(text[: match.start()], timeout=PATTERN_TIMEOUT)
            ):
                # "Seitdem schließt er um 23 Uhr. „…“": a quote closing the paragraph after a
                # sentence whose subject is a pronoun (and that reports no one's speech) is that
                # pronoun's, as "sagte er" is
                speaker, desc, verb, speaker_at = said.group("pronoun").lower(), None, None, said.start("pronoun")
            if speaker is None and (said := _PRONOUN_REPORTS.search(text[: match.start()], timeout=PATTERN_TIMEOUT)):
                # "Was sie vorhat, ließ die Moderatorin offen. Sie wolle »…«": a sentence opening with
                # "er" or "sie" and a verb in the first subjunctive reports that person's words
                speaker, desc, verb, speaker_at = said.group("pronoun").lower(), None, None, said.start("pronoun")
        if speaker is None or not _REAL_WORD.search(speaker, timeout=timeout_for(speaker)):
            continue
        found.append(
            Quote(
                text=inner.rstrip(",").strip(),
                speaker=speaker,
                speaker_description=desc,
                verb=verb,
                section=s_index,
                block=b_index,
            )
        )
        at.append(match.start() if speaker_at is None else speaker_at)
        last_end = match.end()
    # A short spoken span counts only as the start of a longer utterance: “Amazing,” Davis said.
    # “To be able to do that …” is one quote; “Don’t mind me!” he said, alone, is not.
    return [(q, a) for q, a in zip(found, at, strict=True) if _words(q.text) >= _MIN_WORDS]


_DASH_LINE = regex.compile(
    rf"^\s*(?:[—–―]|--?)\s*(?P<speaker>{_NAME})(?:\s*\([^()\n]{{0,60}}\))?"
    r"(?:,\s*(?P<desc>[^\n]{2,160}?))?\s*$"
)


def _block_quotation(block: Block, following: Block | None, s_index: int, b_index: int) -> Quote | None:
    """The quote a ``<blockquote>`` holds, when it says whose words they are: a ``<cite>`` inside
    it, a last line "— Ann Hale, harbour master", or such a line right after it."""
    lines = [line for line in block.text.split("\n") if line.strip()]
    speaker = desc = None
    if lines and (match := _DASH_LINE.match(lines[-1], timeout=PATTERN_TIMEOUT)):
        speaker, desc, lines = match.group("speaker"), match.group("desc"), lines[:-1]
    elif following is not None and following.kind == "paragraph" and (
        match := _DASH_LINE.match(following.text, timeout=timeout_for(following.text))
    ):
        speaker, desc = match.group("speaker"), match.group("desc")
    elif block.element is not None:
        cite = block.element.find(".//cite")  # type: ignore[attr-defined]
        name = " ".join(text_of(cite).split()) if cite is not None else ""
        if name and _FULL_NAME.fullmatch(name.lstrip("—–- "), timeout=PATTERN_TIMEOUT):
            speaker = name.lstrip("—–- ")
            lines = [line for line in lines if line.strip().lstrip("—–- ") != speaker]
    text = " ".join(" ".join(lines).split())
    speaker = _clean_speaker(speaker) if speaker else None
    if not speaker or _words(text) < _MIN_WORDS:
        return None
    return Quote(text, speaker, _clean_desc(desc), None, s_index, b_index)


def _words(text: str, enough: int = _MIN_WORDS) -> int:
    """How many words ``text`` has, counted up to ``enough`` (an ellipsis or a dash standing
    alone is none: "Das ist echt ...")."""
    count = 0
    for word in text.split(None, enough + 2):
        if any(c.isalnum() for c in word):
            count += 1
            if count >= enough:
                break
    return count


def _run_on(first: str, then: str) -> str:
    """Two spans of one utterance joined: a new sentence after a full stop (the comma before an
    attribution stands for one), a clause that goes on after a comma."""
    first, then = first.rstrip(" ,"), then.rstrip(" ,")
    if first[-1:] in ".!?…":
        return f"{first} {then}"
    return f"{first}. {then}" if then[:1].isupper() else f"{first}, {then}"


#: "…,” the statement read.": what is written "reads" (a person "says").
_AFTER_READ = regex.compile(
    r"\s*,?\s*(?P<speaker>the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:"
    + phrase_alternation(sorted(
        DOCUMENT_NOUNS
        | {"notice", "message", "post", "note", "email", "petition", "ruling", "memorandum", "submission"}
        # (what auditors find is their office's: "“…,” the auditors found")
        | {"auditors"}
    ))
    # (a text "finds" or "concludes" too: "“…,” the report found.")
    + r"))\s+(?P<verb>read|reads|found|finds|concluded|concludes|stated|states|continued|continues"
    r"|noted|notes|warned|warns)\b"
)
#: "…,” it said.": a body's words (who "it" is: the one body named before).
_AFTER_IT = regex.compile(r"\s*,?\s*it\s+(?P<verb>said|says|added|wrote|stated|warned)\b")
#: A body by its noun or its initials as the subject of a verb of speech: "the agency said", "the
#: DPWH said" (what "it" stands for where no body is named by name).
_BODY_NOUN_SAID = regex.compile(
    r"(?<![\p{L}])[Tt]he\s+(?P<body>(?:[\p{Ll}-]+\s+)?(?:"
    + "|".join(sorted(ORGANISATION_NOUNS - ISSUED_NOUNS - PERSON_NOUNS - {"spokesperson", "spokesman", "spokeswoman"}))
    + r")|\p{Lu}{2,6})\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|stated|announced|warned|wrote)\b"
)


def _body_noun_said(text: str) -> str | None:
    """The body the last of ``text``'s sentences that has one speak names by its noun or
    initials ("the agency", "the DPWH"), or None."""
    said = list(_BODY_NOUN_SAID.finditer(mask_quoted(text), timeout=timeout_for(text)))
    return f"the {said[-1].group('body')}" if said else None


#: "what the union called “…”", "citing what it called “…”": who called it so is the speaker (a
#: body's "it": the one body named before).
_WHAT_CALLED = regex.compile(
    # (or a noun for what was called so: "a pattern she called “…”"; a role before the name in commas:
    # "what its secretary-general, Ramona Buhagiar, called “…”")
    rf"(?<![\p{{L}}])(?:what|(?:a|an|the)\s+\p{{Ll}}[\p{{L}}-]+)\s+"
    rf"(?:(?:its|his|her|their|the)\s+\p{{Ll}}[\p{{L}}-]*(?:\s+\p{{Ll}}[\p{{L}}-]*)?,\s+(?=\p{{Lu}}))?"
    rf"(?P<speaker>{_NAME}|{_DESCRIBED}|{_PRONOUN}|it)(?:\s*\([^()]{{1,20}}\))?,?"
    r"\s+(?P<verb>called|calls|described\s+as|describes\s+as|termed|terms|dubbed)\s*$"
)
#: "In the words of one analyst at a local brokerage, the quarter was “…”": someone described, then
#: the rest of the sentence the quote stands in.
_IN_THE_WORDS_OF = regex.compile(
    rf"(?:^|(?<=[.!?]\s))In\s+the\s+words\s+of\s+(?P<speaker>{_DESCRIBED}(?:\s+(?:at|from|in|with|of)\s+[^,“”\"]{{1,60}})?),"
    r"[^.!?“”\"]{0,160}$"
)
#: People in the plural as a sentence's subject, then a verb of speech and the clause the quote
#: stands in: "Residents of a low-lying settlement say floodwaters rose “…”", "Several neighbours said
#: the man had … and “…”" (a few words before the noun: "Brookfold residents", "Trade department
#: officials"; where they are after it: "Analysts at a domestic brokerage").
_GROUP_NOUNS = tuple(dict.fromkeys((
    "residents", "neighbors", "neighbours", "officials", "analysts", "workers", "parents", "farmers", "traders",
    "villagers", "witnesses", "councillors", "councilors", "experts", "teachers", "students", "passengers",
    "shoppers", "protesters", "critics", "economists", "investors", "campaigners", "activists",
    *(noun for noun in _PEOPLE_IN_NUMBERS if noun not in ("police", "authorities")),
)))
#: Plurals in "-ers" that are no people ("papers in the case", "headquarters in Berlin").
_NOT_GROUPS = frozenset("papers letters orders numbers waters matters powers headquarters documents filers".split())
_GROUP_SAID = regex.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?P<speaker>(?:(?:[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Ll]ocal|[Tt]wo|[Tt]hree"
    r"|\p{Lu}[\p{L}'’-]+)\s+){0,3}(?:"
    + "|".join(f"[{noun[0].upper()}{noun[0]}]{noun[1:]}" for noun in _GROUP_NOUNS)
    # (any people in the plural after how many: "Several drivers", "Some shop owners", "Two nurses")
    + r"|(?<=(?<![\p{L}])(?:[Ss]everal|[Mm]any|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our)\s)(?:\p{Ll}+\s+)?"
    + r"\p{Ll}+(?:ers|ors|ists|ians|ents|ees|men|women|people|nurses)"
    # (or a sentence's subject of what they do, a word before it: "Taxi drivers at a nearby rank said")
    + r"|(?<=(?:^|[.!?]\s)\p{Lu}\p{Ll}+\s)(?!(?:" + "|".join(sorted(_NOT_GROUPS | {"others", "members"})) + r")\b)"
    + r"\p{Ll}{3,}(?:ers|ors)"
    + r")(?:\s+(?:of|at|in|from)\s+[^,.;:“”\"]{1,60}?)?)"
    # (who they are, not part of what they are called: "Residents who gathered outside … said")
    r"(?:\s+who\s+[^,.;:“”\"]{1,60}?)?"
    r"\s+(?:(?:have|had|also|later)\s+)?(?P<verb>said|say|says|told|warned|complained|argued|wrote)\b"
    r"[^.!?“”\"]{0,200}$"
)
#: After a quote, people in the plural, where they are, then the verb: "residents of Lelkwet village
#: told", "parents at the school said" (``_GROUP_NOUNS``).
_GROUP_WHERE_AFTER = regex.compile(
    r"^\s*,?\s*(?P<speaker>(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:" + "|".join(_GROUP_NOUNS) + r")"
    r"\s+(?:of|in|at|from|near|along)\s+[^,.;:!?“”\"]{1,60}?)"
    r"\s+(?:(?:have|had|also|later)\s+)?(?P<verb>said|say|says|told|added|wrote)\b"
)
#: People in the plural where they are, before the place's name: "residents of Coopers Walk",
#: "Freight forwarders in the Klang Valley" (a plural in "-ers" is an agent's: "growers", "owners").
_GROUP_BEFORE_PLACE = regex.compile(
    # (after a verb of speech too, never taking it in: "“…,” said residents of Sai Chowk")
    rf"(?:^|(?<=[.!?,;:”\"’]\s)|(?<=(?<![\p{{L}}])(?:{_VERB})\s))"
    rf"(?P<group>(?:(?!(?:{_VERB})\s)[\p{{L}}’'-]+\s+){{0,2}}?(?P<noun>\p{{L}}+s)\s+"
    r"(?:of|in|at|from|along|near|on|across)\s+(?:the\s+)?)$"
)


def _group_of_place(text: str, speaker: str, speaker_at: int | None, after: int) -> tuple[str, int | None]:
    """A place's name read as the speaker, the people of it before it ("residents of Coopers Walk
    said", "“…,” residents of Church Street said"): the group, with its place, speaks."""
    # (where the attribution reads it: before the quote, near ``speaker_at``; else after it)
    start = text.find(speaker, after) if speaker_at is None else text.rfind(speaker, 0, speaker_at + len(speaker) + 2)
    if start < 0:
        return speaker, speaker_at
    group = _GROUP_BEFORE_PLACE.search(text, max(0, start - 80), start, timeout=timeout_for(text))
    if group is None:
        return speaker, speaker_at
    noun = group.group("noun").casefold()
    if noun in _GROUP_NOUNS or (noun.endswith("ers") and len(noun) > 5 and noun not in _NOT_GROUPS):
        return text[group.start("group") : start + len(speaker)], (
            group.start("group") if speaker_at is not None else None
        )
    return speaker, speaker_at


#: A sentence whose subject is a text: "The letter also called on Parliament …", "The report
#: warns that …" ("it said" after it is the text's, its issuer's).
_TEXT_SUBJECT = regex.compile(rf"(?:The|Its|Their)\s+(?:[\p{{Ll}}-]+\s+)?({_ISSUED})\b")
#: The group nouns less their first letter, either case's, and the words of how many before any
#: people's noun: a paragraph holding none is not searched.
_GROUP_ENDINGS = (
    *(noun[1:] for noun in _GROUP_NOUNS), "everal ", "any ", "ome ", "wo ", "hree ", "our ", "ers ", "ors ",
)
#: "In a statement, it said: “…”", "It added: “…”": a body's words, led in (who "it" is: the one
#: body named before).
_IT_BEFORE = regex.compile(
    r"(?:^|(?<=[.!?][”\"’«»“]?\s)|(?<=,\s))[Ii]t\s+(?:also\s+|later\s+|further\s+)?(?P<verb>said|says|added|wrote|stated|warned)"
    r"\s*:\s*$"
)
#: Words that may open a sentence before its subject: "But Smith was blunt:", "Doch Müller blieb gelassen:".
_LEAD_OPENERS = frozenset("and but so yet still now then und aber doch auch dann nun".split())
#: How many words may follow the subject before the colon ("Hallberg selbst gab sich kämpferisch:").
_COLON_LEAD_WORDS = 8
#: A participle's clause opening a sentence, up to its comma: "Asked whether the doses would be
#: enough, ", "When asked about the delay, " (either case: the participle is in lower case after "When").
_OPENING_CLAUSE = regex.compile(rf"(?:When\s+)?{_CLAUSE_OPENER}[^,.;:“”\"„«»]{{0,120}},\s+", regex.IGNORECASE)


#: Nouns of a relative, folded, English and German ("Vater", "daughter").
_RELATIVES = frozenset(noun.casefold() for noun in FAMILY_NOUNS)


#: A word and what sticks to it, as ``str.split`` parts a text, with where it stands.
_TOKEN = regex.compile(r"\S+")


#: English possessives before a noun of what one says, and the pronoun of its owner.
_POSSESSIVE_SPEAKERS = {"His": "he", "Her": "she"}
#: Nouns of what someone says: "His message was simple:", "Her advice is blunt:".
_WORDS_OF_SPEECH = frozenset(
    "message advice answer reply response verdict view take question warning plea conclusion point argument "
    "assessment explanation prediction request appeal instruction motto mantra reaction comment words".split()
)


#: A quote closed, then its attribution ending the sentence: "…,” said Lowenna Tregear. ".
_CLOSED_AND_SAID = regex.compile(r"[”\"»“«][^“”\"«»„]{1,80}[.!?]\s*$")


def _colon_subject(before: str, names: quotes_de.NamesIn) -> tuple[str, int] | None:
    """The person a sentence leading into a quote with a colon opens with, and where: its
    subject, named (in full or by a surname the article gave) or a pronoun, a few words before the
    colon and nobody else named in it ("Hallberg selbst gab sich kämpferisch: „…“")."""
    lead = before.rstrip()
    if not lead.endswith(":"):
        return None
    start = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "))
    start = 0 if start < 0 else start + 2
    sentence = lead[start:-1]
    # (no quote in the leading sentence; one before it in the paragraph, closed and attributed, is
    # another's: "“…,” said Lowenna Tregear. Kate Mumford was more cautious: “…”")
    preceding = lead[max(0, start - 300) : start]
    if any(mark in sentence for mark in "“”\"„«»") or (
        any(mark in preceding for mark in "“”\"„«»") and not _CLOSED_AND_SAID.search(preceding, timeout=PATTERN_TIMEOUT)
    ):
        return None
    if clause := _OPENING_CLAUSE.match(sentence, timeout=timeout_for(sentence)):
        # (a participle's clause before the subject: "Asked whether the doses would be enough,
        # she was blunt:")
        start, sentence = start + clause.end(), sentence[clause.end() :]
    tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(sentence, timeout=timeout_for(sentence))]
    while tokens and tokens[0][1].casefold() in _LEAD_OPENERS:
        tokens = tokens[1:]
    words = [word for _, word in tokens]
    # (an apposition in commas after the name is no part of the count, read below)
    if not words or len(words) > _COLON_LEAD_WORDS + (9 if sentence.count(",") >= 2 else 3):
        return None
    opening = " ".join(words)  # (its words one space apart, however the page spaced them)
    at = start + tokens[0][0]
    # (not one a preposition governs, spoken to: "Rademacher wandte sich an Oltmanns:", "Smith turned to Jones:")
    named = [
        (a, n) for a, n in names(opening)
        if quotes_de.may_be_subject(opening[:a]) and opening[:a].split()[-1:] not in (["to"], ["at"], ["with"])
    ]
    earlier = (
        [n for _, n in names(lead[:start]) if surname(n) == words[0]] if not named and words[0][:1].isupper() else []
    )
    if earlier:  # (a surname of someone named earlier in the paragraph)
        name, rest = earlier[-1], words[1:]
    elif named:
        first, name = min(named)
        role = opening[:first].split()
        if (first != 0 and not (
            # (a role in a word or two before the name: "Head coach Vinayak Salvi was more guarded:";
            # not someone else's: "Hallberg's coach Maria Lund")
            len(role) <= 2 and role[-1].casefold() in _ROLE_NOUNS and not role[0].endswith(_POSSESSIVE_ENDS)
        ) and not (
            # (or a relative of the speaker's or the subject's, the name in commas after it: "Mein
            # Vater, Jan Rickmers, hat immer gesagt:", "His daughter, Ama Mensah, said:")
            len(role) == 2 and role[-1].endswith(",") and role[-1][:-1].casefold() in _RELATIVES
            and opening.startswith(",", first + len(name))
        )) or len({n for _, n in named}) > 1:
            return None
        end = first + len(name)  # (after a role before the name, if any)
        if owned := _POSSESSIVE.match(opening, end, timeout=timeout_for(opening)):
            # (what one says by its noun, theirs: "Dr Achieng's message to residents was simple:", "Ms
            # Njoroge's reply was blunt:"; not about someone of theirs: "Hallberg's coach …")
            after = opening[owned.end() :].split()
            if not (after and after[0].casefold() in _WORDS_OF_SPEECH and ("was" in after or "is" in after)):
                return None
            verb = max(i for i, w in enumerate(after) if w in ("was", "is"))
            return (name, at + first) if len(after) - verb <= _COLON_LEAD_WORDS else None
        tail = opening[end:]
        if tail.startswith(",") and (close := tail.find(",", 1)) > 0:
            tail = tail[close + 1 :]  # (an apposition in commas: "Salvi, himself a former Mumbai opener, was …")
        rest, at = tail.split(), at + first
    elif (words[0].casefold() in _PRONOUNS and words[0].casefold() not in ("they", "sie")) or (
        words[0] == "Sie" and len(words) > 1 and not words[1].endswith("en")
    ):
        name, rest = words[0].lower(), words[1:]
    elif words[0] in _POSSESSIVE_SPEAKERS and len(words) > 2 and words[1].casefold() in _WORDS_OF_SPEECH and (
        "was" in words or "is" in words
    ):
        # (what one says by its noun, one's own: "His message to drivers was simple:", "Her answer
        # was a blunt one:")
        verb = max(i for i, w in enumerate(words) if w in ("was", "is"))
        name, rest = _POSSESSIVE_SPEAKERS[words[0]], words[verb:]
    else:
        return None
    if not rest or len(rest) > _COLON_LEAD_WORDS:
        return None
    return name, at


#: Prepositions before a name that make it no subject ("turned to Haddad", "smiled at Jones").
_GOVERNED_BY = (["to"], ["at"], ["with"], ["toward"], ["towards"], ["against"])
#: The verb opening a question before its subject ("Was Brennan worried …?", "Did Ms Tan expect …?").
_ASKING_OPENER = regex.compile(r"(?:Was|Is|Were|Are|Did|Does|Do|Has|Have|Had|Would|Could|Will|Can|Should)\s+")
#: The comma closing a question's clause ("Asked whether …, he replied"): a subject after it.
_ASKED_CLAUSE_END = regex.compile(r",\s+(?=\p{Lu}|(?:he|she|they|I|we)\s)")
#: Where a sentence opens: after a sentence's end, perhaps a closing quote mark.
_SENTENCE_OPENS = regex.compile(r"(?:^|(?<=[.!?][”’\"]?\s))(?=\S)")


def _in_a_question(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` in ``text`` (before ``end``, where the quote stands) is named in
    a question put to someone: a clause opening its sentence with "Asked", before the comma after
    which the sentence's subject stands ("Asked whether …, he replied"), or a sentence of its own
    that ends in a question mark, no quote mark in it ("Was he concerned that Oyelaran’s goal …?")."""
    opens = [m.start() for m in _SENTENCE_OPENS.finditer(text, 0, start + 1, timeout=timeout_for(text))]
    sentence_start = opens[-1] if opens else 0
    if text.startswith(("Asked ", "asked "), sentence_start):
        # (the clause ends at the first comma a name or a pronoun follows: "Asked what …, Morrow
        # recommended cool showers, damp cloths and fans" is Morrow's)
        closing = _ASKED_CLAUSE_END.search(text, sentence_start, timeout=timeout_for(text))
        return closing is not None and start < closing.start() < end
    question = text.find("?", start, end)
    if _ASKING_OPENER.fullmatch(text, sentence_start, start, timeout=timeout_for(text)):
        return False  # (whom the question is about answers it: "Was Brennan worried when …? “…,” he laughed.")
    return (
        question >= 0 and not any(mark in text[sentence_start:question] for mark in _QUOTE_MARKS)
        and not _SENTENCE_END.search(text, start, question, timeout=timeout_for(text))
    )


def _same_speaker_goes_on(between: str, previous: Quote) -> bool:
    """Whether a quote after ``between`` is still ``previous``'s speaker's: the text between
    names nobody else and quotes nothing."""
    if len(between) > 400 or any(mark in between for mark in "“”\"«»„"):
        return False
    own = set((previous.speaker or "").split())
    return all(set(name.split()) <= own for _, name in _names_with_positions(between))


def _named_again(
    before: str, quoted_last: str | None, people: list[str], alone: bool = False, german: bool = False
) -> str | None:
    """``quoted_last`` when ``before`` names them (in full or by surname) and nobody else; with
    ``alone`` (the quote ends its paragraph), the one person ``before`` names, whoever it is, or,
    naming several, the subject of its last sentence naming anyone ("Bühlmann ist sich sicher,
    dass Trainer Martin Rubin … «…»"); naming nobody, someone it describes as a subject."""
    named = {n for _, n in _names_with_positions(before)} | set(_known_by_surname(before, people))
    if quoted_last and named == {quoted_last}:
        return quoted_last
    if not alone and named:
        return None
    found = None
    if alone:
        # (not one named inside an earlier quote: talked about)
        found = _the_one_named(mask_quoted(before), people) or _subject([before], people, german, one=True)
    if found is None and not named:
        # nobody named, the quote ending its paragraph or not: the one described as a sentence's
        # subject ("Ein Nebenerwerbswinzer aus Endingen, der seinen Namen nicht … lesen möchte,
        # beschreibt die Stimmung drastischer. »…«"), or by a role as the last sentence's ("Der
        # junge Reporter vom Online-Portal «Nau» ist erstaunt. «…» Mit der Kamera …")
        masked = mask_quoted(before)
        sentences = split_sentences(masked)
        found = _unnamed_subject(masked, [], german) or (_role_subject(sentences[-1], german) if sentences else None)
    return found


#: A word and a colon between a sentence and the quote after it ("Aber:", "But:").
#: What of a sentence follows a quote, up to its end.
_SENTENCE_REST = regex.compile(r"[^.!?]{0,200}")
_LONE_LEAD = regex.compile(r"(?<=[.!?]\s+)\p{Lu}\p{Ll}{1,8}:$")


def _reported_before(
    before: str, attribution: Attribution, names_in: quotes_de.NamesIn | None = None, after: str = ""
) -> tuple[str | None, str | None, str | None, int | None]:
    """The speaker of the reported speech in the sentence right before a quote that opens a
    sentence, or before the subjunctive sentence the quote stands in: the attribution after that
    sentence's last comma, read as an attribution after a quote is ("…, teilte das Präsidialamt
    mit. „…“", "…, sagte Mnich. Aber: «…»"), or its subject when a verb of speech follows it
    ("Ein Sprecher sagte, man stehe …. Ein Wechsel sei „…“"); else nobody."""
    head = before.rstrip()
    lead = _LONE_LEAD.search(head[-12:], timeout=PATTERN_TIMEOUT)
    if lead is not None:
        head = head[: len(head) - len(lead.group(0))].rstrip()
    sentences = split_sentences(head[-400:])
    if head.endswith("."):
        last = sentences[-1] if sentences else ""
    elif len(sentences) > 1 and quotes_de.in_subjunctive(
        sentences[-1] + " " + _SENTENCE_REST.match(after, timeout=timeout_for(after)).group(0)
    ):
        # the quote inside a sentence of reported speech: "Ein Sprecher sagte, man stehe in engem
        # Austausch. Ein Wechsel sei aber „weder realistisch noch sinnvoll“."
        last = sentences[-2]
    else:
        return None, None, None, None
    if any(mark in last for mark in _QUOTE_MARKS):
        return None, None, None, None  # (a quote's own attribution)
    speaker, desc, verb, where = _reporting(last, attribution, names_in, before[: max(before.rfind(last), 0)])
    return (speaker, desc, verb, before.rfind(last) + where) if speaker is not None and where is not None else (
        None, None, None, None
    )


def _reporting(
    sentence: str, attribution: Attribution, names_in: quotes_de.NamesIn | None, context: str = ""
) -> tuple[str | None, str | None, str | None, int | None]:
    """Who a sentence of reported speech says spoke, and where in it: its subject before a verb
    of speech ("Ein Sprecher sagte, man stehe …"), or the attribution after its last comma ("…,
    sagte Mnich."); nobody for "…, heißt es in …", which names a text, not its author, nor for a
    question, which reports nobody's words ("Frau Thiele, rechnet sich das Modell?")."""
    if sentence.rstrip().endswith("?"):
        return None, None, None, None
    speaker, desc, verb, where = quotes_de.reported_by_subject(sentence, names_in)
    if speaker is not None and where is not None:
        return speaker, desc, verb, where
    comma = sentence.rfind(",")
    if comma < 0:
        return None, None, None, None  # (no clause of attribution)
    speaker, desc, verb, issuer_at = attribution(context, sentence[comma:])
    if speaker is None and (inner := sentence.rfind(",", 0, comma)) >= 0:
        # the attribution inside the sentence: "Sie habe nichts gegen ihn, betont sie, im Gegenteil."
        speaker, desc, verb, issuer_at = attribution("", sentence[inner:comma + 1])
        comma = inner
    if speaker is None or verb is None or (verb in GERMAN_HEISST and issuer_at is None):
        return None, None, None, None  # ("…, heißt es in der Mitteilung": a text, nobody named its issuer)
    return speaker, desc, verb, comma


#: How far into its sentence the subject of reported speech may stand ("In a statement on
#: Tuesday, the ministry said …").
_SUBJECT_REACH = 60


def _reported_by_subject(before: str) -> tuple[str | None, str | None, str | None, int | None]:
    """English: the speaker a sentence of reported speech right before a quote opens with, and
    where: its subject before a verb of speech ("The ministry added that patients should go on
    with their treatment. “…”"); nobody where that sentence holds a quote or reports no speech."""
    head = before.rstrip()
    if not head.endswith("."):
        return None, None, None, None
    sentences = split_sentences(head[-400:])
    last = sentences[-1] if sentences else ""
    if not last or any(mark in last for mark in _QUOTE_MARKS):
        return None, None, None, None
    speaker, desc, verb, at = _attribution(last.rstrip()[:-1] + " ", "")
    if speaker is None or verb is None or at is None or at > _SUBJECT_REACH or speaker.lower() in _PRONOUNS:
        return None, None, None, None
    return speaker, desc, verb, head.rfind(last) + at


#: How many sentences of reported speech back a quote's speaker is looked for.
_REPORTED_CHAIN = 4


def _reported_chain(
    before: str, lead_in: str, attribution: Attribution, names_in: quotes_de.NamesIn | None
) -> tuple[str | None, str | None, str | None, int | None]:
    """The speaker of a quote after sentences of reported speech in the subjunctive, or inside
    one, going back (into the paragraph before, too) over such sentences to the one that names
    who said them: German reports a speaker's points in the subjunctive for several sentences
    after one attribution, then quotes them ("…, kritisierte Lucke weiter." ¶ "Ein Gespräch sei
    nicht sinnvoll. «Wenn der AStA …»"), or after a sentence whose subject they are ("Verteidiger
    Lukas Stauffacher plädierte auf …. Sein Mandant sei «kein kaltblütiger Betrüger»"). Where the
    speaker is named in the paragraph before, it is named at 0 (a pronoun there stands for
    someone named before this paragraph)."""
    here = split_sentences(before.strip()[-600:]) if before.strip() else []
    inside = bool(here) and not before.rstrip().endswith((".", "!", "?", ":"))
    if inside:
        # the quote inside a sentence: one of reported speech, its subjunctive before the quote,
        # with no other quote or speaker of its own before it, or nobody's
        # ("Sein Mandant sei «…»"; not "Sie sprechen von einer «…», die schmerzhaft sei")
        lead = here.pop()
        if not quotes_de.in_subjunctive(lead) or any(mark in lead for mark in _QUOTE_MARKS) or (
            _VERB_RE.search(lead, timeout=timeout_for(lead))
        ):
            return None, None, None, None
    earlier = split_sentences(lead_in.strip()[-600:]) if lead_in.strip() else []
    chain = [(s, False) for s in earlier] + [(s, True) for s in here]
    for steps, (sentence, in_here) in enumerate(reversed(chain)):
        if steps >= _REPORTED_CHAIN:
            break
        if any(mark in sentence for mark in _QUOTE_MARKS):
            # a few words quoted inside it are no quote of its own ("Krämer kündigte eine „zügige
            # und klare“ Entscheidung an."): read it without them; a longer quote ends the chain
            spans = [
                m for m in _QUOTED.finditer(sentence, timeout=timeout_for(sentence)) if _words(m.group(0)) >= _MIN_WORDS
            ]
            if spans:
                if steps or inside:
                    # a quote and its attribution before the reported speech ("„…“, sagt Leitgeb." ¶
                    # "Es brauche einen Notzugang. „…“"): that speaker's points go on
                    quoted = spans[-1]
                    speaker, desc, verb, where = attribution(sentence[: quoted.start()], sentence[quoted.end() :])
                    if speaker is not None and verb is not None:
                        return speaker, desc, verb, (before.rfind(sentence) + quoted.start()) if in_here else 0
                break
            sentence = mask_quoted(sentence)
        speaker, desc, verb, where = _reporting(sentence, attribution, names_in)
        reported = quotes_de.in_subjunctive(sentence)
        # (its main clause in the indicative, a subjunctive only after a comma: "Kestel verwies auf
        # die Einnahmen, mit denen die Stadt die Schule habe sanieren wollen.")
        main_reported = reported and quotes_de.in_subjunctive(sentence.split(",", 1)[0])
        if speaker is None and (steps or inside) and names_in is not None and not main_reported:
            # (the sentence before the reported speech, whose subject, a person named at its start, spoke)
            named = names_in(sentence)
            pronoun = _PRONOUN_SUBJECT.match(sentence, timeout=timeout_for(sentence))
            if named and named[0][0] <= _SUBJECT_REACH and not pronoun:
                speaker, desc, verb, where = named[0][1], None, None, named[0][0]
            elif not named and (role := quotes_de.role_subject(sentence)) is not None:
                # or a role ("Die Stadträtin wies das zurück. Die Baukosten seien „…“"), resolved later
                speaker, desc, verb, where = role[0], None, None, role[1]
        if speaker is not None and where is not None:
            return speaker, desc, verb, (before.rfind(sentence) + where) if in_here else 0
        if not reported:
            break  # (a sentence of the writer's own: the reported speech ended)
    return None, None, None, None


#: How far into a sentence its subject's name may start ("Verteidiger Lukas Stauffacher plädierte").
_SUBJECT_REACH = 30


#: The German sentence right before a quote, its subject "er" or "sie" (after its verb where a
#: phrase opens it: "Seitdem schließt er um 23 Uhr.", "Er will den Stadel wieder aufbauen.").
_PRONOUN_DID = regex.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?P<pronoun>Er|Sie)\s+\p{Ll}|\p{Lu}[^.!?,;:“”„\"»«]{0,40}?\s\p{Ll}+\s+(?P<pronoun>er|sie)\b)"
    r"[^.!?“”„\"»«]*[.!?]\s*$"
)
#: The German sentence a quote stands in, up to its opening mark, opening with "er" or "sie" and a
#: verb in the first subjunctive ("Sie wolle »…", "Er habe damals „…"; not "Sie wollte", "Er wurde":
#: the past's "-te", nor the plural's "-en").
_PRONOUN_REPORTS = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<pronoun>Er|Sie)\s+(?:{quotes_de.SUBJUNCTIVE_IN_E}|sei)\s[^.!?“”„\"»«:]*$"
)
#: The sentence right before a quote, its subject a pronoun and its verb one of speech: "She added
#: that …", "He also said the …".
_PRONOUN_SAID = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<pronoun>He|She)\s+(?:\p{{Ll}}+ly\s+|also\s+|later\s+)?(?:{_VERB})\b[^.!?“”\"]*[.!?]\s*$"
)


#: A picture's credit: whoever took it speaks in no article ("(AP Photo/David Zalubowski)",
#: "Photo: Adil Boukind", "Credit: Michael Levin", "J. Scott Applewhite / AP file", "Foto: Anna Berger").
_CREDIT = regex.compile(
    r"\((?:AP|AFP|Reuters|EPA)?\s*(?:Photo|Foto|Image|Bild)[^)/:]{0,20}[/:][^)]{1,80}\)"
    r"|(?<![\p{L}])(?:Photo|Foto|Image|Bild|Picture)s?(?:\s+[Cc]redit)?(?::|\s+by)\s*\p{Lu}[^.;|()]{0,60}"
    r"|(?<![\p{L}])Credit:\s*\p{Lu}[^.;|()]{0,60}"
    r"|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*/\s*"
    r"(?:AP|AFP|Reuters|Getty|EPA|dpa|Keystone|APA|picture alliance|[Ii]mago|Shutterstock)(?![\p{L}])"
)


def _without_credits(text: str) -> str:
    """``text`` with its pictures' credits blanked out (their places kept): no person a credit
    names is met as one of the article's people."""
    if "/" not in text and ":" not in text and " by " not in text:
        return text  # (most texts hold no credit: no pattern call for them)
    return _CREDIT.sub(lambda m: " " * len(m.group(0)), text, timeout=timeout_for(text))


#: A verb of speech right after a quote's closing mark, its subject (a pronoun or a name of up to
#: three words) before it or after it: “…,” she says / “…,” Lindqvist said / “…,” said Tess Lindqvist.
_SAID_RIGHT_AFTER = regex.compile(
    rf"[^\S\n]*(?:(?:he|she|they|we|I|\p{{Lu}}[\p{{L}}'’.-]*(?:[^\S\n]+\p{{Lu}}[\p{{L}}'’.-]*){{0,2}})[^\S\n]+"
    rf"(?:\p{{Ll}}+ly[^\S\n]+)?(?:{_VERB})|(?:{_VERB})[^\S\n]+\p{{Lu}})(?![\p{{L}}])"
)


def _runs_into_sentence(words: str, after: str) -> bool:
    """Whether ``words`` in quote marks, ``after`` them the rest of the text, are a part of the
    sentence going on after them, no words of their own: nothing closes them and a word in lower
    case follows (“The Salt Orchard” screens again on Monday; „Claudi“ muss …; “Become an online
    leader” sounds like a tall order), where that sentence holds no verb of speech (“The people of
    this country aren’t buying” impeachment, Trump said: spoken words, run into his sentence)."""
    if words[-1:] in ",.!?…:;-–—" or after[:1] != " " or not after[1:2].islower():
        return False
    sentence = _AFTER_SENTENCE_END.split(after, maxsplit=1, timeout=timeout_for(after))[0]
    return _VERB_RE.search(sentence, timeout=timeout_for(sentence)) is None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a quote at ``at`` stands where a sentence starts: after a full stop (or alone)."""
    before = text[:at].rstrip()
    return not before or before[-1:] in ".!?"


#: A German attribution by "so" or "laut" right after a quote: "„…“, so Brückner. „…“", "…, so die
#: Sprecherin."
_SO_LEAD = regex.compile(r"^[“”»«\"]?\s*,?\s*(?:so|laut)\s+(?:(?:der|die|das|ein|eine)\s+)?\p{Lu}")


def _only_attribution(between: str, speaker: str | None = None) -> bool:
    """Whether the text between two quotes is only the first one's attribution: one sentence
    with a verb of speech (“…,” said X, who …. “…”). The full stops of initials in it do not
    end it ("said Azari Jones, practice lead, J.D. Power.") when it names the speaker."""
    bare = between.strip(" ,”\"’")
    closes = between.rstrip()[-1:] in ".,:;"
    limit = timeout_for(between)
    spoken = (
        _VERB_RE.search(between, timeout=limit) or _SO_LEAD.match(between, timeout=limit)
        or _AFTER_READ.match(between.lstrip(" ”\"’"), timeout=limit)  # (“…,” the report found. “…”)
    )
    if len(between) > 300 or not closes or not spoken:
        # (it closes before the next span opens: "…,” Apte said. “…" or "…,” he said, “…"; a
        # sentence running on into a quote, "… with just a “slight greyness”", quotes anew)
        return False
    if len(split_sentences(bare)) <= 1:
        return True
    surname = (speaker or "").split()[-1:] or [""]
    if not surname[0] or surname[0] not in bare:
        return False
    return len(split_sentences(_INITIALS.sub("", bare, timeout=timeout_for(bare)))) <= 1


#: A full stop that ends a sentence: after three lower-case letters or more (not an initial or
#: "Mr."), before a capital.
_SENTENCE_END = regex.compile(r"\p{Ll}{3,}[.!?]\s+\p{Lu}")
#: Initials and short abbreviations with their full stops ("J.D.", "U.S.", "Inc."), left out
#: when counting the sentences of an attribution.
_INITIALS = regex.compile(r"\b(?:\p{Lu}\.){1,3}(?!\s+\p{Lu}\p{Ll}+\s+\p{Ll})|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St)\.")


#: "The portal quoted the directorate's spokesman, Gábor Tihanyi, as saying that “…”", "Reuters
#: quoted a company spokesman as saying …": who is quoted, then the words that lead to the quote.
_QUOTED_AS_SAYING = regex.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>[^“”\"«»„!?;:]{2,140}?),?\s+as\s+(?:saying|having\s+said)\b"
    r"[^“”\"«»„!?]{0,160}?[,:]?\s*$"
)
#: A name at the end of what stands before it: "lead producer Janet Albrecht".
_NAME_AT_END = regex.compile(rf"(?:^|(?<=\s)){_A_NAME.pattern}$")


def _whom_quoted(who: str) -> tuple[str, str | None, int] | None:
    """The person or body "X quoted … as saying" names, their description and where they stand in
    ``who``: a role, then the name in commas ("the directorate's spokesman, Gábor Tihanyi"); a
    role before the name ("lead producer Janet Albrecht"); a name; or someone described ("a
    company spokesman", "an unnamed official at the Energy Ministry")."""
    role, _, last = who.rpartition(", ")
    if role and _A_NAME.fullmatch(bare := without_title(last), timeout=PATTERN_TIMEOUT) and _is_persons_name(bare):
        return bare, _clean_desc(role), len(who) - len(last)
    if who.split(None, 1)[0] in ("a", "an", "the", "one", "another") and len(who.split()) > 1:
        return who, None, 0
    named = _NAME_AT_END.search(who, timeout=timeout_for(who))
    if named is not None and _is_persons_name(bare := without_title(named.group(0))):
        return bare, _clean_desc(who[: named.start()].strip()) or None, named.start()
    return None


#: A degree or a licence after a name, in commas: "Gregory Tanaka, MD, of Kaiser Permanente"; or
#: an American legislator's party and district or state: "Sen. Corinne Gadsden, D-Orangeburg,",
#: "Rep. Dale Hutchins, R-Fort Myers." (no name of theirs, no description).
_CREDENTIAL = regex.compile(
    r",[^\S\n](?:MD|M\.D\.|PhD|Ph\.D\.|DO|RN|MPH|MBBS|FRCP|FACS|FACP|DrPH|MSc|MBA|JD|Esq|CPA|DDS|DVM"
    r"|PharmD|MSN|BSN|APRN|LCSW)(?=[,\s;:]|\.\s|$)"
    rf"|,[^\S\n]{_PARTY_SEAT}"
    # (with its comma when the verb follows: "Gadsden, D-Orangeburg, said" is "Gadsden said")
    rf"(?:,(?=[^\S\n]+(?:{_VERB})\b)|(?=[,;]|\.?$))"
)


def _attribution(before: str, after: str) -> tuple[str | None, str | None, str | None, int | None]:
    """(speaker, description, verb, where the speaker stands in ``before`` or None when after).
    Degrees after a name are read without them: they are no speaker's name ("Gregory Tanaka, MD,
    PhD, of Kaiser Permanente, said" is Tanaka's)."""
    if ", " not in before and ", " not in after:
        return _read_attribution(before, after)
    cut = [m.span() for m in _CREDENTIAL.finditer(before, timeout=timeout_for(before))]
    if cut:
        kept, last = [], 0
        for start, end in cut:
            kept.append(before[last:start])
            last = end
        before = "".join(kept) + before[last:]
    after = _CREDENTIAL.sub("", after, timeout=timeout_for(after))
    speaker, desc, verb, at = _read_attribution(before, after)
    for start, end in cut if at is not None else ():
        if start <= at:
            at += end - start  # (back to where the speaker stands in the text as given)
    return speaker, desc, verb, at


#: Sites people post on, no speaker of what is posted there ("The family announced the news in a
#: post on Facebook, writing: “…”" is the family's).
_PLATFORMS = frozenset(POST_PLATFORMS)
#: A subordinate clause opening the sentence, its comma still to come: whom it names is not the
#: subject of the participle after the main clause ("If Trump actually read it, Schwartz would
#: have been surprised, telling Mayer, “…”" is Schwartz's).
_SUBORDINATE_OPENING = regex.compile(
    r"(?:^|(?<=[.!?]\s))(?:If|When|While|Although|Though|Because|As|After|Before|Since|Unless|Until|Once)\s+[^,.!?]*$"
)
#: A lead-in with the verb of speech before its subject: "Said Kulkarni:", "Added the coach:".
_VERB_FIRST_LEAD = regex.compile(
    rf"(?P<verb>Said|Says|Added|Adds|Wrote|Writes)\s+(?P<speaker>{_NAME}|{_DESCRIBED})\s*[:,]$"
)


#: A text that speaks as its issuer's: "“…,” the statement said.", "the letter read".
_SPEAKING_TEXTS = frozenset("statement letter email message post".split())
_SPEAKING_TEXT = phrase_alternation(_SPEAKING_TEXTS, any_space=False)
#: A sentence saying who issued such a text: "The port said in a statement that …", "In a
#: statement Tuesday, the health authority said …", "… her family said in a statement."; the
#: verb of speech nearest the text's noun, before or after it.
_ISSUING = regex.compile(
    rf"(?:^|(?<=[.!?,;:]\s))(?P<subject>[^.!?,;:]{{1,80}}?)\s+(?P<verb>(?:said|says|stated|added|wrote|announced|confirmed))"
    rf"\s+in\s+(?:an?|its|their|his|her)\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?P<noun>{_SPEAKING_TEXT})\b"
    rf"|(?:^|(?<=[.!?]\s))In\s+(?:an?|its|their|his|her)\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?P<noun2>{_SPEAKING_TEXT})\b"
    r"[^.;!?“”\"]{0,160}?,\s+(?P<subject2>[^.;!?“”\",]{1,80}?)\s+(?P<verb2>said|says|stated|added|wrote|announced|confirmed)\b"
)
#: Words that open no subject one may name as the speaker: pronouns, and a sentence's openers.
_NO_SUBJECT = frozenset("he she it they we i you this that there".split())


def _statements_issuers(quotes: list[Quote], sections: list[Section]) -> None:
    """A text speaking ("“…,” the statement said.") is the words of whom the sentences just before
    say issued it ("Tournament organizers said in a statement that …", "In a statement Tuesday,
    the health authority said …"): that subject, named or described as the text gives it (a
    described one is resolved by the speakers step, as any). It runs here, before that step,
    because the issuer may be described rather than named ("Tournament organizers"), and the
    speakers step's cast, which gives a named body or person the text it issued (``_issued_by``),
    holds names only; where this finds no issuing sentence, that step's reading stands."""
    for quote in quotes:
        words = (quote.speaker or "").casefold().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _SPEAKING_TEXTS:
            continue
        text = sections[quote.section].blocks[quote.block].text
        at = text.find(quote.text[:40])
        texts = [text[: max(at, 0)]]
        if quote.block:
            texts.append(sections[quote.section].blocks[quote.block - 1].text)
        for before in texts:
            masked = mask_quoted(before)
            issuing = [m for m in _ISSUING.finditer(masked, overlapped=True, timeout=timeout_for(masked))
                       if (m.group("noun") or m.group("noun2")) == words[1]]
            if not issuing:
                continue
            last = issuing[-1]
            end = last.end("verb") if last.group("verb") else last.end("verb2")
            speaker, desc, _, _ = _read_attribution(masked[:end], "")
            subject = (last.group("subject") or last.group("subject2")).strip()
            if speaker is None and len(subject.split()) <= 4 and subject.split()[0].casefold() not in _NO_SUBJECT:
                # ("her family said in a statement", "Tournament organizers said in a statement"):
                # the subject as the text gives it
                speaker = subject[:1].lower() + subject[1:] if subject.split()[0] in ("The", "Her", "His") else subject
            if speaker and speaker.casefold() not in _NO_SUBJECT:
                quote.speaker_description = quote.speaker_description or desc or words[1]
                quote.speaker = speaker
            break


#: Verbs that say what someone called a thing ("a move the union called “…”").
_CALLING = frozenset("called calls described describes termed terms dubbed".split()) | {"described as", "describes as"}
#: A thing, then who called it so, in a clause without "that": "a pay offer their union", "a plan residents".
_CONTACT_CLAUSE = regex.compile(
    r"(?:^|(?<=\s))(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}?"
    r"(?:(?P<article>the|their|its|his|her)\s+(?P<noun>\p{Ll}[\p{L}-]*)|(?P<noun>\p{Ll}[\p{L}-]*s))$"
)


def _read_attribution(before: str, after: str) -> tuple[str | None, str | None, str | None, int | None]:
    """``_attribution`` of a text with no degrees after names."""
    sentences = split_sentences(before[-400:])
    clause = sentences[-1] if sentences and not before[-400:].rstrip().endswith((".", "!", "?")) else ""
    if clause and (first := _VERB_FIRST_LEAD.match(clause.strip(), timeout=timeout_for(clause))):
        # the verb before its subject, leading into the quote: "Said Kulkarni: “…”", "Added the
        # coach: “…”"
        speaker = _clean_speaker(first.group("speaker"))
        if speaker:
            at = len(before) - len(clause.lstrip()) + first.start("speaker")
            return speaker, None, first.group("verb").lower(), at
    sentence = clause
    if clause and not _SPEECH_WORD.search(clause, timeout=timeout_for(clause)):
        clause = ""  # no verb of speech, participle or "according to": no attribution before the quote
    if clause and "quot" in clause and (quoted := _QUOTED_AS_SAYING.search(clause, timeout=timeout_for(clause))):
        # whom a paper or an agency quotes speaks, not the paper: "The paper quoted X as saying “…”"
        whom = _whom_quoted(quoted.group("who").strip())
        if whom is not None:
            speaker, desc, at = whom
            return speaker, desc, "quoted as saying", len(before) - len(clause) + quoted.start("who") + at
    # The first attribution that names someone wins: in "That said, the DEA says that …" the
    # speaker is the DEA, not the sentence opener "That"; in "Omar Lamrani, an analyst at Stratfor,
    # the Texas-based firm, told …" it is Lamrani, not Stratfor.
    # A later one wins only where its own verb of speech stands after the first one's verb:
    # "“…,” she said, while Hassan Abdi, who was behind her, said the county should “…”" is Abdi's.
    chosen: tuple[str, str | None, str, int] | None = None
    chosen_end = 0
    for match in _BEFORE.finditer(clause, overlapped=True, timeout=timeout_for(clause)):
        if chosen is not None and (match.start() < chosen_end or not match.group("verb")):
            continue  # (a participle goes with the first subject: "He urged Mr. Trump to …, saying “…”")
        if match.group("bare") and not match.group("who") and not clause[: match.start()].rstrip().endswith(","):
            continue  # a comma alone after the speaker closes an apposition: "the director, Inger Solbakken, said"
        group = next(g for g in _BEFORE_SPEAKERS if match.group(g))
        if group == "speaker3" and (
            _VERB_THEN_PARTICIPLE.search(clause, match.end(group), match.start("verb3"), timeout=timeout_for(clause))
            or match.group(group).split()[0].casefold() in _NOT_A_SUBJECTS_START
            or match.group(group).casefold() in _PLATFORMS
            or clause[match.end(group) :].split(None, 1)[0].casefold() in _ROLE_OR_PERSON_NOUNS
            or _role_then_given_name(clause, match.end(group))
            or _SUBORDINATE_OPENING.search(clause, 0, match.start(group), timeout=timeout_for(clause))
        ):
            # a verb of speech right before the participle has a subject of its own ("Areas in
            # Jahra, Farwaniya …, the ministry said, adding that …"); "On Wednesday morning, …"
            # names nobody; a body before its officer's role is the officer's ("Msaka Beach Village
            # Committee chairperson Alfred Kalua said …, describing", "Rangers tactician Juma Kariuki
            # made the remark …, telling")
            continue
        speaker = _OWNERS_PRONOUN[match.group(group)] if group == "speaker7" else _clean_speaker(match.group(group))
        if speaker and " and " in speaker and joins_a_person(speaker.split()):
            continue  # a body and a person, "The Ministry of Health and Jane Roe said": the person's own match
        desc = _clean_desc(match.group("desc"))
        if group == "speaker" and (which := match.group("which")):
            # (the clause saying which one is what they are too: "A woman who lives on the street,
            # and who did not want to be named, said")
            desc = f"{which}, {desc}" if desc else which
        if speaker and group == "speaker" and (office := match.group("of")) and len(words := office.split()) >= 3 and (
            is_first_name(words[-2])
        ):
            # "Dean of Students Patricia Gorski said", "Secretary of State Jane Roe said": an office, then the name
            speaker, desc = " ".join(words[-2:]), f"{match.group(group)} {' '.join(words[:-2])}"
        if speaker and group == "speaker" and (" for " in clause or " of " in clause) and (
            held := _office_then_holder(clause[: match.end(group)])
        ) and speaker.endswith(held[0]):
            # "Labour MP for Leeds Central Niamh Kiely said", "Minister for Health Sarah Thompson
            # said": the office and what it is for, then its holder
            speaker, desc = held[0], desc or held[1]
        apposed = match.group("desc")
        if speaker and apposed and group == "speaker" and _PLACE_BEFORE_NAME.search(
            clause, 0, match.start("desc"), timeout=timeout_for(clause)
        ) and _A_NAME.fullmatch(apposed.strip(), timeout=PATTERN_TIMEOUT) and _is_persons_name(apposed.strip()):
            # "Speaking from his home in Khan Younis, Mahmoud Abu Taha, a former taxi driver, said:": a
            # place a preposition governs is no subject; the name after it in commas is (its own match)
            continue
        if speaker and apposed and _OFFICE_OBJECT.search(clause[: match.start()], timeout=PATTERN_TIMEOUT) and (
            _A_NAME.fullmatch(apposed.strip(), timeout=PATTERN_TIMEOUT) and _is_persons_name(apposed.strip())
        ):
            # "the Minister for Health, Stephen Donnelly, said", "director of operations for Waitaha
            # Canterbury, Paul Ratima, said": what the office is of, then its holder's name
            office = clause[: match.end(group)].rsplit(",", 1)[-1] if "," in clause[: match.start()] else (
                clause[: match.end(group)]
            )
            speaker, desc = apposed.strip(), _clean_desc(office.strip())
        elif speaker and apposed and group == "speaker" and (
            _closes_no_name(last := speaker.split()[-1]) or last.casefold() in PERSON_NOUNS or last.islower()
            or not _is_persons_name(speaker)
        ) and _A_NAME.fullmatch(
            bare := without_title(
                named := _ROLE_BEFORE_NAME.sub("", apposed.strip().split(" of ", 1)[0], timeout=PATTERN_TIMEOUT)
            ),
            timeout=PATTERN_TIMEOUT,
        ) and _is_persons_name(bare):
            # "The Mukono District Police Commander, Mr Patrick Ojok, said": an office in capitals,
            # then its holder's name in commas; "One Suffolk operator, Gareth Lomax of Lomax
            # Container Services, posted": what they are, then the name and whose they are; "One of
            # his former students, the trumpeter Lerato Sithole, posted": a role before the name
            speaker, desc = named, speaker
        elif speaker and apposed and group == "speaker" and speaker.split()[-1].islower() and (
            _FIRM_NAME.fullmatch(apposed.strip(), timeout=PATTERN_TIMEOUT)
            # (or a name a body's word makes one, after a body's noun the article or an owner makes
            # definite: "the group's agency, Bluefield Entertainment, said"; not "One operator, …")
            or (
                speaker.split()[0].casefold() in ("the", "its", "their")
                and _A_NAME.fullmatch(apposed.strip(), timeout=PATTERN_TIMEOUT)
                and any(quotes_de.names_body(w) for w in apposed.split())
            )
        ):
            # "The contractor, Rift Basin Engineering Ltd., said": what the firm is, then its name
            speaker, desc = apposed.strip(), speaker
        if speaker and (match.group("verb") or "").casefold() in _CALLING and (
            inner := _CONTACT_CLAUSE.search(speaker, timeout=PATTERN_TIMEOUT)
        ):
            # "a pay offer their union described as “…”", "a move the union called “…”": what was
            # called so, then who called it
            speaker = f"the {inner.group('noun')}" if inner.group("article") else inner.group("noun")
        if speaker:
            verb = match.group("verb") or match.group("verb3") or match.group("verb8") or "according to"
            chosen = speaker, desc, verb, len(before) - len(clause) + match.start()
            said = next((v for v in ("verb", "verb3", "verb8") if match.group(v)), None)
            chosen_end = match.end(said) if said else match.end(group)
            if not _SPEECH_WORD.search(clause, chosen_end, timeout=timeout_for(clause)):
                break  # (no verb of speech after it: no later attribution to look for)
    if chosen is not None:
        return chosen
    if clause and (both := _COORDINATED.search(clause, timeout=timeout_for(clause))):
        # "Pastor Eli Donaldson read aloud a passage and called it “…”": the subject of both verbs
        speaker, desc = _clean_speaker(both.group("speaker")), _clean_desc(both.group("desc"))
        if desc and _A_NAME.fullmatch(desc, timeout=timeout_for(desc)) and _is_persons_name(desc):
            speaker, desc = desc, speaker  # ("the National President of …, Mrs Funmilayo Adeyinka,")
        if speaker:
            return speaker, desc, both.group("verb"), len(before) - len(clause) + both.start()
    if clause and (someone := _SOMEONE_COLON.search(clause, timeout=timeout_for(clause))) and _a_persons_noun_en(
        someone.group("noun")
    ):
        # "One user in the thread, whose profile listed …, wrote: “…”": someone the article never names
        desc, at = someone.group("desc"), len(before) - len(clause) + someone.start("desc")
        return desc[:1].lower() + desc[1:], None, someone.group("verb"), at
    if not clause and (line := _NAME_COLON.match(before, timeout=timeout_for(before))):
        # "- Helen Abernathy, a retired nurse: “…”": a line that opens with a person's name and
        # what they are, then a colon
        name = line.group("speaker")
        if _is_persons_name(name) and len(name.split()) > 1:
            return name, _clean_desc(line.group("desc")), None, line.start("speaker")
    tail = after[:300]
    if (after_quote := _attribution_after(tail)) is not None:
        return after_quote
    # a named one's text as the speaker, before the quote or after it: "Roe’s statement said: “…”",
    # "“…,” Acme’s filing reads": whose the text is
    if (whose := _WHOSE_TEXT_AFTER.match(tail, timeout=timeout_for(tail))) is not None or (
        clause and (whose := _WHOSE_TEXT_BEFORE.search(clause, timeout=timeout_for(clause))) is not None
    ):
        speaker = _clean_speaker(whose.group("speaker"))
        if speaker:
            at = None if whose.re is _WHOSE_TEXT_AFTER else len(before) - len(clause) + whose.start("speaker")
            return speaker, whose.group("text"), whose.group("verb"), at
    if sentence and (document := _DOCUMENT_SAYS.search(sentence, timeout=timeout_for(sentence))) and (
        name := document.group("issuer") or document.group("owner")
    ):
        # a document the sentence opens with, whose issuer or owner it names, then what it found or
        # said: "A 2019 report by the Scottish Land Commission, …, found that …", "Ofsted’s own
        # survey of secondary heads, published in the autumn, found that “…”": the issuer's words
        # (a document alone, "The audit, released in March, said", is left to the attributions
        # above: measured, reading it as the speaker cost a blind quote)
        which = "issuer" if document.group("issuer") else "owner"
        return _clean_speaker(name), None, document.group("verb"), len(before) - len(sentence) + document.start(which)
    return None, None, None, None


def _attribution_after(tail: str, closing: bool = False) -> tuple[str, str | None, str | None, None] | None:
    """The attribution right after a quote (``tail``, the text after it): (speaker, description,
    verb, None), or None; with ``closing``, only one that closes its sentence."""
    if (group := _GROUP_WHERE_AFTER.match(tail, timeout=timeout_for(tail))) is not None and not (
        closing and not _CLOSES_SENTENCE.match(tail, group.end(), timeout=timeout_for(tail))
    ):
        # people in the plural and where they are: "“…,” residents of Lelkwet village told The Standard"
        return group.group("speaker"), None, group.group("verb"), None
    for pattern in (
        _AFTER_VERB_FIRST, _AFTER_SPEAKER_FIRST, _AFTER_SPEAKER_LONG_DESC, _AFTER_ROLE_THEN_NAME,
        _AFTER_PHRASE_VERB_FIRST, _AFTER_ACCORDING, _AFTER_DASH,
    ):
        match = pattern.match(tail, timeout=timeout_for(tail))
        if match and _SENTENCE_END.search(tail, 0, match.start("speaker") + 1, timeout=timeout_for(tail)):
            match = None  # the words before the speaker end a sentence: "… reputation. Eventually recalled"
        if match and closing and not _CLOSES_SENTENCE.match(tail, match.end(), timeout=timeout_for(tail)):
            match = None  # (the attribution must close the sentence the quote stands in)
        speaker = _clean_speaker(match.group("speaker")) if match else None
        if match and speaker and pattern is _AFTER_VERB_FIRST and _ends_in_office(match.group("speaker")) and (
            titled := _NAME_AFTER_OFFICE.match(tail, match.end("speaker"), timeout=timeout_for(tail))
        ):
            # "said State Sen. Jane Roe", "said Fire Capt. Vince Taitano", "said Kauai Emergency
            # Management Agency Administrator Mahealani Ching": the office (its short title's full
            # stop cut the name), then who holds it
            office = f"{match.group('speaker')}{'.' if tail.startswith('.', match.end('speaker')) else ''}"
            return titled.group("name"), office, match.group("verb"), None
        if match and speaker and pattern is _AFTER_VERB_FIRST and _ends_in_office(match.group("speaker")) and (
            domain := _OFFICE_OF_THEN_NAME.match(tail, match.end("speaker"), timeout=timeout_for(tail))
        ) and (holder := _holder_at_end(domain.group("run"))):
            # "said Minister of State for National Development Ong Wei Ming", "said Minister for
            # Health Sarah Thompson": the office and what it is for, then who holds it
            office = f"{match.group('speaker')} {domain.group('run')[: holder[0]].strip()}"
            return holder[1], office, match.group("verb"), None
        if match and speaker and pattern is _AFTER_VERB_FIRST:
            # (a firm's legal form keeps its full stop: "said Acme Inc. spokeswoman Jane Smith")
            end = match.end("speaker")
            end += tail.startswith(".", end) and speaker.split()[-1].casefold() in FIRM_SUFFIXES
            role = _ROLE_THEN_NAME.match(tail, end, timeout=timeout_for(tail))
            if role and (
                # (a role shared, "co-founder", "co-chair", is the role's)
                (last := role.group("role").split()[-1]).removeprefix("co-") in _ROLE_NOUNS
                or last.rstrip(".") in _TITLES_SET
                or (is_first_name(role.group("speaker").split()[0])
                    and not any(w in _FUNCTION_WORDS for w in role.group("role").split()))
            ):
                # "said Acme spokeswoman Jane Smith", "said Met Office meteorologist Claire
                # Dunstable": the body and the role describe the name after them
                body = f"{speaker}." if end > match.end("speaker") else speaker
                return role.group("speaker"), f"{body} {role.group('role').strip()}", match.group("verb"), None
        if match and speaker:
            desc = _clean_desc(match.group("desc"))
            # (a title with its full stop before the name: "said the spokesman, Eng. Fahad Al-Otaibi")
            bare = _TITLE_ABBREVIATION.sub("", desc, timeout=timeout_for(desc)) if desc else desc
            named = bare and _A_NAME.fullmatch(bare, timeout=timeout_for(bare)) and _is_persons_name(bare)
            governed = tail[: match.start("speaker")].split()[-1:] in (["in"], ["for"], ["of"], ["at"], ["from"])
            if named and governed and pattern is _AFTER_SPEAKER_FIRST:
                # the words before the speaker are a role whose place or body it is, the name in commas
                # after it the holder: "…,” IOM’s chief of mission in Papua New Guinea, Niklas Brandt, said"
                return bare, tail[: match.end("speaker")].strip(" ,"), match.group("verb"), None
            if named and (
                speaker.split()[0].casefold() in ("a", "an", "the", "his", "her", "their") or speaker.islower()
            ):
                # "declared a later chancellor, Bernhard von Bülow": the name, then what they are (or
                # a role by whose it is: "Gerard Castellan's lawyer, Helene Barraud, told reporters")
                speaker, desc = bare, speaker
            return speaker, desc, match.group("verb"), None
    return None


def _attribution_closing(tail: str) -> tuple[str, str | None, str | None, None] | None:
    """The attribution that closes the sentence a quote stands in, after the rest of that sentence
    (``tail``, the text after the quote), or None; only a name, never a pronoun or a role noun."""
    bridge = _CLAUSE_THEN_COMMA.match(tail, timeout=timeout_for(tail))
    if bridge is None:
        return None
    found = _attribution_after(tail[bridge.end() :], closing=True)
    # (a person or a body by name: a role noun there, "the official said", may stand for someone
    # the sentences before describe, whom this reading would pass over)
    return found if found is not None and _A_NAME.fullmatch(found[0], timeout=PATTERN_TIMEOUT) else None


#: The rest of a quote's sentence after a partial quote, up to a comma: no sentence's end, no
#: quote mark, no verb of speech of its own (its attribution follows the comma).
_CLAUSE_THEN_COMMA = regex.compile(
    rf"^(?:(?!\b(?:{_VERB})\b)[^“”\"«»„.!?;:\n]){{3,160}}?,\s*(?=\S)"
)
#: What may close an attribution at its sentence's end: a time or a place, then the full stop.
_CLOSES_SENTENCE = regex.compile(r"(?:\s+(?:on|in|at|last|this|yesterday|today)\b[^.!?“”\"]{0,40})?\s*(?:[.!?]|$)")


#: A named one's text, then a verb of speech: "Roe’s statement said", "Acme’s filing reads".
_WHOSE_TEXT = (
    rf"(?P<speaker>{_NAME})['’]s\s+(?P<text>{_ISSUED}|post|message|caption|tweet|email|note)"
    r"\s+(?P<verb>said|says|read|reads|stated|states|added|noted)"
)
_WHOSE_TEXT_AFTER = regex.compile(rf"^\s*,?\s*{_WHOSE_TEXT}\b")
_WHOSE_TEXT_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:[Tt]he\s+)?{_WHOSE_TEXT}\s*[:,]?\s*$")


#: What a document may be, speaking as its issuer's words: a report, a survey, an audit …
_FINDING_DOCUMENT = phrase_alternation(
    sorted(DOCUMENT_NOUNS - {"statement", "letter", "release", "memo"} | {"inquiry", "inspection", "evaluation"}),
    any_space=False,
)
#: A document opening a sentence (perhaps after a phrase in a comma), perhaps its owner or issuer
#: named, a few words on what it is or when it came out, then what it found or said, and the
#: clause the quote stands in.
_DOCUMENT_SAYS = regex.compile(
    r"^(?:[^,“”\"«»„]{1,40},\s+)?"
    rf"(?:(?P<owner>{_NAME})['’]s\s+(?:own\s+)?|(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)"
    rf"(?:[\p{{L}}\d'’-]+\s+){{0,4}}?(?P<noun>{_FINDING_DOCUMENT})"
    rf"(?:\s+(?:by|from)\s+(?:the\s+)?(?P<issuer>{_NAME}))?"
    rf"(?:\s+(?!(?:{_VERB}|found|finds)\b)[\p{{L}}\d'’-]+){{0,6}}?(?:,[^,“”\"«»„]{{1,100}},)?"
    # (not where a thing was found: "The report found in the archive was …")
    rf"\s+(?:also\s+)?(?P<verb>(?:found|finds)(?!\s+(?:in|on|at|with|by|under|inside|near|among)\b)|{_VERB})\b"
    r"[^“”\"«»„!?]{0,160}$"
)
#: A place after its preposition, then a comma: where, not who ("in Khan Younis, Mahmoud Abu Taha, … said").
_PLACE_BEFORE_NAME = regex.compile(
    r"(?<![\p{L}])(?:[Ii]n|[Ff]rom|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Aa]round)\s+(?:the\s+)?"
    r"(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s*$"
)
#: A preposition or "and" right before a speaker found before a quote: what an office is of or
#: for ("the Minister for Health, …", "… Enterprise, Trade and Employment, …").
_OFFICE_OBJECT = regex.compile(r"(?<![\p{L}])(?:of|for|and|&)\s+(?:the\s+)?$", regex.IGNORECASE)
#: A short title and its full stop opening a name ("Eng. Fahad Al-Otaibi", "Capt. Ana Reyes").
_TITLE_ABBREVIATION = regex.compile(rf"^{_SHORT_TITLE}\s+(?=\p{{Lu}})")
#: Someone unnamed opening a sentence that leads into a quote with a verb of speech and a colon:
#: "One user in the thread, whose profile listed …, wrote:", "A man in the crowd shouted:".
_SOMEONE_COLON = regex.compile(
    r"^(?:(?:But|And|Yet|Meanwhile),?\s+)?(?P<desc>(?:A|An|One|Another)\s+(?:[\p{Ll}\d'’-]+\s+){0,3}?"
    r"(?P<noun>\p{Ll}[\p{Ll}-]+)(?:\s+(?:in|at|from|on|outside)\s+[^,:;“”\"]{1,60}?)?)"
    r"(?:,\s+(?:who|whose|an?)\s[^:;“”\"]{1,160},)?\s+(?:(?:\p{Ll}+ly|also|then|later|once)\s+){0,2}"
    rf"(?P<verb>{_VERB})\s*:\s*$"
)


def _a_persons_noun_en(noun: str) -> bool:
    """Whether an English noun names a person: one the lists know, or an agent noun in "-er",
    "-or", "-ist", "-ant", "-ent" that names no text ("user", "viewer"; not "letter")."""
    if noun in UNNAMED_PERSON_NOUNS:
        return True
    return len(noun) >= 4 and noun.endswith(("er", "or", "ist", "ant", "ent")) and noun not in DOCUMENT_NOUNS and (
        noun not in _NOT_AGENTS
    )


#: Nouns in an agent's ending that name things: what a text or a thing is, not who.
_NOT_AGENTS = frozenset("letter paper poster flyer banner sticker number chapter order".split())

#: A line that is a name, perhaps a description, and a colon (the list items of a roster of speakers).
_NAME_COLON = regex.compile(rf"^\s*(?:[-•*–]\s+)?(?P<speaker>{_NAME})(?:,\s*(?P<desc>[^:“”\"\n]{{2,120}}))?:\s*$")


def _clean_speaker(name: str) -> str | None:
    """The speaker's name as printed, less a title in the middle ("InfoNation President Dan
    McDowell" → "Dan McDowell"); None for a sentence opener taken for a name ("That said")."""
    words = name.strip().split()
    if len(words) > 1 and words[0] in ("The", "A", "An", "Another") and not words[1][:1].isupper():
        return " ".join([words[0].lower(), *words[1:]])  # "The company said": described, resolved later
    if len(words) > 1 and words[0] in ("The", "A", "An", "As"):
        words = words[1:]  # "The HSB says": the body, not the article; "As Paco Calvo puts it"
    if len(words) > 1 and words[0] in ("But", "And", "Yet", "So") and words[1][:1].isupper():
        words = words[1:]  # "But Odhiambo said …": a conjunction opening the sentence
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and words[0][:1].isupper():
        words = words[1:]  # "Vermont's Bongard": the place he works at, then the person
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]  # "in Cairo’s words": Cairo
    if len(words) > 1 and words[-1].casefold() in DOCUMENT_NOUNS and words[-1][:1].islower() and all(
        w[:1].isupper() for w in words[:-1]
    ):
        # "The IPCC report states:": the body that issued it (a name's own capitalised word stays:
        # "The U.S. Geological Survey said")
        words = words[:-1]
    if len(words) == 1 and words[0].casefold() in _ENGLISH_NOT_NAME_STARTS and words[0].casefold() not in _PRONOUNS:
        return None
    if len(words) == 1 and words[0].casefold().rstrip(".") in CALENDAR_WORDS:
        return None  # "in May, Zippy Duvall, …, said": a date, not a speaker (April Ryan is one)
    if len(words) == 1 and words[0].endswith("s") and words[0][:-1].casefold() in NATIONALITY_NOUNS:
        return None  # "70 percent of Americans said …": a people, not a speaker
    for k in range(1, len(words) - 1):
        if words[k].rstrip(".") in _TITLES_SET and words[k][0].isupper():
            if k == 1 and words[0] in ("the", "a", "an"):
                return " ".join(words)  # "the Chief Executive said": an office of two words, resolved later
            if k + 2 < len(words) and _listed_role(words[k + 1]):
                return " ".join(words)  # "Acme Chief Executive Jane Roe": a role of two words, moved out later
            return " ".join(words[k + 1 :])
        if words[k].isupper() and words[k].casefold() in _ROLE_NOUNS and len(words) - k > 2:
            # "Roe Holdings CEO Jane Roe": the company's officer, then the name (the role moved out later)
            return " ".join(words)
    return " ".join(words)


def _clean_desc(desc: str | None) -> str | None:
    if not desc:
        return None
    return desc.strip().rstrip(",.")


#: A sentence's end inside a quoted span, a title's abbreviation aside ("Mr. Smith Goes To Washington").
_SENTENCE_INSIDE = regex.compile(rf"(?<![\p{{L}}])(?!(?:{_TITLE}|St|Jr|vs)\.)\p{{L}}*\p{{Ll}}[.!?]\s+\p{{Lu}}")


#: Nouns of works and labels whose title or wording follows them in quote marks ("the show “…”",
#: "the slogan “…”"); German ones also end compounds ("das Zunftspiel „…“", "die Youtube-Serie
#: „…“", "sein Lieblingsstück „…“").
_WORK_NOUNS = frozenset(
    "show series film movie documentary book novel memoir album song single track play ballet opera "
    "musical podcast campaign slogan slogans motto sign signs banner banners placard placards hashtag "
    "exhibition festival programme program column poem painting".split()
)
_GERMAN_WORK_NOUN_ENDINGS = (
    "sendung", "buch", "büchlein", "film", "serie", "lied", "song", "album", "stück", "spiel", "motto",
    "slogan", "slogans", "spruch", "sprüche", "titel", "kampagne", "podcast", "ausstellung", "festival",
    "kolumne", "roman", "oper", "musical", "hashtag", "schriftzug", "aufschrift", "plakat", "banner",
    "komitee", "bündnis", "reihe",
)


def _after_work_noun(lead: str) -> bool:
    """Whether the words right before a quote mark (``lead``, its last characters) are a noun of a
    work or a label, perhaps with "wie" or "like" after it ("Slogans wie „…“"): what follows, when
    it opens with a capital, is a title or a wording, no one's spoken words (not "saying the show
    “simply could not find its audience”")."""
    words = lead.split() if lead[-1:].isspace() else []
    if len(words) > 1 and words[-1] in ("wie", "like"):
        words = words[:-1]
    if not words:
        return False
    last = words[-1].casefold()
    return last in _WORK_NOUNS or (words[-1][:1].isupper() and last.endswith(_GERMAN_WORK_NOUN_ENDINGS))


def _is_title_of_work(inner: str) -> bool:
    """ "The Rise of Public Benefit Corporations": every main word capitalised, no sentence (not
    asked of German, which capitalises every noun: „Als Brutstätte des Terrors“ is words spoken)."""
    inner = inner.rstrip(",")
    if inner[-1:] in ".!?;:…" or inner[:1].islower():
        return False  # (a title opens with a capital: "ein Zentrum des Organizing" is a phrase)
    if _SENTENCE_INSIDE.search(inner, timeout=timeout_for(inner)):
        return False  # sentences: "Tried 14 times. Paid twice. Still no booking. Classic,"
    words = [w for w in inner.split() if w.isalpha() and len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)
