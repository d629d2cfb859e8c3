"""Bylines: "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "Von Max Mustermann"."""

from __future__ import annotations

import functools

import regex

from ..model import Block
from ..patterns import PATTERN_TIMEOUT, has_digit, phrase_alternation, timeout_for
from ..patterns.dates import CALENDAR_WORDS, MONTHS, WEEKDAYS
from ..patterns.names import is_acronym, is_first_name, is_given_name
from ..patterns.people import AUTHOR_LABELS
from ..patterns.speech import GERMAN_NEWSPAPER_ENDINGS, GERMAN_ORGANISATION_ENDINGS, TOWN_PREFIXES
from ..sentences import normalise
from .dateline import NEWS_AGENCIES, find_dateline
from .quotes_de import is_role

#: "Ein Artikel von …", "Eine Reportage von …": a piece of writing, then its author.
#: (or the piece's kind alone: "Gastbeitrag von …", "Gastkommentar von …")
_PIECE = (
    r"(?:(?:ein(?:e)?|der|die|das)\s+)?(?:artikel|beitrag|gastbeitrag|gastkommentar|bericht|kommentar|reportage|interview|analyse|"
    r"essay|text|kolumne|glosse|rezension|kritik|besprechung|nachruf|leitartikel|porträt|feature|recherche|"
    # (a live report's writers: "Live-Ticker von …", "Liveblog von …", "Mit Beiträgen von …")
    r"live-?ticker|liveblog|newsblog|mit\s+beiträgen|"
    # (a piece of another kind: "Ein Zwischenruf von …", "Ein Faktencheck von …", "Ein Impuls von …")
    r"zwischenruf|story|faktencheck|newsletter|impuls|andacht|einordnung|"
    # (or a review, a report or a comment by its subject: "Plattenkritik von …", "Buchrezension von …",
    # not a picture's: "Fotoreportage von …")
    r"(?!foto|bild|video|audio)\p{L}{3,}(?:kritik|rezension|besprechung|kommentar|kolumne|reportage|bericht))"
)
#: A desk's role in the press, one writer's or several: "reporter", "correspondents".
_DESK_ROLE = r"(?:reporter|correspondent|editor|writer|columnist)s?"
#: Credits that say their names wrote the piece, in both byline patterns below: "Verfasst von",
#: "Geschrieben von" (a German blog's "written by"), a travel writer's "Words and pictures by",
#: "Reportage:", "Recherche und Text:".
_WRITER_CREDITS = (
    r"(?:verfasst|geschrieben)\s+von(?:\s*:)?"
    r"|reportage\s*:|recherche\s+(?:und|&)\s+text\s*:|text\s+(?:und|&)\s+recherche\s*:"
    # ("Text and photos: Samuel Otieno", "Story and photos by Hollis Grant", "Words and pictures by
    # …": who wrote the piece took its pictures too; "Live reporting by Sam Dearden and Priya Mistry")
    r"|(?:words|text|story|reporting)\s+(?:and|&)\s+(?:photos?|pictures|photographs|images|photography)\s*(?::|by)"
    r"|live\s+reporting\s+by"
)
_BY = regex.compile(
    # (a closing credit may stand in brackets: "(Autorin: Birte Claußen)")
    # (an outlet's or a desk's name may come first, a slash after it: "ABC Rural / By Rhiannon Kerr")
    # (a review's rating may come first: "★★★★☆ Review by …")
    r"^[\s|·•–—(-]*(?:[★☆½✩✭]+\s*)?(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s+/\s+(?=by\s))?"
    r"(?:(?:an?\s+)?(?:written|posted|reported|reporting|compiled|words|text|story|opinion|analysis|commentary|review"
    # (a guest's piece: "Guest post by …", "A guest column by …")
    r"|interview|interviewed|interviews|guest\s+(?:post|column|article|blog|essay|commentary|contribution))\s+by\s*:?"
    r"|eingestellt\s+von"  # (a German blog's "posted by")
    rf"|{_WRITER_CREDITS}"
    # "Das Gespräch führte Jörg Matuschek.", "Das Interview führten …": who held the interview
    r"|(?:das\s+)?(?:gespräch|interview)\s+führten?"
    # (who asked an interview's questions, who wrote down a first-person account: "Die Fragen stellte
    # Jakob Fechtner", "Aufgezeichnet von Clara Weiss")
    r"|die\s+fragen\s+stellten?|aufgezeichnet\s+von"
    # (each a whole word: "Die Hochzeitslocation", "Porter Smith", "Vonda Shepard" credit nobody)
    # "By science reporter Yasmin Haddad-Clarke", "By political reporters Tom Crowe and …": a desk's role
    rf"|by(?!\w)\s*:?(?:\s*(?:[a-z]+\s+){{0,2}}{_DESK_ROLE}(?=\s+\p{{Lu}}))?"
    # "From Ibrahim Musa Yakasai, Kano": Nigerian papers' writer and where they file from
    r"|from(?!\w)(?=\s+(?-i:\p{Lu}))"
    r"|par(?!\w)|por(?!\w)|di(?!\w)|door(?!\w)|text\s*:"
    # "Von unserem Redakteur Peter Klein", "Ein Artikel von Anna Berger": the name after the role
    rf"|(?:{_PIECE}\s+)?von(?!\w)(?:\s*:|\s+unser(?:em|er|en)\s+\w+)?"
    r"|texte\s*:|autor(?:in|en|innen|/in|\*in|[*:_/]innen)?\s*:|authors?\s*:|contributors?\s*:|author\s+of\s+(?:the|this)\s+article\s*:|auteur\s*:"
    r"|text\s+von|текст\s*:|words\s*:|interview\s*:|reporter(?:in)?\s*:|kritik\s*:|rezension\s*:"
    r"|text\s+(?:und|&)\s+(?:fotos?|bild(?:er)?)\s*:)\s*(?P<names>.+)$",
    regex.IGNORECASE,
)
#: A newsroom role read before a byline's names ("By Special Correspondent …", "By science reporter …").
_A_DESKS_ROLE = regex.compile(rf"{_DESK_ROLE}\s*$", regex.IGNORECASE)
#: A publication glued after the names: "Jane Doe For Dailymail.com", "Jane Doe The Washington Post",
#: "Marlene Schönfelder für Dolomitenecho".
_OUTLET_AFTER = regex.compile(r"(?<=\p{L})\s+(?:for|For|FOR|für|The|THE)\s+\p{Lu}.*$")
#: Credits for others after the authors: "…, Fotos: Peter Klein", "…; photos by John Roe",
#: "…; Editing by John Roe".
#: ... of which the pictures' and the editing's.
_PICTURES_OR_EDITING = (
    r"fotos?|bild(?:er)?|photos?|photography|photographers?|pictures|illustrations?|grafik|graphics|video"
    r"|editing|edited"
)
_OTHERS_CREDITS_WORDS = (
    rf"(?:{_PICTURES_OR_EDITING}|editor\s*:|additional reporting|(?:medically\s+)?reviewed|fact[- ]checked)\b"
)
_OTHER_CREDITS = regex.compile(
    # (after a full stop too: "Written by Jane Doe. Edited by John Smith.")
    # (or just a space before an editor's credit: "Written By Faith Chebet Edited By Moses Kiprono")
    rf"(?:\s*[,;|/.•·]\s*|\s+(?=edited\s+by\b)){_OTHERS_CREDITS_WORDS}.*$",
    regex.IGNORECASE,
)
#: ... or on a line of its own after the writers' ("Text: Lisa Brand, Carla Jung<br>Illustration:
#: Simon Prades": a byline element's text keeps its line breaks, ``dom.byline_text``).
_CREDIT_ON_NEXT_LINE = regex.compile(rf"\n\s*{_OTHERS_CREDITS_WORDS}.*", regex.IGNORECASE | regex.DOTALL)


