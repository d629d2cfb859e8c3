"""Datelines in the wire and newspaper conventions, and the sentence openings that are not ones."""

from __future__ import annotations

import pytest

from articleclean.structure.dateline import find_dateline

ACCEPTED = [
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON", "AP", "WASHINGTON (AP) —"),
    ("HAYWARD, Calif. (AP) — A man was arrested.", "HAYWARD, Calif.", "AP", "HAYWARD, Calif. (AP) —"),
    ("LONDON, Nov 25 (Reuters) - Shares fell sharply.", "LONDON", "Reuters", "LONDON, Nov 25 (Reuters) -"),
    ("BUFFALO, N.Y. — Snow fell all night.", "BUFFALO, N.Y.", None, "BUFFALO, N.Y. —"),
    ("PORTLAND, Ore. – Police said on Monday.", "PORTLAND, Ore.", None, "PORTLAND, Ore. –"),
    ("MOSCOW -- Russia said it would respond.", "MOSCOW", None, "MOSCOW --"),
    ("Sacramento – The governor signed the bill.", "Sacramento", None, "Sacramento –"),
    ("PARIS (AFP) - France said it would act.", "PARIS", "AFP", "PARIS (AFP) -"),
    ("Berlin (dpa) - Die Regierung hat beschlossen.", "Berlin", "dpa", "Berlin (dpa) -"),
    # a day with its ordinal's letters; a full stop closing the date before the agency
    ("ABU DHABI, 3rd March, 2026 (WAM) -- The department has opened a new road.", "ABU DHABI", "WAM",
     "ABU DHABI, 3rd March, 2026 (WAM) --"),
    ("MOSCOW, March 3. /TASS/. Russia's Central Bank has registered a new coin.", "MOSCOW", "TASS",
     "MOSCOW, March 3. /TASS/."),
    # pressetext's item code, date and time in the agency's brackets
    ("Wien (pte012/12.03.2026/10:30) - Österreichs Firmen suchen Personal.", "Wien", "pte",
     "Wien (pte012/12.03.2026/10:30) -"),
    ("TAMPA, Fla. (WFLA) - A woman was rescued.", "TAMPA, Fla.", "WFLA", "TAMPA, Fla. (WFLA) -"),
    # a local TV station by its channel's number
    ("ELLIS COUNTY, Kan. (News 5) — A rollover closed the highway.", "ELLIS COUNTY, Kan.", "News 5",
     "ELLIS COUNTY, Kan. (News 5) —"),
    ("SEATTLE (KOMO 4 News) — Crews worked through the night.", "SEATTLE", "KOMO 4 News", "SEATTLE (KOMO 4 News) —"),
    ("MUMBAI: The index rose two percent.", "MUMBAI", None, "MUMBAI:"),
    ("(CNN) — The president said on Friday.", "", "CNN", "(CNN) —"),
    ("Washington, D.C. — As humanity stands on the brink.", "Washington, D.C.", None, "Washington, D.C. —"),
    # press releases: the wire's name between slashes or in capitals, the date with its year
    ("NEW YORK, Dec. 1, 2025 /PRNewswire/ -- Acme Corp announced today.", "NEW YORK", "PRNewswire",
     "NEW YORK, Dec. 1, 2025 /PRNewswire/ --"),
    ("SAN JOSE, Calif., Nov. 30, 2025 (GLOBE NEWSWIRE) -- Acme said.", "SAN JOSE, Calif.", "GLOBE NEWSWIRE",
     "SAN JOSE, Calif., Nov. 30, 2025 (GLOBE NEWSWIRE) --"),
    ("BOSTON--(BUSINESS WIRE)--Acme Corp today announced a deal.", "BOSTON", "BUSINESS WIRE",
     "BOSTON--(BUSINESS WIRE)--"),
    ("SAN JUAN, Puerto Rico (AP) — A storm hit.", "SAN JUAN, Puerto Rico", "AP", "SAN JUAN, Puerto Rico (AP) —"),
    # German: an agency and its desk, places listed, a place in brackets, a full stop for a dash
    ("Hamburg (dpa/lno) – Trotz eines Gespräches blieb es.", "Hamburg", "dpa/lno", "Hamburg (dpa/lno) –"),
    ("Berlin/Frankfurt (dpa) - Die Bahn streikt.", "Berlin/Frankfurt", "dpa", "Berlin/Frankfurt (dpa) -"),
    ("München / Berlin - Die Regierung plant.", "München / Berlin", None, "München / Berlin -"),
    ("Wiesbaden (KNA/iz). Bundespräsident Steinmeier warnt.", "Wiesbaden", "KNA/iz", "Wiesbaden (KNA/iz)."),
    ("(Leipzig) - Von Preisbremsen bis zur Mehrwegpflicht.", "Leipzig", None, "(Leipzig) -"),
    ("(Reuters) - Shares fell.", "", "Reuters", "(Reuters) -"),
    ("Düsseldorf, 22. März 2022 - Die Stadt plant.", "Düsseldorf", None, "Düsseldorf, 22. März 2022 -"),
    # small words inside a place's name; a comma before the agency
    ("Frankfurt am Main (dpa) - Die Stadt plant.", "Frankfurt am Main", "dpa", "Frankfurt am Main (dpa) -"),
    ("Rio de Janeiro, Brazil (AP) — Police said.", "Rio de Janeiro, Brazil", "AP", "Rio de Janeiro, Brazil (AP) —"),
    ("GEORGETOWN, Guyana, (DPI) – The ministry said.", "GEORGETOWN, Guyana", "DPI", "GEORGETOWN, Guyana, (DPI) –"),
    # a dash set close to the sentence; places in capitals listed with a slash
    ("BRUSSELS, Belgium—The EU said.", "BRUSSELS, Belgium", None, "BRUSSELS, Belgium—"),
    ("WASHINGTON --The Senate voted.", "WASHINGTON", None, "WASHINGTON --"),
    ("LOS ANGELES/NEW YORK (Reuters) - Stocks fell.", "LOS ANGELES/NEW YORK", "Reuters",
     "LOS ANGELES/NEW YORK (Reuters) -"),
    # two words with no agency: a town's first word says it is a place
    ("Bad Sollingen – Es ist kurz nach zehn.", "Bad Sollingen", None, "Bad Sollingen –"),
    ("Markt Schwaben – Das Freibad bleibt auch im Sommer geöffnet.", "Markt Schwaben", None, "Markt Schwaben –"),
    ("New Haven — The city council voted.", "New Haven", None, "New Haven —"),
    # … or its last word, or a particle joining it to its river or hill
    ("Cape Town – Minstrel troupe leaders have accused the city.", "Cape Town", None, "Cape Town –"),
    ("Gries am Brenner – Am Samstag ging auf der Brennerstraße nichts mehr.", "Gries am Brenner", None,
     "Gries am Brenner –"),
    # Indian wires: the state or country in brackets, the date, the agency, then the text
    # (the state or the country in brackets is part of the place as the wire prints it)
    ("Alappuzha (Kerala), Aug 8 (PTI) The boat race was postponed.", "Alappuzha (Kerala)", "PTI",
     "Alappuzha (Kerala), Aug 8 (PTI)"),
    ("New Delhi [India], Aug 8 (ANI): The government said.", "New Delhi [India]", "ANI",
     "New Delhi [India], Aug 8 (ANI):"),
    ("Srinagar (Jammu and Kashmir) [India], March 3 (ANI): The administration said.",
     "Srinagar (Jammu and Kashmir) [India]", "ANI", "Srinagar (Jammu and Kashmir) [India], March 3 (ANI):"),
    ("Kolkata, April 18: Production of first flush tea fell.", "Kolkata", None, "Kolkata, April 18:"),
    # a wire's date and no place; a date with its year closed by a full stop
    ("Nov 30 (Reuters) - Shares fell sharply.", "", "Reuters", "Nov 30 (Reuters) -"),
    ("Berlin, 1. Dezember 2025. Die Regierung hat beschlossen.", "Berlin", None, "Berlin, 1. Dezember 2025."),
    # German towns with their river, before an agency or alone; places listed, closed by a full stop
    ("Halle (Saale) (dpa) – Die Stadt hat beschlossen.", "Halle (Saale)", "dpa", "Halle (Saale) (dpa) –"),
    ("Frankfurt (Oder) – Die Stadt hat beschlossen.", "Frankfurt (Oder)", None, "Frankfurt (Oder) –"),
    ("Brüssel/Berlin. Die EU-Kommission hat beschlossen.", "Brüssel/Berlin", None, "Brüssel/Berlin."),
    # a town in title case and a colon before a long English sentence, as Gulf and Indian papers open
    # a town and a full stop before any German sentence, as German regional papers open
    ("Köln. Sie kamen mit Pappschildern, Trommeln und Schulranzen.", "Köln", None, "Köln."),
    ("Erfurt. Sonntag, kurz nach elf. Tim Rehbein hält seine Karte an ein Lesegerät.", "Erfurt", None, "Erfurt."),
    ("Gunzenhausen. 32 Grad im Schatten, kaum Wind und ein See wie eine Badewanne.", "Gunzenhausen", None,
     "Gunzenhausen."),
    ("Dubai: Private schools in Dubai will be allowed to raise their fees by up to 2.35 per cent.", "Dubai", None,
     "Dubai:"),
    ("New Delhi: The government on Monday announced a new scheme for farmers across the country.", "New Delhi",
     None, "New Delhi:"),
]

