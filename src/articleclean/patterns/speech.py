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
    "agrees", "countered", "counters", "shouted", "shouts", "yelled", "yells", "whispered", "whispers",
    "joked", "jokes", "quipped", "deadpanned", "shot back", "ruled", "ordered", "sings", "sang",
    "conceded", "concedes", "put it", "puts it", "tweeted", "posted", "testified", "told reporters",
    "comments", "commented", "reflected", "laughed", "answered", "vowed", "promised", "boasted",
    "complained", "lamented", "confirmed", "denied", "reports", "reported", "recounted", "related",
    "begged", "begs", "pleaded", "pleads", "implored", "implores", "demanded", "demands", "asserted",
    "asserts", "alleged", "alleges", "written", "claim", "argue", "insist", "warn", "explain", "tell",
    "note", "add", "described", "describes", "called", "calls", "pressed", "presses",
    "confessed", "confesses", "mused", "muses", "reckoned", "reckons", "wondered", "wonders",
    "exclaimed", "exclaims", "sighed", "sighs", "laughs", "grinned", "grins", "smiled", "smiles", "chuckled",
    "chuckles", "offered", "offers", "went on", "goes on",
    "elaborated", "elaborates", "summed up", "sums up", "texted", "emailed", "quoted",
    "had this to say", "has this to say", "reads", "confided", "confides",
    # (a counsel's or a petitioner's argument: "Gaikwad submitted")
    "submitted", "submits",
    # (who judges or accuses in the words quoted: "accused Ofsted of ‘…’", "hailed it as “…”")
    "accused", "accuses", "praised", "praises", "criticised", "criticized", "criticises", "criticizes",
    "hailed", "branded", "labelled", "labeled", "slammed", "condemned", "pledged",
    "termed", "terms", "dismissed", "thanked", "thanks",
    # (who names a cause in the words quoted: "the company blamed “sustained weakness in …”")
    "blamed", "blames",
    "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
    "a déclaré", "a dit", "dit", "explique", "a expliqué", "affirme", "a affirmé",
    "dijo", "afirmó", "explicó", "señaló", "aseguró", "declaró",
]

TITLES = [
    "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Mx", "Sen", "Senator", "Rep", "Gov",
    "Governor", "Gen", "General", "Col", "Sgt", "Lt", "Capt", "Captain", "Rev", "Sir", "Dame", "Lord",
    "Lady", "President", "Mayor", "Judge", "Justice", "Minister", "Chancellor", "Coach",
    "Officer", "Detective", "Chief", "Secretary", "Ambassador", "Pope", "King", "Queen",
    "Prince", "Princess", "Herr", "Frau", "Mme", "Sr", "Sra", "Attorney", "Commissioner",
    "Cmdr", "Commander", "Adm", "Admiral", "Maj", "Major", "Sheriff", "Superintendent",
    # police ranks and local offices ("Detective Constable Priya Anand", "Councilmember Yvette Sandoval")
    "Constable", "Sergeant", "Inspector", "Corporal", "Trooper", "Councilmember", "Councilman",
    "Councilwoman", "Councillor", "Cllr", "Cr", "Coun", "Alderman", "Assemblyman", "Assemblywoman", "Congressman",
    "Congresswoman",
    # court offices ("Deputy Public Prosecutor Joshua Lim", "Senior Advocate Kapil Rao")
    "Prosecutor", "Advocate", "Magistrate", "Coroner",
    # clergy ("Fr Tomás Garvey", "Msgr. Kevin Irwin")
    "Fr", "Msgr",
    # ranks and offices written short ("Ald. Marcus Trent", "Supt. Jane Doe")
    "Ald", "Insp", "Supt", "Atty", "Cpl", "Pvt", "Amb", "Det", "Const",
    # honorifics before West African and Malaysian names ("Alhaji Bashir Lawan", "Datuk Lim Boon Keat";
    # not "Malam", which stands before a given name alone: "Malam Sani")
    "Alhaji", "Alhaja", "Hajia", "Datuk", "Dato", "Datin",
    # Austrian titles and offices before names ("Mag. Anna Berger", "DI Peter Huber", "Primar Wolfgang
    # Strasser", "Hofrätin Eva Moser"), and a priest's ("Pater Anselm Grün")
    "Mag", "MMag", "Ing", "DI", "Primar", "Primaria", "Hofrat", "Hofrätin", "Pater",
]

#: The marks a quote opens with at a paragraph's start or before a name ("„", "«", "‘" …; "’" is
#: left out: it is mostly an apostrophe).
OPENING_QUOTE_MARKS = "“„»«‘\""

#: First words of towns' names that are no one's name ("Port Ellis", "Fort Worth", "San Diego",
#: "Bad Sollingen", "St Ives", "Old Colwyn"): a place, in a dateline or where a name might be.
TOWN_PREFIXES = frozenset("port fort mount lake san santa los las bad sankt st saint old new".split())

def _both_spellings(words: list[str]) -> frozenset[str]:
    """German words as written and as ``casefold()`` leaves them ("außer" and "ausser"): the word
    lists are met by words folded in some places and as written in others."""
    return frozenset(words) | frozenset(w.casefold() for w in words)