#: ... or opening a line: an element of its own beside the writers' ("Edited By <a>Moses Kiprono</a>").
_CREDIT_OPENING = regex.compile(rf"\s*{_OTHERS_CREDITS_WORDS}", regex.IGNORECASE)


def credits_another(text: str) -> bool:
    """Whether a line opens by crediting someone other than the writer: "Edited by …", "Photos: …"."""
    return _CREDIT_OPENING.match(text, timeout=timeout_for(text)) is not None


#: ... or closing the words before a name: "Edited by", "Editing by:", "Photos:" (not "Reviewed by":
#: a critic's review is theirs).
_CREDIT_CLOSING = regex.compile(
    rf"(?:^|[|·•,;]\s*|\s)(?:{_PICTURES_OR_EDITING}|photographs?)(?:\s+by)?\s*:?\s*$", regex.IGNORECASE
)


def ends_crediting_another(text: str) -> bool:
    """Whether words end by crediting the name after them with something other than the writing:
    "Edited by", "Photos:"."""
    text = " ".join(text.split())
    return _CREDIT_CLOSING.search(text, timeout=timeout_for(text)) is not None


def without_credit_lines(text: str) -> str:
    """A byline element's text less the lines after the first that credit someone else: the
    pictures, the illustration, the editing."""
    if "\n" not in text:
        return text  # (most bylines are one line)
    return _CREDIT_ON_NEXT_LINE.sub("", text, count=1, timeout=timeout_for(text))


#: The next term of a list of terms after the names: "Author: Jane Roe; Category: Health;" (a
#: ``<dl>`` read as a byline's text, ``dom.byline_text``).
_NEXT_TERM = regex.compile(r"\s*;\s*\p{L}[\p{L} ]{0,30}:.*$")
#: What a bracket after each of several writers' names says: a role, a place or a handle ("Gerd
#: Schuster (Wirtschaftsredakteur) und Jelena Marković (Korrespondentin in Brüssel)", "Lukas
#: Brenner (@lukasbrenner) und Svenja Otto (@svenjaotto)").
_BRACKETED = regex.compile(r"\s*\([^()]{1,80}\)")
#: ... but a name whose bracket says it took the pictures is no writer's ("Carla Wenger (Text) und
#: Mirjam Aeschbacher (Bilder)").
_PICTURES_BRACKET = regex.compile(
    r"\s*(?:,|;|&|\band\b|\bund\b)?\s*[^,;&()]{2,60}?\s*\((?:fotos?|bilder?|photos?|photographs|pictures|video|kamera"
    r"|illustrations?|grafik(?:en)?)\b[^()]*\)",
    regex.IGNORECASE,
)
#: A wire's credit for the writer after the reporters': "…; Writing by Tom Roe"; or for another
#: reporter in the same line: "Reporting by Lena Fischer in Munich; additional reporting by Owen Price"
#: (a line of its own, "Additional reporting: …", credits a helper, no writer).
_WRITING_BY = regex.compile(
    r"\s*;\s*(?:writing|written|(?:with\s+)?additional\s+reporting)\s+by\s+", regex.IGNORECASE
)
#: Where a wire's reporters reported from, after each name: "Ana Ruiz in Santiago and Tom Roe in Lima",
#: "Ciarán Fahy at Richmond Park".
#: (a particle in the place: "Dar es Salaam", "Port of Spain", "Rio de Janeiro")
_REPORTED_IN = regex.compile(
    r"\s+(?:in|at|aus)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:es|de|do|da|del|of|el|al|la|am|an|upon)\s+)?\p{Lu}[\p{L}.'’-]*)*"
    r"(?=\s*(?:,|;|\band\b|$))"
)
_BY_START = regex.compile(
    r"^\W*(?:(?:by|von|par|por)(?!\w)|from(?!\w)(?=\s+(?-i:\p{Lu}))"
    r"|(?:written|posted|reported|reporting|compiled|words|story|review|interview|interviewed"
    r"|guest\s+(?:post|column|article|blog|essay|commentary|contribution))\s+by|eingestellt\s+von"
    rf"|{_WRITER_CREDITS}"
    r"|(?:das\s+)?(?:gespräch|interview)\s+führten?|die\s+fragen\s+stellten?|aufgezeichnet\s+von|autor(?:in|en|innen|/in|\*in|[*:_/]innen)?\s*:|authors?\s*:|contributors?\s*:|words\s*:|interview\s*:"
    r"|reporter(?:in)?\s*:|kritik\s*:|rezension\s*:"
    rf"|auteur\s*:|texte?\s*:|{_PIECE}\s+von|text\s+(?:und|&)\s+(?:fotos?|bild(?:er)?)\s*:)",
    regex.IGNORECASE,
)
#: A writer's credit that says "(Text)" after the name: "Quelle: Raphael Bischof (Text), Stefan
#: Scheuteri (Bild)", "Anna Berger (Text und Fotos)".
_TEXT_CREDIT = regex.compile(r"^(?:quelle\s*:\s*)?(?P<names>[^(),:;]{3,60}?)\s*\(text\b[^()]{0,20}\)", regex.IGNORECASE)
#: An author box's greeting before the writer's name: "Hi, I'm Kit", "Hello! My name is Jane Doe".
_GREETING = regex.compile(
    r"^(?:(?:hi|hello|hey)(?:\s+there)?\s*[,!.]?\s*)?(?:i['’]m|i\s+am|my\s+name\s+is)\s+(?=\p{Lu})", regex.IGNORECASE
)
_BY_ALONE = regex.compile(r"^\W*(?:by|von|par|por|door)\W*$", regex.IGNORECASE)
_WEEKDAY = phrase_alternation(WEEKDAYS, any_space=False)
_MONTH = phrase_alternation(MONTHS, any_space=False)
_DATE_TAIL = regex.compile(
    rf"\s*(?:[,|·•–—-]\s*)?(?<!\w)(?:on\s+|am\s+|le\s+)?(?:(?:{_WEEKDAY})\b,?\s+)?"
    rf"(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTH})\.?,?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}).*$",
    regex.IGNORECASE,
)
_AGENCY_WORDS = (
    r"(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|dpa|ap|bloomberg|cnn|bbc)\b"
)
_ROLE_WORDS = (
    r"[\p{L} ]{0,40}?\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|staff|"
    r"analyst|director|manager|founder|co-founder|ceo|cto|cmo|president|officer|specialist|consultant|expert|"
    r"strategist|designer|developer|engineer|scientist|researcher|professor|lecturer|author|blogger|"
    r"photographer|producer|partner|attorney|lawyer|advis[eo]r|coach|dietitian|nutritionist|physician|"
    r"redakteur(?:in)?|journalist(?:in)?|korrespondent(?:in)?|\w*redaktion|rédact(?:eur|rice)|periodista|redattore)s?"
)
#: Degrees and credentials written after a name: "Jane Doe, MD", "John Roe, Ph.D., RD".
_CREDENTIALS = r"(?:Ph\.?\s?D|M\.?D|M\.?S|M\.?A|B\.?S|R\.?N|R\.?D|D\.?O|J\.?D|MBA|MPH|CPA|CFA|DDS|LCSW|Esq)\.?"
#: Words before a writer's role in a byline ("AP Sports Writer", "Senior Political Correspondent").
_ROLE_QUALIFIER = (
    r"(?:AP|Associated\s+Press|Reuters|AFP|Staff|Senior|Chief|Sports|Political|Business|Science|Health|"
    r"Contributing|Special|Investigative|Tech|Technology|Travel|Food|Culture|Entertainment|Education|"
    r"Environment|Legal|Medical|National|Foreign|Local|Metro|Deputy|Managing|Associate|Economics|Opinion|"
    # (a desk's name: "Features Writer", "Data Reporter", "Courts Correspondent")
    r"Features?|Data|Digital|Crime|Courts?|Arts|Lifestyle|Property|Music|Film|Fashion|Climate|Energy|"
    r"Transport|Markets|Weather|Community|Video|Audio|Investigations|Consumer|Motoring|Agriculture|Religion|"
    r"Regional|Diplomatic|Defen[cs]e|Security|Parliamentary|World|Global|Social\s+Media|Home\s+Affairs)"
)
_AGENCIES = regex.compile(
    rf"\s*(?:,\s*|\s+[-–—]\s+|\s+/\s+|\s*\|\s*)(?:{_AGENCY_WORDS}.*|{_ROLE_WORDS}|special to .+|for .+)\s*$"
    # "Anna Berger (dpa)", "Anna Berger (mit dpa)", "Anna Berger mit Material von dpa"
    rf"|\s*\((?:mit\s+(?:Material\s+)?(?:von\s+)?)?(?:{_AGENCY_WORDS}|{phrase_alternation(NEWS_AGENCIES)})\b[^()]*\)\s*$"
    # (an agency the lists miss, in capitals: "Irene Steiner mit LPA")
    rf"|\s+mit\s+(?:Material\s+)?(?:von\s+)?(?:{phrase_alternation(NEWS_AGENCIES)}|(?-i:\p{{Lu}}{{2,5}}(?!\w)))\b[^()]{{0,20}}$"
    rf"|(?-i:\s*,\s*(?:(?:{_CREDENTIALS}|[A-Z]{{2,5}})(?!\w),?\s*)+$)|\s*[-–—|]\s*$"
    # (a religious order's letters after a priest's name, no comma: "Pater Anselm Gruber OSB")
    r"|(?-i:\s+(?:OSB|SJ|OFM|OFMCap|OP|OCD|OSA|OCist|CSsR|SDB|SVD|MSC)\.?)$"
    # (a paper's credit with no mark before it: "By Jane Doe Special to The Times")
    r"|(?-i:\s+(?:Special|SPECIAL)\s+(?:to|for|TO|FOR)(?:\s+\S.*)?)$"
    # the agency after the names with no mark, as its copy is signed: "By LLAZAR SEMINI Associated Press"
    # (not an agency's whole name: "The Associated Press", "Australian Associated Press")
    r"|(?-i:(?<!^(?:The|THE|\p{L}+))\s+(?:The\s+)?(?:Associated\s+Press|ASSOCIATED\s+PRESS))\s*$"
    # a role after the name with no comma: "GARRETT LYLE AP Sports Writer", "Jane Doe Staff Writer"
    # (and where the writer files from after the role: "Jane Doe Education reporter, Lagos")
    rf"|(?-i:\s+(?:{_ROLE_QUALIFIER}\s+){{1,3}}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Cc]olumnist|[Ee]ditor)s?"
    r"(?:\s*,\s*\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?)\s*$"
    # ("Jane Doe Reporter": the role in an element of its own beside a full name's; not "Legal Correspondent")
    r"|(?-i:(?<=(?<![\p{L}])(?!Our\s)\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+)\s+(?:Writer|Reporter(?:in)?|Correspondent|Columnist|Editor|Redakteur(?:in)?|Korrespondent(?:in)?|Autor(?:in)?|Kolumnist(?:in)?)(?:\s+\p{Lu}\p{L}+)?)\s*$",
    regex.IGNORECASE,
)