REJECTED = [
    "Washington has long argued that it is right.",
    "A HUNTER who went missing was found alive.",
    "DEAR ABBY: My husband snores every night.",
    "However — and this matters — the plan failed.",
    # a title's "retired", no town's region: "Bürgermeister a. D."
    "Bürgermeister a. D. – Ein Leben für die Gemeinde, erzählt von ihm selbst.",
    "SPONSORED: Buy two, get one free.",
    "DISCLOSURE: If you buy through affiliate links, I may earn a small commission.",
    "DISCLAIMER: This is not financial advice.",
    "Smith (Reuters): The plan failed.",  # a colon after an agency but no date: no wire's dateline
    "The council met on Tuesday — and voted.",
    "Berlin (dpa). die Regierung",  # a full stop after the brackets, then no sentence
    "Die Stadt/Gemeinde hat beschlossen - und gebaut.",
    "Berlin am Montag – Die Stadt hat beschlossen.",  # a place, then a day: no place's name
    "Meanwhile—The plan failed.",
    "Breaking News – Die Börse schloss im Plus.",  # two words, neither a town's: no place
    "A well-known half-truth—Nobody believed it.",
    "Seattle, 2019. The company moved.",  # a year alone is no dateline's date
    "Seattle (2019) — The company moved.",  # a year in brackets is no station
    "Dec 1 (Update) The shares fell.",  # a date and a bracket, no dash: no wire's dateline
    # a label in title case before a colon, or a short or German line after it
    "Column: The newspaper business has been shrinking for two decades and it is not over.",
    "Note: This article was updated on Monday with a new statement from the ministry.",
    "Kommentar: Die Regierung hat in dieser Woche wieder einmal eine Chance vertan.",
    # a piece's kind or urgency, a site's section before a bar
    "Nachruf: Mit Erwin Kößler hat die Stadt einen ihrer prägendsten Kommunalpolitiker verloren. Mehr folgt.",
    "Standpunkt: Es ist richtig, dass die Gemeinde beim Neubau des Feuerwehrhauses spart. Mehr folgt.",
    "Eilt: Der Bundestag hat das Gesetz zur Reform des Wehrdienstes am Abend beschlossen. Mehr folgt.",
    "Vermischtes | Ein Schwan hat am Sonntag auf der Bundesstraße für einen Stau gesorgt.",
    "Berlin: The plan failed.",
    # two title-case words before a dash, neither a town's word
    "Breaking News – The council voted on Tuesday to close the pier for the winter.",
    # a one-word sentence that is a state of things
    "Stillstand. Seit Wochen geht auf der Baustelle nichts voran, und die Anwohner sind sauer.",
]