#: German sports clubs' abbreviations, folded ("SV Grün-Weiß Hattenbach", "TSV Bernau", "VfB
#: Stuttgart", "HSG Mainfranken", "TV Großwallstadt", "EHC Biel"): each a word of a body's name and
#: a club's, "der Verein".
GERMAN_CLUB_ABBREVIATIONS = frozenset("sv tsv vfb vfl tus spvgg tsg fsv ssv djk hsg sg vfr bsc esv hc ehc tv".split())
#: Words that make a capitalised name an organisation's or a place's, not a person's.
#: The legal forms closing a firm's name, folded ("Alpitec Seilsysteme GmbH", "Brunner Cadrans SA",
#: "Seroja Maju Sdn Bhd", "Grant & Lyle LLP", "Rift Basin Engineering Ltd.").
LEGAL_FORMS = frozenset(
    "inc corp ltd llc gmbh ggmbh mbh ag se kgaa sa plc bv nv spa srl kg ohg eg e.v. llp limited pty pte sdn bhd".split()
)
#: The words that end a firm's name by its legal form: those, and "Co." ("Bluebonnet Gathering Co.";
#: never alone a body's word, "Co Leitrim").
FIRM_SUFFIXES = LEGAL_FORMS | {"co"}
BODY_NAME_WORDS = GERMAN_CLUB_ABBREVIATIONS | LEGAL_FORMS | frozenset(
    "university college institute school company corporation group party council "
    "department ministry agency association committee commission news times post press journal "
    "city county state states republic kingdom union bank fund foundation center centre office "
    "service services court house senate congress police army club league team airlines motors "
    "technologies labs media network television radio channel magazine review "
    "academy society museum gallery festival studio studios laboratory laboratories hospital clinic "
    # events ("Anniversary Tour", "Africa Cup", "Climate Summit")
    "anniversary tour championship championships tournament cup awards olympics marathon expo summit "
    "conference "
    # firms and bands of a family ("Lehman Brothers", "the Doobie Brothers", "the Pointer Sisters")
    "brothers bros sisters "
    # (houses of a faith: "Edinburgh Hindu Mandir", "Port Moresby Gurdwara", "Jamia Mosque")
    "mosque masjid mandir gurdwara synagogue cathedral basilica monastery shrine "
    "church federation alliance coalition orchestra theatre theater airport station administration "
    "chamber municipality "
    # (public offices by their kind: "Uganda Protestant Medical Bureau", "Employment Tribunal")
    "bureau tribunal directorate secretariat inspectorate diocese cooperative co-operative embassy consulate "
    "government board authority programme program affairs "
    "parliament cabinet panel forum partnership initiative charity hospice fellowship polytechnic seminary "
    # sports clubs ("Manchester United", "Blackburn Rovers")
    "united fc rovers athletic wanderers albion hotspur "
    # utilities and companies by what they sell or hold ("Anglian Water", "Harbour Energy")
    "water energy electric gas rail railways airways ferries transit trust holdings industries systems "
    "communications "
    # firms by their trade ("Bramwell Wealth Partners", "Kessler Lyle Securities", "Northbank
    # Retail Strategy", "Pacific Crest Advisory", "Capital Region Properties")
    "partners securities advisory advisors advisers strategy strategies capital consulting consultancy "
    "consultants ventures investments associates properties realty "
    "pharmaceuticals insurance "
    # firms by what they make, sell or run, in the plural or as a trade ("Meadowvale Dairies",
    # "Tallow Lane Games", "Lodestar Aerospace", "Westbridge Developments", "Harbour Logistics")
    "foods dairies games logistics aerospace nutrition developments brands solutions software pictures films "
    "entertainment publishing farms mining resources builders homes therapeutics "
    "robotics enterprises products supplies hotels resorts aviation "
    # newspapers ("Daily Maverick", "Evening Herald", "Chicago Tribune")
    "daily gazette herald tribune chronicle".split()
)
#: Words of sums and of places that make capitalised words no person's name either ("Millionen
#: Euro", "Milliarden Dollar", "Baker Street", "Port Ellis") but no body's.
AMOUNT_AND_PLACE_WORDS = frozenset(
    "euro euros dollar dollars franken pfund million millionen milliarden billion billionen "
    # (German spans of time, capitalised as nouns: "über Jahre Kundengelder", "seit Wochen Ärger")
    "jahre jahren jahrzehnte jahrzehnten monate monaten wochen tage tagen stunden minuten "
    "street avenue road square "
    # (and as addresses shorten them: "Morrinsville Rd", "Grey St", "Lygon St", "Dundas Ave")
    "rd st ave drive highway hwy boulevard blvd terrace crescent motorway "
    # a place's or a school's part, never a surname ("Andover Central", "Western Cape", "Sui Northern Gas")
    "central northern southern eastern western "
    # storms, named as people are ("Hurricane Beryl", "Storm Darragh", "Typhoon Haiyan")
    "hurricane storm typhoon cyclone "
    # land and water before a place's name: Irish counties ("Co Leitrim"), capes, lakes, and the
    # Malay island, river, village, hill, road and cape ("Pulau Ubin", "Sungai Pinang", "Jalan Endut")
    "co cape loch lough pulau sungai kampung bukit jalan tanjung".split()
) | TOWN_PREFIXES
#: ... the words that make capitalised words no person's name: a body's, a sum's, a place's.
NOT_A_PERSONS_NAME_WORDS = BODY_NAME_WORDS | AMOUNT_AND_PLACE_WORDS

