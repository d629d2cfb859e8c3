"""German quotes: the attributions German uses, role nouns before names, and what is no speaker."""

from __future__ import annotations

import pytest

from articleclean.model import Block, Quote, Section
from articleclean.structure.quotes import _names_with_positions, find_quotes
from articleclean.structure.quotes_de import attribution, in_nominative, is_german, named_in_nominative, split_speaker

#: German prose around the quotes, so the article reads as German without a language tag.
_LEAD = (
    "Die Stadt hat am Montag ihre Pläne für den neuen Hafen vorgestellt, und die Kritik ließ nicht "
    "lange auf sich warten. Viele Anwohner sind mit dem Vorhaben nicht einverstanden, das auch im "
    "Rat der Stadt umstritten ist und über das noch in diesem Jahr abgestimmt wird."
)


def german_quotes(*paragraphs: str, language: str | None = "de") -> list[Quote]:
    blocks = [Block("paragraph", _LEAD), *(Block("paragraph", p) for p in paragraphs)]
    return find_quotes([Section(None, blocks=blocks)], language)


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in german_quotes(*paragraphs)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, sagte Olaf Scholz.", "Olaf Scholz"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, so Scholz.", "Scholz"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, so Scholz im Interview.", "Scholz"),
        ("»Wir werden den Hafen noch in diesem Jahr bauen«, räumt Gutierrez ein.", "Gutierrez"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, rechnet Lautenschläger vor.", "Lautenschläger"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, sagte Trump am Montag in Berlin.", "Trump"),
        ("Scholz sagte am Montag: „Wir werden den Hafen noch in diesem Jahr bauen.“", "Scholz"),
        ("Dazu sagte Scholz: „Wir werden den Hafen noch in diesem Jahr bauen.“", "Scholz"),
        ("«Wir werden den Hafen noch in diesem Jahr bauen», sagt der junge Polizist.", "der junge Polizist"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, heißt es in der Mitteilung der Stadt.", "der Stadt"),
        # an adverb after the source is none of it
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, heißt es in der Mitteilung der Stadt weiter.",
         "der Stadt"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, hieß es im Schreiben des Ministeriums zudem.",
         "Ministerium"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, erklärte der Leiter, Dieter Kranzlmüller, der dpa.",
         "Dieter Kranzlmüller"),
        # the name in apposition ending the sentence, after a role and its genitive
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, sagte der Regionalleiter der Gewerkschaft, Marco "
         "Brüggemann. Eine Ausnahme sei falsch.", "Marco Brüggemann"),
        # a party in brackets after the name
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, sagte Anna Berger (SPD).", "Anna Berger"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, so Berger (Grüne) am Montag.", "Berger"),
        # the year it was said in, after the name
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, sagte Anna Berger 2015.", "Anna Berger"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, erzählte Berger 2018 in einem Gespräch mit unserer "
         "Zeitung.", "Berger"),
        # more verbs of speech: informing, pleading, replying, sighing
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, informiert Saupe.", "Saupe"),
        ("«Wir werden den Hafen noch in diesem Jahr bauen», plädiert Näßler am Ende.", "Näßler"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, entgegnete die Bürgermeisterin.", "die Bürgermeisterin"),
        ("«Wir werden den Hafen noch in diesem Jahr bauen», seufzt Catherine.", "Catherine"),
    ],
)
def test_german_attributions_before_and_after_the_quote(paragraph: str, speaker: str) -> None:
    assert speakers(paragraph) == [("Wir werden den Hafen noch in diesem Jahr bauen" + (
        "." if paragraph.rstrip().endswith(("“", "»")) and ":" in paragraph else ""), speaker)]


@pytest.mark.parametrize(
    ("phrase", "speaker", "role"),
    [
        ("Konzernchef Robert Machtlinger", "Robert Machtlinger", "Konzernchef"),
        ("Bundesministerin Susanne Raab", "Susanne Raab", "Bundesministerin"),
        ("Grünen-Fraktionschefin Katrin Göring-Eckardt", "Katrin Göring-Eckardt", "Grünen-Fraktionschefin"),
        ("der Linken-Bürgerschaftsabgeordnete Martin Dolzer", "Martin Dolzer", "Linken-Bürgerschaftsabgeordnete"),
        ("ATU-Organisator Gutierrez", "Gutierrez", "ATU-Organisator"),
        # ranks and who reports to a court are roles too
        ("Oberst Martin Lechleitner", "Martin Lechleitner", "Oberst"),
        ("Oberstleutnant Eva Gruber", "Eva Gruber", "Oberstleutnant"),
        ("Feuerwehrkommandant Karl Moser", "Karl Moser", "Feuerwehrkommandant"),
        ("Brandsachverständiger Uwe Kammler", "Uwe Kammler", "Brandsachverständiger"),
        ("Frank-Walter Steinmeier", "Frank-Walter Steinmeier", None),
        ("die Sprecherin", "die Sprecherin", None),
        ("der Sprecher der Stadt", "der Sprecher der Stadt", None),
        # a name in the genitive before the role: whose role it is
        ("Merkels Sprecher Steffen Seibert", "Steffen Seibert", "Merkels Sprecher"),
        ("Halas‘ Kollege Peter Nordlander", "Peter Nordlander", "Halas‘ Kollege"),
        ("Markus Richter", "Markus Richter", None),  # (a first name ending in s, a surname like a role)
        ("Thomas Koch Meier", "Thomas Koch Meier", None),
        ("er", "er", None),
        # whom a named person is with, after "von"/"vom", is a description too
        ("Jacqueline Rioba von World Vision", "Jacqueline Rioba", "von World Vision"),
        ("Sprecher Max Muster vom ADAC", "Max Muster", "Sprecher vom ADAC"),
        ("Anna Berger von der Caritas", "Anna Berger", "von der Caritas"),
        # ... but a surname's particles stay the surname's
        ("Ursula von der Leyen", "Ursula von der Leyen", None),
        ("Peter von Matt", "Peter von Matt", None),
    ],
)
def test_a_role_glued_before_a_name_is_its_description(phrase: str, speaker: str, role: str | None) -> None:
    assert split_speaker(phrase) == (speaker, role)


def test_a_statement_is_its_issuers_and_a_body_by_its_initials_is_spelled_out() -> None:
    found = german_quotes(
        "Das südkoreanische Vereinigungsministerium bestätigte den Auftritt am Sonntag.",
        "„Grundlose Berichte haben unnötige Verwirrung gestiftet“, hieß es in einer Erklärung des Ministeriums.",
        "Das Alfred-Wegener-Institut (AWI) betreibt Schiffe und Polarflugzeuge in der Arktis.",
        "„Der Expeditionsbetrieb wäre bei diesen Preisen gefährdet“, teilte das AWI mit.",
    )
    assert [q.speaker for q in found] == ["Vereinigungsministerium", "Alfred-Wegener-Institut"]


def test_a_bodys_genitive_in_es_is_the_body_named_with_that_noun() -> None:
    found = german_quotes(
        "Der Landvolk-Verband zeigte sich enttäuscht. „Wieder viele Worte und keine Entscheidung“, heißt es "
        "in einer Mitteilung des Verbandes."
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [("Landvolk-Verband", "Verband")]
    # a noun of no body ("des Landes", a country) stays what it is
    found = german_quotes(
        "Der Landvolk-Verband zeigte sich enttäuscht. „Wieder viele Worte und keine Entscheidung“, heißt es "
        "in einer Mitteilung des Landes."
    )
    assert [q.speaker for q in found] != ["Landvolk-Verband"]


def test_the_role_reaches_the_quote() -> None:
    quote = german_quotes("„Das Werk bleibt in Österreich“, sagte Konzernchef Robert Machtlinger.")[0]
    assert (quote.speaker, quote.speaker_description) == ("Robert Machtlinger", "Konzernchef")


def test_a_pronoun_resolves_to_the_person_just_named() -> None:
    found = german_quotes(
        "Bürgermeisterin Anna Berger verteidigte den Plan am Dienstag im Stadtrat.",
        "„Der Hafen bringt der ganzen Region neue Arbeit“, sagte sie.",
    )
    assert [(q.speaker, q.speaker_resolved) for q in found] == [("Anna Berger", True)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # capitalised nouns after a quote are no speaker without a verb of speech
        "„Wir werden den Hafen noch in diesem Jahr bauen“, Interview mit der Zeitung.",
        # a verb of speech with nothing that can speak after it
        "„Wir werden den Hafen noch in diesem Jahr bauen“, sagte am Montag in Berlin.",
        # quoted terms and titles are no quotes
        "Der Minister will „Compliance-Regeln für Soziale Netzwerke“ einführen.",
        # a clause before the quote with no verb of speech
        "Der Rat wies die Kritik am Samstag zurück: „Wir werden den Hafen noch in diesem Jahr bauen.“",
    ],
)
def test_no_speaker_where_german_names_none(paragraph: str) -> None:
    assert german_quotes(paragraph) == []


def test_after_the_quote_the_verb_comes_first() -> None:
    assert attribution("", ", sagte er.")[:3] == ("er", None, "sagte")
    assert attribution("", ", erklärte die Sprecherin.")[:3] == ("die Sprecherin", None, "erklärte")
    assert attribution("", ". Die Stadt plant weiter.")[0] is None


def test_german_is_told_by_its_words_not_only_its_tag() -> None:
    german = [Section(None, blocks=[Block("paragraph", _LEAD)])]
    english = [Section(None, blocks=[Block("paragraph", (
        "The city presented its plans for the new harbour on Monday, and the criticism was not long "
        "in coming. Many residents do not agree with the project, which is also disputed in the city "
        "council and which will be voted on later this year."
    ))])]
    assert is_german(None, german) and is_german("en", german)
    assert not is_german("de", english) and not is_german(None, english)
    assert is_german("de-AT", [Section(None, blocks=[Block("paragraph", "Kurz gesagt.")])])
    # an English article tagged German keeps its English attributions
    found = find_quotes([Section(None, blocks=[*english[0].blocks, Block(
        "paragraph", "“We will build the harbour this year,” said Mayor Ann Hale."
    )])], "de")
    assert [q.speaker for q in found] == ["Mayor Ann Hale"]


def test_a_sentence_leading_in_with_a_colon_gives_the_quote_to_its_one_person() -> None:
    assert speakers(
        "Jacqueline Rioba von der Hilfsorganisation kennt solche Konflikte: „Für die Leute ist es schwer zu verstehen.“"
    ) == [("Für die Leute ist es schwer zu verstehen.", "Jacqueline Rioba")]
    # its pronoun, resolved to the person just named
    found = german_quotes(
        "Im Krankenhaus des Lagers hält Napua Nameyan ihre Tochter im Schoß.",
        "Jetzt sieht sie die Sache etwas anders: „Ohne das Lager würden viele von uns sterben.“",
    )
    assert [(q.speaker, q.speaker_resolved) for q in found] == [("Napua Nameyan", True)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # two people in the lead-in: whose words they are is open
        "Anna Berger traf Jonas Weber im Rathaus: „Wir werden den Hafen noch in diesem Jahr bauen.“",
        # the quote names the person: words about them, not theirs
        "Jonas Weber kannte nur das Gerücht: „Jonas Weber wird noch in diesem Jahr zurücktreten.“",
        # the one person named is no subject, a preposition governs them
        "Die Zeitung druckte ein Bild von Anna Berger mit der Zeile: „Der Hafen wird noch in diesem Jahr gebaut.“",
    ],
)
def test_no_speaker_from_a_colon_where_the_lead_in_leaves_it_open(paragraph: str) -> None:
    assert german_quotes(paragraph) == []


def test_two_capitalised_words_after_an_article_are_no_name() -> None:
    found = german_quotes(
        "Ein Pfleger nimmt der Dreijährigen Blut ab, und Napua Nameyan sieht zu.",
        "„Ohne das Lager würden viele von uns sterben“, sagt sie.",
    )
    assert [(q.speaker, q.speaker_resolved) for q in found] == [("Napua Nameyan", True)]


def test_a_colon_lead_in_may_name_its_person_by_the_surname_the_article_gave() -> None:
    found = german_quotes(
        "Der Journalist Deniz Yücel stellte am Samstag sein Buch vor.",
        "Applaus im Saal, die Halle war voll. Und Yücel setzte noch einen drauf: „Ich sollte mundtot gemacht werden.“",
    )
    assert [(q.text, q.speaker) for q in found] == [("Ich sollte mundtot gemacht werden.", "Deniz Yücel")]


def test_a_role_resolves_to_the_person_the_article_gave_it_by_surname() -> None:
    found = german_quotes(
        "Noch wartet Antonio Gutierrez ab, sagt ATU-Organisator Gutierrez.",
        "»Mietstreiks bergen ein hohes Risiko für alle Mieter«, zeigt sich der ATU-Organisator zurückhaltend.",
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [("Antonio Gutierrez", "ATU-Organisator")]


def test_a_role_as_the_subject_of_a_colon_lead_in_and_a_partial_quote_by_laut() -> None:
    found = german_quotes(
        "Noch wartet Antonio Gutierrez ab. Doch der Aktivist der Mietergewerkschaft aus Chicago sagt auch: "
        "»Vermieter müssen verstehen, dass es zum Streik kommen kann.«",
        "Die Stadt ist laut Gutierrez »ein Zentrum des Organizing und des Protests«.",
    )
    assert [q.speaker for q in found] == ["Antonio Gutierrez", "Antonio Gutierrez"]


def test_a_name_inside_a_quote_does_not_compete_for_a_role_noun() -> None:
    found = german_quotes(
        "Bundespräsident Frank-Walter Steinmeier sprach am Mittwoch in Wiesbaden.",
        "„Die Ermordung von Walter Lübcke war ein brutaler Terrorakt“, sagte das Staatsoberhaupt.",
    )
    assert [q.speaker for q in found] == ["Frank-Walter Steinmeier"]


def test_plural_roles_and_place_nouns_are_no_names() -> None:
    from articleclean.structure.quotes import _names_with_positions

    text = "Linke Aktivisten protestierten im Bundesstaat Illinois, sagte Antonio Gutierrez."
    assert [name for _, name in _names_with_positions(text)] == ["Antonio Gutierrez"]


def test_a_paragraph_ending_with_a_colon_introduces_the_quote_the_next_one_opens_with() -> None:
    found = german_quotes(
        "Jacqueline Rioba von der Hilfsorganisation kennt solche Konflikte. Rioba sagt dazu:",
        "„Für die Leute ist es schwer zu verstehen, warum die Fremden besser versorgt werden.“",
    )
    assert [q.speaker for q in found] == ["Jacqueline Rioba"]


def test_a_word_that_opens_a_german_sentence_is_no_first_name() -> None:
    from articleclean.structure.quotes import _names_with_positions

    names = [name for _, name in _names_with_positions("Auch Jacqueline Rioba von World Vision kennt das.")]
    assert names[0] == "Jacqueline Rioba"
    assert speakers("Auch Jacqueline Rioba kennt solche Konflikte: „Für die Leute ist es schwer zu verstehen.“") == [
        ("Für die Leute ist es schwer zu verstehen.", "Jacqueline Rioba")
    ]


def test_an_office_before_a_name_is_no_name_and_the_pronoun_finds_the_name() -> None:
    # "Kenias Vizepräsident", "Parlamentarische Geschäftsführer": a pair of capitalised words
    # ending in an office; the person is the name after it
    assert speakers(
        "Als Brutstätte des Terrors bezeichnete Kenias Vizepräsident William Ruto das Lager. Er sagte: "
        "„Wir werden das Lager in den nächsten Monaten schließen lassen.“"
    ) == [("Wir werden das Lager in den nächsten Monaten schließen lassen.", "William Ruto")]
    assert speakers(
        "Der Erste Parlamentarische Geschäftsführer der FDP-Fraktion Dr. Marco Buschmann erinnerte daran, "
        "dass die FDP die erste Fraktion war. „Die epidemische Lage hat zu einer Dominanz der Exekutive "
        "geführt“, kritisierte er."
    ) == [("Die epidemische Lage hat zu einer Dominanz der Exekutive geführt", "Marco Buschmann")]
    # a surname that is also a role word is a name ("Koch", "Richter")
    assert speakers(
        "Der Forscher Robert Koch sprach am Montag in Berlin. „Die Bakterien sind die Ursache dieser "
        "schweren Krankheit“, sagte er."
    ) == [("Die Bakterien sind die Ursache dieser schweren Krankheit", "Robert Koch")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # Swiss German writes ss for ß
        ("«Wir werden den Hafen noch in diesem Jahr bauen», äusserte Stadtpräsident Peter Muster.", "Peter Muster"),
        ("«Wir werden den Hafen noch in diesem Jahr bauen», heisst es in der Mitteilung der Stadt.", "der Stadt"),
        # a separable verb by its first part, its particle after the speaker
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, machte der Fraktionsvorsitzende Dirk Wiese deutlich.",
         "Dirk Wiese"),
    ],
)
def test_swiss_spellings_and_separable_verbs_attribute(paragraph: str, speaker: str) -> None:
    assert speakers(paragraph) == [("Wir werden den Hafen noch in diesem Jahr bauen", speaker)]


def test_capitalised_words_on_two_lines_are_no_name() -> None:
    from articleclean.structure.quotes import _names_with_positions

    # a kicker over a headline, a time over a reading-time line: lines of one block
    assert _names_with_positions("Politik\nMietenstreik in den USA") == []
    assert _names_with_positions("29.04.2020, 12:01 Uhr\nLesedauer: 8 Min.") == []
    assert [name for _, name in _names_with_positions("Ein Bericht von\nAnna Berger")] == ["Anna Berger"]


def test_a_role_noun_resolves_to_the_one_person_its_own_paragraph_names() -> None:
    found = german_quotes(
        "Von Moritz Wichmann",
        "Noch wartet Antonio Gutierrez ab. Doch der Aktivist der Mietergewerkschaft sagt auch: "
        "»Vermieter müssen verstehen, dass es vielleicht zu einem Streik kommen wird«.",
    )
    assert [q.speaker for q in found] == ["Antonio Gutierrez"]
    # two men in its own paragraph: the role stays open; a man and a woman: "der Aktivist" is his
    paragraph = ("Noch warten Antonio Gutierrez und {} Lopez ab. Doch der Aktivist der Mietergewerkschaft "
                 "sagt auch: »Vermieter müssen verstehen, dass es vielleicht zu einem Streik kommen wird«.")
    found = german_quotes("Von Moritz Wichmann", paragraph.format("Peter"))
    assert [q.speaker for q in found] == ["der Aktivist der Mietergewerkschaft"]
    found = german_quotes("Von Moritz Wichmann", paragraph.format("Maria"))
    assert [q.speaker for q in found] == ["Antonio Gutierrez"]
    found = german_quotes("Von Moritz Wichmann", paragraph.format("Maria").replace("der Aktivist", "die Aktivistin"))
    assert [q.speaker for q in found] == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a passive citation and "ist sich … sicher"
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, wird Anna Berger zitiert.", "Anna Berger"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, wurde Berger in einer Mitteilung zitiert.", "Anna Berger"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, ist sich Berger sicher.", "Anna Berger"),
        # an age for the person just named, in either spelling
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, sagte die 52-Jährige.", "Anna Berger"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“, meint die 52-jährige Juristin.", "Anna Berger"),
        # a dash instead of a comma after the quote
        ("„Wir werden den Hafen noch in diesem Jahr bauen“ – Anna Berger", "Anna Berger"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“ – so Berger.", "Anna Berger"),
        ("„Wir werden den Hafen noch in diesem Jahr bauen“ – sagte Berger.", "Anna Berger"),
        # a body: a separable verb with its particle before the colon, "laut", "nach Angaben"
        ("Die Polizei teilte mit: „Wir haben drei Personen am Hafen festgenommen.“", "Polizei Kiel"),
        ("Die Polizei gab am Montag bekannt: „Wir haben drei Personen am Hafen festgenommen.“", "Polizei Kiel"),
        ("Laut Polizei „wurden drei Personen am Hafen festgenommen“.", "Polizei Kiel"),
        ("Nach Angaben der Polizei „wurden drei Personen am Hafen festgenommen“.", "Polizei Kiel"),
    ],
)
def test_more_attribution_forms_name_the_person_or_body_introduced(paragraph: str, speaker: str) -> None:
    found = german_quotes(
        "Bürgermeisterin Anna Berger stellte die Pläne am Montag im Rathaus vor.",
        "Die Polizei Kiel meldete am Montag einen Einsatz am Hafen.",
        paragraph,
    )
    assert [q.speaker for q in found] == [speaker]


def test_no_speaker_for_an_age_with_two_people_and_no_quote_for_a_future_tense() -> None:
    found = german_quotes(
        "Anna Berger und Maria Klein stellten die Pläne am Montag im Rathaus vor.",
        "„Wir werden den Hafen noch in diesem Jahr bauen“, sagte die 52-Jährige.",
    )
    assert [q.speaker for q in found] == ["die 52-Jährige"]
    # "wird … zitiert" needs its participle: a future tense names no speaker
    found = german_quotes("„Wir werden den Hafen noch in diesem Jahr bauen“, wird die Stadt entscheiden.")
    assert [q.speaker for q in found] in ([], [None])


def test_places_and_a_comparison_before_a_name() -> None:
    from articleclean.structure.quotes import _names_with_positions

    text = "Im Nordwesten Kenias und im Nachbarland Südsudan muss einer wie Chutta Arinye schlichten."
    assert [name for _, name in _names_with_positions(text)] == ["Chutta Arinye"]
    # a first name ending like a place noun is still a name
    assert [name for _, name in _names_with_positions("Dazu sagte Roland Koch am Montag.")] == ["Roland Koch"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a measure after a number of four digits is no name
        ("Unbekannte haben in der Nacht rund 2500 Quadratmeter Spätburgunder abgeerntet.", []),
        ("Auf 1200 Quadratmeter Fläche entsteht ein Neubau.", []),
        # ... nor after a number with a decimal part or a clock's minutes
        ("Am Ende konnten nur rund 0,01 Prozent Säugetieren zugeordnet werden.", []),
        ("Sie gewann mit 0,18 Sekunden Vorsprung vor Jana Moser.", ["Jana Moser"]),
        ("Gegen 2.30 Uhr Flammen aus dem Dach, meldete die Polizei.", []),
        # ... but a year before a name leaves it one
        ("Im Jahr 2021 trat Angela Merkel ab.", ["Angela Merkel"]),
        ("In 2019 Angela Merkel visited the plant.", ["Angela Merkel"]),
    ],
)
def test_a_measure_after_a_number_is_no_name(text: str, names: list[str]) -> None:
    assert [name for _, name in _names_with_positions(text)] == names


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        # the subject before the verb speaks, not the one spoken to after it
        ("Berger sagte der Zeitung:", "Anna Berger"),
        ("Die Bürgermeisterin sagte der Deutschen Presse-Agentur:", "Anna Berger"),
        # an adverb or a prepositional phrase before the verb: the speaker follows it
        ("Im Interview sagte Berger:", "Anna Berger"),
        ("Weiter schreibt sie:", "Anna Berger"),
        # a possessive's noun is the pronoun's words
        ("Ihr Fazit:", "Anna Berger"),
        # ... but a relative of hers named with an age is someone else
        ("Ihre Enkelin Lea, 16, war ohnehin schon überzeugt:", "Lea"),
        ("Ihre Tochter Nina, 10, sieht es pragmatisch:", "Nina"),
    ],
)
def test_who_speaks_in_a_lead_in_with_a_colon(lead_in: str, speaker: str) -> None:
    found = german_quotes(
        "Bürgermeisterin Anna Berger stellte die Pläne am Montag im Rathaus vor.",
        f"{lead_in} „Wir werden den Hafen noch in diesem Jahr bauen.“",
    )
    assert [q.speaker for q in found] == [speaker]


def test_a_german_quote_over_two_paragraphs_attributed_in_the_second() -> None:
    found = german_quotes(
        "Bürgermeisterin Anna Berger stellte die Pläne am Montag im Rathaus vor.",
        "„Wir werden den Hafen noch in diesem Jahr bauen.",
        "„Die Kosten sind durch den Haushalt gedeckt“, sagte Berger.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Wir werden den Hafen noch in diesem Jahr bauen. Die Kosten sind durch den Haushalt gedeckt", "Anna Berger")
    ]


@pytest.mark.parametrize(
    ("introduced", "attribution", "speaker"),
    [
        ("Die Polizei Kiel meldete am Montag einen Einsatz.", "teilte die Polizei mit", "Polizei Kiel"),
        ("Das Bundesministerium für Verkehr legte den Plan vor.", "teilte das Ministerium mit",
         "Bundesministerium für Verkehr"),
        ("Die Gewerkschaft Verdi rief zum Streik auf.", "teilte die Gewerkschaft mit", "Gewerkschaft Verdi"),
    ],
)
def test_a_body_named_again_by_its_noun_is_the_body_named_in_full(introduced, attribution, speaker) -> None:
    found = german_quotes(introduced, f"„Wir werden den Hafen noch in diesem Jahr bauen“, {attribution}.")
    assert [q.speaker for q in found] == [speaker]


def test_a_separable_verbs_first_part_alone_introduces_no_quote() -> None:
    # "gab" without its particle before the colon is giving, not saying: no verb of speech, and
    # nobody who may speak, no quote
    found = german_quotes("Am Montag gab man den Fund frei: „Wir haben drei Personen am Hafen festgenommen.“")
    assert [q.speaker for q in found] in ([], [None])
    # (a body opening the sentence before the colon speaks what follows it, by the colon, not by
    # "gab"; and "den Fund" is no body called "Fund")
    found = german_quotes("Die Polizei gab am Montag den Fund frei: „Wir haben drei Personen am Hafen festgenommen.“")
    assert [(q.speaker.split()[-1], q.verb) for q in found] == [("Polizei", None)]


def test_a_first_name_marks_where_a_name_starts_and_a_pronouns_gender() -> None:
    from articleclean.structure.quotes import _names_with_positions

    # a word no first name before a first name and a surname: "Kämmerer" is his office
    text = "Kämmerer Peter Klein und Bürgermeisterin Anna Berger stellten die Pläne vor."
    assert [name for _, name in _names_with_positions(text)] == ["Peter Klein", "Anna Berger"]
    introduced = "Bürgermeisterin Anna Berger und Kämmerer Peter Klein stellten die Pläne vor."
    quote = "„Wir werden den Hafen noch in diesem Jahr bauen“, sagte {}."
    assert [q.speaker for q in german_quotes(introduced, quote.format("er"))] == ["Peter Klein"]
    assert [q.speaker for q in german_quotes(introduced, quote.format("sie"))] == ["Anna Berger"]
    # the one person named is a woman: "er" stays open rather than wrong
    found = german_quotes("Anna Berger stellte die Pläne am Montag im Rathaus vor.", quote.format("er"))
    assert [(q.speaker, q.speaker_resolved) for q in found] == [("er", False)]


def test_an_accented_first_name_is_the_first_name_it_spells() -> None:
    from articleclean.structure.quotes import _names_with_positions

    # "Lúcia" is Lucia: a first name, a middle name, then the surname, the three one name
    text = "Das sagt Vorstandschefin Ana Lúcia Ferreira im Gespräch."
    assert [name for _, name in _names_with_positions(text)] == ["Ana Lúcia Ferreira"]
    # and "María" is a woman's: "er" after her alone stays open
    found = german_quotes("María Ortega stellte die Pläne am Montag im Rathaus vor.",
                          "„Wir werden den Hafen noch in diesem Jahr bauen“, sagte er.")
    assert [(q.speaker, q.speaker_resolved) for q in found] == [("er", False)]


def test_a_low_opening_mark_closed_with_a_plain_one() -> None:
    # German web text often opens with „ and closes with a plain "
    found = german_quotes("Bürgermeisterin Anna Berger stellte die Pläne am Montag im Rathaus vor.",
                          '„Wir werden den Hafen noch in diesem Jahr bauen", sagte Berger. Dann ging sie.')
    assert [(q.text, q.speaker) for q in found] == [("Wir werden den Hafen noch in diesem Jahr bauen", "Anna Berger")]


def test_sie_with_a_verb_in_the_plural_is_they() -> None:
    introduced = "Die Anwohner Anna Berger und Peter Klein waren am Montag dagegen."
    quote = "„Wir werden den Hafen nie akzeptieren, niemals“, {} sie."
    # (two people named: the two of them, together)
    assert [(q.speaker, q.speaker_resolved) for q in german_quotes(introduced, quote.format("sagten"))] == [
        ("Anna Berger und Peter Klein", True)
    ]
    assert [q.speaker for q in german_quotes(introduced, quote.format("sagte"))] == ["Anna Berger"]


def test_a_german_quote_opened_after_its_attribution_runs_on_into_the_next_paragraph() -> None:
    found = german_quotes(
        "Bürgermeisterin Anna Berger sagte am Montag: „Wir werden den Hafen noch in diesem Jahr bauen.",
        "„Die Kosten sind durch den Haushalt der Stadt gedeckt.“",
        "Die Opposition kritisierte die Pläne scharf.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Wir werden den Hafen noch in diesem Jahr bauen. Die Kosten sind durch den Haushalt der Stadt gedeckt.",
         "Anna Berger")
    ]


def test_the_formal_you_and_the_one_spoken_to_name_no_speaker() -> None:
    # an interview's questions: "Sie" and "Ihnen" are the one interviewed, spoken to
    found = german_quotes("Ein langjähriger Freund sagte Ihnen einmal: „Du bist wie ein schneller Wagen aus Italien.“")
    assert [q.speaker for q in found] == ["ein langjähriger Freund"]
    found = german_quotes(
        "Anna Berger war auch dabei. Unter ein Foto, das Sie zeigt, schrieben Sie: „Dankbar unperfekt an einem Tag.“"
    )
    assert found == []
    found = german_quotes("Mit einem Satz aus Ihrem Buch zusammengefasst: „Es gab immer Bestien dort.“")
    assert found == []


