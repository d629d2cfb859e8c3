"""Bylines: the people they name, cleaned; and the lines that only look like bylines."""

from __future__ import annotations

import pytest

from articleclean import extract
from articleclean.structure.byline import _read_byline, is_outlet, parse_author_field, parse_byline

NAMED = [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By JANE DOE, Associated Press", ["Jane Doe"]),
    ("| BY: Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"]),
    ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", ["Louis Jacobson"]),
    ("Greg Beacham, AP Sports Writer", ["Greg Beacham"]),
    # the role with no comma after the name
    ("By GARRETT LYLE AP Sports Writer", ["Garrett Lyle"]),
    ("By Jane Doe and Tom Roe Associated Press Writers", ["Jane Doe", "Tom Roe"]),
    ("By Jane Writer", ["Jane Writer"]),  # (a surname like a role, nothing before it: a name)
    ("Meg Kinnard and Errin Haines, Associated Press", ["Meg Kinnard", "Errin Haines"]),
    ("By Chris Pokorny@DawgsByNature", ["Chris Pokorny"]),
    ("by Regan September 15, 2014", ["Regan"]),
    ("written by Regan", ["Regan"]),
    ("Von Max Mustermann", ["Max Mustermann"]),
    # a colon after "Von", a gender-neutral label
    ("Von: Wolfgang Schmale", ["Wolfgang Schmale"]),
    ("Von:Moritz Pieczewski-Freimuth", ["Moritz Pieczewski-Freimuth"]),
    ("Autor/in: Korinna Hennig", ["Korinna Hennig"]),
    ("Par Jean Dupont", ["Jean Dupont"]),
    ("Por María García y José López", ["María García", "José López"]),
    ("By Jane Doe | Updated 5 min ago", ["Jane Doe"]),
    # a role between "von" and the name, a piece of writing before it, others' credits after it
    ("Von unserem Redakteur Peter Klein", ["Peter Klein"]),
    ("Von unserer Korrespondentin Anna Berger", ["Anna Berger"]),
    ("Ein Artikel von Anna Berger", ["Anna Berger"]),
    ("Text: Anna Berger, Fotos: Peter Klein", ["Anna Berger"]),
    # a review's rating before its writer
    ("★★★★☆ Review by Tom Van Zyl", ["Tom Van Zyl"]),
    # a live report's writers
    ("Live-Ticker von Ramona Nock", ["Ramona Nock"]),
    ("Liveblog von Ramona Nock und Paula Scholz", ["Ramona Nock", "Paula Scholz"]),
    ("Mit Beiträgen von Paula Scholz", ["Paula Scholz"]),
    # a piece of another kind, or a review by its subject, before "von"
    ("Ein Zwischenruf von Bernd Keller", ["Bernd Keller"]),
    ("Plattenkritik von Lukas Renner", ["Lukas Renner"]),
    ("Ein Faktencheck von Jana Wolff und Anton Berger", ["Jana Wolff", "Anton Berger"]),
    # (but not a picture's: "Fotoreportage von …")
    ("Fotoreportage von Anna Berger", None),
    # a religious order's letters after a priest's name
    ("von Pater Anselm Gruber OSB", ["Anselm Gruber"]),
    # each writer's desk after their name, in a list of writers
    ("By Sarah Kimura, Power Markets Editor; Felix Obi, Senior Reporter", ["Sarah Kimura", "Felix Obi"]),
    # the German plural's inclusive forms, and a colon after "Verfasst von"
    ("Autor*innen: Dr. Noah Fischer, Dr. Ida Wendt", ["Noah Fischer", "Ida Wendt"]),
    ("Autorinnen: Jana Pohl, Merve Şahin", ["Jana Pohl", "Merve Şahin"]),
    ("Verfasst von: Uwe Brandl", ["Uwe Brandl"]),
    # a blog's name written in lower case, a given name first
    ("von lisa meier", ["Lisa Meier"]),
    ("Posted by ellie watts on 3 February 2026 in Baking", ["Ellie Watts"]),
    ("by gareth lloyd-evans", ["Gareth Lloyd-Evans"]),
    # credits that say the names wrote it, with the pictures or live
    ("Text and photos: Samuel Otieno", ["Samuel Otieno"]),
    ("Live reporting by Sam Dearden and Priya Mistry", ["Sam Dearden", "Priya Mistry"]),
    ("Text und Recherche: Urs Feller und Andrea Sommer", ["Urs Feller", "Andrea Sommer"]),
    # (a picture's credit in the singular, after a semicolon)
    ("Text: Nathalie Hubacher; Bild: Frank Brüderli", ["Nathalie Hubacher"]),
    ("Story by Jane Doe; photos by John Roe", ["Jane Doe"]),
    ("Reporting by Jane Doe; Editing by John Roe", ["Jane Doe"]),
    # (after a full stop or a bullet too; an editor's, a reviewer's or a fact-checker's credit)
    ("Written by Jane Doe. Edited by John Roe.", ["Jane Doe"]),
    ("By Jane Doe. Photos by John Roe.", ["Jane Doe"]),
    ("By Jane Doe • Medically reviewed by John Roe, MD", ["Jane Doe"]),
    ("By Jane Doe, Fact-checked by John Roe", ["Jane Doe"]),
    ("By John F. Kennedy", ["John F. Kennedy"]),
    # the kind of piece with its definite article before "von"
    ("Die Kolumne von Heidi Ortner", ["Heidi Ortner"]),
    # a role after the last of writers joined by "and" is both writers' ("STAFF WRITERS")
    ("BY MARCUS BELL AND JULIA HERNANDEZ-WRIGHT STAFF WRITERS", ["Marcus Bell", "Julia Hernandez-Wright"]),
    # each writer's role in commas after their name
    ("Posted by Ravi Kulkarni, Staff Engineer, Jess Morgan, Engineering Manager, and Ahmed Siddiqui, SRE",
     ["Ravi Kulkarni", "Jess Morgan", "Ahmed Siddiqui"]),
    # a suffix keeps its full stop, before a role too
    ("By Perry Bacon Jr.", ["Perry Bacon Jr."]),
    ("By Martin Luther King Jr., Staff Writer", ["Martin Luther King Jr."]),
    # who wrote down a first-person account, who asked an interview's questions
    ("Aufgezeichnet von Clara Weiss", ["Clara Weiss"]),
    ("Die Fragen stellte Jakob Fechtner.", ["Jakob Fechtner"]),
    # "Professor" in full before a name, as "Prof." is
    ("By Dr Owen Lacey, Professor Sanjana Mehra and Felix Odhiambo", ["Owen Lacey", "Sanjana Mehra", "Felix Odhiambo"]),
    # several writers, each with a bracket after the name; one whose bracket says pictures is none
    ("Von Gerd Schuster (Wirtschaftsredakteur) und Jelena Marković (Korrespondentin in Brüssel)",
     ["Gerd Schuster", "Jelena Marković"]),
    ("Authors: Fiona McAllister (PhD candidate) and Prof. Kenji Mori (Professor of Marine Biology)",
     ["Fiona McAllister", "Kenji Mori"]),
    ("Von Carla Wenger (Text) und Mirjam Aeschbacher (Bilder)", ["Carla Wenger"]),
    # (a lone name's short code in brackets reads as no byline: a video's credit in a box beside it)
    ("Author: Julia Hitz (eg)", None),
    # a list of terms after the writer's name, as a <dl> reads; a graphics credit after the writer's
    ("Author: Jane Roe; Category: Health; Reading time: 4 min;", ["Jane Roe"]),
    ("Reporting by Tanvir Hossain. Graphics by Elise Marchetti.", ["Tanvir Hossain"]),
    # a name in capitals written as names are: each part of a double name, "O'", "Mc"
    ("BY RENEE SALAZAR-WHITFIELD", ["Renee Salazar-Whitfield"]),
    ("BY NIAMH O'SULLIVAN AND JANE MCDONALD", ["Niamh O'Sullivan", "Jane McDonald"]),
    # a wire's writer who is one of its reporters, named once
    ("Reporting by Ebony Tran and Ebony Brennan; Writing by Ebony Tran", ["Ebony Tran", "Ebony Brennan"]),
    # another reporter credited in the same line is one of the writers; an editor is not
    ("Reporting by Lena Fischer in Munich; additional reporting by Owen Price", ["Lena Fischer", "Owen Price"]),
    ("Reporting by Dan Fisher; additional reporting by Mia Costa; Editing by Tom Roe", ["Dan Fisher", "Mia Costa"]),
    # an editor's credit after the writer's with no mark between them
    ("Written By Faith Chebet Edited By Moses Kiprono", ["Faith Chebet"]),
    # a guest's piece; a title before a name whose university follows it
    ("Guest post by Dr. Samuel Achebe, University of Leeds", ["Samuel Achebe"]),
    ("Guest column by Tariq Haddad", ["Tariq Haddad"]),
    # a publication glued after the name or after a dash; the kind of piece before "by"
    ("By Jane Doe For Dailymail.com", ["Jane Doe"]),
    ("By Jane Doe The Washington Post", ["Jane Doe"]),
    ("By Jane Doe – Associated Press", ["Jane Doe"]),
    ("Opinion by Jane Doe", ["Jane Doe"]),
    # an academic title before the name is no part of it; a title and a surname alone stay
    ("Von Dr. Anna Schmidt", ["Anna Schmidt"]),
    ("Von Prof. Dr. med. Hans Meier und Eva Roth", ["Hans Meier", "Eva Roth"]),
    ("By Dr Oz", ["Dr Oz"]),
    # (a field after a doctor's title goes with it; a first name spelled like one stays)
    ("Von Dr. rer. nat. Eva Roth", ["Eva Roth"]),
    ("By Phil Van Horn", ["Phil Van Horn"]),
    ("By Nat King Cole", ["Nat King Cole"]),
    # the piece's kind alone before "von"; credits for the words and pictures, a reportage, a research
    ("Gastbeitrag von Clara von Wedel", ["Clara von Wedel"]),
    ("Gastkommentar von Birgit Pircher", ["Birgit Pircher"]),
    ("Verfasst von Nora Dorfmann", ["Nora Dorfmann"]),
    ("Geschrieben von Luzia Brandner", ["Luzia Brandner"]),
    ("Words and pictures by Sophie McKinnon", ["Sophie McKinnon"]),
    ("Reportage: Theresa Albrecht", ["Theresa Albrecht"]),
    ("Recherche und Text: Simon Schönfelder", ["Simon Schönfelder"]),
    # a second writer joined by "with", as agencies sign ("Dewi ANGGRAENI with Tanvir HOSSAIN");
    # an agency or the wires after "with" are no writer
    ("By Dewi ANGGRAENI with Tanvir HOSSAIN", ["Dewi ANGGRAENI", "Tanvir HOSSAIN"]),
    ("By Juliette Moreau with Karim Haddad in Lyon", ["Juliette Moreau", "Karim Haddad"]),
    ("Von Andrea Vontobel mit Roman Zgraggen", ["Andrea Vontobel", "Roman Zgraggen"]),
    ("By Marta Oliveira with AFP", ["Marta Oliveira"]),
    ("Von Maximilian Keller mit dpa", ["Maximilian Keller"]),
    ("By Ruby Hennessy and Kenji Watanabe-Ross, with wires", ["Ruby Hennessy", "Kenji Watanabe-Ross"]),
]


