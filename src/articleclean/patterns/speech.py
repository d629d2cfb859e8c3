"""Words of reported speech: attribution verbs and honorific titles (English, then others)."""

SPEECH_VERBS = [
    "said", "says", "say", "noted", "notes", "warned", "warns", "added", "adds", "explained",
    "explains", "told", "tells", "argued", "argues", "stated", "states", "wrote", "writes",
    "asked", "asks", "insisted", "insists", "claimed", "claims", "emphasized", "emphasizes",
    "emphasised", "emphasises", "observed", "observes", "remarked", "remarks", "recalled",
    "recalls", "acknowledged", "acknowledges", "admitted", "admits", "continued", "continues",
    "concluded", "concludes", "suggested", "suggests", "predicted", "predicts", "cautioned",
    "cautions", "urged", "urges", "declared", "declares", "announced", "announces", "replied",
    "replies", "responded", "responds", "pointed out", "points out", "believes", "believed",
    "contends", "contended", "maintained", "maintains", "stressed", "stresses", "agreed",
    "agrees", "countered", "counters", "shouted", "whispered", "joked", "jokes", "quipped",
    "conceded", "concedes", "put it", "puts it", "tweeted", "posted", "testified", "told reporters",
    "comments", "commented", "reflected", "laughed", "answered", "vowed", "promised", "boasted",
    "complained", "lamented", "confirmed", "denied", "reports", "reported", "recounted", "related",
    "begged", "begs", "pleaded", "pleads", "implored", "implores", "demanded", "demands", "asserted",
    "asserts", "alleged", "alleges", "written", "claim", "argue", "insist", "warn", "explain", "tell",
    "note", "add", "described", "describes", "called", "calls", "pressed", "presses",
    "confessed", "confesses", "mused", "muses", "reckoned", "reckons", "wondered", "wonders",
    "exclaimed", "exclaims", "sighed", "sighs", "offered", "offers", "went on", "goes on",
    "elaborated", "elaborates", "summed up", "sums up", "texted", "emailed", "quoted",
    "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
    "a déclaré", "a dit", "dit", "explique", "a expliqué", "affirme", "a affirmé",
    "dijo", "afirmó", "explicó", "señaló", "aseguró", "declaró",
]

TITLES = [
    "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Mx", "Sen", "Senator", "Rep", "Gov",
    "Governor", "Gen", "General", "Col", "Sgt", "Lt", "Capt", "Rev", "Sir", "Dame", "Lord",
    "Lady", "President", "Mayor", "Judge", "Justice", "Minister", "Chancellor", "Coach",
    "Officer", "Detective", "Chief", "Secretary", "Ambassador", "Pope", "King", "Queen",
    "Prince", "Princess", "Herr", "Frau", "Mme", "Sr", "Sra", "Attorney", "Commissioner",
    "Cmdr", "Commander", "Adm", "Admiral", "Maj", "Major", "Sheriff", "Superintendent",
]

#: Words that make a capitalised name an organisation's or a place's, not a person's.
ORGANISATION_NAME_WORDS = frozenset(
    "university college institute school company corp corporation inc ltd llc group party council "
    "department ministry agency association committee commission news times post press journal "
    "city county state states republic kingdom union bank fund foundation center centre office "
    "service services court house senate congress police army club league team airlines motors "
    "technologies labs media network television radio channel magazine review street avenue "
    "academy society museum gallery festival studio studios laboratory laboratories hospital clinic "
    "church federation alliance coalition orchestra theatre theater airport station administration "
    "government board".split()
)

#: Nouns of organisations, and of what they issue (their words are the organisation's).
ORGANISATION_NOUNS = frozenset(
    "company firm group ministry department agency government administration council committee commission "
    "board union party police authority authorities office bank university school hospital court "
    "organisation organization association foundation charity institute club team league network "
    "statement report letter filing release spokesperson spokesman spokeswoman".split()
)
#: Nouns that stand for what an organisation says, not for a body of its own.
ISSUED_NOUNS = frozenset("statement report letter filing release".split())
#: Role nouns of one person ("the actor said"), resolved to the one person just named (not a
#: spokesperson: one speaks for a body, and is seldom the person just named).
PERSON_NOUNS = frozenset(
    "actor actress singer player coach official officer president chairman chairwoman chair executive "
    "founder owner director manager minister senator governor mayor author writer researcher scientist "
    "professor doctor lawyer attorney analyst economist star artist "
    "musician chef farmer teacher student rapper host driver pilot captain striker midfielder defender "
    "goalkeeper quarterback pitcher veteran winner candidate leader boss".split()
)