#: What a body is by its trade, said of the one named before ("In a statement, the force said …",
#: "the electricity distributor said crews were working …").
TRADE_BODY_NOUNS = frozenset(
    "force utility distributor regulator watchdog insurer retailer airline broadcaster manufacturer carmaker "
    "automaker lender supermarket chipmaker drugmaker startup start-up publisher platform giant brand "
    "conglomerate exporter importer supplier wholesaler chain grocer streamer operator carrier telecom telco "
    "homebuilder housebuilder maker shipper provider".split()
)
#: Nouns of organisations, and of what they issue (their words are the organisation's).
ORGANISATION_NOUNS = TRADE_BODY_NOUNS | frozenset(
    "company firm group ministry department agency government administration council committee commission "
    "board union party police authority authorities office bank university school hospital court "
    "organisation organization association foundation charity institute club team league network "
    "statement report letter filing release spokesperson spokesman spokeswoman "
    # (public bodies and institutions by their kind: "In a statement, the museum said …", "the city said")
    "city town county municipality museum gallery chamber trust fund federation coalition society church "
    "diocese cooperative co-operative bureau tribunal directorate secretariat inspectorate command "
    # (a state's arms and offices: "the military said in a statement", "the presidency said")
    "military army navy militia embassy consulate parliament cabinet presidency service "
    # (a group that performs or makes things together: "the band wrote on Instagram", "the studio said")
    "band choir orchestra "
    # (groups that campaign or trade together: "the forum said stock theft was costing farmers “…”")
    "forum alliance campaign movement guild consortium collective panel".split()
)
#: Nouns that stand for what an organisation says, not for a body of its own.
ISSUED_NOUNS = frozenset("statement report letter filing release".split())
#: Documents someone writes or a body issues, by whom a quote from them is ("a 2018 survey by
#: Jane Smith", "a United Nations report").
DOCUMENT_NOUNS = ISSUED_NOUNS | frozenset("survey study analysis poll review audit paper memo investigation".split())
#: Role nouns of one person ("the actor said"), resolved to the one person just named (not a
#: spokesperson: one speaks for a body, and is seldom the person just named).
PERSON_NOUNS = frozenset(
    "actor actress singer player coach official officer president chairman chairwoman chairperson chair executive "
    "founder owner director manager minister senator governor mayor author writer researcher scientist "
    "professor doctor lawyer attorney judge analyst economist star artist "
    "musician chef farmer teacher student rapper host driver pilot captain striker midfielder defender "
    "goalkeeper quarterback pitcher veteran winner candidate leader boss chief "
    # who someone is in a local story ("the pensioner said", "the campaigner added")
    "resident pensioner retiree homeowner nurse midwife activist campaigner organiser organizer "
    "volunteer shopkeeper landlord tenant fisherman widow widower survivor "
    # a party's member, a lawmaker ("the Oklahoma Republican said")
    "republican democrat lawmaker legislator congressman congresswoman councilman councilwoman councillor "
    # (and by the initials of a parliament's member: "the Labour MP said", "the Dublin South-Central TD said")
    "mp mep msp mla mpp td "
    # an office one person holds ("the commissioner said", "the prosecutor told the court")
    "commissioner ambassador chancellor superintendent prosecutor magistrate coroner inspector commander "
    "sheriff premier detective sergeant constable principal headteacher headmaster headmistress dean "
    "treasurer surgeon physician bishop pastor priest imam rabbi "
    # trades, sciences and services one person practises ("the curator said", "the paramedic added")
    "curator engineer historian archaeologist paramedic firefighter trustee alderman ranger warden vet "
    "veterinarian pharmacist dentist therapist psychologist psychiatrist epidemiologist biologist "
    "ecologist geologist meteorologist forecaster astronomer physicist chemist statistician "
    "vicar nun monk chaplain journalist editor presenter baker butcher brewer winemaker shepherd herder "
    "rancher grower beekeeper miner welder electrician plumber carpenter mechanic sailor soldier colonel "
    "lieutenant admiral diplomat envoy consul barrister solicitor juror "
    # who someone is on a stage, in a studio or in a race ("the bassist said", "the jockey added")
    "guitarist bassist drummer pianist violinist cellist saxophonist trumpeter keyboardist vocalist "
    "frontman frontwoman conductor composer songwriter dancer choreographer comedian playwright novelist "
    "poet filmmaker photographer designer architect producer jockey trainer skipper batsman bowler "
    "winger boxer swimmer sprinter golfer cricketer footballer referee umpire "
    # (the positions of a team's players: "Forward Tomás Ilunga", "the fullback said")
    "forward fullback full-back halfback centre-back fly-half scrum-half flanker rookie substitute playmaker "
    "shortstop cornerback linebacker outfielder infielder reliever paceman spinner wicketkeeper "
    # offices of oversight and of counsel ("the ombudsman said", "the auditor found", "the adviser added")
    "ombudsman ombudswoman ombudsperson auditor comptroller registrar provost examiner administrator "
    "supervisor coordinator adviser advisor consultant strategist negotiator mediator lobbyist pollster "
    "accountant banker investor entrepreneur secretary counsel marshal".split()
)

#: Nouns of a person the article describes and never names ("A broker who operates in Kandara
#: admitted …", "But a spokesperson for the association said …"): a pronoun after such a
#: subject is that person.
UNNAMED_PERSON_NOUNS = PERSON_NOUNS | frozenset(
    "spokesperson spokesman spokeswoman source broker witness victim neighbour neighbor passenger "
    "employee worker man woman trader dealer farmer parent mother father nurse aide insider "
    # who someone is in court
    "defendant accused suspect plaintiff claimant "
    # people by what they do or use ("One tester said:", "a resident told …", "one user wrote")
    "resident tester user customer shopper reader viewer fan voter student patient participant "
    "respondent visitor reviewer buyer commuter pupil "
    # who someone is to a place or a group ("another parishioner", "a former staffer", "one mourner")
    "parishioner worshipper congregant member staffer mourner protester protestor demonstrator attendee "
    "onlooker bystander eyewitness relative friend colleague classmate teammate supporter critic "
    "guest diner traveller traveler tourist holidaymaker motorist cyclist rider runner local villager "
    "islander farmworker labourer laborer miner engineer technician mechanic contractor builder "
    "cleaner cashier waiter waitress clerk receptionist paramedic firefighter soldier sailor "
    "graduate alumnus alumna applicant tenant renter landlady caregiver carer grandmother grandfather "
    "daughter son sister brother wife husband widow mum mom dad "
    # (people of a street or a shop in a local report: "a barista said", "one retiree")
    "barista retiree pensioner pharmacist florist chef volunteer activist veteran passer-by passerby".split()
)
#: Nouns of a relative, English and German, as written before a first name ("her son Tom", "seine
#: Tochter Nina").
FAMILY_NOUNS = (
    "daughter son wife husband sister brother mother father granddaughter grandson grandmother grandfather "
    "niece nephew cousin partner widow widower fiancée fiancé fiancee fiance aunt uncle stepfather stepmother "
    "stepson stepdaughter "
    "Tochter Sohn Frau Mann Schwester Bruder Mutter Vater Enkelin Enkel Nichte Neffe Cousine Cousin Partnerin "
    "Partner Oma Opa Witwe Witwer Ehefrau Ehemann Lebensgefährtin Lebensgefährte Tante Onkel Großmutter "
    "Großvater Schwiegersohn Schwiegertochter Schwiegermutter Schwiegervater Schwager Schwägerin Stiefvater "
    "Stiefmutter Stiefsohn Stieftochter Verlobte Verlobter"
).split()
#: ... the German ones, folded.
GERMAN_FAMILY_NOUNS = frozenset(noun.casefold() for noun in FAMILY_NOUNS if noun[:1].isupper())
#: ... and the German nouns of such people that are no roles ("ein Rentner aus Mett", "ein älterer
#: Fan", "ein Vater aus dem Ortsteil"; roles such as "Anwohner" or "Lehrer" are told by their endings).
GERMAN_UNNAMED_PERSON_NOUNS = _both_spellings(
    "rentner fan vater mutter sohn tochter bruder schwester mann besucher besucherin zuschauer zuschauerin "
    "schüler schülerin bewohner bewohnerin nachbar nachbarin kunde kundin gast pilger pilgerin urlauber "
    "urlauberin tourist touristin fahrgast patient patientin zeuge zeugin jugendlicher jugendliche "
    "student studentin mädchen junge bub herr dame opa oma großvater großmutter witwe witwer "
    # (people by what befell them or whom they belong to, adjectives as nouns: "Eine Geschädigte aus …")
    "geschädigte geschädigter betroffene betroffener verletzte verletzter angehörige angehöriger erkrankte "
    "erkrankter überlebende überlebender beteiligte beteiligter bekannte bekannter freund freundin".split()
) | GERMAN_FAMILY_NOUNS
#: Nouns of a person's nationality, English and German ("the Dane said", "sagte der Däne"):
#: in sports and foreign news they stand for the one person just named.
NATIONALITY_NOUNS = frozenset(
    "dane swede norwegian finn frenchman frenchwoman spaniard italian briton american australian "
    "canadian dutchman belgian austrian russian ukrainian pole brazilian argentine argentinian "
    "portuguese croatian serbian slovenian czech hungarian turk greek "
    "german swiss irishman irishwoman scot scotsman scotswoman welshman welshwoman englishman englishwoman "
    "estonian latvian lithuanian romanian bulgarian slovak icelander maltese cypriot albanian bosnian georgian "
    "indonesian malaysian singaporean thai vietnamese filipino filipina chinese japanese korean taiwanese "
    "mongolian indian pakistani bangladeshi nepali afghan iranian iraqi israeli palestinian lebanese syrian "
    "saudi emirati qatari egyptian moroccan algerian tunisian nigerian ghanaian kenyan ugandan tanzanian "
    "ethiopian eritrean rwandan zimbabwean zambian cameroonian senegalese ivorian mexican colombian "
    "venezuelan chilean peruvian ecuadorian uruguayan paraguayan bolivian cuban jamaican trinidadian "
    "barbadian haitian fijian samoan tongan kiwi "
    "däne dänin schwede schwedin norweger norwegerin finne finnin franzose französin spanier "
    "spanierin italiener italienerin brite britin amerikaner amerikanerin kanadier kanadierin "
    "australier australierin niederländer niederländerin belgier belgierin österreicher "
    "österreicherin russe russin ukrainer ukrainerin polin brasilianer brasilianerin argentinier "
    "argentinierin portugiese portugiesin kroate kroatin serbe serbin slowene slowenin tscheche "
    "tschechin ungar ungarin türke türkin grieche griechin litauer litauerin lette lettin este estin "
    "slowake slowakin rumäne rumänin bulgare bulgarin ire irin schotte schottin isländer isländerin "
    "japanerin chinesin koreanerin inderin indonesierin kenianerin nigerianerin äthiopierin mexikanerin "
    "kolumbianerin amerikanerin schweizerin luxemburgerin".split()
)