@pytest.mark.parametrize(("line", "names"), NAMED)
def test_bylines_name_people(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


def test_an_agency_in_brackets_after_the_name_is_no_part_of_it() -> None:
    from articleclean.structure.byline import parse_author_field

    assert parse_author_field("Anna Berger (dpa)") == ["Anna Berger"]
    assert parse_byline("Eine Stadt von Welt") is None  # no piece of writing: a phrase, no byline


def test_a_byline_naming_no_person_is_still_a_byline() -> None:
    assert parse_byline("By Staff Reports -") == []


@pytest.mark.parametrize("label", ["Author", "Authors", "Autor", "Autorin"])
def test_a_bylines_label_alone_names_nobody(label: str) -> None:
    from articleclean.structure.byline import parse_author_field

    # "<p class="author">Author</p>": the label of the byline element, its name elsewhere
    assert parse_author_field(label) == []
    assert parse_author_field(f"{label} Jane Doe") == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "By the way, this is not a byline.",
        "By 2030 the city will have grown by a third.",
        "Washington, the capital, was quiet.",
        "By the end of the meeting, everyone agreed that the plan was sound and should go ahead.",
    ],
)
def test_sentences_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_byline_goes_to_authors_and_leaves_the_text() -> None:
    page = (
        "<html><body><article><h1>Pier reopens</h1><p>By Jane Doe and John Roe</p>"
        "<p>The northern pier reopened on Tuesday after months of storm repairs, the council said.</p>"
        "<p>Fishermen welcomed the news, saying the closure had cost them dearly over the winter.</p>"
        "</article></body></html>"
    )
    article = extract(page)
    assert article.authors == ["Jane Doe", "John Roe"]
    assert "Jane Doe" not in article.text
    assert any(r.filter == "byline" and "Jane Doe" in r.text for r in article.removed)


def test_split_byline_and_author_name_from_metadata() -> None:
    page = (
        "<html><head><meta name='author' content='Kim Lee'></head><body><article><h1>Pier reopens</h1>"
        "<p>By</p><p>Kim Lee</p>"
        "<p>The northern pier reopened on Tuesday after months of storm repairs, the council said.</p>"
        "<p>Fishermen welcomed the news, saying the closure had cost them dearly over the winter.</p>"
        "</article></body></html>"
    )
    article = extract(page)
    assert article.authors == ["Kim Lee"]
    assert "Kim Lee" not in article.text
    assert not article.text.startswith("By")


