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