@pytest.mark.parametrize(("text", "location", "agency", "raw"), ACCEPTED)
def test_datelines_found(text: str, location: str, agency: str | None, raw: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.location, found.agency, found.raw) == (location, agency, raw)


def test_dateline_date_is_kept() -> None:
    found = find_dateline("LONDON, Nov 25 (Reuters) - Shares fell sharply.")
    assert found is not None and found.date == "Nov 25"


@pytest.mark.parametrize("text", REJECTED)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        # German place lines closed by a full stop
        ("Frankfurt a.M. (epd). Der Hessische Rundfunk will Stellen abbauen.", "Frankfurt a.M.", "epd"),
        ("Halle a.d. Saale. Die Stadt hat einen neuen Haushalt beschlossen.", "Halle a.d. Saale", None),
        # a town's river or region abbreviated, with or without spaces, before a dash or an agency
        ("Mühldorf a. Inn – Der Ausbau der Bahnstrecke kommt voran.", "Mühldorf a. Inn", None),
        ("Neustadt a. d. Aisch – Der Kreistag hat den Neubau auf Eis gelegt.", "Neustadt a. d. Aisch", None),
        ("Weiden i.d.OPf. (dpa/lby) - Nach einem Brand ermittelt die Polizei.", "Weiden i.d.OPf.", "dpa/lby"),
        ("Bad Homburg v. d. Höhe – Die Stadt plant ein neues Hallenbad.", "Bad Homburg v. d. Höhe", None),
        ("BAD BERLEBURG, im Mai. Kurz vor acht Uhr stehen die ersten Kunden vor der Tür.", "BAD BERLEBURG", None),
        # the day it was written, as the FAZ prints it
        ("FRANKFURT, 9. März. Wer nach der Uraufführung im Foyer der Oper stand, hörte viel.", "FRANKFURT", None),
        ("COTTBUS. Die Tafel nimmt keine neuen Kunden mehr auf.", "COTTBUS", None),
        # a quote opening the first sentence
        ("COLMAR. „Wir haben so etwas noch nie erlebt“, sagt der Bürgermeister.", "COLMAR", None),
        # a sentence opening with a count after the place line
        ("Kiel. 31 Jahre hat Gisela Thomsen an der Kasse gesessen.", "Kiel", None),
        ("Cottbus. Vor der Ausgabestelle stehen die Menschen schon um sieben.", "Cottbus", None),
        # a particle of two words before the river
        ("Mülheim an der Ruhr. Die Promenade am Fluss bekommt einen neuen Spielplatz.", "Mülheim an der Ruhr", None),
        # a town's name of three letters
        ("Hof. Der Filmtage-Verein hat sein Programm für den Herbst vorgestellt.", "Hof", None),
        ("Aue. Das Erzgebirgsstadion bekommt eine neue Flutlichtanlage.", "Aue", None),
        # a press release's date and a bar before the place
        ("Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit stand im Mittelpunkt.",
         "Berlin", None),
    ],
)
def test_german_place_lines(text: str, location: str, agency: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.location, found.agency) == (location, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Endlich. Die Stadt hat einen neuen Haushalt beschlossen.",  # a one-word sentence
        "Endlich. 31 Jahre hat es gedauert.",
        "Endlich. „Wir haben es geschafft“, sagte die Trainerin.",
        "Berlin. 2024 war ein gutes Jahr für die Stadt.",  # a year is no count of things
        "U.S. Attorney Jane Doe said the case would go to trial.",  # an abbreviation, no place line
        "Heute. Die Stadt hat einen neuen Haushalt.",  # an adverb opening a sentence
        "Gestern, 9. März. Die Stadt hat einen neuen Haushalt.",  # an adverb and a date
        # a word of three letters that is a sentence of its own, or a title's short form
        "Tja. Das war es dann wohl mit dem Sommer in der Stadt.",
        "Gut. Die Stadt hat einen neuen Haushalt beschlossen.",
        "Gov. Ramona Estevez said Tuesday night that the state had crews ready.",
    ],
)
def test_full_stops_that_close_no_place_line(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    "text", ["MIGRATION – Probleme zwischen Einheimischen und Flüchtlingen.", "EDUCATION — Schools reopen today."]
)
def test_a_kickers_topic_is_no_place(text: str) -> None:
    assert find_dateline(text) is None


def test_a_place_with_such_an_ending_and_a_region_stays_one() -> None:
    found = find_dateline("MARION, Ohio (AP) — A fire destroyed a barn.")
    assert found is not None and found.location == "MARION, Ohio"


def test_a_source_line_with_its_time_stamp_is_no_dateline() -> None:
    assert find_dateline("FIT FOR FUN — 02.01.23 09:51 Schon länger ist bekannt: Der Darm beeinflusst uns.") is None
    # a place before a sentence that opens with a number stays one
    found = find_dateline("Berlin (dpa) - 12.000 Menschen haben am Samstag in Berlin demonstriert.")
    assert found is not None and found.location == "Berlin"


def test_a_place_line_opens_only_the_first_paragraph() -> None:
    from articleclean import extract

    story = ("Vor langer Zeit hatte ich schon einmal die Behauptung aufgegriffen, die Impfung sei verboten "
             "worden. Damals hatte ich mich sehr kurz gefasst und nur die Quellen genannt.")
    reply = "Nope. Niemand ist daran gestorben, und auch sonst ist nichts davon wahr geworden."
    claim = "„Die Impfung wurde verboten, weil so viele Menschen daran gestorben sind.“"
    page = ("<html lang='de'><body><article><h1>Die Impfung und die Gerüchte</h1><p>{}</p><p>{}</p>"
            "</article></body></html>")
    assert extract(page.format(story, claim + "</p><p>" + reply)).dateline is None
    # as the first paragraph it is one ("Kiel. Der …")
    found = extract(page.format("Kiel. Der Stadtrat hat am Montag neue Regeln für den Hafen beschlossen.", story))
    assert found.dateline is not None and found.dateline.location == "Kiel"