@pytest.mark.parametrize(
    ("field", "names", "roles"),
    [
        # The label glued to the name, the role glued after it.
        ("Written ByJane DoeAI Writer", ["Jane Doe"], {"Jane Doe": "AI Writer"}),
        ("Written by: Sean Peek, Senior Analyst", ["Sean Peek"], {"Sean Peek": "Senior Analyst"}),
        ("Jane Doe, Senior Analyst", ["Jane Doe"], {"Jane Doe": "Senior Analyst"}),
        ("By Jane Doe, MD", ["Jane Doe"], {"Jane Doe": "MD"}),
        ("By Jane Doe, Ph.D.", ["Jane Doe"], {"Jane Doe": "Ph.D."}),
        ("Michael HiltzikBusiness Columnist", ["Michael Hiltzik"], {"Michael Hiltzik": "Business Columnist"}),
        ("By Jane Doe", ["Jane Doe"], {}),
        ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"], {}),  # one role, two people: kept out
    ],
)
def test_roles_and_credentials_are_kept_apart_from_the_names(field, names, roles) -> None:
    from articleclean.structure.byline import byline_roles, parse_author_field

    assert parse_author_field(field) == names
    assert byline_roles(field) == roles


def test_the_article_gives_each_authors_role_in_a_field_of_its_own() -> None:
    paragraphs = "".join(
        f"<p>{t}</p>" for t in [
            "The northern pier will reopen to boats by the end of the summer, the harbour authority said.",
            "Engineers replaced the storm-damaged pilings over the winter and are now testing the new deck.",
            "Local fishing crews have used a temporary pontoon at the marina since the pier closed in March.",
        ]
    )
    html = f'<html><body><article><h1>Pier to reopen</h1><p class="byline">By Jane Doe, MD</p>{paragraphs}</article>'
    article = extract(html + "</body></html>")
    assert article.authors == ["Jane Doe"]
    assert article.author_roles == {"Jane Doe": "MD"}
    assert "MD" not in article.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Opinion | By Giovanni Gaggero The climate crisis is one of the most serious threats", ["Giovanni Gaggero"]),
        ("By Jordana Cepelewicz December 18, 2025 Mathematics is, at its core, an art.", ["Jordana Cepelewicz"]),
        ("By the end of the year the pier will be open again.", []),
        ("Closed by Monday, the harbour office said.", []),
        ("By Madonna In the studio she worked alone.", []),
        # a job title after the name, in an element of its own
        ("Written by: Shivkumar M Head Product Launches, Adoption, & Evangelism.", ["Shivkumar M"]),
        ("By Anna Berger Senior Editor Last updated May 2", ["Anna Berger"]),
        # a lower-case "by" inside a sentence is no byline; after "written" it is
        ("Overview of the data types supported by Redis Redis is a data structure server.", []),
        ("Story written by Anna Berger The harbour reopened today.", ["Anna Berger"]),
        # … and one opening the words under the headline is a byline
        ("by Jeffrey Zeldman November 20, 2007 Published in Creativity", ["Jeffrey Zeldman"]),
        ("Shared by Redis Labs The harbour reopened today.", []),
        # a third word of a name is no title
        ("By Mary Jo Evans The harbour reopened today.", ["Mary Jo Evans"]),
        # the story's dateline after the name is no part of it: a place in capitals, or one
        # with its agency or region; a desk's credit before it names nobody
        ("By Jane Doe WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.", ["Jane Doe"]),
        ("By Jane Doe NEW YORK — The city council voted on Tuesday to close the pier.", ["Jane Doe"]),
        ("Von Anna Berger Berlin (dpa) - Die Regierung hat am Montag neue Regeln beschlossen.", ["Anna Berger"]),
        ("Von Anna Berger BERLIN. Die Regierung hat am Montag neue Regeln beschlossen.", ["Anna Berger"]),
        ("By KTRV Staff FORT WORTH, Texas — Freezing rain glazed roads across the county.", []),
        # … but a surname before a dash is no place
        ("By Jane Mary Doe — The harbour reopened today.", ["Jane Mary Doe"]),
    ],
)
def test_a_byline_inside_the_text_under_a_headline(text: str, names: list[str]) -> None:
    from articleclean.structure.byline import byline_in_text

    assert byline_in_text(text) == names


def test_a_byline_under_the_headline_outside_the_article_signs_it() -> None:
    paragraphs = "".join(
        f"<p>{t}</p>" for t in [
            "The climate crisis is one of the most serious threats that mankind must face in this century.",
            "Recently, the Commission stated that the goal is to reach a deep cut in emissions by 2030.",
            "Activists have contested the figures, saying that the numbers hide the real size of the gap.",
        ]
    )
    html = (f"<html><body><header><h1>The Green Deal is not enough</h1><div class='info'>By Giovanni Gaggero</div>"
            f"</header><article>{paragraphs}</article></body></html>")
    article = extract(html)
    assert article.authors == ["Giovanni Gaggero"]
    assert article.sources["authors"] == "under the headline"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Harjit Sandhu, The Canadian Press", ["Harjit Sandhu"]),
        ("By Samantha Lowe, Australian Associated Press", ["Samantha Lowe"]),
        ("By Anna Berger and Tom Roe, Press Association", ["Anna Berger", "Tom Roe"]),
        # newspapers by the words their names end in, "The" or not
        ("By Alejandra Ruiz-Whitfield, Arizona Republic", ["Alejandra Ruiz-Whitfield"]),
        ("By Marisol Dunleavy, Hartford Courant", ["Marisol Dunleavy"]),
        ("By Bethany Carrasco, Austin American-Statesman", ["Bethany Carrasco"]),
        ("By Evan Thorvaldson, Times Colonist", ["Evan Thorvaldson"]),
        # ... and by a word that is also a surname, where no given name opens the paper's name
        ("By Colleen Rudderham, Cape Breton Post", ["Colleen Rudderham"]),
        ("By Jane Doe, MedPage Today", ["Jane Doe"]),
        ("By Jane Doe, Ottawa Citizen", ["Jane Doe"]),
        ("By Jane Doe, Falcons Media", ["Jane Doe"]),
        ("Von Anna Berger, Fachredaktion Tierhaltung", ["Anna Berger"]),
    ],
)
def test_an_agency_or_paper_after_the_names_is_no_author(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a paper glued after the name with no comma, its desk perhaps after it
        ("By Rachel Vukovich Pittsburgh Post-Gazette", ["Rachel Vukovich"]),
        ("By Kevin Doucette Globe Staff", ["Kevin Doucette"]),
        ("By Ruth Kessler-Moore Associated Press", ["Ruth Kessler-Moore"]),
        ("Elliot Brownstein Florida Today", ["Elliot Brownstein"]),
        ("By Jane Doe USA TODAY", ["Jane Doe"]),
    ],
)
def test_a_paper_glued_after_the_name_is_no_part_of_it(line: str, names: list[str]) -> None:
    assert parse_byline(line if line.startswith("By") else f"By {line}") == names