# "Greg Beacham, AP Sports Writer" — names and a role, with no "By".
#: (the outlet may follow the role: "Aled Griffiths, Political correspondent, BBC News")
_ROLE_LINE = regex.compile(
    rf"^(?P<names>[^,]{{3,80}}?)\s*,\s*(?:{_AGENCY_WORDS}|{_ROLE_WORDS}(?:\s*,\s*[^,]{{2,40}})?\s*$)", regex.IGNORECASE
)
_HANDLE = regex.compile(r"@\w+")
# "Michael HiltzikBusiness Columnist": a role glued to the name.
_GLUED_ROLE = regex.compile(
    r"(?<=\p{Ll})(?=(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Columnist|Writer|Reporter|Editor|Correspondent|Contributor|"
    r"Analyst|Director|Manager|Founder|Strategist|Specialist|Consultant|Expert)s?\b)"
    r"|(?<=\p{L})(?=(?:Associated Press|ASSOCIATED PRESS|Reuters|AFP|Bloomberg)\b)"
)
#: A company's or newsroom's name standing where an author's would: a legal form ("GmbH",
#: "Inc."), a newsroom ("Redaktion", "Newsdesk").
_OUTLET = regex.compile(
    r"\b(?:gmbh|ag|kg|e\.\s?v|inc|ltd|llc|plc|corp|redaktion|onlineredaktion|online-redaktion|newsdesk"
    # (a newsroom in other languages: "Redacción", "Rédaction", "Redazione", "Redação", "Redactie")
    r"|redacción|redaccion|rédaction|redazione|redação|redacao|redactie|redakcja)\b",
    regex.IGNORECASE,
)
#: A site's address in a name ("Süddeutsche.de", "Greentech.LIVE").
_DOMAIN = regex.compile(
    r"\w\.(?:de|com|at|ch|org|net|fr|it|es|nl|info|news|uk|eu|io|live|online|tv|za|au|nz|ca|ie|gov)\b",
    regex.IGNORECASE,
)


#: Words that make a name an organisation's or a publication's, wherever they stand in it
#: ("TOUR Magazin", "… Learning Network", "Bundesverband …"): none is a common surname (unlike
#: "Church", "House" or "Post"). (A site's "Editorial Team" signs its articles as an author.)
_BODY_WORDS = frozenset(
    "association foundation institute university ministry department departement council committee commission "
    "federation society agency corporation company network magazine magazin zeitung journal "
    "solutions services service bureau studio news tribune herald gazette chronicle press "
    # (newspapers' names: "Arizona Republic", "Hartford Courant", "Times Colonist", "Austin
    # American-Statesman", "Waterloo Region Record", "The Philadelphia Inquirer")
    "times republic courant colonist statesman record observer examiner inquirer enquirer dispatch telegraph "
    "advertiser sentinel gleaner bulletin globe today citizen media newsroom".split()
)
#: Last words of newspapers' names that are also surnames ("Cape Breton Post", "Toronto Star",
#: "Vancouver Sun", "Daily Mail"; but "Emily Post", "Sun Yiming"): a paper's only where the name's
#: first word is no given name.
_PAPER_LAST_WORDS = frozenset("post star sun mail mirror express standard guardian mercury bee leader register".split())


#: Endings of German nouns of organisations and newspapers ("Bundesverband", "Volksblatt"), and
#: of a site's services signing as one ("Verbraucherservice", "Pressedienst").
_OUTLET_ENDINGS = GERMAN_ORGANISATION_ENDINGS + GERMAN_NEWSPAPER_ENDINGS + ("service", "dienst")