@pytest.mark.parametrize(
    "opening",
    [
        "Auch hier wird im Volk Intuition höher gewertet als Vernunft.",  # a preposition and its article in one
        "Welche Rolle spielt das für Vreni?",  # a question word
        "Leiden Sie unter dem Lärm?",  # a question's verb, the formal "you"
        "Ob Vreni das will, ist unklar.",  # a conjunction opening a clause
    ],
)
def test_capitalised_words_that_open_questions_and_clauses_are_no_name(opening: str) -> None:
    found = german_quotes(opening, "Sie sagt: „Das Taggen ist für mich eine elementare Funktion des Internets.“")
    assert [(q.speaker, q.speaker_resolved) for q in found] == [("sie", False)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Der Physiker Joachim Mnich leitet die Abteilung. Der Verlust lasse sich nicht aufholen, sagte Mnich. "
         "Aber: «Gemessen an der ganzen Periode sind weniger Kollisionen verschmerzbar.»", "Joachim Mnich"),
        ("Es könne nicht bestätigt werden, dass es Probleme gebe, teilte das Präsidialamt in Seoul am Dienstag mit. "
         "„Auch gibt es keine ungewöhnlichen Aktivitäten im Norden.“", "das Präsidialamt"),
    ],
)
def test_a_quote_after_a_sentence_of_reported_speech_is_its_speakers(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_no_speaker_from_reported_speech_that_names_a_text_or_a_sentence_with_a_quote() -> None:
    # "heißt es in …" names a text, whose topic is no author
    assert german_quotes(
        "Die Pflege sei besonders wichtig, heißt es in einer der Thesen zum Wert des Sozialstaates. "
        "„Die Rolle der Beschäftigten muss aufgewertet werden, und zwar bald.“"
    ) == []
    # the sentence before the quote is no report: nobody
    assert german_quotes("Die Stadt liegt am Fluss. „Die Rolle der Beschäftigten muss aufgewertet werden.“") == []


def test_a_quote_after_several_sentences_of_reported_speech_is_the_speaker_named_before_them() -> None:
    # the subjunctive carries the attribution over sentences and into the next paragraph
    attributed = "Der AStA mache die Opfer zu Tätern, kritisierte Bernd Lucke am Montag."
    reported = ("Ein Gespräch nur mit dem AStA sei nicht sinnvoll. Er habe dazu alles gesagt. "
                "«Wenn der AStA eine Veranstaltung organisiert, werde ich gerne kommen.»")
    assert [q.speaker for q in german_quotes(attributed, reported)] == ["Bernd Lucke"]
    assert [q.speaker for q in german_quotes(f"{attributed} {reported}")] == ["Bernd Lucke"]
    # a sentence of the writer's own between them ends the reported speech: nobody
    own = reported.replace("Er habe dazu alles gesagt.", "Die Universität liegt am Rand der Stadt.")
    assert german_quotes(attributed, own) == []
    # so does a quote between them that nobody is said to have said
    quoted = reported.replace("Er habe dazu alles gesagt.", "„Das ist absurd.“")
    assert [q.speaker for q in german_quotes(attributed, quoted) if q.text.startswith("Wenn")] == []


@pytest.mark.parametrize(
    ("between", "reported"),
    [
        # a subjunctive in "-e" before the pronoun that is its subject, after a phrase opening the sentence
        ("Für seine Küche finde er kaum noch Lehrlinge, obwohl er eine Vier-Tage-Woche anbiete.", True),
        ("Seit Jahren suche er im Tal nach Lehrlingen für die Küche.", True),
        # the indicative and the past say "findet er", "suchte er", "wurde er": the writer's own
        ("Für seine Küche findet er kaum noch Lehrlinge aus dem Tal.", False),
        ("Im Sommer suchte er im Tal nach Lehrlingen für die Küche.", False),
        ("Danach wurde er im Tal zum Obmann der Innung gewählt.", False),
        # ... or before an article opening its subject ("reagiere der Körper"; not "reagiert", "folgte")
        ("Gleichzeitig reagiere der Betrieb mit kürzeren Öffnungszeiten in der Küche.", True),
        ("Gleichzeitig reagiert der Betrieb mit kürzeren Öffnungszeiten in der Küche.", False),
        ("Danach folgte der Umbau der Küche im Tal.", False),
    ],
)
def test_a_subjunctive_before_its_pronoun_carries_the_reported_speech(between: str, reported: bool) -> None:
    introduced = "In Salzburg darf sich Florian Deisl über einen zweiten Stern für sein Restaurant freuen."
    attributed = "Sorgen bereite ihm eher das Personal, sagte der Koch."
    # (a sentence after the quote: no quote closing its paragraph, which a pronoun's sentence makes its own)
    quoted = "„Da hilft mir auch kein zweiter Stern, leider.“ Der Betrieb läuft trotzdem weiter."
    found = german_quotes(introduced, f"{attributed} {between} {quoted}")
    assert [q.speaker for q in found] == (["Florian Deisl"] if reported else [])


def test_reported_speech_after_a_quote_and_its_attribution_goes_on_with_that_speaker() -> None:
    # „…“, sagt Leitgeb. ¶ Es brauche …. „…“: her points in the subjunctive, then her words again
    first = ("Die Forscherin Sabine Leitgeb sieht das Problem in der Architektur. „Ein einziger Zugang ist bei "
             "einem so zentralen System nicht akzeptabel“, sagt Leitgeb.")
    then = ("Es brauche einen zweiten, unabhängigen Zugang. „Die Menschen müssen sich darauf verlassen können, "
            "dass der Staat erreichbar ist.“")
    assert [q.speaker for q in german_quotes(first, then)] == ["Sabine Leitgeb", "Sabine Leitgeb"]
    # in one paragraph, with a second person named only inside the first quote
    assert [q.speaker for q in german_quotes(f"{first} {then}")] == ["Sabine Leitgeb", "Sabine Leitgeb"]
    # a sentence of the writer's own between them ends the speech: nobody
    own = then.replace("Es brauche einen zweiten, unabhängigen Zugang.", "Das Amt liegt am Stadtrand.")
    assert [q.speaker for q in german_quotes(first, own)] == ["Sabine Leitgeb"]


def test_a_quote_after_heisst_es_in_a_text_nobody_issued_is_nobodys() -> None:
    # the text itself is no speaker ("der geänderten Hausordnung")
    assert german_quotes("Am Montag beginnt die Schule. In der geänderten Hausordnung heißt es: „Private "
                         "Endgeräte sind während der gesamten Unterrichtszeit ausgeschaltet.“") == []
    # a sentence about where something came from that names no one ("Die Idee kam aus Berlin") is
    # no source of the text either; "nach Angaben" of no one names none
    assert german_quotes("Die Hilfe kam aus dem Nichts. „Private Endgeräte sind während der gesamten "
                         "Unterrichtszeit ausgeschaltet“, heißt es in einer Mitteilung.") == []


def test_two_capitalised_words_after_a_preposition_of_place_are_no_persons_name() -> None:
    # "in Weihenstephan Brauwesen studiert": a place and a noun, so the paragraph names one person
    named = ("Seine Tochter Anna Distler hat in Weihenstephan Brauwesen studiert. Die Übernahme sei ihr "
             "nicht leichtgefallen, sagt die 34-Jährige.")
    quote = "»Ich hab ein Jahr lang jede Woche mit meinem Vater telefoniert und gerechnet.«"
    assert [q.speaker for q in german_quotes(named, quote)] == ["Anna Distler"]
    # a name after the place is still a name
    met = ("Ihr Vater hat in München Anna Distler getroffen. Die Übernahme sei ihr nicht leichtgefallen, "
           "sagt die 34-Jährige.")
    assert [q.speaker for q in german_quotes(met, quote)] == ["Anna Distler"]


@pytest.mark.parametrize(
    "named",
    [
        "Anna Berger bekam damals Hunderte Nachrichten.",  # a count in the plural
        "Anna Berger will bis Ende Monat entscheiden.",  # a point in time
        "Anna Berger zahlt pro Quadratmeter Wohnfläche zwölf Euro.",  # "pro", then a measure
    ],
)
def test_counts_and_points_in_time_open_no_name(named: str) -> None:
    said = "„Ich war von der vielen Hilfe völlig überwältigt“, sagte die 54-Jährige."
    assert [q.speaker for q in german_quotes(named, said)] == ["Anna Berger"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an adjective opening a sentence before a noun names nobody, so one person is named
        (["Jonas Reisinger war bedient. Bester Werfer war er trotzdem. „Wir haben es selbst weggeworfen“, "
          "sagte der 29-Jährige."], "Jonas Reisinger"),
        (["Anna Berger leitet die Initiative. Scharfe Kritik kam von ihr schon im Mai.",
          "„Die Stadt hat uns nie gefragt, nicht ein einziges Mal“, sagte die 54-Jährige."], "Anna Berger"),
        # a present participle as an adjective; a first name that is no adjective stays a name
        (["Steffen Rudolph leitet die Initiative. Gefrierender Regen hielt ihn nicht ab.",
          "„Die Stadt hat uns nie gefragt, nicht ein einziges Mal“, sagte der 54-Jährige."], "Steffen Rudolph"),
    ],
)
def test_a_capitalised_adjective_opening_a_sentence_is_no_first_name(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in german_quotes(*paragraphs)] == [speaker]


def test_a_known_persons_surname_in_the_genitive_before_a_noun_is_that_person() -> None:
    # "Bernals Unfall": Egan Bernal's accident, not a second person called "Bernals Unfall"
    said = "„Ich werde zurückkommen, das verspreche ich“, sagte der 24-Jährige."
    found = german_quotes("Egan Bernal stürzte im Training schwer.", f"Bernals Unfall schockte das ganze Team. {said}")
    assert [q.speaker for q in found] == ["Egan Bernal"]
    # someone else named beside the genitive is another person: the role is theirs
    other = f"Bernals Teamkollege Jonas Reisinger war geschockt. {said}"
    assert [q.speaker for q in german_quotes("Egan Bernal stürzte im Training schwer.", other)] == ["Jonas Reisinger"]


def test_an_ellipsis_is_no_word_of_a_quote() -> None:
    found = german_quotes("Gesine Maier sucht seit einem Monat ein Zimmer. „Das ist echt ...“, sagt sie.")
    assert found == []


def test_capitalised_german_nouns_do_not_make_a_quote_a_title() -> None:
    found = german_quotes(
        "„Als Brutstätte des Terrors“, bezeichnete Kenias Vizepräsident William Ruto das Lager später."
    )
    assert [(q.text, q.speaker, q.speaker_description) for q in found] == [
        ("Als Brutstätte des Terrors", "William Ruto", "Kenias Vizepräsident")
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Ästhetische Bedenken allein reichten nach dem Urteil nicht aus.",  # an adjective opening a noun phrase
        "Zunehmend suchten auch Menschen mit mittlerem Einkommen Rat bei den Stellen.",  # preposition, adjective
        "Weitere Mittel stünden unter dem Vorbehalt der Beratungen.",  # a quantifier
    ],
)
def test_german_noun_phrases_are_no_names(opening: str) -> None:
    found = german_quotes(opening, "„Ich wollte nie einen Streit mit irgendwem“, sagte der 38-Jährige.")
    assert [q.speaker for q in found] == ["der 38-Jährige"]


def test_a_nationality_stands_for_the_one_person_just_named() -> None:
    found = german_quotes(
        "Haldorsen, der das Team seit vergangenem Sommer trainiert, lobte die Geschlossenheit. „Wir haben in "
        "der zweiten Halbzeit genau das umgesetzt, was wir wollten“, sagte der Däne.",
        language="de",
    )
    assert [q.speaker for q in found] == ["der Däne"]  # (a surname nobody gave in full: open)
    found = german_quotes(
        "Die Auswahl von Bundestrainer Jens Haldorsen setzte sich im Rückspiel durch.",
        "„Wir haben in der zweiten Halbzeit genau das umgesetzt, was wir wollten“, sagte der Däne.",
    )
    assert [q.speaker for q in found] == ["Jens Haldorsen"]


def test_a_verdict_with_words_after_it_and_a_dash_line_with_a_description() -> None:
    found = german_quotes(
        "Polizeimeister Niklas Brandauer zieht die Handschuhe aus. Er wolle nicht zurück in den Streifenwagen, "
        "sagt er. Sein Fazit nach einem Jahr: »Man ist näher dran. An der Stadt und an den Menschen.«"
    )
    assert [q.speaker for q in found] == ["Niklas Brandauer"]
    found = german_quotes("„Solange einer singt, ist keiner allein.“ – Karl Weisbrod, Gründungsvorsitzender, 1924")
    assert [q.speaker for q in found] == ["Karl Weisbrod"]


def test_a_person_governed_by_a_preposition_is_not_the_pronouns() -> None:
    found = german_quotes(
        "Präsidentin Rita Famos sprach vor der Versammlung. An Bundesrat Ignazio Cassis wandte sie sich mit "
        "einer Bitte: «Seien Sie kreativ für neue Wege der Beziehungspflege.»"
    )
    assert [q.speaker for q in found] == ["Rita Famos"]


def test_a_number_opens_no_name() -> None:
    found = german_quotes(
        "Sloweniens Trainer Marko Kranjc haderte mit den Schiedsrichtern. Zwei Zeitstrafen seien „sehr hart“ "
        "gewesen. Er gratulierte aber fair: „Deutschland war heute besser, das muss man anerkennen.“"
    )
    assert [q.speaker for q in found] == ["Marko Kranjc"]


def test_a_statement_there_is_the_body_the_sentence_before_opens_with() -> None:
    found = german_quotes(
        "Die Caritas Österreich zeigte sich in einer Aussendung vorsichtig positiv. „Das Paket geht in die "
        "richtige Richtung, aber die Dimension reicht nicht aus“, hieß es darin."
    )
    assert [q.speaker for q in found] == ["Caritas Österreich"]


def test_laut_someone_and_the_clause_going_on_to_the_quote() -> None:
    found = german_quotes(
        "Nationalrätin Nadja Imboden warf dem Bundesrat Versagen vor. Laut Imboden ist die Vorlage «ein "
        "Rückfall in die Zeit der Gewissensprüfung»."
    )
    assert [q.speaker for q in found] == ["Nadja Imboden"]


def test_two_people_speaking_together() -> None:
    assert [q.speaker for q in german_quotes(
        "Rückraumspielerin Hanna Lütkemeyer und Torhüterin Clara Ostwald waren die Besten.",
        "Lütkemeyer und Ostwald stellten sich den Reportern. „Wir wissen genau, was die andere macht, da "
        "reicht ein Blick“, sagten die beiden lachend.",
    )] == ["Hanna Lütkemeyer und Clara Ostwald"]
    # one of the two speaking ("sagte sie", singular) is no pair
    found = german_quotes(
        "Rückraumspielerin Hanna Lütkemeyer und Trainer Jens Haldorsen waren zufrieden. „Wir wissen genau, "
        "was wir können, da reicht ein Blick“, sagte sie."
    )
    assert [q.speaker for q in found] == ["Hanna Lütkemeyer"]


def test_they_after_two_people_in_english() -> None:
    sections = [Section(None, blocks=[Block("paragraph", p) for p in (
        "Gudrun Beerwald and Ilona Petzold started on the ward together in 1986.",
        "“We started here together, and we are finishing here together,” they said.",
    )])]
    assert [q.speaker for q in find_quotes(sections, "en")] == ["Gudrun Beerwald and Ilona Petzold"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # a clause opened by "wenn": the name after it is the subject's
        ("Wenn Swantje Aldag über das Moor läuft, gibt der Boden bei jedem Schritt ein wenig nach.", "Swantje Aldag"),
        # sums are nobody
        ("Die Kosten liegen bei 4,5 Millionen Euro, schätzt die Leiterin Swantje Aldag.", "Swantje Aldag"),
    ],
)
def test_the_biologist_is_the_one_person_named(opening: str, speaker: str) -> None:
    found = german_quotes(opening, "„Genau so soll es sein, und nicht anders“, sagt die Biologin.")
    assert [q.speaker for q in found] == [speaker]


def test_an_indefinite_article_makes_the_capitalised_words_after_it_nouns() -> None:
    found = german_quotes(
        "Stammkundin Rosemarie Ettl bringt an diesem Vormittag ein Paar Winterstiefel vorbei. „Wo soll ich "
        "denn sonst hin mit meinen Schuhen?“, sagt die 80-Jährige."
    )
    assert [q.speaker for q in found] == ["Rosemarie Ettl"]


def test_a_nationality_before_a_name_and_a_sentence_whose_subject_is_a_pronoun() -> None:
    found = german_quotes(
        "Präsident Aurel Vasko drohte mit einer Offensive.",
        "Der UN-Sondergesandte, der Norweger Henrik Solberg-Aas, zeigte sich besorgt. Beide Seiten müssten "
        "„unverzüglich zu den Vereinbarungen von Genf zurückkehren“, sagte er in New York.",
    )
    assert [q.speaker for q in found] == ["Henrik Solberg-Aas"]
    found = german_quotes(
        "Energieminister Bogdan Ilić wies die Vorwürfe zurück. Er warf Hemmingsen vor, den Konflikt anzuheizen. "
        "Sie betreibe „Wahlkampf auf dem Rücken unserer Beziehungen“, sagte er.",
        language="de",
    )
    assert [q.speaker for q in found] == ["Bogdan Ilić"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the subject speaks, the partial quote is the object of its verb
        ("Fraktionschef Bernd Ohlsen sprach von einem „Anschlag auf den Mittelstand im Land“.", "Bernd Ohlsen"),
        ("Die Gewerkschaft erklärte, sie erwarte „ein faires Angebot noch vor Ostern“.", "die Gewerkschaft"),
        ("Der Mieterbund, der Tausende Haushalte vertritt, sprach von einer „Bankrotterklärung der Politik hier“.",
         "der Mieterbund"),
        ("Ökonomin Sabine Kraus vom Institut Nord schrieb, die Zahlen fielen „schwächer aus als befürchtet“.",
         "Sabine Kraus"),
        ("Landrätin Ute Wendt (SPD) nannte den Beschluss »einen Tag der Schande für uns«.", "Ute Wendt"),
        # an auxiliary before the quote, the participle after it
        ("Der Städtetag hatte zuvor vor einem „Kollaps der kommunalen Haushalte“ gewarnt.", "der Städtetag"),
        ("Zuvor hatte Bürgermeister Jan Hollmann den Verein als „Seele des ganzen Viertels“ gewürdigt.",
         "Jan Hollmann"),
        # the rest of the clause after the quote, then the attribution
        ("Er werde „keinen einzigen Euro mehr“ dafür ausgeben, sagte Kämmerer Lutz Brandt.", "Lutz Brandt"),
        # "wie er sagt"
        ("Lutz Brandt will weitermachen, „solange die Kasse es hergibt“, wie er sagt.", "Lutz Brandt"),
    ],
)
def test_a_partial_quote_inside_a_sentence_is_its_speakers(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a capitalised adverb or a preposition with its article opening the sentence is no subject
        "Zuvor hatte man im Rat den Hafen als „Herz der ganzen Stadt am Fluss“ gewürdigt.",
        "Ans Aufhören denkt im Verein keiner, „solange die Beine es noch hergeben“.",
        # an object in the accusative before the verb is no speaker
        "Den Plan kritisierte lange niemand, bis einen „Angriff auf die Freiheit aller Bürger“ erkannte.",
        # no verb of speech: a quote about something, not someone's words
        "Die Stadt baut am Fluss einen „Hafen für die ganze Region im Norden“.",
        # the participle after the quote is no verb of speech
        "Der Städtetag hatte den Entwurf als „Papier ohne jeden echten Wert“ abgeheftet.",
        # a quote opening a sentence right after one that names someone, no reported speech between
        "Mit Daniel Weingartner und Samuel Weingartner treffen zwei Brüder aufeinander. «Beide stammen aus Ruswil, "
        "da kommt sicher auch der eine oder andere Fan.»",
        # a quote in a sentence that is not in the subjunctive, after one whose subject spoke
        "Verteidiger Lukas Stauffacher plädierte auf eine bedingte Strafe. Sein Mandant ist «kein kaltblütiger "
        "Betrüger, sondern ein Mann, der den Boden verloren hat».",
    ],
)
def test_no_speaker_for_a_partial_quote_where_no_subject_speaks(paragraph: str) -> None:
    assert german_quotes(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the sentence before reports speech led by its subject; the quote stands in a sentence
        # in the subjunctive that goes on with that speech
        ("Ein Sprecher der Bahn sagte, man prüfe alle Möglichkeiten. Ein Wechsel des Betreibers sei aber "
         "„weder realistisch noch kurzfristig machbar“.", "ein Sprecher der Bahn"),
        ("Der Verband betonte am Freitag, er habe nicht zum Protest aufgerufen. Man habe lediglich eine "
         "Kundgebung angemeldet, bei der es darum gegangen sei, „dass über die Mieten geredet wird“.",
         "der Verband"),
        # the quote opens its own sentence after such a report
        ("Eine Sprecherin der Polizei sagte, die Lage sei ruhig. „Wir haben keine weiteren Hinweise auf Täter.“",
         "eine Sprecherin der Polizei"),
        # "wäre"/"wären", the subjunctive of "sein", goes on with it too
        ("Schulpräsidentin Monika Steiner warnte davor, bei der Schule zu sparen. Kürzungen bei den "
         "Lehrpersonen wären «ein Schuss ins eigene Knie».", "Monika Steiner"),
        # any verb's subjunctive after the subject a sentence opens with goes on with the speech
        ("Schulpräsidentin Monika Steiner warnte davor, bei der Schule zu sparen. Die Gemeinde erwarte "
         "180 zusätzliche Schulkinder. Kürzungen bei den Lehrpersonen wären «ein Schuss ins eigene Knie».",
         "Monika Steiner"),
        # a sentence whose subject, named at its start, spoke, then the quote in a subjunctive one
        ("Verteidiger Lukas Stauffacher plädierte auf eine bedingte Strafe. Sein Mandant sei «kein kaltblütiger "
         "Betrüger, sondern ein Mann, der den Boden verloren hat».", "Lukas Stauffacher"),
        # a few words quoted in the reporting sentence are no quote of its own
        ("Kreisvorsitzender Uwe Krämer kündigte eine „zügige und klare“ Entscheidung an. Die Sache sei eindeutig: "
         "„Wer sich gegen Rassismus wehrt, darf dafür nicht bestraft werden.“", "Uwe Krämer"),
        # … with more subjunctive sentences between
        ("Trainer Dirk Hambüchen dämpfte die Erwartungen. Man dürfe von einem jungen Spieler nicht erwarten, "
         "dass er in jedem Spiel treffe. Vranješ brauche „ein paar Wochen, um anzukommen“.", "Dirk Hambüchen"),
    ],
)
def test_a_quote_in_reported_speech_is_the_reporting_subjects(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a sentence between names her by a role after its verb: the quote's own sentence, opened by
        # "sie" and a verb in the first subjunctive, reports her words
        ("Die Moderatorin Sandra Hellwig hört auf. Was sie danach vorhat, ließ die Moderatorin offen. Sie wolle "
         "»erst einmal ausschlafen, und zwar monatelang«.", "Sandra Hellwig"),
        ("Trainer Ralf Kummer ging nach dem Abpfiff wortlos in die Kabine. Die Fans pfiffen noch lange. Er habe "
         "„so etwas noch nie erlebt in all den Jahren“.", "Ralf Kummer"),
    ],
)
def test_a_sentence_of_reported_speech_opened_by_a_pronoun_is_that_persons(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # the past ("wollte") and the plural ("kennen") report nobody's words
        "Sie wollte »erst einmal ausschlafen, und zwar monatelang« hieß ihre Sendung.",
        "Sie kennen »erst einmal ausschlafen, und zwar monatelang« als Motto.",
    ],
)
def test_a_pronoun_before_a_verb_in_the_indicative_reports_nothing(sentence: str) -> None:
    found = german_quotes(
        f"Die Moderatorin Sandra Hellwig hört auf. Was sie danach vorhat, ließ die Moderatorin offen. {sentence}"
    )
    assert found == []


def test_a_sentence_not_in_the_subjunctive_does_not_go_on_with_the_speech_before() -> None:
    found = german_quotes(
        "Ein Sprecher der Bahn sagte, man prüfe alle Möglichkeiten. Die Stadt baut derweil einen "
        "„Hafen für die ganze Region im Norden“."
    )
    assert found == []
    # a longer quote in a sentence between is a speech of its own: the chain ends there
    found = german_quotes(
        "Kreisvorsitzender Uwe Krämer sagte, man prüfe alles. „Das ist ein Skandal für den ganzen Verband“, "
        "rief ein Zuschauer. Die Sache sei eindeutig: „Wer sich wehrt, darf dafür nicht bestraft werden.“"
    )
    assert [q.speaker for q in found if q.text.startswith("Wer")] != ["Uwe Krämer"]
    # (the indicative "erwartet" ends the speech; "Die Gemeinde alle …" is no verb in "-e")
    for sentence in ("Die Gemeinde erwartet 180 zusätzliche Schulkinder.", "Die Gemeinde alle zwei Jahre neu."):
        found = german_quotes(
            "Schulpräsidentin Monika Steiner warnte davor, bei der Schule zu sparen. " + sentence
            + " Kürzungen bei den Lehrpersonen wären «ein Schuss ins eigene Knie»."
        )
        assert found == []


def test_a_pronoun_after_an_unnamed_person_is_that_person() -> None:
    found = german_quotes(
        "Einer der beiden Geretteten, ein 41-jähriger Lehrer aus Kassel, zeigte sich erleichtert. "
        "„Ich habe noch nie in meinem Leben so gefroren wie in dieser Nacht“, sagte er."
    )
    assert [(q.speaker, q.speaker_resolved) for q in found] == [("ein 41-jähriger Lehrer aus Kassel", True)]
    found = german_quotes(
        "Eine Händlerin sprach von einem guten Tag. „Wir haben alles verkauft, was wir hatten“, sagte sie."
    )
    assert [q.speaker for q in found] == ["eine Händlerin"]
    # the article says the other gender: "eine Anwohnerin" is no "er"
    found = german_quotes(
        "Eine Anwohnerin beobachtete den Brand vom Balkon. „Das Feuer war plötzlich überall im Hof“, sagte er."
    )
    assert [q.speaker for q in found] != ["eine Anwohnerin"]