@pytest.mark.parametrize(
    "line",
    # (three names of a person, and a surname in capitals, stay whole)
    ["By Jean Claude Van Damme", "By Mary Ann Smith", "By Jean-Paul MBARGA"],
)
def test_a_long_name_or_a_surname_in_capitals_stays_whole(line: str) -> None:
    assert parse_byline(line) == [line.removeprefix("By ")]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Nigerian papers' "From", then the writer and where they file from
        ("From Ibrahim Musa Yakasai, Kano", ["Ibrahim Musa Yakasai"]),
        ("From Chidi Okafor, Aba", ["Chidi Okafor"]),
    ],
)
def test_from_opens_a_byline(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["From staff reports", "From Our Correspondent, Abuja"])
def test_from_and_no_name_credits_nobody(line: str) -> None:
    assert not parse_byline(line)


def test_a_surname_that_ends_papers_names_is_still_a_persons() -> None:
    assert parse_byline("By Jane Doe and Emily Post") == ["Jane Doe", "Emily Post"]


def test_a_body_signing_with_its_legal_form_leaves_no_letter_for_an_author() -> None:
    assert parse_byline("By Bundesverband WindEnergie e. V.") != ["V"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Fiona Marsh, Local Democracy Reporting Service", ["Fiona Marsh"]),
        ("By Rohan Mehra, ET Bureau", ["Rohan Mehra"]),
    ],
)
def test_a_reporting_service_or_bureau_after_the_name_is_no_author(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Interview by Felix Aranda", ["Felix Aranda"]),
        ("Das Gespräch führte Jörg Matuschek.", ["Jörg Matuschek"]),
        ("von Katharina Feldhoff, ZDF-Studio Brüssel", ["Katharina Feldhoff"]),
    ],
)
def test_interview_credits_and_a_studio_after_the_name(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line", ["By Special Correspondent", "By Staff Reporter", "By Our Correspondent", "By Web Desk"]
)
def test_generic_credits_name_nobody(line: str) -> None:
    assert parse_byline(line) == []


def test_the_german_newsrooms_short_form_names_nobody() -> None:
    assert parse_byline("Text: Red. | Foto: Pixabay") == []
    assert parse_byline("By Red Smith") == ["Red Smith"]  # (a first name that is the word)


def test_words_in_lower_case_opening_with_no_given_name_are_no_byline() -> None:
    assert parse_byline("by the way") is None
    assert parse_byline("by staff reporter") is None
    assert parse_byline("von uns allen") is None


def test_a_name_with_a_credit_word_in_it_stays_a_name() -> None:
    assert parse_byline("By Sarah Chief") == ["Sarah Chief"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a newsroom's credit, no given name opening it, names nobody (nor the place after it)
        ("By Our Jaffna Correspondent", []),
        ("By Legal Correspondent", []),
        ("By Staff Correspondent, Gazipur", []),
        # (a given name opening it is a person's)
        ("By Anna Bureau", ["Anna Bureau"]),
    ],
)
def test_a_newsrooms_credit_names_no_person(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a staff report, placeholders and buttons name nobody
        ("By HLNF Staff Report", []),
        ("Eingestellt von Unknown", []),
        ("von Gesponserte Inhalte", []),
        ("By Follow", []),
        ("Von Unbenannt", []),
        # (a German blog's "posted by" credits the name after it)
        ("Eingestellt von Sandra Weber", ["Sandra Weber"]),
        # (a name holding such a word is still a name)
        ("By Anna Report", ["Anna Report"]),
    ],
)
def test_newsrooms_placeholders_and_buttons_name_nobody(line: str, names: list[str] | None) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von FOCUS-Online-Experte Robin Tschöpe", ["Robin Tschöpe"]),
        ("Von Redakteurin Anna Berger", ["Anna Berger"]),
        # (a surname before a given name is no role: "Koch" is kept where no role ending is read)
        ("Von Anna Berger", ["Anna Berger"]),
        ("Von Peter Koch", ["Peter Koch"]),
    ],
)
def test_a_german_role_glued_before_the_name_is_no_part_of_it(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line", ["Die Hochzeitslocation", "Porter Smith", "Vonda Shepard", "Dieter Müller", "Byron Allen"]
)
def test_a_word_opening_like_by_is_no_by(line: str) -> None:
    # "Die …" is no Italian "di", "Porter" no Spanish "por", "Vonda" no German "von"
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a user name gluing a given name to a surname is the two words
        ("By KonstantinNotz", ["Konstantin Notz"]),
        ("Von MoritzMeyer", ["Moritz Meyer"]),
        # (a name with a capital inside, or two given names glued, stays as written)
        ("By JoAnn", ["JoAnn"]),
        ("By Ronald McDonald", ["Ronald McDonald"]),
        ("By LeBron", ["LeBron"]),
    ],
)
def test_a_given_name_glued_to_a_surname_is_two_words(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # an interview's credit names who held it, its writer
        ("Interview: Martina Hefti", ["Martina Hefti"]),
        ("Interview: Anna Berger und Peter Klein", ["Anna Berger", "Peter Klein"]),
    ],
)
def test_an_interviews_credit_names_its_writer(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


#: A story's first two paragraphs, for pages built around a header.
_STORY = "".join(
    f"<p>{t}</p>" for t in [
        "The coastal road reopened on Monday after three weeks of repairs to the sea wall near the harbour.",
        "Traffic officers said queues had eased by the afternoon and buses were running to their timetable.",
    ]
)


def _authors_of(header: str, *, in_article: bool = True) -> list[str]:
    """The authors of a page whose ``header`` stands between its headline and its story, inside the
    article's container or, with ``in_article`` false, above it."""
    body = (
        f"<article><h1>Coastal road reopens</h1>{header}{_STORY}</article>" if in_article
        else f"<h1>Coastal road reopens</h1>{header}<main>{_STORY}</main>"
    )
    return extract(f"<html><body>{body}</body></html>").authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a critic's label before the name names the writer
        ("Kritik: Hanna Seidel", ["Hanna Seidel"]),
        ("Rezension: Paul Weber und Lea Roth", ["Paul Weber", "Lea Roth"]),
        # a German office before the name, a doctor's title after it
        ("Autorin: Pfarrerin Dr. Ute Sommerfeld", ["Ute Sommerfeld"]),
        ("Von Rechtsanwältin Dr. Johanna Weiß und Rechtsanwalt Felix Brandt", ["Johanna Weiß", "Felix Brandt"]),
        # the writer's role and then their institution, each in commas (two writers in commas stay two)
        ("By Amelia Stroud, Lecturer in Economic History, University of Leeds", ["Amelia Stroud"]),
        ("By Ravi Kulkarni, Staff Engineer, Jess Morgan", ["Ravi Kulkarni", "Jess Morgan"]),
        # several writers in lower case, each written as a name is
        ("von lisa brandner und kai oberhofer", ["Lisa Brandner", "Kai Oberhofer"]),
        ("by chloe mackay and anna berger", ["Chloe Mackay", "Anna Berger"]),
        # the paper's correspondents, in the plural
        ("Von unseren Korrespondenten Katrin Pohlmann und Detlef Wiegand, Brüssel",
         ["Katrin Pohlmann", "Detlef Wiegand"]),
    ],
)
def test_labels_offices_roles_and_lower_case_around_a_bylines_names(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "header",
    [
        '<div class="match-report-meta"><p><span class="label">Reporter:</span> Gareth Lloyd-Evans</p>'
        '<p><span class="label">Photographer:</span> Sarah Pilbeam</p></div>',
        '<div class="beitrag-kopf"><span class="sendung">Regionalnachrichten, 12:30 Uhr</span>'
        "<p>Reporter: Gareth Lloyd-Evans, Studio Lüneburg</p></div>",
    ],
)
def test_a_reporters_label_in_a_header_names_the_writer(header: str) -> None:
    assert _authors_of(header) == ["Gareth Lloyd-Evans"]