def is_outlet(name: str) -> bool:
    """Whether an author field's name is a company, a body or a newsroom, not a person: a legal
    form or newsroom word ("GmbH", "Redaktion"), a word of organisations or publications
    ("Bundesverband WindEnergie", "TOUR Magazin")."""
    if _OUTLET.search(name, timeout=timeout_for(name)):
        return True
    parts = name.split()
    if len(parts) > 1 and parts[-1].casefold() in _PAPER_LAST_WORDS and not is_given_name(parts[0]):
        return True  # ("Cape Breton Post", not "Emily Post")
    if any(w.endswith("redaktion") for w in name.casefold().split()):
        return True  # ("Fachredaktion Tierhaltung")
    # (the parts of a compound too: "ZDF-Studio Brüssel")
    words = [p.strip(".,;:()©") for w in name.casefold().split() for p in (w, *w.split("-")[1:])]
    return any(w in _BODY_WORDS or (len(w) > 6 and w.endswith(_OUTLET_ENDINGS)) for w in words)


def is_site_address(name: str) -> bool:
    """Whether a name in a byline is a site's address signing ("SAnews.gov.za", "TechRadar.com"),
    no person."""
    return " " not in name.strip() and _DOMAIN.search(name, timeout=timeout_for(name)) is not None


def is_publisher_address(value: str) -> bool:
    """Whether an author field is a publisher and its address ("Süddeutsche.de GmbH, Munich,
    Germany", "hessenschau.de, Frankfurt, Germany"): a site or company, then places."""
    first, _, rest = value.partition(",")
    return bool(rest) and (is_outlet(first) or bool(_DOMAIN.search(first, timeout=timeout_for(first))))


#: Words that stand where a name would in a byline but name no person.
_NOT_PEOPLE = AUTHOR_LABELS | frozenset(
    "staff reports report editor editors news desk team redaktion agencies agency wire writer written posted "
    # generic credits: "Special Correspondent", "Staff Reporter", "Our Correspondent", "Web Desk"
    "reporter reporters correspondent correspondents special our senior chief bureau web online digital "
    # placeholders and buttons standing where a name would: "Unknown", "Unbenannt", "Follow",
    # "Gesponserte Inhalte" (a forum's advertisement posting as a member)
    "unknown unbekannt unbenannt anonymous anonym follow folgen sponsored gesponsert gesponserte inhalte "
    # (the German newsroom's short form, "Text: Red.")
    "content red".split()
)
#: Words ending a newsroom's credit: with no given name opening it, the credit names no person
#: ("Our Jaffna Correspondent", "Legal Correspondent"; a site's team signs as an author, as the
#: modern-dev labels have it; "HLNF Staff Report").
_CREDIT_WORDS = frozenset(
    "correspondent correspondents reporter reporters staff desk bureau report reports contributor contributors "
    # (a writer's desk after their name, in a list of writers: "Sarah Kimura, Power Markets Editor;
    # Felix Obi, Senior Reporter")
    "editor editors writer columnist".split()
)