def test_a_nationality_noun_is_the_one_person_named_before() -> None:
    found = german_quotes(
        "EU-Kommissar Andrius Kalnietis zeigte sich optimistisch. Man sei „näher an einer Lösung als je "
        "zuvor“, sagte der Litauer nach dem Treffen."
    )
    assert [q.speaker for q in found] == ["Andrius Kalnietis"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # an article and an adjective opening the sentence, a particle in the name
        ("Der niederländische Agrarminister Pieter van Dalen warnte vor einem „Nachteil gegenüber dem Rest "
         "der Welt“.", "Pieter van Dalen"),
        # two roles joined before the name
        ("„Der Mittelstand ist digital noch immer massiv unterversorgt“, sagt Mitgründerin und Vorstandschefin "
         "Ana Ferreira.", "Ana Ferreira"),
    ],
)
def test_roles_before_a_name_and_particles_inside_it(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_heisst_es_after_a_partial_quote_with_no_issuer_before_is_nobodys() -> None:
    # (a text nobody is said to have issued: no speaker, no quote)
    assert german_quotes(
        "Es regnete den ganzen Tag. Man habe die Kantone «so früh wie möglich und umfassend» informiert, "
        "hiess es in einer Stellungnahme."
    ) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "hieß es darin" after a sentence whose subject is a role and a name
        ("Geschäftsführer Markus Pfister zeigte sich in einer Stellungnahme zuversichtlich. „Wir haben intensive "
         "Gespräche mit zwei Partnern geführt“, hieß es darin.", "Markus Pfister"),
        # "heißt es in einer Stellungnahme", no one's: the body the sentence before opens with
        ("Die Medolino GmbH bestätigte die Lücke. »Wir bedauern den Vorfall zutiefst und entschuldigen uns«, "
         "heißt es in einer schriftlichen Stellungnahme.", "Medolino GmbH"),
        # … after a partial quote, the rest of its sentence before "hieß es"
        ("Die SBB wiesen den Vorwurf zurück. Man habe die Kantone «so früh wie möglich und umfassend» "
         "informiert, hiess es in einer schriftlichen Stellungnahme.", "SBB"),
        # "heißt es" before the quote, in the text the sentence before names
        ("Der Landesrechnungshof hat seinen Bericht vorgelegt. In dem Bericht heißt es, die Vergabe sei „in "
         "wesentlichen Teilen nicht nachvollziehbar dokumentiert“ worden.", "Landesrechnungshof"),
        ("Die Caritas Wien hat eine Aussendung verschickt. Darin heißt es: „Die Lager sind fast leer, wir "
         "brauchen dringend Hilfe.“", "Caritas Wien"),
        # a petition, a paper, a compound's last part ("Positionspapier"), in the Swiss spelling too
        ("Der Mieterbund hat eine Petition gestartet. In der Petition heisst es: «Die Mieten in den Städten "
         "steigen schneller als die Löhne.»", "Mieterbund"),
        ("Der Mieterbund hat ein Positionspapier vorgelegt. In dem Positionspapier heißt es: „Die Mieten in den "
         "Städten steigen schneller als die Löhne.“", "Mieterbund"),
        ("Der Mieterbund zeigte sich in einer Presseaussendung besorgt. „Die Mieten in den Städten steigen "
         "schneller als die Löhne“, heißt es in der Presseaussendung.", "Mieterbund"),
        # the body as the subject after a fronted phrase and its verb (not after a preposition)
        ("In einer Aussendung warnt der Mieterverband vor steigenden Kosten. „Die Mieten in den Städten "
         "steigen schneller als die Löhne“, heißt es darin.", "Mieterverband"),
        ("Schon in der Anhörung hatte der Liechtensteinische Krankenkassenverband gewarnt. «Die Prämien steigen "
         "schneller als die Löhne», heisst es darin.", "Liechtensteinische Krankenkassenverband"),
        # rules a body writes, and an adverb after "heißt es" ("damals", "dazu", "wörtlich")
        ("Das Saaleufer-Gymnasium hat reagiert. In der geänderten Hausordnung heißt es: „Private Endgeräte "
         "sind während der gesamten Unterrichtszeit ausgeschaltet.“", "Saaleufer-Gymnasium"),
        ("Der Landesrechnungshof hat seinen Bericht vorgelegt. Im Bericht hieß es damals: „Die Vergabe ist in "
         "wesentlichen Teilen nicht nachvollziehbar dokumentiert.“", "Landesrechnungshof"),
        # the text's owner in the genitive after it, the sentence's subject something else
        ("Hintergrund ist ein Prüfbericht des Landesrechnungshofs. In dem Bericht heißt es, die Vergabe sei „in "
         "wesentlichen Teilen nicht nachvollziehbar dokumentiert“.", "Landesrechnungshof"),
        # whom the text went to, after its noun ("an die Abgeordneten"); a warning is a body's text too
        ("Das Gesundheitsministerium sieht die Lage weniger dramatisch. In der Antwort an die Abgeordneten heißt "
         "es, dringende Fälle würden „innerhalb von 48 Stunden versorgt“.", "Gesundheitsministerium"),
        ("Der Deutsche Wetterdienst hat seine Warnung angehoben. In der Warnung heißt es, es bestehe „Gefahr für "
         "Leib und Leben durch extreme Schneeverwehungen“.", "Deutscher Wetterdienst"),
        # "lediglich", "nur" between "hieß es" and its source
        ("Die Sparkasse Innviertel-Mitte äußerte sich auf Anfrage nicht. „Die Sicherheit unserer Kundinnen und "
         "Kunden hat oberste Priorität“, hieß es lediglich in einer schriftlichen Stellungnahme.",
         "Sparkasse Innviertel-Mitte"),
        # the sentence before says whom what it says comes from ("Laut …", "Kritik kam vom …")
        ("Laut GeoSphere Austria sind ab Freitagabend 20 bis 40 Zentimeter Neuschnee möglich. \"Der Schneefall "
         "setzt in der Nacht ein und hält bis Samstagmittag an\", heißt es in der Prognose.", "GeoSphere Austria"),
        ("Kritik kam vom Verband der Privatvermieter. „Hier werden Zehntausende Familien bestraft, die seit "
         "Jahrzehnten von der Vermietung leben“, hieß es in einer Aussendung.", "Verband der Privatvermieter"),
    ],
)
def test_a_statement_no_one_owns_is_the_issuer_the_sentence_before_names(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_a_body_after_a_preposition_did_not_issue_the_text() -> None:
    # the letter went to the ministry: it is not the ministry's text
    found = german_quotes(
        "Seit Wochen schreibt sie Briefe an das Schulministerium. Darin heißt es: »Unsere Kinder haben "
        "dasselbe Recht auf guten Unterricht wie alle anderen.«"
    )
    assert [q.speaker for q in found if q.speaker and "ministerium" in q.speaker] == []


def test_a_courts_judges_speak_as_the_court() -> None:
    found = german_quotes(
        "Der Verfassungsgerichtshof hat das Gesetz am Dienstag gekippt.",
        "»Ein solcher Eingriff ist nicht per se unverhältnismäßig«, schreiben die Richter.",
    )
    assert [q.speaker for q in found] == ["Verfassungsgerichtshof"]
    # (no court named: the judges stay the judges)
    found = german_quotes("Das Urteil fiel am Dienstag. »Ein solcher Eingriff ist nicht per se unverhältnismäßig«, "
                          "schreiben die Richter.")
    assert [q.speaker for q in found] == ["die Richter"]
    # (one judge, "der Richter", is no bench: he speaks for himself)
    found = german_quotes(
        "Ein 34-Jähriger ist vom Landgericht München I zu zwei Jahren auf Bewährung verurteilt worden.",
        "„Sie haben Menschen ihr Erspartes abgenommen“, sagte der Vorsitzende Richter bei der Urteilsbegründung.",
    )
    assert [q.speaker for q in found if q.speaker and "gericht" in q.speaker.casefold()] == []


def test_a_texts_genitive_that_names_no_body_issued_nothing() -> None:
    # "des Vorjahres" is when the report is from, not whose it is
    found = german_quotes(
        "Hintergrund ist ein Bericht des Vorjahres. In dem Bericht heißt es, die Vergabe sei „in wesentlichen "
        "Teilen nicht nachvollziehbar dokumentiert“."
    )
    assert [q.speaker for q in found if q.speaker and "Vorjahr" in q.speaker] == []


def test_reported_speech_after_a_comma_is_no_apposition() -> None:
    found = german_quotes("„Wir werden den Hafen noch in diesem Jahr bauen“, sagte die Sprecherin der Stadt, "
                          "Kinder seien nicht betroffen.")
    assert [q.speaker for q in found] == ["die Sprecherin der Stadt"]


def test_heisst_es_in_a_paper_named_by_its_initials_is_the_papers() -> None:
    lead = "Peter Gauweiler wollte das anders. In {} heißt es dazu: „Razzien wurden dann zum Jugendschutz geführt.“"
    assert [q.speaker for q in german_quotes(lead.format("der SZ"))] == ["SZ"]
    # a text by its noun is no speaker: the one the sentence before names issued it, or nobody
    assert [q.speaker for q in german_quotes(lead.format("der Zeitung"))] == []


def test_a_quote_after_reported_speech_from_a_text_is_its_issuers() -> None:
    # "…, hieß es in einer Aussendung." then a quote: the body the sentence before issued it
    found = german_quotes(
        "Der Mieterbund hat mehr Wohnungen gefordert. Die Mieten stiegen schneller als die Löhne, hieß es in "
        "einer Aussendung. „Wir brauchen jetzt ein Programm für bezahlbare Wohnungen in allen Städten.“"
    )
    assert [q.speaker for q in found] == ["Mieterbund"]
    # nobody said to have issued it: nobody's
    found = german_quotes(
        "Die Mieten stiegen schneller als die Löhne, hieß es in einer Aussendung. „Wir brauchen jetzt ein "
        "Programm für bezahlbare Wohnungen in allen Städten.“"
    )
    assert [q.speaker for q in found if q.speaker] == []


def test_a_statement_its_owner_is_named_in_stays_the_owners() -> None:
    found = german_quotes(
        "Die Medolino GmbH bestätigte die Lücke. »Wir prüfen alle Systeme noch einmal sehr gründlich«, "
        "heißt es in einer Stellungnahme der Datenschutzbehörde."
    )
    assert [q.speaker for q in found] == ["der Datenschutzbehörde"]


def test_an_age_noun_among_two_people_is_the_one_quoted_just_before() -> None:
    found = german_quotes(
        "Geschäftsführerin Nadia Keller empfängt mit ihrer Kollegin Petra Roth in der Werkstatt. "
        "„Im Herbst hatten wir noch Aufträge bis in den Sommer hinein“, sagt Keller.",
        "„Wenn wir die Leute jetzt verlieren, finden wir sie nie wieder“, sagt die 58-Jährige.",
    )
    assert [q.speaker for q in found] == ["Nadia Keller", "Nadia Keller"]


def test_a_romance_article_opens_a_place_not_a_person() -> None:
    found = german_quotes(
        "Die Firma sitzt in La Chaux-de-Fonds, Geschäftsführerin ist Nadia Keller. "
        "„Wir schauen von Woche zu Woche, mehr geht im Moment nicht“, sagt die 58-Jährige."
    )
    assert [q.speaker for q in found] == ["Nadia Keller"]


def test_a_nationality_says_he_and_a_feminine_person_noun_says_she() -> None:
    found = german_quotes(
        "Trainer Aleksandar Petrović hat Magdalena Unterberger behutsam aufgebaut. „Sie ist im Kopf "
        "weiter, als ich es erwartet hätte“, sagt der gebürtige Serbe.",
        "Unterberger stürzte im Dezember in Courchevel. „Die ersten Wochen waren brutal“, erinnert sich die "
        "Pongauerin.",
    )
    assert [q.speaker for q in found] == ["Aleksandar Petrović", "Magdalena Unterberger"]


def test_a_first_name_and_an_initial_are_a_person() -> None:
    found = german_quotes(
        "In der Schlange steht Jennifer K., 29, alleinerziehende Mutter von zwei Kindern. „Ich schäme "
        "mich nicht mehr, die Kinder müssen ja essen“, sagt sie."
    )
    assert [q.speaker for q in found] == ["Jennifer K."]
    # a middle initial inside a full name stays part of it
    from articleclean.structure.quotes import _names_with_positions

    names = [n for _, n in _names_with_positions("Gestern sprach Chris A. Smith mit uns. Zuletzt kam Lutz S.")]
    assert names == ["Chris A. Smith", "Lutz S."]


def test_a_role_and_a_title_before_a_name() -> None:
    found = german_quotes(
        "Sozialdezernentin Dr. Jana Wolff (SPD) kündigte einen Zuschuss an. „Dass Menschen hier auf "
        "Spenden angewiesen sind, ist ein politisches Versagen“, sagte sie."
    )
    assert [q.speaker for q in found] == ["Jana Wolff"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "heißt es darin" closing the quote's own sentence: the issuer is named in the one before
        ("Der Landesrechnungshof hat die Praxis in einem Rohbericht scharf kritisiert. Die Vergabe sei „weder "
         "nachvollziehbar dokumentiert noch sachlich begründet“, heißt es darin.", "Landesrechnungshof"),
        # a relative clause between subject and verb
        ("Ein früherer Mitarbeiter der Stadtverwaltung, der anonym bleiben möchte, beschreibt das Vorgehen so: "
         "„Die Aufträge kamen direkt aus dem Büro des Bürgermeisters.“",
         "ein früherer Mitarbeiter der Stadtverwaltung"),
        # a possessive before the role, a separable verb before a partial quote
        ("Sein Anwalt Daniel Frühwirth teilte schriftlich mit, sein Mandant habe „zu keinem Zeitpunkt Einfluss "
         "auf die Vergabe genommen“.", "Daniel Frühwirth"),
        # the name in commas after a description with a place in it
        ("Die Inhaberin eines Pflegedienstes in Berlin-Neukölln, Sevgi Arslan, sagt: „Wir haben der Firma "
         "vertraut, weil alle sie benutzt haben.“", "Sevgi Arslan"),
        # "Darin" opens the sentence: the subject after the verb
        ("Eine interne E-Mail scheint das zu bestätigen. Darin schreibt der Büroleiter, Harald Strasser, an die "
         "Finanzabteilung: „Bitte die Beilage wie besprochen freigeben.“", "Harald Strasser"),
        # ... before reported speech with a partial quote, or a verb whose object it is
        ("Die Vorsitzende des Vereins, Heike Brösel, sagte, die Teiche seien „seit Jahrhunderten Teil der "
         "Kulturlandschaft“.", "Heike Brösel"),
        ("Die Vorsitzende des Vereins, Heike Brösel, sprach von einem „Sieg für die Kulturlandschaft im Tal“.",
         "Heike Brösel"),
        # where the role is held, before the name in commas
        ("Der Betriebsratsvorsitzende am Standort, Deniz Aksoy, sagte, die Stimmung sei „auf dem absoluten "
         "Tiefpunkt“.", "Deniz Aksoy"),
        # a relative clause in commas is no name: the subject speaks
        ("Ein früherer Mitarbeiter, der anonym bleiben möchte, sagte, die Firma habe „alles falsch gemacht, was "
         "ging“.", "ein früherer Mitarbeiter"),
    ],
)
def test_subjects_with_clauses_possessives_and_names_in_commas(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a possessive before the role opening the sentence ("Ihr" is no formal "you" there)
        ("Die Partei forderte eine Obergrenze. Ihr Abgeordneter Dieter Scharnhorst sprach von einer „gescheiterten "
         "Politik für alle Raubtiere“, was für Unruhe sorgte.", "Dieter Scharnhorst"),
        # the subjunctive after the quote: the sentence goes on with the report before it
        ("Das Land habe die Mittel verdoppelt, sagte Ministerin Katrin Sowada. Einen „Schießbefehl durch die "
         "Hintertür“ werde es mit ihr nicht geben.", "Katrin Sowada"),
        # "zu" after a name is no particle of it
        ("„Die Weidetierhalter sind mit ihrer Geduld am Ende“, sagte der CDU-Politiker Hinrich Möllenkamp zu "
         "Beginn der Debatte.", "Hinrich Möllenkamp"),
        ("„Wir wollen, dass die Menschen in der Innenstadt wieder verweilen“, sagte Baudezernentin Sibylle "
         "Roth-Engelhardt zu Beginn der Sitzung.", "Sibylle Roth-Engelhardt"),
        ("„Wir wollen, dass die Menschen in der Innenstadt wieder verweilen“, sagte Sibylle Roth zu "
         "Sitzungsbeginn.", "Sibylle Roth"),
        # … but a surname's particle it is
        ("„Wir wollen, dass die Menschen in der Innenstadt wieder verweilen“, sagte Karl-Theodor zu Guttenberg.",
         "Karl-Theodor zu Guttenberg"),
    ],
)
def test_possessive_subjects_and_reports_going_on_after_the_quote(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_a_feminine_person_noun_and_a_society_is_a_body() -> None:
    found = german_quotes(
        "Als erste Zeugin sagte die 84-jährige Hannelore S. aus. Sie habe damals wirklich geglaubt, ihre "
        "Tochter sitze im Gefängnis, sagte die Seniorin. „Ich habe tagelang nicht geschlafen vor Angst.“"
    )
    assert [q.speaker for q in found] == ["Hannelore S."]
    from articleclean.structure.quotes_de import names_body

    assert names_body("Fachgesellschaft") and names_body("Presse-Agentur")


def test_a_quote_closing_a_paragraph_about_one_person_is_theirs() -> None:
    found = german_quotes(
        "Die Straßenmeisterei nimmt nur die dicken Stämme mit. Für Hans Göbel aber sind die Äste wertvoll. "
        "„Ich habe gemerkt, dass diese Äste einen sehr hohen Heizwert haben.“"
    )
    assert [q.speaker for q in found] == ["Hans Göbel"]
    # two people named: nobody's; a name inside an earlier quote is no one's who speaks
    assert german_quotes(
        "Hans Göbel und Eva Roth sammeln Äste. „Ich habe gemerkt, dass diese Äste einen hohen Heizwert haben.“"
    ) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the agency the words were said to after the pronoun
        ("Eine Mitarbeiterin der Hilfsorganisation berichtete von vollen Stationen. „Uns gehen die Medikamente "
         "aus, und jeden Tag kommen Verletzte“, sagte sie AFP.", "eine Mitarbeiterin der Hilfsorganisation"),
        # someone unnamed, then a colon with no verb of speech
        ("Ein Vater, der seinen Namen nicht in der Zeitung lesen wollte, sah das anders: „Das ist jetzt schon "
         "der dritte Streiktag in diesem Jahr.“", "ein Vater"),
        # "Darin heißt es:" after the sentence naming who wrote it
        ("Die Vorsitzende Ramona Eichhorst hat einen offenen Brief an das Ministerium geschrieben. Darin heißt es: "
         "»Unsere Kinder haben dasselbe Recht auf guten Unterricht.«", "Ramona Eichhorst"),
    ],
)
def test_agencies_after_a_pronoun_unnamed_subjects_before_a_colon_and_darin_heisst_es(
    paragraph: str, speaker: str
) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # adjectives and a possessive before the text, the issuer the sentence before names
        ("Der Hochwassernachrichtendienst Bayern rechnet mit dem Scheitel am Abend. In seiner aktuellen Prognose "
         "heißt es: „Ein Scheitel zwischen 10,20 und 10,60 Metern ist wahrscheinlich.“",
         "Hochwassernachrichtendienst Bayern"),
        # whom the text went to, or what it is about, after its noun
        ("Die VBL weisen den Vorwurf zurück. In einer E-Mail an unsere Zeitung heisst es: «Wir haben die "
         "Dienstpläne bereits in diesem Jahr angepasst.»", "VBL"),
        ("Das SLF selbst ist vorsichtig. In einem Bericht über die ersten Winter mit dem System heisst es: "
         "«Infraschallsysteme können grössere Lawinen zuverlässig detektieren.»", "SLF"),
        # the text's owner in the genitive speaks, not the body the sentence before names
        ("Auch die Stadtwerke bekommen Kritik ab. In der Antwort des Bildungsministeriums an die Prüfer heißt es: "
         "„Eine Überarbeitung der Richtlinie ist vorgesehen.“", "Bildungsministerium"),
    ],
)
def test_a_text_leading_into_a_quote_with_heisst_es(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_a_pronoun_right_after_the_verb_of_speech_is_its_subject() -> None:
    # what was said opens the sentence ("Ein Unternehmen … müsse"): the pronoun speaks, and so the quote after
    found = german_quotes(
        "Tobias Brüning leitet die Kampagne. Ein Unternehmen, das wirklich umdenken wolle, sagt er, müsse sich "
        "ganz zurückziehen. »Drohnenshows für Städte unterstützen wir ausdrücklich.«"
    )
    assert [q.speaker for q in found] == ["Tobias Brüning"]
    # a pronoun after the comma opens what was said: the subject before the verb speaks
    found = german_quotes("Die Ministerin sagte, sie wolle „jede Schule einzeln prüfen lassen“.")
    assert [q.speaker for q in found] == ["die Ministerin"]


def test_two_people_speaking_together_after_a_counted_noun_phrase() -> None:
    found = german_quotes(
        "Vorneweg laufen Melanie Ruhland und Aylin Kocak, beide seit mehr als zehn Jahren Erzieherinnen in einer "
        "Kita. „Wir haben Gruppen mit 25 Kindern und oft nur zwei Fachkräfte“, sagten sie."
    )
    assert [q.speaker for q in found] == ["Melanie Ruhland und Aylin Kocak"]


def test_darunter_opens_a_sentence_and_names_nobody() -> None:
    found = german_quotes(
        "Lukas Brandt hat auf Instagram ein Foto aus dem Wartezimmer gepostet. Darunter schrieb er: "
        "»Liegen ist kein Aufgeben. Liegen ist Überleben.«"
    )
    assert [q.speaker for q in found] == ["Lukas Brandt"]


def test_sie_with_a_singular_verb_is_she_and_with_a_plural_one_the_formal_you() -> None:
    found = german_quotes(
        "Ökonomin Simone Vuilleumier erwartet keine rasche Erholung. Sie spricht von einer «Normalisierung "
        "nach den sehr guten Rekordjahren», die schmerzhaft sei."
    )
    assert [q.speaker for q in found] == ["Simone Vuilleumier"]
    assert german_quotes(
        "Ökonomin Simone Vuilleumier erwartet keine rasche Erholung. Sie sprechen von einer «Normalisierung "
        "nach den sehr guten Rekordjahren», die schmerzhaft sei."
    ) == []


def test_a_pronoun_before_a_second_quote_is_the_first_ones_speaker() -> None:
    # The article gave the striker's first name nowhere near: "Vranješ" is known by surname only.
    found = german_quotes(
        "Sportdirektor Sven Oltrogge sagte, man habe den Stürmer lange beobachtet.",
        "„Ich habe mit mehreren Vereinen gesprochen, aber hier fühle ich mich wohl“, sagte Vranješ, der am "
        "Montag den Medizincheck absolviert hatte. Sein Ziel formulierte er selbstbewusst: „Ich will mit diesem "
        "Verein in die Bundesliga.“",
    )
    assert [q.speaker for q in found] == ["Vranješ", "Vranješ"]
    # someone else named between the two quotes: the pronoun is not simply the first speaker's
    found = german_quotes(
        "Sportdirektor Sven Oltrogge sagte, man habe den Stürmer lange beobachtet.",
        "„Ich habe mit mehreren Vereinen gesprochen, aber hier fühle ich mich wohl“, sagte Vranješ. Trainer "
        "Dirk Hambüchen freut sich. Sein Ziel formulierte er selbstbewusst: „Wir wollen mit diesem Verein in "
        "die Bundesliga.“",
    )
    assert found[1].speaker != "Vranješ"


def test_a_word_after_a_german_article_is_no_persons_surname_but_after_a_relative_pronoun_it_is() -> None:
    # "Zweitligist Arminia" reads like a name; "Die Arminia" later is the club, not that person,
    # so the trainer is the one person the paragraph names
    found = german_quotes(
        "Zweitligist Arminia Kellersdorf hat einen neuen Stürmer verpflichtet.",
        "Auch Trainer Dirk Hambüchen freut sich auf den Neuen. Die Arminia hatte in der Hinrunde zu wenige Tore "
        "erzielt. „Wir haben oft das Spiel gemacht und am Ende nichts geholt“, sagte der 49-Jährige.",
    )
    assert [q.speaker for q in found] == ["Dirk Hambüchen"]
    # ", die Sadeghi anbietet": a relative pronoun, and Sadeghi named again, paragraphs after her first mention
    found = german_quotes(
        "Die Ambulanz leitet Dr. Nilufar Sadeghi seit ihrer Gründung vor drei Jahren.",
        "Lukas Brandhorst war früher bei der Feuerwehr und wartet seit Monaten auf einen Termin.",
        "Die Krankheit ist noch wenig erforscht, und Fachleute fehlen in vielen Regionen des Landes.",
        "Auch die Kassen haben lange gezögert, bevor sie erste Leistungen übernommen haben.",
        "Viele Leistungen, die Sadeghi und ihr Team anbieten, werden nicht vergütet. „Jede Stunde mit Patienten "
        "zahlt am Ende das Klinikum drauf“, sagt die Ärztin.",
    )
    assert [q.speaker for q in found] == ["Nilufar Sadeghi"]


def test_a_name_met_in_the_genitive_is_the_person_named_by_surname_later() -> None:
    found = german_quotes(
        "Mit der Uraufführung von Jorinde Kalbs „Die Stunde der Pächter“ hat das Landestheater seine Spielzeit "
        "eröffnet.",
        "Kalb, 1987 in Görlitz geboren, erzählt von drei Generationen einer Pächterfamilie in der Uckermark.",
        "Die Enkelin spielt Johanna Rieck, die als Gründerin den Hof in ein Resort verwandeln will.",
        "Die Autorin, die die Proben begleitet hatte, sprach von einer „sehr mutigen, sehr körperlichen Lesart“ "
        "ihres Textes. „Es geht mir um Besitz, nicht um Himmelsrichtungen“, sagte Kalb.",
    )
    assert [q.speaker for q in found] == ["Jorinde Kalb", "Jorinde Kalb"]
    # a name ending in "s" before a verb is no genitive: "Thomas Mertens" stays whole
    found = german_quotes("„Wir bauen den Hafen noch in diesem Jahr“, sagte Thomas Mertens am Montag.")
    assert [q.speaker for q in found] == ["Thomas Mertens"]


def test_the_person_a_sentence_is_for_is_who_a_pronoun_stands_for() -> None:
    found = german_quotes(
        "Für Magdalena Unterberger ist es mehr als ein Saisonauftakt. Elf Monate nach dem Kreuzbandriss steht "
        "die 26-jährige Salzburgerin wieder im Starthaus. „Ich habe so oft davon geträumt, dass ich es noch gar "
        "nicht glauben kann“, sagt sie.",
    )
    assert [q.speaker for q in found] == ["Magdalena Unterberger"]


def test_a_womans_trade_is_told_by_its_ending() -> None:
    found = german_quotes(
        "Entworfen hat die Plakette die Grafikerin Selin Aebi-Yılmaz aus Riehen. «Nach all den Jahren mit Krisen "
        "wollte ich etwas zeigen, das entspannt ist», sagte die 34-Jährige bei der Präsentation."
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [("Selin Aebi-Yılmaz", "34-Jährige")]
    # a first name with such an ending is no trade
    found = german_quotes("„Wir bauen den Hafen noch in diesem Jahr“, sagte Erin Callaghan am Montag.")
    assert [q.speaker for q in found] == ["Erin Callaghan"]


def test_a_colon_after_a_sentence_about_one_person_makes_them_the_speaker() -> None:
    found = german_quotes(
        "Weniger gut lief es für Sprinter Jannik Hallberg. Er musste im Halbfinale aufgeben, teilte der Verband "
        "mit. Hallberg selbst gab sich kämpferisch: „Das ist ärgerlich, aber kein Weltuntergang.“"
    )
    assert [q.speaker for q in found] == ["Jannik Hallberg"]


def test_abstract_nouns_are_no_part_of_a_name() -> None:
    found = german_quotes(
        "Die Anthropologin Sarah Mühlbacher untersucht derzeit die Skelette. Erste Auswertungen zeigten, dass viele "
        "der Bestatteten jung gestorben seien. „Wir sehen auffällig viele Kinder und Jugendliche“, sagte sie."
    )
    assert [q.speaker for q in found] == ["Sarah Mühlbacher"]
    # a surname ending in "-ung" stays a name
    found = german_quotes("„Wir sehen auffällig viele Kinder und Jugendliche“, sagte Anna Hartung am Montag.")
    assert [q.speaker for q in found] == ["Anna Hartung"]


def test_a_sentence_opening_with_laut_is_whom_it_is_according_to() -> None:
    found = german_quotes(
        "Laut Landesarchäologe Gerhard Pölzl sollen nur die Gräber im Baufeld geborgen werden, der Rest bleibe "
        "„im besten Archiv, das es gibt – im Boden“."
    )
    assert [q.speaker for q in found] == ["Gerhard Pölzl"]
    # a sentence after it is no longer his
    found = german_quotes(
        "Laut Landesarchäologe Gerhard Pölzl sollen nur die Gräber im Baufeld geborgen werden. Die Gemeinde "
        "bleibt bei ihrem „Plan für die ganze Strecke am Fluss“."
    )
    assert [q.speaker for q in found] != ["Gerhard Pölzl"]


def test_an_unnamed_speaker_after_the_verb_is_who_a_pronoun_stands_for() -> None:
    found = german_quotes(
        "Auch Universitätspräsident Michael Achatz sieht Handlungsbedarf.",
        "Das Förderprogramm sei allerdings deutlich überzeichnet, räumte ein Ministeriumssprecher ein. „Wir können "
        "nicht alle Anträge gleichzeitig bedienen“, sagte er.",
    )
    assert [q.speaker for q in found] == ["ein Ministeriumssprecher"]


def test_a_statement_given_to_someone_is_its_issuers() -> None:
    found = german_quotes(
        "Das zuständige Studierendenwerk Oberpfalz räumt die Mängel ein. „Der bauliche Zustand des Hauses "
        "entspricht nicht mehr dem, was wir bieten wollen“, heißt es in einer schriftlichen Stellungnahme "
        "gegenüber BR24."
    )
    assert [q.speaker for q in found] == ["Studierendenwerk Oberpfalz"]


def test_a_broadcaster_with_digits_after_the_speaker_is_whom_it_was_said_to() -> None:
    found = german_quotes(
        "Universitätspräsident Michael Achatz und Studentin Paula Brandl sehen Handlungsbedarf. Bezahlbarer "
        "Wohnraum sei längst ein Standortfaktor, sagte Achatz BR24. „Wir verlieren Studierende, bevor sie "
        "überhaupt angefangen haben.“"
    )
    assert [q.speaker for q in found] == ["Michael Achatz"]


def test_pro_and_je_are_prepositions_no_first_names() -> None:
    found = german_quotes(
        "Pro Hektar spare er damit rund 90 Arbeitsstunden, rechnet der Landwirt vor.",
        "Skeptischer äußert sich Lohnunternehmer Kemal Aydın. Ein Roboter rechne sich erst ab 30 Hektar. „Für den "
        "kleinen Betrieb bleibt die Hacke am Traktor die bessere Lösung“, sagt er.",
    )
    assert [q.speaker for q in found] == ["Kemal Aydın"]


def test_an_attribution_inside_a_sentence_of_reported_speech_and_a_councillors_title() -> None:
    found = german_quotes(
        "„Die Leute fragen mich beim Einkaufen, ob unsere Kirche als Nächstes zusperrt“, erzählt "
        "Pfarrgemeinderätin Herta Moser-Lindner.",
        "Der neue Pfarrer Emmanuel Okonkwo betreut zwölf Gemeinden.",
        "Sie habe nichts gegen Okonkwo, betont Moser-Lindner, im Gegenteil. „Er ist ein Segen für uns. "
        "Aber ein Mensch kann nicht an zwölf Orten gleichzeitig sein.“",
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [
        ("Herta Moser-Lindner", "Pfarrgemeinderätin"), ("Herta Moser-Lindner", None)
    ]


def test_a_ranking_or_a_title_won_is_a_role() -> None:
    found = german_quotes(
        "Hochspringerin Chidinma Okonjo gewann mit 1,97 Metern.",
        "An 1,99 m scheiterte sie dreimal knapp. „Der zweite Versuch war drüber, da hab ich mit der Ferse "
        "gerissen“, sagte die EM-Vierte.",
    )
    assert [q.speaker for q in found] == ["Chidinma Okonjo"]


def test_laut_a_statement_by_someone_is_theirs() -> None:
    found = german_quotes(
        "Laut einer Erklärung von Forschungsministerin Claudia Ferreira-Haupt zeigt der Start, dass Deutschland "
        "in der Erdbeobachtung „in der ersten Liga“ spiele."
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [("Claudia Ferreira-Haupt", "Forschungsministerin")]


def test_the_rest_of_a_clause_then_so_and_the_speaker() -> None:
    found = german_quotes(
        "Verteidiger Patrick Goergen bat um Milde. Der Fall zeige aber auch „gravierende Lücken in der internen "
        "Kontrolle“ des Heims, so der Anwalt."
    )
    assert [q.speaker for q in found] == ["Patrick Goergen"]


def test_an_adjective_before_a_role_noun_opens_no_name() -> None:
    from articleclean.structure.quotes import _names_with_positions

    text = "Beste Österreicherin wurde Teresa Hinterleitner vom ULC Mühlviertel."
    assert [name for _, name in _names_with_positions(text)] == ["Teresa Hinterleitner"]
    found = german_quotes(
        text + " „Ich habe mir vorgenommen, gar nicht auf die Uhr zu schauen“, erzählte die 29-jährige Lehrerin."
    )
    assert [q.speaker for q in found] == ["Teresa Hinterleitner"]
    # a first name before a noun that is also a role stays a name
    assert [name for _, name in _names_with_positions("Gerhard Richter und Ernst Sänger kamen.")] == [
        "Gerhard Richter", "Ernst Sänger"
    ]
    # … as does one before a surname in a role's form, after a first name the lists know
    # ("-leiter": "Karin Lechleiter"; not after a word that is none: "Parlamentarische Geschäftsführer")
    assert [name for _, name in _names_with_positions("Schulamtsdirektorin Karin Lechleiter sagte das.")] == [
        "Karin Lechleiter"
    ]
    assert [name for _, name in _names_with_positions("Parlamentarische Geschäftsführer Jan Roth sagte das.")] == [
        "Jan Roth"
    ]
    found = german_quotes(
        "Schulamtsdirektorin Karin Lechleiter sagte, über eine Schließung entscheide die Gemeinde. Mit Blick auf "
        "die Schulleiterin fügte sie hinzu: „Frau Hufnagl macht seit Jahren einen Spagat.“"
    )
    assert [q.speaker for q in found] == ["Karin Lechleiter"]


def test_people_named_after_the_quotes_sentence_came_later() -> None:
    scorer = "Den entscheidenden Dreier traf Flügelspieler Daniel Okafor 2,4 Sekunden vor dem Ende."
    quote = "„Ich wusste, dass ich frei bin. Da wirfst du einfach“, sagte der 24-Jährige bei Dyn."
    # two people the paragraph names after the attribution's sentence are not "der 24-Jährige"
    later = " Okafor kam auf 19 Punkte, Topscorer war Aufbauspieler Marcus Lindqvist mit 22 Zählern."
    assert [q.speaker for q in german_quotes(scorer, quote + later)] == ["Daniel Okafor"]
    # one person named there alone may be the speaker, named again
    play = "Mit der Uraufführung von Jorinde Kalbs Stück hat das Landestheater seine Spielzeit eröffnet."
    director = "Regisseur Aurel Demmler sprach von einem langen Probenprozess."
    author = ("Die Autorin, die die Proben begleitet hatte, sprach von einer „sehr mutigen, sehr körperlichen "
              "Lesart“ ihres Textes. Ihr sei das wichtig gewesen, sagte Kalb.")
    assert [q.speaker for q in german_quotes(play, director, author)] == ["Jorinde Kalb"]


def test_plural_past_forms_of_verbs_of_speech() -> None:
    found = german_quotes(
        "Die Grünen kritisierten den Plan scharf: „Das ist ein Projekt ohne jede Grundlage“.",
        "Die Graz Linien versicherten in einer Aussendung, man werde „alles tun, um die Bauzeit für Anrainer "
        "erträglich zu halten“.",
    )
    assert [(q.text[:20], (q.speaker or "").split()[-1]) for q in found] == [
        ("Das ist ein Projekt ", "Grünen"), ("alles tun, um die Ba", "Linien")
    ]


def test_a_role_named_in_a_paragraph_after_the_quote() -> None:
    quote = "„Die Pausen sind lauter geworden“, sagt der Schulleiter, und er meint das als Kompliment."
    named = "Thomas Gräfe leitet das Gymnasium mit rund 850 Schülerinnen und Schülern seit 2016."
    assert [q.speaker for q in german_quotes(quote, named)] == ["Thomas Gräfe"]
    # a paragraph between that names someone else leaves it open
    other = "Auch Elternsprecherin Anna Berger lobt das Verbot."
    assert [q.speaker for q in german_quotes(quote, other, named)] == ["der Schulleiter"]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "description"),
    [
        ("Kritik kam von der Interessengemeinschaft Bergbauernmilch. „Am Ende zahlen immer die kleinen "
         "Bauern die Rechnung“, sagte deren Sprecherin Monika Gruber-Fellner.", "Monika Gruber-Fellner", "Sprecherin"),
        ("„Wir gehen in Berufung, das ist klar“, sagte sein Anwalt Jan Roth nach dem Urteil.", "Jan Roth", "Anwalt"),
        # (adjectives before the role)
        ("Die FDP hält eine Schließung für den ehrlicheren Weg. „Man kann ein Problem auch zu Tode moderieren“, "
         "sagte ihr verkehrspolitischer Sprecher Moritz Hallenberger.", "Moritz Hallenberger",
         "verkehrspolitischer Sprecher"),
    ],
)
def test_whose_role_then_the_name_after_the_verb(paragraph: str, speaker: str, description: str) -> None:
    assert [(q.speaker, q.speaker_description) for q in german_quotes(paragraph)] == [(speaker, description)]


def test_a_surname_that_is_a_dates_word_and_a_colleague_before_a_name() -> None:
    lead = ("Reindls Vorstandskollegin Sabine Ott betont, das Projekt sei nicht aufgegeben. „Wir drehen jeden "
            "Stein um, aber wir bauen nicht um jeden Preis“, sagte sie.")
    assert [q.speaker for q in german_quotes(lead)] == ["Sabine Ott"]


def test_an_age_in_words_before_a_role_noun() -> None:
    lead = "Es lief die letzte Sekunde, als Niklas Rempel an die Siebenmeterlinie trat."
    quote = "„Ich habe vorher gar nicht groß nachgedacht“, sagte der 24 Jahre alte Linksaußen nach dem Spiel."
    assert [(q.speaker, q.speaker_description) for q in german_quotes(lead, quote)] == [
        ("Niklas Rempel", "24 Jahre alte Linksaußen")
    ]


def test_a_first_name_whose_surname_is_withheld_is_a_person() -> None:
    lead = "Am Mittag stand Sabine, die ihren Nachnamen nicht in der Zeitung lesen möchte, wieder hinter dem Tresen."
    quote = "„Wenn ich jetzt daheim sitze, grübele ich nur“, sagte sie."
    assert [q.speaker for q in german_quotes(lead, quote)] == ["Sabine"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a court of audit, a chamber, a council: bodies, whose noun later stands for them
        (["Der Landesrechnungshof hat ein Papier vorgelegt.", "In der Pflege stehe eine Reform an. „Auf diese "
          "Weise können Herausforderungen besser bewältigt werden“, heißt es in dem Bericht."], "Landesrechnungshof"),
        (["Die Ärztekammer Nordrhein hat den Plan kritisiert.", "„Wir halten den Plan für falsch und gefährlich“, "
          "erklärte die Kammer."], "Ärztekammer Nordrhein"),
        # a town's or a district's office ("-amt"), which "die Behörde" stands for as any authority
        (["Nach mehreren Zwischenfällen hat das Landratsamt Oberallgäu neue Schilder aufgestellt. Man wolle "
          "„niemandem den Spaß verderben, aber Unfälle verhindern“, teilte die Behörde mit."],
         "Landratsamt Oberallgäu"),
        (["Das Gesundheitsamt Kassel prüft das Wasser seit Juni.", "„Eine Badestelle kann erst nach drei Proben "
          "freigegeben werden“, erklärte das Amt."], "Gesundheitsamt Kassel"),
        (["Das Bundesdenkmalamt prüft eine Unterschutzstellung. »Wir sind mit den Grundeigentümern im Gespräch, "
          "eine Unterschutzstellung muss die Nutzung nicht verhindern«, hieß es aus dem Amt."], "Bundesdenkmalamt"),
    ],
)
def test_a_body_named_by_a_german_compound_is_met_as_a_body(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in german_quotes(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "„Wir werden gegen diesen Plan vor jedem Gericht kämpfen.“ Das sagte Anna Berger am Montag in Kiel.",
        "„Wir werden gegen diesen Plan vor jedem Gericht kämpfen“ – das sagt Anna Berger.",
        "„Wir werden gegen diesen Plan vor jedem Gericht kämpfen.“ So kommentierte Anna Berger am Montag die Pläne.",
        "„Wir werden gegen diesen Plan vor jedem Gericht kämpfen.“ Mit diesen Worten begründete Anna Berger ihren "
        "Antrag.",
    ],
)
def test_a_sentence_after_the_quote_saying_who_said_it(paragraph: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == ["Anna Berger"]
    # a sentence after the quote that names nobody says nothing of it
    assert german_quotes(paragraph.split("“")[0] + "“ Das sagt doch alles.") == []


def test_a_double_first_name_is_a_first_name() -> None:
    found = german_quotes(
        "Im Lesesaal sitzt an diesem Vormittag Klaus-Dieter Brandt, 71, mit drei Zeitungen vor sich. "
        "»Früher bin ich sonntags in die Kirche, heute komme ich hierher«, sagt er und lacht."
    )
    assert [q.speaker for q in found] == ["Klaus-Dieter Brandt"]
    # its gender is its first part's: "sie" is not Klaus-Dieter
    found = german_quotes(
        "Anna-Lena Kraus und Klaus-Dieter Brandt kamen am Montag ins Rathaus.",
        "„Wir werden uns gegen diesen Plan mit allen Mitteln wehren“, sagte sie.",
    )
    assert [q.speaker for q in found] == ["Anna-Lena Kraus"]


@pytest.mark.parametrize(
    ("named", "said", "speaker"),
    [
        ("Paul Eichler landete auf Rang fünf.",
         "Eichler sprach von einem „Tag, den wir im Team lange nicht vergessen“.", "Paul Eichler"),
        ("Anna Berger ist seit 2019 im Amt.",
         "Danach sprach Berger von einer „schweren Belastung für alle im Ort“.", "Anna Berger"),
    ],
)
def test_a_surname_after_the_full_name_in_the_same_paragraph(named: str, said: str, speaker: str) -> None:
    # the full name earlier in the paragraph makes the surname alone a person, as one paragraph
    # before would
    assert [q.speaker for q in german_quotes(f"{named} {said}")] == [speaker]
    # a surname nobody was named with is no one's
    assert german_quotes(said) == []


def test_a_paragraph_that_is_a_quote_is_the_subjects_of_the_paragraph_before() -> None:
    lead = "Hannah Brückner aus Ansbach siegte bei den Frauen in 4:31 Stunden vor Anna Berger aus Kiel."
    quote = "„Ab Kilometer zehn bin ich nur noch von Schwamm zu Schwamm gelaufen.“"
    assert [q.speaker for q in german_quotes(lead, quote)] == ["Hannah Brückner"]


def test_a_paragraph_that_is_a_quote_after_one_whose_subject_is_a_pronoun() -> None:
    intro = "„Wir hatten keinen einzigen freien Platz mehr auf der Station“, sagte Mehmet Yıldız am Morgen."
    quote = "„Die sind gerannt, die ganze Nacht. Da ist keiner schuld, der dort arbeitet.“"
    found = german_quotes(intro, "Ärzte und Pflegekräfte nimmt er ausdrücklich in Schutz.", quote)
    assert [q.speaker for q in found] == ["Mehmet Yıldız", "Mehmet Yıldız"]
    # "er" in a clause after a conjunction is no subject of the sentence (with nobody quoted
    # just before, the quote paragraph is nobody's) …
    named = "Mehmet Yıldız arbeitet seit zehn Jahren als Pfleger auf der Station im dritten Stock."
    found = german_quotes(named, "Die Station war voll, seit er dort angefangen hatte.", quote)
    assert [q.speaker for q in found] == []
    # … with him quoted just before, his account goes on
    found = german_quotes(intro, "Die Station war voll, seit er dort angefangen hatte.", quote)
    assert [q.speaker for q in found] == ["Mehmet Yıldız", "Mehmet Yıldız"]


def test_a_paragraph_that_is_a_quote_after_one_with_a_few_words_in_quote_marks() -> None:
    # words in quote marks too few to be a quote leave the paragraph about its one person
    lead = (
        "Nicht alle Fachleute teilen diese Deutung. Der Zoologe Henrik Sallmann vom Naturkundemuseum "
        "hält die Schlussfolgerung für »etwas gewagt«."
    )
    quote = "»Ameisen schwärmen ja auch. Zur Hochzeitszeit sind Tausende geflügelte Tiere in der Luft.«"
    assert [(q.text[:8], q.speaker) for q in german_quotes(lead, quote)] == [("Ameisen ", "Henrik Sallmann")]


def test_a_quote_closing_a_paragraph_naming_several_is_its_subjects() -> None:
    quote = "«Martin kennt uns Stanser. Er weiss von der tollen Stimmung hier oben.»"
    found = german_quotes(
        "Philipp Bühlmann ist sich aber sicher, dass Trainer Martin Rubin seinen Spielern die richtigen "
        f"Anweisungen mitgibt. {quote}"
    )
    assert [q.speaker for q in found] == ["Philipp Bühlmann"]
    # two people governed by "mit" (the second joined by "und"): neither is the subject
    brothers = "Mit Daniel Weingartner (Stans) und Samuel Weingartner treffen zwei Brüder aufeinander."
    found = german_quotes(f"{brothers} {quote}")
    assert found == []


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # an adverb opening the clause is no subject: the subject follows the verb
        ("Gleichzeitig räumte Bürgermeister Tom Becker ein:", "Tom Becker"),
        ("Schließlich stellte die Ministerin klar:", "die Ministerin"),
        # a name with an adverb's ending is still a name: a full one, a company's, a surname met before
        ("Thomas König räumte ein:", "Thomas König"),
        ("Siemens räumte ein:", "Siemens"),
        ("Im Rat saß auch Thomas König. König räumte ein:", "Thomas König"),
    ],
)
def test_an_adverb_before_a_separable_verb_is_no_speaker(lead: str, speaker: str) -> None:
    found = german_quotes(f"{lead} „Wir haben das Problem zu lange laufen lassen.“")
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize("noun", ["Schweizer", "Oberpfälzer", "Center"])
def test_a_noun_of_what_someone_does_or_where_they_are_from_is_the_one_just_named(noun: str) -> None:
    found = german_quotes(
        "Marco Zbinden erreichte den ersten Wechsel mit über einer Minute Vorsprung.",
        f"„Ab Kilometer 15 war der Tank leer, da konnte ich nur noch hinterherschauen“, sagte der {noun}.",
    )
    assert [q.speaker for q in found] == ["Marco Zbinden"]
    # two people just named: it stays open
    found = german_quotes(
        "Marco Zbinden und Lukas Heider erreichten den ersten Wechsel gemeinsam.",
        f"„Ab Kilometer 15 war der Tank leer, da konnte ich nur noch hinterherschauen“, sagte der {noun}.",
    )
    assert [q.speaker for q in found] == [f"der {noun}"]