#: Offices that end a capitalised pair without being a name's last word ("Vice President",
#: "Energy Secretary", "Attorney General", "Business Reporter"): none is a common surname (as
#: "King", "Major", "Judge" or "Driver" are).
OFFICE_NOUNS = frozenset(
    "president minister secretary general governor gov rep sen senator chancellor commissioner "
    "ambassador reporter spokesman spokeswoman spokesperson correspondent chairman chairwoman chairperson "
    "director administrator superintendent prosecutor advocate magistrate coroner".split()
)


# --------------------------------------------------------------------------- German


def _with_swiss_spelling(words: list[str] | tuple[str, ...]) -> list[str]:
    """``words`` and, for those with an ß, the Swiss spelling, which writes ss ("äusserte",
    "heisst", "ausserdem")."""
    return [*words, *(w.replace("ß", "ss") for w in words if "ß" in w)]


def _with_plural_past(words: list[str]) -> list[str]:
    """``words`` and the plural of each past form in "-te" ("versicherte" → "versicherten": "Die
    Graz Linien versicherten …", "Die Grünen kritisierten …")."""
    return list(dict.fromkeys([*words, *(w + "n" for w in words if w.endswith("te") and " " not in w)]))


#: German verbs of speech as they stand right after a quote ("„…“, sagte er", "»…«, räumt
#: Gutierrez ein"): finite forms, present and past, singular and plural; a separable verb by
#: its first part ("fügte … hinzu", "führt … aus", "stellt … klar", "teilte … mit").
GERMAN_SPEECH_VERBS = [
    "sagt", "sagte", "sagen", "sagten", "erklärt", "erklärte", "erklären", "erklärten",
    "betont", "betonte", "betonen", "betonten", "fordert", "forderte", "fordern", "forderten",
    "warnt", "warnte", "warnen", "warnten", "ergänzt", "ergänzte", "meint", "meinte", "meinen",
    "kritisiert", "kritisierte", "schreibt", "schrieb", "schreiben", "schrieben", "kommentiert",
    "kommentierte", "berichtet", "berichtete", "berichten", "berichteten", "erzählt", "erzählte",
    "erzählen", "erzählten", "antwortet", "antwortete", "erläutert", "erläuterte", "bekräftigt",
    "bekräftigte", "versichert", "versicherte", "bestätigt", "bestätigte", "beklagt", "beklagte",
    "mahnt", "mahnte", "resümiert", "resümierte", "unterstreicht", "unterstrich", "zitiert",
    "zitierte", "fügt", "fügte", "räumt", "räumte", "führt", "führte", "stellt", "stellte",
    "teilt", "teilte", "gibt", "gab", "ruft", "rief", "verspricht", "versprach", "glaubt",
    "glaubte", "findet", "fand", "hofft", "hoffte", "kündigt", "kündigte", "appelliert",
    "appellierte", "verweist", "verwies", "erinnert", "erinnerte", "schildert", "schilderte",
    "beschreibt", "beschrieb", "lacht", "lachte", "twittert", "twitterte", "schwärmt",
    "schwärmte", "bilanziert", "bilanzierte", "urteilt", "urteilte", "begründet", "begründete",
    "gesteht", "gestand", "meldet", "meldete", "sieht", "sah", "weiß", "wusste", "freut", "freute",
    "zeigt", "zeigte", "hebt", "hob", "fasst", "fasste", "fragt", "fragte", "bekennt", "bekannte",
    "verrät", "verriet", "beteuert", "beteuerte", "kontert", "konterte", "widerspricht",
    "widersprach", "ärgert", "ärgerte", "klagt", "klagte", "rät", "riet", "empfiehlt", "empfahl",
    "argumentiert", "argumentierte", "präzisiert", "präzisierte", "sprach", "spricht",
    "äußert", "äußerte", "postet", "postete", "verkündet", "verkündete", "schätzt", "schätzte",
    "macht", "machte", "informiert", "informierte", "bezeichnet", "bezeichnete", "plädiert",
    "plädierte", "entgegnet", "entgegnete", "erwidert", "erwiderte", "bemerkt", "bemerkte", "merkt",
    "merkte", "lobt", "lobte", "bedauert", "bedauerte", "vermutet", "vermutete", "befürchtet",
    "befürchtete", "prophezeit", "prophezeite", "verdeutlicht", "verdeutlichte", "folgert",
    "folgerte", "seufzt", "seufzte", "stöhnt", "stöhnte", "flüstert", "flüsterte", "schimpft",
    "schimpfte", "scherzt", "scherzte", "jubelt", "jubelte", "wirft", "warf", "hält", "hielt", "halten",
    "rechnet", "rechnete",  # ("„…“, rechnet er vor": vorrechnen)
    # (how a speech or a report opens and ends: "„…“, begann der Leiter des Hochbauamts seinen Bericht")
    "beginnt", "begann", "eröffnet", "eröffnete", "schließt", "schloss",
    "ist sich", "war sich",
    # (strong verbs' plural past, and "rufen": "„…“, riefen Zuschauer", "schrieben die Grünen")
    "riefen", "rufen", "gaben", "fanden", "sahen", "sprachen", "versprachen", "verwiesen", "warfen",
    "hielten", "rieten", "empfahlen", "widersprachen", "verrieten", "unterstrichen", "wussten", "bekannten",
]
GERMAN_SPEECH_VERBS = _with_swiss_spelling(_with_plural_past(GERMAN_SPEECH_VERBS))
#: The verbs of speech that open a quote from before it ("Scholz sagte: „…“"): the plain ones,
#: not the first parts of separable verbs, which mean other things on their own.
GERMAN_INTRODUCING_VERBS = [
    "sagt", "sagte", "sagen", "sagten", "erklärt", "erklärte", "erklären", "erklärten", "betont",
    "betonte", "fordert", "forderte", "warnt", "warnte", "ergänzt", "ergänzte", "meint", "meinte",
    "kritisiert", "kritisierte", "schreibt", "schrieb", "kommentiert", "kommentierte", "berichtet",
    "berichtete", "erzählt", "erzählte", "antwortet", "antwortete", "erläutert", "erläuterte",
    "bekräftigt", "bekräftigte", "versichert", "versicherte", "bestätigt", "bestätigte", "beklagt",
    "beklagte", "mahnt", "mahnte", "unterstreicht", "unterstrich", "zitiert", "zitierte",
    "twittert", "twitterte", "postet", "postete", "verkündet", "verkündete", "fragt", "fragte",
    "appelliert", "appellierte", "resümiert", "resümierte", "argumentiert", "argumentierte",
    "beschreibt", "beschrieb",
]
GERMAN_INTRODUCING_VERBS = _with_swiss_spelling(_with_plural_past(GERMAN_INTRODUCING_VERBS))
#: Verbs whose object a partial quote may be, its speaker the sentence's subject ("Gut sprach
#: von einem «Angriff auf …»", "Stübner nannte die Entscheidung »die schwerste …«", "Die
#: Gewerkschaft erklärte, sie erwarte „…“"): the verbs that open a quote, and those that name,
#: judge or warn.
GERMAN_PARTIAL_QUOTE_VERBS = _with_swiss_spelling(_with_plural_past([
    *GERMAN_INTRODUCING_VERBS, "sprach", "spricht", "sprachen", "sprechen", "nannte", "nennt",
    "nannten", "bezeichnete", "bezeichnet", "bezeichneten", "würdigte", "würdigt", "lobte", "lobt",
    "sieht", "sah", "kündigte", "kündigt", "verlangte", "verlangt", "teilte", "teilt",
    # (who accuses, objects or concedes: "warf der Stadt vor, sie habe „…“", "entgegnete, …")
    "warf", "wirft", "hielt", "hält", "entgegnete", "entgegnet", "räumte", "räumt", "bemängelte",
    "bemängelt", "monierte", "moniert",
    # (who pleads, calls or canvasses for something: "plädierte für eine «…»", "rief dazu auf, …")
    "plädierte", "plädiert", "rief", "ruft", "warb", "wirbt",
    # (who welcomes or shows themselves so: "begrüßte die «…»", "zeigte sich «enttäuscht über …»")
    "begrüßte", "begrüßt", "zeigte sich", "zeigt sich", "zeigten sich", "zeigen sich",
]))
#: Their past participles, after the quote when an auxiliary stood before it ("Die Konferenz
#: hatte vor einem „Kahlschlag …“ gewarnt").
GERMAN_PARTIAL_QUOTE_PARTICIPLES = _with_swiss_spelling([
    "gesagt", "erklärt", "betont", "gewarnt", "gefordert", "kritisiert", "gesprochen", "genannt",
    "bezeichnet", "gewürdigt", "gelobt", "beklagt", "geschrieben", "angekündigt", "bekräftigt",
    "versichert", "verlangt", "beschrieben",
])
#: Subjunctive forms German reports speech in ("Ein Wechsel sei „weder realistisch noch
#: sinnvoll“"): a sentence holding one goes on with the speech of the sentence before.
GERMAN_SUBJUNCTIVES = frozenset(
    "sei seien habe hätte hätten wäre wären werde würde würden könne könnten müsse müssten solle dürfe wolle "
    "gebe stehe gehe komme liege bleibe fehle brauche lasse wisse falle".split()
)
#: Words that may stand between a German verb of speech and its speaker ("sagte auch Scholz",
#: "freut sich Trainer Müller").
GERMAN_FILLERS = (
    "auch dazu zudem nun jetzt noch weiter später damals dann etwa gestern heute bereits schon "
    "außerdem indes jedoch aber allerdings daher deshalb also ebenfalls abschließend zuletzt "
    "zuvor kürzlich anschließend erneut wiederum selbst sogar nur mal sich dagegen hingegen ebenso"
).split()
GERMAN_FILLERS = tuple(_with_swiss_spelling(GERMAN_FILLERS))
#: German articles: a speaker after one is described ("der Sprecher"), not named.
GERMAN_ARTICLES = frozenset("der die das den dem des ein eine einer eines einem".split())
#: German personal pronouns that speak ("sagte er", "so sie").
GERMAN_PRONOUNS = ("er", "sie")
#: Endings of German nouns of a person's role or office ("Konzernchef", "Bundesministerin",
#: "Grünen-Fraktionschefin", "ATU-Organisator"): such a word before a name describes its bearer.
GERMAN_ROLE_ENDINGS = tuple(
    "chef chefin minister ministerin sprecher sprecherin präsident präsidentin vorsitzende "
    "vorsitzender abgeordnete abgeordneter direktor direktorin leiter leiterin experte expertin "
    "trainer trainerin kanzler kanzlerin bürgermeister bürgermeisterin geschäftsführer "
    "geschäftsführerin anwalt anwältin professor professorin forscher forscherin politiker "
    "politikerin sekretär sekretärin beauftragte beauftragter kommissar kommissarin richter "
    "richterin polizist polizistin gründer gründerin inhaber inhaberin autor autorin analyst "
    "analystin ökonom ökonomin organisator organisatorin spieler spielerin kapitän kapitänin "
    "sänger sängerin bischof bischöfin pfarrer pfarrerin referent referentin berater beraterin "
    "vorstand arzt ärztin mitglied manager managerin koordinator koordinatorin präses dekan "
    "rektor rektorin obmann obfrau landrat landrätin stadtrat stadträtin landesrat regierungsrat kantonsrat brandrat "
    "wissenschaftler "
    "wissenschaftlerin mediziner medizinerin ingenieur ingenieurin mitarbeiter mitarbeiterin "
    "aktivist aktivistin vertreter vertreterin redakteur redakteurin journalist journalistin "
    "reporter reporterin schauspieler schauspielerin regisseur regisseurin künstler künstlerin "
    "lehrer lehrerin händler händlerin mieter mieterin zeuge zeugin passant passantin erzieher erzieherin "
    "angeklagte angeklagter beschuldigte beschuldigter "
    # (a participle that names an office: "die Erste Bevollmächtigte der IG Metall")
    "bevollmächtigte bevollmächtigter "
    "kämmerer kämmerin landwirt landwirtin staatsanwalt staatsanwältin senator senatorin kandidat kandidatin "
    "bewohner bewohnerin sportler sportlerin athlet athletin torhüter torhüterin stürmer "
    "ministerpräsident ministerpräsidentin staatssekretär staatssekretärin intendant intendantin "
    "kurator kuratorin kardinal papst ceo historiker historikerin psychologe psychologin "
    "soziologe soziologin biologe biologin physiker physikerin chemiker chemikerin entwickler "
    "entwicklerin unternehmer unternehmerin winzer winzerin landeshauptmann landeshauptfrau "
    "generalsekretär generalsekretärin funktionär funktionärin verteidiger verteidigerin "
    "koch köchin fahrer fahrerin pilot pilotin gastronom gastronomin ermittler ermittlerin "
    "vize vizepräsident vizepräsidentin nationalrat nationalrätin bundesrat bundesrätin "
    "landtagsabgeordnete diplomat diplomatin botschafter botschafterin herr frau nachfolger "
    "nachfolgerin vorgänger vorgängerin oberhaupt anwohner anwohnerin kollege kollegin "
    "angestellte angestellter beamte beamter beamtin "
    # trades, care, the arts and the everyday ("die Hebamme", "der Sanitäter", "die Dirigentin")
    "sanitäter pfleger pflegerin hebamme apotheker apothekerin zahnarzt zahnärztin tierarzt "
    "tierärztin imker imkerin handwerker elektriker installateur mechaniker tischler dachdecker "
    "soldat soldatin offizier offizierin archäologe archäologin geologe geologin meteorologe "
    "meteorologin astronom astronomin statistiker statistikerin diakon diakonin seelsorger "
    "seelsorgerin moderator moderatorin fotograf fotografin musiker musikerin dirigent dirigentin "
    "komponist komponistin tänzer tänzerin pianist pianistin schriftsteller schriftstellerin "
    "architekt architektin designer designerin lokführer lokführerin schüler schülerin student "
    "studentin rentner rentnerin pensionist pensionistin besucher besucherin kundin kellner "
    "kellnerin verkäufer verkäuferin jurist juristin notar notarin kläger klägerin "
    # ranks in the army, the police and the fire brigade, and who reports to a court
    # ("Oberst Martin Hofer", "Brandsachverständiger Uwe Kammler")
    "oberst oberstleutnant leutnant oberleutnant generalmajor generalleutnant brigadier feldwebel "
    "wachtmeister inspekteur inspekteurin kommandant kommandantin kommandeur kommandeurin admiral "
    "korporal oberrat oberrätin sachverständige sachverständiger gutachter gutachterin "
    "bergretter bergretterin "
    # local offices and club posts ("Gemeindeammann", "Ortsvorsteher", "Baubeigeordnete",
    # "Tourismusschöffe", "Kassenwart"; "Kreisfußballwart" as folded: ß is ss), innkeepers and sport's
    # professionals ("Hüttenwirt", "Ex-Profi")
    "ammann vorsteher vorsteherin beigeordnete beigeordneter schöffe schöffin torwart kassenwart platzwart "
    "zeugwart jugendwart pressewart sportwart fussballwart wirt wirtin profi hotelier hotelière ".split()
)
#: Endings that make a German noun a role or trade whatever the stem ("Grafikerin", "Grafiker",
#: "Pianistin", "Virologin", "Archäologe", "Friseurin", "Sekretärin"), after a stem of three letters or more
#: ("Erin" is a first name).
GERMAN_PERSON_SUFFIXES = (
    "erin", "istin", "login", "loge", "iker", "eurin", "ärin", "rätin",
    # (Latin and Greek agent nouns: "Doktorandin", "Praktikantin", "Dozentin", "Ozeanograf", "Agronomin")
    "andin", "antin", "entin", "graf", "grafin", "nomin",
    # sport: a ranking or a title won ("die EM-Vierte", "der Olympiasieger", "die Weltmeisterin")
    "zweite", "dritte", "vierte", "fünfte", "sieger", "meister",
)
#: German nouns of places and territories: before a name they say where, not who ("Bundesstaat
#: Illinois", "Kanton Zug").
GERMAN_PLACE_NOUNS = frozenset(
    "bundesstaat staat land bundesland stadt kanton provinz region bezirk kreis landkreis gemeinde "
    "hauptstadt dorf insel norden süden osten westen nordosten nordwesten südosten südwesten".split()
)
#: ... and the endings of their compounds ("Nachbarland Südsudan", "Heimatstadt Köln"), in words
#: long enough to be compounds (not "Roland").
GERMAN_PLACE_ENDINGS = ("staat", "stadt", "land", "provinz", "region", "bezirk", "kreis", "gemeinde", "insel", "dorf")
#: Endings of German abstract nouns ("Auswertungen", "Gesundheit", "Wirtschaft", "Universität"):
#: no part of anyone's name, nor of a place's ("-ung" alone is some surnames' end: "Hartung").
GERMAN_ABSTRACT_ENDINGS = (
    "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tionen", "tät", "täten", "ismus",
)
#: German nouns that end the names of organisations of their kind ("Vereinigungsministerium",
#: "Alfred-Wegener-Institut"): a capitalised word ending so names a body.
GERMAN_ORGANISATION_ENDINGS = tuple(
    "ministerium polizei unternehmen konzern firma regierung behörde verband verein partei gemeinde "
    "gericht staatsanwaltschaft kirche institut universität hochschule klinik bundesamt landesamt "
    "verwaltung fraktion gewerkschaft stiftung organisation gesellschaft agentur ligist "
    # (chambers, funds, alliances, courts of audit, councils: "Ärztekammer", "Krankenkasse",
    # "Landesrechnungshof", "Stadtelternbeirat")
    "kammer kasse vereinigung genossenschaft kommission ausschuss bündnis rechnungshof gerichtshof beirat "
    # (offices of engineers, planners, lawyers: "Ingenieurbüro", "Planungsbüro", "Anwaltskanzlei")
    "büro kanzlei "
    # (schools, academies and houses of the arts: "Max Reinhardt Seminar", "Goethe-Gymnasium", "Volkstheater")
    "seminar gymnasium akademie konservatorium theater museum "
    # (a fire brigade: "Freiwillige Feuerwehr Bordesholm", "Berufsfeuerwehr"; hospitals and their
    # groups, transport and other unions of bodies: "Klinikum Nord", "Klinikverbund", "Verkehrsverbund")
    "feuerwehr klinikum verbund "
    # (federations: "Deutscher Tierschutzbund", "Deutscher Gewerkschaftsbund", "Mieterbund")
    "bund "
    # (a town's utilities and transport, a district's hospitals: "Stadtwerke Gütersloh", "Kieler
    # Verkehrsbetriebe", "Kreiskliniken Reutlingen")
    "stadtwerke verkehrsbetriebe kliniken "
    # (insurers: "Österreichische Hagelversicherung", "Deutsche Rentenversicherung")
    "versicherung "
    "elternrat gemeinderat stadtrat kreistag landtag bundestag "
    # (the police's and the state's offices: "Polizeiinspektion", "Polizeipräsidium", "Landesdirektion")
    "inspektion präsidium direktion "
    # (the district's and the town's offices: "Landratsamt", "Gesundheitsamt", "Ordnungsamt")
    "landratsamt bezirksamt kreisamt gesundheitsamt ordnungsamt jugendamt sozialamt schulamt finanzamt "
    "zollamt bauamt standesamt umweltamt veterinäramt forstamt pfarramt denkmalamt bürgeramt kulturamt "
    "vermessungsamt wasserwirtschaftsamt".split()
)
#: Endings of German newspapers' names ("Süddeutsche Zeitung", "Weser-Tagblatt", "Lausitzer
#: Rundschau", "Generalanzeiger", "Ruhr Nachrichten"): an outlet's, no author's.
GERMAN_NEWSPAPER_ENDINGS = ("zeitung", "blatt", "rundschau", "anzeiger", "nachrichten")
#: "heißt es" in its tenses and its Swiss spelling: "„…“, hieß es in der Mitteilung".
GERMAN_HEISST = ("heißt", "hieß", "heisst", "hiess")
#: German nouns of a court's judges in the plural: "die Richter" speak as their court.
GERMAN_JUDGES = frozenset({"richter", "richterinnen"})
#: German nouns of what a body issues: its words are the body's ("heißt es in der Mitteilung").
GERMAN_ISSUED_NOUNS = frozenset(
    "mitteilung erklärung stellungnahme bericht studie pressemitteilung schreiben brief "
    # (what a body, a campaign or a court puts in writing: "In der Petition heißt es: «…»")
    "aussendung petition papier thesen entwurf antrag beschluss resolution gutachten analyse umfrage "
    "urteil begründung klage anklage aufruf appell statement "
    # (rules, agreements and messages a body writes: "In der geänderten Hausordnung heißt es: «…»")
    "ordnung satzung vertrag vereinbarung protokoll richtlinie leitfaden rundschreiben mail e-mail "
    "bescheid verfügung anordnung erlass entscheidung antwort "
    # (and what it warns or reports: "In der Warnung heißt es, es bestehe „…“")
    "warnung meldung prognose vorhersage "
    # (what a survey or a study finds: "heißt es in der Auswertung", "heißt es in der Untersuchung")
    "auswertung erhebung befragung untersuchung".split()
)