def test_an_interview_headline_is_no_byline() -> None:
    assert parse_byline("Interview: Die Kanzlerin über Europa und die Zukunft der Union") is None


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("Sarah Qaqqasiq · CBC News", ["Sarah Qaqqasiq"], "CBC News"),
        ("Mohammed Osman | The Peninsula", ["Mohammed Osman"], "The Peninsula"),
        ("Arvind Singh Chauhan / TNN", ["Arvind Singh Chauhan"], "TNN"),
    ],
)
def test_a_mark_between_the_names_and_the_outlet_ends_the_names(line: str, names: list[str], role: str) -> None:
    assert parse_author_field(line) == names
    assert _read_byline(f"By {line}") == (tuple(names), role)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a date and time stamp between bars before the name is no part of the byline
        ("04.02.2026 | 13:10 Uhr | Anna Berger", ["Anna Berger"]),
        ("04.02.2026 | 13:10 Uhr | von Anna Berger", ["Anna Berger"]),
        ("Published 4:05 PM EST, Feb 12, 2026 | By Jane Doe", ["Jane Doe"]),
        # … but a part with other words in it is kept, and reads as no byline
        ("Route 66 | By Jane Doe", None),
        # a blog's stamp before its "by", no bar between
        ("Posted on Feb 12, 2026 by Zhang Wei", ["Zhang Wei"]),
        ("Posted on February 12, 2026 at 4:05 pm by Ana Ruiz", ["Ana Ruiz"]),
        ("Updated 12.02.2026 By Jane Doe", ["Jane Doe"]),
        ("Aktualisiert am 04.02.2026 von Anna Berger", ["Anna Berger"]),
        ("Erstellt am 04.02.2026 | Von Anna Berger", ["Anna Berger"]),
        # … but words before "by" that are no stamp make no byline
        ("Stand by Me", None),
    ],
)
def test_a_date_and_time_between_bars_before_the_name_is_left_out(text: str, names: list[str] | None) -> None:
    assert parse_author_field(text) == names
    if names and " by " in f" {text.casefold()}":  # (a byline line in the text too, where it says "by")
        assert parse_byline(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a dash between the name and the outlet ends the name, as a bar does
        ("Zhang Wei - The Nation", ["Zhang Wei"]),
        ("By Jane Doe – The Herald", ["Jane Doe"]),
        # a role beside a full name with no comma, as separate elements leave it
        ("Zhang Wei Reporter", ["Zhang Wei"]),
        ("By Jane Doe Correspondent", ["Jane Doe"]),
        ("Von Tobias Kühn Redakteurin Politik", ["Tobias Kühn"]),
        ("Lena Schäfer, Leiterin Wirtschaftsredaktion", ["Lena Schäfer"]),
        # particles inside a name: "ten", "zu"
        ("Von Bernd ten Haaf und Karl zu Eltz", ["Bernd ten Haaf", "Karl zu Eltz"]),
        # … but a role alone names nobody
        ("Legal Correspondent", []),
    ],
)
def test_a_dash_or_a_bare_role_after_the_name_ends_it(text: str, names: list[str]) -> None:
    assert parse_author_field(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # where the reporter was, as sport and parliament reports credit them
        ("By Ciarán Fahy at Richmond Park", ["Ciarán Fahy"]),
        ("By Jane Doe and Tom Roe at Old Trafford", ["Jane Doe", "Tom Roe"]),
        # the desk's role in lower case between "By" and the name
        ("By science reporter Yasmin Haddad-Clarke", ["Yasmin Haddad-Clarke"]),
        ("By political correspondent Jane Doe", ["Jane Doe"]),
        # (two of a desk, its role in the plural)
        ("By political reporters Tom Crowe and Jake Evanson", ["Tom Crowe", "Jake Evanson"]),
        # … but a sentence opening with "By" is no byline
        ("By the end of the year Jane Doe had left the council.", None),
    ],
)
def test_a_reporters_place_or_desk_is_no_part_of_their_name(text: str, names: list[str] | None) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a desk's role in lower case after its qualifier, no comma
        ("By Dilnoza Karimova Special correspondent", ["Dilnoza Karimova"]),
        # the role, then the outlet, after the name
        ("Aled Griffiths, Political correspondent, BBC News", ["Aled Griffiths"]),
        # a site's label before the name
        ("Author of the article: Jordan Kowalchuk", ["Jordan Kowalchuk"]),
    ],
)
def test_bylines_with_a_role_or_a_label_in_other_places(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        # (a list of two people with no role is no byline here: nothing says they wrote it)
        "Aled Griffiths, Megan Jones",
        # (a sentence naming a correspondent is no byline)
        "Aled Griffiths, political correspondent, said the vote was close and the count went on all night.",
    ],
)
def test_names_and_roles_in_sentences_are_no_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a desk's role after a slash with no spaces
        ("Damion Reid/Gleaner Writer", ["Damion Reid"]),
        ("Kimone Ferguson/Staff Reporter", ["Kimone Ferguson"]),
        # beside a name written as names are, the outlet with an acronym or a figure
        ("Jana Kirchhoff, SWR Aktuell Rheinland-Pfalz", ["Jana Kirchhoff"]),
        ("Von Annika Schwalbe, MDR THÜRINGEN", ["Annika Schwalbe"]),
        ("Sipho Mthembu, News24", ["Sipho Mthembu"]),
        # where a German correspondent writes from
        ("Viktória Fehér aus Budapest", ["Viktória Fehér"]),
        # (a byline all in capitals keeps its names)
        ("By JANE DOE and JOHN ROE", ["Jane Doe", "John Roe"]),
    ],
)
def test_an_author_fields_outlet_desk_and_place_are_no_names(line: str, names: list[str]) -> None:
    assert parse_author_field(line) == names