def test_the_defendant_is_the_one_named_by_a_surnames_initial() -> None:
    dock = "Mit gesenktem Kopf sitzt Dennis K. auf der Anklagebank im Saal 112 des Landgerichts."
    lawyer = "Zum Auftakt ließ sein Verteidiger Rainer Hoppe eine Erklärung verlesen."
    quote = "„Ich wollte es wahrscheinlich nicht wissen. Ich hatte Schulden“, sagte der Angeklagte leise."
    assert [q.speaker for q in german_quotes(dock, lawyer, quote)] == ["Dennis K."]
    # nobody named so: the one person just named is his lawyer, who is no defendant
    assert [q.speaker for q in german_quotes(lawyer, quote)] == ["der Angeklagte"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a text named by its article, "heißt es in dem Post": whose the sentence before says
        ("Der scheidende Jugendgemeinderat verabschiedete sich auf Instagram. „Danke für zwei Jahre mit "
         "Skatepark und sehr vielen Sitzungen“, hieß es in dem Post.", "der scheidende Jugendgemeinderat"),
        ("Das Schulministerium hatte vorab klargestellt, dass die Teilnahme nicht entschuldigt ist. Es sei "
         "„Aufgabe der Schulen, über die Folgen zu informieren“, hieß es in einer schriftlichen Antwort auf eine "
         "Anfrage dieser Zeitung.", "Schulministerium"),
        # ... but a body after "aus" is the body itself
        ("Die Zahl der Anträge ist gestiegen. „Wir prüfen jeden Fall einzeln und sorgfältig“, hieß es aus dem "
         "Ministerium.", "Ministerium"),
        # a relative clause after the text before its owner
        ("Im Schreiben der Gemeinde, das der Redaktion vorliegt, heißt es: „Es bestehen begründete Hinweise auf "
         "einen Freizeitwohnsitz.“", "Gemeinde"),
        # things as the last sentence's subject issue nothing: the body before them did
        ("Das Kultusministerium weist die Kritik zurück. Die Aufgaben seien mehrfach geprüft worden, teilte eine "
         "Sprecherin mit. In der Stellungnahme heißt es: „Alle Aufgaben bewegen sich im Rahmen des "
         "Bildungsplans.“", "Kultusministerium"),
        # what someone is responsible for, before their role and name
        ("„Auf den Baustellen gehen seit zwei Jahren Arbeitsplätze verloren“, sagte der für das Bauwesen "
         "zuständige Zentralsekretär Patrick Weiler.", "Patrick Weiler"),
    ],
)
def test_texts_and_long_descriptions_make_no_speaker(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_a_pronoun_stands_for_the_person_a_sentence_calls_by_first_name() -> None:
    found = german_quotes(
        "Anna Berger und Eva Roth betreiben den Kiosk am Hafen seit zwanzig Jahren.",
        "„Der Umsatz ist um die Hälfte eingebrochen, seit die Fähre nicht mehr fährt“, sagte Roth.",
        "Anna erzählt, sie habe schon an Aufgabe gedacht. Für sie sei der Kiosk aber mehr als ein Geschäft.",
        "„Ich kenne hier jeden, der morgens seine Zeitung kauft“, sagt sie.",
    )
    assert [q.speaker for q in found] == ["Eva Roth", "Anna Berger"]


def test_a_role_among_several_named_is_the_subject_of_the_sentence_before_the_quote() -> None:
    found = german_quotes(
        "Sam Okafor, der zweimal gegen den alten Verein von Tom Becker traf, wurde spät ausgewechselt. "
        "„Ich war da schon völlig erschöpft“, sagte der Stürmer."
    )
    assert [q.speaker for q in found] == ["Sam Okafor"]


def test_a_role_opening_its_paragraph_is_the_subject_of_the_paragraph_before() -> None:
    found = german_quotes(
        "Sam Okafor, der zweimal gegen den alten Verein von Tom Becker traf, wurde spät ausgewechselt.",
        "„Ich war da schon völlig erschöpft“, sagte der Stürmer.",
    )
    assert [q.speaker for q in found] == ["Sam Okafor"]


def test_an_amount_of_something_is_no_name() -> None:
    from articleclean.structure.quotes import _names_with_positions

    # a measure and what is measured, after an adjective or a number word: nobody's name
    for text in ("Die Muscheln filtern enorme Mengen Wasser aus dem See.", "Sie holen viele Tonnen Sand aus dem Fluss.",
                 "Am Hafen lagern drei Kisten Werkzeug."):
        assert _names_with_positions(text) == [], text
    # a first name after an adjective is still one
    assert [n for _, n in _names_with_positions("Dann kam die neue Trainerin Anna Berger.")] == ["Anna Berger"]
    # and the role it speaks by resolves to the person named, not to the water
    found = german_quotes(
        "Die Limnologin Mareike Stoltenberg hat die Untersuchung geleitet.",
        "Die Muscheln filtern enorme Mengen Wasser. „Sie nehmen den Felchen das Futter weg“, sagt die Forscherin.",
    )
    assert [q.speaker for q in found] == ["Mareike Stoltenberg"]


def test_a_name_opening_a_sentence_after_an_adjective_ending_the_one_before() -> None:
    from articleclean.structure.quotes import _names_with_positions

    # "eine andere." ends a sentence: the article and adjective before it make no noun of the name
    text = "In Kirchberg ist die Stimmung eine andere. Maximilian Huber bestätigt den Coup."
    assert [n for _, n in _names_with_positions(text)] == ["Maximilian Huber"]
    # without the stop they do: "eine andere Maximilian …" is no one's name
    assert _names_with_positions("Es war eine andere Maximilian Huber Halle als gedacht.") == []


def test_someone_described_after_the_verb_a_german_sentence_puts_second() -> None:
    found = german_quotes(
        "„Eine zweite Sperrung kann sich die Region nicht leisten“, sagte Bürgermeister Olaf Winterhoff.",
        "An der Tankstelle am Ortsausgang macht ein Lkw-Fahrer aus Polen Pause. Sein Navi habe ihn durch den Ort "
        "geschickt. „Ich weiß nicht, wo ich sonst fahren soll“, sagt er.",
    )
    assert [q.speaker for q in found] == ["Olaf Winterhoff", "ein Lkw-Fahrer aus Polen"]


def test_a_noun_in_er_before_a_name_is_no_role_of_theirs() -> None:
    from articleclean.structure.speakers import _role_beside

    # "der Schweizer" after a verb of speech is someone (above); before a name, "Oktober" is no role
    text = "Seit Oktober Anna Berger die Kasse führt, stimmen die Zahlen."
    start = text.index("Anna")
    assert _role_beside(text, start, start + len("Anna Berger"), after=False) == (None, False)


def test_a_short_spoken_start_with_the_comma_after_its_mark_opens_one_utterance() -> None:
    # „Bestimmt nicht“, sagte X. „…“: the German comma stands after the closing mark; the short
    # words start the utterance the next quote goes on with
    found = german_quotes(
        "Ob die Initiative sich nun auflöst? „Bestimmt nicht“, sagte Johanna Pfister. „Wir haben gemerkt, "
        "dass wir etwas bewegen können.“"
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Bestimmt nicht. Wir haben gemerkt, dass wir etwas bewegen können.", "Johanna Pfister")
    ]
    # a short quote standing alone is still no quote (a scare quote or a title)
    assert german_quotes("Die Initiative nennt das Projekt „Bestimmt nicht“, sagte Johanna Pfister.") == []


@pytest.mark.parametrize("attribution", ["so Brückner", "so der Ermittler"])
def test_a_quote_interrupted_by_its_so_attribution_is_one_quote(attribution: str) -> None:
    found = german_quotes(
        f"Kriminalhauptkommissar Kai Brückner kennt die Masche. „Die Abholer sind das letzte und schwächste Glied "
        f"in der Kette“, {attribution}. „Die Hintermänner erwischen wir leider selten.“"
    )
    assert [q.text for q in found] == [
        "Die Abholer sind das letzte und schwächste Glied in der Kette. Die Hintermänner erwischen wir leider selten."
    ]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Ein Zehntklässler, der seinen Namen nicht nennen möchte, sieht es pragmatischer:", "ein Zehntklässler"),
        ("Ein älterer Mann rief daraufhin dazwischen:", "ein älterer Mann"),
        ("Eine Anwohnerin aus der Nachbarschaft sieht das anders:", "eine Anwohnerin"),
        ("Eine Patientin im Wartezimmer schüttelte den Kopf:", "eine Patientin"),
        ("Eine Schwester der Station seufzte:", "eine Schwester"),
    ],
)
def test_someone_unnamed_leading_in_with_a_colon_speaks(lead: str, speaker: str) -> None:
    found = german_quotes(f"{lead} „Am Anfang war es komisch. Jetzt merkt man es kaum noch.“")
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    "lead", ["Ein Blick auf die Zahlen zeigt:", "Eine Umfrage zeigt:", "Ein Zimmer weiter heißt es:"]
)
def test_a_thing_leading_in_with_a_colon_is_no_speaker(lead: str) -> None:
    assert german_quotes(f"{lead} „Am Anfang war es komisch. Jetzt merkt man es kaum noch.“") == []



def test_an_unnamed_defendant_brought_in_by_age_is_who_the_defendant_and_that_age_are() -> None:
    lead = ("Am Landesgericht Klagenfurt hat der Prozess nach einem Lawinenabgang begonnen. Angeklagt ist ein "
            "46-jähriger Bergführer aus dem Mölltal. Staatsanwalt Markus Tschernig wirft ihm Fahrlässigkeit vor.")
    said = "„Ich habe an diesem Tag nichts gesehen, was mich gewarnt hätte“, sagte {}."
    found = german_quotes(lead, said.format("der Angeklagte"))
    assert [q.speaker for q in found] == ["ein 46-jähriger Bergführer aus dem Mölltal"]
    found = german_quotes(lead, said.format("der 46-Jährige"))
    assert [q.speaker for q in found] == ["ein 46-jähriger Bergführer aus dem Mölltal"]
    # another age is someone else
    found = german_quotes(lead, said.format("der 52-Jährige"))
    assert [q.speaker for q in found] != ["ein 46-jähriger Bergführer aus dem Mölltal"]
    # a defendant the report names by a surname's initial is that person
    named = lead.replace("Staatsanwalt Markus Tschernig", "Dem Angeklagten Dennis K.").replace("wirft ihm", "wird")
    found = german_quotes(named, said.format("der Angeklagte"))
    assert [q.speaker for q in found] == ["Dennis K."]


def test_an_age_speaker_is_the_one_described_in_the_dative_not_a_relative_clause() -> None:
    # "der mit seiner Frau …" opens a relative clause: no article before a person's noun
    found = german_quotes(
        "Ähnlich erging es einem früheren Landwirt aus Murgenthal, der mit seiner Frau 260'000 Franken investiert "
        "hatte. «Wir haben ihm sogar noch Neujahrskarten geschrieben», sagte der 74-Jährige im Zeugenstand."
    )
    assert len(found) == 1 and "seiner Frau" not in (found[0].speaker or "")
    # the one it happened to, in the dative, is the age's: in the nominative, adjectives too
    assert [q.speaker for q in found] == ["ein früherer Landwirt aus Murgenthal"]
    found = german_quotes(
        "Besonders hart traf es einer jungen Mutter aus Köln. „Das war alles, was ich hatte“, sagte die 32-Jährige."
    )
    assert [q.speaker for q in found] == ["eine junge Mutter aus Köln"]
    # a dative after a preposition is no one the sentence is about
    found = german_quotes(
        "Er habe den Mohn von einem Zwischenhändler gekauft, sagte er. „Ich bin ein kleiner Händler“, so der "
        "56-Jährige."
    )
    assert "Zwischenhändler" not in (found[-1].speaker or "")
    # an article before the person's noun still describes: "den Inhaber eines Spätkaufs"
    found = german_quotes(
        "Besonders hart traf es den Inhaber eines Spätkaufs. „Das war alles, was ich hatte“, sagte der 52-Jährige."
    )
    assert [q.speaker for q in found] == ["der Inhaber eines Spätkaufs"]


def test_an_age_opening_a_colon_lead_is_the_person_of_that_age() -> None:
    found = german_quotes(
        "Kevin Oberhollenzer ließ im ganzen Spiel nur einen Treffer zu. Der 22-Jährige aus Sand in Taufers blieb "
        "bescheiden: „Die Jungs vor mir haben mir heute das Leben leicht gemacht.“"
    )
    assert [q.speaker for q in found] == ["Kevin Oberhollenzer"]
    # a thing opening the sentence speaks for nobody
    found = german_quotes(
        "Kevin Oberhollenzer ließ im ganzen Spiel nur einen Treffer zu. Der 22-Punkte-Vorsprung blieb bestehen: "
        "„Die Jungs vor mir haben mir heute das Leben leicht gemacht.“"
    )
    assert [q.speaker for q in found if q.speaker and "Vorsprung" in q.speaker] == []


def test_reported_speech_after_a_sentence_whose_subject_is_a_role_is_that_roles_holders() -> None:
    # "Die Stadträtin wies das zurück. Die Baukosten seien „…“": the role, then the person holding
    # it (given as a compound: "Verkehrsstadträtin Elke Brunnhofer" is "die Stadträtin")
    named = "Verkehrsstadträtin Elke Brunnhofer hält am Projekt fest. Die Stadt habe keine Wahl."
    reply = ("Die Stadträtin wies die Kritik zurück. Die Baukosten seien seit 2021 „um fast 40 Prozent gestiegen, "
             "und das gilt für jedes Bauprojekt“.")
    assert [(q.speaker, q.speaker_description) for q in german_quotes(named, reply)] == [
        ("Elke Brunnhofer", "Stadträtin")
    ]
    # a sentence opening with a thing, not a role: nobody
    assert german_quotes(named, reply.replace("Die Stadträtin wies", "Die Stadt wies")) == []


def test_a_compound_role_is_its_last_parts_role_but_a_deputys_is_not() -> None:
    # "Verkehrsstadträtin Elke Brunnhofer" is "die Stadträtin", though another person was named since
    named = ("Verkehrsstadträtin Elke Brunnhofer hält am Projekt fest. Gemeinderätin Petra Stangl kritisierte "
             "die Kosten scharf.")
    quote = "„Wir werden den Haushalt noch in diesem Jahr beschließen“, sagte die Stadträtin."
    assert [q.speaker for q in german_quotes(named, quote)] == ["Elke Brunnhofer"]
    # "Vizebürgermeisterin Eva Roth" is not "die Bürgermeisterin": the mayor named before her is
    mayor = ("Bürgermeisterin Anna Berger eröffnete die Sitzung. Danach sprach Vizebürgermeisterin Eva Roth "
             "über den Haushalt.")
    said = quote.replace("Stadträtin", "Bürgermeisterin")
    assert [q.speaker for q in german_quotes(mayor, said)] == ["Anna Berger"]
    # an expert on extremism is "der Experte" ("ex" opening a word makes nobody a former holder)
    expert = ("Extremismusexperte Peter Roth beobachtet die Szene seit Jahren. Innenminister Hans Berger "
              "kündigte Maßnahmen an.")
    warned = "„Die Gruppe ist kleiner geworden, aber gefährlicher“, sagte der Experte."
    assert [q.speaker for q in german_quotes(expert, warned)] == ["Peter Roth"]


def test_reported_speech_after_a_sentence_whose_main_clause_names_its_subject() -> None:
    # "Kestel verwies auf …, mit denen … habe …": the subjunctive only in a clause after a comma,
    # the sentence's subject is who speaks on in "Nun müsse man „…“"
    said = ("Roland Kestel verwies auf die Gewerbesteuer, mit der die Stadt die Grundschule habe sanieren wollen. "
            "Nun müsse man „ehrlich darüber reden, was wir uns noch leisten können“.")
    assert [q.speaker for q in german_quotes(said)] == ["Roland Kestel"]
    # the main clause itself reported ("Roland Kestel habe …"): he is talked about, nobody named speaks
    talked_about = said.replace("verwies auf die Gewerbesteuer, mit der die Stadt", "habe mit der Gewerbesteuer")
    assert german_quotes(talked_about) == []


def test_a_speaker_placed_by_in_before_the_verb_leads_reported_speech() -> None:
    # "Eine Sprecherin des Ministeriums in Schwerin sagte, man habe …. Jarmen könne „…“"
    said = ("Eine Sprecherin des Gesundheitsministeriums in Schwerin sagte, man habe das Konzept begleitet. "
            "Jarmen könne „ein Modell für den ländlichen Raum“ werden.")
    assert [q.speaker for q in german_quotes(said)] == ["eine Sprecherin des Gesundheitsministeriums"]
    # a subject that is no speaker ("Die Zahl der Einbrüche in Schwerin") leads nobody's words
    assert german_quotes(said.replace("Eine Sprecherin des Gesundheitsministeriums in Schwerin sagte",
                                      "Die Zahl der Einbrüche in Schwerin stieg")) == []


def test_a_first_name_alone_with_an_age_introduces_a_person() -> None:
    # vox pops give people by first name and age: "Noah, 15, aus der neunten Klasse, …", "Auch Lukas, 17, …"
    head = "Dr. Thomas Krämer, Leiter eines Gymnasiums, sieht das Dilemma. „Regeln gelten für alle“, sagte er."
    pupil = ("Noah, 15, aus der neunten Klasse einer Gesamtschule, hatte sich freistellen lassen wollen. "
             "„Mein Lehrer hat gesagt, das geht nicht. Dann bin ich trotzdem gekommen“, sagte er.")
    assert [q.speaker for q in german_quotes(head, pupil)] == ["Dr. Thomas Krämer", "Noah"]
    assert [q.speaker for q in german_quotes(head, "Auch " + pupil.replace("Noah", "Lukas"))][-1] == "Lukas"
    # a count after a noun is no person: "Die Klasse 9, 15 Schüler, …"
    counted = pupil.replace("Noah, 15, aus der neunten Klasse einer Gesamtschule,", "Die Klasse 9, 15 Schüler,")
    assert [q.speaker for q in german_quotes(head, counted)][-1] == "Dr. Thomas Krämer"


@pytest.mark.parametrize(
    ("attribution", "speaker", "description"),
    [
        ("sagte Hopfenpflanzer Georg Stanglmeier", "Georg Stanglmeier", "Hopfenpflanzer"),
        ("sagt Landespastorin Ulrike Sommerfeld", "Ulrike Sommerfeld", "Landespastorin"),
        ("sagte Schwester Maria Benedikta Roth", "Maria Benedikta Roth", "Schwester"),
    ],
)
def test_a_persons_noun_glued_before_a_first_name_and_a_surname_is_the_description(
    attribution: str, speaker: str, description: str
) -> None:
    found = german_quotes(f"„Die Ernte ist dieses Jahr deutlich schlechter ausgefallen als erwartet“, {attribution}.")
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


def test_a_name_whose_first_word_is_no_persons_noun_stays_whole() -> None:
    found = german_quotes("„Mir hat auch mal jemand geholfen, als ich hier ankam“, sagte Nguyen Van Thanh.")
    assert [q.speaker for q in found] == ["Nguyen Van Thanh"]
    # (a title a speaker was given with stays with the name)
    from articleclean.structure.quotes import _role_out_of_name

    quote = Quote("Mir hat auch mal jemand geholfen", "Dr. Thomas Krämer")
    _role_out_of_name(quote, german=True)
    assert (quote.speaker, quote.speaker_description) == ("Dr. Thomas Krämer", None)


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("die Polizei Düsseldorf", "Polizei Düsseldorf"),
        ("die Landespolizeidirektion Steiermark", "Landespolizeidirektion Steiermark"),
        ("die AOK Nordost", "AOK Nordost"),
        # (a role before a name is the description still)
        ("der Konzernchef Robert Machtlinger", "Robert Machtlinger"),
    ],
)
def test_a_body_and_the_place_it_is_for_are_one_name(phrase: str, speaker: str) -> None:
    found = german_quotes(f"„Die Lage auf den Straßen hat sich über Nacht deutlich entspannt“, teilte {phrase} mit.")
    assert [q.speaker for q in found] == [speaker]


def test_a_noun_after_a_german_article_then_a_name_given_anywhere() -> None:
    # "den Iren Conor Whelan": after the article, "Iren" is a noun (the Irishman), the name is
    # the given name and the surname after it, so "der 38-Jährige" is the one person named
    found = speakers(
        "Lisa-Marie Overbeck gewann das Stechen gegen den Iren Conor Whelan.",
        "Whelan nahm die Niederlage sportlich. „Lisa war heute einfach schneller. Ich habe am letzten "
        "Oxer eine halbe Sekunde verschenkt“, sagte der 38-Jährige.",
    )
    assert [s for _, s in found] == ["Conor Whelan"]
    # (a capitalised word after the noun that is no given name opens no name: a horse)
    assert _names_with_positions("Whelan ritt die Stute Kilkenny Rose.") == []


@pytest.mark.parametrize(
    "body", ["Polizeidirektion", "Landespolizeidirektion", "Polizeiinspektion", "Polizeipräsidium"]
)
def test_the_police_offices_are_bodies_whose_release_speaks(body: str) -> None:
    article = "das" if body.endswith("präsidium") else "die"
    found = speakers(
        f"In einer Aussendung ruft {article} {body} die Bevölkerung zur Mithilfe auf. „Verdächtige Fahrzeuge "
        "oder Personen in den Kellergassen sollen umgehend gemeldet werden“, heißt es darin."
    )
    assert [s for _, s in found] == [body]


def test_a_bodys_noun_is_its_office_named_before_not_any_compound() -> None:
    quote = "„Dem umsichtigen Verhalten der Bankmitarbeiterin ist es zu verdanken, dass kein Geld floss“"
    found = speakers("Das Polizeipräsidium Mainz ermittelt gegen zwei Männer.", f"{quote}, teilte die Polizei mit.")
    assert [s for _, s in found] == ["Polizeipräsidium Mainz"]
    # (the city's utility is no office of the city)
    found = speakers("Die Stadtwerke München erhöhen die Preise.", f"{quote}, teilte die Stadt mit.")
    assert [s for _, s in found] != ["Stadtwerke München"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Der Stadtelternbeirat Offenbach erhebt schwere Vorwürfe gegen die Stadt. „Die Stadt hat einen "
         "einzigen Anbieter für elf Schulen beauftragt“, heißt es in einer Mitteilung des Gremiums.",
         "Stadtelternbeirat Offenbach"),
        ("Das Schulamt begrüsst den Schritt. «Wir wollen nicht, dass jede Schule das Rad neu erfinden muss», "
         "heisst es in einer Stellungnahme des Amts.", "Schulamt"),
        # (no body the sentence before names: the owner, named as itself, not in the genitive)
        ("Im Februar war es lange still um das Projekt. „Wir arbeiten weiter an einer Lösung für alle "
         "Schulen“, heißt es in einer Mitteilung des Vorstands.", "Vorstand"),
    ],
)
def test_a_statement_of_a_body_by_its_noun_is_the_body_the_sentence_before_names(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("ÖVP-Gemeinderat Florian Stangl warf der Stadtregierung vor, sie habe „die Bevölkerung mit "
         "geschönten Zahlen in dieses Projekt hineingelockt“.", "Florian Stangl"),
        ("Die Anwältin Petra Sommer hielt dem Gutachter vor, er habe sich „einseitig auf ein Aktengutachten "
         "gestützt“.", "Petra Sommer"),
        ("Walter Bachschmid entgegnete, das sei leicht gesagt, „wenn man nicht drei Firmenwagen neu "
         "beschriften lassen muss“.", "Walter Bachschmid"),
        # who pleads, calls or canvasses for something
        ("Verteidiger Thomas Nigg plädierte für eine «teilbedingte Strafe mit Augenmass».", "Thomas Nigg"),
        ("Pfarrer Josef Kuppelwieser rief dazu auf, das Verbot „nicht als Angriff auf die Tradition“ zu "
         "verstehen.", "Josef Kuppelwieser"),
    ],
)
def test_who_accuses_objects_or_concedes_speaks_the_partial_quote(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Latin or Greek agent noun before a given name and a surname is no first name
        ("Der schwedische Ozeanograf Mikael Lindqvist untersuchte das Wasser.", ["Mikael Lindqvist"]),
        ("Die Bremer Doktorandin Amelie Kronberg hat Kerne gezogen.", ["Amelie Kronberg"]),
        ("Die Praktikantin Lena Vogt half dabei.", ["Lena Vogt"]),
        # a preposition opens no name
        ("Neben Kerpen teilten sich der Brite Oliver Ashcombe das Cockpit.", ["Oliver Ashcombe"]),
        ("Zwischen Hamburg und Kiel fuhr Jana Peters zwei Stunden.", ["Jana Peters"]),
        # a measure after a number in thousands is no name
        ("Ein Bürogebäude mit rund 14.000 Quadratmetern Fläche entsteht.", []),
        # (a name after a year stays one)
        ("Seit 2019 leitet Jana Peters das Amt.", ["Jana Peters"]),
    ],
)
def test_agent_nouns_prepositions_and_measures_open_no_name(text: str, names: list[str]) -> None:
    assert [name for _, name in _names_with_positions(text)] == names


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a generic noun of a company in the attribution stands for the company named before
        (
            ("Die Siemens AG hat die Fabrik in Erlangen geschlossen.",
             "„Wir bitten alle Kunden um Verständnis für die Einschränkungen“, erklärte das Unternehmen."),
            "Siemens AG",
        ),
        # (a body that names itself stays itself)
        (
            ("In der Nacht brannte eine Scheune in Erlangen ab.",
             "„Verletzt wurde bei dem Brand in der Nacht niemand“, teilte die Polizei mit."),
            "Polizei",
        ),
    ],
)
def test_a_generic_company_noun_stands_for_the_company_named(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [s for _, s in speakers(*paragraphs)] == [speaker]


def test_a_preposition_like_noun_or_a_count_opens_no_name() -> None:
    # "Richtung" used as a preposition: no first word of a name the pronoun may stand for
    found = german_quotes(
        "Fritz Zweifel ist tot. Der Hüttenwart ist am Samstag im Alter von 84 Jahren gestorben.",
        "Als ihn die Zeitung 2016 besuchte, sass er vor seinem Haus und schaute hinauf Richtung Kärpf. "
        "«Da oben war ich nie allein, auch wenn tagelang niemand kam», sagte er damals.",
    )
    assert [q.speaker for q in found] == ["Fritz Zweifel"]
    # a count in the dative plural ("zu Hunderten Unfällen") is no person a role noun stands for
    found = german_quotes(
        "Eisregen hat am Dienstag in Lippe zu Hunderten Unfällen geführt, wie ein Sprecher der Polizei sagte.",
        "„Die Straßen waren teilweise spiegelglatt, da half auch kein Streuen mehr“, sagte der Sprecher.",
    )
    assert [q.speaker for q in found] == ["der Sprecher"]


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        # two nouns ("sein Wort Gewicht") and an adjective before a noun ("Jüngster Gewählter"):
        # capitalised pairs of German words, no person the pronoun may stand for
        ("Organisiert hat die Mahnwache Thomas Iffland, Pfarrer der Gemeinde. Im Ort hat sein Wort Gewicht. "
         "„Wir reden so viel über christliche Werte, hier zeigen wir sie“, rief er den Versammelten zu.",
         "Thomas Iffland"),
        ("Jüngster Gewählter ist der 14-jährige Lukas Hoffmeister aus Orschel-Hagen. „Meine Freunde haben "
         "gesagt, ich soll das machen, weil ich immer diskutiere“, sagte er und lachte.", "Lukas Hoffmeister"),
    ],
)
def test_two_capitalised_german_nouns_are_no_person_a_pronoun_stands_for(paragraph: str, person: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [person]


def test_a_decision_or_an_answer_quoted_is_its_issuers() -> None:
    # "heisst es in der schriftlichen Antwort" after the body that answered: the body's words
    found = german_quotes(
        "Das Bundesamt für Energie teilte auf Anfrage mit, alpine Anlagen könnten künftig anders gefördert werden. "
        "«Eine Verlängerung der Sonderregelung ist derzeit nicht vorgesehen», heisst es in der schriftlichen Antwort."
    )
    assert [q.speaker for q in found] == ["Bundesamt für Energie"]
    # a text of any kind named without its issuer, to whom it went after it: the sentence before says whose
    found = german_quotes(
        "Das Schulministerium hatte vorab klargestellt, dass die Teilnahme nicht entschuldigt ist. Es sei "
        "„Aufgabe der Schulen, über die Folgen zu informieren“, hieß es in einer schriftlichen Mitteilung "
        "an diese Zeitung."
    )
    assert [q.speaker for q in found] == ["Schulministerium"]


def test_someone_unnamed_from_a_place_speaks_not_whom_they_told() -> None:
    # "sagte der Deutschen Presse-Agentur": the agency is told; the subject before the verb speaks
    found = german_quotes(
        "Ein Abiturient aus Chemnitz, der seinen Namen nicht genannt wissen möchte, sagte der Deutschen "
        "Presse-Agentur: „Ich hatte ein richtig gutes Gefühl nach der Prüfung, jetzt fange ich bei null an.“"
    )
    assert [q.speaker for q in found] == ["ein Abiturient aus Chemnitz"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # someone unnamed by a noun that is no role (a pensioner, a fan, a father), after the verb
        # a German sentence puts second, then "sagte er"
        (["Unter ihnen war auch ein Rentner aus Mett, der zum ersten Mal grün gewählt hat. «Ich war 40 Jahre "
          "bei der SP», sagte er."], "ein Rentner aus Mett"),
        # ... and called by that noun again: "sagte der Fan"
        (["Mit Tränen in den Augen stand ein älterer Fan am Zaun des Stadions.", "„Ich komme seit vierzig "
          "Jahren hierher, so etwas habe ich noch nie erlebt“, sagte der Fan."], "ein älterer Fan"),
    ],
)
def test_someone_unnamed_by_a_noun_that_is_no_role(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in german_quotes(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Als Zeuge sagte ein Mitarbeiter der Pistenrettung aus, der als Erster an der Unfallstelle war. „Die Frau "
         "war nicht mehr ansprechbar, wir haben sofort den Hubschrauber angefordert“, sagte er.",
         "ein Mitarbeiter der Pistenrettung"),
        ("An der Tankstelle macht ein Fahrer des Busunternehmens Pause. „Wir stehen hier seit sechs Stunden und "
         "keiner sagt uns etwas“, sagte er.", "ein Fahrer des Busunternehmens"),
    ],
)
def test_someone_unnamed_keeps_whom_they_belong_to(paragraph: str, speaker: str) -> None:
    # the genitive after the noun is part of who they are ("ein Mitarbeiter der Pistenrettung")
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize("office", ["Landesrat", "Regierungsrat", "Kreisbrandrat"])
def test_a_councillor_of_the_state_or_the_fire_service_is_a_role(office: str) -> None:
    found = german_quotes(
        f"{office} Florian Gamper stellte die Pläne am Montag vor.",
        f"„Wir werden die Kinderbetreuung in allen Gemeinden ausbauen“, sagte der {office}.",
    )
    assert [q.speaker for q in found] == ["Florian Gamper"]