@pytest.mark.parametrize(
    "text",
    [
        # a play's character and what the actor does, in a review's second paragraph
        "Medea – Myrto Kalogeropoulou, in a role she has wanted for two decades – has just learned the news.",
        # an interview's speaker labels
        "PI: Why did you come back to the valley after so many years?",
        "Gashi – My father was the last shepherd in our village who still went up.",
    ],
)
def test_a_later_paragraph_opens_with_a_wires_dateline_only(text: str) -> None:
    assert find_dateline(text, opening=False) is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("VIENNA — The house where the dictator was born will be turned into a police station.", "VIENNA"),
        ("LOS ANGELES (AP) — To the forward, triple-doubles are not a goal.", "LOS ANGELES"),
        ("Hong Kong (CNN Business)A muddled view of the trade talks weighs on markets.", "Hong Kong"),
        ("DAET, Camarines Norte — The provincial board proclaimed the new governor early Thursday.",
         "DAET, Camarines Norte"),
    ],
)
def test_a_wires_dateline_opens_a_later_paragraph(text: str, location: str) -> None:
    found = find_dateline(text, opening=False)
    assert found is not None and found.location == location


def test_a_place_set_on_a_line_of_its_own_after_the_standfirst_is_the_dateline() -> None:
    from articleclean import extract

    page = ("<html><body><article><h1>Ascom and Draeger join alarm systems</h1>"
            "<p>The integration will deliver alarm notifications to caregivers' phones across North America.</p>"
            "<p>{}</p><p>Ascom, a solutions provider focused on healthcare, announced a new alarm system with "
            "Draeger on Tuesday, for hospitals in the United States and Canada.</p></article></body></html>")
    found = extract(page.format("BAAR, SWITZERLAND"))
    assert found.dateline is not None and found.dateline.location == "BAAR, SWITZERLAND"
    # (the line in capitals, read as a heading, heads no section: it stays a paragraph of the text)
    assert [s.heading for s in found.sections] == [None]
    assert "BAAR, SWITZERLAND" in [b.text for b in found.sections[0].blocks]
    assert find_dateline("PITTSBURGH, Pa.", opening=False).location == "PITTSBURGH, Pa."  # type: ignore[union-attr]
    # a place alone without its region, a label with one, or a line going on, are none
    for line in ("PITTSBURGH", "UPDATE, Monday", "BAAR, SWITZERLAND, where the firm was founded in 1955, is home"):
        assert find_dateline(line, opening=False) is None, line


_STORY = "Der Wecker klingelt um vier Uhr früh, doch die Bäuerin ist längst wach und im Stall bei den Kühen."


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Vent –", "Vent"), ("Wittstock/Dosse –", "Wittstock/Dosse"), ("WASHINGTON —", "WASHINGTON"),
        ("Hamburg -", "Hamburg"),
        # a full stop or a colon closing it, or places joined by a slash and no mark at all
        ("Brixen.", "Brixen"), ("ISLAMABAD:", "ISLAMABAD"), ("Innsbruck/Wien", "Innsbruck/Wien"),
        ("Zürich / Bern", "Zürich / Bern"),
        # a place in capitals and no mark at all
        ("HAMBURG", "HAMBURG"), ("BAD HERSFELD", "BAD HERSFELD"),
    ],
)
def test_a_dateline_set_off_in_a_paragraph_of_its_own_is_the_stories(line: str, location: str) -> None:
    from articleclean import extract
    from articleclean.structure.dateline import dateline_set_off

    found = dateline_set_off(line, _STORY)
    assert found is not None and found.location == location and found.raw == line
    page = f"<html><body><article><h1>Ein Tag auf dem Hof</h1><p>{line}</p><p>{_STORY}</p></article></body></html>"
    article = extract(page)
    assert article.dateline is not None and article.dateline.location == location


@pytest.mark.parametrize(
    ("line", "following"),
    [
        ("Fazit –", _STORY),  # a label, no place
        ("Anna Berger –", _STORY),  # a byline
        ("Von Anna Berger -", _STORY),
        ("Vent", _STORY),  # no dash: a word alone
        ("Vent – der Ort liegt auf 1900 Metern", _STORY),  # the paragraph goes on: no line of its own
        ("Vent –", ""),  # nothing after it
        # a site's sections over the story, alone or in a path; a sentence of one word
        ("Politik/Inland", _STORY), ("Sport/Football", _STORY), ("Kultur.", _STORY), ("Wetter:", _STORY),
        ("Endlich.", _STORY),
        # capitals alone: a byline's name, a site's section
        ("BERNADETTE ORTNER", _STORY), ("SPORT", _STORY), ("POLITIK", _STORY),
    ],
)
def test_a_short_paragraph_ending_in_a_dash_is_no_dateline_unless_a_place(line: str, following: str) -> None:
    from articleclean.structure.dateline import dateline_set_off

    assert dateline_set_off(line, following) is None