#: ... those long enough to end a compound ("Presseaussendung", "Positionspapier").
_COMPOUND_ISSUED_NOUNS = tuple(sorted((noun for noun in GERMAN_ISSUED_NOUNS if len(noun) >= 6), key=len, reverse=True))


def german_issued_noun(word: str) -> str | None:
    """The noun of what a body issues a German noun is, folded, alone or as a compound's last part
    ("Presseaussendung" → "aussendung", "Rückrufmeldung" → "meldung"), or None."""
    word = word.casefold()
    if word in GERMAN_ISSUED_NOUNS:
        return word
    return next((noun for noun in _COMPOUND_ISSUED_NOUNS if len(word) > len(noun) + 3 and word.endswith(noun)), None)


def is_german_issued_noun(word: str) -> bool:
    """Whether a German noun names what a body issues, alone or as a compound's last part
    ("Presseaussendung", "Positionspapier", "Gesetzentwurf")."""
    return german_issued_noun(word) is not None


#: German nouns of organisations and of what they issue ("die Polizei", "die Mitteilung"): a
#: speaker so described is a body, resolved to the body of that kind the article named.
#: ("das Haus": a theatre, a firm, an institution, "„…“, teilte das Haus mit")
GERMAN_ORGANISATION_NOUNS = frozenset(GERMAN_ORGANISATION_ENDINGS) | GERMAN_ISSUED_NOUNS | {
    "amt", "stadt", "team", "haus",
}
#: Nouns that stand for the organisation named last, whatever its kind ("the company said").
GENERIC_ORGANISATION_NOUNS = TRADE_BODY_NOUNS | frozenset(
    "company firm group agency organisation organization unternehmen konzern firma behörde".split()
)
#: Words before a capitalised word that make it no subject ("aus Chicago sagt": a place).
GERMAN_PREPOSITIONS = _both_spellings(
    "aus von vom in im bei beim mit für nach an am auf über unter vor zu zum zur gegen durch um ohne seit "
    "laut dank trotz wegen pro je neben hinter zwischen außer während statt anstatt entlang gegenüber bis ab "
    "samt binnen innerhalb außerhalb oberhalb unterhalb angesichts "
    # (a noun used as one: "schaute hinauf Richtung Kärpf")
    "richtung "
    # (a preposition and its article in one word: "Ans Aufhören denkt er nicht")
    "ans ins aufs fürs ums durchs vors übers unters hinters".split()
)
#: The stems of common German adjectives: inflected and capitalised they open sentences before
#: a noun ("Scharfe Kritik kam …", "Neue Stimmen …", "Bester Werfer war …"), which is no name. (Not
#: "all", "arm", "hell": "Allen", "Armen", "Hellen" are first names.)
GERMAN_COMMON_ADJECTIVES = frozenset(
    "neu gut groß gross klein alt jung scharf kalt warm heiß heiss nass trocken hoch lang kurz "
    "erst letzt nächst best schlecht schön stark schwach hart weich leicht schwer früh spät weit "
    "nah voll leer offen frei ander weiter gleich einzig eigen wichtig richtig falsch klar "
    "deutlich lieb knapp dick dünn breit tief flach fest laut leise schnell langsam ruhig sicher "
    "gesund krank reich teuer billig günstig dunkel rot grün blau gelb schwarz weiß weiss grau "
    "braun zweit dritt viert fünft zahlreich mehrer wenig viel solch manch jed beid größt grösst "
    "höchst meist kleinst ganz halb echt stolz harsch heftig massiv enorm riesig winzig intern "
    "extern öffentlich privat regional lokal national international politisch wirtschaftlich "
    "finanziell technisch sozial rechtlich deutsch österreichisch schweizerisch europäisch "
    "ehemalig bisherig künftig jetzig heutig damalig zuständig zusätzlich genau hoh".split()
)
#: German words a sentence opens with before its subject: no name and never a speaker, and a
#: name may follow them ("Auch Jacqueline Rioba", "Dazu sagte Scholz").
#: (as written and folded: "außerdem" is "ausserdem" to ``casefold()``)
GERMAN_SENTENCE_OPENERS = _both_spellings((
    "bei in im am auf aus mit nach von vom zu zum zur für über unter vor auch dazu doch dann so wie als "
    "und oder aber denn da dort hier heute gestern morgen nun jetzt noch schon immer nie zudem "
    "außerdem danach darauf damit dabei darin daraus darüber darunter davon dafür dagegen daneben deshalb daher "
    "trotzdem dennoch allerdings jedoch "
    # (and more that open a sentence before its verb: "Zugleich warnte sie vor Kürzungen: „…“")
    "zugleich gleichzeitig ebenso ebenfalls überdies stattdessen vielmehr somit folglich erneut wieder "
    # adverbs of time that open a sentence before a comma's phrase ("Später, unten am Traktor, sagt sie: …")
    "später zuvor anschließend schließlich inzwischen damals zuletzt zunächst vorher nachher "
    # (adverbs of degree and of what is so: "Besonders hob er den eingewechselten Riegel hervor")
    "besonders insbesondere bereits sogar immerhin jedenfalls nämlich übrigens mittlerweile derzeit seither "
    "bisher offenbar hingegen indes wiederum lediglich "
    # conjunctions that open a clause ("Ob Vreni das will, …"), question words and the verbs
    # a question opens with ("Welche Rolle spielt …", "Hat Leben …")
    "ob dass weil obwohl falls sobald nachdem bevor wenn während seitdem solange indem "
    "wer was welche welcher welches welchen welchem "
    "warum wieso weshalb wann wo woher wohin hat haben hatte hatten ist sind war waren wird werden "
    "wurde wurden kann können konnte muss müssen soll sollen darf dürfen"
).split())
#: German words that open a noun phrase (articles, pronouns, determiners, quantifiers): the
#: capitalised words after them are nouns, not a name ("Die Polizei Köln", "Viele Anwohner").
GERMAN_NOUN_PHRASE_STARTS = frozenset(
    "der die das den dem des ein eine einer eines einem einen ins beim er sie es wir ihr ich du man sein seine "
    "ihre unser dieser diese dieses alle viele einige jeder jede kein keine nicht laut nur wenn seit "
    "durch gegen ohne um "
    # quantifiers and numbers ("Weitere Mittel", "Zwei Zeitstrafen")
    "weitere weiteren anderen andere mehrere beide manche zahlreiche wenige sämtliche solche "
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend "
    # counts in the plural and points in time ("Hunderte Nachrichten", "Ende Monat", "Bis Silvester")
    "hunderte tausende zehntausende hunderttausende dutzende ende anfang mitte ab bis "
    "hunderten tausenden zehntausenden hunderttausenden dutzenden "  # ("mit Hunderten Unfällen")
    # possessives, the formal "you" and its forms ("Ihrer Instagram-Seite", "Euer Herz")
    "ihr ihrer ihrem ihren ihres ihnen euer eure eurem euren eurer dein deine deinem deinen deiner "
    "mein meine meinem meinen meiner unsere unserem unseren unserer seinem seinen seiner seines".split()
)
#: German articles and possessives: right before two capitalised words they make them a noun
#: phrase ("der Dreijährigen Blut", "seine Neue Heimat"), not a name (German names take none).
GERMAN_DETERMINERS = _both_spellings(
    "der die den dem des das ein eine einer eines einem einen ihre ihrer ihrem ihren seine seiner seinem seinen "
    "kein keine keiner keines keinem keinen dieser diese dieses diesem diesen jeder jede jedes jedem jeden "
    # a preposition and an article in one ("im Volk Intuition")
    "im zum zur vom beim ins "
    # numbers count nouns ("seit zehn Jahren Erzieherinnen")
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend".split()
)
#: Short words frequent in German prose and rare in any other language's.
GERMAN_FUNCTION_WORDS = frozenset("und der die das nicht ist ein eine sich mit auf für dem den auch wird wurde".split())
#: ... and in English prose.
ENGLISH_FUNCTION_WORDS = frozenset("the of to and in on for is was has have will by with".split())