def test_an_employee_or_an_officer_described_unnamed_is_the_one_who_speaks() -> None:
    # ("-angestellte", "Beamter": a trade or an office, as "Mitarbeiterin" is)
    found = german_quotes(
        "Der Kranführer Rui Fernandes wurde leicht verletzt.",
        "Den Absturz hatte vom vierten Stock aus eine Bankangestellte gesehen, die nicht namentlich genannt "
        "werden möchte. „Wir laufen jeden Tag an diesem Kran vorbei“, sagte sie.",
    )
    assert [q.speaker for q in found] == ["eine Bankangestellte"]


def test_a_participle_of_speech_makes_the_words_between_two_quotes_their_attribution() -> None:
    # „…“, hat sie gesagt. „…“: the sentence between is the first quote's attribution, as
    # „…“, sagte sie. „…“ is (the perfect tense's participle is its verb of speech)
    from articleclean.structure.quotes import _only_attribution

    assert _only_attribution("“, hat sie damals gesagt. ", "Anna Berger")
    assert _only_attribution("“, hatte Berger im Interview erklärt. ", "Anna Berger")
    assert not _only_attribution("“. Dann hat sie die Tür zugemacht. ", "Anna Berger")  # (no speech)


def test_a_quote_closing_a_paragraph_about_someone_described_unnamed_is_theirs() -> None:
    found = german_quotes(
        "Ein Nebenerwerbswinzer aus Endingen, der seinen Namen nicht in einem Fachmagazin lesen möchte, "
        "beschreibt die Stimmung drastischer. »Mein Großvater hat diese Terrassen mit der Schaufel gebaut. "
        "Ich bekomme jetzt Geld dafür, dass ich sie kaputtmache.«"
    )
    # (the subject before where they are from and the clause in commas)
    assert [q.speaker for q in found] == ["ein Nebenerwerbswinzer"]
    # (a named person in the paragraph is the one, as before)
    found = german_quotes(
        "Winzer Paul Eichler aus Endingen beschreibt die Stimmung drastischer. »Mein Großvater hat diese "
        "Terrassen mit der Schaufel gebaut. Ich bekomme jetzt Geld dafür.«"
    )
    assert [q.speaker for q in found] == ["Paul Eichler"]


def test_a_body_by_its_noun_is_the_body_the_sentence_before_has_for_its_subject() -> None:
    # "das Unternehmen" is the network operator the paragraph opens with, not the news agency
    # named last
    found = german_quotes(
        "Die Entschädigung sei nicht das Problem, sagte Ahlborn der Nachrichtenagentur AFP.",
        "Der zuständige Netzbetreiber Transnetz Mitte begrüßte die Entscheidung. „Damit haben wir "
        "Rechtssicherheit für einen der zentralen Abschnitte des Projekts“, erklärte das Unternehmen.",
    )
    assert [q.speaker for q in found] == ["Transnetz Mitte"]


def test_sums_and_places_are_no_bodies_though_they_are_no_persons_names() -> None:
    from articleclean.structure.quotes import _is_persons_name
    from articleclean.structure.quotes_de import names_body

    assert [names_body(w) for w in ("Millionen", "Euro", "Street", "GmbH", "Verband")] == [
        False, False, False, True, True,
    ]
    assert not _is_persons_name("Millionen Euro") and not _is_persons_name("Baker Street")


def test_a_quote_closing_a_paragraph_after_a_sentence_about_someone_by_their_role_is_theirs() -> None:
    quote = "«Aha, ihr macht Witze? Okay, cool.»"
    found = german_quotes("Die Redaktion war im Stress.", f"Der junge Reporter ist erstaunt. {quote}")
    assert [q.speaker for q in found] == ["der junge Reporter"]
    # (a role noun only: a sentence about a thing speaks for nobody)
    assert german_quotes("Die Redaktion war im Stress.", f"Der Kaffee ist kalt. {quote}") == []


def test_a_quote_standing_after_a_sentence_about_someone_by_their_role_is_theirs_with_text_after() -> None:
    found = german_quotes(
        "Die Redaktion war im Stress.",
        "Der junge Reporter ist erstaunt. «Aha, ihr macht Witze? Okay, cool.» Mit der Kamera auf den "
        "Schultern stapft er durch die Redaktion.",
    )
    assert [q.speaker for q in found] == ["der junge Reporter"]
    # (someone named in the paragraph before the quote: no reading of who it is from a role)
    found = german_quotes(
        "Die Redaktion war im Stress.",
        "Der junge Reporter und Anna Berger sind erstaunt. «Aha, ihr macht Witze? Okay, cool.» Mit der "
        "Kamera auf den Schultern stapft er durch die Redaktion.",
    )
    assert [q.speaker for q in found] != ["der junge Reporter"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er will den Stadel im Frühjahr wieder aufbauen.",
        "Seit dem Brand schließt er den Hof jeden Abend ab.",
    ],
)
def test_a_quote_closing_its_paragraph_after_a_pronoun_subject_is_the_pronouns(sentence: str) -> None:
    introduced = "Landwirt Josef Huber, 58, hat beim Brand in der Nacht seinen Stadel verloren."
    quoted = "„Aufgeben kommt für mich nicht in Frage, das sind wir den Kindern schuldig.“"
    assert [q.speaker for q in german_quotes(introduced, f"{sentence} {quoted}")] == ["Josef Huber"]
    # the sentence's subject no pronoun ("Ihr Sohn", "Die Feuerwehr"): not this pronoun's words
    other = "Die Feuerwehr will den Stadel im Frühjahr wieder aufbauen."
    assert [q.speaker for q in german_quotes(introduced, f"{other} {quoted}")] != ["Josef Huber"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Das Amt für Raumentwicklung schreibt auf Anfrage, solche Projekte seien «ein wichtiger Baustein "
         "gegen die Abwanderung».", "Amt für Raumentwicklung"),
        ("„Solche Projekte sind ein wichtiger Baustein gegen die Abwanderung“, teilte das Bundesamt für "
         "Gesundheit mit.", "Bundesamt für Gesundheit"),
        ("Am Montag erklärte das Landesamt für Denkmalpflege: „Solche Projekte sind ein wichtiger Baustein "
         "gegen die Abwanderung.“", "Landesamt für Denkmalpflege"),
    ],
)
def test_a_body_and_its_field_after_fuer_is_one_speaker(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]
    # a person "für" a party or a place is the person, not a body
    found = german_quotes("„Solche Projekte sind ein wichtiger Baustein“, sagte Anna Berger für die SPD.")
    assert [q.speaker for q in found] == ["Anna Berger"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Berger hatte am Morgen auf Instagram geschrieben, das Hindernis sei „ein Relikt aus einer alten Zeit“.",
        "Berger hat am Montag gesagt, das Hindernis sei „ein Relikt aus einer alten Zeit“.",
    ],
)
def test_a_perfect_tense_verb_of_speech_before_the_clause_makes_its_subject_the_speaker(sentence: str) -> None:
    found = german_quotes("Anna Berger führt seit 1998 den Reitstall am Stadtrand.", sentence)
    assert [q.speaker for q in found] == ["Anna Berger"]


def test_a_role_right_after_the_verb_of_the_sentence_before_reported_speech_speaks_it() -> None:
    introduced = "Valeria Ortiz gewann das Finale in drei Sätzen gegen die Weltranglistenzweite."
    reported = (
        "Für ihre Gegnerin fand die Südamerikanerin lobende Worte. Die Deutsche habe „keine Angst, keinen "
        "Respekt und eine sehr unangenehme Vorhand“."
    )
    assert [q.speaker for q in german_quotes(introduced, reported)] == ["Valeria Ortiz"]
    # after a preposition the noun is no subject ("Nach dem Spiel gegen die Südamerikanerin …")
    against = reported.replace("fand die Südamerikanerin lobende Worte", "spielte sie gegen die Südamerikanerin")
    assert [q.speaker for q in german_quotes("Das Turnier endete am Sonntag.", against)] == []


def test_a_subjunctive_ending_its_clause_before_a_comma_or_a_full_stop_is_reported_speech() -> None:
    attributed = "„Gesamtwirtschaftlich reden wir über Summen im Milliardenbereich“, sagt Rainer Stöckl."
    reported = (
        "Wie viel davon zurückgefordert werde, hänge davon ab, wie viele Mieter aktiv würden. Erfahrungsgemäß "
        "sei das nur ein Teil. „Viele scheuen den Konflikt mit dem Vermieter, wenn sie bleiben wollen.“"
    )
    assert [q.speaker for q in german_quotes(attributed, reported)] == ["Rainer Stöckl", "Rainer Stöckl"]
    # the same in the indicative is the writer's own: the reported speech ended
    own = reported.replace("werde, hänge", "wird, hängt").replace("würden.", "werden.")
    assert [q.speaker for q in german_quotes(attributed, own)] == ["Rainer Stöckl"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the body's word anywhere in its name, partners joined by "&"
        ("die Wirtschaftsprüfungsgesellschaft Grant & Lyle", "Wirtschaftsprüfungsgesellschaft Grant & Lyle"),
        ("die Stadt Kiel", "Stadt Kiel"),
    ],
)
def test_a_body_after_the_verb_of_the_sentence_before_issued_the_text_heisst_es_darin_points_to(
    body: str, speaker: str
) -> None:
    paragraph = (
        f"Am Montag hatte {body} der Gemeinde ein Schreiben geschickt. Die Bilanz sei „in wesentlichen Teilen "
        "nicht nachvollziehbar“, heißt es darin."
    )
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "das" after a verb is its object, no person's article: the name after it is the subject
        ("Weniger gelassen sieht das Franz Embacher, der in Kaprun ein Hotel führt.", ["Franz Embacher"]),
        ("Bestätigt hat das Maria Huber am Montag.", ["Maria Huber"]),
        # an article before a longer name, a body's: none
        ("Sie gingen in das Max Planck Institut.", []),
        ("Sie las das Anna Karenina Buch.", []),
    ],
)
def test_a_name_after_a_verbs_object_das_is_the_subject(text: str, names: list[str]) -> None:
    assert [name for _, name in _names_with_positions(text)] == names


def test_a_role_after_a_name_introduced_behind_a_verbs_object_das_is_that_persons() -> None:
    mayor = (
        "Bürgermeister Thomas Brandstätter (ÖVP) sprach von einem „schmerzhaften, aber richtigen Schritt“. "
        "Im Sommer seien Skifahrer ohnehin nur noch ein kleiner Teil der Gäste."
    )
    hotelier = (
        "Weniger gelassen sieht das Franz Embacher, der in Kaprun ein Sporthotel mit sechzig Zimmern führt. "
        "„Ich habe jeden Sommer zwei Nationalteams im Haus. Die sind dann weg“, sagte der Gastronom."
    )
    assert [q.speaker for q in german_quotes(mayor, hotelier)][-1] == "Franz Embacher"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a separable verb of speech, its particle before the comma, opens reported speech too
        ("Die Landeskirche teilte mit, in den nächsten Jahren würden Kirchen aufgegeben.", "die Landeskirche"),
        ("Der Bischof Anton Maier teilte am Montag mit, man werde Hunderte Kirchen aufgeben.", "Anton Maier"),
        ("Die Stadt Kiel gab bekannt, in den kommenden Jahren würden Hunderte Kirchen aufgegeben.", "Stadt Kiel"),
    ],
)
def test_reported_speech_after_a_separable_verb_of_speech_is_its_subjects(lead: str, speaker: str) -> None:
    paragraph = f"{lead} Die Übergabe an eine andere Kirche sei dabei »die Lösung, die uns am meisten am Herzen liegt«."
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_a_separable_verb_in_another_sense_opens_no_reported_speech() -> None:
    paragraph = (
        "Der Verein teilte die Halle mit zwei anderen Klubs, dass es eng wurde. Die Übergabe sei dabei "
        "»die Lösung, die uns am meisten am Herzen liegt«."
    )
    assert [q.speaker for q in german_quotes(paragraph)] == []


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # the perfect: an auxiliary, the speaker, what else, the participle ending the clause
        ("hat Anna Berger gesagt.", "Anna Berger"),
        ("hatte Peter Klein am Montag im Gespräch mit dieser Zeitung erklärt.", "Peter Klein"),
        ("hatte der Bürgermeister schon vor Wochen kritisiert.", "der Bürgermeister"),
    ],
)
def test_an_attribution_in_the_perfect_after_the_quote_names_its_speaker(after: str, speaker: str) -> None:
    paragraph = f"„Wir werden das sicher nicht hinnehmen, auf gar keinen Fall“, {after}"
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_a_perfect_after_a_quote_whose_participle_says_no_speech_attributes_nothing() -> None:
    paragraph = "„Wir werden das sicher nicht hinnehmen, auf gar keinen Fall“, hatte die Stadt am Montag beschlossen."
    assert [q.speaker for q in german_quotes(paragraph)] == []


@pytest.mark.parametrize("phrase", ["Die", "der", "Das"])
def test_an_article_alone_as_a_speaker_phrase_splits_without_error(phrase: str) -> None:
    speaker, _ = split_speaker(phrase)
    assert speaker == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        # a past participle or a superlative used as an adjective, opening a sentence, names nobody
        "Betroffene Betriebe hätten mehr als 4,5 Millionen Euro erhalten, teilte das Ministerium mit.",
        "Umgestürzte Bäume blockierten am Morgen mehrere Straßen im Kreis.",
        "Spezialisierte Anlaufstellen gebe es im ganzen Land nur drei.",
        "Jüngste Gewählte ist eine Studentin aus dem Ort.",
    ],
)
def test_a_participle_opening_a_sentence_is_no_first_name(sentence: str) -> None:
    assert _names_with_positions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # mid-sentence, in lower case, the same shape is a verb's past: the name after it stands
        ("In der ILCA-7-Klasse verpasste Tjark Hansen das Podest um einen Punkt.", "Tjark Hansen"),
        ("Den Ausgleich besorgte Jan-Hendrik Schürmann an Brett zwei.", "Jan-Hendrik Schürmann"),
        # a noun in "-ster" is no superlative
        ("Schwester Gudrun Maier leitet das Heim seit 1998.", "Gudrun Maier"),
    ],
)
def test_a_past_tense_or_a_noun_before_a_name_keeps_the_name(sentence: str, name: str) -> None:
    assert [n for _, n in _names_with_positions(sentence)] == [name]


def test_a_genitive_body_with_its_field_belongs_to_the_speaker_phrase() -> None:
    paragraph = (
        "Ein Sprecher der Bundesanstalt für Immobilienaufgaben sagte auf Anfrage, bereits verkaufte Flächen "
        "seien »selbstverständlich nicht Gegenstand der aktuellen Prüfung«."
    )
    assert [q.speaker for q in german_quotes(paragraph)] == ["ein Sprecher der Bundesanstalt für Immobilienaufgaben"]


def test_a_body_and_its_field_stays_the_body() -> None:
    # "das Amt für Raumentwicklung", no genitive before the field: the body itself speaks
    body = german_quotes("„Die Regeln gelten für alle Gemeinden im Kanton“, teilte das Amt für Raumentwicklung mit.")
    assert [q.speaker for q in body] == ["Amt für Raumentwicklung"]


@pytest.mark.parametrize(
    "attribution",
    [
        "schilderte die Mesnerin, die ihren Namen nicht in den Medien lesen wollte, der APA.",
        "sagte die Mesnerin, die namentlich nicht genannt werden will.",
        "sagte die Mesnerin, die anonym bleiben möchte.",
    ],
)
def test_a_role_whose_bearer_wants_no_name_printed_stays_the_role(attribution: str) -> None:
    found = german_quotes(
        "Pfarrerin Anna Gruber hält am Sonntag die Messe.",
        f"„Der Sockel war leer, nur der Blumenschmuck stand noch da“, {attribution}",
    )
    assert [q.speaker for q in found] == ["die Mesnerin"]


def test_a_role_with_any_other_clause_is_the_person_given_it() -> None:
    found = german_quotes(
        "Bürgermeisterin Anna Gruber eröffnete die Sitzung.",
        "„Der Sockel war leer, nur der Blumenschmuck stand noch da“, sagte die Bürgermeisterin, die seit 2019 "
        "im Amt ist.",
    )
    assert [q.speaker for q in found] == ["Anna Gruber"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a paper quoting someone it does not name: the one quoted speaks, not the paper
        ("„Die Gespräche sind weit fortgeschritten, eine Unterschrift ist möglich“, zitiert das Fachmagazin eine "
         "Person aus Reinhardts Umfeld.", "eine Person aus Reinhardts Umfeld"),
        ("Die Zeitung zitiert einen Bundesliga-Schiedsrichter, der nicht namentlich genannt werden will, mit den "
         "Worten: „Wenn die Besten gehen, haben wir ein strukturelles Problem.“", "ein Bundesliga-Schiedsrichter"),
    ],
)
def test_a_paper_quoting_someone_unnamed_gives_them_the_words(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # who had the words passed on: "ließ … ausrichten", "ließ … mitteilen"
        ("„Ein Abend wie dieser ist für die ganze Region ein Fest“, ließ Sportdirektor Amir Haddad über die "
         "Vereinsmedien ausrichten.", "Amir Haddad"),
        ("„Wir prüfen den Vorgang sehr genau und melden uns dann“, ließ die Stadtverwaltung am Abend mitteilen.",
         "die Stadtverwaltung"),
        # a sentence of its own after a colon: its subject speaks the partial quote
        ("Anders der Gewerkschaftsbund: Sein Chefökonom Reto Gschwend sprach von einem «vernünftigen Entscheid, "
         "der den Mieterinnen und Mietern hilft».", "Reto Gschwend"),
    ],
)
def test_german_attributions_of_words_passed_on_and_after_a_colon(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


def test_heisst_es_with_when_before_its_source() -> None:
    found = speakers(
        "Das Gesundheitsministerium schickte am Nachmittag Warnungen an alle Haushalte der Region.",
        "„Niemand ist bisher ernsthaft verletzt worden“, hieß es am Abend in einer Erklärung des Ministeriums.",
    )
    assert len(found) == 1 and found[0][1] is not None and "ministerium" in found[0][1].casefold()


def test_liess_without_a_verb_of_passing_on_is_no_attribution() -> None:
    # "ließ" with no verb of speech after it: the words are no one's
    found = speakers("„Ein Abend wie dieser ist für die ganze Region ein Fest“, ließ die Fans jubeln und tanzen.")
    assert [s for _, s in found] != ["die Fans"]


def test_a_given_name_in_a_role_nouns_ending_is_no_role() -> None:
    from articleclean.structure.quotes_de import is_role

    assert not is_role("Severin")  # (ends in "-erin" as "Lehrerin" does)
    assert is_role("Lehrerin") and is_role("Bäckerin")
    assert _names_with_positions("Am Samstag gewann der Obwaldner Severin Imfeld die Abfahrt.") == [
        (32, "Severin Imfeld")
    ]


@pytest.mark.parametrize("noun", ["Hebamme", "Dirigentin", "Apothekerin", "Seelsorgerin"])
def test_a_german_trades_noun_stands_for_the_one_woman_named_before(noun: str) -> None:
    found = speakers(
        "Anna Berger arbeitet seit zwanzig Jahren in der Stadt und kennt hier fast jede Familie.",
        f"„Es war ein langer Winter, aber wir haben ihn gemeinsam überstanden“, sagte die {noun}.",
    )
    assert [s for _, s in found] == ["Anna Berger"]



def test_a_given_name_in_an_adjectives_ending_is_a_name() -> None:
    # "Rüdiger" ends as "wichtiger" does; "Wichtiger Punkt" stays no name
    assert _names_with_positions("Rüdiger Kläbe verteidigte die Erhöhung der Kurabgabe.") == [(0, "Rüdiger Kläbe")]
    assert _names_with_positions("Wichtiger Punkt bleibt die Erhöhung der Kurabgabe.") == []
    found = speakers(
        "Bürgermeister Rüdiger Kläbe verteidigte die Erhöhung.",
        "„Die Strandreinigung kostet uns jedes Jahr mehr“, sagte er.",
    )
    assert [s for _, s in found] == ["Rüdiger Kläbe"]


@pytest.mark.parametrize(
    ("attribution", "speaker", "description"),
    [
        ("sagte Ing. Andrea Hofbauer.", "Andrea Hofbauer", "Ing."),
        ("sagte Univ.-Prof. Dr. Markus Lechner von der Universität Innsbruck.", "Markus Lechner", "Univ.-Prof. Dr."),
        ("sagt Geschäftsführer Dipl.-Ing. Karl Steiner.", "Karl Steiner", "Geschäftsführer Dipl.-Ing."),
        ("sagte Mag. Eva Gruber.", "Eva Gruber", "Mag."),
        # a role and three titles before the name
        ("erklärt Projektleiter FH-Prof. DI Dr. Florian Wimmleitner vom Department Energietechnik.",
         "Florian Wimmleitner", "Projektleiter FH-Prof. DI Dr."),
    ],
)
def test_academic_titles_before_a_name_describe_it(attribution: str, speaker: str, description: str) -> None:
    found = german_quotes(f"„Die Zellen halten nach dem Umbau noch zehn Jahre“, {attribution}")
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


def test_unter_anderem_before_a_name_is_no_article() -> None:
    # "unter anderem" means "among others": the name after it is a person's
    assert _names_with_positions("Geklagt hatte unter anderem Uwe Thomsen, der einen Fischhandel betreibt.") == [
        (28, "Uwe Thomsen")
    ]
    found = speakers(
        "Geklagt hatte unter anderem Uwe Thomsen, der am Hafen seit 1994 einen Fischhandel betreibt. "
        "„Seit der Sperrung ist mein Umsatz um ein Drittel eingebrochen“, sagte der 61-Jährige.",
    )
    assert [s for _, s in found] == ["Uwe Thomsen"]
    # (a preposition and an adjective before two capitalised words still make a noun phrase)
    assert _names_with_positions("Familien mit mittlerem Einkommen Rat geben, ist sein Beruf.") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sie sprach am Morgen in der Sendung „Gesund in den Tag“ über die Grippewelle, sagte Anna Berger.",
        "Kampagnen mit Slogans wie „Mach, was wirklich zählt“ hätten ein falsches Bild gezeichnet, sagte Anna Berger.",
        "Auch das Zunftspiel „Der Teufel im Farrenstall“ finde wie geplant statt, sagte Anna Berger.",
    ],
)
def test_a_german_title_or_slogan_after_its_noun_is_no_quote(paragraph: str) -> None:
    assert german_quotes(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Bürgermeister Thomas Stenger hat sein Kommen angekündigt. Er wolle mit Firmen sprechen, sagte er, "
         "„falls es wirklich so weit kommen sollte“.", "Thomas Stenger"),
        ("Im Publikum saß auch Dieter Kühnlein. Er habe aus der Zeitung von den Plänen erfahren, sagte er "
         "hinterher, »nicht etwa von der Stadt oder vom Bund«.", "Dieter Kühnlein"),
    ],
)
def test_a_partial_quote_after_verb_speaker_and_a_comma(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # an object fronted, then the verb and its subject right before the partial quote
        ("Der Verteidiger Olivier Lambertz sprach zuletzt. Den Vorwurf nannte Lambertz „eine Konstruktion aus "
         "Chatfetzen und Vermutungen“.", "Olivier Lambertz"),
        ("Der Verteidiger Olivier Lambertz sprach zuletzt. Den Vorwurf der weiteren Fahrten nannte der Anwalt "
         "„eine Konstruktion aus Chatfetzen und Vermutungen“.", "Olivier Lambertz"),
        # ... or its subject, then reported speech holding the partial quote
        ("Am Montag sagte Anna Berger, die Stadt habe „alles getan, was möglich war“.", "Anna Berger"),
        ("Der Verwaltungsgerichtshof hat den Eilantrag abgelehnt. In dem Beschluss schreibt das Gericht, das "
         "Gutachten sei „methodisch nicht zu beanstanden“.", "Verwaltungsgerichtshof"),
    ],
)
def test_a_partial_quote_right_after_the_verb_and_its_subject(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


def test_a_fronted_phrase_whose_verb_says_nothing_leads_into_no_reported_quote() -> None:
    # ("besuchte" names nothing said: the partial quote after its object's clause is no one's)
    found = speakers("Am Montag besuchte Anna Berger die Baustelle, die Arbeiter seien „mit großem Eifer dabei“.")
    assert all(s != "Anna Berger" for _, s in found)


def test_a_fronted_object_with_no_verb_of_speech_leads_into_no_quote() -> None:
    # ("fand" names nothing said: the words in quote marks are no one's quote)
    found = speakers(
        "Der Verteidiger Olivier Lambertz sprach zuletzt. Den Vorwurf der weiteren Fahrten fand der Anwalt "
        "„eine Konstruktion aus Chatfetzen und Vermutungen“."
    )
    assert found == []


def test_a_long_clause_between_the_verb_and_the_comma_leads_into_no_quote() -> None:
    # (the comma closes a clause of its own, far from the verb: the quote's speaker is not read there)
    found = speakers(
        "Das bestätigte Anna Berger, die seit vielen Jahren im Rat der Stadt für die Grünen sitzt und den Hafen "
        "kennt, „Die Zellen halten nach dem Umbau noch zehn Jahre“ stehe im Gutachten."
    )
    assert all(s != "Anna Berger" for _, s in found)


def test_a_pronoun_with_nobody_named_is_the_one_brought_in_by_age() -> None:
    found = speakers(
        "Ein 61-jähriger Treuhänder muss sich seit Montag vor dem Bezirksgericht verantworten. Er soll über "
        "Jahre Kundengelder veruntreut haben.",
        "„Ich habe den Überblick verloren und dann versucht, die Löcher zu stopfen“, sagte er vor Gericht.",
    )
    assert [s for _, s in found] == ["ein 61-jähriger Treuhänder"]
    # (not one of the other sex: "eine 58-jährige Pflegerin" is no "er")
    found = speakers(
        "Eine 58-jährige Pflegerin muss sich seit Montag vor dem Bezirksgericht verantworten.",
        "„Ich habe den Überblick verloren und dann versucht, die Löcher zu stopfen“, sagte er vor Gericht.",
    )
    assert [s for _, s in found] == ["er"]


def test_a_preposition_opening_a_colon_lead_is_no_speaker() -> None:
    found = speakers(
        "In der Notiz, die Heckmann 2019 in eines seiner Notizbücher eingelegt hatte, heißt es: „Meine "
        "Papiere sollen dort liegen, wo man rheinisch liest und nicht nur katalogisiert.“"
    )
    assert all(s != "In" for _, s in found)
    # (a name and what the person is before the colon still speak)
    found = speakers("David Beasley, Exekutivdirektor des Welternährungsprogramms: „Die Lage ist dramatisch.“")
    assert [s for _, s in found] == ["David Beasley"]


def test_an_adverb_before_the_verb_is_no_subject() -> None:
    # "Gleichzeitig warnte der Verband, „…“": the subject stands after the verb
    found = speakers(
        "Gleichzeitig warnte der Verband, „dass 300 Wohnungen bei Weitem nicht reichen, um die Pipeline "
        "wieder in Gang zu bringen“."
    )
    assert found and all(s != "Gleichzeitig" for _, s in found)


@pytest.mark.parametrize("verb", ["sagte", "so"])
def test_a_dash_after_the_speaker_ends_the_attribution(verb: str) -> None:
    found = german_quotes(
        "Anna Berger, Bürgermeisterin der Stadt, sprach am Montag auf der Versammlung.",
        f"„Wir werden in jedem Markt weiter wachsen, den wir bedienen“, {verb} Berger – und lachte.",
    )
    assert [q.speaker for q in found] == ["Anna Berger"]


def test_a_relative_named_by_first_name_alone_is_a_person_a_pronoun_may_mean() -> None:
    found = german_quotes(
        "Anna Berger führt die Bäckerei. Ihr Mann Peter betreibt den Laden nebenan.",
        "„Wir werden in jedem Markt weiter wachsen, den wir bedienen“, sagte er.",
    )
    assert [q.speaker for q in found] == ["Peter"]


@pytest.mark.parametrize("title", ["Dr. med.", "Prof. Dr. rer. nat."])
def test_a_doctors_field_after_the_title_keeps_the_name(title: str) -> None:
    found = german_quotes(f"„Wir werden in jedem Markt weiter wachsen, den wir bedienen“, sagte {title} Anna Berger.")
    assert found and (found[0].speaker or "").endswith("Anna Berger")



def test_a_pronoun_after_reported_speech_naming_someone_else_is_the_reporters() -> None:
    # "Brenneisen habe ihm …": the minister's words in the subjunctive, about Brenneisen; "er" is
    # the minister, the subject of the last sentence of the writer's own
    found = speakers(
        "„Wir eröffnen erst, wenn die Technik funktioniert“, sagte Projektchef Matthias Brenneisen.",
        "Verkehrsminister Jochen Ringwald reagierte verärgert. Brenneisen habe ihm zwar neue Unterlagen "
        "geschickt, das ändere aber nichts. „Wir brauchen endlich einen verlässlichen Zeitplan“, sagte er.",
    )
    assert found[-1] == ("Wir brauchen endlich einen verlässlichen Zeitplan", "Jochen Ringwald")
    # the same with the reported speech's own verb of speech, its subject the pronoun: "Pohl habe
    # die Messungen nicht gelesen, sagte er:" talks about Pohl; "er" is the one who spoke before
    found = speakers(
        "„Wir sind nicht gegen Touristen“, sagte Anwohnerin Gudrun Wollenberg. CDU-Mann Karsten Pohl warf den "
        "Gegnern vor, die Kreuzfahrt zu unterschätzen.",
        "Grünen-Fraktionschef Malte Reschke konterte, niemand wolle den Hafen schwächen. Pohl habe offenbar "
        "die Messungen nicht gelesen, sagte er: „Die Werte am Kai liegen an Schiffstagen deutlich höher.“",
    )
    assert found[-1] == ("Die Werte am Kai liegen an Schiffstagen deutlich höher.", "Malte Reschke")


@pytest.mark.parametrize(
    "sentence",
    [
        # the conditional is no reported speech: its subject is the pronoun's
        "Dennis Hartung wäre ohne die Halle dagegen ruiniert.",
        # reported speech with its source named after it ("…, so Hartung")
        "Ohne die Halle sei der Verein ruiniert, so Dennis Hartung.",
    ],
)
def test_a_pronoun_after_a_conditional_or_a_sourced_report_is_its_subjects(sentence: str) -> None:
    found = speakers(
        "„Wir prüfen den Antrag sorgfältig“, sagte Stadtsprecher Frank Dittmar.",
        f"Dittmar sieht keinen Grund zur Eile. {sentence} „Wir haben viel Geld in diese Halle gesteckt“, sagt er.",
    )
    assert found[-1] == ("Wir haben viel Geld in diese Halle gesteckt", "Dennis Hartung")


@pytest.mark.parametrize(
    ("introduced", "noun", "speaker"),
    [
        # the party in brackets after the name
        ("Gesundheitsminister Ludger Hameister (CDU) räumte ein, dass die Reform kaum umstritten sei.",
         "der CDU-Politiker", "Ludger Hameister"),
        # the party glued before the role
        ("Die Grünen-Abgeordnete Leonie Hasenauer fragte nach den Nachträgen.", "die Grünen-Politikerin",
         "Leonie Hasenauer"),
    ],
)
def test_a_partys_politician_is_the_one_the_article_gave_that_party(introduced: str, noun: str, speaker: str) -> None:
    # (someone else is named in between: the nearest person is not the one meant)
    found = german_quotes(
        introduced, f"Edith Kröll bestätigte das. „Wir reden hier nicht über Kleinbeträge“, sagte {noun}."
    )
    assert [q.speaker for q in found] == [speaker]
    found = german_quotes(
        introduced,
        f"Jannik Ekström hielt dagegen. {noun[:1].upper() + noun[1:]} reagierte gelassen: „Dann sollten wir sie "
        "jetzt gemeinsam richtig rechnen.“",
    )
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Der Sprecher des Ministeriums sagte: ", "Der Sprecher des Ministeriums"),
        ("Ein Sprecher des Konzerns sagte: ", "Ein Sprecher des Konzerns"),
        ("Die Ärztliche Leiterin Rettungsdienst des Landkreises sagt: ",
         "Die Ärztliche Leiterin Rettungsdienst des Landkreises"),
        ("Am Montag sagte die neue Chefin des Hauses: ", "die neue Chefin des Hauses"),
    ],
)
def test_a_genitive_after_a_role_is_whose_the_role_is_not_the_speaker(before: str, speaker: str) -> None:
    assert attribution(before, "")[0] == speaker