def test_a_characters_name_after_a_reviews_lede_is_no_dateline() -> None:
    from articleclean import extract

    lede = ("There is a moment, about forty minutes into the new staging at the ancient theatre, when nine "
            "thousand people seem to stop breathing at once. Nobody coughs. Nobody checks a phone.")
    scene = "Medea – Myrto Kalogeropoulou, in a role she has wanted for two decades – has just learned the news."
    more = ("The director sets the tragedy in a transit zone: a concrete platform, a chain-link fence and "
            "plastic chairs bolted together in rows, where everyone waits and nobody is ever called.")
    page = "<html><body><article><h1>A Medea for our age</h1><p>{}</p><p>{}</p><p>{}</p></article></body></html>"
    assert extract(page.format(lede, scene, more)).dateline is None
    # as the first paragraph, a town before a dash is one ("Sacramento – The governor …")
    found = extract(page.format("Sacramento – The governor signed the bill on a quiet Monday evening.", lede, more))
    assert found.dateline is not None and found.dateline.location == "Sacramento"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the Spanish-language press closes the place with a full stop before the dash
        ("TEGUCIGALPA, HONDURAS.- Tras la extradición del expresidente, han comenzado", "TEGUCIGALPA, HONDURAS"),
        ("MADRID.- El presidente del Gobierno dijo hoy que", "MADRID"),
        # (an abbreviation keeps its full stop)
        ("TALLAHASSEE, Fla. — The governor said on Monday that", "TALLAHASSEE, Fla."),
    ],
)
def test_a_full_stop_before_the_dash_is_no_part_of_the_place(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


@pytest.mark.parametrize(
    "text",
    [
        # a label before a colon, and a time of the week before a full stop, are no places
        "Truth: 45% of NFL fans are female, 46% of MLB fans are female and the rest are not",
        "BY: Ilana Muhlstein, MS, RDN",
        "Time/Location: Tuesdays and Thursdays in the main hall of the college",
        "DIY: Kleines Farbbüchlein für die Kinder zum Basteln am Nachmittag",
        "Wochenende. Regen. Mist. Die Kinder rufen nach außergewöhnlichen Unternehmungen.",
    ],
)
def test_labels_and_times_are_no_places(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a German place line of a town's two words: a prefix, or a river's particle
        ("Bad Hersfeld. Die Stadt hat am Montag entschieden, das Freibad zu schließen.", "Bad Hersfeld"),
        ("Sankt Augustin. Vor dem Rathaus standen am Morgen die ersten Demonstranten.", "Sankt Augustin"),
        ("Frankfurt am Main. Die Stadt hat am Montag entschieden, das Freibad zu schließen.", "Frankfurt am Main"),
        # a city and its district in capitals
        ("WIEN/ALSERGRUND. Kurz nach Mitternacht war es so weit, der erste Zug fuhr ein.", "WIEN/ALSERGRUND"),
        # two words of a town's name with no prefix, before a German sentence
        ("Novi Sad. Um 11.52 Uhr steht der Platz vor dem Bahnhof still, Tausende schweigen.", "Novi Sad"),
        ("Heilbad Heiligenstadt. Auf dem Pappschild, das er an den Rollator drückt, steht ein Satz.",
         "Heilbad Heiligenstadt"),
        ("Bergisch Gladbach. Der Kassenwart des Kleingartenvereins stand am Montag vor Gericht.",
         "Bergisch Gladbach"),
    ],
)
def test_german_place_lines_of_towns_of_two_words(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


@pytest.mark.parametrize(
    "text",
    [
        "Große Freude. Die Stadt hat am Montag entschieden, das Freibad zu öffnen.",
        "Herzlich Willkommen. Die Stadt hat am Montag entschieden, das Freibad zu öffnen.",
        "Neue Regeln. Die Bundesregierung will die Regeln für Abschiebungen verschärfen.",
        "Wichtig Bleibt. Die Stadt hat am Montag entschieden, das Freibad zu öffnen.",
    ],
)
def test_two_capitalised_words_and_a_full_stop_are_no_place_line_when_the_first_is_an_adjective(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # (East African papers print the town so: "Namugongo. Hundreds of pilgrims …")
        ("Namugongo. Hundreds of pilgrims who set off on foot from Kenya and Rwanda arrived.", "Namugongo"),
        ("Washington. The president said on Monday that he would sign the bill.", "Washington"),
    ],
)
def test_an_english_place_line_of_one_town_before_an_english_sentence(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations. The team has won the cup for the third time in a row.",
        "Finally. The day has come for all of us to go home at last.",
        "Namugongo. Pilger aus Kenia kamen zu Fuß.",  # (too few English words to tell the sentence's language)
    ],
)
def test_a_word_and_a_full_stop_before_an_english_sentence_that_names_no_place(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location", "agency", "date"),
    [
        # a month in capitals, the day first or after it
        ("KEETMANSHOOP, 14 MAY (NAMPA) – The municipality has cut the water to more homes.", "KEETMANSHOOP", "NAMPA",
         "14 MAY"),
        # an agency in capitals with no brackets after the date, a dash or a full stop after it
        ("Hohoe, Nov. 20, GNA - Members of the assembly have rejected the budget again.", "Hohoe", "GNA", "Nov. 20"),
        ("YEREVAN, MARCH 3, ARMENPRESS. Duduk master Levon Mkrtchyan has died at 81.", "YEREVAN", "ARMENPRESS",
         "MARCH 3"),
        # a word in brackets after a date is an agency, not a place
        ("KUALA LUMPUR, Dec 3 (Bernama) -- The Health Ministry has recorded 120 new cases.", "KUALA LUMPUR",
         "Bernama", "Dec 3"),
    ],
)
def test_wire_datelines_with_a_date_before_the_agency(text: str, location: str, agency: str, date: str) -> None:
    found = find_dateline(text)
    assert found is not None and (found.location, found.agency, found.date) == (location, agency, date)