def _a_credit(name: str) -> bool:
    """Whether a byline's name is a newsroom's credit ("Staff Correspondent"), not a person's."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in _CREDIT_WORDS and not is_given_name(words[0])


_TIME_TAIL = regex.compile(
    r"\s*(?:[|,·•–—-]\s*)?(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|erschienen|mis à jour"
    r"|publié|publicado|pubblicato|gepubliceerd)\b.*$",
    regex.IGNORECASE,
)
_NAME = regex.compile(
    r"^(?:[\p{Lu}][\p{L}'’.-]*\.?)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*\.?|de|van|von|der|den|ten|ter|zu|zur|vom|da|di|du|dos|la|le|del|bin|al))*$"
)
# Joiners between names; the one-letter ones only in lower case, so an initial ("Bruce Y. Lee") stays;
# "with" and "mit" before a capital, as agencies join a second writer ("Dewi ANGGRAENI with Tanvir
# HOSSAIN"; "…, with wires" joins nobody).
_SPLIT = regex.compile(
    r"\s*(?:,|;|&|(?i:\band\b|\bund\b)|\bet\b|\by\b|\be\b|\ben\b|(?:\bwith\b|\bmit\b)(?=\s+\p{Lu}))\s*"
)


def parse_byline(text: str) -> list[str] | None:
    """The people a byline line names, cleaned; None when ``text`` is not a byline.

    A byline that names no person ("By Staff Reports") gives an empty list.
    """
    read = _read_byline(text)
    return list(read[0]) if read is not None else None


def byline_roles(text: str) -> dict[str, str]:
    """The role or credentials a byline gives its one author ("By Jane Doe, MD" → {"Jane Doe":
    "MD"}; "Sean Peek, Senior Analyst" → {"Sean Peek": "Senior Analyst"}), kept apart from the
    name; empty when it gives none or names several people."""
    text = " ".join(text.split())
    read = _read_byline(text if _BY_START.match(text, timeout=timeout_for(text)) else f"By {text}")
    if read is None or len(read[0]) != 1 or not read[1]:
        return {}
    return {read[0][0]: read[1]}


#: How many byline lines' readings are kept: a page's lines are read again and again (as the DOM
#: finds them, as the structure step names the authors), a site's the same on every page.
_READINGS_KEPT = 4096


@functools.lru_cache(maxsize=_READINGS_KEPT)
def _read_byline(text: str) -> tuple[tuple[str, ...], str] | None:
    """(the people a byline line names, the role or credentials written after them), or None
    when ``text`` is not a byline."""
    if len(text) > 160:
        return None
    text = _without_stamps(" ".join(text.split()))
    match = (
        _BY.match(text, timeout=timeout_for(text))
        or _ROLE_LINE.match(text, timeout=timeout_for(text))
        or _TEXT_CREDIT.match(text, timeout=timeout_for(text))
    )
    if not match:
        return None
    names = _HANDLE.sub("", match.group("names"), timeout=PATTERN_TIMEOUT)
    names = _GREETING.sub("", names, timeout=timeout_for(names))
    if text.lstrip(" |·•–—-").startswith("("):
        names = names.rstrip(" .").removesuffix(")")  # ("(Autorin: Birte Claußen)")
    # a wire's credits: "Reporting by Ana Ruiz in Santiago; Writing by Tom Roe; Editing by Mark Porter"
    names = _WRITING_BY.sub(", ", names, timeout=timeout_for(names))
    names = _OTHER_CREDITS.sub("", names, timeout=timeout_for(names))
    names = _NEXT_TERM.sub("", names, timeout=timeout_for(names))
    unbracketed = _BRACKETED.sub("", names, timeout=timeout_for(names)) if "(" in names else names
    if unbracketed != names and len(_SPLIT.split(unbracketed, timeout=timeout_for(names))) > 1:
        # (several writers, each with a bracket after the name; a lone name's bracket is left as it is:
        # a video's "Author: Julia Hitz (eg)" in a box beside the article is no byline of its own)
        names = _PICTURES_BRACKET.sub("", names, timeout=timeout_for(names))
        names = _BRACKETED.sub("", names, timeout=timeout_for(names))
    names = _REPORTED_IN.sub("", names, timeout=timeout_for(names))
    names = _OUTLET_AFTER.sub("", names, timeout=timeout_for(names))
    names = _GLUED_ROLE.sub(", ", names, timeout=timeout_for(names))
    names = _TIME_TAIL.sub("", names, timeout=timeout_for(names))
    names = _DATE_TAIL.sub("", names, timeout=timeout_for(names))
    role = ""
    # a mark between the names and the outlet or the desk: "Sarah Qaqqasiq · CBC News", "Mohammed
    # Osman | The Peninsula", "Arvind Singh Chauhan / TNN"
    if (mark := _NAMES_END_MARK.search(names, timeout=timeout_for(names))) is not None:
        after = names[mark.end() :].strip()
        if _a_second_writer(after):  # ("Jan van der Berg / Fabian Kaltenbrunner": two writers)
            names = f"{names[: mark.start()]}, {after}"
        else:
            names, role = names[: mark.start()], after
    if "," not in role:  # (a role of free words after each name: "Achieng Otieno Features Writer")
        names = ", ".join(_less_role_after_last(part, first=k == 0) for k, part in enumerate(names.split(", ")))
    tail = _AGENCIES.search(names, timeout=timeout_for(names))
    if tail:
        role = tail.group(0).strip(" ,|-–—/").lstrip(".")
        names = names[: tail.start()].strip(" ,|")  # (a full stop is _tidy's to drop, or a suffix's to keep)
    parts = [n for n in _SPLIT.split(names, timeout=timeout_for(names)) if n.strip()]
    # (a blog's names in lower case: "by chloe mackay", "von lisa brandner und kai oberhofer")
    parts = [_capitalised(n) if n.islower() else n for n in parts]
    while len(parts) > 1 and _after_comma_no_person(names, parts):
        parts = parts[:-1]
    kept = [part for part in parts if not _outlet_like(part)]
    if len(parts) > 1 and kept and all(len(part.split()) > 1 and any(c.islower() for c in part) for part in kept):
        # beside a name written as names are, a part with an acronym or a figure is the outlet:
        # "Jana Kirchhoff, SWR Aktuell Rheinland-Pfalz", "Annika Schwalbe, MDR THÜRINGEN", "Sipho Mthembu, News24"
        parts = kept
    people = [_without_label(_without_outlet(_tidy(n))) for n in parts]
    if not people or not all(_NAME.match(p, timeout=timeout_for(p)) for p in people):
        return None
    if any(len(p.split()) > 5 for p in people):
        return None
    # (and "By Our Jaffna Correspondent", "By Our Special Representative": the paper's desk, no person)
    credits = [p for p in people if _a_credit(p) or p.split()[0].casefold() == "our"]
    people = [p for p in people if not set(p.casefold().split()) <= _NOT_PEOPLE and p not in credits]
    if credits:
        # where the credit's writer sits, or the paper, is no person: "Staff Correspondent, Gazipur",
        # "By HT Correspondent, New Delhi", "Staff Reporter, Cape Argus" (no given name opens them)
        people = [p for p in people if is_given_name(p.split()[0])]
    elif _A_DESKS_ROLE.search(text, 0, match.start("names"), timeout=timeout_for(text)):
        # ... nor one word after the desk's role: "Special Correspondent THIRUVANANTHAPURAM" (a
        # writer named after the role has two: "By political reporter Jessamy Harcourt")
        people = [p for p in people if is_given_name(p.split()[0]) or len(p.split()) > 1]
    if len(people) > 1 and any(is_given_name(p.split()[0]) for p in people):
        # each writer's role in commas after their name ("Ravi Kulkarni, Staff Engineer, Jess Morgan,
        # Engineering Manager"): a part ending in a role's word, no given name opening it
        people = [
            p for p in people
            if is_given_name(p.split()[0]) or p.split()[-1].casefold() not in _ROLE_LAST_WORDS
        ]
    # "By Harjit Sandhu, The Canadian Press": the agency or paper after the name is no author
    named = [p for p in people if not (p.split()[0].casefold() == "the" or is_outlet(p))]
    if named and all(len(p.split()) > 1 for p in named):
        people = named
    if any(len(p.split()) > 1 for p in people):
        # "Victor Tangermann, Futurism": beside a full name, a single word is an outlet.
        people = [p for p in people if len(p.split()) > 1]
    if len(people) > 1:
        # "Silvan Rüegg, St. Gallen": where the writer files from, a town by its prefix, no person
        people = [p for p in people if p.split()[0].rstrip(".").casefold() not in TOWN_PREFIXES] or people
    # (each once: a wire's writer is often one of its reporters, "Reporting by Ebony Tran and Ebony
    # Brennan; Writing by Ebony Tran")
    return tuple(dict.fromkeys(people)), role


#: A section's or a role's label set before a writer's name with no mark ("Opinion Fintan Walshe",
#: "Contributor Anil Sethuraman"): no word of the name.
_LABELS_BEFORE_NAME = frozenset(
    "opinion contributor columnist commentary analysis guest kommentar meinung gastbeitrag kolumne gastautor "
    "gastautorin".split()
)


def _without_label(name: str) -> str:
    """A name less a section's or a role's label opening it, where a name opening with a given name
    follows (not "Kommentar Ein Kommentar von …")."""
    words = name.split()
    if len(words) >= 3 and words[0].casefold() in _LABELS_BEFORE_NAME and is_given_name(words[1]):
        return " ".join(words[1:])
    return name


def _after_comma_no_person(names: str, parts: list[str]) -> bool:
    """Whether the last of a byline's ``parts`` (cut from ``names``) is the writer's paper, place or
    role, no second writer: set after a comma, of two words or more, the first no given name,
    after a part that opens with one ("Tessa Okonek, Juneau Empire", "Jenny Hicks, Club
    Secretary", "Ana Ruiz, Buenos Aires"; not "Tessa Okonek, Wanjiru Kamau"); a title before the
    name aside ("Dr. Samuel Achebe, University of Leeds")."""
    last, before = _tidy(parts[-1]).split(), _tidy(parts[-2]).split()
    if len(last) < 2 or is_given_name(last[0]) or not before:
        return False
    joiners = _SPLIT.findall(names, timeout=timeout_for(names))
    if not joiners or joiners[-1].strip() != ",":
        return False
    if is_given_name(before[0]):
        return True
    # (or after the writer's role, in commas too: "Amelia Stroud, Lecturer in History, University of Leeds")
    return (
        len(parts) == 3 and len(joiners) == 2 and joiners[0].strip() == ","
        and is_given_name(_tidy(parts[0]).split()[0])
        and any(word.casefold() in _ROLE_LAST_WORDS for word in before)
    )


#: Nouns ending a writer's role set after the name with no mark ("Chief Cricket Writer",
#: "Senior Campaigns Officer", "Detroit Bureau Chief").
_ROLE_LAST_WORDS = frozenset(
    "writer writers reporter correspondent columnist editor officer engineer chief manager director producer "
    "analyst lecturer professor designer developer scientist researcher photographer critic contributor "
    # (an economist's or an adviser's title in a firm's insights: "Marta Ostrowski Chief Economist")
    "economist strategist adviser advisor consultant partner associate counsel fellow "
    # (German roles: "Product Managerin", "Leitender Redakteur")
    "managerin redakteur redakteurin leiter leiterin referent referentin journalistin reporterin korrespondentin "
    "autorin kolumnistin journalist".split()
)
#: ... of them, the press's own: after a name, a role whatever the name's first word ("Otieno
#: Odhiambo Journalist", where "Otieno" is no given name the lists know).
_PRESS_ROLES = frozenset(
    "writer writers reporter correspondent columnist editor contributor journalist redakteur redakteurin "
    "journalistin reporterin korrespondentin autorin kolumnistin".split()
)


#: A word that opens a writer's role, no name's ("AP", "Senior", "Staff").
_A_QUALIFIER = regex.compile(_ROLE_QUALIFIER, regex.IGNORECASE)


def _capitalised(names: str) -> str:
    """A name written all in lower case as names are written ("chloe mackay" → "Chloe Mackay"),
    where its first word is a given name and it holds two or three words of letters; else as it is
    ("the way")."""
    words = names.strip(" .,").split()
    if 2 <= len(words) <= 3 and is_given_name(words[0].capitalize()) and all(
        _LOWER_WORD.fullmatch(w, timeout=PATTERN_TIMEOUT) for w in words
    ):
        return " ".join(_name_case(w) for w in words)
    return names


#: Where a name's word starts a part of its own: after a hyphen or an apostrophe ("Salazar-Whitfield",
#: "O'Sullivan"), after "Mc" ("McDonald").
_NAME_PARTS = regex.compile(r"(?<=[-'’])\p{L}|(?<=^Mc)\p{L}(?=\p{L})")


def _name_case(word: str) -> str:
    """A word of a name written all in one case, as names are written ("SALAZAR-WHITFIELD" →
    "Salazar-Whitfield", "o'sullivan" → "O'Sullivan", "MCDONALD" → "McDonald")."""
    word = word.capitalize()
    return _NAME_PARTS.sub(lambda m: m.group(0).upper(), word, timeout=PATTERN_TIMEOUT)


#: A word of a name in lower case: letters, perhaps joined by a hyphen ("lloyd-evans").
_LOWER_WORD = regex.compile(r"\p{Ll}{2,}(?:-\p{Ll}{2,})?")


#: "and" between two writers' names, kept when split on: "Marcus Bell AND Julia Hernandez-Wright".
_AND = regex.compile(r"(\s+(?:and|und|&)\s+)", regex.IGNORECASE)


def _less_role_after_last(part: str, first: bool = False) -> str:
    """``part`` less the role after its last name, where "and" joins names before it ("BY MARCUS
    BELL AND JULIA HERNANDEZ-WRIGHT STAFF WRITERS": the role is both writers', after the second)."""
    pieces = _AND.split(part, timeout=timeout_for(part))
    pieces[-1] = _less_role_after(pieces[-1], first=first and len(pieces) == 1)
    return "".join(pieces)


def _less_role_after(name: str, first: bool = False) -> str:
    """A name less the role of capitalised words after it, when the name opens with a given name
    (or, ``first`` of a byline's names, ends in a role of the press: "Otieno Odhiambo Journalist"):
    its first two words, or three where the second is a given name too ("Christopher James
    Okonkwo Detroit Bureau Chief" → "Christopher James Okonkwo"); else ``name`` as it is."""
    words = name.split()
    if len(words) < 3 or words[-1].casefold() not in _ROLE_LAST_WORDS or not (
        is_given_name(words[0]) or (first and words[-1].casefold() in _PRESS_ROLES)
    ):
        return name
    third_a_name = len(words) >= 4 and is_given_name(words[1])
    k = 3 if third_a_name and not _A_QUALIFIER.fullmatch(words[2], timeout=PATTERN_TIMEOUT) else 2
    if all(w[:1].isupper() for w in words[k:]) and words[k - 1].casefold() not in _ROLE_LAST_WORDS:
        return " ".join(words[:k])
    return name


def _a_second_writer(part: str) -> bool:
    """Whether what follows a mark after a byline's names is another writer's full name, not an
    outlet or a desk: two to four words, a given name first, as names are written."""
    words = part.split()
    return (
        2 <= len(words) <= 4 and is_first_name(words[0]) and _NAME.match(part, timeout=timeout_for(part)) is not None
        and not is_outlet(part) and not _outlet_like(part)
    )


def _outlet_like(part: str) -> bool:
    """Whether a part of a byline's names holds a word no name is written with: an acronym of
    three capitals or more ("SWR", "THÜRINGEN") or a word with a figure ("News24")."""
    return any(
        (len(w) >= 3 and w.isupper() and w.isalpha()) or (any(c.isdigit() for c in w) and any(c.isalpha() for c in w))
        for w in part.split()
    )


#: Words a date and time stamp is written with, beside its numbers ("04.02.2026 | 13:10 Uhr",
#: "Published 4:05 PM EST, Feb 12, 2026"), folded.
_STAMP_WORDS = CALENDAR_WORDS | frozenset(
    "uhr am pm a.m. p.m. est edt cst cdt pst pdt gmt bst utc cet cest mez mesz published updated posted "
    "veröffentlicht aktualisiert erstellt geändert zuletzt stand on at um".split()
)


def _without_stamps(text: str) -> str:
    """A byline without the parts between bars that are its date and time ("04.02.2026 | 13:10 Uhr |
    Anna Berger" → "Anna Berger"), or without the stamp before its "by" ("Posted on Feb 12, 2026 by
    Jane Doe" → "by Jane Doe"): ``text`` as it was where none is or nothing else is."""
    # (a look for the word first: most lines hold neither)
    if (" by " in (folded := text.casefold()) or " von " in folded) and (
        (by := _STAMP_THEN_BY.match(text, timeout=timeout_for(text))) and _is_stamp(by.group(1))
    ):
        return text[by.end(1) :].lstrip()
    if "|" not in text:
        return text
    parts = [part.strip() for part in text.split("|")]
    kept = [part for part in parts if not _is_stamp(part)]
    return " | ".join(kept) if kept and len(kept) < len(parts) else text


_LETTERS = regex.compile(r"\p{L}[\p{L}.]*")
#: A date and time before a byline's "by": "Posted on Feb 12, 2026 by", "Aktualisiert am 04.02.2026 von".
_STAMP_THEN_BY = regex.compile(r"^(\w[^|]{4,60}?)\s+(?=(?:by|von)\s)", regex.IGNORECASE)


def _is_stamp(part: str) -> bool:
    """Whether a part of a byline is a date and time and nothing else ("13:10 Uhr", "Feb 12, 2026")."""
    return has_digit(part) and all(
        w.casefold().strip(".,") in _STAMP_WORDS for w in _LETTERS.findall(part, timeout=timeout_for(part))
    )


#: A middle dot, a bar, a slash, a bullet or a dash between spaces: where a byline's names end.
_NAMES_END_MARK = regex.compile(
    r"\s[·|/•–—-]\s"
    # (a slash with no spaces before a desk's role: "Damion Reid/Gleaner Writer", "Kimone Ferguson/Staff Reporter")
    r"|(?<=\p{Ll})/(?=(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:Writer|Reporter|Correspondent|Editor|Columnist)s?$)"
)


#: Where a credit line's writer's credit starts, first or after another's: "Photo: Geneviève Singh
#: | Text: Étienne Tremblay", a list of credits' "Words Pádraig Mac Aodha, Pictures …", "Reporter:
#: Kavya Pillai; Photographer: …".
_WRITERS_CREDIT = regex.compile(
    r"(?:^|(?<=[|•·,;]\s*))(?:text|texte|words|story|reporter|reporterin|writer)(?:\s*:\s*|\s+(?=(?-i:\p{Lu})))",
    regex.IGNORECASE,
)


def writers_credit(text: str) -> str | None:
    """A credit line from where it credits the writer, as "Text: …", when it says so ("Photo:
    Geneviève Singh | Text: Étienne Tremblay" → "Text: Étienne Tremblay"; "Words Jane Doe,
    Pictures Sam Roe" → "Text: Jane Doe, Pictures Sam Roe"); else None."""
    match = _WRITERS_CREDIT.search(text, timeout=timeout_for(text))
    return f"Text: {text[match.end() :]}" if match is not None else None


def is_writers_opener(text: str) -> bool:
    """Whether ``text`` is only the words a byline opens with before its names: "By", "Von",
    "Written by", "Reporting by", "Autor:innen:", "Text und Recherche:"."""
    text = text.strip()
    return len(text) <= 40 and (match := _BY_START.match(text, timeout=timeout_for(text))) is not None and not (
        text[match.end() :].strip(" :")
    )


def is_full_name(text: str) -> bool:
    """Whether ``text`` is a name as a byline writes one in full: two to four words, each
    capitalised or an initial, particles allowed ("Jan van der Berg")."""
    return 2 <= len(text.split()) <= 4 and _NAME.match(text, timeout=timeout_for(text)) is not None


def opens_with_by(text: str) -> bool:
    """Whether a byline line says it names the writer: "By Jane Doe", "Von Anna Berger", "Text: …",
    "Anna Berger (Text)"."""
    return _BY_START.match(text, timeout=timeout_for(text)) is not None or (
        "(" in text and _TEXT_CREDIT.match(text, timeout=timeout_for(text)) is not None
    )


def is_byline_line(text: str) -> bool:
    """Whether ``text`` is a line crediting the article's writer: it says so ("By", "Von", "Text:",
    "(Text)") and names people as bylines do."""
    return opens_with_by(text) and parse_byline(text) is not None


def parse_author_field(text: str) -> list[str] | None:
    """The people an author field or byline element names ("JANE DOE, AP Writer" → Jane Doe):
    read as a byline, with the "By" it may leave out."""
    text = _without_stamps(" ".join(text.split()))
    if "(" in text and _TEXT_CREDIT.match(text, timeout=timeout_for(text)):
        return parse_byline(text)  # ("Hannes Gruber (Text) und Clara Zürcher (Fotos)")
    return parse_byline(text if _BY_START.match(text, timeout=timeout_for(text)) else f"By {text}")


def split_names(text: str) -> list[str]:
    """``text`` cut at the joiners between names ("Jane Doe and John Roe")."""
    return [p.strip() for p in _SPLIT.split(text, timeout=timeout_for(text)) if p.strip()]


#: A name's suffix written with a full stop: "Perry Bacon Jr.", "John Roe Sr.".
_SUFFIXES = (" Jr.", " Sr.")
#: Academic titles before an author's name, no part of it ("Prof.", "Mag.", "Dipl.-Ing."), and the
#: fields a doctor's title names after it, with their full stops ("Dr. med.", "Dr. rer. nat."; a
#: first name "Phil" or "Nat" stays).
_ACADEMIC = frozenset("dr prof professor professorin mag dipl.-ing dr.-ing".split())
_ACADEMIC_FIELDS = frozenset("med. phil. rer. nat. jur. habil.".split())


#: A user name made of a given name and a surname: "KonstantinNotz", "Isabella.DiBiase", "jane.doe".
_GLUED_NAME = regex.compile(r"^(?P<given>\p{Lu}?\p{Ll}+)(?:\.|(?=\p{Lu}))(?P<surname>\p{L}[\p{L}'’-]{2,})$")


def unglued(name: str) -> str:
    """A user name that glues a given name the lists know to a surname, as the two words; else
    ``name`` as written ("JoAnn" stays: "Ann" is a given name too)."""
    match = _GLUED_NAME.match(name, timeout=timeout_for(name))
    if match is None or not is_given_name(match.group("given")) or is_first_name(match.group("surname")):
        return name
    given, last = match.group("given"), match.group("surname")
    return f"{given[:1].upper()}{given[1:]} {last[:1].upper()}{last[1:]}"


def _without_outlet(name: str) -> str:
    """A writer's name less the paper glued after it with no comma, its desk perhaps after that
    ("Elliot Brownstein Florida Today", "Kevin Doucette Globe Staff", "Jane Doe USA TODAY"): the
    words after a given name and a surname that name an outlet, end in "Today" or are capitals."""
    words = name.split()
    if len(words) < 3 or not is_given_name(words[0]) or name.isupper():
        return name
    for k in range(2, len(words)):
        tail = words[k:]
        if all(part[1:].islower() for part in words[k - 1].split("-")) and (
            is_outlet(" ".join(tail)) or tail[-1].casefold() == "today"
            # (capitals of two words or more: "USA TODAY"; not a surname in capitals, "Jean-Paul MBARGA")
            or (len(tail) > 1 and all(w.isupper() and len(w) > 1 for w in tail))
        ):
            return " ".join(words[:k])
    return name


def _less_titles(words: list[str]) -> list[str]:
    """A name's words less a label or an academic title before it ("Author Jane Doe", "Dr. med.
    Sebastian Brüggemann")."""
    titled = False
    while len(words) > 2:
        first = words[0].casefold()
        if first in AUTHOR_LABELS or first.rstrip(".") in _ACADEMIC or (titled and first in _ACADEMIC_FIELDS):
            titled = titled or first.rstrip(".") in _ACADEMIC
            words = words[1:]
        else:
            break
    return words


def _tidy(name: str) -> str:
    suffixed = name.rstrip(" ,").endswith(_SUFFIXES)
    name = name.strip(" ,.") + ("." if suffixed else "")  # (a suffix keeps its full stop: "Perry Bacon Jr.")
    words = _less_titles(name.split())
    # (a German role glued before the name: "FOCUS-Online-Experte Robin Tschöpe", "Redakteurin Anna Berger",
    # an academic title perhaps after it: "Rechtsanwältin Dr. Johanna Weiß")
    if len(words) > 2 and (is_given_name(words[1]) or words[1].casefold().rstrip(".") in _ACADEMIC) and (
        not is_given_name(words[0]) and is_role(words[0])
    ):
        words = _less_titles(words[1:])
    name = unglued(" ".join(words))
    # ("JANE DOE" is Jane Doe; "CDC" stays CDC; "KEVIN McALLISTER" is in capitals too, its "Mc" as printed)
    if _MC_IN_CAPITALS.sub("MC", name, timeout=PATTERN_TIMEOUT).isupper() and not is_acronym(name):
        name = " ".join(_name_case(w) if len(w) > 2 or "." not in w else w for w in name.split())
    return name


#: "Mc" before a surname in capitals, as a name set in capitals prints it: "McALLISTER".
_MC_IN_CAPITALS = regex.compile(r"(?<![\p{L}])Mc(?=\p{Lu}{2,}(?![\p{L}]))")


def take_byline(blocks: list[Block], known: list[str]) -> tuple[list[str], list[Block], list[str]]:
    """(authors, the blocks without byline lines, the byline lines' texts).

    A byline is a "By …" line near the top of the body; a line that is just the name of a known
    author (from the page's metadata, or the byline) near the top or the end goes too.
    """
    authors: list[str] = []
    drop: set[int] = set()
    for i, block in enumerate(blocks[:_HEAD_BLOCKS]):
        if block.kind not in ("paragraph", "heading"):
            continue
        if _BY_ALONE.match(block.text, timeout=timeout_for(block.text)) and i + 1 < len(blocks):
            names = parse_byline(block.text + " " + blocks[i + 1].text)
            if names is not None:
                authors, drop = names, {i, i + 1}
                break
        names = parse_byline(block.text)
        if names is not None:
            # (a site's address signing is no person: "By TechRadar.com")
            authors, drop = [n for n in names if not is_site_address(n)], {i}
            break
    # a credit closing the article, its writer named after "By", "Von", "Text:" ("Text: Anna
    # Berger", "Written by Jane Doe"; a name alone there may be anyone's): the author, unless the
    # top named one; the line goes either way
    for i in range(max(len(blocks) - 3, _HEAD_BLOCKS), len(blocks)):
        block = blocks[i]
        if block.kind == "paragraph" and is_byline_line(block.text):
            # (its helpers aside: "(Reporting by Jane Doe; additional reporting by Tom Roe; …)" closing
            # a piece is the byline's writer's; a byline at the top credits both)
            text = _ADDITIONAL_REPORTING.sub("", block.text, timeout=timeout_for(block.text))
            authors = authors or parse_byline(text) or []
            drop.add(i)
            break
    if not authors:
        # a line about the writer closing the article ("Bethan Fairbairn is The Record's Cardiff
        # correspondent."): its writer; the line stays, as the story's last words
        for block in blocks[max(len(blocks) - 2, 1) :]:
            if block.kind == "paragraph" and (named := writer_about(block.text)):
                authors = named
                break
    names = {normalise(n) for n in (*known, *authors)}
    if names:
        edges = [*range(min(_HEAD_BLOCKS, len(blocks))), *range(max(len(blocks) - 3, 0), len(blocks))]
        for i in edges:
            block = blocks[i]
            if block.kind == "paragraph" and len(block.text) <= 80 and (
                _just_names(block.text, names) or _names_again(block.text, names)
            ):
                drop.add(i)
    return authors, [b for i, b in enumerate(blocks) if i not in drop], [blocks[i].text for i in sorted(drop)]


#: Another reporter's credit in a wire's closing credits: "…; additional reporting by Tom Roe in Lima".
_ADDITIONAL_REPORTING = regex.compile(r"\s*;\s*(?:with\s+)?additional\s+reporting\s+by\s+[^;)]*", regex.IGNORECASE)


#: A line about the article's writer: a name, then what they write as ("… is a freelance writer
#: based in Accra", "… is our Cardiff correspondent", "… ist Redakteurin im Ressort Politik",
#: "… schreibt für uns über Digitales").
_WRITER_ABOUT = regex.compile(
    r"^[—–-]?\s*(?P<names>\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|al|bin)){1,3})\s+"
    r"(?:(?:is|was)\s+(?:a|an|the|our|\p{Lu}[\p{L}.'’ -]{1,40}['’]s)\s+(?:[\p{L}-]+\s+){0,4}?"
    r"(?:writer|reporter|correspondent|journalist|editor|columnist|contributor|freelancer|critic)\b"
    r"|(?:ist|war)\s+(?:[\p{L}-]+\s+){0,3}?(?:Redakteur|Korrespondent|Journalist|Reporter|Kolumnist|Autor|Volontär)(?:in)?\b"
    r"|schreibt\s+(?:für|als|seit|regelmäßig|über)\b)"
)
#: The longest line taken for a line about the writer.
_WRITER_ABOUT_MAX = 200


def writer_about(text: str) -> list[str]:
    """The writer a line about the article's writer names ("Jessica Brennan is Capitol Beat's
    Sacramento correspondent." → Jessica Brennan), a given name first; else none."""
    if len(text) > _WRITER_ABOUT_MAX:
        return []
    match = _WRITER_ABOUT.match(text, timeout=timeout_for(text))
    if match is None or not is_given_name(match.group("names").split()[0]):
        return []
    return parse_byline("By " + match.group("names")) or []


def _names_again(text: str, names: set[str]) -> bool:
    """Whether ``text`` is a byline line naming only people in ``names`` (the byline repeated)."""
    named = parse_byline(text) if opens_with_by(text) else None
    return bool(named) and all(normalise(n) in names for n in named or [])


def _just_names(text: str, names: set[str]) -> bool:
    parts = [normalise(p) for p in _SPLIT.split(text, timeout=timeout_for(text)) if p.strip()]
    return bool(parts) and all(p in names for p in parts)


#: How many blocks at the top of the body a byline may sit among.
_HEAD_BLOCKS = 8


#: "By Jane Doe" inside running text (the words under a headline): the capitalised words after
#: "By", up to four.
#: (a lower-case "by" only after "written", "posted" … or opening the words under the headline:
#: "supported by Redis Redis is …" is a sentence, "by Jane Doe November 20, 2007" a byline)
_BY_IN_TEXT = regex.compile(
    r"(?:(?<![\p{L}])(?:By|BY|Von|VON)|(?<=(?:[Ww]ritten|[Pp]osted|[Rr]eported)\s+)by|^\s*by)"
    # (on one line: the next is no name's part; several joined by "and": "Von Ann Roth und Max Bär")
    r"\s*:?\s+(?P<names>(?:[\p{Lu}][\p{L}'’.-]*[^\S\n]*){2,4}"
    r"(?:(?:and|und|&)[^\S\n]+(?:[\p{Lu}][\p{L}'’.-]*[^\S\n]*){2,4}){0,3})"
)
#: What joins writers named in running text ("Von Ann Roth und Max Bär").
_JOINED_IN_TEXT = regex.compile(r"[^\S\n]+(?:and|und|&)[^\S\n]+")
#: Capitalised words that open a sentence after a byline, not a name's part.
_SENTENCE_WORDS = frozenset(
    "The A An In On At This That It He She They We I As For When While After If But "
    "Der Die Das Ein Eine Im Am Auf Mit Nach Seit Bei Zum Zur Es Er Sie Wir Ich Als Wenn Auch".split()
)


#: Words that open a job title after a name in running text (never a name's third word).
_JOB_WORDS = frozenset(
    "head senior chief lead principal director editor writer manager founder co-founder ceo cto cfo "
    "vp president staff contributor columnist reporter correspondent analyst specialist consultant "
    "expert strategist".split()
)


def _opens_dateline(word: str, text: str, names_at: int) -> bool:
    """Whether ``word``, met in the names after "By" in ``text``, opens the story's dateline: a
    place in capitals, or one given an agency or a region ("Berlin (dpa) -"; a surname before a
    dash is none: "By Jane Mary Doe — …")."""
    at = text.find(word, names_at)
    found = find_dateline(text[at:]) if at >= 0 else None
    return (
        found is not None and found.location.startswith(word.rstrip(".,"))
        and (word.isupper() or found.agency is not None or "," in found.location)
    )


#: How many of the lines under a headline a writer's credit line is looked for in, and how long it is.
_CREDIT_LINES = 8
_CREDIT_LINE_MAX = 80


def _credit_line(text: str) -> list[str]:
    """The people the first of the lines under a headline that says it names the writer names
    ("Review by Leo Fraser", "Words & pictures: Harriet Cole"), or none."""
    for line in text.split("\n")[:_CREDIT_LINES]:
        if len(line) <= _CREDIT_LINE_MAX and opens_with_by(line) and (names := parse_byline(line)):
            return names
    return []


def byline_in_text(text: str) -> list[str]:
    """The people a "By …" (or "Von …") in running text names ("… By Giovanni Gaggero The climate
    crisis …" → Giovanni Gaggero): two to four capitalised words on one line, a sentence's first
    word left out, each writer its line joins with "and"; with none, those of the first line
    that opens with a writer's credit ("Review by Leo Fraser")."""
    match = _BY_IN_TEXT.search(text, timeout=timeout_for(text))
    if not match:
        return _credit_line(text)
    writers: list[str] = []
    names = match.group("names")
    for run in _JOINED_IN_TEXT.split(names, timeout=timeout_for(names)):
        words = run.split()
        whole = True
        for k, word in enumerate(words):
            folded = word.casefold().rstrip(".,")
            if word in _SENTENCE_WORDS or folded in CALENDAR_WORDS or (k >= 2 and folded in _JOB_WORDS):
                words, whole = words[:k], False  # (a job title after the name: "Shivkumar M Head of Product …")
                break
            if k >= 2 and _opens_dateline(word, text, match.start("names")):
                # (the story's dateline after the name: "By Jane Doe WASHINGTON (AP) — …")
                words, whole = words[:k], False
                break
        if len(words) < 2:
            break
        writers.append(" ".join(words))
        if not whole:
            break  # (what follows a name cut short is the story's, not a second writer's)
    if not writers:
        return []
    named = parse_byline("By " + " and ".join(writers))
    return named or []