def test_a_menu_glued_after_by_names_nobody() -> None:
    # ("LSC" makes its part an outlet's; the single word left after "and" is no author)
    assert not parse_author_field("By Authorities Governing Board Actions LSC Code of Ethics and Conduct")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Eine Kritik von Jakob Hollstein", ["Jakob Hollstein"]),  # the kind of piece, then its writer
        ("Ein Nachruf von Anna Berger", ["Anna Berger"]),
        ("A review by Jane Smith", ["Jane Smith"]),
        ("An analysis by Jane Smith and John Roe", ["Jane Smith", "John Roe"]),
    ],
)
def test_the_kind_of_piece_before_by(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Silvan Rüegg, St. Gallen", ["Silvan Rüegg"]),  # where the writer files from
        ("By Jane Smith, Port Elizabeth", ["Jane Smith"]),
        ("Anna Berger, Jan Ott", ["Anna Berger", "Jan Ott"]),  # two writers stay two
    ],
)
def test_a_town_after_the_writer_is_no_author(field: str, names: list[str]) -> None:
    assert parse_author_field(field) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Llazar Dervishi Associated Press", ["Llazar Dervishi"]),
        ("By WANJIRU KAMAU and DAVID OCHIENG Associated Press", ["Wanjiru Kamau", "David Ochieng"]),
        ("By Jane Doe The Associated Press", ["Jane Doe"]),
    ],
)
def test_the_agency_after_the_names_with_no_mark(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Tessa Okonek, Juneau Empire", ["Tessa Okonek"]),  # the paper
        ("Posted by Jenny Hicks, Club Secretary", ["Jenny Hicks"]),  # the role
        ("By Ana Ruiz, Buenos Aires", ["Ana Ruiz"]),  # where she files from
        # (a second writer whose first name a list knows stays)
        ("By Tessa Okonek, Wanjiru Kamau", ["Tessa Okonek", "Wanjiru Kamau"]),
        ("By Jane Doe, Tom Roe and Ana Ruiz", ["Jane Doe", "Tom Roe", "Ana Ruiz"]),
    ],
)
def test_words_after_a_comma_that_open_with_no_given_name_are_no_second_writer(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    "name", ["Weser Tagblatt", "Münsterländer Volksblatt", "Kölner Stadtanzeiger", "Lausitzer Rundschau"]
)
def test_german_newspapers_are_outlets(name: str) -> None:
    assert is_outlet(name)


def test_a_surname_is_no_newspaper() -> None:
    assert not is_outlet("Anna Berger")


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the writer's line ends where its element does: a translator's line, a caption after it
        ('<p class="by">By Yuki Tanabe<br><span class="translator">Translated from the Japanese by Emma Walsh'
         "</span></p>", ["Yuki Tanabe"]),
        ('<div class="article-byline">BY BERNAMA</div><figure><img src="/a.jpg" alt=""><figcaption>Vehicles crawl '
         "along the highway in the morning rush.</figcaption></figure>", []),
        ('<p class="article-byline">By <span>NATION REPORTER</span></p><p class="meta">Nairobi &bull; 3 min read</p>',
         []),
        # writers joined by "und" or "and", each named
        ("<header><p>Von <strong>Elif Yildiz</strong> und <strong>Amar Hodzic</strong></p>"
         '<p class="photo">Fotos: Zoe Wintersberger</p></header>', ["Elif Yildiz", "Amar Hodzic"]),
        ("<header><p>By Tom Reilly and Anna Brook</p><p>Updated 2 March 2026</p></header>",
         ["Tom Reilly", "Anna Brook"]),
    ],
)
def test_a_byline_read_from_the_text_under_the_headline_keeps_to_its_line(header: str, authors: list[str]) -> None:
    assert _authors_of(header, in_article=False) == authors


@pytest.mark.parametrize(
    ("credits", "authors"),
    [
        ("Text: Lisa Brand, Mehmet Aslan, Carla Jung<br>Illustration: Simon Prades",
         ["Lisa Brand", "Mehmet Aslan", "Carla Jung"]),
        ("<p>Text: Laura Kienzle &amp; Tim Obermeier</p><p>Fotos: Annika Frost / Styling: Yusuf Demir</p>",
         ["Laura Kienzle", "Tim Obermeier"]),
        ("<p>Words: Lara Schimanski</p><p>Photography: Jonas Vogt</p>", ["Lara Schimanski"]),
    ],
)
def test_a_credit_on_a_line_after_the_writers_is_someone_elses(credits: str, authors: list[str]) -> None:
    assert _authors_of(f'<div class="story-credits">{credits}</div>') == authors


def test_only_a_line_the_reader_sees_ends_a_bylines_writers() -> None:
    from lxml import html as lxml_html

    from articleclean.dom import byline_text
    from articleclean.structure.byline import without_credit_lines

    assert without_credit_lines("Text: Lisa Brand\nIllustration: Simon Prades") == "Text: Lisa Brand"
    one_line = "Text: Lisa Brand Illustration: Simon Prades"
    assert without_credit_lines(one_line) == one_line
    # a break in the page's source is none; a <br> or a paragraph is
    spans = "<div>\n<span>Words: Liam Te Whare</span>\n<span>Photo: X</span>\n</div>"
    assert "\n" not in byline_text(lxml_html.fromstring(spans))
    broken = "<div>Words: Liam Te Whare<br>Photo: X</div>"
    assert byline_text(lxml_html.fromstring(broken)) == "Words: Liam Te Whare\nPhoto: X"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # each writer in an element of their own, a link naming them, a role or a place beside it
        ('<div class="responsive-byline"><span class="author"><a href="/profile/sean-oneal">Sean O&#39;Neal</a>, '
         'Chief Reporter</span> | <span class="author"><a href="/profile/fiona-hamlin">Fiona Hamlin</a>, Crime and '
         "Security Editor</span></div>", ["Sean O'Neal", "Fiona Hamlin"]),
        ('<div class="c-byline"><span class="c-byline__name"><a href="/authors/marie-woolford">Marie Woolford</a> '
         'Ottawa</span> <span class="c-byline__name"><a href="/authors/kathryn-blaze">Kathryn Blaze</a> Toronto'
         "</span></div>", ["Marie Woolford", "Kathryn Blaze"]),
        # a link holding the name and the role, each in a span of its own
        ('<ul class="insight-authors"><li class="author-card"><a href="/de/personen/felix-brandt">'
         '<span class="name">Dr. Felix Brandt, LL.M.</span><span class="role">Partner</span></a></li>'
         '<li class="author-card"><a href="/de/personen/sarah-oeztuerk"><span class="name">Sarah Öztürk</span>'
         '<span class="role">Associate</span></a></li></ul>', ["Felix Brandt", "Sarah Öztürk"]),
        # an editor's element beside the writer's is no second writer's
        ('<div class="author-details"><span class="written">Written By <a href="/author/faith-chebet">Faith '
         'Chebet</a></span> <span class="edited">Edited By <a href="/author/moses-kiprono">Moses Kiprono</a>'
         "</span></div>", ["Faith Chebet"]),
    ],
)
def test_writers_each_in_an_element_of_their_own_are_all_authors(byline: str, authors: list[str]) -> None:
    assert _authors_of(byline) == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a line of its own under the headline that says it names the writer, whatever its class
        ('<div class="review-header"><span class="stars">4 of 5</span><p class="reviewer">Review by Leo Fraser</p>'
         '<p class="photo-credit">Photos by Kim Tran</p></div>', ["Leo Fraser"]),
        ('<div class="story-meta"><p class="kicker">Reportage</p><p>Text: Anna Berger</p><p>12. März 2026</p></div>',
         ["Anna Berger"]),
        ('<div class="head"><p>Words &amp; pictures: Harriet Cole</p><p>March 1, 2026</p></div>', ["Harriet Cole"]),
        # a picture's credit is none
        ('<div class="head"><p>Photos by Kim Tran</p><p>March 1, 2026</p></div>', []),
    ],
)
def test_a_writers_credit_on_a_line_under_the_headline_names_the_writer(header: str, authors: list[str]) -> None:
    assert _authors_of(header, in_article=False) == authors