def test_capitals_after_a_comma_without_a_date_are_no_agency() -> None:
    # (no date before it: "MIAMI, FLA." is a place and its state)
    found = find_dateline("MIAMI, FLA. — The storm reached the coast on Tuesday night.")
    assert found is not None and found.agency is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a place in capitals set apart only by its type: no mark before the sentence
        ("MÖNCHENGLADBACH Der Kasten ist kleiner, als man denkt.", "MÖNCHENGLADBACH"),
        ("APENRADE/AABENRAA Kurz vor Mitternacht brach im Saal Jubel aus.", "APENRADE/AABENRAA"),
        # a town joined to its neighbour or valley by "bei" or "in"
        ("Neustadt bei Coburg. Es ist ein schwerer Schlag für die Puppenstadt.", "Neustadt bei Coburg"),
        ("St. Martin in Passeier – Das Geräusch ist ein trockenes Knacken.", "St. Martin in Passeier"),
    ],
)
def test_german_datelines_with_no_mark_or_a_loose_particle(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


@pytest.mark.parametrize(
    "text",
    [
        "ACHTUNG Die Straße ist ab Montag gesperrt.",  # a label in capitals
        "EXKLUSIV Der Trainer spricht über seinen Abschied.",
        "SPD Die Partei will die Wahl anfechten.",  # an acronym of three letters
        "Kinder in Not. Die Hilfe kommt oft zu spät.",  # no town before "in"
        "Berlin in Gefahr – Die Stadt bangt um ihre Bäder.",
    ],
)
def test_capitals_and_particles_that_open_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        # a regional paper's short name after the place and a slash, in the agency's place
        ("Magdeburg/MZ – Die Pläne der Landesregierung sind im Landtag auf Widerstand gestoßen.", "Magdeburg", "MZ"),
        ("Köthen/MZ - Die Stadt plant einen neuen Radweg.", "Köthen", "MZ"),
        # ... after a town's river in brackets, which stays part of its name
        ("Halle (Saale)/MZ - Die Stadtwerke wollen ein neues Fernwärmenetz bauen.", "Halle (Saale)", "MZ"),
        ("Frankfurt (Oder)/MOZ – Die Stadt sucht Erzieher für zwei neue Kitas.", "Frankfurt (Oder)", "MOZ"),
        # places listed stay places, a country's initials no paper
        ("Berlin/Frankfurt (dpa) - Die Bahn streicht Verbindungen.", "Berlin/Frankfurt", "dpa"),
        ("Genf/USA - Die Gespräche gehen weiter.", "Genf/USA", None),
        # (a river alone, no paper, and a river before an agency)
        ("Frankfurt (Oder) – Die Stadt sucht Erzieher.", "Frankfurt (Oder)", None),
        ("Halle (Saale) (dpa) - Die Stadt will mehr Radwege bauen.", "Halle (Saale)", "dpa"),
    ],
)
def test_a_papers_short_name_after_the_place(text: str, location: str, agency: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.location, found.agency) == (location, agency)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Oldenburg: Die Molkereigenossenschaft zahlt ihren Lieferanten ab April mehr für die Milch. "
         "Das sind 1,5 Cent.", "Oldenburg"),
        # (a sentence whose small words are prepositions and inflected articles)
        ("Oldenburg: Die Molkereigenossenschaft Ammerland zahlt ihren Lieferanten ab April einen Grundpreis "
         "von 52 Cent. Das ist mehr.", "Oldenburg"),
        ("Graz: Die steirische Bildhauerin Hermine Stadlober ist im Alter von 84 Jahren in ihrer Heimatstadt "
         "gestorben. Sie starb am Sonntag.", "Graz"),
    ],
)
def test_a_town_before_a_colon_and_a_german_sentence(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


@pytest.mark.parametrize(
    "text",
    [
        "Fazit: Die Stadt hat mit dem Projekt die Erwartungen der Bürger nicht erfüllt. Mehr dazu später.",
        "Fazit: Die Genossenschaft zahlt ihren Lieferanten ab April einen Grundpreis von 52 Cent. Mehr.",
        "Übrigens: Unser Schnuppertraining findet weiter statt und ist für die Leute da. Kommen Sie vorbei.",
        "Digitalisierung: Die Stadt will bis 2030 alle Anträge im Netz anbieten, sagt der Bürgermeister. Mehr.",
        "Olympia: Die 7 neuen Disziplinen im Programm der Winterspiele 2022",  # a headline after a topic
    ],
)
def test_a_label_or_topic_before_a_colon_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None



@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        ("Valencia (EFE).- Commuter trains on the C-3 line will be replaced by buses.", "Valencia", "EFE"),
        ("Mexico City, Aug 9 (EFE).- The novelist and poet, whose books told of three generations, has died.",
         "Mexico City", "EFE"),
    ],
)
def test_an_agency_closed_by_a_full_stop_and_a_hyphen(text: str, location: str, agency: str) -> None:
    found = find_dateline(text)
    assert found is not None and (found.location, found.agency) == (location, agency)


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        ("KUMASI taz | Wo vor drei Jahren noch Kakaobäume standen, klaffen heute schlammige Gruben.", "KUMASI", "taz"),
        ("BERLIN taz | Die Koalition streitet seit Wochen über den Haushalt des kommenden Jahres.", "BERLIN", "taz"),
        ("Ostenfeld | Ein Feuer hat in der Nacht zu Sonntag eine reetgedeckte Scheune zerstört.", "Ostenfeld", None),
        # (a word alone that no list of sections or topics holds: a town whatever its form)
        ("Husum | Ein Feuer hat in der Nacht zu Sonntag eine reetgedeckte Scheune zerstört.", "Husum", None),
        ("Aachen | Die Stadt hat in der Nacht zu Sonntag eine Brücke für den Verkehr freigegeben.", "Aachen", None),
    ],
)
def test_a_place_before_a_bar(text: str, location: str, agency: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.location, found.agency) == (location, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Politik | Inland | Die Regierung hat in der Nacht einen neuen Haushalt beschlossen.",  # sections
        "SPORT | Der Verein hat in der Nacht seinen Trainer entlassen, teilte er mit.",  # a section in capitals
        "Berichte | Die Regierung hat in der Nacht einen neuen Haushalt beschlossen.",  # a word, no town
        "Wirtschaft | Die Inflation ist im März leicht gesunken, wie das Bundesamt mitteilte.",  # a section
        "Ratgeber | Wer jetzt seine Heizung tauscht, kann von der Förderung profitieren.",
        "Digitalisierung | Die Regierung hat in der Nacht einen neuen Haushalt beschlossen.",  # a topic
    ],
)
def test_sections_before_a_bar_are_no_place(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("St. Pölten/Wien – Der Rechnungshof übt scharfe Kritik an einem IT-Projekt.", "St. Pölten/Wien"),
        ("Bad Homburg/Frankfurt (dpa) - Die Polizei sucht nach einem Mann.", "Bad Homburg/Frankfurt"),
    ],
)
def test_places_listed_with_a_town_of_two_words(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


def test_a_name_and_a_title_with_a_slash_are_no_places() -> None:
    assert find_dateline("Jane Doe/Staff Writer – The council met on Monday to discuss the budget.") is None


@pytest.mark.parametrize(
    "text",
    [
        "MONDAY, March 2, 2026 (HealthDay News) -- Smartwatch alerts for an irregular heartbeat may help.",
        "KYODO NEWS - Feb 12, 2026 - 18:42",  # the agency's name where a place would stand
        "Kilcormac (Offaly) 1-17 Ballyfinn (Laois) 2-13. A late point sent Kilcormac into the final.",  # a score
    ],
)
def test_a_weekday_an_agency_and_a_score_line_are_no_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_an_agency_after_the_place_with_no_brackets() -> None:
    found = find_dateline("Ulaanbaatar, Mongolia CNN — When the temperature outside his ger dropped, he moved.")
    assert found is not None and (found.location, found.agency) == ("Ulaanbaatar, Mongolia", "CNN")
    # ... after the place line's full stop, as Central Asian wires print it
    found = find_dateline("ALMATY. KAZINFORM — The city administration will plant 100,000 trees this spring.")
    assert found is not None and (found.location, found.agency) == ("ALMATY", "KAZINFORM")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Den Haag. Die niederländische Regierung will in den Grenzregionen Betriebe aufkaufen.", "Den Haag"),
        ("La Paz – Die Regierung hat den Notstand ausgerufen, teilte das Ministerium mit.", "La Paz"),
    ],
)
def test_towns_whose_names_open_with_an_article(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


@pytest.mark.parametrize(
    ("text", "location", "agency", "date"),
    [
        ("(ANSA) - ROME, MAR 12 - Italy's antitrust authority on Thursday fined two ferry companies.",
         "ROME", "ANSA", "MAR 12"),
        ("(ANSA) - ROME - A 17th-century altarpiece that spent four decades in storage is back.", "ROME", "ANSA", None),
    ],
)
def test_the_agency_before_the_place(text: str, location: str, agency: str, date: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.location, found.agency, found.date) == (location, agency, date)


def test_a_word_in_brackets_that_names_no_agency_opens_no_such_dateline() -> None:
    # (a label, not an agency: the words after it are no place either)
    assert find_dateline("(Update) - ROME - Italy's antitrust authority on Thursday fined two ferry companies.") is None


def test_a_german_town_in_title_case_before_its_sentence_with_no_mark() -> None:
    found = find_dateline("Günzburg Der Heizkesselhersteller will sein Werk in Günzburg bis Ende 2026 schließen.")
    assert found is not None and found.location == "Günzburg"
    # (a word that is no town's name by its form opens no dateline)
    assert find_dateline("Kommentar Die Stadt hat mit dem Projekt die Erwartungen der Bürger nicht erfüllt.") is None


def test_an_english_place_line_before_a_sentence_with_two_short_words() -> None:
    found = find_dateline(
        "Mwanza. When Juma Masanja started fishing from Igombe landing site in 1998, a good night’s catch of "
        "Nile perch filled his boat."
    )
    assert found is not None and found.location == "Mwanza"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Weiden in der Oberpfalz (dpa/lby) - Die Stadt will mehr Radwege bauen.", "Weiden in der Oberpfalz"),
        ("Neumarkt in der Oberpfalz (dpa) – Die Stadt will mehr Radwege bauen.", "Neumarkt in der Oberpfalz"),
        ("Eisleben – Die Stadt will mehr Radwege bauen.", "Eisleben"),
    ],
)
def test_a_town_with_its_region_after_in_der(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


@pytest.mark.parametrize(
    "text",
    [
        # a noun that is only a town's ending is no town: a kicker, then the story
        "Leben in der Stadt – Die Stadt will mehr Radwege bauen.",
        "Leben in Berlin – Die Stadt will mehr Radwege bauen.",
    ],
)
def test_a_noun_that_is_a_towns_ending_alone_is_no_place(text: str) -> None:
    found = find_dateline(text)
    assert found is None or found.location is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a press release's date in figures
        ("Hamburg, 03.12.2025 – Die Stadt will mehr Radwege bauen.", "Hamburg"),
        # the dashes scraped text carries in a dash's place: a non-breaking hyphen, a figure dash, a minus
        ("Karlsruhe (dpa) \u2011 Die Stadt will mehr Radwege bauen.", "Karlsruhe"),
        ("Schwerin (dpa/mv) \u2012 Die Stadt will mehr Radwege bauen.", "Schwerin"),
        ("WASHINGTON (AP) \u2212 The city will build more cycle lanes.", "WASHINGTON"),
    ],
)
def test_more_forms_of_a_dateline(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


def test_a_date_in_figures_inside_a_sentence_is_no_dateline() -> None:
    # (no dash after the date: the sentence goes on)
    assert find_dateline("Hamburg, 03.12.2025 war ein kalter Tag für alle Radfahrer in der Stadt.") is None


@pytest.mark.parametrize(
    ("text", "location", "date"),
    [
        # a press release's date in figures closed by a full stop, after "den", with a short year
        ("Berlin, 12.03.2022. Der Verband fordert mehr Radwege.", "Berlin", "12.03.2022"),
        ("Berlin, den 12.03.2022 – Der Verband fordert mehr Radwege.", "Berlin", "12.03.2022"),
        ("Berlin, 12.3.22 – Der Verband fordert mehr Radwege.", "Berlin", "12.3.22"),
        # its month alone, and a bar after the date
        ("München, im März 2022 – Der Verband fordert mehr Radwege.", "München", "im März 2022"),
        ("Berlin, 12. März 2022 | Der Verband fordert mehr Radwege.", "Berlin", "12. März"),
        # the place and date in brackets
        ("(Berlin, 12.03.2022) Der Verband fordert mehr Radwege.", "Berlin", "12.03.2022"),
        ("[Bonn/Berlin, 4. März 2022] Der Verband fordert mehr Radwege.", "Bonn/Berlin", "4. März 2022"),
    ],
)
def test_a_press_releases_place_and_date(text: str, location: str, date: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location and found.date == date


@pytest.mark.parametrize(
    "text",
    [
        # figures opening a sentence after a town, a note's stamp in brackets, a time in brackets
        "Berlin, 12.03.2022 war ein kalter Tag für alle Radfahrer in der Stadt.",
        "(Aktualisiert, 12.03.2022) Der Verband fordert mehr Radwege.",
        "[Update, 12. März 2022] Der Verband fordert mehr Radwege.",
        "(Berlin, am Morgen) Der Verband fordert mehr Radwege.",
    ],
)
def test_no_press_release_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a town's river or region in brackets before the agency's is part of its name
        ("Halle (Saale) (dpa) - Die Stadt will mehr Radwege bauen.", "Halle (Saale)"),
        ("Kempten (Allgäu) (dpa/lby) - Die Stadt will mehr Radwege bauen.", "Kempten (Allgäu)"),
        ("Frankfurt (Oder) (dpa/bb) - Die Stadt will mehr Radwege bauen.", "Frankfurt (Oder)"),
        # a state in brackets before a comma and the date is part of the place as printed
        ("Alappuzha (Kerala), Aug 8 (PTI) - The city will build more cycle lanes.", "Alappuzha (Kerala)"),
    ],
)
def test_a_towns_river_before_the_agency(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        ("Berlin (dpa)", "Berlin", "dpa"),
        ("Hamburg (dpa/lno) –", "Hamburg", "dpa/lno"),
        ("WASHINGTON (AP) —", "WASHINGTON", "AP"),
        ("Bad Homburg (dpa)", "Bad Homburg", "dpa"),
    ],
)
def test_a_place_and_its_agency_on_a_line_of_their_own(text: str, location: str, agency: str) -> None:
    found = find_dateline(text, opening=False)
    assert found is not None and (found.location, found.agency) == (location, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Merle Janssen (epd)",  # a byline: a person's name and the agency
        "Berlin (Tagesspiegel)",  # no agency's name in the brackets
        "Update (dpa)",
        "Berlin (dpa) und die anderen Agenturen berichten",
    ],
)
def test_no_place_and_agency_alone(text: str) -> None:
    assert find_dateline(text, opening=False) is None


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        # a paper's short name after a place in capitals, before a dash or a full stop
        ("HALLE/MZ. Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.", "HALLE", "MZ"),
        ("MAGDEBURG/MZ – Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.", "MAGDEBURG", "MZ"),
        ("DRESDEN/DNN. Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.", "DRESDEN", "DNN"),
        # a place and its agency in one bracket
        ("(Berlin/epd) Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.", "Berlin", "epd"),
        # two places stay two places; a short town's name is no paper's
        ("BERLIN/FRANKFURT. Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.",
         "BERLIN/FRANKFURT", None),
        ("NEU-ULM/ULM – Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.", "NEU-ULM/ULM", None),
    ],
)
def test_a_papers_short_name_or_an_agency_after_a_slash(text: str, location: str, agency: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.location, found.agency) == (location, agency)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a place line's full stop before the agency's bracket is no part of the place
        ("Berlin. (dpa) Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.", "Berlin"),
        ("BONN. (KNA) Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.", "BONN"),
        # … but an abbreviation's stays
        ("Frankfurt a.M. (KNA) Der Stadtrat hat am Dienstag beschlossen, das Freibad zu sanieren.", "Frankfurt a.M."),
    ],
)
def test_a_full_stop_between_place_and_agency(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


def test_a_sites_section_path_over_the_story_is_a_label_not_a_dateline() -> None:
    from articleclean import extract

    page = f"<html><body><article><h1>Ein Tag auf dem Hof</h1><p>{{}}</p><p>{_STORY}</p></article></body></html>"
    article = extract(page.format("Politik/Inland"))
    # (the label above the first paragraph goes, as any kicker; places joined so stay, the dateline)
    assert article.dateline is None and "Politik/Inland" not in article.text
    article = extract(page.format("Innsbruck/Wien"))
    assert article.dateline is not None and article.dateline.location == "Innsbruck/Wien"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # an English or Swahili particle inside the town's name
        ("Port of Spain — The Ministry of Works says the repairs to the road will start.", "Port of Spain"),
        ("Port of Spain, Dec 4 (Reuters) - The ministry said the repairs will start soon.", "Port of Spain"),
        ("Dar es Salaam (AFP) - The government has announced plans to build a new cargo terminal.", "Dar es Salaam"),
    ],
)
def test_a_particle_inside_a_towns_name(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location


def test_a_body_named_with_of_before_a_dash_is_no_place() -> None:
    assert find_dateline("Bank of England — The rate decision was expected by most of the economists.") is None


def test_places_of_two_words_listed_before_an_agency() -> None:
    found = find_dateline("Tel Aviv/Gaza (dpa) - Die Verhandlungen über eine Waffenruhe sind ins Stocken geraten.")
    assert found is not None and found.location == "Tel Aviv/Gaza"
    # (with no agency, two words before a slash may be a writer and a desk: no place)
    assert find_dateline("Jane Doe/Staff Writer - The council met on Monday to discuss the plans.") is None


@pytest.mark.parametrize(
    "place",
    ["Schwäbisch Gmünd", "Bergisch Gladbach", "Königs Wusterhausen", "Groß Gerau", "Lutherstadt Wittenberg",
     "Hansestadt Lüneburg", "Ostseebad Binz"],
)
def test_a_german_towns_two_word_name_before_a_dash(place: str) -> None:
    # a region's adjective or a town's title opens the name ("Groß" folds to "gross": both spellings)
    dateline = find_dateline(f"{place} – Die Stadtverwaltung hat am Montag einen neuen Haushalt vorgestellt.")
    assert dateline is not None and dateline.location == place


@pytest.mark.parametrize("opening", ["Schwäbisch Gesprochen – ", "Deutsch Lernen – "])
def test_such_a_word_before_a_noun_and_a_dash_is_still_checked_as_a_place(opening: str) -> None:
    # (the prefix lets two words through as a town's name; a topic line after it is no story's opening)
    assert find_dateline(f"{opening}so heißt die neue Reihe der Volkshochschule, die am Montag beginnt.") is None


@pytest.mark.parametrize("place", ["Altdorf UR", "Wil SG", "Kreuzlingen TG", "Rüti ZH"])
def test_a_swiss_town_and_its_cantons_code_before_a_dash(place: str) -> None:
    dateline = find_dateline(f"{place} – Die Gemeindeverwaltung hat am Montag einen neuen Haushalt vorgestellt.")
    assert dateline is not None and dateline.location == place


@pytest.mark.parametrize("opening", ["Die SG Weserbergland – ", "Weserbergland XY – "])
def test_two_capitals_that_are_no_canton_after_a_word_make_no_town(opening: str) -> None:
    assert find_dateline(f"{opening}die Mannschaft hat am Samstag das Spitzenspiel gewonnen.") is None