def test_a_role_with_a_genitive_before_a_colon_is_the_person_named_before() -> None:
    found = german_quotes(
        "Anne Blohm leitet seit 2019 den Rettungsdienst im Landkreis.",
        "Die Leiterin des Rettungsdienstes sagt: „Wir prüfen jeden Einsatz sehr genau und zügig.“",
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [("Anne Blohm", "Leiterin des Rettungsdienstes")]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (", heißt es in einem internen Schreiben des Beirats an die Führungskräfte.", "Beirat"),
        (", heißt es in einer Mitteilung des Ministeriums.", "Ministerium"),
        (", hieß es in einer Stellungnahme des Landratsamts Ostallgäu.", "Landratsamt Ostallgäu"),
        (", heißt es in einer Erklärung des Verbandes.", "Verband"),
        (", heißt es in einer Auswertung des Deutschen Wetterdienstes.", "Deutscher Wetterdienst"),
        # (a feminine owner's genitive is its nominative's article: as written)
        (", heißt es in einem Schreiben der Stadtverwaltung.", "der Stadtverwaltung"),
    ],
)
def test_a_body_whose_text_says_it_is_named_as_itself_not_in_the_genitive(after: str, speaker: str) -> None:
    assert attribution("", after)[0] == speaker


def test_a_quote_after_a_sentence_that_ends_inside_a_german_closing_mark_has_its_own_speaker() -> None:
    found = speakers(
        "Grünen-Wohnbausprecherin Theresa Aigner kritisierte den Zeitpunkt: »Die Mieten sind in den vergangenen"
        " drei Jahren um fast ein Viertel gestiegen.« Die FPÖ sprach in einer Aussendung von »Symbolpolitik auf"
        " dem Rücken der Eigentümer«."
    )
    assert [s for _, s in found] == ["Theresa Aigner", "FPÖ"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Längere Öffnungszeiten dürften nicht zulasten der Beschäftigten gehen.", []),
        ("Ältere Menschen sind von der Hitze besonders betroffen.", []),
        ("Größere Betriebe können die Kosten leichter tragen.", []),
        # (a name is still a name)
        ("Peter Müller dürfte das anders sehen.", [(0, "Peter Müller")]),
    ],
)
def test_a_comparative_adjective_opening_a_sentence_opens_no_name(text: str, names: list[tuple[int, str]]) -> None:
    assert _names_with_positions(text) == names


def test_whose_view_a_sentence_opening_with_fuer_gives_is_whom_a_pronoun_after_it_stands_for() -> None:
    found = speakers(
        "Die Gemeinde will den Durchzugsverkehr stoppen, sagte Alois Schranz vom Tourismusverband.",
        "Für Bürgermeister Johann Rainer ist die Richtung dennoch klar. „Wir haben nichts gegen Urlauber, wir"
        " leben ja auch vom Tourismus“, sagt er.",
    )
    assert [s for _, s in found] == ["Johann Rainer"]
    # (a person governed by another preposition is still no subject: "An Bundesrat Cassis wandte sie sich")
    found = speakers(
        "Die Gemeinde will den Durchzugsverkehr stoppen, sagte Alois Schranz vom Tourismusverband.",
        "Mit Bürgermeister Johann Rainer sprach er danach lange. „Wir haben nichts gegen Urlauber, wir leben ja"
        " auch vom Tourismus“, sagte er.",
    )
    assert [s for _, s in found] == ["Alois Schranz"]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # a person named, then whom they are with ("von der", "vom", "beim"): the person speaks
        ("Tourismusexperte Andreas Zurbuchen von der Hochschule Luzern sagt: ", "Andreas Zurbuchen"),
        ("Professorin Jana Wolff von der Universität Bern sagte am Montag: ", "Jana Wolff"),
        ("Heike Brandt vom Bund Naturschutz in Bayern erklärte: ", "Heike Brandt"),
    ],
)
def test_a_person_named_then_whom_they_are_with_speaks_not_the_place(before: str, speaker: str) -> None:
    assert attribution(before, "")[0] == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Vireo bestätigte das Problem auf Anfrage.", "Vireo"),
        ("Frischkauf sieht das anders.", "Frischkauf"),
        # a person's first name, a common noun or a pronoun opening the sentence is no firm
        ("Mirko sieht das anders.", "das Unternehmen"),
        ("Die Forderung sieht der Händler anders.", "das Unternehmen"),
        ("Es sieht das anders.", "das Unternehmen"),
    ],
)
def test_a_firms_noun_stands_for_the_one_word_name_its_sentence_before_opens_with(opening: str, speaker: str) -> None:
    found = german_quotes(
        "Am Wochenende ging bei vielen Besitzern von Saugrobotern nichts mehr: Seit Freitag laden die Geräte "
        "nicht mehr und lassen sich auch nicht mehr über die App steuern.",
        f"{opening} „Wir haben das Update gestoppt und arbeiten an einer Korrektur“, teilte das Unternehmen mit.",
    )
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("before", "paragraph", "speaker"),
    [
        # "Das teilte das Unternehmen … mit": a clause, no body's name; the firm named before speaks
        ("Die Firma Lübbers Logistik aus Rheine hat Insolvenz beantragt. Das teilte das Unternehmen am Montag mit.",
         "„Wir wollen den Betrieb mit allen Beschäftigten fortführen“, erklärte das Unternehmen.", "Lübbers Logistik"),
        # nor does an indefinite subject ("Ein Sparprogramm …"): no body named
        ("Der Autozulieferer Kessler Präzisionsteile streicht 400 Stellen.",
         "Ein Sparprogramm mit dem Namen Fokus soll die Kosten jährlich um 45 Millionen Euro senken. „Wir müssen "
         "die Kosten an die neue Realität anpassen“, teilte der Konzern mit.",
         "Autozulieferer Kessler Präzisionsteile"),
    ],
)
def test_a_sentence_opening_with_a_pronoun_or_an_indefinite_subject_names_no_body_for_a_firms_noun(
    before: str, paragraph: str, speaker: str
) -> None:
    assert [q.speaker for q in german_quotes(before, paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("introduced", "speaker"),
    [
        ("Der Plüschtierhersteller Hollmann will bis Ende kommenden Jahres die Näherei schließen.", "Hollmann"),
        ("Das Hamburger Start-up Velora hat beim Amtsgericht Insolvenz angemeldet.", "Velora"),
        ("Der Salzburger Feinkosthersteller Gruber Delikatessen ruft einen Kräuteraufstrich zurück.",
         "Gruber Delikatessen"),
        # a noun of no firm's kind before the name: no firm met
        ("Der Landkreis Coburg will bis Ende kommenden Jahres die Näherei unterstützen.", "Unternehmen"),
    ],
)
def test_a_firm_named_after_the_noun_of_its_kind_is_what_the_firms_noun_stands_for(
    introduced: str, speaker: str
) -> None:
    found = german_quotes(
        introduced,
        "Die Beschäftigten erfuhren am Dienstag bei einer Betriebsversammlung von den Plänen, viele reagierten "
        "mit Unverständnis und Wut auf die Nachricht aus der Zentrale.",
        "„Die Lohnkosten lassen eine wettbewerbsfähige Fertigung nicht mehr zu“, heißt es in einer Mitteilung "
        "des Unternehmens.",
    )
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Betriebsbedingte Kündigungen will Thorsten Ahlers nach eigenen Worten „so weit wie möglich vermeiden“.",
         "Thorsten Ahlers"),
        ("Verlegerin Flurina Bezzola hat das Manuskript nach eigenen Worten «in einer einzigen Nacht» gelesen.",
         "Flurina Bezzola"),
        # no one's own words: the partial quote stays unattributed
        ("Betriebsbedingte Kündigungen will Thorsten Ahlers „so weit wie möglich vermeiden“.", None),
    ],
)
def test_words_a_sentence_says_are_its_subjects_own_are_the_subjects(sentence: str, speaker: str | None) -> None:
    found = german_quotes(sentence)
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["„Die Lage im Handel bleibt angespannt“, teilte die Industrie- und Handelskammer Köln mit."],
         "Industrie- und Handelskammer Köln"),
        (["Der Hotel- und Gaststättenverband Bayern rechnet nicht mit Entspannung. „Für die kommenden "
          "Wochen ist keine Besserung in Sicht“, teilte der Verband mit."], "Hotel- und Gaststättenverband Bayern"),
        # the genitive's ending cut, the pair written back as the article wrote it
        (["„Die Lage im Handel bleibt angespannt“, heißt es in einer Mitteilung des Bau- und Umweltausschusses."],
         "Bau- und Umweltausschuss"),
    ],
)
def test_a_body_named_by_two_compounds_sharing_their_end_is_named_whole(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in german_quotes(*paragraphs)] == [speaker]


def test_a_quotes_text_keeps_its_coordinated_compounds_as_written() -> None:
    found = german_quotes("„Die Kinder- und Jugendärzte sind am Limit“, sagte Hans Bauer.")
    assert [(q.text, q.speaker) for q in found] == [("Die Kinder- und Jugendärzte sind am Limit", "Hans Bauer")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a name in words reported in the first subjunctive is talked about: the pronoun is the sayer's
        ("Hamidović arbeite seit Wochen hart und beschwere sich nie, sagte Schwendemann. Über die Aufstellung "
         "entscheide man später. „Das klären wir nach dem Abschlusstraining“, sagte er.", "Ralf Schwendemann"),
        ("Darauf angesprochen, dass Hamidović von einem Ritual gesprochen habe, reagierte Schwendemann "
         "gereizt. „Das klären wir nach dem Abschlusstraining“, sagte er.", "Ralf Schwendemann"),
        # a name closing its sentence before a reported one is no name in it: still the pronoun's
        ("Ob es ein Ritual sei, wollte Schwendemann nicht sagen. Es gebe noch keinen Plan, betonte "
         "Hamidović. Das Team sei nicht überrascht. „Das klären wir nach dem Abschlusstraining“, sagte er.",
         "Luca Hamidović"),
    ],
)
def test_a_name_in_reported_words_is_no_pronouns_antecedent(paragraph: str, speaker: str) -> None:
    found = german_quotes(
        "Trainer Ralf Schwendemann und Stürmer Luca Hamidović stellten sich nach dem Spiel den Fragen.", paragraph
    )
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("introduced", "attribution", "speaker"),
    [
        # a surname opened by its particle, after the verb: the person named so before
        ("Die Niederländerin Femke van Dalen gewann vor Anna-Lena Brandt.", "sagte van Dalen.", "Femke van Dalen"),
        ("Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew.", "so von der Leyen.",
         "Ursula von der Leyen"),
    ],
)
def test_a_surname_opened_by_its_particle_names_its_speaker(introduced: str, attribution: str, speaker: str) -> None:
    found = german_quotes(introduced, f"„Wir haben heute alles gegeben, mehr ging einfach nicht“, {attribution}")
    assert [q.speaker for q in found] == [speaker]


def test_a_first_name_after_a_persons_noun_gives_way_to_the_whole_name_with_its_particle() -> None:
    assert _names_with_positions("Die Niederländerin Femke van Dalen gewann vor Anna-Lena Brandt.") == [
        (19, "Femke van Dalen"), (46, "Anna-Lena Brandt")
    ]
    # (the first name alone still, where no surname follows: "Die Schülerin Mia")
    assert _names_with_positions("Die Schülerin Mia gewann vor Anna-Lena Brandt.") == [
        (14, "Mia"), (29, "Anna-Lena Brandt")
    ]


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("Der Angeklagte", "der Angeklagte"),
        # a description in commas after the role ("ein …") keeps it the subject
        ("Der Angeklagte, ein pensionierter Berufsschullehrer mit grauem Schnauzer,", "der Angeklagte"),
        # … and so does a relative clause in commas
        ("Der Angeklagte, der seit Jahren im Ort lebt,", "der Angeklagte"),
        # a noun of no person before the relative clause: who "er" is stays open
        ("Der Vorfall, der seit Jahren im Ort bekannt ist,", "er"),
    ],
)
def test_a_role_subject_before_reported_speech_with_a_partial_quote(role: str, speaker: str) -> None:
    paragraph = (f"{role} räumte den Schlag ein. Der Nachbar habe ihm den laufenden Laubbläser „direkt ins Gesicht "
                 "gehalten“, sagte er.")
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("attribution_text", "speaker", "description"),
    [
        # a participle that names an office, an ordinal before it, the body's name, the person in commas
        ("sagte die Erste Bevollmächtigte der IG Metall Schweinfurt, Sabine Hettrich, zu Reuters.",
         "Sabine Hettrich", "Erste Bevollmächtigte der IG Metall Schweinfurt"),
        ("sagte der Bevollmächtigte Jens Ohlsen.", "Jens Ohlsen", "Bevollmächtigte"),
    ],
)
def test_a_bevollmaechtigte_is_an_office_before_a_name(attribution_text: str, speaker: str, description: str) -> None:
    found = german_quotes(f"Die Gewerkschaft kündigte Widerstand an. „Wir werden um jeden Arbeitsplatz kämpfen“, "
                         f"{attribution_text}")
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


def test_a_firms_department_is_no_body_its_statement_is_from() -> None:
    # "die Administration" where jobs go is a part of the firm named before, not who issued the text
    found = german_quotes(
        "Die Strebel Textiltechnik AG baut an ihrem Hauptsitz in Uzwil 140 von rund 620 Stellen ab. Betroffen "
        "seien vor allem die Montage und die Administration, teilte die Firma am Dienstag mit.",
        "Als Gründe nennt das Unternehmen den schwachen Auftragseingang aus Asien. «Wir haben in den vergangenen "
        "zwei Jahren alles versucht, um die Arbeitsplätze zu halten», hiess es in der Medienmitteilung.",
    )
    assert [q.speaker for q in found] == ["Strebel Textiltechnik AG"]


def test_a_short_name_spelled_out_after_a_preposition_is_the_body_alone() -> None:
    # "Nach Angaben der Deutschen Ordensobernkonferenz (DOK)": the phrase before the body is no
    # part of its name, and the body is named as it is, not in the genitive
    found = german_quotes(
        "Nach Angaben der Deutschen Ordensobernkonferenz (DOK) wurden im vergangenen Jahr mehr als 20 "
        "Niederlassungen aufgelöst. „Viele Gemeinschaften stehen vor der Frage, wie sie ihr Erbe weitergeben“, "
        "heißt es in einem aktuellen Bericht der DOK."
    )
    assert [q.speaker for q in found] == ["Deutsche Ordensobernkonferenz"]


def test_a_subject_with_im_before_its_verb_of_speech_speaks_a_partial_quote() -> None:
    # ("in …" was read between subject and verb; "im …" was not)
    found = speakers("Die SPD-Fraktion im Kreistag sprach von einem „schwarzen Tag für den ländlichen Raum“.")
    assert [s for _, s in found] == ["die SPD-Fraktion"]


def test_a_firms_organ_before_its_text_is_no_issuer_the_firm_is() -> None:
    # "heißt es in einer Mitteilung des Unternehmens" after a sentence about the management: the firm
    found = speakers(
        "Die Belegschaft der Brenztal Hydraulik GmbH in Giengen hat am Dienstag die Arbeit niedergelegt.",
        "Die Geschäftsführung äußerte sich am Dienstag nur schriftlich. „Wir nehmen die Sorgen unserer "
        "Mitarbeitenden sehr ernst“, heißt es in einer Mitteilung des Unternehmens.",
    )
    assert [s for _, s in found] == ["Brenztal Hydraulik GmbH"]


def test_a_named_body_before_its_text_is_still_the_issuer() -> None:
    found = speakers(
        "Die Brenztal Hydraulik GmbH äußerte sich am Dienstag nur schriftlich. „Wir nehmen die Sorgen unserer "
        "Mitarbeitenden sehr ernst“, heißt es in einer Mitteilung des Unternehmens.",
    )
    assert [s for _, s in found] == ["Brenztal Hydraulik GmbH"]


@pytest.mark.parametrize("adverb", ["Später", "Zuvor", "Anschließend", "Damals"])
def test_an_adverb_of_time_before_a_comma_phrase_is_no_speaker(adverb: str) -> None:
    found = speakers(
        "Anne Kieffer führt den Betrieb seit sechs Jahren, ihr Vater hilft noch mit.",
        f"{adverb}, unten am Traktor, sagt sie: „Das war jetzt das größte Lob, das ich in sechs Jahren "
        "bekommen habe.“",
    )
    assert [s for _, s in found] == ["Anne Kieffer"]


@pytest.mark.parametrize(
    "name", ["GERMAN_PREPOSITIONS", "GERMAN_SENTENCE_OPENERS", "GERMAN_DETERMINERS", "GERMAN_UNNAMED_PERSON_NOUNS"]
)
def test_german_word_lists_hold_each_word_as_written_and_as_folded(name: str) -> None:
    # (words are met folded in some places, "außer".casefold() == "ausser", and as written in others)
    from articleclean.patterns import speech

    words = getattr(speech, name)
    assert all(word.casefold() in words for word in words)
    assert any("ß" in word for word in words)


def test_a_sentence_opener_with_sharp_s_is_no_speaker() -> None:
    found = speakers(
        "Anne Kieffer führt den Betrieb seit sechs Jahren, ihr Vater hilft noch mit.",
        "Außerdem, so erzählt sie am Traktor, sagt sie oft: „Das größte Lob bekommt man hier oben von den Reben.“",
    )
    assert [s for _, s in found] in (["Anne Kieffer"], [])


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a contrasting adverb between the verb of speech and the speaker
        ("„Für uns ist das kein Weltuntergang“, sagte dagegen die Sprecherin der DLRG-Ortsgruppe, Petra Wehrle.",
         "Petra Wehrle"),
        ("„Das sehen wir völlig anders“, meinte hingegen Jonas Albrecht.", "Jonas Albrecht"),
    ],
)
def test_a_contrasting_adverb_after_the_verb_of_speech(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_heisst_es_darin_after_a_text_named_with_its_issuer() -> None:
    # the sentence before opens with the text ("Das Gutachten"), whose issuer, an engineers' office,
    # is named in the genitive after it: the issuer speaks, not the text nor a body named earlier
    found = german_quotes(
        "Renninger warf den Freien Wählern vor, das Projekt auf die lange Bank zu schieben.",
        "Das Gutachten des Ingenieurbüros Kaltenbach, das dem Gemeinderat vorliegt, beschreibt den Zustand als "
        "„kritisch“. Teile der Anlage seien „nur noch mit erheblichem Aufwand instand zu halten“, heißt es darin.",
    )
    assert [q.speaker for q in found] == ["Ingenieurbüro Kaltenbach"]


def test_heisst_es_darin_after_a_body_opening_the_sentence_before() -> None:
    found = german_quotes(
        "Das Planungsbüro Meyer hat die Pläne überarbeitet. Die Kosten seien „deutlich niedriger als "
        "bisher angenommen“, heißt es darin."
    )
    assert [q.speaker for q in found] == ["Planungsbüro Meyer"]


def test_a_question_put_to_someone_reports_nobodys_words() -> None:
    # "rechnet sich das Modell?" asks; its subject is no speaker of the answer after it
    found = german_quotes(
        "Anja Thiele führt die Bäckerei seit 2004.",
        "Frau Thiele, rechnet sich die Vier-Tage-Woche für Ihren Betrieb?",
        "„Wir machen an vier Tagen rund 90 Prozent des Umsatzes.“",
    )
    assert [q.speaker for q in found] == ["Anja Thiele"]


def test_a_bodys_noun_then_one_word_is_the_body_and_its_place() -> None:
    # "Uri" is a first name too, but after a body's noun one word is where the body is
    found = german_quotes(
        "Die Kantonspolizei Uri schrieb am Mittag auf X: «Bitte verzichten Sie auf nicht notwendige Fahrten.»"
    )
    assert [q.speaker for q in found] == ["Kantonspolizei Uri"]


def test_a_verb_and_its_object_after_a_name_in_commas_is_no_role() -> None:
    # "hielt der Ministerin vor" is what Reinholz did, not his role: "die Ministerin" who answers
    # is the minister named before, not him
    found = german_quotes(
        "Die Opposition warf Bildungsministerin Katrin Heidemann (CDU) vor, den Ausfall zur Regel zu machen. "
        "„Das ist eine Notlösung“, sagte die Ministerin.",
        "Der Fraktionsvorsitzende der Grünen, Marco Reinholz, hielt der Ministerin vor, sie kapituliere. "
        "„Sie haben jahrelang zu wenig ausgebildet“, rief er in Richtung Regierungsbank.",
        "Die Antwort kam prompt. „Wir haben die Zahl der Studienplätze verdoppelt, das wissen Sie genau“, "
        "entgegnete sie.",
    )
    assert [q.speaker for q in found] == ["Katrin Heidemann", "Marco Reinholz", "Katrin Heidemann"]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "description"),
    [
        # local offices, club posts and trades before a name are its role
        ("„Wir haben das Budget dreimal geprüft“, sagte Gemeindeammann Urs Herzog.", "Urs Herzog", "Gemeindeammann"),
        ("„Der Platz ist nicht bespielbar“, sagte Kreisfußballwart Horst Rützel.", "Horst Rützel", "Kreisfußballwart"),
        ("„Die Gäste bleiben weg, seit die Straße gesperrt ist“, sagt Wirt Ewald Kroboth.", "Ewald Kroboth", "Wirt"),
        ("„Das Baugebiet kommt frühestens 2027“, sagte Ortsvorsteher Jan Brinkmann.", "Jan Brinkmann", "Ortsvorsteher"),
    ],
)
def test_local_offices_club_posts_and_trades_before_a_name(paragraph: str, speaker: str, description: str) -> None:
    found = german_quotes(paragraph)
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


@pytest.mark.parametrize(
    ("attribution_after", "speaker", "description"),
    [
        # someone's relative or helper, named after what they are, in commas
        ("sagte ihr Sohn, der Regisseur Florian Rainer, der APA.", "Florian Rainer", "ihr Sohn"),
        ("sagte ihre Anwältin, die Fachanwältin für Sozialrecht Ruth Albrecht.", "Ruth Albrecht", "ihre Anwältin"),
    ],
)
def test_a_relative_named_after_what_they_are(attribution_after: str, speaker: str, description: str) -> None:
    found = german_quotes(
        f"„Sie ist friedlich eingeschlafen, so wie sie es sich immer gewünscht hat“, {attribution_after}"
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


def test_a_paper_spoken_to_after_a_relative_is_no_name() -> None:
    # "der Neuen Zürcher Zeitung": the paper the words were said to, no one named
    found = german_quotes(
        "„Sie ist friedlich eingeschlafen, so wie sie es sich immer gewünscht hat“, "
        "sagte ihr Sprecher, der Neuen Zürcher Zeitung."
    )
    assert all(q.speaker != "Zürcher Zeitung" for q in found)


@pytest.mark.parametrize("text", ["Max Reinhardt Seminar", "Max Reinhardt Institut", "Goethe-Gymnasium"])
def test_a_school_named_after_a_person_is_no_person(text: str) -> None:
    found = _names_with_positions(f"Sie studierte am {text} in Wien und kam 1961 an die Burg.")
    assert found == []


def test_a_fire_brigade_and_its_town_are_no_person() -> None:
    # "Feuerwehr Krimml" is a body: no person a later quote, its speaker unnamed, may be given to
    found = german_quotes(
        "Die Freiwillige Feuerwehr Krimml war mit 35 Mitgliedern im Einsatz, um Keller auszupumpen. „Das Wasser "
        "ist binnen Minuten gekommen, wir haben mit Sandsäcken gerettet, was zu retten war“, sagte der "
        "Einsatzleiter der Feuerwehr.",
        "Wann die Straße wieder befahrbar ist, konnte der Sprecher der Landesstraßenverwaltung noch nicht sagen.",
        "„Wir rechnen mindestens mit drei Wochen, eher länger. Wir müssen auch die Hangsicherung erneuern.“",
    )
    assert [q.speaker for q in found if q.text.startswith("Wir rechnen")] in ([], [None])


@pytest.mark.parametrize(
    ("attribution_after", "speaker"),
    [
        ("sagten zwei Mütter nach dem Podium gegenüber unserer Zeitung.", "zwei Mütter"),
        ("sagen mehrere Anwohner aus dem Nachbarhaus.", "mehrere Anwohner aus dem Nachbarhaus"),
        ("meinten viele junge Eltern.", "viele junge Eltern"),
        ("riefen Zuschauer von der Tribüne.", "Zuschauer"),  # a strong verb's plural past
    ],
)
def test_a_group_by_how_many_speaks(attribution_after: str, speaker: str) -> None:
    found = german_quotes(f"„Schon heute ist es um halb acht morgens vor der Schule gefährlich“, {attribution_after}")
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("«", "»"), ("»", "«")])
def test_a_quote_running_over_paragraphs_in_each_marks(opening: str, closing: str) -> None:
    # the Swiss «…» too: a paragraph left open, the next opening with a mark, the last closing it
    found = german_quotes(
        f"Trainer Sven Kortmann war zufrieden. {opening}Ich hatte nicht vor, das heute auszupacken{closing}, sagte "
        f"Kortmann nach dem Spiel. {opening}Das war eigentlich für die Rückrunde gedacht.",
        f"{opening}Die Jungs haben das super umgesetzt, obwohl wir es erst zweimal im Training hatten.",
        f"{opening}Trotzdem: Wir müssen über die ersten 40 Minuten reden. So einfach geht das nicht.{closing}",
    )
    texts = " ".join(q.text for q in found)
    assert [q.speaker for q in found][:1] == ["Sven Kortmann"]
    assert all(q.speaker == "Sven Kortmann" for q in found)
    assert "Die Jungs haben das super umgesetzt" in texts and "Trotzdem: Wir müssen" in texts


def test_a_role_of_a_body_of_four_words_then_the_name_in_commas() -> None:
    found = german_quotes(
        "„Das ist ein Schlag ins Gesicht aller Beschäftigten, die verzichtet haben“, sagte die Erste "
        "Bevollmächtigte der IG Metall Schwäbisch Gmünd, Sandra Yilmaz."
    )
    assert [q.speaker for q in found] == ["Sandra Yilmaz"]


def test_a_firm_named_after_its_kind_and_lower_case_adjectives() -> None:
    # "Der steirische Feuerfest-Hersteller Voralp": the firm's statement is the firm's
    found = german_quotes(
        "Der steirische Feuerfest-Hersteller Voralp leidet unter der schwachen Nachfrage. Am Standort "
        "Kapfenberg sollen 280 Stellen wegfallen, teilte das börsennotierte Unternehmen am Donnerstag mit.",
        "„Die Lage in unseren Kernmärkten hat sich im zweiten Quartal noch einmal deutlich eingetrübt“, "
        "heißt es in der Mitteilung.",
    )
    assert [q.speaker for q in found] == ["Voralp"]


def test_das_haus_is_the_institution_named_before() -> None:
    found = german_quotes(
        "Das Volkstheater selbst zeigte sich am Samstag zufrieden. „Genau solche Abende wollen wir: Stücke, "
        "über die man noch in der U-Bahn streitet“, teilte das Haus mit.",
    )
    assert [q.speaker for q in found] == ["Volkstheater"]


def _german_quotes(*paragraphs: str) -> list[tuple[str | None, str]]:
    from articleclean.model import Block, Section
    from articleclean.structure.quotes import find_quotes

    blocks = [Block("paragraph", p) for p in paragraphs]
    return [(q.speaker, q.text[:20]) for q in find_quotes([Section(None, blocks=blocks)], "de")]


_JUDGE = (
    "Die Vorsitzende Richterin sprach den Mann schuldig. „Sie haben sich die Angst alter Menschen zunutze "
    "gemacht“, sagte die Vorsitzende Richterin."
)


def test_a_role_subject_described_in_a_relative_clause_is_whom_the_pronoun_stands_for() -> None:
    assert _german_quotes(
        _JUDGE,
        "Der Angeklagte, der in Polen aufgewachsen ist, hatte die Taten weitgehend eingeräumt. In seinem letzten "
        "Wort entschuldigte er sich bei den Opfern. „Ich wusste, dass es um Betrug geht“, sagte er.",
    )[-1] == ("der Angeklagte", "Ich wusste, dass es ")


def test_a_pronoun_is_never_someone_described_by_a_noun_of_the_other_gender() -> None:
    # "er" after "die Vorsitzende Richterin" quoted last: not hers
    assert _german_quotes(
        _JUDGE,
        "In seinem letzten Wort entschuldigte sich der Mann bei den Opfern. Er weinte. „Ich wusste, dass es um "
        "Betrug geht“, sagte er.",
    )[-1][0] != "die Vorsitzende Richterin"


def test_a_prepositions_word_after_a_possessive_is_a_noun_and_the_name_after_it_the_subject() -> None:
    # "Sein Gegenüber Dragan Petrović haderte …": the counterpart, no preposition governing the name
    found = _german_quotes(
        "Sein Gegenüber Dragan Petrović haderte nach dem Abpfiff mit einer Entscheidung der Schiedsrichter. Die "
        "Zeitstrafe gegen Kapitän Felix Rau nannte er „eine Entscheidung, die so nicht fallen darf“."
    )
    assert [speaker for speaker, _ in found] == ["Dragan Petrović"]
    # a preposition opening the sentence still governs the name ("An Bundesrat Cassis wandte sie sich")
    found = _german_quotes(
        "An Bundesrat Cassis wandte sie sich mit einem Brief. „Wir erwarten eine Antwort bis Ende Mai“, schrieb sie."
    )
    assert "Cassis" not in [speaker for speaker, _ in found]


@pytest.mark.parametrize(
    ("witness", "speaker"),
    [
        # someone described, the subject after the verb and when it was
        ("eine 84-jährige Frau aus Bad Schwartau", "eine 84-jährige Frau"),
        # … named: the name
        ("die Rentnerin Birte Hansen", "Birte Hansen"),
    ],
)
def test_an_unnamed_subject_after_its_verb_and_when(witness: str, speaker: str) -> None:
    found = _german_quotes(
        f"Als Zeugin sagte am Nachmittag {witness} aus, die den Männern 18.000 Euro gezahlt hatte. „Die waren so "
        "freundlich, der eine hat mir sogar die Einkäufe reingetragen“, sagte sie."
    )
    assert len(found) == 1 and (found[0][0] or "").startswith(speaker)


def test_a_role_noun_after_someone_brought_in_unnamed_by_a_compound_is_that_description() -> None:
    # "sagte ein Polizeisprecher" ¶ "sagte der Sprecher": the same spokesman, brought in unnamed
    found = _german_quotes(
        "„Er hat die Angestellte aufgefordert, die Kasse zu öffnen“, sagte ein Polizeisprecher.",
        "Die Fahndung blieb ohne Erfolg. „Wir gehen derzeit davon aus, dass der Täter sich auskannte“, sagte der "
        "Sprecher.",
    )
    assert [speaker for speaker, _ in found] == ["ein Polizeisprecher", "ein Polizeisprecher"]
    # two such spokespeople brought in: the text leaves open which
    found = _german_quotes(
        "Ein Polizeisprecher und ein Feuerwehrsprecher waren vor Ort. „Die Lage ist ruhig“, sagte ein "
        "Polizeisprecher. „Das Feuer ist gelöscht“, sagte ein Feuerwehrsprecher.",
        "„Wir gehen derzeit davon aus, dass der Täter sich auskannte“, sagte der Sprecher.",
    )
    assert found[-1][0] not in ("ein Polizeisprecher", "ein Feuerwehrsprecher")


def test_a_role_subject_of_the_sentence_right_before_an_attributed_quote() -> None:
    # the text before the quote ends a sentence whose subject is a role: the pronoun after it is that role
    found = _german_quotes(
        "Der Autofahrer, ein 41 Jahre alter Handwerker aus Bramsche, möchte nicht namentlich genannt werden. „Ich "
        "habe gesehen, wie er mit dem Messer in der Hand rausrennt“, sagte er unserer Redaktion."
    )
    assert [speaker for speaker, _ in found] == ["der Autofahrer"]
    # a sentence whose subject is no person's role leaves the pronoun open
    found = _german_quotes(
        "Der Vorfall hat die Nachbarn beunruhigt. „Ich habe gesehen, wie er mit dem Messer in der Hand "
        "rausrennt“, sagte er unserer Redaktion."
    )
    assert [speaker for speaker, _ in found] != ["der Vorfall"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("„Das ist die gefährlichste Wetterlage, die wir im Winter haben“, sagt unsere Meteorologin Svenja "
         "Hallberg.", "Svenja Hallberg"),
        ("„Wir haben das im Vorstand lange diskutiert, und niemand hat es sich leicht gemacht“, sagt unsere "
         "Vorsitzende Gisela Hahn.", "Gisela Hahn"),
        # an Arabic article joined to the surname
        ("Ahmed al-Scharaa sagte: „Wir werden das nicht zulassen, niemals.“", "Ahmed al-Scharaa"),
    ],
)
def test_our_role_before_a_name_and_an_arabic_article_in_it(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        # how a speech or a report opens: "begann X seinen Bericht"
        ("„Wir hätten Ihnen heute gerne etwas anderes gesagt“, begann der Leiter des städtischen Hochbauamts "
         "seinen Bericht. Bei der Öffnung der Decken seien asbesthaltige Kleber gefunden worden.",
         ["der Leiter des städtischen Hochbauamts"]),
        ("Bürgermeister Florian Kögel hatte mit Gegenwind gerechnet. „Ich weiß, dass ich heute Abend nicht viele "
         "Freunde gewinne“, begann er seine Rede.", ["Florian Kögel"]),
    ],
)
def test_a_speech_or_report_opened_with_the_quote(paragraph: str, speakers: list[str]) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == speakers