def test_a_box_of_writers_cards_is_read_card_by_card() -> None:
    # (read as one line, a card's role runs on to the next card's name: "Nadine Hoffer Managing Director")
    cards = (
        '<div class="authors-list"><div class="author"><img src="/a.jpg" alt=""><span class="name">Nadine Hoffer'
        '</span><span class="role">Managing Director &amp; Partner, London</span></div><div class="author">'
        '<img src="/b.jpg" alt=""><span class="name">Carlos Mendes</span><span class="role">Partner, São Paulo'
        "</span></div></div>"
    )
    assert _authors_of(cards) == ["Nadine Hoffer", "Carlos Mendes"]


def test_a_desks_credit_in_running_text_names_nobody() -> None:
    from articleclean.structure.byline import byline_in_text

    assert byline_in_text("By Our Jaffna Correspondent JAFFNA, Sri Lanka — Fishermen protested on Monday.") == []
    assert byline_in_text("By Jane Doe JAFFNA, Sri Lanka — Fishermen protested on Monday.") == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "Anna Berger (mit dpa)", "Anna Berger mit dpa", "Anna Berger mit Material von dpa",
        "Anna Berger (mit Material von AFP)",
    ],
)
def test_an_agencys_help_credited_after_the_name_is_no_author(line: str) -> None:
    assert parse_author_field(line) == ["Anna Berger"]
    assert parse_byline(f"Von {line}") == ["Anna Berger"]


def test_mit_before_a_name_is_no_agency_credit() -> None:
    # (only an agency after "mit" is cut: "mit Jonas Weber" is no agency's help)
    assert parse_author_field("Anna Berger mit Jonas Weber") != ["Anna Berger"]


@pytest.mark.parametrize("line", ["By Jane Doe Special to The Times", "By JANE DOE SPECIAL TO THE TIMES"])
def test_a_papers_credit_with_no_mark_before_it_is_no_part_of_the_name(line: str) -> None:
    assert parse_byline(line) == ["Jane Doe"]


def test_special_as_a_surname_stays() -> None:
    assert parse_byline("By Jane Special") == ["Jane Special"]


def _authors_above_a_story(byline: str) -> list[str]:
    """The authors of a page whose byline line stands above a short story."""
    page = (
        f"<html><body><article><h1>Pier reopens after repairs</h1><p>{byline}</p>"
        "<p>The northern pier reopened on Tuesday after months of storm repairs, the council said.</p>"
        "<p>Fishermen welcomed the news, saying the closure had cost them dearly over the winter.</p>"
        "</article></body></html>"
    )
    return extract(page).authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a compiler's credit; an outlet's name and a slash before "By"
        ("Compiled by Jane Doe", ["Jane Doe"]),
        ("ABC Rural / By Rhiannon Kerr", ["Rhiannon Kerr"]),
        # national agencies whose copy carries their name alone are no authors
        ("Bernama", []),
        ("By Bernama", []),
        ("PTI", []),
    ],
)
def test_credits_of_compilers_outlets_and_national_agencies(byline: str, authors: list[str]) -> None:
    assert _authors_above_a_story(byline) == authors


def test_a_national_agency_in_a_datelines_brackets_is_its_agency() -> None:
    from articleclean.structure.dateline import find_dateline

    found = find_dateline("KUALA LUMPUR, March 4 (Bernama) -- The ringgit opened higher against the US dollar.")
    assert found is not None and (found.location, found.agency) == ("KUALA LUMPUR", "Bernama")
    found = find_dateline("ACCRA, March 4 (GNA) - The Ghana Cedi gained against the dollar on Tuesday.")
    assert found is not None and (found.location, found.agency) == ("ACCRA", "GNA")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # credits that name the writer: "Words by", "Text und Bild:"; an agency's short name alone
        ("Words by Jessica Moreau", ["Jessica Moreau"]),
        ("Text und Bild: Ruth Aebersold", ["Ruth Aebersold"]),
        ("AgE", []),
    ],
)
def test_writers_credits_in_words_and_pictures(byline: str, authors: list[str]) -> None:
    assert _authors_above_a_story(byline) == authors


@pytest.mark.parametrize(
    ("field", "names"),
    [
        # the paper after "für", an agency the lists miss after "mit"
        ("Marlene Schönfelder für Dolomitenecho", ["Marlene Schönfelder"]),
        ("Irene Steiner mit LPA", ["Irene Steiner"]),
        # two writers on either side of a slash; a desk's acronym after one is no second writer
        ("Jan van der Berg / Fabian Kaltenbrunner", ["Jan van der Berg", "Fabian Kaltenbrunner"]),
        ("Arvind Singh Chauhan / TNN", ["Arvind Singh Chauhan"]),
        ("Sarah Qaqqasiq · CBC News", ["Sarah Qaqqasiq"]),
        # a writer credited "(Text)" beside a photographer credited "(Fotos)"
        ("Hannes Gruber (Text) und Clara Zürcher (Fotos)", ["Hannes Gruber"]),
        # a German role after the name; a role and the town the writer files from
        ("Ursula Wagner Reporterin", ["Ursula Wagner"]),
        ("Oluwatoyin Adebayo-Williams Education reporter, Lagos", ["Oluwatoyin Adebayo-Williams"]),
        # towns with a particle inside, each after its writer
        (
            "Fatoumata Ochieng in Dar es Salaam and Oluwaseun Boateng in Nairobi",
            ["Fatoumata Ochieng", "Oluwaseun Boateng"],
        ),
        # an author box's greeting before the name
        ("Hi, I'm Kit", ["Kit"]),
    ],
)
def test_names_in_byline_fields_of_more_forms(field: str, names: list[str]) -> None:
    assert parse_author_field(field) == names


@pytest.mark.parametrize("field", ["Australian Associated Press", "Verbraucherservice"])
def test_an_agencys_whole_name_or_a_sites_service_is_no_author(field: str) -> None:
    from test_authors import authors_under_headline

    assert authors_under_headline(f'<div class="byline">{field}</div>') == []