def test_an_adverb_opening_a_colon_lead_in_is_no_speaker() -> None:
    # "Zugleich" opens the sentence before its verb and "sie": the speaker is the one "sie" stands for
    found = german_quotes(
        "Festivalleiterin Claudia Benesch zog eine positive Bilanz. „Das zeigt, dass Kino auf dem Land kein "
        "Auslaufmodell ist“, sagte Benesch. Zugleich warnte sie vor Kürzungen bei der Kulturförderung: „Wenn "
        "die Mittel wie angekündigt sinken, können wir das Festival nicht halten.“"
    )
    assert [q.speaker for q in found] == ["Claudia Benesch", "Claudia Benesch"]


@pytest.mark.parametrize(
    ("introduced", "said", "speaker"),
    [
        # the paragraph before brought her in unnamed; "die Frau" is she
        ("Eine 68-jährige Pensionistin aus Floridsdorf erzählt, sie warte seit dem Sommer auf ein neues Knie.",
         "„Das kann ich mir mit meiner Pension nicht leisten“, sagt die Frau.",
         "eine 68-jährige Pensionistin aus Floridsdorf"),
        ("Ein Autofahrer aus Passau hielt als Erster an der Unfallstelle an.",
         "„Er war ansprechbar und hat nach seinem Telefon gefragt“, sagte der Mann.", "ein Autofahrer aus Passau"),
    ],
)
def test_man_or_woman_names_again_the_one_brought_in_before(introduced: str, said: str, speaker: str) -> None:
    assert [s for _, s in speakers(introduced, said)] == [speaker]


def test_man_or_woman_of_the_other_sex_is_not_the_one_brought_in_before() -> None:
    found = speakers(
        "Eine 68-jährige Pensionistin aus Floridsdorf erzählt, sie warte seit dem Sommer auf ein neues Knie.",
        "„Das kann ich mir mit meiner Pension nicht leisten“, sagt der Mann.",
    )
    assert [s for _, s in found] == ["der Mann"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the same text named before with whose it is, whatever the owner's name says
        ("Nach dem jüngsten Bericht des UN-Umweltprogramms Unep benötigen Entwicklungsländer jährlich 300 "
         "Milliarden Dollar. »Die Lücke wächst schneller, als die Zusagen steigen«, heißt es in dem Bericht.",
         "UN-Umweltprogramm Unep"),
        # a body by its short name owns a survey; what the survey finds is its
        ("Nach einer Umfrage der GEW unter gut 3000 Lehrkräften arbeiten Teilzeitkräfte mehr als vereinbart. "
         "„Die Belastung hat ein Niveau erreicht, das auf Dauer krank macht“, heißt es in der Auswertung.", "GEW"),
    ],
)
def test_heisst_es_in_a_text_named_before_is_its_owners(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


def test_heisst_es_in_a_text_whose_owner_is_no_body_stays_the_text() -> None:
    found = speakers(
        "Nach einer Umfrage der Bewohner des Viertels fühlen sich viele nicht sicher. „Die Beleuchtung ist seit "
        "Jahren mangelhaft“, heißt es in dem Bericht."
    )
    assert [s for _, s in found] == ["dem Bericht"]


def test_a_courts_judges_by_its_town_are_the_court() -> None:
    found = speakers(
        "Das Bundesgericht hat die Verurteilung eines Polizisten wegen Amtsmissbrauchs bestätigt.",
        "Die Lausanner Richter sehen das anders. Auf den Aufnahmen sei klar zu erkennen, dass der Mann «zum "
        "Zeitpunkt der Stösse keinen Widerstand mehr leistete», heisst es im am Dienstag veröffentlichten Urteil.",
    )
    assert [s for _, s in found] == ["Bundesgericht"]


def test_a_judge_named_richter_is_no_court() -> None:
    found = speakers(
        "Das Landgericht hat das Verfahren gegen den Unternehmer eingestellt.",
        "Günter Richter sieht das anders. Der Mann habe «zu keinem Zeitpunkt mit Absicht gehandelt», heisst es in "
        "seiner Stellungnahme.",
    )
    assert [s for _, s in found] == ["Günter Richter"]


@pytest.mark.parametrize(
    ("introduced", "said", "speaker"),
    [
        # a word in capitals gives all its letters to the short name
        ("Der Handball-Bundesligist SC Magdeburg muss mehrere Wochen auf Lennart Voigt verzichten.",
         "„Wir werden Lenny auf seinem Weg zurück mit allem unterstützen, was wir haben“, teilte der SCM mit.",
         "SC Magdeburg"),
        ("Der SV Ostwestfalen 1911 verlängert mit seinem Torwart Marco Henning.",
         "„Wir sind froh, dass Marco uns mit seiner Erfahrung erhalten bleibt“, teilte der SVO mit.",
         "SV Ostwestfalen"),
    ],
)
def test_a_short_name_spelled_by_a_club_name_with_letters_in_capitals(introduced: str, said: str, speaker: str) -> None:
    assert [s for _, s in speakers(introduced, said)] == [speaker]


def test_an_insurer_named_before_is_the_one_its_noun_stands_for() -> None:
    found = speakers(
        "Auch die Landwirtschaft ist betroffen. Die Österreichische Hagelversicherung schätzt den Schaden in einer "
        "ersten Bilanz auf rund 1,5 Millionen Euro. „Die Schäden sind regional sehr unterschiedlich, in einzelnen "
        "Lagen ist die Ernte aber fast zur Gänze vernichtet“, hieß es von der Versicherung."
    )
    assert [s for _, s in found] == ["Österreichische Hagelversicherung"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Die Abgeordnete verwies auf eine Analyse zur Waldfläche. „Jeder Monat Aufschub hat einen Preis, und den "
         "bezahlen am Ende die Regenwälder“, heißt es in dem WWF-Papier.", "WWF"),
        ("Die Ökonomen rechnen mit weniger Wachstum. „Die Konjunktur bleibt schwach, solange die Investitionen "
         "ausbleiben“, heißt es in der DIW-Studie.", "DIW"),
    ],
)
def test_a_text_whose_compound_opens_with_a_short_name_is_that_bodys(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


def test_a_part_in_a_trial_is_none_of_the_others() -> None:
    accused = "„Ich wusste nicht, dass da alte Leute betrogen werden“, hatte der Angeklagte Kamil S. beteuert."
    plea = (
        "Der Staatsanwalt hatte drei Jahre gefordert. Der Angeklagte sei „ein unverzichtbares Rädchen in einer "
        "Maschinerie“ gewesen, sagte er in seinem Plädoyer."
    )
    assert german_quotes(accused, plea)[-1].speaker == "der Staatsanwalt"
    # (the prosecutor named before is the one)
    named = "Staatsanwalt Michael Pirker forderte drei Jahre Haft."
    assert german_quotes(accused, named, plea)[-1].speaker == "Michael Pirker"
    # (a doctor may be any part in a trial: a title says no part)
    doctor = "Dr. Anna Berger forderte drei Jahre Haft für den Mann."
    prosecutor = "Der Angeklagte sei „ein Rädchen in einer Maschinerie“ gewesen, sagte die Staatsanwältin."
    assert german_quotes(doctor, prosecutor)[-1].speaker == "Anna Berger"


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # where the subject is from, between it and its verb
        ("Das Weser-Tagblatt aus Bremen meint: ", "Das Weser-Tagblatt"),
        ("Der Verband aus Bremen meint: ", "Der Verband"),
        # a group by how many, opening the sentence
        ("Zwei Anwohner aus dem Nachbarhaus sagten: ", "Zwei Anwohner aus dem Nachbarhaus"),
        # (a place after a preposition's noun is no subject's: the subject after the verb speaks)
        ("Zu den Hilfen aus Berlin sagte die Ministerin: ", "die Ministerin"),
        ("Mit Blick auf Hilfen aus Berlin sagte sie: ", "sie"),
    ],
)
def test_a_subject_and_where_it_is_from_before_a_colon(before: str, speaker: str) -> None:
    assert attribution(before, "")[0] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # the subject after its verb, as a German sentence puts it when something else opens it
        "Vor Gericht zeigte sich der Angeklagte teilweise geständig. „Ich wollte das Geld immer zurückzahlen“, "
        "sagte er.",
        # a judge a preposition governs is nobody acting in the sentence
        "Der Angeklagte zeigte sich vor Richter Thomas Berger teilweise geständig. „Ich wollte das Geld immer "
        "zurückzahlen“, sagte er.",
        # an apposition after the role that opens with no article
        "Der Angeklagte, seit 20 Jahren Bergführer, schilderte den Tag mit stockender Stimme. Man habe ein "
        "Schneeprofil gegraben. „Ich wollte das Geld immer zurückzahlen“, sagte er.",
    ],
)
def test_a_role_after_its_verb_or_beside_a_governed_name_is_whom_the_pronoun_stands_for(paragraph: str) -> None:
    assert _german_quotes(paragraph) == [("der Angeklagte", "Ich wollte das Geld ")]


def test_a_role_after_its_verb_of_the_other_gender_or_anyones_noun_after_a_name_is_not_the_pronouns() -> None:
    # "die Angeklagte" is no "er"
    found = _german_quotes(
        "Vor Gericht zeigte sich die Angeklagte teilweise geständig. „Ich wollte das Geld immer zurückzahlen“, "
        "sagte er."
    )
    assert found[0][0] != "die Angeklagte"
    # "die Frau", a noun anyone may be called, after the woman named just before: hers, by name
    found = _german_quotes(
        "Die 46-jährige Sandra K. aus Dornbirn war bei einem Pflegedienst beschäftigt.",
        "Vor Gericht war die Frau geständig. „Ich habe Schulden gehabt und mir gedacht, ich gebe es zurück“, "
        "sagte sie.",
    )
    assert found == [("Sandra K.", "Ich habe Schulden ge")]


def test_a_name_in_commas_after_the_subject_with_its_own_role_before_it_is_the_speaker() -> None:
    # the subject, then in commas who they are with their own role, then the verb and whom it was said to
    found = _german_quotes(
        "Ihre Tochter, die Bühnenbildnerin Johanna Prandtner, sagte der APA: „Sie hat noch am Freitag die "
        "Zeitung gelesen und sich über die Kulturpolitik geärgert.“"
    )
    assert [speaker for speaker, _ in found] == ["Johanna Prandtner"]
    # what stands in commas names nobody, or two: the subject speaks
    for apposed in ("die in Wien lebt", "die Bühnenbildnerin Johanna Prandtner und ihr Mann Peter Prandtner"):
        found = _german_quotes(
            f"Ihre Tochter, {apposed}, sagte der APA: „Sie hat noch am Freitag die Zeitung gelesen.“"
        )
        assert [speaker for speaker, _ in found] == ["Ihre Tochter"]


def test_a_possessive_subject_with_a_name_in_commas_reports_a_partial_quote() -> None:
    found = _german_quotes(
        "Ihre Tochter, die Bühnenbildnerin Johanna Prandtner, sagte der APA, ihre Mutter sei „friedlich und bis "
        "zuletzt geistig hellwach“ gewesen."
    )
    assert [speaker for speaker, _ in found] == ["Johanna Prandtner"]


def test_the_witness_is_no_one_named_with_another_part_in_the_trial() -> None:
    found = _german_quotes(
        "Als erste Zeugin sagte Renate Ohlsen aus. „Er war so freundlich, er hat nach meinen Enkeln gefragt“, "
        "sagte sie.",
        "Die Vorsitzende Richterin Birte Lassen wollte wissen, ob sie jemals die Baustelle besucht habe. „Ich "
        "bin einmal nach Damp gefahren“, sagte die Zeugin.",
    )
    assert [speaker for speaker, _ in found] == ["Renate Ohlsen", "Renate Ohlsen"]


def test_a_surnames_initial_alone_names_the_defendant_met_with_it() -> None:
    found = _german_quotes(
        "Angeklagt war der 44-jährige Dariusz K. aus Gliwice. Verteidiger Marco Stöhr hatte auf eine Strafe von "
        "unter fünf Jahren plädiert.",
        "K. selbst hatte in seinem letzten Wort um Entschuldigung gebeten. „Ich schäme mich, und ich weiß, dass "
        "das niemandem etwas zurückgibt“, sagte er mit leiser Stimme.",
    )
    assert [speaker for speaker, _ in found] == ["Dariusz K."]


def test_a_middle_initial_is_no_surnames_initial_alone() -> None:
    from articleclean.structure.quotes import _named_by

    assert _named_by("Präsident John F. Kennedy sprach in Berlin.", {"F.": "Anna F."}) == []
    assert _named_by("Danach sprach K. mit dem Gericht.", {"K.": "Dariusz K."}) == [(14, "Dariusz K.")]


def test_an_age_as_the_subject_of_the_sentence_before_is_whom_the_pronoun_stands_for() -> None:
    found = _german_quotes(
        "Angeklagt war der 27-jährige Jonas V. aus Meppen. Den Vorsitz führte Richter Bernd Kleinschmidt.",
        "Der 27-Jährige hatte zum Prozessauftakt eine Erklärung verlesen lassen und die Tat eingeräumt. Am "
        "letzten Verhandlungstag ergriff er selbst das Wort. „Ich wollte nie, dass ein Tier stirbt oder ein "
        "Mensch“, sagte er mit leiser Stimme.",
    )
    assert [speaker for speaker, _ in found] == ["Jonas V."]


def test_a_body_opening_a_colons_sentence_speaks_the_quote_after_it() -> None:
    # "Der Förderverein reagierte …:" — a body by its noun, any verb, then the colon: the body's words
    # (not the person quoted in the paragraph before)
    found = german_quotes(
        "Fraktionschef Martin Übele sprach von einer »letzten Chance, die wir nicht wegwerfen dürfen«.",
        "Der Förderverein reagierte noch am Abend auf Facebook: »Vertagt ist nicht gerettet. Aber es ist auch "
        "nicht geschlossen.«",
    )
    assert [q.speaker for q in found] == ["Martin Übele", "der Förderverein"]
    found = german_quotes(
        "Der SV Grün-Weiß Hattenbach hat 4000 Unterschriften gesammelt.",
        "Der Verein reagierte noch am Abend auf Facebook: »Vertagt ist nicht gerettet. Aber es ist auch "
        "nicht geschlossen.«",
    )
    assert [q.speaker for q in found] == ["SV Grün-Weiß Hattenbach"]
    # (a text is no body: "Die Antwort" is whose words the sentence before says)
    found = german_quotes(
        "Im Jahr 1983 wurde Alfons Zbinden nach seinem Geheimnis gefragt. Die Antwort ist typisch für ihn: "
        "«Es gibt keins. Man muss den Stein nur weiter wollen als die anderen.»"
    )
    assert [q.speaker for q in found if q.speaker and "Antwort" in q.speaker] == []


def test_a_name_in_quote_marks_inside_the_apposition_before_the_verb() -> None:
    # the group's name in „…“ is part of what the speaker is, not a quote ending the lead-in
    found = german_quotes(
        "Jürgen Weber, Sprecher der Bürgerinitiative „Gegenwind Sulzbacher Höhe“, warnte vor einer "
        "„Industrialisierung unserer Landschaft, die wir nie wieder rückgängig machen können“."
    )
    assert [q.speaker for q in found] == ["Jürgen Weber"]
    # (a title in quote marks alone after a noun is no apposition of a speaker: "In seinem letzten Buch,
    # «Nachtrag», schrieb er" is his)
    found = german_quotes(
        "Beat Aeschlimann fürchtete den Tod nicht. In seinem letzten Buch, «Nachtrag», schrieb er, er hoffe, "
        "«dass man mich vergisst, aber nicht zu schnell»."
    )
    assert [q.speaker for q in found] == ["Beat Aeschlimann"]


def test_a_surnames_initial_alone_speaks_for_the_defendant_named_with_it() -> None:
    found = german_quotes(
        "Angeklagt ist Gerald P., ein Installateur aus Feldbach.",
        "„So haben das damals alle gemacht. Die Fristen waren kurz“, antwortete P.",
    )
    assert [q.speaker for q in found] == ["Gerald P."]
    # (a letter alone that no name met ends is no speaker: "„…“, sagte er zu Punkt B." names nobody)
    found = german_quotes("„So haben das damals alle gemacht. Die Fristen waren kurz“, hieß es unter Punkt B.")
    assert [q.speaker for q in found if q.speaker == "B."] == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("„Warum haben Sie die Förderung schon beantragt, bevor die Module geliefert waren?“, wollte die "
         "Richterin wissen.", "die Richterin"),
        ("„Und was sagen Sie den Eltern, die jeden Morgen im Stau stehen?“, wollte Anna Berger von der Ministerin "
         "wissen.", "Anna Berger"),
    ],
)
def test_who_wanted_to_know_asked_the_question(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Die Feuerwehr Cuxhaven rückte bis zum Morgen zu elf Einsätzen aus, meist wegen umgestürzter Bäume. Auf "
         "ihrem Instagram-Kanal schrieb sie: „Bitte meidet heute Waldgebiete und Parks und bleibt zu Hause.“"],
        ["Die Feuerwehr Cuxhaven rückte bis zum Morgen zu elf Einsätzen aus.",
         "„Bitte meidet heute Waldgebiete und Parks und bleibt zu Hause“, schrieb sie auf Instagram."],
    ],
)
def test_a_pronoun_with_nobody_to_stand_for_is_the_body_of_its_gender_before_it(paragraphs: list[str]) -> None:
    assert [q.speaker for q in german_quotes(*paragraphs)] == ["Feuerwehr Cuxhaven"]


def test_a_pronoun_is_no_body_of_another_gender_nor_a_body_beside_a_person() -> None:
    # ("er" is no "die Feuerwehr")
    found = german_quotes("Die Feuerwehr Cuxhaven rückte zu elf Einsätzen aus. „Bitte meidet heute die Parks“, "
                          "schrieb er auf Instagram.")
    assert [q.speaker for q in found] != ["Feuerwehr Cuxhaven"]
    # (a person named before is whom it stands for)
    found = german_quotes(
        "Einsatzleiterin Anna Berger war die ganze Nacht im Dienst.",
        "Die Feuerwehr Cuxhaven rückte zu elf Einsätzen aus. „Bitte meidet heute die Parks“, sagte sie.",
    )
    assert [q.speaker for q in found] == ["Anna Berger"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a body the quote's own paragraph opens a sentence with, writing: nearer than the person
        # the paragraph before names
        ("Auch die Polizeiinspektion Halle hat das Thema aufgegriffen. Auf ihrem Instagram-Kanal schrieb sie: "
         "„Finger weg von Shops, die nur Vorkasse akzeptieren!“", "Polizeiinspektion Halle"),
        ("Die Polizeiinspektion Halle hat das Thema aufgegriffen. „Finger weg von Shops, die nur Vorkasse "
         "akzeptieren!“, warnte sie auf Instagram.", "Polizeiinspektion Halle"),
        # (saying is a person's: "sagte sie" is the woman named before)
        ("Die Polizeiinspektion Halle hat das Thema aufgegriffen. „Finger weg von Shops, die nur Vorkasse "
         "akzeptieren!“, sagte sie.", "Anja Hilpert"),
        # (nor a body of the other gender: "er")
        ("Der Verbraucherschutz hat das Thema aufgegriffen. „Finger weg von Shops, die nur Vorkasse "
         "akzeptieren!“, schrieb sie auf Instagram.", "Anja Hilpert"),
    ],
)
def test_a_pronoun_is_the_body_its_own_paragraph_opens_with_before_a_person_named_earlier(
    paragraph: str, speaker: str
) -> None:
    found = german_quotes("Anja Hilpert aus Halle hat bei einem Fake-Shop 400 Euro verloren.", paragraph)
    assert [q.speaker for q in found] == [speaker]


_SPOKESWOMAN = (
    "Eine Sprecherin der Polizeiinspektion Rostock bestätigte den Vorfall. „Das Kind wurde vorsorglich ins "
    "Krankenhaus gebracht“, sagte die Sprecherin."
)


def test_a_pronoun_is_the_role_its_own_paragraph_opens_with_not_someone_unnamed_before() -> None:
    # "Die Mutter des Jungen meldete sich …": hers, not the spokeswoman's of the paragraph before
    found = german_quotes(
        _SPOKESWOMAN,
        "Die Mutter des Jungen meldete sich am Sonntagabend in einer Facebook-Gruppe zu Wort. „An das Mädchen "
        "mit dem blauen Badeanzug: Du hast unseren Sohn gerettet“, schrieb sie.",
    )
    assert [q.speaker for q in found][-1] == "die Mutter"
    # (nobody's role opening it: the one brought in unnamed before)
    found = german_quotes(
        _SPOKESWOMAN,
        "Am Abend war der Strand wieder voll. „Wir bitten alle Eltern, ihre Kinder im Blick zu behalten“, "
        "sagte sie.",
    )
    assert [q.speaker for q in found][-1] == "eine Sprecherin der Polizeiinspektion"


def test_a_role_opening_the_paragraph_is_the_one_brought_in_by_a_compound_of_its_noun() -> None:
    # "ein DWD-Meteorologe" ¶ "Der Meteorologe riet, …": the same man, as he was brought in
    # (not "Bäumen Schutz", two nouns the name spotter pairs)
    found = german_quotes(
        "Die schwül-warme Luft bleibe vorerst liegen, sagte ein DWD-Meteorologe in Offenbach. «Wo genau sich "
        "die Gewitter entladen, lässt sich leider oft erst eine Stunde vorher sagen.»",
        "Der Meteorologe riet, bei Gewitter nicht unter Bäumen Schutz zu suchen. «Das klingt banal, aber genau "
        "da passieren jedes Jahr die Unfälle», sagte er.",
    )
    assert [q.speaker for q in found] == ["ein DWD-Meteorologe", "ein DWD-Meteorologe"]


def test_a_role_noun_is_someone_brought_in_unnamed_by_a_compound_of_it() -> None:
    # "Ein Obstbauberater …" ¶ "…, sagt der Berater.": the adviser brought in unnamed, not the
    # farmer named before him
    found = german_quotes(
        "Landwirt Peter Klein zeigt seine alten Bäume. Ein Obstbauberater des Kantons sieht die Lage anders.",
        "«Die Kirschbäume gehören zum Baselbiet wie das Läckerli zu Basel», sagt der Berater.",
    )
    assert [q.speaker.casefold() for q in found] == ["ein obstbauberater"]
    # (a compound of another noun is nobody the role stands for)
    found = german_quotes(
        "Landwirt Peter Klein zeigt seine alten Bäume. Ein Obstbauverband des Kantons sieht die Lage anders.",
        "«Die Kirschbäume gehören zum Baselbiet wie das Läckerli zu Basel», sagt der Berater.",
    )
    assert [q.speaker for q in found] != ["Ein Obstbauverband"]


@pytest.mark.parametrize(
    ("opening", "document", "speaker"),
    [
        # a judgment is the court's words, an indictment the prosecution's: the one named before
        ("Der Bundesgerichtshof hat das Urteil gegen die Pflegerin bestätigt.", "Urteilsbegründung",
         "Bundesgerichtshof"),
        ("Den Schaden beziffert die Staatsanwaltschaft Essen auf 4,3 Millionen Euro.", "Anklageschrift",
         "Staatsanwaltschaft Essen"),
        # (the prosecution's indictment is not the court's, the court's judgment not the prosecution's)
        ("Der Prozess vor dem Landgericht Essen beginnt am Montag.", "Anklageschrift", None),
        ("Den Schaden beziffert die Staatsanwaltschaft Essen auf 4,3 Millionen Euro.", "Urteilsbegründung", None),
    ],
)
def test_what_a_court_or_a_prosecution_issues_is_its_words(opening: str, document: str, speaker: str | None) -> None:
    found = german_quotes(
        opening,
        f"Es liege ein „gewerbsmäßiges und bewusstes Zusammenwirken“ vor, heißt es in der {document}.",
    )
    assert len(found) == 1
    if speaker is None:
        assert found[0].speaker not in ("Landgericht Essen", "Staatsanwaltschaft Essen")
    else:
        assert found[0].speaker == speaker


_DEFENCE = (
    "Der Verteidiger des 41-Jährigen, Rechtsanwalt Kai-Uwe Benthin, kündigte Revision an. „Man hat hier die "
    "Falschen verurteilt“, sagte Benthin."
)


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        # a lawyer in court is neither the judge nor the prosecutor
        ("der Richter", "der Richter"),
        ("der Staatsanwalt", "der Staatsanwalt"),
        # … but the lawyer the text named
        ("der Anwalt", "Kai-Uwe Benthin"),
    ],
)
def test_a_lawyer_in_court_is_no_other_part_in_the_trial(role: str, speaker: str) -> None:
    found = german_quotes(_DEFENCE, f"„Wer so tief in die Abläufe eingebunden ist, ist kein Mitläufer“, sagte {role}.")
    assert [q.speaker for q in found] == ["Kai-Uwe Benthin", speaker]


@pytest.mark.parametrize("organ", ["der Geschäftsleitung", "der Geschäftsführung"])
def test_a_firms_management_in_the_genitive_speaks_for_the_firm(organ: str) -> None:
    found = german_quotes(
        "Der Logistikdienstleister Moselfracht will in Bettemburg rund 140 Stellen abbauen. Betroffen sind vor "
        "allem Lagerarbeiter.",
        f"„Wir bedauern diesen Schritt sehr, sehen aber keine Alternative“, hieß es in einer Erklärung {organ}.",
    )
    assert [q.speaker.split()[-1] for q in found] == ["Moselfracht"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the body a sentence names reporting at its end, or as its subject after its verb
        ("Der Rettungsdienst sei am Montag zu 15 Prozent mehr Einsätzen ausgerückt, teilte die Hamburger "
         "Feuerwehr mit. Sie appellierte, „gerade in diesen Tagen auf ältere Nachbarn zu achten“.",
         "Hamburger Feuerwehr"),
        ("Als Grund nennt die Hamburger Feuerwehr vor allem fehlendes Personal. „Seit Monaten fehlen uns "
         "Leute in jeder Schicht“, teilte sie mit.", "Hamburger Feuerwehr"),
        # (not one a preposition governs: letters to it are not its words)
        ("Briefe an die Hamburger Feuerwehr blieben unbeantwortet. „Seit Monaten fehlen uns Leute in jeder "
         "Schicht“, schrieb sie.", "Elfriede Kahl"),
    ],
)
def test_a_pronoun_is_the_body_reporting_or_after_the_verb_before_it(paragraph: str, speaker: str) -> None:
    found = german_quotes("Elfriede Kahl ist 84 und lebt allein in Barmbek.", paragraph)
    assert [q.speaker for q in found] == [speaker]


def test_a_pronoun_for_a_body_by_its_noun_alone_is_the_body_named_before() -> None:
    found = german_quotes(
        "Die Geburtsstation schließt, hat die Gesundheitsverbund Oberwald gGmbH dem Kreistag mitgeteilt.",
        "Als Grund nennt der Verbund vor allem fehlendes Personal. „Seit Monaten können wir die Besetzung nur "
        "noch mit Honorarkräften sicherstellen“, teilte er mit.",
    )
    assert [q.speaker for q in found] == ["Gesundheitsverbund Oberwald gGmbH"]


@pytest.mark.parametrize(
    ("quoted", "speaker"),
    [
        # a surname in the name of a thing the family owns is nobody talked about
        ("Würstelstand Jovanović, das ist eine Marke", "Nikola Jovanović"),
        ("Die Leute wissen, dass sie beim Jovanović fünf Minuten mehr Zeit haben", "Nikola Jovanović"),
        # (the surname alone is someone talked about: not his own words)
        ("Jovanović hat das immer so gemacht", "er"),
    ],
)
def test_a_surname_in_a_things_name_in_the_quote_leaves_its_bearer_the_speaker(quoted: str, speaker: str) -> None:
    found = german_quotes(
        "Ob er den Stand so lange führen will wie sein Vater, weiß Nikola Jovanović noch nicht. "
        f"„{quoted}“, sagt er."
    )
    assert [q.speaker for q in found] == [speaker]


def test_a_pronoun_after_reported_speech_attributed_to_a_role_is_that_role() -> None:
    # "…, erklärte die Richterin. „…“, sagte sie": the judge, named by her role only
    found = german_quotes(
        "Der Senat folgte teilweise der Anklage. Der unbedingte Teil könne mit Fußfessel verbüßt werden, erklärte "
        "die Richterin. „Sie haben Glück, dass Sie Ihre Therapie so ernst nehmen“, sagte sie zum Angeklagten."
    )
    assert [q.speaker for q in found] == ["die Richterin"]
    # (a role of the other gender is not whom "er" stands for)
    found = german_quotes(
        "Der Senat folgte teilweise der Anklage. Der unbedingte Teil könne mit Fußfessel verbüßt werden, erklärte "
        "die Richterin. „Ich nehme das Urteil an“, sagte er danach."
    )
    assert [q.speaker for q in found] != ["die Richterin"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a phrase of medium or place opens the sentence: the subject follows the verb
        ("Auf Facebook schrieb die Gruppe, die nach eigenen Angaben 40.000 Mitglieder zählt: „Wir zahlen hier "
         "Steuern, wir wollen endlich gehört werden.“", "die Gruppe"),
        ("Im Programmheft schreibt Intendant Carsten Mohrmann, man habe das Stück bewusst an einen Ort verlegt, "
         "»an dem der Hafen und seine Versprechen längst Geschichte sind«.", "Carsten Mohrmann"),
        ("Beim Landesverband der Imker sagte die Vorsitzende Ute Kramer: „Die Völker sind so schwach wie seit "
         "Jahren nicht mehr.“", "Ute Kramer"),
        # (the subject opening the sentence still speaks; "laut" names whose words they are)
        ("Ute Kramer schrieb auf Facebook: „Die Völker sind so schwach wie seit Jahren nicht mehr.“", "Ute Kramer"),
        ("Laut Ute Kramer sind die Völker „so schwach wie seit Jahren nicht mehr“.", "Ute Kramer"),
    ],
)
def test_a_prepositional_phrase_opening_the_sentence_is_no_speaker(paragraph: str, speaker: str) -> None:
    found = german_quotes(paragraph)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Betriebsratschef Franz Hochreiter verlangt eine Arbeitsstiftung. Eine solche Stiftung sei "
         "»selbstverständlich Teil der Gespräche«, hieß es dazu aus der Konzernzentrale von Hartl Antriebstechnik.",
         "Hartl Antriebstechnik"),
        ("Betriebsratschef Franz Hochreiter verlangt eine Arbeitsstiftung. „Eine Stiftung ist selbstverständlich "
         "Teil der Gespräche“, heißt es in einer Mitteilung von Greenpeace.", "Greenpeace"),
    ],
)
def test_heisst_es_names_whose_source_after_von(paragraph: str, speaker: str) -> None:
    # the one named after "von" speaks, not the person the sentence before names
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Der Intendant Florian Haidinger verteidigt das Stück. „Künstlerische Entscheidungen trifft das Haus, "
         "nicht die Politik“, hieß es am Samstag aus dem Büro der Kulturstadträtin.", "Büro der Kulturstadträtin"),
        ("Das Land will die Kontrollen verstärken. „Stichproben allein reichen nicht mehr aus“, hieß es auf "
         "Anfrage aus dem Büro der zuständigen Landesrätin.", "Büro der zuständigen Landesrätin"),
        ("Der Bürgermeister Karl Weber schweigt. „Das ist eine Bühne, die man nicht kaufen könnte“, hieß es aus "
         "dem Büro des Bürgermeisters.", "Büro des Bürgermeisters"),
        # (a ministry is a body itself, no office of someone's)
        ("Das Land hält sich zurück. „Wir prüfen den Antrag in aller Ruhe und entscheiden dann“, hieß es aus "
         "dem Innenministerium.", "dem Innenministerium"),
    ],
)
def test_heisst_es_aus_dem_buero_is_the_offices_words(paragraph: str, speaker: str) -> None:
    # the office speaks, not the holder named before nor the holder's noun alone
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Die Entschärfung hatte sich verzögert. „Wir mussten in einigen Fällen mehrfach klingeln und am Ende die "
         "Polizei dazuholen“, sagte dem NDR ein Sprecher der Feuerwehr Osnabrück.",
         "ein Sprecher der Feuerwehr Osnabrück"),
        ("Die Entschärfung hatte sich verzögert. „Wir mussten in einigen Fällen mehrfach klingeln und am Ende die "
         "Polizei dazuholen“, sagte der Deutschen Presse-Agentur eine Sprecherin der Stadt.",
         "eine Sprecherin der Stadt"),
        # (the speaker's own article and a genitive after it stay the speaker's)
        ("Die Entschärfung hatte sich verzögert. „Wir mussten in einigen Fällen mehrfach klingeln und am Ende die "
         "Polizei dazuholen“, sagte der Sprecher der Stadt.", "der Sprecher der Stadt"),
    ],
)
def test_whom_it_was_said_to_before_the_speaker_is_no_speaker(paragraph: str, speaker: str) -> None:
    # "dem NDR", "der Deutschen Presse-Agentur": a dative after the verb, the one spoken to
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "opening", ["Deren sozialpolitische Sprecherin", "Ihre sozialpolitische Sprecherin", "Seine Sprecherin"]
)
def test_whose_role_opening_a_sentence_of_reported_speech_is_the_named_one(opening: str) -> None:
    # the possessive that opens the sentence capitalised, as inside it: the name after the role speaks
    found = german_quotes(
        f"Auch die CSU-Landesgruppe stellte sich hinter den Entwurf. {opening} Theresa Gschwendtner sagte, "
        "das Bürgergeld habe „das Vertrauen der arbeitenden Mitte verspielt“. Nun gehe es darum."
    )
    assert [q.speaker for q in found] == ["Theresa Gschwendtner"]


def test_heisst_es_von_a_day_names_nobody() -> None:
    found = german_quotes(
        "Der Stadtrat hat über den Hafen beraten. „Eine Stiftung ist selbstverständlich Teil der Gespräche“, "
        "hieß es in der Stellungnahme vom Montag."
    )
    assert all(q.speaker != "Montag" for q in found)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Bezirksleiter Ralf Düsterhoff kündigte Widerstand an: Die Gewerkschaft werde »um jeden einzelnen "
         "Arbeitsplatz kämpfen«.", "Ralf Düsterhoff"),
        ("Mats Rehbein gab sich schon selbstbewusst: Man fahre »nicht als Punktelieferant dorthin«.", "Mats Rehbein"),
        ("Verteidiger Markus Dietel plädierte auf eine Verwarnung: Sein Mandant sei nicht vorbestraft und habe "
         "„über Jahre hinweg unter diesem Nachbarschaftsverhältnis gelitten“.", "Markus Dietel"),
    ],
)
def test_reported_speech_after_a_colon_is_the_subjects_before_it(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_a_thing_before_the_colon_says_nothing() -> None:
    found = german_quotes(
        "Das Ergebnis ist klar: Die Stadt werde »alle Bäder bis zum Sommer schließen müssen«."
    )
    assert all(q.speaker != "das Ergebnis" for q in found)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Anna Berger zeigte sich «enttäuscht über die Höhe der Strafe für den Club».", "Anna Berger"),
        ("Danach zeigte sich Anna Berger «enttäuscht über die Höhe der Strafe für den Club».", "Anna Berger"),
        ("Anna Berger begrüßte die „klare und planbare Regelung für alle Betriebe“.", "Anna Berger"),
    ],
)
def test_who_welcomes_or_shows_themselves_so_speaks(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_zeigte_sich_without_a_quote_after_it_attributes_nothing() -> None:
    found = german_quotes(
        "Die Stadt zeigte sich am Abend im Rathaus vor vielen Gästen. «Wir sind sehr froh über diesen Tag», "
        "sagte die Bürgermeisterin."
    )
    assert [q.speaker for q in found] == ["die Bürgermeisterin"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Die Deutsche Bahn reagierte am Abend. „Wir prüfen die Vorwürfe derzeit sehr sorgfältig“, hieß es auf "
         "Nachfrage.", "Deutsche Bahn"),
        ("„Wir prüfen die Vorwürfe derzeit sehr sorgfältig“, heißt es auf der Internetseite der Stadtwerke München.",
         "der Stadtwerke München"),
    ],
)
def test_heisst_es_auf_a_site_or_when_asked(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_auf_anfrage_is_nobody() -> None:
    found = german_quotes("„Wir prüfen die Vorwürfe derzeit sehr sorgfältig“, hieß es auf Anfrage.")
    assert all(q.speaker != "Anfrage" for q in found)


def test_an_adverb_opening_the_sentence_is_no_speaker() -> None:
    found = german_quotes(
        "Trainer Harald Zöttl lobte die Moral seiner Mannschaft. „In der ersten Halbzeit waren wir zu brav“, "
        "sagte Zöttl. Besonders hob er den eingewechselten Riegel hervor: „Er hat das Spiel mit seiner Ruhe "
        "komplett gedreht.“"
    )
    assert "Besonders" not in [q.speaker for q in found]
    assert [q.speaker for q in found][-1] == "Harald Zöttl"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Erwin Sauerbrey leitete die Kapelle fünfzig Jahre lang. „Ohne Nachwuchs ist eine Blaskapelle in zwanzig "
         "Jahren ein Museum“, pflegte er zu sagen.", "Erwin Sauerbrey"),
        ("„Ohne Nachwuchs ist eine Blaskapelle in zwanzig Jahren ein Museum“, pflegte Erwin Sauerbrey zu sagen.",
         "Erwin Sauerbrey"),
        ("Die Prüferinnen Anna Berger und Eva Roth haben die Vergabe untersucht. „Die Vergabe war in mehreren "
         "Punkten fehlerhaft“, halten Berger und Roth fest.", "Berger und Roth"),
    ],
)
def test_what_someone_used_to_say_or_records_is_theirs(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_an_innkeeper_named_after_his_office_speaks_through_the_pronoun() -> None:
    # "der Hotelier Frerk Janssen": a trade before a name no list knows, the name after it
    assert [n for _, n in _names_with_positions("Dort rechnet der Hotelier Frerk Janssen mit Verzögerungen.")] == [
        "Frerk Janssen"
    ]
    assert speakers(
        "Die Fähre fiel am Montag aus. Viele Betriebe warten auf Material.",
        "Der Vorsitzende des örtlichen Gewerbevereins, der Hotelier Frerk Janssen, rechnet mit Verzögerungen bis in "
        "die Osterferien. »Für März haben wir die ersten Buchungen, und in zwei Häusern sind die Bäder noch ohne "
        "Fliesen«, sagt er.",
    ) == [("Für März haben wir die ersten Buchungen, und in zwei Häusern sind die Bäder noch ohne Fliesen",
           "Frerk Janssen")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # whom it was said to, in the dative, opening the sentence: the pronoun after the verb speaks
        (("Bundestrainer Bernd Kreuzer war nach dem Rennen zufrieden. Die Läuferin gewann am Sonntag.",
          "Dem Deutschlandfunk sagte er: „Das ist ein Signal an das ganze Team, dass wir vorne mitlaufen.“"),
         "Bernd Kreuzer"),
        (("Ministerin Anna Nowak reiste am Montag nach Polen. Die Gespräche dauerten lange.",
          "Einer Warschauer Zeitung sagte sie: „Das ist ein Signal an das ganze Team, dass wir vorne mitlaufen.“"),
         "Anna Nowak"),
        # … but "Einer der Anwohner" is one of them, the subject
        (("Bundestrainer Bernd Kreuzer war nach dem Rennen zufrieden. Die Läuferin gewann am Sonntag.",
          "Einer der Anwohner sagte: „Das ist ein Signal an das ganze Team, dass wir vorne mitlaufen.“"),
         "Einer der Anwohner"),
    ],
)
def test_the_dative_of_whom_it_was_said_to_is_no_speaker(paragraphs: tuple[str, str], speaker: str) -> None:
    assert [s for _, s in speakers(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    "ministry",
    ["Bundesministerium für Ernährung und Landwirtschaft", "Ministerium für Umwelt, Klima und Energiewirtschaft"],
)
def test_a_ministry_named_by_its_fields_speaks_in_full(ministry: str) -> None:
    # "das Ministerium" resolves to the body named before, all of its fields kept
    assert [s for _, s in speakers(
        f"Das {ministry} fördert das Vorhaben. Das Ministerium erklärte dazu, verlässliche Daten seien "
        "„eine Grundvoraussetzung für eine klimaangepasste Landwirtschaft“."
    )] == [ministry]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "description"),
    [
        # Austrian titles before a name are its bearer's description, not part of the name
        ("Primar Wolfgang Strasser, Leiter der Unfallchirurgie, schildert den Alltag: „An warmen Wochenenden "
         "sehen wir fünf, sechs schwere Unfälle pro Nacht.“", "Wolfgang Strasser", "Primar"),
        ("„An warmen Wochenenden sehen wir fünf, sechs schwere Unfälle pro Nacht“, sagte Mag. Anna Berger "
         "vom Kuratorium.", "Anna Berger", "Mag."),
    ],
)
def test_an_austrian_title_before_a_name(paragraph: str, speaker: str, description: str) -> None:
    quote = german_quotes(paragraph)[0]
    assert (quote.speaker, quote.speaker_description) == (speaker, description)


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("der Niederrheinische Klinikverbund", "der Verbund"), ("das Klinikum Nordstadt", "das Klinikum"),
        ("die Stadtwerke Gütersloh", "das Unternehmen"),
    ],
)
def test_a_body_by_its_names_ending_speaks_through_its_noun(body: str, noun: str) -> None:
    # "Verbund", "Klinikum", "Stadtwerke" end the names of bodies: "teilte der Verbund mit" is the body named before
    found = speakers(
        f"Die Geburtshilfe in Goch schließt zum 30. Juni. Das hat {body} am Mittwoch entschieden.",
        f"„Wir konnten in den vergangenen zwei Jahren weder Gynäkologen noch Hebammen gewinnen“, teilte {noun} mit.",
    )
    assert [s for _, s in found] == [" ".join(in_nominative(body.split()[1:], body.split()[0]))]


@pytest.mark.parametrize(
    ("article", "name", "nominative"),
    [
        # the adjectives opening a body's name take the ending its article carried
        ("der", "Deutsche Mieterbund", "Deutscher Mieterbund"),
        ("Der", "Schweizerische Baumeisterverband", "Schweizerischer Baumeisterverband"),
        ("das", "Deutsche Rote Kreuz", "Deutsches Rotes Kreuz"),
        ("der", "Allgemeine Deutsche Fahrrad-Club", "Allgemeiner Deutscher Fahrrad-Club"),
        # a feminine name keeps its ending, a noun in an adjective's ending is no adjective
        ("die", "Deutsche Bahn", "Deutsche Bahn"),
        ("der", "Verbraucherzentrale Bundesverband", "Verbraucherzentrale Bundesverband"),
        ("der", "Bund Naturschutz", "Bund Naturschutz"),
        # another case than the nominative: as written
        ("dem", "Deutschen Mieterbund", "Deutschen Mieterbund"),
    ],
)
def test_a_bodys_name_in_the_nominative(article: str, name: str, nominative: str) -> None:
    assert " ".join(in_nominative(name.split(), article)) == nominative


@pytest.mark.parametrize(
    ("owner", "named"),
    [
        ("des Deutschen Wetterdienstes", "Deutscher Wetterdienst"),  # masculine
        ("des Deutschen Roten Kreuzes", "Deutsches Rotes Kreuz"),  # neuter, by its noun
        ("des Bayerischen Landesamtes für Umwelt", "Bayerisches Landesamt für Umwelt"),
        ("des Landratsamts Ostallgäu", "Landratsamt Ostallgäu"),
        ("der Deutschen Bahn", "der Deutschen Bahn"),  # (a feminine genitive: as written)
    ],
)
def test_a_body_named_in_the_genitive_in_the_nominative(owner: str, named: str) -> None:
    assert named_in_nominative(owner) == named


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Der Deutsche Tierschutzbund bezeichnete das Urteil als zu milde. „Wer Tiere derart leiden lässt, darf "
         "nie wieder welche halten“, teilte der Verband mit.", "Deutscher Tierschutzbund"),
        ("„Das ist ein schwarzer Tag für alle Beschäftigten im Land“, erklärte der Deutsche Gewerkschaftsbund.",
         "Deutscher Gewerkschaftsbund"),
        ("„Das ist ein schwarzer Tag für alle Pendler im Land“, teilte die Deutsche Bahn mit.", "Deutsche Bahn"),
        ("„Das ist ein schwarzer Tag für alle Pendler im Land“, heißt es in einer Mitteilung des Deutschen "
         "Roten Kreuzes.", "Deutsches Rotes Kreuz"),
        # (a person's noun or first name after the adjective: no body)
        ("„Das ist ein schwarzer Tag für alle Sportler im Land“, sagte die Deutsche Meisterin Anna Berger.",
         "Anna Berger"),
    ],
)
def test_a_german_body_opening_with_an_adjective_speaks_in_full(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


def test_a_federation_speaks_as_der_verband_and_the_attributions_noun_is_no_body() -> None:
    # "Verband" stands for a federation named before whose name does not hold it ("Bund
    # Naturschutz"), never for the noun "Verband" of the attribution itself
    found = speakers(
        "Der Bund Naturschutz kündigte noch während der Sitzung rechtliche Schritte an. „Dieses Gesetz wird vor "
        "Gericht keinen Bestand haben“, schrieb der Verband auf X."
    )
    assert [s for _, s in found] == ["Bund Naturschutz"]


@pytest.mark.parametrize(
    ("before", "attribution", "speaker"),
    [
        # someone the article never names, described opening a sentence before: "der Mann", "die
        # Frau" stand for them
        ("Ein Geschäftsreisender aus Hamburg nahm es mit Galgenhumor.", "sagte der Mann",
         "ein Geschäftsreisender aus Hamburg"),
        ("Der Geschädigte, ein 52-jähriger Lagerist, schilderte die Szene anders.", "sagte der Mann",
         "der Geschädigte"),
        ("Die Tochter der 87-Jährigen, die als Zeugin aussagte, schilderte den Abend.", "sagte die Frau",
         "die Tochter der 87-Jährigen"),
        # (another gender, a thing opening the sentence: nobody to stand for)
        ("Ein Geschäftsreisender aus Hamburg nahm es mit Galgenhumor.", "sagte die Frau", "die Frau"),
        ("Der Vorfall ereignete sich am Samstagvormittag in der Einfahrt.", "sagte der Mann", "der Mann"),
    ],
)
def test_der_mann_is_the_unnamed_one_described_before(before: str, attribution: str, speaker: str) -> None:
    found = speakers(f"{before} „Ich hab mir jetzt ein Bier und eine Brezn geholt und warte“, {attribution}.")
    assert [s for _, s in found] == [speaker]


@pytest.mark.parametrize(
    ("spokesperson", "later", "speaker"),
    [
        # a body's unnamed spokesperson quoted before, named later by a compound of the body's kind
        ("ein Sprecher des Polizeipräsidiums Ravensburg", "lobte der Polizeisprecher",
         "ein Sprecher des Polizeipräsidiums Ravensburg"),
        ("ein Sprecher der Feuerwehr", "sagte der Feuerwehrsprecher", "ein Sprecher der Feuerwehr"),
        # (another body's spokesperson: not theirs)
        ("ein Sprecher der Stadt", "lobte der Polizeisprecher", "der Polizeisprecher"),
    ],
)
def test_a_compound_spokesperson_is_the_bodys_spokesperson_quoted_before(
    spokesperson: str, later: str, speaker: str
) -> None:
    found = speakers(
        f"„Der Fahrer hat kurz angehalten und ist dann einfach weitergefahren“, sagte {spokesperson} am Mittwoch.",
        "Mehrere Passanten kümmerten sich bis zum Eintreffen des Rettungsdienstes um die Verletzte.",
        f"„Die haben alles richtig gemacht und schnell geholfen“, {later}.",
    )
    assert [s for _, s in found][-1] == speaker


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # a relative's noun before the name, "seine Witwe", "ihr Lebensgefährte": no part of the name
        ("erzählt seine Witwe Maria Unterkircher", "Maria Unterkircher"),
        ("sagt ihr Lebensgefährte Jonas Berger", "Jonas Berger"),
        ("sagt ihre Schwägerin Petra Lindner", "Petra Lindner"),
    ],
)
def test_a_relatives_noun_before_a_name_is_the_description(attribution: str, speaker: str) -> None:
    found = german_quotes(
        "Der Orgelbauer ist tot.", f"„Er hat mit den Instrumenten geredet wie mit Menschen“, {attribution}."
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, attribution.split()[2])]


def test_someone_brought_in_by_age_as_an_object_is_not_who_the_defendant_is() -> None:
    # "verurteilte einen 38-jährigen Mann": an object's description, in the accusative, is not
    # whom "der Beschuldigte" stands for (the report's noun for him stays), a subject's is
    said = "«Es tut mir leid für die Tiere und für die Familien», sagte der Beschuldigte."
    found = german_quotes(
        "Das Bezirksgericht Kreuzlingen hat einen 38-jährigen Mann wegen Tierquälerei verurteilt.", said
    )
    assert [q.speaker for q in found] == ["der Beschuldigte"]
    found = german_quotes("Ein 38-jähriger Mann stand wegen Tierquälerei vor dem Bezirksgericht Kreuzlingen.", said)
    assert [q.speaker for q in found] == ["ein 38-jähriger Mann"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the perfect: the subject, the auxiliary, the participle of speech ending before the colon
        ("Mein Vater, Jan Rickmers, hat immer gesagt: „Wer den Boden pflegt, den pflegt der Boden.“",
         "Jan Rickmers"),
        ("Ihr Bruder, Tom Weiss, hat gestern erklärt: „Das ist ein großer Tag für uns alle hier.“", "Tom Weiss"),
        ("Anna Roth hatte am Morgen betont: „Das ist ein großer Tag für uns alle hier.“", "Anna Roth"),
    ],
)
def test_a_subject_in_the_perfect_before_a_colon_is_the_speaker(paragraph: str, speaker: str) -> None:
    assert [found for found, _ in _german_quotes(paragraph)] == [speaker]


def test_what_opens_a_sentence_in_the_perfect_is_no_speaker_when_a_pronoun_follows_the_auxiliary() -> None:
    # the object opens the sentence; the pronoun after the auxiliary is the subject
    found = _german_quotes(
        "Der Kabarettist Walter Kronauer stand fünfzig Jahre auf der Bühne.",
        "Seinen Antrieb hat er einmal so beschrieben: »Ich bin nicht lustig, weil das Leben lustig ist.«",
    )
    assert [speaker for speaker, _ in found] == ["Walter Kronauer"]


def test_reported_speech_after_a_quote_leads_into_the_next_quote() -> None:
    # after a first quote, a sentence of reported speech attributed at its end: the next quote is
    # the reported speaker's
    found = _german_quotes(
        "Der Branchenverband Dehoga sprach von einem „guten Tag für die Gastronomie in Deutschland“. Viele Wirte "
        "zahlten Provisionen von bis zu 30 Prozent je Bestellung, sagte Verbandssprecherin Petra Hollmann. „Wer "
        "seine Gerichte direkt günstiger anbieten darf, kann einen Teil seiner Marge zurückgewinnen.“"
    )
    assert [speaker for speaker, _ in found] == ["Branchenverband Dehoga", "Petra Hollmann"]


def test_the_first_quotes_own_attribution_going_on_leads_into_no_other_speaker() -> None:
    found = _german_quotes(
        "Beat Zbinden trainiert schon jetzt für das Unspunnenfest. «Zuerst muss ich noch ein paar Einträge "
        "machen», sagt er, hebt den Stein zurück auf den Reifen und wischt ihn mit dem Ärmel ab. «Zufrieden, aber "
        "nicht ganz. Das kann ich auch.»"
    )
    assert "den Stein" not in [speaker for speaker, _ in found]


def test_a_pronoun_may_stand_for_the_one_whose_account_laut_gives() -> None:
    # "laut Pinter": whose account the sentence gives, then "sagte er" is his, not the man named before
    found = _german_quotes(
        "Veranstalter Georg Pinter zog eine positive Bilanz. Bürgermeister Rudolf Kainz war zufrieden. «Das ist ein "
        "guter Tag», sagte er.",
        "Der Vorverkauf startet laut Pinter bereits im Oktober. „Ein paar Überraschungen haben wir schon fix, aber "
        "verraten wird noch nichts“, sagte er.",
    )
    assert [speaker for speaker, _ in found] == ["Rudolf Kainz", "Georg Pinter"]
    # (another preposition still governs its name: "mit Pinter" is no one the pronoun stands for)
    found = _german_quotes(
        "Veranstalter Georg Pinter zog eine positive Bilanz. Bürgermeister Rudolf Kainz war zufrieden. «Das ist ein "
        "guter Tag», sagte er.",
        "Der Vorverkauf wurde mit Pinter abgestimmt. „Ein paar Überraschungen haben wir schon fix“, sagte er.",
    )
    assert [speaker for speaker, _ in found][1] != "Georg Pinter"


#: A paragraph quoting a lawyer, before one that brings in someone unnamed and quotes them by age.
_LAWYER_QUOTED = (
    "Der Verteidiger Henning Claußen verwies auf die Spielschulden seines Mandanten. „Er hat sich in eine Lage "
    "gebracht, aus der er keinen Ausweg mehr gesehen hat“, sagte Claußen."
)
_BY_AGE = "„Wir standen mit zwei Kindern im Regen vor einer Adresse, die es nicht gibt“, sagte die 41-Jährige."


def test_a_relative_clauses_pronoun_opens_no_description_of_the_speaker() -> None:
    # ", die als Zeugin ausgesagt hatte": the clause's "die" is no article of someone described
    found = _german_quotes(
        _LAWYER_QUOTED,
        f"Eine Reisende aus Köln, die als Zeugin ausgesagt hatte, verfolgte auch die Urteilsverkündung. {_BY_AGE}",
    )
    assert [speaker for speaker, _ in found][1] != "die als Zeugin"


def test_someone_unnamed_by_what_befell_them_is_whom_an_age_stands_for() -> None:
    # "Eine Geschädigte aus …": an adjective as the noun of one woman, then "sagte die 41-Jährige"
    found = _german_quotes(
        _LAWYER_QUOTED, f"Eine Geschädigte aus Nordrhein-Westfalen verfolgte auch die Urteilsverkündung. {_BY_AGE}"
    )
    assert [speaker for speaker, _ in found][1] == "eine Geschädigte aus Nordrhein-Westfalen"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        ("»Wir haben diesen Schritt nicht leichtfertig gesetzt«, sagte vida-Chefverhandler Gerhard Tauchner "
         "am Montag in Wien.", "Gerhard Tauchner", "vida-Chefverhandler"),
        ("„Die Redaktion wird den Umzug nach Kreuzberg gut überstehen“, sagte taz-Redakteurin Anna Berger.",
         "Anna Berger", "taz-Redakteurin"),
    ],
)
def test_a_role_compounded_with_a_name_in_lower_case(paragraph: str, speaker: str, role: str) -> None:
    quote = german_quotes(paragraph)[0]
    assert (quote.speaker, quote.speaker_description) == (speaker, role)


@pytest.mark.parametrize("opening", ["Häusler verwies", "Am Montag verwies Häusler"])
def test_a_pronoun_after_a_paragraph_naming_a_surname_alone(opening: str) -> None:
    # the paragraph before names its subject by surname alone, before or after its verb, and a woman in
    # full after it: "sagte er" is the man it named, not a man quoted further back
    found = german_quotes(
        "Sportdirektor Henning Brandt sprach von einem Transfer, „wie wir ihn in den vergangenen Jahren nie "
        "hinbekommen haben“. Man habe Sønderby schon lange beobachtet, sagte der 49-Jährige.",
        "„Im Winter haben wir gemerkt, dass sich ein Fenster öffnet. Dann ging es ziemlich schnell“, so Brandt.",
        "Auch Cheftrainer Jens Häusler freut sich auf den Neuzugang. „Mikkel bringt genau das mit, was uns in "
        "dieser Saison manchmal gefehlt hat“, sagte der Trainer.",
        f"{opening} auf die knappen Niederlagen gegen Kiel, in denen seine Mannschaft jeweils eine Führung "
        "verspielt hatte. Geschäftsführerin Kathrin Lüders saß bei der Vorstellung neben ihm.",
        "„In engen Spielen sind wir zu oft nervös geworden, das muss sich ändern“, sagte er.",
    )
    assert [q.speaker for q in found][-1] == "Jens Häusler"


@pytest.mark.parametrize("when", ["vom Sonntagmorgen", "vom Montag", "vom Freitagabend"])
def test_when_a_statement_came_is_no_part_of_whose_it_is(when: str) -> None:
    # "in der Mitteilung der Kantonspolizei vom Sonntagmorgen": the police's words, not the morning's
    found = german_quotes(
        "Der Brand war kurz nach 2 Uhr gemeldet worden. «Beim Eintreffen der ersten Einsatzkräfte stand der "
        f"Ökonomieteil bereits in Vollbrand», heisst es in der Mitteilung der Kantonspolizei Thurgau {when}."
    )
    assert [q.speaker for q in found] == ["der Kantonspolizei Thurgau"]


@pytest.mark.parametrize(
    ("noun", "speaker"),
    [
        # a body whose noun ends as a person's does ("-er", "-at"): the body speaks, not the person named before
        ("die Arbeiterkammer", "die Arbeiterkammer"),
        ("der Elternbeirat", "der Elternbeirat"),
        # (a person's noun is still the person: "die Vermieterin")
        ("die Vermieterin", "Martina Strasser"),
    ],
)
def test_a_bodys_noun_in_a_persons_ending_is_no_person(noun: str, speaker: str) -> None:
    found = speakers(
        "Die Wirtschaftskammer warnt vor Eingriffen. Viele Eigentümer würden bereits jetzt Verluste schreiben, "
        "sagte Martina Strasser.",
        f"„Die Schere zwischen Einkommen und Wohnkosten geht weiter auf“, schreibt {noun} in dem Papier.",
    )
    assert [s for _, s in found] == [speaker]


@pytest.mark.parametrize("text", ["der Rückrufmeldung", "der Quartalsmitteilung", "der Mitteilung"])
def test_a_compound_of_an_issued_text_is_its_issuers(text: str) -> None:
    # "heißt es in der Rückrufmeldung": a compound of "Meldung" is read as "der Meldung" is, the
    # words of the body that issued it
    found = speakers(
        "Bei einer Eigenkontrolle seien Bakterien nachgewiesen worden, teilte die Fleischwaren Terhorst GmbH aus "
        "Ahaus am Freitag mit. „Aus Gründen des Verbraucherschutzes bitten wir unsere Kunden, die Produkte nicht "
        f"zu verzehren“, heißt es in {text}.",
    )
    assert [s for _, s in found] == ["Fleischwaren Terhorst GmbH"]


@pytest.mark.parametrize("club", ["HSG Mainfranken", "TV Großwallstadt"])
def test_a_clubs_abbreviation_makes_it_the_club(club: str) -> None:
    # "der Verein" is the club the article named by its abbreviation ("HSG", "TV"), not a body
    # named since by its noun alone ("beim Verband")
    found = speakers(
        f"Mit dem letzten Wurf des Abends hat die {club} im Derby noch einen Punkt gerettet.",
        "Auf der anderen Seite überwog der Frust. Eine offizielle Beschwerde beim Verband sei jedoch nicht geplant.",
        "„Die genaue Diagnose steht erst nach einer Untersuchung am Montag fest“, teilte der Verein am Sonntag mit.",
    )
    assert [s for _, s in found] == [club]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an object opens the sentence, "er" after the verb is its subject (nominative only)
        ("Die Stilllegungsprämie nennt er eine „Abwrackprämie für eine ganze Kultur“.", "Klaus-Dieter Rahn"),
        # ("sie" after the verb may be the object: the subject before the verb speaks)
        ("Die Ministerin nennt sie eine „Abwrackprämie für eine ganze Kultur“.", "die Ministerin"),
    ],
)
def test_er_after_the_verb_is_the_subject(sentence: str, speaker: str) -> None:
    found = speakers(f"Der Vorsitzende Klaus-Dieter Rahn kritisiert die Regierung. Es fehle ein Plan. {sentence}")
    assert [s for _, s in found][-1:] == [speaker]


def test_a_study_called_an_untersuchung_is_its_authors_text() -> None:
    # "heißt es in der Untersuchung": the study named before, whose owner issued it
    found = speakers(
        "Eine Studie der Technischen Universität Dresden hat die Folgen durchgerechnet.",
        "Demnach würde sich die Fahrzeit verlängern. »Für zeitkritische Notfälle wie Herzinfarkt ist das eine "
        "relevante Verschlechterung«, heißt es in der Untersuchung.",
    )
    assert [s for _, s in found] == ["Technischen Universität Dresden"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a body by its name posting, a colon leading into its words: the body speaks
        ("Die Polizei Berlin meldete die Festnahme am Samstagvormittag auf der Plattform X:", "Polizei Berlin"),
        ("Die Feuerwehr Ehingen würdigte ihren Kameraden am Sonntag auf ihrer Facebook-Seite:", "Feuerwehr Ehingen"),
        # (no platform named: a sentence about the body, not its post)
        ("Die Feuerwehr Ehingen würdigte ihren Kameraden am Sonntag in der Kirche:", None),
    ],
)
def test_a_body_posting_with_a_colon_speaks(lead: str, speaker: str | None) -> None:
    found = speakers(f"{lead} „Mit Hansl verlieren wir einen Kameraden, der für Generationen ein Vorbild war.“")
    assert [s for _, s in found] == ([speaker] if speaker else [])


def test_a_body_by_its_kind_alone_posting_is_left_to_other_rules() -> None:
    # ("der Club" names no club: which one is for the speakers step, not read from the post's sentence)
    found = speakers("Der Club feierte seinen Joker noch während der Pressekonferenz auf X: „Was für ein Doppelpack, "
                     "du hast das Stadion zum Beben gebracht.“")
    assert [s for _, s in found] != ["Club"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the sentence before the quote has a thing for its subject ("Die Zukunft liege …"): the
        # text is the body's that told the sentence before it
        ("Die ÖGK weist die Kritik zurück. Man habe die Tarife seit 2022 um mehr als 15 Prozent erhöht, teilte "
         "die Gesundheitskasse auf Anfrage mit. Die Zukunft liege in Primärversorgungseinheiten. „Das Modell der "
         "Einzelkämpferin am Land hat sich überlebt“, heißt es in der Stellungnahme.", "Gesundheitskasse"),
        ("Die Stadt Köln hält an ihren Plänen fest. Der Radverkehr auf der Aachener Straße habe sich mehr als "
         "verdoppelt, teilte die Verwaltung auf Anfrage mit. „Ein sicherer Radweg ist auf diesem Abschnitt nicht "
         "herstellbar“, heißt es in der Antwort.", "Stadt Köln"),
        # (a body whose name is one noun still is the issuer: "Die Caritas")
        ("Die Caritas hat die Zahlen veröffentlicht. „Die Armut im Land ist im vergangenen Jahr deutlich "
         "gestiegen“, heißt es in der Stellungnahme.", "Caritas"),
    ],
)
def test_heisst_es_is_the_bodys_not_a_things_that_a_sentence_before_opens_with(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a body by its letters after an article is the one a noun of its kind stands for later
        ("Auch der DIHK mahnte ein Gesamtkonzept an. „Stückwerk schafft keine Planungssicherheit“, erklärte der "
         "Verband in einer Stellungnahme.", "DIHK"),
        ("Die FPÖ reagierte mit Spott. „Eine neue Chefin, aber keine neuen Ideen“, teilte die Partei mit.", "FPÖ"),
        # (a letters' compound is no body: "die PV-Anlage")
        ("Die PV-Anlage auf dem Dach der Schule liefert seit März Strom. „Das war ein guter Tag für uns“, sagte die "
         "Rektorin Anna Berger.", "Anna Berger"),
    ],
)
def test_a_body_by_its_letters_is_what_a_noun_of_its_kind_stands_for(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the body the words came from, after "aus dem", "beim", "im"
        ("Aus dem Kasseler Rathaus hieß es, man werde „die Vorschläge der Kommission sorgfältig prüfen und dann "
         "entscheiden“.", "Kasseler Rathaus"),
        # asked, its initials in brackets after it
        ("Beim Bundesamt für Umwelt (Bafu) heisst es auf Anfrage von SRF, man habe keinen Antrag erhalten, werde "
         "ihn aber «rasch und sorgfältig prüfen, sobald er eingereicht ist».", "Bundesamt für Umwelt"),
        ("Aus der Landespolizeidirektion Salzburg heißt es auf SN-Anfrage, man habe im Vorjahr „drei Anzeigen "
         "wegen Körperverletzung im Zusammenhang mit dem Lauf“ aufgenommen.", "Landespolizeidirektion Salzburg"),
    ],
)
def test_heisst_es_from_a_body_is_the_bodys(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_heisst_es_in_a_text_of_no_body_names_no_body() -> None:
    # a contract is no body: its words are nobody's the sentence names
    found = german_quotes("Im Vertrag heißt es, man werde „die Vorschläge der Kommission sorgfältig prüfen und "
                          "dann entscheiden“.")
    assert all(q.speaker != "Vertrag" for q in found)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # who had it passed on, the clause after the comma holding the quote
        ("Die Partnerin des Verunglückten liess über das Spital ausrichten, sie sei «allen Helferinnen und Helfern "
         "unendlich dankbar».", "die Partnerin des Verunglückten"),
        ("Sportdirektor Amir Haddad ließ über die Vereinsmedien ausrichten, man sei „sehr enttäuscht über die "
         "Entscheidung des Verbands“.", "Amir Haddad"),
    ],
)
def test_who_had_it_passed_on_speaks(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in german_quotes(paragraph)] == [speaker]


def test_leaving_something_as_it_is_passes_nothing_on() -> None:
    found = german_quotes("Der Wirt ließ die Tür offen, weil es „einfach zu heiß war in der Stube am Mittag“.")
    assert all(q.speaker != "der Wirt" for q in found)