@pytest.mark.parametrize(
    ("credits", "authors"),
    [
        ('<ul class="credits"><li>Words <strong>Pádraig Mac Aodha</strong></li><li>Pictures <strong>Aoife Ní '
         "Mhaoláin</strong></li></ul>", ["Pádraig Mac Aodha"]),
        ('<dl class="credits"><dt>Reporter</dt><dd>Kavya Pillai</dd><dt>Photographer</dt><dd>Arjun Mukherjee</dd>'
         "<dt>Editor</dt><dd>Lakshmi Bhattacharya</dd></dl>", ["Kavya Pillai"]),
        # (a list of credits that credits no writer names no author)
        ('<dl class="credits"><dt>Photographer</dt><dd>Arjun Mukherjee</dd><dt>Editor</dt><dd>Lakshmi '
         "Bhattacharya</dd></dl>", []),
    ],
)
def test_a_list_of_credits_names_the_one_it_credits_with_the_words(credits: str, authors: list[str]) -> None:
    from test_authors import authors_under_headline

    assert authors_under_headline(credits) == authors


def _authors_of_story_ending(last: str) -> list[str]:
    """The authors of a page with no byline whose story's last paragraph is ``last``."""
    page = (
        "<html><body><article><h1>Pier reopens after repairs</h1>"
        "<p>The northern pier reopened on Tuesday after months of storm repairs, the council said.</p>"
        "<p>Fishermen welcomed the news, saying the closure had cost them dearly over the winter.</p>"
        f"<p>{last}</p></article></body></html>"
    )
    return extract(page).authors


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        ("Bethan Fairbairn is The Borders Record's Cardiff correspondent.", ["Bethan Fairbairn"]),
        ("Jane Doe is a freelance writer based in Accra.", ["Jane Doe"]),
        ("Niklas Wagner schreibt für uns über Digitales.", ["Niklas Wagner"]),
        ("Anna Berger ist Redakteurin im Ressort Lokales.", ["Anna Berger"]),
        # a person of the story and their role, no writer's
        ("John Smith is the club's head coach.", []),
        ("Harbour Master Jane Doe is a keen sailor.", []),
    ],
)
def test_a_line_about_the_writer_closing_the_story_names_the_author(last: str, authors: list[str]) -> None:
    assert _authors_of_story_ending(last) == authors


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a newsroom's credit, then the place its writer files from or the paper, in more words
        ("By HT Correspondent, New Delhi", []),
        ("By Staff Reporter, Cape Argus", []),
        # the desk's role before a place of one word
        ("Special Correspondent THIRUVANANTHAPURAM", []),
        ("Our Correspondent Peshawar", []),
        # a writer named after the role keeps the name, a given name the lists lack too
        ("By political reporter Jessamy Harcourt", ["Jessamy Harcourt"]),
        ("By Staff Reporter Jane Doe", ["Jane Doe"]),
    ],
)
def test_a_newsrooms_credit_and_its_place_name_nobody(text: str, names: list[str]) -> None:
    assert parse_author_field(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a blog's byline in lower case, its given names known only to the wide lists
        ("by dana kowalczyk", ["Dana Kowalczyk"]),
        ("by tomás ferreira & aiko mori", ["Tomás Ferreira", "Aiko Mori"]),
        # words in lower case that open with no given name stay no byline
        ("by the editors", []),
    ],
)
def test_names_in_lower_case_open_with_any_given_name(text: str, names: list[str]) -> None:
    assert (parse_author_field(text) or []) == names


def test_a_town_opening_with_new_after_the_writers_name_is_where_they_file_from() -> None:
    # the writer's given name unknown to the lists, the town's first word a town's prefix
    assert parse_author_field("By Anisha Rawat, New Delhi") == ["Anisha Rawat"]
    # two writers stay two
    assert parse_author_field("By Anisha Rawat, Neha Kulkarni") == ["Anisha Rawat", "Neha Kulkarni"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a section's or a role's label before the name, no mark between
        ("Opinion Fintan Walshe", ["Fintan Walshe"]),
        ("Contributor Anil Sethuraman, Senior Analyst", ["Anil Sethuraman"]),
    ],
)
def test_a_label_before_the_writers_name_is_no_part_of_it(text: str, names: list[str]) -> None:
    assert parse_byline(f"By {text}") == names


def test_a_label_before_words_that_open_with_no_given_name_is_kept() -> None:
    # "Ein Kommentar von …" is no name once "Kommentar" is cut: the label stays and reads as no byline
    read = parse_author_field("Kommentar Ein Kommentar von Lea Brandstätter") or []
    assert "Ein Kommentar von Lea Brandstätter" not in read


@pytest.mark.parametrize(
    ("header", "names"),
    [
        # where the writer files from, in a span its class names, after a desk's credit or a name
        ('<div class="story-byline"><span class="author">Agencies</span> <span class="dateline">Lagos</span></div>',
         []),
        ('<div class="author-bar"><span class="name">Web Desk</span> <span class="place">Ibadan</span></div>', []),
        ('<div class="byline"><span class="name">Tunde Bakare</span> <span class="location">Ibadan</span></div>',
         ["Tunde Bakare"]),
    ],
)
def test_a_place_in_an_element_its_class_names_is_no_part_of_the_byline(header: str, names: list[str]) -> None:
    page = (
        f"<html><body><article><h1>Council votes to widen the ring road</h1>{header}"
        "<p>The council voted on Tuesday to widen the ring road, after a year of talks with the residents on both "
        "sides of it.</p><p>Work is to begin in the spring and last two years, the council said in its notice to "
        "the residents.</p></article></body></html>"
    )
    assert extract(page.encode()).authors == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # who wrote the piece took its pictures too
        ("Story and photos by Hollis Grant", ["Hollis Grant"]),
        ("Text and photographs by Isla Pemberton", ["Isla Pemberton"]),
        ("Reporting and pictures by Jonas Berg", ["Jonas Berg"]),
    ],
)
def test_the_writer_who_took_the_pictures_too_is_the_author(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


def test_pictures_alone_credit_no_writer() -> None:
    assert not parse_byline("Photos and video by Hollis Grant")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a live blog's contributors, their shared role after the last
        ("Contributors: Marisa Quinn, Theo Banks, Inês Carvalho and Wesley Trent, politics reporters",
         ["Marisa Quinn", "Theo Banks", "Inês Carvalho", "Wesley Trent"]),
        ("Contributor: Anil Sethuraman", ["Anil Sethuraman"]),
        # a site's credit to a contributor it does not name is no person
        ("Contributor: Ghanaweb Contributor", []),
    ],
)
def test_contributors_labelled_as_such_are_the_writers(text: str, names: list[str]) -> None:
    assert parse_author_field(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a byline set in capitals prints "Mc" as it is: the name is in capitals all the same
        ("BY DANA RUIZ AND KEVIN McALLISTER", ["Dana Ruiz", "Kevin McAllister"]),
        ("By JASON McKENNA, Senior Editor", ["Jason McKenna"]),
        # a name written as names are stays as written
        ("By Jason McKenna", ["Jason McKenna"]),
    ],
)
def test_a_name_in_capitals_with_mc_as_printed_is_written_as_names_are(text: str, names: list[str]) -> None:
    assert parse_author_field(text) == names
