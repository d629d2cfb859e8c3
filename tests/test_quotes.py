"""Direct quotes and their speakers, rule by rule: what each attribution form finds and what it must not."""

from __future__ import annotations

import pytest

from articleclean import extract
from articleclean.model import Block, Section
from articleclean.structure.quotes import _names_with_positions, find_quotes
from articleclean.structure.speakers import without_title


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None, bool]]:
    section = Section(heading=None, blocks=[Block("paragraph", p) for p in paragraphs])
    return [(q.text, q.speaker, q.speaker_resolved) for q in find_quotes([section])]


def test_attribution_before_with_description_and_verb() -> None:
    found = find_quotes([Section(None, blocks=[Block("paragraph", (
        "Dr. Lisa Chen, a space policy analyst at the Brookings Institution, warns, "
        "“While cooperation is essential, it requires careful management.”"
    ))])])
    assert len(found) == 1
    quote = found[0]
    assert (quote.speaker, quote.speaker_description, quote.verb) == (
        "Dr. Lisa Chen", "a space policy analyst at the Brookings Institution", "warns"
    )
    assert quote.text == "While cooperation is essential, it requires careful management."


def test_attribution_after_in_both_orders() -> None:
    assert quotes_of("“We will rebuild the pier before winter,” said Mayor Ann Hale.") == [
        ("We will rebuild the pier before winter", "Mayor Ann Hale", True)
    ]
    assert quotes_of("“We will rebuild the pier before winter,” Ann Hale said on Tuesday.") == [
        ("We will rebuild the pier before winter", "Ann Hale", True)
    ]


@pytest.mark.parametrize("verb", ["grinned", "smiled", "chuckles", "laughs"])
def test_a_face_the_words_are_said_with_tags_them(verb: str) -> None:
    # (sport and features tag words with the face they were said with: "“Not a hope,” he grinned")
    found = quotes_of(
        "Eoin Fahy scored the equaliser from his own half.",
        f"“Not a hope in the world,” he {verb}. “I was looking for Shane and it just kept going.”",
    )
    assert [(text.split(".")[0], speaker) for text, speaker, _ in found] == [("Not a hope in the world", "Eoin Fahy")]


def test_description_before_the_name_and_described_speakers() -> None:
    found = quotes_of("“There’s a lot of things we did well in there,” Oklahoma City coach Billy Donovan said.")
    assert found[0][1] == "Billy Donovan"
    assert quotes_of("“Don't hide things like this from the public,” one Weibo commenter said.")[0][1] == (
        "one Weibo commenter"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a description naming a body, then a clause about that body: the person named first speaks
        "Anthony Liang, a portfolio manager at Kerrigan Capital, which took a stake in the offer, said the "
        "pricing had left “something on the table for new investors”.",
        "“It left something on the table for new investors,” Anthony Liang, a portfolio manager at Kerrigan "
        "Capital, which took a stake in the offer, said.",
    ],
)
def test_a_clause_about_the_body_in_a_description_leaves_the_person_speaking(sentence: str) -> None:
    assert [s for _, s, _ in quotes_of(sentence)] == ["Anthony Liang"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name, what they are in commas, then "who said": the name speaks, not the description
        ("Among the team was 23-year-old Tamati Ruru, a graduate of the carving school in Rotorua, who said "
         "cleaning the pou was “the biggest honour of my life”.", "Tamati Ruru"),
        ("“It's a signal, not a one-off,” said Niamh Kearney, an energy analyst at Greystones Advisory, who said "
         "other projects were “in the same queue with the same problem.”", "Niamh Kearney"),
        # (or an age, where they are from, and a clause of their own before the verb)
        ("Chloe Pearson, 19, from Hull, who was standing just metres away, told the Mirror: ‘It all happened "
         "really fast, and the next moment this girl just went down.’", "Chloe Pearson"),
        # (a described speaker and "who" with no name before it stays described)
        ("A graduate of the carving school, who said the pou was “the biggest honour of my life”, joined them.",
         "a graduate of the carving school"),
    ],
)
def test_a_description_in_commas_then_who_said(sentence: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(sentence)][-1:] == [speaker]


@pytest.mark.parametrize(
    "attribution",
    ["Local 211 President Terrell Banks told Reuters by phone", "District 4 Supervisor Terrell Banks said"],
)
def test_a_bodys_number_among_the_words_before_a_name_after_the_quote(attribution: str) -> None:
    # (a union local, a district or a ward by its number: the name after it speaks)
    found = quotes_of(
        "Harlan Axle Systems said on Tuesday it would cut 600 jobs at its plant in Defiance, Ohio.",
        f"\"They sat across the table from us for three months and never said a word,\" {attribution}.",
    )
    assert [(text[:9], speaker and speaker.split()[-2:]) for text, speaker, _ in found] == [
        ("They sat ", ["Terrell", "Banks"])
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        # an office in capitals, then its holder's name in commas: the holder speaks
        ("The Chief Executive of Acme, Jane Doe, said the firm was “ready to grow again next year”.",
         "Jane Doe", "Chief Executive"),
        ("The President, Jane Doe, said the club was “in its best shape for a decade” on Monday.",
         "Jane Doe", "President"),
        # (any capitalised words no person's name: a body's office)
        ("The Mukono District Police Commander, Mr Patrick Ojok, said officers had been “there to keep "
         "peace, not to evict anyone”.", "Mr Patrick Ojok", "Mukono District Police Commander"),
        # (a surname opening with an Arabic article)
        ("An army spokesman, Khalid al-Tayeb, said the rebels were “using starvation as a weapon of war”.",
         "Khalid al-Tayeb", "an army spokesman"),
        # a body, then what it is: the body speaks
        ("Kenya Airways, the national carrier, said the delay was “caused by a technical fault on the aircraft”.",
         "Kenya Airways", "the national carrier"),
        # a name, then a description in commas: the name speaks, as before
        ("Omar Lamrani, an analyst at Stratfor, said the plan was “simply not going to work this year”.",
         "Omar Lamrani", "an analyst at Stratfor"),
        ("Jane Doe, the Director of Acme, said the firm was “ready to grow again next year”.",
         "Jane Doe", "the Director of Acme"),
    ],
)
def test_an_office_then_its_holders_name_in_commas(sentence: str, speaker: str, description: str) -> None:
    [quote] = find_quotes([Section(None, blocks=[Block("paragraph", sentence)])])
    assert (quote.speaker, quote.speaker_description) == (speaker, description)


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        # a role by whose place or body it is, then the holder's name in commas: the holder speaks
        ("“Every time it rains, our teams have to pull back and wait,” IOM’s chief of mission in Papua New "
         "Guinea, Niklas Brandt, said in a statement.", "Niklas Brandt", "IOM’s chief of mission in Papua New Guinea"),
        ("“Every time it rains, our teams have to pull back and wait,” the agency’s head of mission in Kenya, "
         "John Mwangi, said.", "John Mwangi", "the agency’s head of mission in Kenya"),
        # (a name, then a description in commas, stays the name's)
        ("“Every time it rains, our teams have to pull back and wait,” John Mwangi, head of mission in Kenya, "
         "said.", "John Mwangi", "head of mission in Kenya"),
    ],
)
def test_a_role_of_a_place_then_the_holders_name_after_the_quote(
    sentence: str, speaker: str, description: str
) -> None:
    [quote] = find_quotes([Section(None, blocks=[Block("paragraph", sentence)])])
    assert (quote.speaker, quote.speaker_description) == (speaker, description)


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # the site a post went up on is no speaker: whoever posted it is
        (("Campaigners from Save Holmebridge Baths collected signatures all week.",
          "In a post on the group’s Facebook page on Wednesday, the campaigners thanked everyone who had signed, "
          "writing: ‘6,214 of you said this pool matters. Now we need you at the consultation events.’"),
         ["the campaigners"]),
        (("The club announced the news in a post on Instagram on Tuesday, writing: “It is with heavy hearts that "
          "we tell you that the club will be closing.”",), ["the club"]),
    ],
)
def test_a_site_posted_on_is_no_speaker(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    found = quotes_of(*paragraphs)
    assert [who for _, who, _ in found] == speakers


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # people in the plural and where they are, after the quote: the group speaks
        ("residents of Lelkwet village told The Standard newspaper.", "residents of Lelkwet village"),
        ("parents at the school said on Monday.", "parents at the school"),
        # (a person named, then where they are from, stays the person)
        ("said Ruth Jeptoo of Lelkwet village.", "Ruth Jeptoo"),
    ],
)
def test_a_group_and_where_they_are_after_the_quote_speak(after: str, speaker: str) -> None:
    found = quotes_of(
        "Ruth Jeptoo chairs the women's group. “They came, they fenced, and they left,” Jeptoo said.",
        f"“The machines left two years ago. We only see the guards now,” {after}",
    )
    assert [who for _, who, _ in found] == ["Ruth Jeptoo", speaker]


def test_a_colon_lead_in_after_a_closed_attributed_quote_names_the_next_speaker() -> None:
    # the quote before is closed and attributed in its own sentence: the colon's sentence is
    # about someone else, who speaks next
    found = quotes_of(
        "The first crew were two of our longest-serving rowers, Lowenna Tregear and Kate Mumford.",
        "“She's lighter on the turn than the old boat, you feel it straight away,” said Lowenna Tregear. "
        "Kate Mumford was more cautious: “Ask me again after Worlds. Flat water in Porthloo is one thing.”",
    )
    assert [who for _, who, _ in found] == ["Lowenna Tregear", "Kate Mumford"]
    # (a quote left open before the colon is no other speaker's lead-in)
    found = quotes_of(
        "Kate Mumford spoke after the race. “She is lighter on the turn than the old boat, and Kate Mumford "
        "was more cautious: we will see,” she said.",
    )
    assert all(who != "Kate Mumford" or text.startswith("She is") for text, who, _ in found)


def test_according_to_and_partial_quotes_in_reported_speech() -> None:
    assert quotes_of("According to Ann Hale, “the repairs will take three months at least.”")[0][1] == "Ann Hale"
    found = quotes_of("Ann Hale said the delay was “a failure of planning at every level” of the council.")
    assert found == [("a failure of planning at every level", "Ann Hale", True)]
    # "according to" after the quote: a name or a described speaker, not what follows a full stop
    after = "“The repairs will take three months at least,” according to "
    assert quotes_of(after + "Ann Hale.")[0][1] == "Ann Hale"
    assert quotes_of(after + "a council spokesperson.")[0][1] == "a council spokesperson"
    found = quotes_of("“The repairs will take three months at least.” According to plan, they will.")
    assert [q[1] for q in found] in ([], [None])


def test_quote_interrupted_by_its_attribution_is_one_quote() -> None:
    found = quotes_of("“That’s perfect,” Boudreau said. “It’s the mark of a true competitor doing things for us.”")
    assert len(found) == 1
    # its sentences kept apart
    assert found[0][0] == "That’s perfect. It’s the mark of a true competitor doing things for us."


def test_quote_over_several_paragraphs_counts_once() -> None:
    found = quotes_of(
        "Cheuk Hau-yip, the commander of Kowloon West district, said: “These rioters are also criminals.",
        "“Other than coming out to surrender, I don’t see any other option for them.”",
        "The police gave no further details on Tuesday.",
    )
    assert len(found) == 1
    text, speaker, _ = found[0]
    assert speaker == "Cheuk Hau-yip"
    assert text.startswith("These rioters") and text.endswith("option for them.")
    # (over three paragraphs, the last closing it before a sentence of its own: still one quote)
    found = quotes_of(
        "Vorstandschef Henrik Albers sagte: \"Diese Entscheidung ist uns nicht leichtgefallen.",
        "\"Am Ende mussten wir uns eingestehen, dass wir Kapazitäten für einen anderen Markt vorhalten.",
        "\"Betriebsbedingte Kündigungen können wir aber nicht ausschließen.\" Die IG Metall reagierte mit Kritik.",
    )
    assert len(found) == 1
    assert found[0][0].endswith("nicht ausschließen.")


def test_a_quote_whose_attribution_comes_in_its_last_paragraph_keeps_every_paragraph() -> None:
    found = quotes_of(
        "Jane Smith, the chief executive of Acme, spoke on Tuesday.",
        "“We will build more factories in this country.",
        "“We will also hire more people in every state,” Smith said.",
    )
    assert [(q[0], q[1]) for q in found] == [
        ("We will build more factories in this country. We will also hire more people in every state", "Jane Smith")
    ]
    # a paragraph between that quotes nobody ends the open quote: its words are nobody's
    found = quotes_of(
        "Jane Smith, the chief executive of Acme, spoke on Tuesday.",
        "“We will build more factories in this country.",
        "The company has twelve plants in the United States and four in Canada.",
        "“We will also hire more people in every state,” Smith said.",
    )
    assert [q[0] for q in found] == ["We will also hire more people in every state"]


def test_surname_speaker_gets_the_full_name_given_earlier() -> None:
    found = quotes_of(
        "David Holmes, a State Department official, testified on Thursday.",
        "“I then heard President Trump ask about the investigations,” Holmes testified.",
    )
    assert found[0][1] == "David Holmes"


def test_pronoun_resolved_only_when_unambiguous() -> None:
    resolved = quotes_of(
        "Mary E. Lovely, a Syracuse University economist, looked at the numbers.",
        "“About 36% of imports from China are computers and electronics,” she said.",
    )
    assert resolved == [("About 36% of imports from China are computers and electronics", "Mary E. Lovely", True)]
    # (two men, neither where the sentence's subject stands: the text leaves a choice; the
    # likeliest reading, the one named last, flagged as open)
    ambiguous = quotes_of(
        "On Tuesday at the harbour office, Paul Hale met Tom Brandt to talk about the repairs.",
        "“We will not wait another winter for this,” he said.",
    )
    assert ambiguous == [("We will not wait another winter for this", "Tom Brandt", False)]
    # nobody it may stand for: the pronoun stays
    nobody = quotes_of("The harbour office was closed on Tuesday.", "“We will not wait another winter,” he said.")
    assert nobody == [("We will not wait another winter", "he", False)]


def test_pronoun_resolved_to_the_one_person_the_nearest_naming_sentence_names() -> None:
    # Two people in the paragraph before, but the sentence nearest the quote names only Hale
    # (Brandt's is a possessive: whose plan, not who acts).
    found = quotes_of(
        "Ann Hale and Tom Brandt sat on the harbour board for a decade.",
        "Hale took over Brandt’s plan in March. She did not hide her doubts.",
        "“We will not wait another winter for this,” she said.",
    )
    assert found == [("We will not wait another winter for this", "Ann Hale", True)]


def test_pronoun_after_an_interrupted_quote_looks_at_its_own_paragraph() -> None:
    found = quotes_of(
        "Tom Brandt and Ann Hale opened the meeting. Brandt spoke about the budget for an hour.",
        "After a vote on the lights, Hale took the floor. “We waited long enough for this pier,” she said. "
        "“And we will not wait another winter — not for the council, not for anyone.”",
    )
    assert [(speaker, ok) for _, speaker, ok in found] == [("Ann Hale", True)]
    assert found[0][0].startswith("We waited long enough") and found[0][0].endswith("not for anyone.")


def test_the_attribution_nearest_the_quote_wins_over_a_sentence_opener() -> None:
    found = quotes_of('That said, Ann Hale says that the pier "will not reopen before the end of the summer season."')
    assert found == [("will not reopen before the end of the summer season.", "Ann Hale", True)]


def test_attribution_forms_with_initials_teams_and_scare_quotes_in_between() -> None:
    assert quotes_of("“We believe that justice has been served in this case,” said U.S. Attorney Nealy Cox.") == [
        ("We believe that justice has been served in this case", "Nealy Cox", True)
    ]
    assert quotes_of("“We suggest that the outgassing occurs at lower levels,” Paganini and his team wrote.") == [
        ("We suggest that the outgassing occurs at lower levels", "Paganini", True)
    ]
    volker = 'Volker said he never used the term "three amigos" and added, "I frankly cringe when I hear it."'
    assert quotes_of(volker) == [("I frankly cringe when I hear it.", "Volker", True)]


def test_speaker_with_a_two_part_description_and_a_month_before_it() -> None:
    found = quotes_of(
        "In a letter in May, Omar Lamrani, a senior analyst at Stratfor, the Texas-based intelligence firm, "
        'wrote that the group was "fairly secular by regional standards."'
    )
    assert [(text, who) for text, who, _ in found] == [("fairly secular by regional standards.", "Omar Lamrani")]
    assert quotes_of("“We will not wait another winter for this,” said April Ryan.")[0][1] == "April Ryan"


def test_a_short_spoken_span_counts_only_as_the_start_of_a_longer_quote() -> None:
    assert quotes_of("“Don’t mind me!” he told the crowd.") == []
    assert quotes_of("The claim “is patently false,” Ann Hale said.") == []
    found = quotes_of("“Simply amazing,” Davis said. “To be able to do that against every team is special.”")
    assert found == [("Simply amazing. To be able to do that against every team is special.", "Davis", True)]


def test_participle_attribution_and_abbreviations_in_the_clause() -> None:
    found = quotes_of(
        "Zippy Duvall runs the farm bureau. He urged Mr. Trump to make a deal as soon as possible, "
        "saying “time is running out for many in agriculture.”"
    )
    assert found == [("time is running out for many in agriculture.", "Zippy Duvall", True)]


def test_a_capitalised_sentence_opener_is_no_person() -> None:
    # "Like Harbour" is no one's name: Hale is the one person named before the quote.
    found = quotes_of(
        "Like Harbour chief Tom Brandt, the council wants the pier open by June.",
        "Ann Hale, a spokesperson for Harbour, confirmed the plan. “We will open the pier in June,” she said.",
    )
    assert found == [("We will open the pier in June", "Ann Hale", True)]


def test_auxiliaries_and_adverbs_between_speaker_and_verb() -> None:
    # a body described before its verb speaks as described; a noun of neither a body nor a role does not
    assert quotes_of("The council has urged an “end to the delays and a date for the reopening”.") == [
        ("end to the delays and a date for the reopening", "the council", True)
    ]
    assert quotes_of("The weather has urged an “end to the delays and a date for the reopening”.") == []
    assert quotes_of("Ann Hale has urged an “end to the delays and a date for the reopening”.") == [
        ("end to the delays and a date for the reopening", "Ann Hale", True)
    ]
    assert quotes_of("Tom Brandt later told the board: “We will not wait another winter.”")[0][1] == "Tom Brandt"
    for adverb in ("recently", "flatly", "publicly"):
        found = quotes_of(f"“We will not wait another winter,” Tom Brandt {adverb} told the board.")
        assert [q[1] for q in found] == ["Tom Brandt"], adverb


def test_more_verbs_of_speech() -> None:
    found = quotes_of(
        "Ann Hale spoke last.",
        "She begged the board “not to lose sight of the families who live on the quay.”",
    )
    assert found == [("not to lose sight of the families who live on the quay.", "Ann Hale", True)]


def test_acronym_speaker_spelled_out_and_a_second_point_joined_by_and_that() -> None:
    found = quotes_of(
        "Figures from the Harbour Safety Board were published on Monday.",
        'The HSB says that the pier "remains the busiest landing point on the coast" and that '
        '"the ferry traffic has doubled since the storm."',
    )
    assert found == [
        ("remains the busiest landing point on the coast", "Harbour Safety Board", True),
        ("the ferry traffic has doubled since the storm.", "Harbour Safety Board", True),
    ]


@pytest.mark.parametrize(
    ("named", "short", "speaker"),
    [
        # initials from inside compounds and small words, and a place after the name left unread
        ("Das Bundesamt für Umwelt bestätigte den Eingang des Gesuchs.", "das BAFU", "Bundesamt für Umwelt"),
        ("Der Deutsche Wetterdienst warnt vor Starkregen.", "der DWD", "Deutsche Wetterdienst"),
        ("Die Industrie- und Handelskammer Hannover fordert Hilfen.", "die IHK",
         "Industrie- und Handelskammer Hannover"),
        ("Die Kassenärztliche Vereinigung Rheinland-Pfalz sucht Ärzte.", "die KV",
         "Kassenärztliche Vereinigung Rheinland-Pfalz"),
    ],
)
def test_a_short_name_spelled_from_inside_a_german_name(named: str, short: str, speaker: str) -> None:
    assert _german_speakers(named, short) == [speaker]


@pytest.mark.parametrize(
    ("named", "short"),
    [
        ("Der Deutsche Gewerkschaftsbund warnt vor Kürzungen.", "der DWD"),  # (a capitalised word's initial unread)
    ],
)
def test_a_short_name_nothing_spells_stays(named: str, short: str) -> None:
    assert _german_speakers(named, short) == [short.split()[1]]


def _german_speakers(named: str, short: str) -> list[str | None]:
    """The speakers of a German quote its body gives out by ``short`` name after ``named``."""
    section = Section(None, blocks=[Block("paragraph", p) for p in (
        named, f"„Wir werden den Antrag innerhalb der gesetzlichen Frist sorgfältig prüfen“, teilte {short} mit.",
    )])
    return [q.speaker for q in find_quotes([section], "de")]


@pytest.mark.parametrize(
    ("named", "said", "speaker"),
    [
        # a short name written as a word, alone, the article giving it in brackets after the name
        ("The Energy and Petroleum Regulatory Authority (Epra) raised pump prices on Friday.",
         "In a statement, Epra said the increase was “a result of the higher landed cost of imports” this month.",
         "Energy and Petroleum Regulatory Authority"),
        ("The National Energy Regulator of South Africa (Nersa) approved the tariff on Monday.",
         "“The increase is necessary to keep the utility solvent for three years,” Nersa said.",
         "National Energy Regulator of South Africa"),
        # (no name in brackets for it: the word stays)
        ("The regulator raised pump prices on Friday after a review of import costs.",
         "In a statement, Epra said the increase was “a result of the higher landed cost of imports” this month.",
         "Epra"),
        # (a dateline's agency in brackets is no body's name: "LONDON (Reuters)")
        ("LONDON (Reuters) - Britain's economy grew in the third quarter, official data showed on Friday.",
         "“Growth is modest but steadier than we feared in the spring,” Reuters said.", "Reuters"),
    ],
)
def test_a_short_name_as_a_word_is_the_name_given_before_it_in_brackets(named: str, said: str, speaker: str) -> None:
    assert [who for _, who, _ in quotes_of(named, said)] == [speaker]


def test_a_short_name_given_in_brackets_is_the_body_named_before_them() -> None:
    # the short name need not be the initials ("Marine Accident Investigation Branch (MAIB)",
    # "Staatssekretariat für Wirtschaft (Seco)"), and may follow an article
    found = quotes_of(
        "The Marine Accident Investigation Branch (MAIB) has opened an inquiry into the sinking.",
        "“We are gathering evidence from the crew and the harbour staff,” the MAIB said.",
    )
    assert [who for _, who, _ in found] == ["Marine Accident Investigation Branch"]
    section = Section(None, blocks=[Block("paragraph", p) for p in (
        "Die Bauern protestierten am Montag in Bern gegen das Abkommen mit den Mercosur-Staaten.",
        "Das Staatssekretariat für Wirtschaft (Seco) hielt fest, die Landwirtschaft bleibe geschützt. "
        "«Die Zugeständnisse bewegen sich im Rahmen bestehender Kontingente», teilte das Seco mit.",
    )])
    assert [q.speaker for q in find_quotes([section], "de")] == ["Staatssekretariat für Wirtschaft"]
    # a short name nobody spelled out stays as it is
    found = quotes_of("“We are gathering evidence from the crew and the harbour staff,” the MAIB said.")
    assert [who for _, who, _ in found] == ["the MAIB"]
    # capitals, then the rest of a word ("NParks"): the name the article spelled out too
    found = quotes_of(
        "The team is working with the National Parks Board (NParks) on coral nurseries.",
        "NParks said it welcomed research that could “strengthen the resilience of our reefs in the face "
        "of climate change”.",
    )
    assert [who for _, who, _ in found] == ["National Parks Board"]
    # a short name with a capital inside it, no article before it
    found = quotes_of(
        "The town owes the Namibia Water Corporation (NamWater) N$21 million for bulk water.",
        "In a statement, NamWater said it “has no intention of cutting bulk supply at this stage.”",
    )
    assert [who for _, who, _ in found] == ["Namibia Water Corporation"]
    # (a capital inside a name no bracket spelled out: the name stays)
    found = quotes_of("In a statement, SaskPower said it “has no intention of cutting supply at this stage.”")
    assert [who for _, who, _ in found] == ["SaskPower"]


def test_suffixes_and_auxiliaries_in_attributions() -> None:
    found = quotes_of(
        "U.S. Attorney James Kennedy Jr. said in the release that the law does not allow people to "
        "“make threats to harm lawmakers simply because they disagree.”"
    )
    assert [(t[:12], who) for t, who, _ in found] == [("make threats", "James Kennedy Jr.")]
    found = quotes_of("“The government pays nothing at all,” Ann Hale, a fellow at the Tax Center, has written.")
    assert [who for _, who, _ in found] == ["Ann Hale"]


def test_one_speaker_per_paragraph_unless_someone_else_is_named() -> None:
    # The attribution alone between two spans, however long: one quote.
    one = quotes_of(
        "“It sounded like strong women raised him,” said Ruffin, who owns a consulting firm and headed out "
        "for the second stop at a nearby restaurant, where he was greeted by a crowd of several dozen. "
        "“I want to see how he translates that into policy.”"
    )
    assert [(t.split()[-1], who) for t, who, _ in one] == [("policy.", "Ruffin")]
    # Another sentence between them: a second quote, by the same speaker.
    two = quotes_of(
        "“I was stunned to see how many people visited my profile,” said Joseph Minga, a friend. "
        "He learned that a hundred people view it a week. “It really made me take a step back and think.”"
    )
    assert [who for _, who, _ in two] == ["Joseph Minga", "Joseph Minga"]
    # Someone else named between them: nobody's.
    other = quotes_of(
        "“I was stunned to see how many people visited my profile,” said Joseph Minga, a friend. "
        "Ann Hale disagreed with him. “It really made me take a step back and think.”"
    )
    assert [who for _, who, _ in other] == ["Joseph Minga"]


def test_a_sentence_running_on_into_a_second_span_quotes_anew() -> None:
    found = quotes_of(
        "“His doctor was astute in not accepting the result at face value,” Dempsey said, adding that it can be "
        "difficult to diagnose hypersensitivity pneumonitis because the changes are often subtle, with just a "
        "“slight diffuse greyness to the lungs.”"
    )
    assert [(t.split()[0], who) for t, who, _ in found] == [("His", "Dempsey"), ("slight", "Dempsey")]


def test_infinitive_attribution() -> None:
    found = quotes_of("Dropping fees allowed Ann Hale to claim that the port wants to be “a place that feels open.”")
    assert found == [("a place that feels open.", "Ann Hale", True)]


def test_scare_quotes_titles_and_unattributed_text_are_not_quotes() -> None:
    assert quotes_of("The council called the plan “ambitious” and moved on.") == []
    assert quotes_of("Ann Hale said she had read “The Rise Of Public Benefit Corporations” twice.") == []
    assert quotes_of("“A sentence in quote marks that nobody is said to have said.”") == []


def test_quotes_come_with_their_section_and_block() -> None:
    page = (
        "<html><body><article><h1>Pier</h1><p>The pier reopened on Tuesday after months of repairs.</p>"
        "<h2>Reactions</h2><p>Fishermen were relieved to be back at work after a long winter ashore.</p>"
        "<p>“We lost half a season to the storm,” said Tom Brandt, a trawler captain.</p></article></body></html>"
    )
    article = extract(page)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert article.sections[quote.section].heading == "Reactions"
    assert article.sections[quote.section].blocks[quote.block].text.startswith("“We lost half a season")
    assert quote.speaker_description == "a trawler captain"


def test_a_closed_quote_paragraph_after_a_quote_is_the_same_speakers_next_quote() -> None:
    found = quotes_of(
        "“I just want to be able to perform my own music,” Taylor Swift said.",
        "“I’ve tried to work this out privately through my team but have not been able to.”",
    )
    assert found == [
        ("I just want to be able to perform my own music", "Taylor Swift", True),
        ("I’ve tried to work this out privately through my team but have not been able to.", "Taylor Swift", True),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "“The Salt Orchard” screens again on Monday and Wednesday.",
        '"Saltmarsh" stars Jonah Whitcombe and Alexis Darrow and is produced by Universal Television.',
        "„Die gläserne Stadt“ ist eine Produktion der freien Kammeroper Isar.",
        "«Der Berg kam am Nachmittag» wird vom 2. September an 24-mal gespielt.",
    ],
)
def test_a_title_opening_the_paragraph_after_a_quote_is_no_quote_going_on(after: str) -> None:
    found = quotes_of("“It was a long road to get here,” said Anjali Raghunathan, the producer.", after)
    assert [text for text, _, _ in found] == ["It was a long road to get here"]


def test_words_run_into_a_sentence_that_attributes_them_are_still_the_quote_going_on() -> None:
    found = quotes_of(
        "“We are going to win this,” Trump said at the rally.",
        "“The people of this country aren’t buying” impeachment, Trump said.",
    )
    assert [(text, speaker) for text, speaker, _ in found] == [
        ("We are going to win this", "Trump"),
        ("The people of this country aren’t buying", "Trump"),
    ]


def test_pronoun_resolved_through_a_surname_named_just_before() -> None:
    found = quotes_of(
        "David Stier, a social media consultant, has studied the platform for years.",
        "Stier says the lines between the groups have blurred. “This thing is broken, completely broken,” he says.",
    )
    assert found == [("This thing is broken, completely broken", "David Stier", True)]


@pytest.mark.parametrize("mention", ["Park's", "Park’s"])
def test_pronoun_resolved_through_a_possessive_surname(mention: str) -> None:
    # "Park's numbers" names Park Ye-jin by her surname, as "Park said" would: the pronoun is
    # hers, not the man's the paragraph before named.
    found = quotes_of(
        "“Catchers have the best view,” said Park Ye-jin, an analyst for a research site.",
        "“You don't spend a challenge in the second inning,” said Ulises Pereira, the bench coach.",
        f"{mention} numbers suggest the value of framing has fallen. “The very best framers are still"
        " valuable, just less so,” she said.",
    )
    assert found[-1] == ("The very best framers are still valuable, just less so", "Park Ye-jin", True)


def test_a_titled_names_given_name_says_the_pronouns_gender() -> None:
    # "Dr Alana Whitty": the given name after the title is what the lists know, not "Dr"
    found = quotes_of(
        "Ulises Pereira and Dr Alana Whitty toured the new clinic in Soweto on Monday.",
        "“We need more nurses on every single shift,” she said.",
    )
    assert found[-1][1] == "Dr Alana Whitty"


def test_a_possessive_is_no_pronouns_person_beside_someone_named() -> None:
    # "stories like Doran's" talks about her; the one who said so is the pronoun's
    found = quotes_of(
        "Mikaela Doran waited nine hours in the emergency department.",
        "Dr Alana Whitty, an emergency medicine specialist, said stories like Doran’s were now common."
        " “We are running a ward in the waiting room every single night,” she said.",
    )
    assert found[-1][1] == "Dr Alana Whitty"


def test_pronoun_after_a_paragraph_whose_sentence_opens_with_a_surname_is_that_persons() -> None:
    # The paragraph before names a place in two capitalised words and the person by surname
    # alone; the sentence the surname opens is the one the pronoun goes back to.
    found = quotes_of(
        "Curator Helga Lindqvist said the loan had been agreed in the spring.",
        "The canoes will be shipped to Kampong Cham next month. Lindqvist said the hall would stay open.",
        "“We will not hide the gap they leave,” she said.",
    )
    assert found == [("We will not hide the gap they leave", "Helga Lindqvist", True)]
    # (a word inside a sentence is no subject the pronoun may stand for, though it ends a name met
    # before: "Mutare Provincial" is no person)
    found = quotes_of(
        "Memory Chiwanza, a vendor, was taken to Mutare Provincial on Sunday.",
        "The Mutare Provincial Hospital superintendent, Dr Kudakwashe Mapfumo, said 19 were still admitted.",
        "“We activated our plan and called in staff,” he said.",
    )
    assert found == [("We activated our plan and called in staff", "Dr Kudakwashe Mapfumo", True)]


def test_a_company_by_its_legal_form_or_trade_word_is_what_the_company_noun_stands_for() -> None:
    # "Sdn Bhd", "LLP", "Limited", "Communications": a body's name, which "the company" stands for
    for name in ("Seroja Maju Sdn Bhd", "Whitcombe Hart LLP", "Kyaggwe Agro Limited", "Tasman Freight Pty",
                 "Prairie Link Communications"):
        found = extract(
            f"<html><body><article><h1>Homebuyers wait</h1><p>A representative of {name} met the buyers "
            "briefly on Tuesday and promised an update within a month.</p><p>“We deeply regret the delay "
            "and expect work to resume next year,” the company said in a statement.</p></article></body></html>"
        ).quotes
        assert [q.speaker for q in found] == [name], name


def test_a_straight_quote_closed_by_a_curly_mark_ends_there() -> None:
    # Scraped text mixes marks: "A?” said Hill. "B." is two quotes, not one spanning the attribution.
    found = quotes_of(
        'Former adviser Fiona Hill testified later. '
        '"And I asked, well, on whose authority?” said Hill, who testifies Thursday. "And he told me nothing."'
    )
    assert found and all("said Hill" not in text for text, _, _ in found)
    assert found[0][0].startswith("And I asked, well, on whose authority? And he")
    assert found[0][1] == "Fiona Hill"


def test_german_french_and_spanish_quote_marks_and_verbs() -> None:
    assert quotes_of("Anna Hale sagte: „Wir werden den Hafen vor dem Winter wieder öffnen.“") == [
        ("Wir werden den Hafen vor dem Winter wieder öffnen.", "Anna Hale", True)
    ]
    assert quotes_of("‚Wir öffnen den Hafen bald wieder‘, sagte Anna Hale.") == [
        ("Wir öffnen den Hafen bald wieder", "Anna Hale", True)
    ]
    assert quotes_of("« Nous rouvrirons le port avant l’hiver », a déclaré Anne Hale.") == [
        ("Nous rouvrirons le port avant l’hiver", "Anne Hale", True)
    ]
    assert quotes_of("«Reabriremos el puerto antes del invierno», dijo Ana Hale.") == [
        ("Reabriremos el puerto antes del invierno", "Ana Hale", True)
    ]


BLOCK_STORY = (
    "<html><body><article><h1>Pier</h1><p>The harbour authority announced on Monday that the northern pier "
    "will reopen to fishing boats by the end of the summer.</p>{}<p>Engineers found that the old timber piles "
    "had rotted below the waterline.</p></article></body></html>"
)
SPOKEN = "We will not wait another winter for this pier to open."


def test_blockquote_with_a_dash_line_a_cite_or_an_attribution_after_it() -> None:
    for box in (
        f"<blockquote><p>{SPOKEN}</p><footer>— Ann Hale, harbour master</footer></blockquote>",
        f"<blockquote><p>{SPOKEN}</p></blockquote><p>— Ann Hale, harbour master</p>",
        f"<blockquote><p>{SPOKEN}</p><footer><cite>Ann Hale</cite></footer></blockquote>",
    ):
        quotes = extract(BLOCK_STORY.format(box)).quotes
        assert [(q.text, q.speaker) for q in quotes] == [(SPOKEN, "Ann Hale")], box
        assert quotes[0].speaker_description in ("harbour master", None)


def test_blockquote_that_names_nobody_is_no_quote() -> None:
    assert extract(BLOCK_STORY.format(f"<blockquote><p>{SPOKEN}</p></blockquote>")).quotes == []
    # a cite that is a title, not a person
    box = f"<blockquote><p>{SPOKEN}</p><cite>the harbour report</cite></blockquote>"
    assert extract(BLOCK_STORY.format(box)).quotes == []


def test_an_as_clause_and_a_place_before_the_name_are_not_the_speakers_name() -> None:
    found = quotes_of(
        "Paco Calvo directs the Minimal Intelligence Laboratory in Murcia.",
        "As Paco Calvo, director of the laboratory, puts it, “Plants have to plan ahead to achieve goals.”",
        "As Vermont's Bongard told the New York Times, “What we are is intelligent machines made of machines.”",
    )
    assert [(t[:20], s) for t, s, _ in found] == [("Plants have to plan ", "Paco Calvo"),
                                                  ("What we are is intel", "Bongard")]


def test_confessing_and_musing_are_speech() -> None:
    found = quotes_of("“It's been sort of a slow rollout,” Levin confesses. “I've had these ideas for decades.”")
    assert [s for _, s, _ in found] == ["Levin"]


def test_a_court_reports_counsel_and_an_academy_named_beside_a_pronoun() -> None:
    # "X, prosecuting, said:": a one-word role between commas.
    found = quotes_of('James Townsend, prosecuting, said: "It is obvious what effect the death has had on the family."')
    assert [s for _, s, _ in found] == ["James Townsend"]
    # An academy is no person: the pronoun is the one person the paragraph names.
    found = quotes_of(
        "An account by Kevin Hartnett told how a mathematician named Hannah Cairo solved the problem.",
        "Cairo learned math by watching Khan Academy videos. “There was this inescapable sameness,” she told "
        "Hartnett. “No matter what I did, I was in the same place.”",
    )
    assert [s for _, s, _ in found] == ["Hannah Cairo"]


def test_an_attribution_with_initials_between_two_spans_is_one_quote() -> None:
    found = quotes_of(
        "“There are more ways than ever to bypass the rental car counter,” said Azari Jones, practice lead, "
        "J.D. Power. “But many customers are choosing to take the extra time at the counter.”"
    )
    assert found == [("There are more ways than ever to bypass the rental car counter. But many customers are "
                      "choosing to take the extra time at the counter.", "Azari Jones", True)]


@pytest.mark.parametrize("title", ["Ald.", "Supt.", "Msgr."])
def test_a_short_title_in_the_attribution_between_two_spans_ends_no_sentence(title: str) -> None:
    found = quotes_of(
        f"“People told us for years that a grocery store wouldn’t work here,” {title} Marcus Trent said at the "
        "ribbon-cutting. “Look at this parking lot this morning.”"
    )
    assert [(q[0], q[1].split()[-2:]) for q in found] == [
        ("People told us for years that a grocery store wouldn’t work here. Look at this parking lot this morning.",
         ["Marcus", "Trent"])
    ]


def test_the_words_after_a_quote_do_not_reach_into_the_next_sentence_for_a_speaker() -> None:
    found = quotes_of(
        "Peters earned the nickname “the man with the bloody hand,” for his brutal reputation. Eventually "
        "recalled by the Reich for his cruelty, he was later rehabilitated."
    )
    assert found == []


def test_a_title_in_quote_marks_is_no_quote() -> None:
    assert quotes_of("In an article titled ‘The EU is cheating with numbers and stealing our future’, "
                     "Greta Thunberg states the following.") == []
    assert quotes_of("He wrote a book called “How the markets will recover from the crash”, Smith said.") == []


def test_a_described_speaker_named_after_a_comma_is_the_named_person() -> None:
    found = quotes_of("The German Empire wanted “its place in the sun,” declared a later chancellor, Bernhard von "
                      "Bülow, in 1897.")
    assert [s for _, s, _ in found] == ["Bernhard von Bülow"]
    # a title with its full stop before the name ("Dr.", "Capt.", "Eng.")
    for title in ("Dr.", "Capt.", "Eng."):
        found = quotes_of(f"“We are doing everything possible to limit the impact,” said the spokesman, {title} Fahad "
                          "Al-Otaibi.")
        assert [s for _, s, _ in found] == ["Fahad Al-Otaibi"]


def test_a_partial_quote_whose_sentence_goes_on_before_its_attribution() -> None:
    found = quotes_of("There’s “less drive to pick a winner since it’s so unclear this year” in Iowa, said Pat "
                      "Rynard, managing editor of Iowa Starting Line.")
    assert [s for _, s, _ in found] == ["Pat Rynard"]


def test_a_quote_resumed_with_a_pronouns_attribution_is_one_quote() -> None:
    found = quotes_of("Anna Mayer runs the fund.",
                      "“The market will settle down,” Mayer said. “Not everyone will succeed, though,” she added.")
    assert found == [("The market will settle down. Not everyone will succeed, though", "Anna Mayer", True)]
    # Someone else named between the two: two quotes.
    found = quotes_of("“The market will settle down,” Mayer said. Her partner Tom Baker disagreed. “Not everyone "
                      "will succeed, though,” he added.")
    assert len(found) == 2


def test_a_quote_standing_alone_after_a_sentence_naming_the_last_speaker_is_theirs() -> None:
    found = quotes_of(
        "“We will fill the hall and make it boil,” said Philipp Buhlmann, the club's president.",
        "The anticipation is great for Buhlmann. “It is a two-class society, we are not fooling ourselves.”",
    )
    assert [(q[0][:20], q[1]) for q in found] == [
        ("We will fill the hal", "Philipp Buhlmann"), ("It is a two-class so", "Philipp Buhlmann")
    ]


def test_a_quote_alone_after_a_sentence_naming_several_is_its_subjects() -> None:
    said = "“We will fill the hall and make it boil,” said Philipp Buhlmann, the club's president."
    quote = "“It is a two-class society, we are not fooling ourselves.”"
    found = quotes_of(said, f"Buhlmann knows Martin Rubin well. {quote}")
    assert [q[1] for q in found] == ["Philipp Buhlmann", "Philipp Buhlmann"]
    # none of them the subject (governed by a preposition, and one joined to it by "and"): nobody's
    found = quotes_of(said, f"With Martin Rubin and Anna Berger in the team the club won. {quote}")
    assert [q[1] for q in found] == ["Philipp Buhlmann"]
    # after sentences naming only someone never quoted, the quote closing the paragraph is theirs;
    # with something after it in the paragraph, nobody's
    assert [q[1] for q in quotes_of(
        "The harbour reopens on Monday.",
        "Anna Berger runs the ferry. “It is a two-class society, we are not fooling ourselves.”",
    )] == ["Anna Berger"]
    assert quotes_of(
        "The harbour reopens on Monday.",
        "Anna Berger runs the ferry. “It is a two-class society, we are not fooling ourselves.” The ferry is late.",
    ) == []


def test_a_paragraph_ending_with_a_colon_introduces_the_quote_the_next_one_opens_with() -> None:
    found = quotes_of(
        "In an article on the summit, Greta Thunberg states the following:",
        "“One of humanity’s greatest threats is the belief that enough is being done.”",
    )
    assert [(q[1], q[2]) for q in found] == [("Greta Thunberg", True)]
    # no colon, two people named: the one the sentence has as its subject ...
    found = quotes_of(
        "In an article on the summit, Greta Thunberg wrote about the talks with Luisa Neubauer.",
        "“One of humanity’s greatest threats is the belief that enough is being done.”",
    )
    assert [q[1] for q in found] == ["Greta Thunberg"]
    # ... and neither of them the subject: nobody's
    assert quotes_of(
        "The talks between Greta Thunberg and Luisa Neubauer went on until late in the night.",
        "“One of humanity’s greatest threats is the belief that enough is being done.”",
    ) == []


def test_a_pronoun_stands_for_the_subject_of_the_nearest_sentence_naming_several() -> None:
    found = quotes_of(
        "Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her.",
        "“I just want to be able to perform my own music,” she said.",
    )
    assert [(q[1], q[2]) for q in found] == [("Taylor Swift", True)]
    # several people, none where the subject stands and no first name saying which is a woman:
    # open, the one named last its likeliest reading ("Alex" and "Taylor" are given to both)
    found = quotes_of(
        "The dispute between the label's owners and the singers, Taylor Swift and Alex Reyes, went on.",
        "“I just want to be able to perform my own music,” she said.",
    )
    assert [(q[1], q[2]) for q in found] == [("Alex Reyes", False)]


def test_a_pronoun_the_text_leaves_open_reads_as_the_person_named_last_flagged_open() -> None:
    section = Section(None, blocks=[
        Block("paragraph", "The complaint against Samuel Mwangi was filed on Friday by Peter Otieno, the estate's "
                           "caretaker, after the gate was broken."),
        Block("paragraph", "“They broke the gate twice and nobody came,” he said."),
    ])
    [quote] = find_quotes([section])
    assert (quote.speaker, quote.speaker_description, quote.speaker_resolved) == ("Peter Otieno", "he", False)
    # one person it may stand for: resolved, no flag
    section.blocks[0] = Block("paragraph", "The complaint was filed on Friday by Peter Otieno, the estate's caretaker.")
    [quote] = find_quotes([section])
    assert (quote.speaker, quote.speaker_resolved) == ("Peter Otieno", True)


@pytest.mark.parametrize("space", [" ", "\u00a0", "  "])
def test_an_office_ending_a_pair_of_capitalised_words_is_no_name(space: str) -> None:
    # "Vice President" is no person: the pronoun is the name after the office (the office
    # no part of it), however the words stand apart on their line (a line break parts lines:
    # see the German tests)
    found = quotes_of(
        f"The former Vice{space}President Joe{space}Biden spoke on Monday in Ohio. "
        "\u201cWe will not give up on this fight for the middle class,\u201d he said."
    )
    assert [(text, speaker.split()) for text, speaker, _ in found] == [
        ("We will not give up on this fight for the middle class", ["Joe", "Biden"])
    ]


def test_a_surname_that_is_also_a_title_ends_a_name() -> None:
    for name in ("Stephen King", "John Major"):
        found = quotes_of(
            f"The writer {name} spoke on Monday in Maine. "
            "\u201cHorror is a mirror of what we fear most in ourselves,\u201d he said."
        )
        assert [speaker for _, speaker, _ in found] == [name], name


def test_a_body_and_a_role_before_a_name_after_the_verb_describe_the_name() -> None:
    found = find_quotes([Section(None, blocks=[Block("paragraph", (
        "“We are going to keep building factories in this country,” said Acme spokeswoman Jane Smith."
    ))])])
    assert [(q.speaker, q.speaker_description) for q in found] == [("Jane Smith", "Acme spokeswoman")]
    # no role noun between: the words after the name are no description of another name
    found = quotes_of("“We are going to keep building factories here,” said Smith on behalf of Acme Corp.")
    assert [q[1] for q in found] == ["Smith"]
    # a possessive name before the role: whose colleague the speaker is
    found = quotes_of("“We are going to keep building factories here,” said Jones’ colleague Peter Nordlander.")
    assert [(q[1]) for q in found] == ["Peter Nordlander"]
    # a firm's name and a role in capitals before the name: both the description
    found = find_quotes([Section(None, blocks=[Block("paragraph", (
        "“We are going to keep building factories here,” said Microsoft CEO Satya Nadella."
    ))])])
    assert [(q.speaker, q.speaker_description) for q in found] == [("Satya Nadella", "Microsoft CEO")]
    # a firm's legal form with its full stop before the role: the firm is no speaker
    for firm in ("Apple Inc.", "Acme Corp.", "Rift Basin Engineering Ltd."):
        found = find_quotes([Section(None, blocks=[Block("paragraph", (
            f"“We are going to keep building factories here,” said {firm} chief executive Tim Cook."
        ))])])
        assert [(q.speaker, q.speaker_description) for q in found] == [("Tim Cook", f"{firm} chief executive")]


def test_a_title_and_a_surname_get_the_full_name_given_earlier() -> None:
    found = quotes_of(
        "Jane Smith, the chief executive of Acme Corp, spoke in Boston on Tuesday.",
        "“We are going to keep building factories in this country,” Ms. Smith said.",
    )
    assert [q[1] for q in found] == ["Jane Smith"]


@pytest.mark.parametrize(
    ("introduced", "later", "speaker"),
    [
        # a double surname, and a name written surname first, later given without the first word
        ("Board chairman Stefan Zammit Lupi said the site was protected.", "Zammit Lupi said", "Stefan Zammit Lupi"),
        ("Team captain Ong Wei Jie said the final had been hard.", "Wei Jie said", "Ong Wei Jie"),
        # a rank written short, or "Miss", before the surname
        ("Spokesperson ASP Rashid Kalungi Mutebi said roads would close.", "ASP Mutebi said", "Rashid Kalungi Mutebi"),
        ("Councillor Ross Tunstall said the hospital needed more doctors.", "Cr Tunstall said", "Ross Tunstall"),
        ("Chloe Madden, 29, said the house had cost more than they had hoped.", "said Miss Madden", "Chloe Madden"),
    ],
)
def test_a_surname_with_a_word_before_it_gets_the_full_name_given_earlier(
    introduced: str, later: str, speaker: str
) -> None:
    quote = "“We are going to keep building houses in this town,”"
    found = quotes_of(introduced, f"{quote} {later}.")
    assert [q[1] for q in found] == [speaker]


def test_a_councillor_written_short_with_its_full_stop_is_a_title() -> None:
    # (Canadian papers: "Coun." — its full stop ends no sentence and it is no speaker's name)
    found = quotes_of("“Nobody on this council wanted to close a pool,” said Coun. Peter Hallett, who moved it.")
    assert [q[1].split()[-2:] for q in found] == [["Peter", "Hallett"]]


@pytest.mark.parametrize(
    ("introduced", "name"),
    [
        # a ward's or a local's number before the title: a person, no address or measure
        ("Ward 6 Coun. Daniel Achterberg moved the motion.", "Daniel Achterberg"),
        ("Local 2290 President Ray Kowalczyk spoke for the workers.", "Ray Kowalczyk"),
    ],
)
def test_a_title_after_a_number_opens_the_name(introduced: str, name: str) -> None:
    assert [found.split()[-2:] for _, found in _names_with_positions(introduced)] == [name.split()]
    found = quotes_of(introduced, "“Nobody on this council wanted to close a pool,” he said.")
    assert [q[1].split()[-2:] for q in found] == [name.split()]  # (the title may stand before it)


def test_a_number_before_two_capitalised_words_is_still_no_persons_name() -> None:
    assert _names_with_positions("The shop at Block 57 Geylang Bahru closed on Monday.") == []


def test_another_first_name_or_a_title_before_a_surname_is_no_one_introduced_before() -> None:
    # a name the lists do not know, a relative's: no one of that surname the article named before
    found = quotes_of(
        "Anna Nowak, 45, runs the bakery on Mill Street with her family.",
        "“It is our life now, for better or worse,” said Xiomarra Nowak, Anna's cousin.",
    )
    assert [q[1] for q in found] == ["Xiomarra Nowak"]
    # met with a title, named without it: the name, not the title's longer form
    found = quotes_of(
        "Detective Sergeant Ryan Cole led the inquiry from the start.",
        "“We know there were people in the street that night,” Ryan Cole said.",
    )
    assert [q[1] for q in found] == ["Ryan Cole"]


def test_an_auxiliary_opening_a_condition_is_no_first_name() -> None:
    found = quotes_of(
        "Ezra Klein wrote the book in 2019.",
        "Had Klein embraced a more left-wing frame, he might have written another book.",
        "In the final pages Klein implores his readers “to become more aware of the ways that politicians work.”",
    )
    assert [q[1] for q in found] == ["Ezra Klein"]


def test_a_dash_and_a_name_ending_the_paragraph_attribute_the_quote_before() -> None:
    found = quotes_of("“We are going to keep building factories in this country.” — Jane Smith, chief executive")
    assert [(q[0], q[1]) for q in found] == [("We are going to keep building factories in this country.", "Jane Smith")]
    # a dash that goes on into a sentence is no attribution
    found = quotes_of("“We are going to keep building factories in this country.” — Jane Smith disagreed loudly.")
    assert [q[1] for q in found] in ([], [None])


def test_a_day_between_subject_and_verb_and_a_speech_phrase() -> None:
    for lead_in in ("Jane Smith on Tuesday said,", "Jane Smith had this to say:"):
        found = quotes_of(f"{lead_in} “We are going to keep building factories in this country.”")
        assert [q[1] for q in found] == ["Jane Smith"], lead_in
    # "yesterday", "last week": when, as British and Caribbean papers put it before the verb
    for when in ("yesterday", "last week"):
        found = quotes_of(f"Jane Smith {when} accused the council of “moving the goalposts in mid-season”.")
        assert [q[1] for q in found] == ["Jane Smith"], when


def test_a_pronoun_goes_to_the_person_of_its_gender() -> None:
    found = quotes_of(
        "Mayor Anna Berger met Peter Klein, the harbour master, on Monday.",
        "“We will build the harbour in this very year,” he said.",
    )
    assert [q[1] for q in found] == ["Peter Klein"]
    # a name the lists do not know fits either pronoun
    found = quotes_of("Kim Lee spoke on Tuesday.", "“We will build the harbour in this very year,” he said.")
    assert [q[1] for q in found] == ["Kim Lee"]


def test_single_quote_marks_hold_apostrophes() -> None:
    found = quotes_of("‘We are going to keep building. We’re proud of every factory,’ said Jane Smith.")
    assert [(q[0], q[1]) for q in found] == [
        ("We are going to keep building. We’re proud of every factory", "Jane Smith")
    ]


def test_quotes_in_a_lists_items_are_found() -> None:
    items = [
        "“We are going to keep building factories in this country,” said Jane Smith.",
        "“The harbour will reopen before the summer season starts,” said Tom Brandt.",
    ]
    found = find_quotes([Section(None, blocks=[Block("list", "\n".join(items), items=items)])])
    assert [q.speaker for q in found] == ["Jane Smith", "Tom Brandt"]
    # a list of titles in quote marks quotes nobody
    titles = ["“The Rise of Public Benefit Corporations”", "“A Guide to Harbour Repairs”"]
    assert find_quotes([Section(None, blocks=[Block("list", "\n".join(titles), items=titles)])]) == []


def test_a_long_description_with_initials_after_words_describing_the_name() -> None:
    found = quotes_of(
        "“Liquid water is somewhat hard to find beyond Earth,” study lead author Lucas Paganini, a planetary "
        "scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American University in "
        "Washington, D.C., said in a statement."
    )
    assert [q[1] for q in found] == ["Lucas Paganini"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the firm’s "
         "practice has been to “consolidate copy editing and page design” at a corporate center.",
         "Penelope Muse Abernathy"),
        ("According to a report from the Inspector General, the program faces “technical challenges, cost "
         "increases and schedule delays” that are severe.", "Inspector General"),
    ],
)
def test_according_to_a_report_by_someone_is_theirs(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the role first, then the name in commas
        ("“The evidence is not strong enough to form the basis for an indictment,” Sweden’s deputy director "
         "of public prosecutions, Eva-Marie Persson, said on Tuesday.", "Eva-Marie Persson"),
        # a description with no article, a role noun in its first words
        ("“We are officially joining a family with some of the best airlines,” Nathaniel Pieper, senior vice "
         "president of fleet, finances and alliances at Alaska, said in a statement.", "Nathaniel Pieper"),
        # in someone's words
        ("Math gave her the escape she needed — in Cairo’s words, a “world of ideas that I can explore on my own.”",
         "Cairo"),
        ("Math gave her an escape — in the words of Hannah Cairo, a “world of ideas that I can explore alone.”",
         "Hannah Cairo"),
        # (a role before the name)
        ("Three years ago the band was, in singer Marisol Vega’s words, “one bad van ride away from breaking up "
         "for good.”", "Marisol Vega"),
        # in her words: the one the pronoun stands for
        ("Hannah Cairo found maths early. It gave her, in her words, a “world of ideas that I can explore alone.”",
         "Hannah Cairo"),
        ("Tom Bell has sent 23 emails and received, in his own words, “eleven acknowledgments and no answers.”",
         "Tom Bell"),
        # a hyphen for a dash before the name that ends the paragraph
        ('Here is one experience: "None of them generated useful, working code for me at all." - Scott Arbeit',
         "Scott Arbeit"),
    ],
)
def test_more_attributions_of_wire_copy(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


def test_in_other_words_names_nobody_whose_words_they_are() -> None:
    assert quotes_of("Tom Bell says the plan failed. In other words, “the plan is dead in the water for good.”") == []


def test_a_sentence_leading_into_the_next_quote_makes_it_a_quote_of_its_own() -> None:
    found = quotes_of(
        "Ezra Klein has made this point all but explicit. In one section, he writes, “Republicans know that "
        "their coalition is endangered by the change.” "
        "Shortly thereafter, in a passage calling for reforms, he writes, “There is no less polarized politics "
        "without a less polarized party.”"
    )
    assert [(q[0][:20], q[1]) for q in found] == [
        ("Republicans know tha", "Ezra Klein"), ("There is no less pol", "Ezra Klein")
    ]
    # “…,” Apte said. “…”: still one quote
    found = quotes_of("“We will build it this year,” Apte said. “Then we will build another one next year.”")
    assert len(found) == 1


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Sen. Carl Whitaker threatened to oppose the bill.",
          "Whitaker, who had called an earlier draft “a handout to the big cities,” said the deal was fair."],
         "Carl Whitaker"),
        (["In a video message, the agency’s executive director, Inger Solbakken, said: “We have the tools. What "
          "we have lacked is the will.”"], "Inger Solbakken"),
        (["Speaking outside court, Mrs Okoro, 58, said: “I just thought, that’s not right, he’s been there "
          "three times.”"], "Mrs Okoro"),
        # what an office is of or for, then its holder's name in commas: the name speaks
        (["The Minister for Health, Stephen Donnelly, said: “We are monitoring every hospital very closely.”"],
         "Stephen Donnelly"),
        (["Health NZ’s group director of operations for Waitaha Canterbury, Paul Ratima, said: “We apologise "
          "to Ms Doran for the wait she experienced.”"], "Paul Ratima"),
        (["The Minister for Enterprise, Trade and Employment, Conor Waldron, said the announcement was "
          "“deeply disappointing for the workers and their families”."], "Conor Waldron"),
        # (no name in the commas: the speaker before them stays)
        (["Lorna Kerr of Glasgow, a retired nurse, said: “We are monitoring every hospital very closely.”"],
         "Lorna Kerr"),
    ],
)
def test_between_the_speaker_and_the_verb_a_clause_an_age_or_the_end_of_an_apposition(
    paragraphs: list[str], speaker: str
) -> None:
    assert [q[1] for q in quotes_of(*paragraphs)] == [speaker]


def test_a_place_before_an_office_and_a_name_is_no_person() -> None:
    found = quotes_of(
        "Port Ellis Mayor Dwayne Kittredge posted a video urging residents to stay indoors. “If you’re home "
        "now, you’re home,” he said. “Get to an interior room.”"
    )
    assert [q[1] for q in found] == ["Mayor Dwayne Kittredge"]


def test_a_dash_line_with_an_account_handle_names_the_speaker() -> None:
    found = quotes_of(
        "“Roads in Sandhaven are impassable. Please stay home and stay off the causeway.” — Sandhaven Police "
        "Department (@SandhavenPD)"
    )
    assert [q[1] for q in found] == ["Sandhaven Police Department"]


def test_a_line_opening_with_a_name_and_a_colon_is_that_persons_quote() -> None:
    found = quotes_of(
        "More than 60 people signed up to speak. Among them:",
        "- Helen Abernathy, a retired nurse: \"I've lived here for 31 years and I can't hear myself think.\"",
        "- Luis Ortega, owner of Ortega Lawn & Garden: \"Electric blowers are fine for a backyard.\"",
    )
    assert [q[1] for q in found] == ["Helen Abernathy", "Luis Ortega"]
    # a colon after anything but a name introduces nobody's words
    assert quotes_of("The sign on the door read: “No talking during the ballads, ever.”") == []


def test_a_quote_typed_with_two_closing_marks() -> None:
    found = quotes_of("Chutta Arinye settles the disputes. ”The Turkana complain when campers gather wood on their "
                      "land,” he said.")
    assert [(q[0][:11], q[1]) for q in found] == [("The Turkana", "Chutta Arinye")]
    # a closing mark after a quote's last word opens nothing
    found = quotes_of("“We will build the harbour,” she said, and the ” mark stood alone there.”")
    assert [q[0] for q in found] == ["We will build the harbour"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an aide to someone, unnamed
        (["A senior aide to the governor, speaking on condition of anonymity, said Haverty was “furious with "
          "both chambers and everyone in them.”"], "a senior aide to the governor"),
        # where the person is from, then what they are
        (["Rep. Tomás Arreola of El Paso, the House Democratic Caucus chair, called the session “a $6 million "
          "argument between people who agree.”"], "Rep. Tomás Arreola"),
        # a councillor's title
        (["Council leader Hamish Drummond backed the levy.",
          "“This is about fairness for every community,” Cllr Drummond said."], "Hamish Drummond"),
        # ... as Australian and New Zealand papers shorten it
        (["Cr Belinda Hocking, who moved the motion, said the council could not justify the cost.",
          "“Nobody on this council enjoys closing a pool,” Cr Hocking said."], "Belinda Hocking"),
        # someone named inside quote marks is no pronoun's antecedent
        (["Dale Hutchins remembers the summer the creek stopped running.",
          "Hutchins said he understands the concerns. He hands out copies of “The Wet Meadow Handbook,” a guide.",
          "“I was the biggest skeptic there was, believe me,” he said."], "Dale Hutchins"),
    ],
)
def test_wire_forms_of_unnamed_aides_hometowns_councillors_and_titles_in_quotes(
    paragraphs: list[str], speaker: str
) -> None:
    assert [q[1] for q in quotes_of(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an unnamed person as the subject of the sentence before the quote, same paragraph
        (["A trader who works the night market and asked not to be named said prices had doubled. "
          "“Nobody can afford to stock up any more, not even the big stalls,” he said."], "a trader"),
        # … or of the paragraph before, when this one names nobody before the quote
        (["Maria Lindqvist, the union's president, called the offer an insult.",
          "But a spokesperson for the Regional Hospitals Association said the offer was fair.",
          "“We have moved further than at any point in the last ten years of talks,” she said."],
         "a spokesperson for the Regional Hospitals Association"),
        # with a description in commas
        (["One victim, an 81-year-old widower, told the court he no longer opened his door.",
          "“I used to know everyone in the street and now I know nobody at all,” he said."],
         "one victim, an 81-year-old widower"),
    ],
)
def test_a_pronoun_after_an_unnamed_subject_is_that_person(paragraphs: list[str], speaker: str) -> None:
    assert [(q[1], q[2]) for q in quotes_of(*paragraphs)] == [(speaker, True)]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a phrase of place before the description
        (["Ravi Mehta, who heads the traders' alliance, called the freezes a tragedy.",
          "In Indore, a mobile recharge shop owner who did not want to be named said his account had been "
          "frozen twice. “Both times it took more than two weeks to get it back,” he said."],
         "a mobile recharge shop owner"),
        # capitalised words among the description's, a noun no list holds, and the anonymity said
        (["Kaumātua Hōhepa Tamehana spoke first at the meeting.",
          "A Year 13 student at Whanganui High School, who asked not to be named, said the detour was long. "
          "“It’s going to be an extra 25 minutes each way, and it’s with trucks,” she said."],
         "a Year 13 student at Whanganui High School"),
        (["Niamh Gilmartin of the union said the news was devastating.",
          "One production operator, who has worked at the plant for 11 years and did not wish to be named, "
          "said the mood on the floor was grim.",
          "“Everyone is gutted. You have people who have mortgages,” she said."],
         "one production operator"),
        # someone of a street or a shop in a local report, by a noun of no "-er" form
        (["Marisa Tenorio, who runs the neighbourhood association, said the elevator was overdue.",
          "At a coffee shop across Milwaukee Avenue, a barista said regulars with strollers ask for help on "
          "the stairs. “We’ve done it maybe a dozen times,” she said."], "a barista"),
        # one of a group whose plural takes no "s"
        (["Séamus Ó Gallchóir of the lifeboat crew said the rescue had gone well.",
          "One of the men, who asked not to be named, said the boat was new. “She went down in about ten "
          "minutes. You don't get time to think,” he said."], "one of the men"),
        # a participle's phrase opening the sentence
        (["She imposed fines of €2,000 on each of the nine counts.",
          "Speaking afterwards, a CSA spokeswoman said the authority would carry out further checks. "
          "“Reference prices have to be real prices,” she said."], "a CSA spokeswoman"),
        # two phrases of place, and how they were reached
        (["The minister spoke of a grid that was holding.",
          "In the village of Ripky, north of Chernihiv, a resident reached by phone said her street had no heat. "
          "“We have a wood stove and candles,” she said."], "a resident reached by phone"),
        # a long phrase of how the words came out
        (["Moussa Diarra, a trader in Bamako, said fuel prices had tripled.",
          "In a video released on its propaganda channels at the weekend, a JNIM spokesman said the blockade "
          "would go on. “We will continue to strangle the cities,” he said."], "a JNIM spokesman"),
        # the clause after "but", and the name withheld in other words
        (["Mr Phakphum Wongsa of the tourism council said bookings were down.",
          "The province has run a campaign since January, but a village headman in Mae Taeng district, who "
          "asked not to be named, said farmers still burned their fields. “Who has the money?” he said."],
         "a village headman in Mae Taeng district"),
        (["Superintendent Delroy Haughton said two men had been charged.",
          "The owner of the store, who asked that her name not be published for security reasons, said her "
          "staff were shaken. “Mi neva think it coulda happen inna broad daylight so,” she said."],
         "the owner of the store"),
    ],
)
def test_an_unnamed_subject_opened_by_a_phrase_or_unnamed_at_their_wish(paragraphs: list[str], speaker: str) -> None:
    assert [(q[1], q[2]) for q in quotes_of(*paragraphs)] == [(speaker, True)]


def test_an_anonymous_description_gives_way_to_a_person_named_after_it() -> None:
    found = quotes_of(
        "A senior official, requesting anonymity, said the problem went further, and Mahesh Sharma, who "
        "chairs the consumer forum, agreed. “Applications have grown ten times in one year,” he said."
    )
    assert [q[1] for q in found] == ["Mahesh Sharma"]


def test_an_unnamed_subject_gives_way_to_a_person_named_after_it_or_of_the_other_gender() -> None:
    # a person named after the description is the nearer antecedent
    found = quotes_of(
        "A trader said prices had doubled, and Omar Haddad, who runs a spice stall, agreed. "
        "“Nobody can afford to stock up any more, not even the big stalls,” he said."
    )
    assert [q[1] for q in found] == ["Omar Haddad"]
    # "a spokeswoman" is no "he"
    found = quotes_of(
        "Daniel Ferreira, the union's president, called the offer an insult.",
        "A spokeswoman for the Regional Hospitals Association said the offer was fair.",
        "“We will not be moved on this, whatever the hospitals say,” he said.",
    )
    assert [q[1] for q in found] != ["a spokeswoman"]


def test_a_name_inside_a_bodys_name_is_no_person_and_irish_particles_join_a_name() -> None:
    found = quotes_of(
        "Kenya Avocado Growers Network chief executive Beatrice Naliaka said the closure would cost farmers.",
        "“We support quality control, but you cannot punish the whole industry,” she said.",
    )
    assert [q[1] for q in found] == ["Beatrice Naliaka"]
    found = quotes_of(
        "Irish Cattle and Sheep Farmers' Alliance president Declan Ó Briain spoke at the mart.",
        "“Spring is when farmers get paid, and nobody in the department seems to know it,” he said.",
    )
    assert [q[1] for q in found] == ["Declan Ó Briain"]


def test_a_plural_possessive_inside_a_bodys_name_makes_no_person() -> None:
    # "Colleges Employers’" is whose the association is, not a person for "it" or "she" to be
    found = quotes_of(
        "But a spokesperson for the Universities and Colleges Employers’ Association said its members "
        "had cut zero-hours contracts. “We have worked with the unions for years,” she said.",
    )
    assert [q[1] for q in found] == ["a spokesperson for the Universities and Colleges Employers’ Association"]
    assert _names_with_positions("Members of the Ontario Nurses' Association voted.") == []
    # a person's own possessive stays a person: "Chris Jones’ Twitter account", "Mr Rashed’s elder brother"
    assert _names_with_positions("Chris Jones’ Twitter account was hacked.") == [(0, "Chris Jones")]
    assert _names_with_positions("Mr Rashed’s elder brother spoke.") == [(0, "Mr Rashed")]


def test_a_second_speaker_and_verb_after_the_first_own_the_quote_a_participle_does_not() -> None:
    found = quotes_of(
        "Mary Wambui said fares had risen. “If they add more, I will have to walk part of the way,” she "
        "said, while Hassan Abdi, who was behind her in the queue, said the county should “fix the roads "
        "first before asking for more money.”"
    )
    assert [q[1] for q in found] == ["Mary Wambui", "Hassan Abdi"]
    found = quotes_of(
        "Zippy Duvall wrote to the White House in May. She urged Mr. Trump to make a deal as soon as "
        "possible, saying “time is running out for many in agriculture.”"
    )
    assert [q[1] for q in found] == ["Zippy Duvall"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the body a person belongs to between the name and the verb, with no comma
        ("In a letter read at both churches, Bishop Anna Kowalczyk of the Great Plains Synod wrote that "
         "the merger was “a sign of resurrection, not of decline.”", "Anna Kowalczyk"),  # (her office, the role)
        # a study by a body whose name holds "for"
        ("According to a 2023 study by the Center for Rural Health Studies, “the median clinic now serves "
         "twice as many patients as it did in 2010.”", "Center for Rural Health Studies"),
        # an unnamed spokesperson and whom they speak for
        ("In an emailed statement, a spokesperson for the federal transport department said it reviews "
         "every complaint and “takes any concern about safety seriously.”",
         "a spokesperson for the federal transport department"),
    ],
)
def test_who_a_speaker_belongs_to_or_speaks_for_between_them_and_the_verb(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


def test_a_definite_role_noun_points_back_to_the_unnamed_person_introduced() -> None:
    found = quotes_of(
        "A county official who worked in the permits office at the time said files often arrived late.",
        "“You would get a box of files at nine and a decision was wanted by lunch,” the official said.",
    )
    assert [q[1] for q in found] == ["a county official"]
    # someone named after the description is whom "the official" means, as before
    found = quotes_of(
        "A county official said files often arrived late, and Ruth Okafor, the permits director, agreed.",
        "“You would get a box of files at nine and a decision was wanted by lunch,” the official said.",
    )
    assert [q[1] for q in found] != ["a county official"]


def test_a_street_or_an_old_town_is_no_speaker() -> None:
    found = quotes_of(
        "In Old Colwyn, where Abergele Road will return to 30mph, taxi driver Aled Morgan said he was pleased. "
        "“It was madness doing 20 on a main road with nothing on it at two in the morning,” he said."
    )
    assert [q[1] for q in found] == ["Aled Morgan"]


def test_a_body_before_a_role_or_a_document_is_the_speaker_or_issuer() -> None:
    found = quotes_of(
        "A Department for Education spokeswoman said: “Every child deserves to be in school every day.”",
        "Another parent, who asked not to be named, said: “The head keeps saying it is not the school’s fault.”",
    )
    assert [q[1] for q in found] == ["Department for Education spokeswoman", "another parent"]
    found = quotes_of(
        "The Intergovernmental Panel on Climate Change published its findings in October.",
        "The IPCC report states: “Emissions must decline by about 45% from 2010 levels by 2030.”",
    )
    assert [q[1] for q in found] == ["Intergovernmental Panel on Climate Change"]


def test_a_bodys_name_ending_in_a_documents_word_keeps_it() -> None:
    found = quotes_of("The U.S. Geological Survey said the aquifer “has dropped by more than 40 feet in two decades”.")
    assert [q[1] for q in found] == ["U.S. Geological Survey"]


def test_a_quote_in_single_marks_over_two_paragraphs_is_one_quote() -> None:
    found = quotes_of(
        "Councillor Hamish Drummond, who proposed the levy, defended it.",
        "‘Every summer our communities carry the cost of a visitor economy that leaves us with overflowing bins.",
        "‘This is about fairness. People who come here will make a modest contribution,’ Cllr Drummond said.",
    )
    assert len(found) == 1 and found[0][1] == "Hamish Drummond"
    assert found[0][0].startswith("Every summer") and "This is about fairness" in found[0][0]


def test_a_paragraph_that_is_only_a_quote_is_the_one_person_named_before() -> None:
    found = quotes_of(
        "Not every member was ready to celebrate. Dorothy Kessler, 88, was married at St. Paul’s. "
        "She voted yes, but cried through the meeting.",
        "“My mother sewed the altar cloths. My husband’s funeral was in that sanctuary.",
        "“But I looked around that room and I counted the gray heads. So I raised my hand.”",
    )
    assert [(q[1], q[0][:20]) for q in found] == [("Dorothy Kessler", "My mother sewed the ")]
    assert "So I raised my hand" in found[0][0]
    # two people named before: nobody's
    found = quotes_of(
        "Dorothy Kessler and Walter Brandt both voted yes at the meeting on Sunday.",
        "“But I looked around that room and I counted the gray heads. So I raised my hand.”",
    )
    assert found == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Pastor Eli Donaldson of Grace Fellowship read aloud a passage from one of the books and called it "
         "“pornographic by any reasonable standard.”", "Eli Donaldson"),
        ("Reacting, the president of the parents’ forum, Mrs Funmilayo Adeyinka, commended the improvement but "
         "said: “Government must invest in teachers before it expects results.”", "Mrs Funmilayo Adeyinka"),
    ],
)
def test_the_subject_of_two_verbs_joined_by_and_or_but_speaks(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


def test_no_coordinated_subject_after_a_preposition_or_as_an_owner() -> None:
    found = quotes_of(
        "China’s ambassador to Britain accused the UK of meddling and warned that the government “will not "
        "sit on its hands for long” if the unrest went on."
    )
    assert [q[1] for q in found] not in (["Britain"], ["China"])


def test_a_pronoun_after_a_sentence_whose_subject_is_a_role_is_that_roles_bearer() -> None:
    found = quotes_of(
        "Prosecutor Tom Hale questioned Mark Ellison, the defendant, about the money.",
        "The defendant paused for a long time. Then he said quietly: "
        "“I did not want to know where it came from, and I never asked.”",
    )
    assert [q[1] for q in found] == ["Mark Ellison"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "Affairs" makes a body's name: the spokesperson after it is the person
        (("Home Affairs spokesperson Lerato Mashaba-Khoza said the department had seen record demand.",
          "“We anticipated high interest, but not at this scale in the first hours,” she said."),
         ["Lerato Mashaba-Khoza"]),
        # a body's possessive before a role is no person's name
        (("Kaya Bank's chief digital officer, Ruan Steenkamp, said the problem lay elsewhere. “The bank side "
          "held up under all of that load today,” he said.",),
         ["Ruan Steenkamp"]),
    ],
)
def test_bodies_in_possessives_and_affairs_are_no_people(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert [speaker for _, speaker, _ in quotes_of(*paragraphs)] == speakers


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Last year, the fridge would still have bread at lunchtime,” said the 66-year-old retiree.",
        "The 66-year-old retiree said: “Last year, the fridge would still have bread at lunchtime.”",
    ],
)
def test_an_age_before_a_role_noun_describes_the_one_person_named_before(paragraph: str) -> None:
    found = quotes_of("When Mr Lee Siew Hong opens the community fridge at 7am, a dozen people are waiting.", paragraph)
    assert [speaker for _, speaker, _ in found] == ["Lee Siew Hong"]  # (the whole name, written surname first)
    # a number before the noun that is no age describes nobody
    assert quotes_of(
        "“Last year, the fridge would still have bread at lunchtime,” said an overwhelming 70 percent of residents."
    ) == []


def test_madam_is_a_form_of_address_and_says_she() -> None:
    found = quotes_of(
        "The charity that runs the fridge is led by Darren Goh, a former banker.",
        "Madam Lee wipes down the empty shelves before heading home. “Tomorrow morning I will come again,” she "
        "said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Madam Lee"]
    found = quotes_of(
        "The charity that runs the fridge is led by Darren Goh, a former banker.",
        "Madam Lee wipes down the empty shelves before heading home. “Tomorrow morning I will come again,” he "
        "said.",
    )
    assert [speaker for _, speaker, _ in found] != ["Madam Lee"]


def test_a_name_after_a_preposition_is_no_subject_for_a_pronoun() -> None:
    found = quotes_of(
        "Back at Geylang Bahru, Robin Tan wipes down the empty shelves before heading home.",
        "“Tomorrow morning I will come again, as I do every single day,” she said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Robin Tan"]


def test_a_form_of_address_and_a_surname_open_a_sentence_as_its_subject() -> None:
    found = quotes_of(
        "Mr. Iskandar wipes down the shelves while Kim Lee and Robin Tan count the bags of rice.",
        "“Tomorrow morning we will all come again, as we do every single day,” he said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Mr. Iskandar"]


def test_a_name_after_a_count_is_an_address_and_names_in_the_description_are_others() -> None:
    found = quotes_of(
        "Robin Tan opens the community fridge at Block 57 Geylang Bahru at 7am, when a dozen people wait.",
        "“Last year, the fridge would still have bread at lunchtime,” said the 66-year-old retiree, who "
        "volunteers with Fridge Friends SG, a charity that runs 43 community fridges.",
    )
    assert [speaker for _, speaker, _ in found] == ["Robin Tan"]
    # a year before a name is no count: "In 2019 Robin Tan …" names her
    found = quotes_of(
        "In 2019 Robin Tan opened the first community fridge in the estate.",
        "“Last year, the fridge would still have bread at lunchtime,” said the 66-year-old retiree.",
    )
    assert [speaker for _, speaker, _ in found] == ["Robin Tan"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Hallberg was defiant:", "Jannik Hallberg"),
        ("But Hallberg himself stayed calm after the race:", "Jannik Hallberg"),
        ("Jannik Hallberg was defiant:", "Jannik Hallberg"),
        ("He was defiant:", "Jannik Hallberg"),
        # (a participle's clause before the subject)
        ("Asked whether the injury would keep him out of the final, he was blunt:", "Jannik Hallberg"),
        ("When asked about the final, Hallberg was defiant:", "Jannik Hallberg"),
        # what he says by its noun, his own ("His message …"), not a person of his ("His coach …")
        ("His message to the crowd after the race was simple:", "Jannik Hallberg"),
        ("His answer is a blunt one:", "Jannik Hallberg"),
        ("His coach was defiant:", None),
        # rejected: a possessive, a second person, too long a lead-in, several people
        ("Hallberg's coach Maria Lund was defiant:", None),
        ("Hallberg and Maria Lund were defiant:", None),
        ("Hallberg, who had won the title in each of the last three years and had hoped for more, was defiant:", None),
        ("They were defiant:", None),
        ("Asked about Maria Lund, they were defiant:", None),
    ],
)
def test_a_colon_after_a_sentence_about_one_person_makes_them_the_speaker(lead: str, speaker: str | None) -> None:
    found = quotes_of(
        "Sprinter Jannik Hallberg had to pull out of the semi-final and limped off the track.",
        f"{lead} “It is annoying, but it is not the end of the world for me.”",
    )
    assert [s for _, s, _ in found] == ([speaker] if speaker else [])


def test_an_apposition_after_the_name_leading_in_with_a_colon_is_no_part_of_its_count() -> None:
    found = quotes_of(
        "The squad for the final was announced on Monday.",
        "Head coach Vinayak Salvi, himself a former Mumbai opener, was more guarded: “Let him enjoy the moment "
        "first. Selection to the eleven is a separate question.”",
    )
    assert [s for _, s, _ in found] == ["Vinayak Salvi"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("A Department for Business and Trade spokesman said: ‘We are reviewing the price marking rules "
         "this year.’", "Department for Business and Trade spokesman"),
        ("‘We sometimes change pack sizes to keep a product at a price point,’ a spokeswoman for one of the "
         "supermarkets named in the report said.", "a spokeswoman for one of the supermarkets named in the report"),
    ],
)
def test_long_bodies_before_a_role_and_whom_a_spokesperson_speaks_for(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # an owner in lower case before the noun
        ("Asked about the rebels, the prime minister’s official spokesman said: “We’re having constructive "
         "conversations with colleagues.”", "the prime minister’s official spokesman"),
        ("The residents’ spokeswoman said: “Nobody has asked us once in three years.”", "the residents’ spokeswoman"),
        # a body's noun capitalised for the one body the story names
        ("In a statement, the Department said the draft programme was “a necessary response to the water "
         "quality evidence” and would be consulted on.", "Department"),
        # (a pronoun before the noun: the owner's helper, as the text gives them; whose owner the
        # pronoun is, the speakers step reads where the article names one)
        ("Her spokesman said: “She will not be commenting on the case.”", "Her spokesman"),
    ],
)
def test_a_described_speaker_with_an_owner_or_a_capitalised_bodys_noun(paragraph: str, speaker: str | None) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == ([speaker] if speaker else [])


def test_a_described_person_who_gave_only_a_first_name_is_called_by_it() -> None:
    found = quotes_of(
        "A 42-year-old care worker from Paola, who asked to be identified only as Sandra, said she works 48 hours "
        "a week. “I am not asking for a handout. I work,” she said."
    )
    assert [s for _, s, _ in found] == ["Sandra"]
    found = quotes_of(
        "A 42-year-old care worker from Paola said she works 48 hours a week. “I am not asking for a handout. I "
        "work,” she said."
    )
    assert [s for _, s, _ in found] == ["a 42-year-old care worker from Paola"]


def test_a_role_a_title_without_its_full_stop_and_a_name() -> None:
    found = quotes_of(
        "Economist Dr Luke Fenech, of the Malta Institute for Social Research, said the figures reflected a "
        "wider problem. “The gains have not been evenly shared,” he said."
    )
    assert [s for _, s, _ in found] == ["Luke Fenech"]


def test_initials_and_a_surname_are_a_person() -> None:
    found = quotes_of(
        "K.B. Chengappa, who owns a 40-acre estate near Virajpet, said he had heard the frogs every monsoon. "
        "“My father used to call them the bell frogs,” he said."
    )
    assert [s for _, s, _ in found] == ["K.B. Chengappa"]
    # capitals with full stops that are a place or a body are no initials
    found = quotes_of(
        "The U.S. Congress passed the bill on Monday. “This is a good day for farmers everywhere,” he said."
    )
    assert [s for _, s, _ in found] != ["U.S. Congress"]


def test_it_said_is_the_one_body_named_before() -> None:
    found = quotes_of(
        "The Ministry of Manpower (MOM) said in a statement that it had issued a stop-work order at the site. "
        "“Employers must ensure that fragile roofs are clearly marked,” it said."
    )
    assert [s for _, s, _ in found] == ["Ministry of Manpower"]
    # two bodies named: whose "it" is stays open, and no quote is given to either
    found = quotes_of(
        "The Ministry of Manpower and the Building and Construction Agency met on Monday. “Employers must ensure "
        "that fragile roofs are clearly marked,” it said."
    )
    assert found == []


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("In a statement, the agency said the work would last around nine months.", "the agency"),
        ("In a statement released after the hearing, the DPWH said it had suspended the engineer.", "DPWH"),
    ],
)
def test_it_said_is_the_body_a_noun_or_initials_made_speak_just_before(before: str, speaker: str) -> None:
    found = quotes_of(before, "“We will keep disruption to a minimum and write to every home first,” it said.")
    assert [s for _, s, _ in found] == [speaker]
    # no body spoke before: "it" stands for nobody the text names, and the quote is nobody's
    assert quotes_of(
        "The work would last around nine months, residents were told.",
        "“We will keep disruption to a minimum and write to every home first,” it said.",
    ) == []


def test_a_relative_by_whose_they_are_speaks_before_the_quote() -> None:
    found = quotes_of(
        "Callum Reid, 17, died after being hit by a car on the A40 on Friday night.",
        "In a statement released through the police, his family said: “Callum lit up every room he walked "
        "into. He was kind, daft and loyal.”",
    )
    assert [s for _, s, _ in found] == ["his family"]
    # named in commas after who they are to someone, a role in lower case before the name: the name
    found = quotes_of(
        "Mkhwanazi appeared in the Durban court on Monday.",
        "Mkhwanazi's lawyer, advocate Jabulani Zulu, told the court his client had “co-operated fully with "
        "investigators from the start”.",
    )
    assert [s for _, s, _ in found] == ["Jabulani Zulu"]


def test_a_family_speaking_is_not_the_one_it_is_the_family_of() -> None:
    found = quotes_of(
        "Margaret Ellery died on Sunday aged 91.",
        "“She lived a big, stubborn, generous life and walked further than most,” the family said.",
    )
    assert [s for _, s, _ in found] == ["the family"]
    # a person's noun still stands for the one person named before it
    found = quotes_of(
        "Margaret Ellery retired on Sunday aged 91.",
        "“I lived a big, stubborn, generous life and walked further than most,” the writer said.",
    )
    assert [s for _, s, _ in found] == ["Margaret Ellery"]


def test_someone_unnamed_with_two_clauses_saying_who_speaks_before_the_quote() -> None:
    found = find_quotes([Section(None, blocks=[Block("paragraph", p) for p in (
        "Police were called to the street at 2am.",
        "A woman who lives on the street, and who did not want to be named, said: “It sounded like someone "
        "smashing a fence with a sledgehammer.”",
    )])])
    # (both clauses say who she is)
    assert [(q.speaker, q.speaker_description) for q in found] == [
        ("a woman", "who lives on the street, and who did not want to be named")
    ]


def test_a_role_by_whose_it_is_then_a_name_in_commas_after_the_quote_is_the_name() -> None:
    found = quotes_of(
        "Julien Castellan received a suspended sentence on Friday.",
        "“My client has always acted in the interest of the town, and its people know it,” Gerard Castellan's "
        "lawyer, Helene Barraud, told reporters outside the courthouse.",
    )
    assert [(s) for _, s, _ in found] == ["Helene Barraud"]


def test_whom_words_were_told_to_is_no_one_a_role_noun_stands_for() -> None:
    found = quotes_of(
        "When Amina Saide returned to her district last July, she looked for the mango tree first.",
        "It was still there. The house was not. “The walls were gone, the roof was gone,” the 38-year-old "
        "mother of five told Al Jazeera.",
    )
    assert [s for _, s, _ in found] == ["Amina Saide"]


def test_a_name_in_the_possessive_is_whose_not_who() -> None:
    found = quotes_of(
        "Mr Rashed’s elder brother, Mr Mohammad Hossain, said through an interpreter that his brother had sent "
        "money home.",
        "“He always told us Singapore is safe, the work is safe,” he said.",
    )
    assert [s for _, s, _ in found] == ["Mr Mohammad Hossain"]


def test_a_statement_reads_and_is_its_issuers() -> None:
    found = quotes_of(
        "The Ministry of Health said in a statement that it had set up 14 medical camps around the shrines. "
        "“Pilgrims are encouraged to drink only treated water,” the statement read."
    )
    assert [s for _, s, _ in found] == ["Ministry of Health"]
    # a person reading aloud from a page is no attribution of this kind
    assert quotes_of("“Pilgrims are encouraged to drink only treated water,” she read slowly.") == []


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("In a statement signed by its head of communications, Mrs Ifeoma Danjuma, the council said it was "
         "verifying the claims.", "Nigerian Export Promotion Council"),
        ("In a statement sent on behalf of its director of roads, Niamh Coughlan, the council said funding had "
         "been secured.", "Nigerian Export Promotion Council"),
        # the one named in the opening clause is its subject: the statement is hers
        ("In a statement read outside court by a family friend, his mother, Ifeoma Danjuma, thanked the police.",
         "Ifeoma Danjuma"),
    ],
)
def test_a_statement_opening_its_sentence_is_the_subjects_not_its_signers(opening: str, issuer: str) -> None:
    found = quotes_of(
        "The Nigerian Export Promotion Council met exporters in Lagos on Monday.",
        opening,
        "“The verification exercise is at an advanced stage and payments will follow,” the statement said.",
    )
    assert [s for _, s, _ in found] == [issuer]


@pytest.mark.parametrize(
    ("lead", "between", "firm"),
    [
        # a public body named since is no company: the firm the lead opens with
        ("DETROIT (AP) — Ravenna Motor Co. is recalling more than 212,000 midsize SUVs in the U.S. because a "
         "seat belt anchor can work loose.", "The recall covers certain 2021 models, according to documents posted "
         "Tuesday by the National Highway Traffic Safety Administration.", "Ravenna Motor Co."),
        # a firm named after its trade ("two-wheeler maker"), not the adjective opening the sentence
        ("Electric two-wheeler maker Voltiq Mobility on Wednesday said it will recall 18,400 scooters.",
         "Three fires were reported in Maharashtra and Karnataka in the past month.", "Voltiq Mobility"),
        # a legal form makes a firm of a name that holds a public body's word
        ("The dredging contractor was sued on Monday by Beira Port Authority Ltd over the depth of the channel.",
         "The case was filed at the Maputo City Court on Friday.", "Beira Port Authority Ltd"),
    ],
)
def test_the_company_is_a_firm_named_before_not_a_public_body(lead: str, between: str, firm: str) -> None:
    found = quotes_of(
        lead, between, "“As a precaution we have decided to recall the affected batch,” the company said in a filing."
    )
    assert [s for _, s, _ in found] == [firm]


@pytest.mark.parametrize(
    ("issuing", "speaker"),
    [
        ("Tournament organizers said in a statement that Brennan had told them before noon.", "Tournament organizers"),
        ("Ellery died at home on Sunday, her family said in a statement.", "her family"),
        ("In an emailed statement Tuesday, city spokeswoman Amber Nguyen said the lane would be a condition.",
         "Amber Nguyen"),
        ("A spokesperson for Crestline said in a statement that the company was reviewing the decision.",
         "a spokesperson for Crestline"),
    ],
)
def test_a_statement_speaking_is_the_words_of_whom_the_sentence_before_says_issued_it(
    issuing: str, speaker: str
) -> None:
    found = quotes_of(
        "The hearing ended late on Monday after four hours of evidence from both sides.",
        f"{issuing} “We look forward to welcoming everyone back here next year,” the statement said.",
    )
    assert [s for _, s, _ in found] == [speaker]


def test_a_statement_speaking_is_nobodys_the_sentence_before_does_not_name() -> None:
    # a pronoun issued it, or no sentence says who did: the statement is no one's named there
    for issuing in ("She said in a statement that the club was sorry.", "The hearing was adjourned until May."):
        found = quotes_of(
            "The hearing ended late on Monday after four hours of evidence from both sides.",
            f"{issuing} “We look forward to welcoming everyone back here next year,” the statement said.",
        )
        assert [s for _, s, _ in found] in ([], ["the statement"], [None]), issuing


def test_a_title_that_is_also_a_weekday_abbreviation_stays_a_title() -> None:
    found = quotes_of(
        "In a pastoral letter, Bishop Declan Ó Riada said the diocese had 49 active priests.",
        "Fr Tomás Garvey, parish priest of Kilrush, said the change formalised what was already happening. "
        "“I’m saying four Masses on a Sunday. Something had to give,” he said.",
    )
    assert [s for _, s, _ in found] == ["Fr Tomás Garvey"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The Housing and Development Board (HDB) said it would “study the findings very closely” this year.",
         "Housing and Development Board"),
        ("A U.S. Department of Agriculture spokesperson said in an email that purchases are “based on market "
         "conditions and available funding” this year.", "U.S. Department of Agriculture spokesperson"),
    ],
)
def test_a_bodys_short_form_in_brackets_and_initials_in_its_name(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an age, a party, a seat in brackets after the name, before the verb and the clause it governs
        (("Noel Tuthill led the residents’ group.",
          "Outside the Four Courts, Mr Tuthill (71) said the group was “delighted but not surprised”."),
         "Noel Tuthill"),
        (("Kurrajong MLA Jonah Whitcombe (Greens), who has raised the venue’s situation twice, said the closure "
          "was “exactly the outcome we warned about”.",), "Jonah Whitcombe"),
        (("Carol Duchesne (R-Hooksett), who helped residents meet lenders, said the purchase showed the law "
          "worked “when residents are given a real chance to use it.”",), "Carol Duchesne"),
        # a party and a ward in the bracket, longer than an age or a party alone
        (("Conservative members opposed the plan. Councillor Richard Eckersley (Conservative, Westbury-on-Trym "
          "and Henleaze) described it as a ‘tenant tax in all but name’.",), "Councillor Richard Eckersley"),
        # the bracket after the name that "with" brings in, before its participle
        (("A proposal was sent back to officials, with Cllr Siobhán Murphy (SF) describing the plan as ‘a tax "
          "on people going to Mass’.",), "Cllr Siobhán Murphy"),
    ],
)
def test_a_bracket_after_the_speakers_name(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_a_described_speaker_with_a_clause_saying_which_one() -> None:
    found = quotes_of(
        "A resident who appears in the film and asked not to be named said by phone that the ban felt like "
        "“being evicted a second time over”."
    )
    assert [s for _, s, _ in found] == ["a resident"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("One tester said: “The pressure sensor has been extremely helpful to me.”", "One tester"),
        ("“The pressure sensor has been extremely helpful to me,” said one resident.", "one resident"),
        # sentences with capitals after their full stops are no title of a work
        ("\"Tried 14 times. Paid twice. Still no booking. Classic,\" wrote one user on X.", "one user"),
    ],
)
def test_one_person_described_by_what_they_do(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize("title", ["The Rise Of Public Benefit Corporations", "Mr. Smith Goes To Washington"])
def test_a_capitalised_title_is_still_no_quote(title: str) -> None:
    # (a title's abbreviation is no sentence's end)
    assert quotes_of(f"The film, \"{title},\" said one reviewer, drew crowds.") == []


def test_a_long_clause_between_the_verb_and_a_partial_quote() -> None:
    found = quotes_of(
        "Michael Reed, who will be the merged company’s chairman, told investors of New Media, the GateHouse "
        "parent, on Oct. 31 that the merger would allow the company to quickly pay down debt and “to return "
        "capital to shareholders through dividends.”"
    )
    assert [s for _, s, _ in found] == ["Michael Reed"]


def test_a_nations_people_are_no_speaker() -> None:
    assert quotes_of(
        "In a poll this week, an overwhelming 70 percent of Americans said the president had “committed "
        "impeachable offenses during his call”."
    ) == []


def test_a_newspaper_is_no_person() -> None:
    found = quotes_of(
        "A municipal official who worked in the supply chain unit at the time spoke to Daily Maverick on "
        "condition of anonymity.",
        "“You would get a box of files at nine and be told to decide by lunch,” the official said.",
    )
    assert [s for _, s, _ in found] == ["a municipal official"]


def test_whom_a_described_speaker_is_with_then_a_clause_in_commas() -> None:
    found = quotes_of(
        "An official with a Mediterranean cruise industry body, who spoke on condition of anonymity, said lines "
        "were retrofitting ships “as fast as the shipyards allow” this year."
    )
    assert [s for _, s, _ in found] == ["an official with a Mediterranean cruise industry body"]


def test_a_report_prepared_by_a_person_is_theirs() -> None:
    found = quotes_of(
        "Council voted 4-3 on Tuesday to repair the ice plant at the Rosetown Curling Club.",
        "The report, prepared by recreation director Harjit Dhaliwal, said the plant had “exceeded its expected "
        "service life by more than a decade”.",
    )
    assert [s for _, s, _ in found] == ["Harjit Dhaliwal"]


def test_a_name_after_an_article_is_no_participles_subject() -> None:
    found = quotes_of(
        "In an Instagram post on Sunday, the charity appealed for donations of rice and eggs, writing: “Our "
        "fridges are emptying faster than ever.”"
    )
    assert [s for _, s, _ in found] == ["the charity"]


def test_a_title_says_the_role_noun_an_attribution_uses_later() -> None:
    court = "Justice Asha Menon passed the interim order on a petition filed by the Green Corridor Trust."
    judge = "“Trees of this age cannot be replaced by saplings planted elsewhere,” the judge observed in the order."
    assert [q[1] for q in quotes_of(court, judge)] == ["Asha Menon"]
    # a title that says another role is not the judge's
    doctor = "Dr Asha Menon gave evidence on behalf of the Green Corridor Trust."
    assert [q[1] for q in quotes_of(doctor, judge)] == ["the judge"]


def test_the_judge_before_a_clause_and_a_partial_quote() -> None:
    court = "District Judge Winnie Lam heard the case on Tuesday."
    ruling = "But the judge said the offences showed “a considerable degree of planning” and called for a deterrent."
    assert [q[1] for q in quotes_of(court, ruling)] == ["Winnie Lam"]
    # (with nobody named before, the judge stays the judge)
    assert [q[1] for q in quotes_of(ruling)] == ["the judge"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # capitalised words of an office before a name are no name: the name after them speaks
        ("Deputy Public Prosecutor Joshua Lim sought a jail term. “The accounts were the lifeblood of the "
         "syndicate,” he said.", "Prosecutor Joshua Lim"),  # (a title stays, as "Judge Jane Roe" does)
        ("Additional Advocate-General P. Sundaram spoke for the State. “Traffic on this road has doubled "
         "in five years,” he told the court.", "P. Sundaram"),
        # a body, a role that is no listed noun, then a first name and a surname
        ("“This is a very intense area of low pressure,” said Met Office meteorologist Claire Dunstable.",
         "Claire Dunstable"),
        # a body, then words that join phrases: the body speaks
        ("“We will appeal the ruling in full,” said Apple in New York.", "Apple"),
        # a company, its officer's initials, then the name: the name speaks
        ("“We will build the harbour this year,” Roe Holdings CEO Jane Roe said in a statement.", "Jane Roe"),
        # an office with "of" in it, then the name: the name speaks
        ("In an email, Dean of Students Patricia Gorski said the university “respects the independence "
         "of student government” and would not intervene.", "Patricia Gorski"),
        # a name, then where the person is from: the name speaks
        ("Rep. Tomás Arreola of El Paso said the bill was “a disgrace to the whole state and its people.”",
         "Rep. Tomás Arreola"),
    ],
)
def test_an_office_or_a_body_and_role_before_a_name(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


def test_a_statement_said_in_after_an_appositive_is_the_named_persons() -> None:
    court = "Raymond Tse Wing-kit had earlier pleaded guilty at the District Court to 12 counts of forgery."
    victim = ("One victim, Chan Mei-ling, a 34-year-old mother of two, said in a statement read out by the "
              "prosecution that she had borrowed HK$30,000 from relatives to pay the deposit.")
    quote = "“I told my son we would finally have our own kitchen,” the statement read."
    assert [q[1] for q in quotes_of(court, victim, quote)] == ["Chan Mei-ling"]


def test_a_described_speaker_with_a_figure_among_its_words() -> None:
    coach = "Coach Fidelis Aghogho said the result showed his side's growing maturity away from home."
    quote = "“This is the kind of win that builds a team,” the former national U-20 assistant coach said."
    found = [q[:2] for q in quotes_of(coach, quote)]
    assert found == [("This is the kind of win that builds a team", "Fidelis Aghogho")]


def test_one_of_a_group_described_next_is_the_pronouns_person() -> None:
    walker = "One of the walkers, who gave his name only as Ben, 27, from Salford, said he was sorry."
    quote = "‘I feel like an idiot, to be honest. We thought it was a hike,’ he said."
    assert [q[1] for q in quotes_of(walker, quote)] == ["Ben"]
    victim = ("One of the victims, a 58-year-old retiree who lost $96,000, said in a statement that she "
              "had been saving for her daughter’s wedding.")
    wrote = "“I had been saving that money for 20 years. Now I cannot sleep,” she wrote."
    assert [q[1].split(",")[0] for q in quotes_of(victim, wrote)] == ["one of the victims"]
    # one of a group of things is nobody
    reasons = "One of the reasons is cost. The bill has not been paid."
    said = "“I had been saving that money for 20 years. Now I cannot sleep,” she said."
    assert [q[1] for q in quotes_of(reasons, said)] == ["she"]


def test_a_role_named_in_a_paragraph_after_the_quote() -> None:
    quote = "“The galleries are louder now, and I mean that as a compliment,” the director said."
    named = "Claire Boyd has led the museum, which has about 85 staff, since 2016."
    assert [q[1] for q in quotes_of(quote, named)] == ["Claire Boyd"]
    # someone introduced unnamed by the same noun is the one speaking, not a name further on
    official = ("A senior Railway Board official, who did not wish to be named, told PTI that proceedings "
                "had begun. “Action will be taken as per rules,” the official said.")
    other = "Kavita Raghavan, general secretary of the track maintainers' union, said trackmen were blamed."
    # (and is called by the words that introduced them)
    assert [q[1] for q in quotes_of(official, other)] == ["a senior Railway Board official"]


def test_a_surname_that_is_a_dates_word_after_a_first_name() -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert [n for _, n in _names_with_positions("Theresa May met Kevin Sonntag on Monday March 3.")] == [
        "Theresa May", "Kevin Sonntag"
    ]


@pytest.mark.parametrize(
    ("lead", "pronoun", "speaker"),
    [
        # "Captain" is a title before a name
        ("Captain Bhaskar Das, whose 112 gave the hosts the lead, spoke after the match.", "he",
         "Captain Bhaskar Das"),
        # a first name whose surname is withheld is a person
        ("Maria, 54, who did not want her surname published, has worked at the station for 11 years.", "she",
         "Maria"),
    ],
)
def test_the_one_person_a_lead_names_is_the_pronouns(lead: str, pronoun: str, speaker: str) -> None:
    quote = f"“He came in, took a packet of cigarettes and pulled out a knife,” {pronoun} said."
    assert [q[1] for q in quotes_of(lead, quote)] == [speaker]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body's plural word, then a title: the body ends where the title starts
        ("Caledonia Community Schools Superintendent Mark Huizenga told families.", ["Superintendent Mark Huizenga"]),
        # a title before another title is the body's office, no person
        ("But Nairobi County Chief Officer for Mobility Grace Achieng defended the fees.", ["Grace Achieng"]),
        # common Indian first names with a surname's initial
        ("Anand K., a software engineer who commutes from Whitefield, said he was less concerned.", ["Anand K."]),
        # a German relative pronoun before a name is no article ("das Wort, das Céline Marchal hasst")
        ("Auf der Tafel steht wieder das Wort, das Céline Marchal inzwischen hasst.", ["Céline Marchal"]),
        ("Ein Hektar, für den Anna Berger früher einen Tag brauchte, ist schnell behandelt.", ["Anna Berger"]),
        # … but an article is ("das Berger Modell": no person)
        ("Auf der Tafel steht wieder das Berger Modell, das alle kennen.", []),
        # a place or a building whose last word is also a surname, no first name before it
        ("Cllr Martin Vosper told the meeting at County Hall that the service had to change.",
         ["Cllr Martin Vosper"]),
        ("Jane Hall told the meeting at Lough Shore that the service had to change.", ["Jane Hall"]),
        # a conjunction opening the sentence before a name the first-name lists do not know
        ("But Róisín Tuite, a spokeswoman for the coalition, welcomed the decision.", ["Róisín Tuite"]),
        # a noun of a person opening the sentence before a name the first-name lists do not know
        ("Midfielder Ifeanyi Ebuka fired in off the post.", ["Ifeanyi Ebuka"]),
        # … but a surname that is such a noun ends a name: "Tom Driver" is one
        ("Tom Driver fired in off the post.", ["Tom Driver"]),
        # a firm named by its trade is no person, its name's first words neither, at a sentence's
        # end too ("… Group.")
        ("said Tom Reyes, an economist at Kessler Lyle Securities.", ["Tom Reyes"]),
        ("said Morin-Tessier, a partner at consultancy Northbank Retail Strategy in Montreal.", []),
        ("She joined Bramwell Wealth Partners in Chicago after a decade at Greenfield Retail Group.", []),
        # two given names and two surnames (Spanish, Portuguese): the four words, where the fourth ends it
        ("The chief, Jorge Luis Salazar Ríos, said so.", ["Jorge Luis Salazar Ríos"]),
        ("María José Lozano Etxeberria said the text was rushed.", ["María José Lozano Etxeberria"]),
        # … not a building's name, nor a day after three words
        ("He went to Jorge Luis Salazar Hospital on Monday.", []),
        ("They met Mary Ann Smith Monday.", ["Mary Ann"]),
    ],
)
def test_bodies_titles_and_initials_before_names(text: str, names: list[str]) -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert [n for _, n in _names_with_positions(text)] == names


def test_single_marks_after_a_colon_run_over_two_paragraphs() -> None:
    first = ("Detective Sergeant Ryan Cole, of the collision unit, said: ‘We know there were people in the "
             "area at the time, including customers leaving takeaways.")
    second = "‘If you were on Narborough Road that night, please get in touch. We’d rather hear from you twice.’"
    found = quotes_of(first, second)
    assert [q[1] for q in found] == ["Ryan Cole"]
    assert found[0][0].startswith("We know there were people") and found[0][0].endswith("hear from you twice.")


def test_single_marks_after_an_attribution_sentence_run_over_two_paragraphs() -> None:
    # the quote goes on after "she said." and is left open at the paragraph's end: the words after
    # the attribution stay in the quote, with the sentence boundary before them
    first = ("‘Most estimates for seagrass have relied on figures from the Mediterranean,’ she said. ‘When we "
             "sampled our own meadows, the numbers came out considerably higher.")
    second = "‘That matters, because these meadows have been shrinking for decades.’"
    found = quotes_of("Lead author Catrin Pugh said the findings strengthened the case.", first, second)
    assert [q[1] for q in found] == ["Catrin Pugh"]
    assert "Mediterranean. When we sampled our own meadows" in found[0][0]
    assert found[0][0].endswith("higher. That matters, because these meadows have been shrinking for decades.")
    # an opening mark in the middle of a sentence, left open, is no quote going on
    found = quotes_of(
        "Lead author Dr Catrin Pugh said the findings were ‘considerably higher’, and the ‘blue carbon",
    )
    assert found == []


@pytest.mark.parametrize(
    ("named", "pronoun", "speaker"),
    [
        # short and regional first names say the gender a pronoun needs ("Ben", "Steffen", "Jorinde")
        ("Ben Carter met Anna Berger on Monday.", "she", "Anna Berger"),
        ("Jorinde Kalb met Steffen Rudolph on Monday.", "he", "Steffen Rudolph"),
        ("Steffen Rudolph met Jorinde Kalb on Monday.", "she", "Jorinde Kalb"),
        # a pair no list knows (a place, a firm) yields to a person whose first name says the gender
        ("At Bristol Temple Meads, Helen Barraclough, 58, was waiting.", "she", "Helen Barraclough"),
        ("Peter Klein said the statues would be shipped to Phnom Penh.", "he", "Peter Klein"),
    ],
)
def test_a_pronoun_is_the_one_person_named_whose_first_name_fits_it(named: str, pronoun: str, speaker: str) -> None:
    found = quotes_of(named, f"“We have agreed on the whole plan,” {pronoun} said.")
    assert [q[1] for q in found] == [speaker]


@pytest.mark.parametrize(
    ("before", "pronoun", "speaker"),
    [
        # a name after "a", or before a person's or a group's noun, says which one: no person
        ("Colin Baptiste runs the utility's security team.\nOne theft left 640 homes without power, Baptiste "
         "said. A Manitoba Hydro employee found cut cables.", "he", "Colin Baptiste"),
        ("Munkhzul Altangerel coordinates the response. Red Cross volunteers have reached 40 families.",
         "she", "Munkhzul Altangerel"),
        ("Amina Noor Abdi runs the health department.\nCases were found in Garissa, Tana River and Homa Bay "
         "counties.\nMore rain is forecast over the Tana River basin this week.", "she", "Amina Noor Abdi"),
        # a name before a verb in lower case is a person who does something
        ("Colin Baptiste runs the utility's security team. Kevin Kuzyk found cut cables.", "he", "Kevin Kuzyk"),
        # (a first name opens a person's name: the word after it is their verb, "volunteers at …")
        ("Colin Baptiste runs the utility's security team. Kevin Kuzyk volunteers at the depot.", "he",
         "Kevin Kuzyk"),
    ],
)
def test_a_name_that_only_says_which_one_is_nobody_a_pronoun_stands_for(
    before: str, pronoun: str, speaker: str
) -> None:
    found = quotes_of(*before.split("\n"), f"“It is frankly a miracle that nobody was killed,” {pronoun} said.")
    assert [q[1] for q in found] == [speaker]


@pytest.mark.parametrize(
    "attribution",
    [
        "Jane Smith, 45, said.",  # an age in commas
        "Jane Smith, 45, a teacher from Leeds, told the BBC.",  # an age and what she is
        "Jane Smith, D-Calif., said in a statement.",  # a party and a state
        "Jane Smith (Labour) said.",  # a party in brackets
    ],
)
def test_an_age_or_a_party_between_the_name_and_the_verb_after_a_quote(attribution: str) -> None:
    found = quotes_of(f"“We will fight this plan in every court in the land,” {attribution}")
    assert [q[1] for q in found] == ["Jane Smith"]
    # an age in commas after a name that says nothing after it is no attribution
    assert quotes_of("“We will fight this plan in every court in the land,” Jane Smith, 45, lives in Leeds.") == []


def test_a_pronoun_with_nobody_named_near_it_is_the_person_of_its_gender_met_last() -> None:
    found = quotes_of(
        "Anna Berger runs the bakery on Mill Street. Peter Klein owns the building.",
        "The bakery opened in 1990 and employs twelve people from the town.",
        "The rent has doubled since the spring, and the heating broke in October.",
        "“We cannot go on like this for another year,” she said.",
    )
    assert [(q[1], q[2]) for q in found] == [("Anna Berger", True)]
    # (several named near it, none the subject, still leave it open: see
    # test_pronoun_resolved_only_when_unambiguous)


@pytest.mark.parametrize("surname", ["Das", "Bei"])
def test_an_english_surname_that_is_a_german_word_speaks(surname: str) -> None:
    # (German articles and prepositions are no speakers in German text; in English "Das said" is a surname)
    found = quotes_of(
        f"Captain Bhaskar {surname} led the side.", f"“This was a proper team performance,” {surname} said."
    )
    assert [q[1] for q in found] == [f"Bhaskar {surname}"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "start"),
    [
        # straight single marks, as plain-text British and Irish pages type them; apostrophes inside
        (["Michael O'Driscoll fishes out of Crosshaven.", "'We're not against wind. We're against it,' he said."],
         "Michael O'Driscoll", "We're not against wind"),
        (["'He gave it everything at the last and I'm proud of him,' said trainer Conor Dunphy."],
         "Conor Dunphy", "He gave it everything"),
    ],
)
def test_straight_single_marks_hold_a_quote(paragraphs: list[str], speaker: str, start: str) -> None:
    found = quotes_of(*paragraphs)
    assert [(q[0][: len(start)], q[1]) for q in found] == [(start, speaker)]


def test_apostrophes_are_no_straight_single_marks() -> None:
    assert quotes_of(
        "The Joneses' car, a relic of the '90s, was parked outside Dunphy's yard, said Conor Dunphy's son."
    ) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place or a body, then a title: no one's name, the name comes after it
        ("Sechelt Mayor Darnelle Price opened the meeting.", ["Darnelle Price"]),
        ("Brightwell Chief Executive Tom Hale spoke first.", ["Tom Hale"]),
        ("The District Judge said the attack was cowardly.", []),
        # a first name, then a surname that is also a title, is a name
        ("Stephen King and Aaron Judge met at the game.", ["Stephen King", "Aaron Judge"]),
    ],
)
def test_a_pair_ending_in_a_title_is_no_name(text: str, names: list[str]) -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert [n for _, n in _names_with_positions(text)] == names



@pytest.mark.parametrize("title", ["“Night Shift”", "\"Night Shift\"", "„Night Shift“"])
def test_a_pair_right_after_an_opening_mark_is_a_title_not_a_person(title: str) -> None:
    # (so the person the article met last, for a pronoun with nobody named near it, is Jane Smith)
    found = quotes_of(
        "Jane Smith runs the diner on Mill Street.",
        f"Her new late menu is called {title}.",
        "The diner opened in 1990 and employs twelve people from the town.",
        "“We wanted something for the nurses coming off their shifts,” she said.",
    )
    assert [q[1] for q in found] == ["Jane Smith"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a noun no list knows, right before the verb that leads into the quote, is the body the
        # sentences before said spoke
        (("Gulf Shore Power said about 142,000 customers were without electricity.",
          "In a post on X, the utility said: “Crews cannot safely begin restoration until winds fall below 35 mph.”"),
         "Gulf Shore Power"),
        # what a body writes is that body's: "the report", "the post"
        (("“Low grown leafy catalogues met with irregular demand this week,” Lanka Produce Brokers said in its "
          "weekly market report.",
          "“Select best western teas continued to attract good attention,” the report said."),
         "Lanka Produce Brokers"),
        (("The Kansas Department of Transportation warned on its Facebook page that more high winds are expected. "
          "“If you are pulling a light trailer, please consider delaying your trip,” the post said.",),
         "Kansas Department of Transportation"),
    ],
)
def test_a_body_called_by_a_noun_is_the_one_said_to_speak_before(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [q[1] for q in quotes_of(*paragraphs)][-1] == speaker


def test_a_noun_no_list_knows_stays_itself_without_a_body_speaking_before() -> None:
    quote = "In a post on X, the utility said: “Crews cannot safely begin restoration until winds fall below 35 mph.”"
    assert [q[1] for q in quotes_of(quote)] == ["the utility"]
    # a person who spoke before is not the utility
    assert [q[1] for q in quotes_of("Mayor Tom Baker said the storm was the worst in years.", quote)] == [
        "the utility"
    ]
    # words that are no noun make no speaker ("an email that just said")
    found = quotes_of("My editor finally sent me an email that just said, “The first page is fine. Stop touching it.”")
    assert all(not (q[1] or "").endswith(("just", "that")) for q in found)


def test_a_paragraph_that_is_a_quote_is_the_subjects_of_the_paragraph_before() -> None:
    lead = "Tucson manager Ray Delgado defended his decision to send Luis Mayfield out for a third inning."
    quote = "“He's been our best arm all year. I'd make the same call 10 times out of 10.”"
    assert [q[1] for q in quotes_of(lead, quote)] == ["Ray Delgado"]
    # several named, none of them where a subject stands: nobody's
    lead = "After the game, fans of the club thanked Ray Delgado, Tom Mayfield and Ann Castro for the season."
    assert quotes_of(lead, quote) == []


def test_a_paragraph_that_is_a_quote_after_one_whose_subject_is_a_pronoun() -> None:
    intro = "Marek Dvořák has maintained the parsing library alone since 2016."
    quote = "“Check your dependency tree. Then check your budget. One of those should talk to the other.”"
    found = quotes_of(intro, "He ended his post with a request to the companies that rely on it.", quote)
    assert [q[1] for q in found] == ["Marek Dvořák"]
    # a pronoun in a clause of the sentence, not its subject, says nothing of who speaks next
    found = quotes_of(intro, "Slashdot once ran a piece on a worker who expected that he would get a job.", quote)
    assert found == []


def test_the_company_is_the_body_said_to_speak_just_before() -> None:
    lent = "The Northeast Cooperative Housing Fund lent the residents the money."
    quote = "“We wish the cooperative every success and are pleased for the residents,” the company said."
    email = "In an email sent through its attorney, Birchline said the sale reflected a fair price."
    found = quotes_of(lent, email, quote)
    assert [q[1] for q in found] == ["Birchline"]
    # a person said to speak just before is not "the company": the body named last is
    found = quotes_of(lent, "Mayor Tom Baker said the sale reflected a fair price.", quote)
    assert [q[1] for q in found] == ["Northeast Cooperative Housing Fund"]


def test_a_body_before_its_officers_role_in_lower_case_is_no_person() -> None:
    found = quotes_of(
        "Bina Teguh managing director Harvinder Gill said the company had inspected the structure.",
        "He said: “The structure is not the problem. Most of the work left is mechanical and electrical.”",
    )
    assert [q[1] for q in found] == ["Harvinder Gill"]
    # "and" before the role joins two people: the first stays one
    found = quotes_of(
        "The film stars Tessa Marlowe and actor Tom Roe, who met on set in 2019.",
        "“We knew from the first day that this one was different,” Marlowe said.",
    )
    assert [q[1] for q in found] == ["Tessa Marlowe"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Another parishioner, who asked not to be named, said the bishop’s letter was “very well written and "
         "very late”.", "another parishioner"),
        ("A former staffer said the company had “simply run out of money and time”.", "a former staffer"),
        ("One mourner said: “He was the kindest man this town has ever known.”", "One mourner"),
        # a noun of no person speaks for nobody
        ("Another version of the story said the letter was “very well written and very late”.", None),
    ],
)
def test_a_person_described_by_what_they_are_to_a_place_or_a_group(paragraph: str, speaker: str | None) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == ([speaker] if speaker else [])


def test_a_role_among_several_named_is_the_subject_of_the_sentence_before_the_quote() -> None:
    found = quotes_of(
        "Sam Okafor, who scored twice against Tom Baker's old club, was substituted late. "
        "“I was completely exhausted by then,” the striker said."
    )
    assert [q[1] for q in found] == ["Sam Okafor"]
    # the subject by title and surname, the full name given before: the full name
    found = quotes_of(
        "Hamish Rennie has led the rescue team for a decade.",
        "Mr Rennie, who trained alongside Tom Baker in Aviemore, urged walkers to carry the right kit. "
        "“The hill does not forgive mistakes in winter,” the team leader said.",
    )
    assert [q[1] for q in found] == ["Hamish Rennie"]
    # two people together as the subject: it stays the role
    pair = "Sam Okafor and Tom Baker were on the pitch."
    found = quotes_of(f"{pair} “I was completely exhausted by then,” the striker said.")
    assert [q[1] for q in found] == ["the striker"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("One user in the thread, whose profile listed an employer among the largest US banks, wrote: “This is "
         "unacceptable for a library running in production at this scale.”", "one user in the thread"),
        ("A man in the crowd shouted: “Send them home, we do not want them here at all.”", "a man in the crowd"),
    ],
)
def test_someone_unnamed_leading_in_with_a_colon_speaks(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


def test_a_text_leading_in_with_a_colon_is_no_unnamed_speaker() -> None:
    found = quotes_of("A letter from a viewer in Wigan, which Voss kept framed, read: ‘Dear Bristle, please be nicer "
                      "to Mrs Tuppence, she is only trying to help.’")
    assert [q[1] for q in found] != ["a letter from a viewer in Wigan"]


def test_a_quote_after_a_pronoun_reporting_speech_is_the_pronouns() -> None:
    found = quotes_of(
        "Principal Deepa Raghunathan said the increase was smaller than feared.",
        "She added that the school had not yet decided whether to apply the full amount. “We will look at our "
        "numbers carefully. Many of our families are on fixed incomes.”",
    )
    assert [q[1] for q in found][-1:] == ["Deepa Raghunathan"]
    # a pronoun doing something else reports no speech: the quote stays nobody's
    found = quotes_of(
        "Principal Deepa Raghunathan said the increase was smaller than feared.",
        "She walked out of the hall before the vote. “We will look at our numbers carefully. Many of our "
        "families are on fixed incomes.”",
    )
    assert [q[1] for q in found if q[0].startswith("We will")] == []


def test_a_pronoun_with_nobody_named_near_is_the_subject_of_the_last_sentence_naming_anyone() -> None:
    found = quotes_of(
        "“We will finish the roof before the winter,” said Tom Baker, the project manager.",
        "Mayor Paul Reilly opened the new library on Monday morning.",
        "The building cost $4 million and took two years to finish.",
        "Its shelves hold 40,000 books, most of them donated by local families.",
        "“It is the best day I have had in this office,” he said.",
    )
    assert [q[1] for q in found] == ["Tom Baker", "Mayor Paul Reilly"]


def test_a_cantonese_or_korean_name_is_named_again_by_its_first_word() -> None:
    # "Chan Chi-wai": the hyphenated given name follows the surname, so "Chan said" is him
    found = quotes_of(
        "Vegetable farmer Chan Chi-wai, 54, has worked the same plot in Kwu Tung for thirty years.",
        "Lands Department spokesman Raymond Lau said the clearance followed the law.",
        "Back on the farm, Chan said the family would apply for a new plot but did not expect one soon.",
        "“My mother says she will keep planting until the last day,” he said.",
    )
    assert [q[1] for q in found] == ["Chan Chi-wai"]
    from articleclean.patterns.names import surname

    assert [surname(n) for n in ("Chan Chi-wai", "Park Min-jae", "Jana Krüger-Amponsah", "Tom Baker")] == [
        "Chan", "Park", "Krüger-Amponsah", "Baker"
    ]



def test_a_role_printed_before_a_name_is_the_description_not_the_speaker() -> None:
    def said(attribution: str) -> tuple[str | None, str | None]:
        text = f"“We expect a full recovery by spring,” {attribution}."
        found = find_quotes([Section(None, blocks=[Block("paragraph", text)])])
        return found[0].speaker, found[0].speaker_description

    assert said("CEO Andy Vesey said") == ("Andy Vesey", "CEO")
    assert said("Health MEC Nomvula Sithole said") == ("Nomvula Sithole", "Health MEC")
    assert said("Conductor Phil Aberline said") == ("Phil Aberline", "Conductor")
    assert said("Spokesperson Jenna Morrow said") == ("Jenna Morrow", "Spokesperson")
    # titles stay with the name; a surname in an agent's ending is no role; initials before no first name stay
    assert said("Mayor Ann Hale said")[0] == "Mayor Ann Hale"
    assert said("said Walter Baker")[0] == "Walter Baker"
    assert said("said Jane Lindqvist")[0] == "Jane Lindqvist"
    # (the first word that can end a role ends it: a title, then a first name in an agent's ending)
    assert said("Magistrate Dexter Wallace said")[0] == "Magistrate Dexter Wallace"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("In a statement, the Ministry of Education and Child Care said", "Ministry of Education and Child Care"),
        (
            "The Department of Agriculture, Environment and Rural Affairs said",
            "Department of Agriculture, Environment and Rural Affairs",
        ),
        ("In response to queries, the Housing and Development Board (HDB) said", "Housing and Development Board"),
        # (a person after "and" is no part of a body's name)
        ("The Ministry of Health and Jane Roe said", "Jane Roe"),
    ],
)
def test_a_bodys_name_cut_at_of_or_and_is_whole_again(attribution: str, speaker: str) -> None:
    found = find_quotes([Section(None, blocks=[Block("paragraph", (
        f"{attribution} that the grants had “risen by more than eleven million dollars over the year”."
    ))])])
    assert [q.speaker for q in found] == [speaker]


def test_a_role_noun_after_an_unnamed_person_in_its_own_paragraph_is_that_person() -> None:
    named = "Dr Thandi Mokoena runs the oncology unit at the hospital."
    unnamed = (
        "An oncologist at the hospital, who asked not to be named, said the unit was deciding every day "
        "which patients to treat."
    )
    quote = "“We are rationing radiotherapy. Curative patients get priority,” the doctor said."
    # the oncologist introduced in the quote's own paragraph is "the doctor"
    assert [q[1] for q in quotes_of(named, f"{unnamed} {quote}")] == ["an oncologist at the hospital"]
    # (by another noun, the paragraph before is too far: the doctor named is nearer in kind)
    assert [q[1] for q in quotes_of(named, unnamed, quote)] == ["Thandi Mokoena"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Headteacher Claire Atherton-Boyd has accused Ofsted of ‘punishing us for the postcode we serve’ "
         "after the inspection.", "Claire Atherton-Boyd"),
        ("Jane Smith criticised the council for “dragging its feet on every single decision”.", "Jane Smith"),
        ("Mayor Tom Reid hailed the volunteers as “the backbone of this whole town”.", "Mayor Tom Reid"),
        # (an auxiliary before the verb is no part of the described speaker)
        ("The headteacher of a Swindon secondary school has accused Ofsted of ‘punishing us for the postcode we "
         "serve’ after the inspection.", "the headteacher of a Swindon secondary school"),
        # who terms, dismisses or thanks in the words quoted
        ("Deputy floor leader Gaddam Rao termed the reply \"an insult to every farmer who believed this "
         "government\".", "Gaddam Rao"),
        ("Spokesman Javier Lanusse dismissed the stoppage as \"a political strike by union bosses\".",
         "Javier Lanusse"),
        ("Ulsan HD thanked the striker for \"five unforgettable years and 41 goals\" in a statement.", "Ulsan HD"),
        # who names a cause in the words quoted
        ("Meadowvale Dairies blamed “sustained weakness in cream and butter markets” for the cut.",
         "Meadowvale Dairies"),
    ],
)
def test_who_accuses_criticises_or_hails_speaks_the_partial_quote(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_a_name_after_to_is_no_subject_of_the_verb() -> None:
    found = quotes_of(
        "China’s ambassador to Britain accused the UK and the US of meddling and warned that the Chinese "
        "government “will not sit on our hands” if the situation “becomes uncontrollable”."
    )
    assert "Britain" not in [s for _, s, _ in found]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body's word ending an office is no first name: the name starts after it
        ("Superintendent of Police Rabindra Khadka, chief of the range, said more", ["Rabindra Khadka"]),
        ("Inspector General of Police Rabindra Khadka said", ["Rabindra Khadka"]),
        # (a body's name of three words stays a body)
        ("University College London said", []),
    ],
)
def test_a_bodys_word_before_a_name_is_no_part_of_it(text: str, names: list[str]) -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert [name for _, name in _names_with_positions(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a button's or a reference's imperative opens no name
        ("Get Started with our team today", []),
        ("See Carriero and others for the method.", []),
        ("Read More about Jane Doe here", ["Jane Doe"]),
    ],
)
def test_imperatives_of_buttons_and_references_open_no_name(text: str, names: list[str]) -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert [name for _, name in _names_with_positions(text)] == names


@pytest.mark.parametrize(
    ("kind", "text", "may"),
    [
        ("paragraph", "“We will build it again,” Mayor Ruth Gale said.", True),
        ("paragraph", "“Amazing,” she said.", True),  # a short spoken start
        ("paragraph", "„Wir schaffen das“, sagte sie.", True),  # (the comma after the closing mark)
        ("paragraph", "“The first paragraph of a quote runs on", True),  # opens a quote over paragraphs
        ("blockquote", "Nothing is ever finished. — Ann Hale", True),
        ("paragraph", "The so-called “AI boom” has lifted chip makers.", False),  # scare quotes
        ("paragraph", "She works at the “Blue Door” café on Main Street.", False),  # a name
        ("paragraph", "Nobody in this paragraph says a word.", False),
    ],
)
def test_which_blocks_may_hold_a_quote(kind: str, text: str, may: bool) -> None:
    from articleclean.structure.quotes import _may_quote

    assert _may_quote(Block(kind, text)) is may



def test_a_surname_two_people_share_is_the_one_introduced_first() -> None:
    # ("Ross" is the chief the story is about; her uncle, met later, is given his first name)
    found = quotes_of(
        "Delphine Ross was waiting at the edge of the runway with a drum group.",
        "Among the first passengers was 84-year-old Ernest Ross, who said he had been evacuated four times.",
        "Councillor Jasleen Gill said the priority would be cleaning out freezers.",
        "“You can smell some of those houses from the road,” Gill said.",
        "Ross said the band would hold a feast once the last flight lands on Saturday.",
        "“We went out together, and we're coming home together,” she said.",
    )
    assert [q[1] for q in found] == ["Jasleen Gill", "Delphine Ross"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hennie du Plessis has 400 head of cattle near Vryheid.", "Hennie du Plessis"),  # (no list knows Hennie)
        ("Riaan van der Merwe, a race marshal, saw the car leave the road.", "Riaan van der Merwe"),
        ("Ursula von der Leyen flew to Kyiv on Monday.", "Ursula von der Leyen"),  # (von: after a first name)
    ],
)
def test_a_name_with_a_surnames_particle_in_lower_case(text: str, name: str) -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert (0, name) in _names_with_positions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Haus von Nikolaus steht seit 1820 am Markt.",  # German words, no particle
        # (a place after "in" that has a particle in its name)
        "Er bot Wohnungen in Riva del Garda an.",
        "She has lived in Rio de Janeiro since 2019.",
        "Die Mannschaft von Trainer Müller verlor das Spiel.",
        "Ab 20 Uhr das Ergebnis abwarten, sagte sie.",
    ],
)
def test_german_words_between_capitalised_nouns_make_no_name(text: str) -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert not any(f" {p} " in n for p in ("von", "das", "del", "de") for _, n in _names_with_positions(text))


def test_a_surname_with_its_particle_capitalised_is_the_person_met_before() -> None:
    found = quotes_of(
        "Hennie du Plessis has 400 head of cattle near Vryheid.",
        "Dr Thandeka Mthembu, the provincial veterinarian, said vaccines had run out.",
        "Back near Vryheid, Du Plessis said he had considered selling part of the herd.",
        "“I’ve been farming here for 31 years. We survived drought, we survived stock theft,” he said.",
    )
    assert [q[1] for q in found] == ["Hennie du Plessis"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Madam Lee Siew Hong, 72, said the fridge was empty by noon.", "Madam Lee Siew Hong"),
        ("Tan Mei Ling said the water stopped every evening.", "Tan Mei Ling"),
        ("Ong Wei Jie and Tan Li Shan won the final in three games.", "Tan Li Shan"),
    ],
)
def test_a_name_written_surname_first_is_one_name(text: str, name: str) -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert name in [n for _, n in _names_with_positions(text)]


def test_a_name_written_surname_first_is_called_by_its_first_word() -> None:
    from articleclean.patterns.names import surname

    assert [surname(n) for n in ("Tan Mei Ling", "Madam Lee Siew Hong", "Lee Ann Womack", "Mei Ling Zhou")] == [
        "Tan", "Lee", "Womack", "Zhou",  # (a first name after the surname, or the given names first: the last)
    ]
    found = quotes_of(
        "Tan Mei Ling has lived in Taman Bukit Kenari for 20 years.",
        "Back in Taman Bukit Kenari, Tan said she had spent RM900 on a water tank.",
        "“I'm not against progress. I just want to be able to cook dinner,” she said.",
    )
    assert [q[1] for q in found] == ["Tan Mei Ling"]


def test_someone_unnamed_by_what_they_do_is_the_subject_a_pronoun_stands_for() -> None:
    # a noun in "-er" or "-or" before "said" is a person no list need know ("one dog walker")
    found = quotes_of(
        "Councillor Pádraig Hagan said cafés along the shore were struggling.",
        "At the park on Tuesday, one dog walker said she had stopped letting her spaniel off the lead. "
        "“I am not taking the chance. You see the warning signs going up and you turn round,” she said.",
    )
    assert [q[1] for q in found] == ["one dog walker"]


@pytest.mark.parametrize(
    ("introduced", "pronoun"),
    [
        ("District Collector Anjana Raghavan said the administration was not taking any chances.", "she"),
        ("Athabasca Reeve Larry Drozd said the county had lost thousands of dollars of wire.", "he"),
    ],
)
def test_an_office_of_two_capitalised_words_before_a_name_is_no_name(introduced: str, pronoun: str) -> None:
    found = quotes_of(f"{introduced} “We have closed schools and all public gatherings in the wards,” {pronoun} said.")
    name = " ".join(introduced.split()[2:4])
    assert [q[1] for q in found] == [name]
    # a first name then a surname, written with a middle name, stays one name
    found = quotes_of("Sarah Jane Okafor said the county was ready. “We have closed schools and gatherings,” she said.")
    assert [q[1] for q in found] == ["Sarah Jane Okafor"]


@pytest.mark.parametrize(
    ("named", "noun", "body"),
    [
        ("Staffordshire Police closed City Road for most of the day.", "the force", "Staffordshire Police"),
        ("Energex said about 46,000 customers lost power.", "the electricity distributor", "Energex"),
        ("Qantas Airways cancelled 40 flights on Monday.", "the airline", "Qantas Airways"),
    ],
)
def test_a_body_called_by_its_trade_is_the_body_named_before(named: str, noun: str, body: str) -> None:
    found = quotes_of(f"{named} In a statement, {noun} said crews were working “as quickly as it is safe to do so”.")
    assert [q[1] for q in found] == [body]
    # a street named before is no body ("City Road"), whatever word of bodies it holds
    found = quotes_of(f"Officers closed City Road. In a statement, {noun} said it was “as quick as it is safe to be”.")
    assert [q[1] for q in found] != ["City Road"]


@pytest.mark.parametrize(
    ("company", "said"),
    [
        # a company's suffix with its full stop belongs to its name, no sentence ends there
        ("Nunavut Tunngavik Inc.", "said"),
        ("Lakeshore Bancorp Corp.", "said"),
        ("Peak Motion Fitness Ltd.", "told reporters"),
        # a name's suffix as before
        ("Ernesto Díaz Jr.", "said"),
    ],
)
def test_a_suffix_with_its_full_stop_ends_no_speakers_name(company: str, said: str) -> None:
    found = quotes_of(
        f"In a statement, {company} {said} overcrowded housing remained “the root of the problem for every "
        "family in town” and called for more funding."
    )
    assert [speaker for _, speaker, _ in found] == [company]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "description"),
    [
        ("The portal quoted the directorate's spokesman, Gábor Tihanyi, as saying that “without a wet May, "
         "we will see levels nobody has seen”.", "Gábor Tihanyi", "the directorate's spokesman"),
        ("The New York Times quoted lead producer Janet Albrecht as saying the show “simply could not find "
         "its audience fast enough”.", "Janet Albrecht", "lead producer"),
        ("The paper quoted Jane Miller as saying “we will not give up on this town”.", "Jane Miller", None),
        ("Reuters quoted a company spokesman as saying the launch was “on track for the spring next year”.",
         "a company spokesman", None),
    ],
)
def test_whom_a_paper_quotes_as_saying_speaks_not_the_paper(
    paragraph: str, speaker: str, description: str | None
) -> None:
    found = find_quotes([Section(None, blocks=[Block("paragraph", paragraph)])])
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


def test_quoted_without_as_saying_is_read_as_before() -> None:
    # the paper is the subject of its own words: no "as saying", no one else's quote
    found = quotes_of("The Herald quoted the report in full and wrote: “This is a scandal for the whole county.”")
    assert [speaker for _, speaker, _ in found] == ["Herald"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Jane Miller welcomed the results, calling them “a success story that belongs to the rangers”.",
         "Jane Miller"),
        ("Jane Miller welcomed the results, describing them as “a success story that belongs to the rangers”.",
         "Jane Miller"),
        ("Jane Miller welcomed the results, saying they were “a success story that belongs to the rangers”.",
         "Jane Miller"),
        ("The Bermuda Fishers Association welcomed the plan, warning of “years of lost catches for the fleet”.",
         "Bermuda Fishers Association"),
    ],
)
def test_a_participle_whose_object_the_quote_is_gives_the_subjects_words(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a verb of speech right before the participle has its own subject, not the place named first
        ("Areas in Jahra, Farwaniya and Ahmadi were affected between 1 pm and 5 pm, the ministry said, adding "
         "that the cuts were needed to “protect the stability of the national grid”.", "the ministry"),
        # a body before its officer's role is the officer's
        ("Msaka Beach Village Committee chairperson Alfred Kalua said committees had no fuel for patrols, "
         "describing the patrols as “a scarecrow without a stick”.", "Alfred Kalua"),
        # (a role no list knows, between the body and the name)
        ("Rangers tactician Juma Kariuki made the remark after a 2-0 win on Wednesday, telling reporters the "
         "leaders would “not enjoy the ball” against his side.", "Juma Kariuki"),
    ],
)
def test_a_participles_subject_is_not_the_first_capitalised_words(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_a_time_before_the_subject_is_no_speaker() -> None:
    found = quotes_of("On Wednesday morning, the principal Martin Greaves emailed all students, describing the "
                      "occupation as “disruptive to other students' learning”.")
    assert [s for _, s, _ in found] != ["On Wednesday"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The Ministry of Agriculture, Climate Change and Environment welcomed the results, describing them "
         "as “a success story that belongs to the rangers”.",
         "Ministry of Agriculture, Climate Change and Environment"),
    ],
)
def test_a_bodys_name_cut_before_its_of_is_whole_again(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_a_bodys_name_goes_on_through_a_list_to_its_and_only() -> None:
    from articleclean.structure.quotes import _whole_body_name

    assert _whole_body_name("Department", "The Department of Conservation has issued a warning.") == (
        "Department of Conservation"
    )
    # a comma with no "and" after it closes the name: the name after it is a person's
    assert _whole_body_name("Ministry", "The Ministry of Health, Jane Doe said, will open clinics.") == (
        "Ministry of Health"
    )
    # a person's name is no body's
    assert _whole_body_name("Jane Roe", "Jane Roe of Acme said so.") == "Jane Roe"


def test_a_pronoun_after_a_first_name_alone_is_that_persons() -> None:
    found = quotes_of(
        "Marcus Okafor-Reyes called 911 after his grandfather, Emmanuel Okafor, 67, collapsed.",
        "Dispatcher Renee Szymanski stayed on the line. “He did every single thing I asked him to do,” "
        "Szymanski said at Tuesday's ceremony.",
        "Marcus told 12 News he had seen CPR on a television show but had never tried it. “She said push "
        "hard and fast, so I pushed really, really hard,” he said.",
    )
    assert [s for _, s, _ in found] == ["Renee Szymanski", "Marcus Okafor-Reyes"]


def test_a_first_name_two_people_share_stands_for_neither() -> None:
    from articleclean.structure.quotes import _first_names_in

    text = "Marcus told 12 News he had seen CPR on a television show."
    assert _first_names_in(text, ["Marcus Okafor", "Renee Szymanski"]) == [(0, "Marcus Okafor")]
    assert _first_names_in(text, ["Marcus Okafor", "Marcus Reyes", "Renee Szymanski"]) == []


def test_a_pronoun_stands_for_no_one_the_quote_talks_about_by_name() -> None:
    paragraphs = (
        "Rania Khoury said she spent hours on hold. Her sister, Nadia Saab, an accountant, eventually helped "
        "her lodge a complaint with the ombudsman.",
        "“Nadia kept saying, don't pay it, don't pay it,” she said.",
    )
    assert [s for _, s, _ in quotes_of(*paragraphs)] == ["Rania Khoury"]
    # a quote that names neither: the person named last, as before
    other = (paragraphs[0], "“I was terrified they would cut us off in the middle of winter,” she said.")
    assert [s for _, s, _ in quotes_of(*other)] == ["Nadia Saab"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Esperanza Villalobos’ apartment was 96 degrees at nine.", "Esperanza Villalobos"),
        ("Marcus Jones' truck was parked outside the school gate.", "Marcus Jones"),
        ("Jane Smith’s office said the talks would go on.", "Jane Smith"),
    ],
)
def test_a_possessive_is_no_part_of_the_name(text: str, name: str) -> None:
    from articleclean.structure.quotes import _names_with_positions

    assert _names_with_positions(text) == [(0, name)]


def test_an_authority_is_a_body_whose_it_said_is_its_own() -> None:
    from articleclean.structure.speakers import the_one_body

    assert the_one_body("In a statement, the Barbados Transport Authority said it had written to the owner.") == (
        "Barbados Transport Authority"
    )
    found = quotes_of(
        "In a statement issued after the hearing, the Barbados Transport Authority said it had written to the "
        "van’s owner. “The Authority will not hesitate to revoke the permits of owners who tolerate this,” it said."
    )
    assert [s for _, s, _ in found] == ["Barbados Transport Authority"]


@pytest.mark.parametrize(
    "name", ["Scottish Parliament", "Highland Hospice", "Kerala Fishers Forum", "Clean Air Partnership",
             "Federal Cabinet", "Youth Climate Initiative"],
)
def test_words_of_bodies_make_a_body_of_a_name(name: str) -> None:
    from articleclean.structure.speakers import the_one_body

    assert the_one_body(f"On Monday the {name} said it would not take part in the review.") == name


@pytest.mark.parametrize("noun", ["beekeeper", "curator", "solicitor", "electrician", "chaplain"])
def test_a_trades_noun_stands_for_the_one_person_named_before(noun: str) -> None:
    found = find_quotes([Section(None, blocks=[
        Block("paragraph", "Tom Hale, who has worked here for 20 years, opened the gate on Friday."),
        Block("paragraph", f"“It has been a terrible summer for all of us here,” the {noun} said."),
    ])])
    assert [(q.speaker, q.speaker_description) for q in found] == [("Tom Hale", noun)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a body, then where it sits: the body speaks, not the place
        ("The Weather Service Office in Majuro warned on Friday, posting: “Residents in low-lying areas "
         "should secure belongings.”", "Weather Service Office"),
        ("Police in Essex said: “Two men have been arrested over the incident.”", "Police"),
        ("Officials in Kabul said: “The border will stay closed for now.”", "Officials"),
        # a described speaker and where they are
        ("The National Weather Service office in Guam said that “significant relief is not expected "
         "before late April.”", "National Weather Service office in Guam"),
        ("A teacher in Leeds said: “We had no warning of any of this at all.”", "a teacher in Leeds"),
        ("A spokesperson in the mayor’s office said: “We are reviewing the footage now.”",
         "a spokesperson in the mayor’s office"),
    ],
)
def test_a_speaker_then_the_place_it_is_in(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


def test_a_person_in_a_place_is_still_the_person() -> None:
    # (the place after "in" is no speaker; the person before it is)
    found = quotes_of("Maria Okafor in Lagos said: “Prices have doubled since the spring.”")
    assert [q[1] for q in found] == ["Maria Okafor"]


def test_a_body_words_were_sent_or_said_to_is_no_speaker() -> None:
    # "the group" is the body named before, not the broadcaster its chairman spoke to
    found = quotes_of(
        "The Northern Farmers Union has opposed the plan since spring.",
        "Its chairman spoke to the Regional Broadcasting Corporation on Monday.",
        "“We will not pay a levy that was never put to a vote,” the group said.",
    )
    assert [who for _, who, _ in found] == ["Northern Farmers Union"]
    # (the body named before stays the one its noun stands for)
    found = quotes_of(
        "Kestrel Freight Company denied the claims when it spoke to the Daily Herald on Monday.",
        "“We have met every condition of the licence since the first day,” the company said.",
    )
    assert [who for _, who, _ in found] == ["Kestrel Freight Company"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We love it,” said Maria Lopez, who hosts the show “Off book with friends and neighbours” on Sundays.",
        "Maria Lopez said the song “Blue water running home to the valley” was written in a single night.",
    ],
)
def test_a_title_or_wording_after_a_noun_of_a_work_is_no_quote(paragraph: str) -> None:
    assert [text for text, _, _ in quotes_of(paragraph) if len(text.split()) > 3] == []


def test_words_after_a_noun_of_a_work_that_open_in_lower_case_are_a_partial_quote() -> None:
    found = quotes_of(
        "The New York Times quoted producer Janet Albrecht as saying the show “simply could not find its "
        "audience fast enough in a brutal spring.”"
    )
    assert [who for _, who, _ in found] == ["Janet Albrecht"]


def test_a_pronoun_stands_for_the_one_a_verb_of_speech_follows_not_the_sentences_opener() -> None:
    # "Tom Hale suggested" makes him the one who spoke, though the sentence opens with Mark Reed
    found = quotes_of(
        "Mark Reed is expected to start on Saturday, although Tom Hale suggested he may be rested.",
        "“We will see how the week goes for everyone in the squad,” he said.",
    )
    assert [who for _, who, _ in found] == ["Tom Hale"]
    # (with no verb of speech after either name, the sentence's opener stays its subject)
    found = quotes_of(
        "Mark Reed is expected to start on Saturday, although Tom Hale may be rested.",
        "“We will see how the week goes for everyone in the squad,” he said.",
    )
    assert [who for _, who, _ in found] == ["Mark Reed"]


def test_a_pronoun_with_nobody_named_is_the_one_brought_in_by_age() -> None:
    found = quotes_of(
        "A 61-year-old accountant appeared in court on Monday accused of stealing from clients for years.",
        "“I lost track of it and then tried to plug the holes,” he told the court.",
    )
    assert [who for _, who, _ in found] == ["a 61-year-old accountant"]
    # (a person named before is the pronoun's, as before)
    found = quotes_of(
        "A 61-year-old accountant, Mark Reed, appeared in court on Monday accused of stealing from clients.",
        "“I lost track of it and then tried to plug the holes,” he told the court.",
    )
    assert [who for _, who, _ in found] == ["Mark Reed"]


def test_the_people_an_article_names_are_looked_for_only_when_a_quote_needs_them(monkeypatch) -> None:
    from articleclean.structure import quotes as module

    spotted: list[str] = []
    spot = module._names_with_positions

    def counting(text: str) -> list[tuple[int, str]]:
        spotted.append(text)
        return spot(text)

    monkeypatch.setattr(module, "_names_with_positions", counting)
    # words in quote marks that nobody says (a title, a slogan): no name is looked for
    assert quotes_of(
        "Jane Roe, the library's director, opened the exhibition on Monday.",
        "Its title, “A Century of Maps and the People Who Drew Them”, is painted on the wall.",
        "Visitors came from as far as Leeds and Hull to see it.",
    ) == []
    assert spotted == []
    # a pronoun's quote: the people met before it are met then, in order, as if read in turn
    found = quotes_of(
        "Jane Roe, the library's director, opened the exhibition on Monday.",
        "Its title, “A Century of Maps and the People Who Drew Them”, is painted on the wall.",
        "“We have waited ten years to show these maps to the town,” she said.",
    )
    assert found == [("We have waited ten years to show these maps to the town", "Jane Roe", True)]
    assert spotted[0].startswith("Jane Roe")


def test_a_pronoun_after_a_long_stretch_without_quotes_is_the_person_met_at_the_start() -> None:
    # (the paragraphs before the quote were read without looking for names: they are looked for
    # when the pronoun needs the people met, in order)
    found = quotes_of(
        "Peter Kamau Njoroge founded the cooperative in 1998 with six neighbours.",
        *[f"In its year {k}, the cooperative sold more tea than the year before." for k in range(2, 12)],
        "“We never borrowed a shilling from anyone in all those years,” he said.",
    )
    assert [(who, resolved) for _, who, resolved in found] == [("Peter Kamau Njoroge", True)]


@pytest.mark.parametrize(
    ("attribution", "description"),
    [
        # an abbreviation's full stop inside a description after the name does not end it
        ("said Tomás Arredondo-Vega, senior U.S. economist at Kessler Lyle Securities.",
         "senior U.S. economist at Kessler Lyle Securities"),
        ("said Jane Roe, chief executive of Acme Inc. in Ohio.", "chief executive of Acme Inc. in Ohio"),
        # … a sentence's does
        ("said Jane Roe, a nurse. She left the ward at noon.", "a nurse"),
    ],
)
def test_a_description_after_the_name_goes_on_past_an_abbreviation(attribution: str, description: str) -> None:
    paragraph = f"“We will keep the ward open all winter,” {attribution}"
    section = Section(heading=None, blocks=[Block("paragraph", paragraph)])
    assert [q.speaker_description for q in find_quotes([section])] == [description]


@pytest.mark.parametrize(
    ("attribution", "speaker", "description"),
    [
        # a role of two words opening with a title, the company before it: all of it the description
        ("Veltrix Chief Executive Ramesh Iyengar said.", "Ramesh Iyengar", "Veltrix Chief Executive"),
        ("said Acme Chief Executive Jane Roe.", "Jane Roe", "Acme Chief Executive"),
        # a title of one word in the middle still goes with what stands before it
        ("InfoNation President Dan McDowell said.", "Dan McDowell", None),
    ],
)
def test_a_companys_two_word_role_before_a_name_is_the_description(
    attribution: str, speaker: str, description: str | None
) -> None:
    section = Section(heading=None, blocks=[Block("paragraph", f"“We see it every single day,” {attribution}")])
    assert [(q.speaker, q.speaker_description) for q in find_quotes([section])] == [(speaker, description)]


def test_a_spokesperson_for_a_body_with_its_short_name_in_brackets() -> None:
    # the body's short name in brackets between its name and the verb
    found = quotes_of(
        "A spokesperson for the Universities and Colleges Employers’ Association (UCEA) said: “Our members"
        " have been reducing the number of zero-hours contracts for years.”"
    )
    assert [q[1] for q in found] == ["a spokesperson for the Universities and Colleges Employers’ Association"]


@pytest.mark.parametrize(
    "text",
    [
        "The workshop was gone after Hurricane Beryl hit the island in July.",
        "Storm Darragh brought down power lines across the county.",
        "She had lived in Co Leitrim for 40 years before the cinema closed.",
        "The council allocated money for Sungai Pinang and its tributaries this year.",
        "The ferry to Pulau Ubin leaves every half hour.",
        "He grew up near Loch Avon and Cape Girardeau.",
        # a street as addresses shorten it
        "Many drivers use Morrinsville Rd as a shortcut to the business park.",
        "Two men entered the Grey St store shortly before 9pm.",
    ],
)
def test_a_storm_a_county_and_a_place_by_its_kind_are_no_person(text: str) -> None:
    assert _names_with_positions(text) == []


def test_a_pronoun_after_a_street_is_the_person_before() -> None:
    found = quotes_of(
        "Lisa Hohaia, whose driveway is about 200 metres from the crash site, was one of the first to reach the car.",
        "Many drivers use Morrinsville Rd as a shortcut to the Hamilton East business area.",
        "“I could hear her calling out, but I couldn't get the door open,” she said.",
    )
    assert [s for _, s, _ in found] == ["Lisa Hohaia"]


def test_a_pronoun_after_a_river_named_as_people_are_is_the_person_before() -> None:
    found = quotes_of(
        "State executive councillor Lim Eng Chee said flooding had fallen since the upgrading began.",
        "He said the state had allocated RM25mil for upgrading works on Sungai Pinang and its tributaries this "
        "year. \"The work takes time, but the upgrading is already showing results,\" he added.",
    )
    assert [s for _, s, _ in found] == ["Lim Eng Chee"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("When Juma Masanja started fishing in 1998, a catch would fill his boat.", [(5, "Juma Masanja")]),
        ("Because Amani Njoroge refused, the vote failed.", [(8, "Amani Njoroge")]),
        ("While Wanjiru Kamau spoke, the hall was quiet.", [(6, "Wanjiru Kamau")]),
        # (a word that opens sentences before no given name is still no name: "We’re Polarized";
        # nor before a place's possessive: "For Adelaide's Lyon" is Lyon of Adelaide)
        ("In Why We’re Polarized, Ezra Klein asks a question.", [(24, "Ezra Klein")]),
        ("For Adelaide's Lyon, recognizing that kinship is the real promise.", []),
    ],
)
def test_a_given_name_after_a_word_that_opens_sentences_starts_the_name(
    text: str, names: list[tuple[int, str]]
) -> None:
    assert _names_with_positions(text) == names


def test_a_pronoun_after_a_surname_opening_the_paragraph_before_is_that_person() -> None:
    found = quotes_of(
        "When Juma Masanja started fishing from Igombe landing site in 1998, a good catch would fill his boat.",
        "Masanja said he had thought about switching to cages himself, but could not raise the money.",
        "“A cage is for someone with capital. I have a boat and a net,” he said.",
    )
    assert [s for _, s, _ in found] == ["Juma Masanja"]


def test_a_pronoun_after_a_surname_saying_something_after_a_clause_is_that_person() -> None:
    # the surname is the subject of a verb of speech after an opening clause, not the sentence's
    # first word; the lawyer named in full two paragraphs up is not who "he" stands for
    found = quotes_of(
        "Penrith prop Tevita Faleafa will miss four matches after failing to beat a dangerous contact charge.",
        "A panel found Faleafa guilty over a tackle on Cronulla halfback Mitch Rowley in Saturday's loss.",
        "Faleafa's lawyer Daniel Kourtis argued the 27-year-old had been wrong-footed by a late step.",
        "“Tevita was trying to stop a player who was stepping back inside him,” Kourtis told the panel.",
        "Giving evidence via video link from the club's base, Faleafa said he had “never intended to hurt anyone” "
        "and had texted Rowley to apologise.",
        "“I play the game hard but I play it fair,” he told the hearing.",
    )
    assert [s for _, s, _ in found] == ["Daniel Kourtis", "Tevita Faleafa", "Tevita Faleafa"]


def test_a_pronoun_after_a_paragraph_opening_with_a_surnames_possessive_is_that_person() -> None:
    found = quotes_of(
        "Mina Gurung, 38, said her husband had been in Qatar for 11 years.",
        "“The money comes back, but the labour doesn't,” said Anjali Shrestha, a researcher in Kathmandu.",
        "Gurung's day starts at 4:30 am. She milks the buffalo and sends the boys to school.",
        "“People think a remittance wife sits at home and waits for money,” she said.",
    )
    assert [s for _, s, _ in found] == ["Anjali Shrestha", "Mina Gurung"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "speaker"),
    [
        (("Hull City have sacked their manager after a run of six defeats.",
          "In a statement on Sunday, the club said: “Results have fallen well short of the standards we expect.”"),
         "en", "Hull City"),
        (("Voss Fine Art, which represented the painter for 20 years, declined an interview.",
          "In a statement, the gallery said it had “acted at all times at the direction of the executor” here."),
         "en", "Voss Fine Art"),
        (("Der FC Augsburg hat sich nach der fünften Niederlage von Cheftrainer Dariusz Kamiński getrennt.",
          "„Wir haben uns die Entscheidung nicht leicht gemacht“, teilte der Verein am Montag mit."),
         "de", "FC Augsburg"),
        # (no body named before: the noun stays)
        (("The season ended in May.",
          "In a statement on Sunday, the club said: “Results have fallen well short of the standards we expect.”"),
         "en", "the club"),
    ],
)
def test_a_body_named_without_its_kinds_noun_is_what_that_noun_stands_for(
    paragraphs: tuple[str, ...], language: str, speaker: str
) -> None:
    section = Section(heading=None, blocks=[Block("paragraph", p) for p in paragraphs])
    assert [q.speaker for q in find_quotes([section], language)] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker", "description"),
    [
        ("said State Sen. Jane Roe.", "Jane Roe", "State Sen."),
        ("said Fire Capt. Vince Taitano, the department’s spokesman.", "Vince Taitano", "Fire Capt."),
        ("said Kauai Emergency Management Agency Administrator Mahealani Ching.", "Mahealani Ching",
         "Kauai Emergency Management Agency Administrator"),
        ("said Saanich police Const. Harpreet Ghuman.", "Harpreet Ghuman", "Saanich police Const."),
        # an office and what it is of or for, then its holder's name (a surname first too)
        ("said Minister of State for National Development Ong Wei Ming.", "Ong Wei Ming",
         "Minister of State for National Development"),
        ("said Minister for Health Sarah Thompson during a visit.", "Sarah Thompson", "Minister for Health"),
        ("said Secretary of State Antony Blinken.", "Antony Blinken", "Secretary of State"),
        # (no office before the name: as before)
        ("said Jane Roe, a teacher.", "Jane Roe", "a teacher"),
    ],
)
def test_an_office_its_short_title_cut_short_then_its_holders_name(
    attribution: str, speaker: str, description: str
) -> None:
    section = Section(None, blocks=[Block("paragraph", f"“Please stay at home if you can tonight,” {attribution}")])
    assert [(q.speaker, q.speaker_description) for q in find_quotes([section])] == [(speaker, description)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Emberfall Hollow is published by Lumen Arcade, which said in a statement: “We fully support the"
         " decision. A great launch later is worth far more.”", "Lumen Arcade"),
        ("The bill was opposed by the Northern Growers Alliance, which said it would “push small farms out of"
         " business within a year”.", "Northern Growers Alliance"),
        ("The game was made by Jane Roe, who said on Monday: “We fully support the decision to wait for now.”",
         "Jane Roe"),
    ],
)
def test_a_body_then_which_and_a_verb_of_speech_speaks_as_who_does_for_a_person(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a person, then the body they are with, whose name holds small words: the person speaks
        ("Jane Roe of the Royal Society for the Protection of Birds said the plan was “a disaster for the "
         "curlew and the lapwing”.", "Jane Roe"),
        ("Andreas Zurbuchen from the University of Lucerne said: “The travel agency on the corner will "
         "remain, but not in every small town.”", "Andreas Zurbuchen"),
        ("Tourism expert Andreas Zurbuchen of the Lucerne University of Applied Sciences said: “The travel "
         "agency on the corner will remain, but not in every small town.”", "Andreas Zurbuchen"),
        # a body whose own name holds "of" stays whole
        ("The Office of the Conflict of Interest and Ethics Commissioner said: “The review of the file will "
         "take several more weeks.”", "Office of the Conflict of Interest and Ethics Commissioner"),
        ("The Bank of England said in a statement: “Inflation is expected to fall back towards the target.”",
         "Bank of England"),
    ],
)
def test_a_person_of_a_body_with_a_long_name_speaks(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_a_person_called_by_the_first_of_two_surnames_or_a_middle_name_gets_the_full_name() -> None:
    found = quotes_of(
        "María García López, a nurse from Houston, has worked at the hospital for 12 years.",
        "“We are exhausted and nobody is listening,” García said.",
        "Camille Etienne Gbedey moved to Florida in 2010 with her three children.",
        "“My son needs help and we cannot pay,” Etienne said.",
    )
    assert [s for _, s, _ in found] == ["María García López", "Camille Etienne Gbedey"]
    # (two people with that middle name: the text leaves it open, the name stays as written)
    open_ = quotes_of(
        "Camille Etienne Gbedey and Marc Etienne Duval both teach at the school.",
        "“We are exhausted and nobody is listening,” Etienne said.",
    )
    assert [s for _, s, _ in open_] == ["Etienne"]


def test_a_body_speaking_by_the_first_word_of_its_name_gets_the_whole_name() -> None:
    found = quotes_of(
        "Birchline Communities LLC bought the site in 2023 and plans 400 homes on it.",
        "“We have listened to every concern the neighbours raised,” Birchline said in a statement.",
    )
    assert [s for _, s, _ in found] == ["Birchline Communities LLC"]
    # (two bodies whose names start with the word: the text leaves it open; a person's surname stays)
    two = quotes_of(
        "Birchline Communities LLC and Birchline Capital Group both bid for the site in 2023.",
        "“We have listened to every concern the neighbours raised,” Birchline said in a statement.",
    )
    assert [s for _, s, _ in two] == ["Birchline"]
    person = quotes_of(
        "Dana Birchline, who founded Birchline Communities LLC, bought the site in 2023.",
        "“We have listened to every concern the neighbours raised,” Birchline said in a statement.",
    )
    assert [s for _, s, _ in person] == ["Dana Birchline"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Eines der Mitglieder ist Ute, 63 Jahre alt, die ihren Nachnamen nicht nennen will.", ["Ute"]),
        ("There is Derek, a retired steelworker in Rotherham who kept the accounts.", ["Derek"]),
        ("Die Finderin war Marlene, eine 12-jährige Schülerin aus Erfurt.", ["Marlene"]),
        ("Der Gerettete, Jonas aus Freiburg im Breisgau, studiert in Basel.", ["Jonas"]),
        ("Einer der Männer nennt sich Mirko. Er wartet am Bus.", ["Mirko"]),
        ("Einer von ihnen, Mitte fünfzig, stellt sich als Heinz vor.", ["Heinz"]),
        ("The youngest of them goes by Sam and works nights.", ["Sam"]),
        ("Die Finderin, die zwölfjährige Marlene, war mit ihrem Vater unterwegs.", ["Marlene"]),
        ("Die Schülerin Mia hat drei Monate an dem Kleid genäht.", ["Mia"]),
        ("At one of the long folding tables, Caleb, 9, was working through his third plate.", ["Caleb"]),
        ("Zum ersten Mal gewählt hat Jana, 17. Sie durfte schon ab 16 abstimmen.", ["Jana"]),
        ("Eine Kollegin, die sich nur mit ihrem Vornamen Jessica vorstellte, ist alleinerziehend.", ["Jessica"]),
        ("Bei der Kundschaft kommt es gemischt an. Leserin Marlene (42) aus Thun findet es super.", ["Marlene"]),
        # an age in brackets after a word that is no first name: nobody
        ("Im Kapitel (12) des Berichts und in Halle (Saale) fand sich nichts.", []),
        # a date after a town or a weekday in commas: nobody
        ("Am Montag, 17. März, tagte der Rat in Coburg, 12. Sitzung des Jahres.", []),
        # the same forms with a surname after the first name: the full name, once
        ("Eines der Mitglieder ist Ute Berger, 63 Jahre alt.", ["Ute Berger"]),
        ("Die Schülerin Mia Krause hat drei Monate an dem Kleid genäht.", ["Mia Krause"]),
        # a word that is no first name, or a noun before a name that is no role: nobody
        ("Die Hauptstadt ist Erfurt, eine 1250 Jahre alte Stadt.", []),
        ("Der Fall Maria beschäftigt die Gerichte seit Jahren.", []),
    ],
)
def test_a_person_introduced_by_first_name_alone(text: str, names: list[str]) -> None:
    assert [n for _, n in _names_with_positions(text)] == names


def test_a_pronoun_stands_for_the_person_introduced_by_first_name_alone() -> None:
    found = quotes_of(
        "„Früher habe ich zweimal im Monat die Polizei gerufen“, sagt Ali Demir, der einen Imbiss betreibt.",
        "Einer von ihnen, Mitte fünfzig, stellt sich als Heinz vor. Von dem Beschluss hat er bereits gehört. "
        "„Dann gehen wir halt an den Inn. Irgendwo müssen wir ja sein“, sagt er.",
    )
    assert [speaker for _, speaker, _ in found] == ["Ali Demir", "Heinz"]
    found = quotes_of(
        "“Loneliness is not a disease that descended on us,” Catrin Lowther writes.",
        "There is Derek, a retired steelworker in Rotherham who kept the accounts of his bowls club. "
        "“I didn’t cry at my wife’s funeral,” he tells her.",
    )
    assert [speaker for _, speaker, _ in found] == ["Catrin Lowther", "Derek"]


@pytest.mark.parametrize(
    "caption",
    [
        "The new bridge over the Ohio River on Monday. (AP Photo/David Zalubowski)",
        "The new bridge over the Ohio River on Monday.David Zalubowski / AP file",
        "The new bridge over the Ohio River on Monday. Photo: David Zalubowski",
        "The new bridge over the Ohio River on Monday. Credit: David Zalubowski",
    ],
)
def test_a_pictures_credit_names_no_speaker(caption: str) -> None:
    section = Section(heading=None, blocks=[
        Block("paragraph", "Tom Baker, the city's mayor, opened the new bridge on Monday after ten years of planning."),
        Block("caption", caption),
        Block("paragraph", "Crowds lined both banks of the river to watch the first cars cross."),
        Block("paragraph", "“It took us ten years to get here, and it was worth every one of them,” he said."),
    ])
    assert [q.speaker for q in find_quotes([section])] == ["Tom Baker"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The carrier, Severobus, said in a statement that the routes had cost €410,000 last year.", "Severobus"),
        ("The governor’s office said in a statement that expanding child care was a priority.",
         "the governor’s office"),
        ("In a statement, An Garda Síochána appealed to anyone with dashcam footage to come forward.",
         "An Garda Síochána"),
        # no name before the verb: the issuer as the text describes it (resolved where a carrier is named)
        ("The carrier said in a statement that the routes had cost €410,000 last year.", "the carrier"),
    ],
)
def test_a_statement_speaks_for_whoever_the_sentence_before_says_issued_it(sentence: str, speaker: str) -> None:
    found = quotes_of(
        "Weekend bus and ferry services in the region will be cut from May, the transport board decided.",
        f"{sentence} “Public money must follow passengers, not timetables drawn up decades ago,” the statement said.",
    )
    assert [s for _, s, _ in found] == [speaker]


def test_capitalised_words_said_with_a_verb_of_speech_right_after_are_a_quote_not_a_title() -> None:
    found = quotes_of(
        "Tess Lindqvist formed the band in 1998 and has led it through four albums.",
        "Asked whether the reunion will outlast the tour, Lindqvist laughs. “Ask me in November,” she says.",
    )
    assert [(text, speaker) for text, speaker, _ in found] == [("Ask me in November", "Tess Lindqvist")]
    # a title closed by a comma, the sentence's verb further on: no quote
    assert quotes_of(
        'Gilley, author of the 2017 article "The Case for Colonialism," argued that the empire was good.',
        "Her debut, “Dry Season,” won the audience award at the London Film Festival.",
    ) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "In an accompanying editorial, Gregory Tanaka, MD, of Kaiser Permanente Northern California, called the "
        "results “an encouraging and very practical step” but noted that rates still fell short.",
        "Gregory Tanaka, MD, PhD, of Kaiser Permanente, said: “This is an encouraging and very practical step.”",
        "“This is an encouraging and very practical step,” said Gregory Tanaka, MD, of Kaiser Permanente.",
    ],
)
def test_a_degree_after_a_name_is_no_speaker(paragraph: str) -> None:
    assert [speaker for _, speaker, _ in quotes_of(paragraph)] == ["Gregory Tanaka"]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "description"),
    [
        ("Sen. Corinne Gadsden, D-Orangeburg, called the bill “a solution in search of a problem” on Tuesday.",
         "Sen. Corinne Gadsden", None),
        ("Rep. Curtis Hallberg, R-Peoria, said: “We will not stand by while this bill goes through.”",
         "Rep. Curtis Hallberg", None),
        ("Rep. Dale Hutchins, R-Fort Myers, who chairs the panel, said: “We will not stand by while it passes.”",
         "Rep. Dale Hutchins", "who chairs the panel"),
        ("“We will not stand by while this bill goes through,” said Rep. Dale Hutchins, R-Fort Myers.",
         "Rep. Dale Hutchins", None),
    ],
)
def test_a_legislators_party_and_district_is_no_speaker(paragraph: str, speaker: str, description: str | None) -> None:
    [quote] = find_quotes([Section(None, 0, [Block("paragraph", paragraph)])])
    assert (quote.speaker, quote.speaker_description) == (speaker, description)


_TWO_MET = (
    "Police Colonel Wirat Chaiyasit, who leads the investigation, said 14 people had been arrested. "
    "Chatchai Rattanawong, a lawyer for two of the suspects, said his clients were innocent."
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a given name no list knows, the subject of a verb of speech: the person of that name
        ("Wirat said investigators were examining whether the group had links abroad.", "Wirat Chaiyasit"),
        # the same word with no verb of speech after it is no mention: the one named last
        ("Wirat's team is examining whether the group had links abroad.", "Chatchai Rattanawong"),
    ],
)
@pytest.mark.parametrize(
    "rank", ["Police Colonel", "Pol Maj Gen"]  # (the given name after titles written short: "Gen Wirat")
)
def test_a_given_name_no_list_knows_names_its_person_where_it_speaks(sentence: str, speaker: str, rank: str) -> None:
    met = _TWO_MET.replace("Police Colonel", rank)
    found = quotes_of(met, f"{sentence} “We believe this is one branch of a larger network,” he said.")
    assert [without_title(s or "") for _, s, _ in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Committee chairperson V P Sreelatha said the drains would be cleared.", [(22, "V P Sreelatha")]),
        ("R Thinagaran, a union leader, said the workers were told at 6pm.", [(0, "R Thinagaran")]),
        ("K Suresh Menon said the plan was sound.", [(0, "K Suresh Menon")]),
        # a letter after a capitalised word is no initial, nor is "A" (a word)
        ("Grade C Students said the test was hard.", []),
        ("A Treasury spokesman said the plan was sound.", []),
    ],
)
def test_initials_without_full_stops_open_a_name(text: str, names: list[tuple[int, str]]) -> None:
    assert _names_with_positions(text) == names


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“This is pre-monsoon thunderstorm activity driven by moisture,” said K Santhosh Kumar, a scientist "
         "at the weather centre.", "K Santhosh Kumar"),
        ("“All the major drains will be cleared before the first of June,” said V P Sreelatha.", "V P Sreelatha"),
    ],
)
def test_a_speaker_after_the_verb_may_open_with_initials_without_full_stops(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of("Schools stay shut in three districts, the collector said.", paragraph)] == [
        speaker
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("In their citation, the judges wrote that the work was “a portrait of labour and of the people who do it”.",
         "the judges"),
        ("The auditors wrote that the port had accepted the equipment “without completing the technical tests”.",
         "the auditors"),
        ("The officials said the road would stay shut “until the engineers have signed off the bridge”.",
         "the officials"),
    ],
)
def test_a_plural_described_speaker_leads_into_a_partial_quote(paragraph: str, speaker: str) -> None:
    # (the singular, "the spokesman said the work was “…”", was read already; its plural was not)
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_a_plural_noun_before_a_verb_that_is_no_speech_attributes_nothing() -> None:
    paragraph = "The judges walked out after the verdict, which the paper called “a day of shame for the court”."
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["The Allt Dearg Community Trust, which runs the car park, said income paid for toilets and paths. "
          "In a statement, it said: “Visitor numbers have more than doubled since 2019 and costs with them.”"],
         "Allt Dearg Community Trust"),
        (["The Edo State Police Command confirmed the rescue of nine passengers on Sunday.",
          "It added: “All nine victims have been rescued unhurt and reunited with their families.”"],
         "Edo State Police Command"),
    ],
)
def test_it_leading_into_a_quote_is_the_one_body_named_before(paragraphs: list[str], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_it_leading_into_a_quote_with_no_body_named_attributes_nothing() -> None:
    # (two bodies, or none: whose "it" is, is left open)
    assert quotes_of("The report was late. It said: “Nobody at the depot checked the brakes before the trip.”") == []
    assert quotes_of(
        "The Ministry of Health and the Red Cross Society met on Friday. "
        "It said: “Nobody at the depot checked the brakes before the trip.”"
    ) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chief Executive Kojo Essuman-Mensah met traders on Monday.", ["Kojo Essuman-Mensah"]),
        ("Chief Executive Jane Roe met traders on Monday.", ["Jane Roe"]),
        ("Chief Olusegun Obasanjo addressed the elders.", ["Olusegun Obasanjo"]),
    ],
)
def test_chief_opens_an_office_or_a_title_not_a_name(text: str, names: list[str]) -> None:
    assert [n for _, n in _names_with_positions(text)] == names


def test_a_two_word_office_after_the_is_resolved_to_its_holder() -> None:
    # ("the Chief Executive said" had lost "the Chief", leaving "Executive" as if a surname)
    found = quotes_of(
        "Chief Executive Kojo Essuman-Mensah met traders on Monday.",
        "“We cannot continue like this, and the city cannot wait any longer,” the Chief Executive said.",
    )
    assert [s for _, s, _ in found] == ["Kojo Essuman-Mensah"]
    assert [s for _, s, _ in quotes_of("“The court will sit again on Monday morning,” said the Chief Justice.")] == [
        "the Chief Justice"
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Consumer group Codacons said passengers should now be compensated. "
         "“A fine paid to the State does nothing for the people who were stranded.”", "Codacons"),
        ("The Ministry of Health added that patients should continue to control their blood sugar. "
         "“Screening is not a substitute for treatment and care.”", "Ministry of Health"),
    ],
)
def test_a_quote_after_a_bodys_reported_speech_is_the_bodys(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_a_quote_after_a_sentence_that_reports_no_speech_is_nobodys() -> None:
    # (the sentence before has a body for subject but no verb of speech: nothing says whose words these are)
    assert quotes_of(
        "The Ministry of Health opened two new clinics in the district last year. "
        "“Screening is not a substitute for treatment and care.”"
    ) == []


def test_a_body_before_member_and_a_name_is_no_participles_subject() -> None:
    found = quotes_of(
        "Board member Terrence Hallett said he wanted the agency to look at shuttles, "
        "calling the proposal “a starting point, not the final word.”"
    )
    assert [s for _, s, _ in found] == ["Terrence Hallett"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "texts"),
    [
        # a text "finds", and the quote going on after that attribution is the same quote
        (("The Environmental Protection Agency published its report on water quality on Tuesday.",
          "“The trends we are seeing are not going in the right direction,” the report found. “Without "
          "significant additional measures, the targets will not be met.”"),
         "Environmental Protection Agency", 1),
        (("In a memorandum tabled before the committee, the Christian Health Association of Kenya said its "
          "members were owed Ksh1.4 billion.",
          "\"Several of our hospitals are now operating on overdrafts and supplier credit,\" the memorandum read."),
         "Christian Health Association of Kenya", 1),
    ],
)
def test_a_text_that_finds_or_reads_is_its_issuers(paragraphs: tuple[str, ...], speaker: str, texts: int) -> None:
    found = quotes_of(*paragraphs)
    assert [s for _, s, _ in found] == [speaker] * texts


def test_a_person_who_found_something_says_nothing() -> None:
    # ("found" makes a text's words only: a person who "found" a thing is no attribution)
    assert quotes_of("“The whole roof was gone when we got there,” the farmer found, and called the police.") == []


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "what X called “…”": X's words, not a title
        (("Hundreds of municipal workers began a strike over what the Public and Municipal Workers Union "
          "(Pamwu) called \"a wage offer that does not even cover inflation\".",),
         "Public and Municipal Workers Union"),
        # "it": the one body named before
        (("The Pacific Isles Cement Corp. kept its dividend, citing what it called “a strong balance sheet "
          "and a healthy order book”.",),
         "Pacific Isles Cement Corp"),
        # a thing, then who called it so, with no "that" between them
        (("Members of Unite voted on Monday. More than 400 workers began a strike after rejecting a pay offer "
          "their union described as \"an insult to the people who keep this factory running\".",),
         "the union"),
        (("The council approved a plan residents called “a betrayal of everything the village stands for”.",),
         "residents"),
        # someone described, "in the words of", then the rest of the sentence
        (("The results fell short of estimates. In the words of one analyst at a local brokerage, the "
          "quarter was “about as bad as the market feared”.",),
         "one analyst at a local brokerage"),
    ],
)
def test_what_someone_called_and_in_the_words_of_someone_described(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_a_work_called_by_its_title_is_still_no_quote() -> None:
    assert quotes_of("She wrote a book called “The Long Road Home to the Hills” about her village.") == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Residents of a low-lying Waioeka Valley settlement say floodwaters rose “quicker than anything the "
         "old-timers remember”.", "Residents of a low-lying Waioeka Valley settlement"),
        ("Brookfold residents said afterwards that the change would be “a disaster waiting to happen on that "
         "corner”.", "Brookfold residents"),
        ("Analysts at a domestic brokerage said in a note that the numbers were \"comfortably ahead of estimates "
         "for the quarter\".", "Analysts at a domestic brokerage"),
        ("Several neighbors said the man had moved in only a few weeks earlier and “never really talked to "
         "anybody on the street”.", "Several neighbors"),
        # (who they are is no part of the group's name)
        ("Parents who attended Monday's meeting said the plan was “a betrayal of every family in this "
         "district”.", "Parents"),
        ("Residents who gathered outside the town hall afterwards said the surveys were done in August. “The "
         "road is gridlocked at half eight every morning,” they said.", "Residents"),
    ],
)
def test_a_group_as_the_subject_of_reported_speech_speaks_its_partial_quote(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_they_after_a_sentence_about_a_group_that_spoke_is_the_group() -> None:
    # "they" after a sentence whose subject is a group that said something: the group
    found = quotes_of(
        "Officials from the water board toured the camp on Tuesday.",
        "Residents said they still relied on water trucks twice a week. “We cannot go on carrying buckets up "
        "the hill every morning,” they said in a memorandum.",
    )
    assert [s for _, s, _ in found] == ["Residents"]


def test_they_after_a_sentence_about_a_group_that_only_did_something_is_no_group() -> None:
    # (no verb of speech in the sentence before: the group is not what "they" picks up there)
    found = quotes_of(
        "Residents cleared the mud from the old school hall on Church Road. “We cannot go on carrying buckets "
        "up the hill every morning,” they said.",
    )
    assert [s for _, s, _ in found] != ["Residents"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Several drivers said they would not leave their lorries to queue for the vaccine. “The trucks are our "
         "responsibility. If goods go missing, it is on us,” they said.", "Several drivers"),
        ("Some shop owners said the closure would be “a disaster waiting to happen on that corner”.",
         "Some shop owners"),
    ],
)
def test_people_in_the_plural_after_how_many_are_a_group_that_speaks(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_things_in_the_plural_after_how_many_are_no_group() -> None:
    # (no people's noun: "Four seasons" say nothing)
    assert quotes_of("Four seasons said the change would be “a disaster waiting to happen on that corner”.") == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("A person close to Senate GOP leadership said leaders would bring the bill to the floor next week "
         "“whether or not everybody is happy with it.”", "a person close to Senate GOP leadership"),
        ("“Nothing gets built until that closes,” said two people familiar with the matter.",
         "two people familiar with the matter"),
        ("“Nothing gets built until that closes,” said a person familiar with the company’s plans.",
         "a person familiar with the company’s plans"),
        ("Two people familiar with the talks said the sale would be “announced within weeks, not months.”",
         "Two people familiar with the talks"),
    ],
)
def test_someone_unnamed_by_whom_they_know_speaks(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The Sudanese military said in a statement that it “has not obstructed and will not obstruct any "
         "humanitarian convoy.”", "Sudanese military"),
        ("The army said it had “opened every crossing to aid convoys”.", "the army"),
        ("The presidency said the visit would go ahead “as planned and with full honours”.", "the presidency"),
    ],
)
def test_a_states_arms_and_offices_are_bodies_that_speak(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_a_group_that_says_nothing_quotes_nothing() -> None:
    # (residents who only did something: no verb of speech, no speaker)
    assert quotes_of("Residents of the valley cleared the mud from “the old school hall on Church Road”.") == []


def _sections_quotes(sections: list[Section], language: str) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in find_quotes(sections, language)]


def test_answers_to_questions_put_under_a_heading_naming_the_interviewee() -> None:
    opening = Section(None, blocks=[Block("paragraph", "Rahim Osman has written a play about a coffee shop.")])
    qa = Section("Three questions for Rahim Osman", blocks=[
        Block("paragraph", "Why a kopitiam? “Because it is the last place where a banker and a cleaner sit together.”"),
        Block("paragraph", "What's next? – “A play about a bus depot, if the council lets me in.”"),
    ])
    assert _sections_quotes([opening, qa], "en") == [
        ("Because it is the la", "Rahim Osman"), ("A play about a bus d", "Rahim Osman"),
    ]


def test_an_answer_to_a_question_addressing_the_interviewee() -> None:
    section = Section(None, blocks=[
        Block("paragraph", "Die Dramaturgin Lorena Gisler übernimmt die Kellerbühne."),
        Block("paragraph", "Frau Gisler, was wollen Sie ändern? – «Die Anfangszeiten. Halb acht ist zu spät.»"),
    ])
    assert _sections_quotes([section], "de") == [("Die Anfangszeiten. H", "Lorena Gisler")]


def test_an_answer_to_a_question_nobody_is_said_to_answer_has_no_speaker_made_up() -> None:
    # no heading naming whom the questions are put to, nobody addressed: no interviewee to give it to
    section = Section("Ausblick", blocks=[
        Block("paragraph", "Die Dramaturgin Lorena Gisler übernimmt die Kellerbühne. Ihr Vorgänger Beat Imhof geht."),
        Block("paragraph", "Was bleibt? – «Die Mundartproduktion im Herbst, ganz sicher.»"),
    ])
    assert all(speaker != "Beat Imhof" for _, speaker in _sections_quotes([section], "de"))


def test_a_team_named_with_central_is_no_person_before_its_coach() -> None:
    # "Andover Central" met before as a team: never a person's name, so its coach named after it speaks
    found = quotes_of(
        "Andover Central (22-3) led 40-33 early in the fourth quarter before Valley Center closed the game.",
        "Andover Central coach Rachel Lindqvist was asked afterward whether the final sequence would stay with "
        'her. "Of course it will. You replay every possession. One shot does not define a season."',
    )
    assert [speaker for _, speaker, _ in found] == ["Rachel Lindqvist"]


def test_a_plural_possessive_inside_straight_single_quote_marks() -> None:
    # "taxpayers'" is no closing mark: a lower-case word follows it and the quote closes later
    found = quotes_of(
        "Committee chairman Roger Bastow warned members about an appeal.",
        "'If we lose at appeal, we could be paying the developer's costs, and that's taxpayers' money,' he said.",
    )
    assert [(text[:20], speaker) for text, speaker, _ in found] == [("If we lose at appeal", "Roger Bastow")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Singh" and "Kaur" between a given name no list holds and the family name: one name of three
        ("SAD MLA Gurdev Singh Bhullar, who did not join the walkout, said the money had been announced.",
         "Gurdev Singh Bhullar"),
        ("Union leader Manpreet Kaur Gill said farmers had heard such deadlines before.", "Manpreet Kaur Gill"),
        ("Manmohan Singh said the talks would go on.", "Manmohan Singh"),  # the family name itself
    ],
)
def test_sikh_names_with_singh_or_kaur_in_the_middle(text: str, name: str) -> None:
    assert [n for _, n in _names_with_positions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # initials before a given name and a surname, as South Indian names are written
        ("District officer K. Ramulu Naik said the work was done.", "K. Ramulu Naik"),
        ("Mr. A. Joseph Raj said the school would reopen.", "A. Joseph Raj"),
        ("The novelist R. K. Narayan Rao said so today.", "R. K. Narayan Rao"),
        # a country's initials are no one's
        ("In the U.S. Joe Biden said the talks would go on.", "Joe Biden"),
    ],
)
def test_initials_before_a_name_are_the_names(text: str, name: str) -> None:
    assert [n for _, n in _names_with_positions(text)] == [name]


def test_an_honorific_before_a_surname_on_second_reference() -> None:
    # "Alhaji" is a form of address, as "Mr" is: "Alhaji Lawan" is the Bashir Lawan named before
    found = quotes_of(
        "The chairman of the traders union, Alhaji Bashir Lawan, spoke at the market on Monday.",
        "“We cannot keep selling at a loss every single week,” Alhaji Lawan said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Bashir Lawan"]


def test_a_title_on_second_reference_tells_two_people_of_one_surname_apart() -> None:
    found = quotes_of(
        "MPA assistant chief executive Tan Wei Ling said the port expected methanol demand to grow.",
        "“Today’s operation shows that the procedures are ready. The next step is scale,” Ms Tan said.",
        "Its master, Captain Tan Boon Huat, said the crew had trained for almost a year.",
        "“Methanol burns with an almost invisible flame, so the crew had to relearn a lot,” Capt Tan said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Tan Wei Ling", "Tan Boon Huat"]


def test_a_quote_in_straight_single_marks_holding_one_in_double_marks() -> None:
    # British style: single marks outside, double inside; the inner quote is part of the outer one
    found = quotes_of(
        "Her granddaughter, Róisín Keaveney, said she had been a demanding teacher.",
        "'She'd never tell you a tune was good. She'd tell you it was \"coming along\",' Ms Keaveney said.",
    )
    assert [(text[:30], speaker) for text, speaker, _ in found] == [
        ("She'd never tell you a tune wa", "Róisín Keaveney")
    ]


@pytest.mark.parametrize(
    ("speaker", "description"),
    [
        ("Dean Maddocks", None),  # "Dean" a first name before one word: a name
        ("Jane Smith", "Dean"),  # before a first name and a surname: the office
    ],
)
def test_a_roles_word_that_is_a_first_name_before_one_word(speaker: str, description: str | None) -> None:
    text = "Dean Maddocks" if description is None else "Dean Jane Smith"
    section = Section(None, blocks=[
        Block("paragraph", f"“We were flat in the first half and there is no getting away from it,” {text} said."),
    ])
    found = find_quotes([section])
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


def test_a_place_written_out_after_a_preposition_is_no_subject_a_pronoun_stands_for() -> None:
    # "in Air Itam": the preposition governs the whole name, not only its last word (the
    # chairman, named after a long role, is the one person the sentence names as its subject)
    found = quotes_of(
        "Flash floods hit the island on Thursday, with several roads in Jelutong and Air Itam turning into rivers.",
        "State public works and flood mitigation committee chairman Lim Eng Chee said 52 people were moved "
        "to a relief centre at a community hall in Air Itam.",
        "“No drainage system in the world can take that much rain in three hours,” he told reporters.",
        "He said the state had set aside money for the river works this year. "
        "“The work takes time, but the upgrading is already showing results,” he added.",
    )
    assert [speaker for _, speaker, _ in found] == ["Lim Eng Chee", "Lim Eng Chee"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (  # before the quote
            "Freight forwarders in the Klang Valley said they were advising exporters to "
            "“add at least a week to every Europe booking until September”.",
            "Freight forwarders in the Klang Valley",
        ),
        (  # after it
            "“We have had water in the kitchen three times this year alone,” residents of Church Street said.",
            "residents of Church Street",
        ),
        (  # after the verb, which is no part of the group
            "“We do not go out after dark any more, not even to the shop,” said residents of Sai Chowk.",
            "residents of Sai Chowk",
        ),
        (  # a place the people are not of: the name alone
            "“We have had water in the kitchen three times this year alone,” said Anna Church.",
            "Anna Church",
        ),
    ],
)
def test_people_of_a_place_speak_as_a_group_not_as_the_place(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_where_a_body_is_based_is_no_part_of_its_name() -> None:
    found = quotes_of(
        "Singapore-based Oceanbridge Group told customers on Monday that its service would skip the port.",
        "“This temporary measure is intended to protect schedule reliability across the network,” the carrier said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Oceanbridge Group"]


def test_another_bodys_noun_is_not_the_body_named_before() -> None:
    # "the port’s regulator" is owned by the port: not the carrier named before
    found = quotes_of(
        "Oceanbridge Group told customers on Monday that its service would skip the port.",
        "The port’s regulator said in a statement that it was working with terminal operators to "
        "“optimise yard space and expedite cargo clearance”.",
    )
    assert [speaker for _, speaker, _ in found] == ["the port’s regulator"]


@pytest.mark.parametrize(
    ("name", "speaker", "description"),
    [
        ("Hollins Local Municipality", "Hollins Local Municipality", None),  # a body: whole
        ("Manager Joe Bank", "Joe Bank", "Manager"),  # a role, a first name and a surname that is a body's word
    ],
)
def test_a_bodys_name_is_not_split_into_a_role_and_a_name(name: str, speaker: str, description: str | None) -> None:
    text = f"“The council has ignored every letter we sent about the bins,” {name} said."
    section = Section(None, blocks=[Block("paragraph", text)])
    assert [(q.speaker, q.speaker_description) for q in find_quotes([section])] == [(speaker, description)]


@pytest.mark.parametrize(
    ("attribution", "speaker", "description"),
    [
        ("said his son, Tomas Alvarez, who now runs the shop.", "Tomas Alvarez", "his son"),
        ("said his daughter, Karen Whitcomb, of Brattleboro.", "Karen Whitcomb", "his daughter"),
        ("his son said.", "his son", None),  # unnamed: as the article gives it
        ("said her lawyer, Ruth Albrecht.", "Ruth Albrecht", "her lawyer"),
    ],
)
def test_a_relative_or_helper_by_what_they_are_to_someone(
    attribution: str, speaker: str, description: str | None
) -> None:
    section = Section(None, blocks=[
        Block("paragraph", "Luis Alvarez, who opened a barbershop on Main Street in 1971, died Sunday. He was 84."),
        Block("paragraph", f"“He used to say he would cut three generations of the same family,” {attribution}"),
    ])
    assert [(q.speaker, q.speaker_description) for q in find_quotes([section])] == [(speaker, description)]


def test_a_relative_named_before_is_the_one_an_unnamed_mention_stands_for() -> None:
    found = quotes_of(
        "Luis Alvarez died on Sunday at home. His son, John Lyimo, now guides on the mountain.",
        "“He taught all of us how to walk slowly on the mountain and in life,” his son said.",
    )
    assert [speaker for _, speaker, _ in found] == ["John Lyimo"]


def test_a_pronoun_after_a_paragraph_whose_subject_is_a_role_is_the_one_quoted_last() -> None:
    # "The coach also defended …, insisting the 20-year-old …": the coach (quoted last) is still
    # talking, not the player the paragraph names
    found = quotes_of(
        "Rivers United won 2-1 after substitute Chidera Okonkwo's 88th-minute winner on Sunday.",
        "Okonkwo, introduced in the 71st minute, settled the contest when he lobbed the goalkeeper.",
        "Rivers United head coach Stanley Ibe said his side had shown the character needed.",
        "“We have been getting criticism in the last few weeks, and some of it was fair,” Ibe said.",
        "The coach also defended his decision to start Okonkwo on the bench, insisting the "
        "20-year-old was being managed after a hamstring problem.",
        "“He is a special talent, but he is young and we have to protect him,” he said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Stanley Ibe", "Stanley Ibe"]


def test_quotes_after_a_topics_label_are_the_speaker_named_or_quoted_before() -> None:
    # "On …:" sums up an interview by topics: the one the paragraph before names, or quoted just before
    assert quotes_of(
        "Five-eighth Corey Pattison scored two tries.",
        "Pattison spoke to us on the sideline after full-time.",
        "On the comeback: “Honestly, at half-time I thought our season was done. We never gave up.”",
        "On the grand final: “Whoever we get, it’ll be tough. We’ll enjoy tonight and then get back to work.”",
    ) == [
        ("Honestly, at half-time I thought our season was done. We never gave up.", "Corey Pattison", True),
        ("Whoever we get, it’ll be tough. We’ll enjoy tonight and then get back to work.", "Corey Pattison", True),
    ]
    found = quotes_of(
        "Town boss Gary Whitlam admitted the second half had been long.",
        "‘We were comfortable, we were in control, and then the sending-off changes everything,’ he said.",
        "On Vine’s late saves: ‘He’s been brilliant for us all season and he won us the game today.’",
    )
    assert [speaker for _, speaker, _ in found] == ["Gary Whitlam", "Gary Whitlam"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a label with a verb of speech or a pronoun as subject attributes its quote as ever
        "On the title he said: “Everybody called her Mama Dikeledi, even the policemen who raided her.”",
        # words after the closing mark: no paragraph that is one quote
        "On the first page: “V1724 Lup, mag 8.9 and fading. Clear, cold, very still.” He shows it to me.",
    ],
)
def test_no_topics_label_where_the_paragraph_is_more_than_a_labelled_quote(paragraph: str) -> None:
    found = quotes_of("Naomi Jerop won in Boston last year.", paragraph)
    assert all(speaker != "Naomi Jerop" for _, speaker, _ in found)


def test_a_section_of_topics_after_a_heading_quotes_the_person_the_article_is_about() -> None:
    opening = Section(None, blocks=[
        Block("paragraph", "Director Thandiwe Mokoena shot the film in the house where she grew up."),
        Block("paragraph", "“I grew up under that tin roof. I did my homework on the beer crates,” Mokoena said."),
        Block("paragraph", "Her co-producer, Johan Pretorius of Dwarsrivier Films, read the script on a flight."),
        Block("paragraph", "“I finished it before we landed and I phoned her from the baggage carousel,” he said."),
    ])
    topics = Section("In her own words", blocks=[
        Block("paragraph", "On the title: “Everybody called her Mama Dikeledi, even the policemen who raided her.”"),
    ])
    assert _sections_quotes([opening, topics], "en")[-1] == ("Everybody called her", "Thandiwe Mokoena")
    # nobody quoted before the heading: nobody's words
    assert _sections_quotes([Section(None, blocks=opening.blocks[::2]), topics], "en") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a compound in lower case after its hyphen before a given name is a role or an adjective
        ("Five-eighth Corey Pattison scored two tries.", "Corey Pattison"),
        ("Runner-up Chris Wyllie painted his mother.", "Chris Wyllie"),
        ("Eleven-year-old Atsenla Longkumer sang first.", "Atsenla Longkumer"),
        # … but Korean and Taiwanese given names are written so
        ("Hyun-woo Baek, a researcher, disagreed.", "Hyun-woo Baek"),
        ("Jean-Pierre Dupont disagreed.", "Jean-Pierre Dupont"),
    ],
)
def test_a_lower_case_compound_before_a_name_is_no_given_name(text: str, name: str) -> None:
    assert [n for _, n in _names_with_positions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a player's position before a given name is no part of the name
        ("Forward Tomás Ilunga headed in a corner.", "Tomás Ilunga"),
        ("Fullback Tomás Ilunga headed in a corner.", "Tomás Ilunga"),
        ("Shortstop Tomás Ilunga doubled to left.", "Tomás Ilunga"),
        # (a name after a word that is none of them stays whole)
        ("Forde Tomás Ilunga headed in a corner.", "Forde Tomás"),
    ],
)
def test_a_players_position_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert [n for _, n in _names_with_positions(text)] == [name]


def test_a_pronoun_after_a_player_named_by_position_and_surname_is_the_players() -> None:
    found = quotes_of(
        "Forward Tomás Ilunga headed in a corner. Coach Jalen Okwu watched.",
        "Ilunga, who has three goals this season, said the dressing room was quiet.",
        "“It feels like a loss for every one of us,” he said.",
    )
    assert [q[1] for q in found] == ["Tomás Ilunga"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # names a firm is named after, "& Partner", "& Sons" after them, are no person's
        ("The firm Hoffmann Berger & Partner said it would appeal.", []),
        ("Der Streit mit der Kanzlei Hoffmann Berger und Partner ist beendet.", []),
        ("Walter Lowe & Sons has closed its last shop.", []),
        # (two people joined by "and" are two people)
        ("Anna Berger and Peter Klein said it would appeal.", ["Anna Berger", "Peter Klein"]),
    ],
)
def test_a_firm_named_after_partners_is_no_person(text: str, names: list[str]) -> None:
    assert [n for _, n in _names_with_positions(text)] == names


def test_a_participles_clause_opening_the_sentence_is_not_its_subject() -> None:
    # "Asked if he …, Best stood and told …": the subject stands after the clause
    assert quotes_of(
        "Jamal Antonio Best, 29, pleaded guilty.",
        "Asked if he had anything to say, Best stood and told Magistrate Rosalind Haynes: “I sorry, ma’am. I "
        "was wrong.”",
    ) == [("I sorry, ma’am. I was wrong.", "Jamal Antonio Best", True)]
    found = quotes_of(
        "The lead role is played by newcomer Refilwe Maseko, who was 11 when she auditioned. Asked what she "
        "remembers about the shoot, she grins and says the best part was “eating vetkoek between takes with all "
        "the aunties”."
    )
    assert [speaker for _, speaker, _ in found] == ["Refilwe Maseko"]


def test_a_paragraph_opening_with_a_straight_single_mark_goes_on_with_the_quote_before() -> None:
    # British web copy quotes in straight single marks, over paragraphs too
    found = quotes_of(
        "Forum chair Denise Wragg said members were losing hours. 'Every extra hour a truck sits in the queue "
        "is an hour it isn't earning,' she said.",
        "'It becomes a vicious circle. Drivers get fed up, they leave the container sector for easier work.'",
    )
    assert [(text[:25], speaker) for text, speaker, _ in found] == [
        ("Every extra hour a truck ", "Denise Wragg"), ("It becomes a vicious circ", "Denise Wragg"),
    ]
    # a year shortened by the mark opens no quote
    assert quotes_of(
        "'Every extra hour in the queue is an hour lost for all of us,' Denise Wragg said.",
        "'90s hauliers remember worse queues than this one at the port, she added.",
    ) == [("Every extra hour in the queue is an hour lost for all of us", "Denise Wragg", True)]


def test_a_crosshead_in_quote_marks_does_not_go_on_with_the_quote_before() -> None:
    found = quotes_of(
        "Jarrah Whitfield, an analyst, said: “The market was willing to wait for the recovery as long as it had "
        "a date.”",
        "‘Someone from outside’",
        "Luca Benedetti said the board should look beyond its own ranks.",
    )
    assert [text[:30] for text, _, _ in found] == ["The market was willing to wait"]


def test_an_answer_to_a_question_about_someone_is_the_persons_the_pronoun_stands_for() -> None:
    found = quotes_of(
        "“It turned into a film about my grandfather,” Renata Solberg said over coffee last week.",
        "Was there a moment she almost quit? “Oh, a dozen. The worst was 2020, when the festivals shut down.”",
    )
    assert [speaker for _, speaker, _ in found] == ["Renata Solberg", "Renata Solberg"]
    # a pronoun of the other gender than the one person named: no answer given to her
    found = quotes_of(
        "“It turned into a film about my grandfather,” Renata Solberg said over coffee last week.",
        "Was there a moment he almost quit? “Oh, a dozen. The worst was 2020, when the festivals shut down.”",
    )
    assert "Renata Solberg" not in [speaker for text, speaker, _ in found if text.startswith("Oh")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # what they are in lower case, then their name in commas: the name speaks
        ("One operator, Gareth Lomax, said: “Four hours 20 in the queue this morning for one box.”", "Gareth Lomax"),
        # … with whose they are after the name
        ("One Suffolk operator, Gareth Lomax of Lomax Container Services, posted on LinkedIn on Tuesday: 'Four "
         "hours 20 in the queue this morning for one box.'", "Gareth Lomax"),
    ],
)
def test_a_description_then_a_name_in_commas_gives_the_name(paragraph: str, speaker: str) -> None:
    assert [found for _, found, _ in quotes_of(paragraph)] == [speaker]


def test_a_description_then_a_body_in_commas_gives_no_person() -> None:
    found = quotes_of("One operator, Lomax Container Services, said: “Four hours 20 in the queue this morning.”")
    assert [speaker for _, speaker, _ in found if speaker and "Lomax" in speaker] == []


def test_an_answer_then_sentences_reporting_more_is_still_the_answer() -> None:
    found = _sections_quotes([Section(None, blocks=[
        Block("paragraph", "Einer, der hilft, ist Jonas Wehrle. Der 34-Jährige hat Geografie studiert."),
        Block("paragraph", "Ob er den Wechsel bereut? „Keinen einzigen Tag. Aber ich hätte nie gedacht, wie "
              "anstrengend es ist.“ Pädagogisch sei er anfangs ins kalte Wasser geworfen worden."),
    ])], "de")
    assert found == [("Keinen einzigen Tag.", "Jonas Wehrle")]
    # another quote mark after the answer: no answer read
    found = _sections_quotes([Section(None, blocks=[
        Block("paragraph", "Einer, der hilft, ist Jonas Wehrle. Der 34-Jährige hat Geografie studiert."),
        Block("paragraph", "Ob er den Wechsel bereut? „Keinen einzigen Tag. Aber ich hätte nie gedacht, wie "
              "anstrengend es ist.“ Das nennt er „eine Lehre fürs Leben“."),
    ])], "de")
    assert [text for text, _ in found if text.startswith("Keinen")] == []


def test_a_description_then_a_role_and_a_name_in_commas_gives_the_name() -> None:
    found = quotes_of(
        "One of his former students, the trumpeter Lerato Sithole, posted a short video of him teaching, with the "
        "caption: “Rest well, teacher. Every note I play, you taught me first.”"
    )
    assert [speaker for _, speaker, _ in found] == ["Lerato Sithole"]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_speakers_name() -> None:
    found = quotes_of(
        "Union official Maurice Odhiambo said the strike would go on.",
        "But Odhiambo said: “We will not go back to the wards until the arrears are paid in full.”",
    )
    assert [speaker for _, speaker, _ in found] == ["Maurice Odhiambo"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("“We will not allow this to happen again,” Bashar al-Assad said.",), "Bashar al-Assad"),
        (("“We will not allow this to happen again,” said Bashar al-Assad.",), "Bashar al-Assad"),
        (("“The militia is using the suffering of our people as propaganda,” army spokesman Col. Hassan "
          "al-Mahi said in a video.",), "Col. Hassan al-Mahi"),
        (("Mariam al-Nour runs a clinic outside the city.",
          "“We have no therapeutic milk left for the children,” al-Nour said."), "Mariam al-Nour"),
    ],
)
def test_a_surname_with_an_arabic_article_speaks_whole(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_a_quoted_titles_translation_in_brackets_is_nobody() -> None:
    from articleclean.sentences import mask_quoted

    text = "She published “Sal de mina” (Mine Salt) at 24 and “La casa de los relojes” (The House of Clocks) later."
    assert [n for _, n in _names_with_positions(text)] == []
    assert "Mine Salt" not in mask_quoted(text) and "House of Clocks" not in mask_quoted(text)
    # (a name in brackets after no quote is still one)
    assert [n for _, n in _names_with_positions("The chair (Jane Roe) opened the meeting.")] == ["Jane Roe"]


def test_a_translated_title_is_no_one_a_pronoun_may_stand_for() -> None:
    found = quotes_of(
        "Mexican novelist Beatriz Olmedo Zavala, whose books chronicled the mining towns, died on Friday.",
        "Born in 1937, she published her first collection of poems, “Sal de mina” (Mine Salt), at 24.",
        "“My father said that the women in our family talked too much and wrote too little,” she said.",
    )
    assert [s for _, s, _ in found] == ["Beatriz Olmedo Zavala"]


def test_someone_brought_in_unnamed_and_named_again_by_their_noun_is_not_a_name_after() -> None:
    found = find_quotes([Section(None, blocks=[Block("paragraph", p) for p in (
        "“This is a classic Colorado low that stalled right over the border,” a meteorologist with the federal "
        "weather agency said in an interview.",
        "The meteorologist said a second, weaker system could bring more snow on the weekend.",
        "“People see it's April and they think winter is over,” the meteorologist said.",
        "RCMP said officers had responded to more than 60 vehicles in ditches since early morning.",
        "Manitoba Hydro said about 14,000 customers were without power at the peak of the storm.",
    )])])
    assert "Manitoba Hydro" not in [q.speaker for q in found]
    assert [q.speaker for q in found][1].endswith("meteorologist")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Mr Gavin, a former county board chairman who ran on the slogan “Midlands First”, said he had “no "
         "complaint at all about the staff” but that the margin was too narrow.", "Mr Gavin"),
        ("Tom Gavin, who wrote “The Long Road”, said the result was “a slap in the face for every volunteer”.",
         "Tom Gavin"),
    ],
)
def test_a_description_holding_a_short_title_in_quote_marks(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]



def test_a_statement_released_then_the_body_by_its_noun_is_the_bodys() -> None:
    found = quotes_of(
        "Church-founded hospitals could be forced to close wards, the Uganda Protestant Medical Bureau (UPMB) "
        "has warned.",
        "In a statement released on Monday, the bureau said its member facilities had lost support since January.",
        "“Our facilities have absorbed these cuts for as long as they could,” the statement read.",
    )
    assert [s for _, s, _ in found] == ["Uganda Protestant Medical Bureau"]


def test_it_after_a_sentence_about_a_text_is_the_texts_issuer_not_a_body_it_names() -> None:
    found = quotes_of(
        "The Church of Uganda, which founded many of the facilities, said in a pastoral letter read on Sunday "
        "that Christians had a duty to support the hospitals.",
        "The letter also called on Parliament to ring-fence health spending in the coming budget. “A nation is "
        "judged by how it treats the sick and the poor,” it said.",
    )
    assert [s for _, s, _ in found] == ["Church of Uganda"]


def test_a_role_before_a_colon_leads_name_whose_someone_else_is_nobody() -> None:
    # (the possessive after the name is looked for where the name ends, past the role)
    assert quotes_of(
        "Head coach Vinayak Salvi's assistant was more guarded: “Let him enjoy the moment first. Selection is a "
        "separate question.”"
    ) == []


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a role in a word or two before the name opening a colon lead-in
        (("Head coach Vinayak Salvi was more guarded: “Let him enjoy the moment first. Selection is a separate "
          "question.”",), "Vinayak Salvi"),
        # the verb before its subject
        (("Chief selector Sanjay Kulkarni dismissed the criticism. Said Kulkarni: “We pick on current form and on "
          "what the team needs.”",), "Sanjay Kulkarni"),
        (("Added the coach: “We pick on current form and on what the team needs.”",), "the coach"),
    ],
)
def test_a_role_before_a_colon_leads_name_and_a_verb_before_its_subject(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # two people named together after the quote, "write" in the plural
        (("Two engineers, Marta Ilves and Tomas Berg, spent a year on the old bridge's records. The original "
          "survey “was a stack of guesses held together with good intentions,” Ilves and Berg write.",),
         "Ilves and Berg"),
        (("The study's authors were blunt. “Nothing in the data suggests the decline has slowed in the last "
          "decade,” the authors write.",), "the authors"),
        # words confided to a diary or a ledger
        (("Farmer Peter Lund kept a ledger for forty years. He confided to his ledger, “the river will take this "
          "field before it takes my patience.”",), "Peter Lund"),
    ],
)
def test_words_written_by_more_than_one_and_words_confided(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_write_after_no_one_who_wrote_the_words_is_no_attribution() -> None:
    assert quotes_of(
        "“It is all there in the minutes for anyone who cares to look,” residents who want a copy can write to the "
        "clerk."
    ) == []


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # what counsel or a petitioner argued
        (("Rohan Gaikwad, the petitioner, appeared in person before the bench.",
          "“The contractors certify completion, the same contractors are paid, and no officer visits the site,” "
          "Gaikwad submitted."), "Rohan Gaikwad"),
    ],
)
def test_what_counsel_or_a_petitioner_submitted(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_what_the_auditors_found_is_their_offices() -> None:
    found = quotes_of(
        "A report tabled in parliament on Thursday by the Office of the Auditor General reviewed the travel scheme.",
        "“The subsidy rates have not kept pace with fuel and accommodation prices,” the auditors found.",
    )
    assert [s for _, s, _ in found] == ["Office of the Auditor General"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kaydence herself wrote on X: “Lagos, I’m sorry. I wanted this more than anybody.”",
        "“Lagos, I’m sorry. I wanted this more than anybody,” Kaydence herself wrote.",
    ],
)
def test_a_reflexive_stressing_the_speaker_stands_between_the_name_and_the_verb(paragraph: str) -> None:
    found = quotes_of("The concert was postponed after the singer fell ill.", paragraph)
    assert [q[1] for q in found] == ["Kaydence"]


@pytest.mark.parametrize("group", ["organisers", "researchers", "investigators", "lawmakers"])
def test_people_in_numbers_opening_a_clause_after_a_comma_speak_as_a_group(group: str) -> None:
    found = quotes_of(
        f"After the decision, {group} wrote: “We will keep the gates open until the last runner has finished.”"
    )
    assert [q[1] for q in found] == [group]


def test_a_role_opening_the_sentence_before_a_pronouns_quote_beats_someone_unnamed_in_the_paragraph_before() -> None:
    found = quotes_of(
        "A spokesperson for the Ministry of Health said the minister was not available for an interview.",
        "The nurse said she has started looking at jobs in Alberta. “I love this town. But I can’t keep doing "
        "this,” she said.",
    )
    assert [q[1] for q in found] == ["the nurse"]
    # with no role before the quote, the one described in the paragraph before is whom "she" stands for
    found = quotes_of(
        "A nurse at the hospital said she has started looking at jobs in Alberta.",
        "“I love this town. But I can’t keep doing this,” she said.",
    )
    assert [q[1] for q in found] == ["a nurse at the hospital"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("First five Jordan Te Amo kicked the winning goal.", "Jordan Te Amo"),
        ("Mohamed El Sayed opened the shop in 1998.", "Mohamed El Sayed"),
        ("The singer Danny La Rue opened the show.", "Danny La Rue"),
    ],
)
def test_a_capitalised_particle_opens_the_surname_after_a_given_name(text: str, name: str) -> None:
    assert [found for _, found in _names_with_positions(text)] == [name]


def test_a_particle_after_a_word_that_is_no_given_name_makes_no_persons_name() -> None:
    assert _names_with_positions("The Hotel Le Monde opened in 1998.") == []


def test_a_verb_after_a_quote_that_takes_a_clause_of_its_own_attributes_it_not() -> None:
    # "“…?” Brandstätter replied that the company had …": he reports other words; the colon's
    # lead-in says whose the question is
    found = quotes_of(
        "Analyst Tom Harcourt asked about the outlook. Chief executive Ulrike Brandstätter said demand would recover.",
        "Harcourt followed up: \"And if the cycle doesn't turn in the second half?\" Brandstätter replied that the "
        "company had \"a very solid balance sheet and no refinancing needs before 2028\".",
    )
    assert [speaker for _, speaker, _ in found] == ["Tom Harcourt", "Ulrike Brandstätter"]
    # ("said that evening" is when it was said)
    found = quotes_of("“We will not give up on this town,” Mayor Ann Hale said that evening.")
    assert [speaker for _, speaker, _ in found] == ["Mayor Ann Hale"]


def test_a_colons_lead_in_speaks_not_for_the_one_it_addresses() -> None:
    found = quotes_of(
        "Anke Rademacher und Enno Oltmanns saßen nebeneinander.",
        "Rademacher wandte sich an Oltmanns: „Wir sollten dazusagen, dass kein Gebäude gegen den Willen der "
        "Gemeinde verkauft wird.“ Oltmanns nickte.",
    )
    assert [speaker for _, speaker, _ in found] == ["Anke Rademacher"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # raising one's voice says it too
        (["Aaliyah Ramdeen runs the band.", "“One more time from the top,” she shouts. “And this time, feel it.”"],
         "Aaliyah Ramdeen"),
        (["Aaliyah Ramdeen runs the band.", "“One more time from the top,” she yells at the drummers."],
         "Aaliyah Ramdeen"),
        # "further" between the subject and the verb
        (["In its written comments, the Pakistan Telecommunication Authority (PTA) stated that it had acted on "
          "the ministry’s directive.", "The authority further stated that it had “no independent role in "
          "assessing the security grounds” cited by the ministry."], "Pakistan Telecommunication Authority"),
    ],
)
def test_more_ways_of_saying_it(paragraphs: list[str], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_shouts_as_a_noun_name_no_speaker() -> None:
    found = quotes_of(
        "The crowd pressed against the barrier for most of the evening.",
        "“Let us in, let us in now,” came the shouts from the back of the queue.",
    )
    assert all(s not in ("the back", "the queue", "the shouts") for _, s, _ in found)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a role before the name, in commas
        (["The Malta Pyrotechnics Federation hit back at what its secretary-general, Ramona Buhagiar, called "
          "\"the usual knee-jerk reaction\" to any accident."], "Ramona Buhagiar"),
        # a noun for what was called so
        (["Marisol Quintero runs the ombudsman's office. She said her office had documented threats against "
          "community leaders — a pattern she called “the part of this crisis nobody sees from Bogotá.”"],
         "Marisol Quintero"),
    ],
)
def test_whoever_called_it_so_said_it(paragraphs: list[str], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_a_name_given_to_a_thing_is_no_quote() -> None:
    assert quotes_of("Jane Roe bought a horse she called “Rex” last spring.") == []


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Jane Roe leads the band.", "“One more time, and this time from the heart,” she sings into the microphone."],
         "Jane Roe"),
        (["Judge Mary Lane heard the case.", "“The evidence does not support the charge of murder,” the judge ruled."],
         "Mary Lane"),
        (["Tom Villaverde was not having it.", "“Nobody on this team asked for your opinion,” Villaverde shot back."],
         "Tom Villaverde"),
        (["Ana Pike plays the banjo.", "“That was the tuning, not me, I promise you,” Pike deadpanned."], "Ana Pike"),
    ],
)
def test_singing_ruling_and_answering_back_say_it(paragraphs: list[str], speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(*paragraphs)] == [speaker]


def test_a_song_title_after_sang_is_no_quote() -> None:
    assert quotes_of("Her granddaughter Amy Roe sang “Somewhere Over the Rainbow” at the funeral.") == []


@pytest.mark.parametrize(
    ("paragraph", "surname"),
    [
        ("“I’ve got employers in Joplin who can’t fill second shift,” Republican Sen. Wade Hollister of Joplin, "
         "the bill’s sponsor, said after the vote.", "Hollister"),
        ("“We will not stop until the river is clean again,” Jane Roe of the Sierra Club, who led the march, said "
         "on Sunday.", "Roe"),
    ],
)
def test_where_a_speaker_is_from_is_not_the_speaker(paragraph: str, surname: str) -> None:
    found = quotes_of(paragraph)
    assert len(found) == 1 and found[0][1] is not None and found[0][1].split()[-1] == surname


def test_a_shared_role_before_the_name_is_a_role() -> None:
    found = quotes_of(
        "\"We can do the same span in about two hours without touching traffic,\" said CEO and co-founder "
        "Priyanka Venkataraman."
    )
    assert [s for _, s, _ in found] == ["Priyanka Venkataraman"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("WASHINGTON (AP) — The Senate passed the bill late Tuesday, with Majority Leader Jane Roe saying it would "
         "\"finally give families the relief they were promised\".", "Jane Roe"),
        ("The session ended early, with Congress MLA Amarjit Singh Cheema accusing the government of paying "
         "farmers \"in instalments of promises and nothing else\".", "Amarjit Singh Cheema"),
    ],
)
def test_whom_with_brings_in_saying_it_speaks(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes_of(paragraph)] == [speaker]


def test_a_place_after_with_says_nothing() -> None:
    found = quotes_of(
        "The council approved the plan on Monday, with Main Street closing for two weeks in March, and members "
        "calling the work \"long overdue for the town centre\"."
    )
    assert all(s != "Main Street" for _, s, _ in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the place an office is to or of, before the holder's name, is no first name
        ("China’s ambassador to Britain Liu Xiaming has said that China will act.", ["Liu Xiaming"]),
        ("Mayor of London Sadiq Khan said the buses would run.", ["Sadiq Khan"]),
        ("President of Nigeria Bola Tinubu said the fuel subsidy was gone.", ["Bola Tinubu"]),
        # … but a person a noun of kinship or friendship is of keeps their first name
        ("A friend of Jane Roe said the house was empty.", ["Jane Roe"]),
        ("The mother of Kofi Mensah said the boy was safe.", ["Kofi Mensah"]),
        # … and a body an office is of is no person
        ("A spokesperson for Acme Corp said the plant would close.", []),
    ],
)
def test_an_offices_place_before_the_holders_name(text: str, names: list[str]) -> None:
    assert [n for _, n in _names_with_positions(text)] == names


def test_the_speaker_after_an_office_and_its_place() -> None:
    assert quotes_of(
        "China’s ambassador to Britain Liu Xiaming has said that China can end the unrest.",
        "Liu said troops could be deployed, warning: “They are already there in the Hong Kong garrison.”",
    )[0][:2] == ("They are already there in the Hong Kong garrison.", "Liu Xiaming")


@pytest.mark.parametrize(
    ("paragraph", "speaker", "description"),
    [
        # what a firm is, then its name with its legal form in commas: the firm speaks
        ("The contractor, Rift Basin Engineering Ltd., said it had “fully accounted for every shilling received.”",
         "Rift Basin Engineering Ltd.", "the contractor"),
        ("The operator, Harbour Ferries PLC, said the crossings were “suspended until the wind drops below gales.”",
         "Harbour Ferries PLC", "the operator"),
        # a person's name in the commas stays the person's
        ("The contractor, Jane Roe, said the firm had “fully accounted for every shilling received.”",
         "Jane Roe", "the contractor"),
    ],
)
def test_a_firm_named_in_commas_after_what_it_is(paragraph: str, speaker: str, description: str) -> None:
    quote = find_quotes([Section(None, blocks=[Block("paragraph", paragraph)])])[0]
    assert (quote.speaker, quote.speaker_description) == (speaker, description)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # people by what they do, in the plural, opening the sentence: they speak as a group
        ("Taxi drivers at a nearby rank said attacks had become “far too common for comfort” lately.",
         "Taxi drivers at a nearby rank"),
        ("Bus drivers said the new timetable was “a step backwards for everyone who works nights”.", "Bus drivers"),
        # … but not plurals in "-ers" that are no people's, nor "others" or "members" after a word
        ("Other members said the new timetable was “a step backwards for everyone who works nights”.", None),
        ("Court papers said the new timetable was “a step backwards for everyone who works nights”.", None),
    ],
)
def test_people_by_their_trade_in_the_plural_speak(paragraph: str, speaker: str | None) -> None:
    found = find_quotes([Section(None, blocks=[Block("paragraph", paragraph)])])
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two given names before one surname: two people of that name
        ("Dan and Julie Beaulieu both work at the mill.", ["Dan Beaulieu", "Julie Beaulieu"]),
        ("Die Eltern Petra und Rainer Krämer saßen auf der Tribüne.", ["Petra Krämer", "Rainer Krämer"]),
        # … not a full name's surname, nor a place, before the conjunction
        ("Tom Smith and Julie Beaulieu both work at the mill.", ["Tom Smith", "Julie Beaulieu"]),
        ("In Paris and Julie Beaulieu's old town, the mill is closing.", ["Julie Beaulieu"]),
    ],
)
def test_two_given_names_sharing_a_surname(text: str, names: list[str]) -> None:
    assert [n for _, n in _names_with_positions(text)] == names


def test_the_husband_of_a_couple_named_together_speaks() -> None:
    assert [q.speaker for q in find_quotes([Section(None, blocks=[
        Block("paragraph", "Dan and Julie Beaulieu both work at the mill, he as a millwright, she on the planer line."),
        Block("paragraph", "“We're both in there. It's not like one of us can pick up the slack,” Julie said."),
        Block("paragraph", "Dan said he has been through two shutdowns before. “Both times they said it was "
              "temporary. The first time it lasted eight months,” he said."),
    ])])] == ["Julie Beaulieu", "Dan Beaulieu"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # someone described, then a clause of whose: the one described speaks, not a noun in the clause
        ("A woman whose father spent 31 hours on a trolley in the emergency department last week said he had "
         "been “left in a corridor beside the toilets all night”.", "a woman"),
        ("A man whose car was stolen from the hospital car park said the thieves were “in and out in under a "
         "minute.”", "a man"),
    ],
)
def test_someone_described_with_a_whose_clause_speaks(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([Section(None, blocks=[Block("paragraph", paragraph)])])] == [speaker]


def test_someone_unnamed_whose_clause_holds_a_comma() -> None:
    from articleclean.structure.quotes import _UNNAMED_SUBJECT

    # "who works …, and asked not to be named": someone unnamed, though a comma stands in the clause
    text = ("The tenant of the corner flat who works nights at the depot, and asked not to be named, said the "
            "landlord never came.")
    found = _UNNAMED_SUBJECT.search(text)
    assert found is not None and found.group("desc") == "The tenant of the corner flat"
    # … but not past the sentence's end
    assert _UNNAMED_SUBJECT.search("The tenant of the corner flat works nights. He asked not to be named.") is None


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # someone unnamed is who the article says they are in full: whom they speak for or where
        # they work, up to the verb, and all of it before "who asked not to be named"
        (["Rosa Mwangi of the Red Cross said two camps were open.",
          "A nurse at one of the treatment centers, who asked not to be named because she was not authorized "
          "to speak, said patients were arriving faster than staff could register them. “We have children on "
          "the floor because the beds are full,” she said."],
         "a nurse at one of the treatment centers"),
        (["Winton Shire Council asked for a drought declaration on Wednesday.",
          "A spokesperson for the Department of Agriculture and Fisheries said the application would go before "
          "the committee. “The department is monitoring conditions closely,” the spokesperson said."],
         "a spokesperson for the Department of Agriculture and Fisheries"),
        # (without the short form of the body's name in brackets after it)
        (["Winton Shire Council asked for a drought declaration on Wednesday.",
          "A spokesperson for the Department of Agriculture and Fisheries (DAF) said the application would go "
          "before the committee. “The department is monitoring conditions closely,” the spokesperson said."],
         "a spokesperson for the Department of Agriculture and Fisheries"),
        # (a clause in commas after the place, no verb right after it: the noun alone)
        (["Rosa Mwangi of the Red Cross said two camps were open.",
          "A nurse at the district hospital in Kasese, where the beds ran out on Monday, said patients were "
          "arriving faster than staff could register them. “We have children on the floor,” she said."],
         "a nurse"),
    ],
)
def test_an_unnamed_speaker_is_described_in_full(paragraphs: list[str], speaker: str) -> None:
    assert [q[1] for q in quotes_of(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    "body",
    ["the Edinburgh Hindu Temple", "the Hindu Temple", "the Port Moresby Gurdwara"],
)
def test_a_bodys_name_after_the_is_nobodys_first_and_surname(body: str) -> None:
    # "Temple said" looks like a surname speaking, "Hindu Temple" like a name no list knows: after
    # "the" it ends a body's name, and the pronoun is the person's named before it
    found = quotes_of(
        f"Imam Vishnu Persad of {body} said the lamps carried a meaning far beyond decoration. "
        "“The deya is the small light that defeats the big darkness,” he said."
    )
    assert [q[1] for q in found] == ["Vishnu Persad"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a partial quote, the rest of its sentence, then the attribution closing the sentence
        ("Where they once needed ten engineers, they now only need \"two skilled engineers and one of these "
         "LLM-based agents,\" which can be just as productive, said Nenad Medvidovic, a computer science "
         "professor at the University of Southern California.", "Nenad Medvidovic"),
        ("The plan would make the district “the most walkable neighbourhood in the city” within a decade, "
         "said Mayor Jane Roe.", "Mayor Jane Roe"),  # (as "“…,” said Mayor Jane Roe." is read)
        ("Growers are facing “the worst season in living memory” after months without rain, the federation's "
         "president, Tom Hale, said on Monday.", "Tom Hale"),
    ],
)
def test_an_attribution_closing_a_partial_quotes_sentence_is_its_speaker(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # (a title or a scare quote of few words; a sentence ending before the attribution; a role
        # noun, which may stand for someone described before, is not read across the clause)
        "The festival's “Lahore Classics” series will open in May with a restored print, said Jane Roe.",
        "Growers are facing “the worst season in living memory” after months without rain. Prices rose, "
        "said Tom Hale.",
        "Qureshi had been “bowling with real rhythm” in the nets at the academy, the official said.",
    ],
)
def test_no_attribution_is_read_across_a_sentence_or_for_a_title(paragraph: str) -> None:
    assert all(q[1] not in ("Jane Roe", "Tom Hale", "the official") for q in quotes_of(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "telling" whom by name, a paper or an agency, leads into the subject's words
        ("Jane Smith defended the plan on Tuesday, telling Reuters that it was “the only way to keep the "
         "lights on this winter”.", "Jane Smith"),
        ("Jane Smith defended the plan on Tuesday, telling The Guardian: “It is the only way to keep the "
         "lights on this winter.”", "Jane Smith"),
        # (whom a clause opening the sentence names is not the participle's subject)
        ("If Trump actually read it, Schwartz would have been surprised, telling Mayer, “I seriously doubt "
         "that Trump has ever read a book straight through in his adult life.”", "Schwartz"),
    ],
)
def test_telling_someone_by_name_leads_into_the_subjects_words(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "in the words of" someone described, not only of someone named, inside a sentence
        ("Here is how bad things got in the words of the patient: “Two months after the onset of the "
         "symptoms, I was unable to stand or walk for more than a few minutes.”", "the patient"),
        ("In the words of a spokesperson for the council, “the road will stay closed until the bank is safe”.",
         "a spokesperson for the council"),
    ],
)
def test_in_the_words_of_someone_described(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in quotes_of(paragraph)] == [speaker]


def test_a_relative_named_in_commas_leads_in_with_a_colon() -> None:
    # "His daughter, Ama Mensah, was more direct:": the relative, named in commas, is the subject
    # leading into the quote, as a role before a name is ("Head coach Vinayak Salvi was more guarded:")
    found = quotes_of(
        "Kwame Mensah died on Sunday at the age of 91.",
        "His daughter, Ama Mensah, was more direct: “He would have hated all this fuss. He never liked being "
        "the centre of attention.”",
    )
    assert [q[1] for q in found] == ["Ama Mensah"]
    # (not a relative of someone else named after the name: nobody taken from a list of two)
    found = quotes_of(
        "Kwame Mensah died on Sunday at the age of 91.",
        "His daughter, Ama Mensah, and Kofi Boateng were more direct: “He would have hated all this fuss.”",
    )
    assert [q[1] for q in found] != ["Ama Mensah"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Margaret Ellison, however, described the decision as “a gift to our grandchildren of a bill”.",
        "Margaret Ellison, for her part, described the decision as “a gift to our grandchildren of a bill”.",
        "Margaret Ellison, meanwhile, called the decision “a gift to our grandchildren of a bill”.",
    ],
)
def test_an_adverb_in_commas_between_the_subject_and_its_verb_keeps_the_subject_the_speaker(paragraph: str) -> None:
    assert [speaker for _, speaker, _ in quotes_of(paragraph)] == ["Margaret Ellison"]


def test_someone_unnamed_by_the_definite_article_and_described_in_commas_is_whom_a_pronoun_stands_for() -> None:
    found = quotes_of(
        "Judge Paul Dornan said the boy had shown remorse.",
        "The defendant, a trainee joiner, told a probation officer that he had gone along with two older boys.",
        "“I knew it was wrong when we were doing it and I still did it,” he said.",
    )
    assert [speaker for _, speaker, _ in found] == ["the defendant, a trainee joiner"]
    # named in commas instead: the name, as ever
    found = quotes_of(
        "Judge Paul Dornan said the boy had shown remorse.",
        "The defendant, Liam Byrne, told a probation officer that he had gone along with two older boys.",
        "“I knew it was wrong when we were doing it and I still did it,” he said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Liam Byrne"]


@pytest.mark.parametrize("noun", ["forum", "alliance", "campaign", "consortium"])
def test_a_group_that_campaigns_or_trades_together_reports_a_partial_quote(noun: str) -> None:
    found = quotes_of(
        f"In a statement, the {noun} said stock theft was costing farmers in the province “hundreds of millions "
        "of rand a year” and called for dedicated courts."
    )
    assert [speaker for _, speaker, _ in found] == [f"the {noun}"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "She said Copper Deacon would likely train up to the Derby rather than run again. “He’s a horse who "
        "likes his time between races,” she said.",
        "She said Maple Ridge Farm had been in the family since 1911. “We are not selling, not to anyone, "
        "not at any price,” she said.",
    ],
)
def test_a_paragraph_opening_with_the_pronoun_is_the_one_named_before(paragraph: str) -> None:
    # the paragraph's own pronoun, before anyone it names, stands for the one named before it
    found = quotes_of("Trainer Marisol Guthrie watched the colt cool down in the barn on Saturday.", paragraph)
    assert [s for _, s, _ in found] == ["Marisol Guthrie"]


def test_a_paragraph_naming_someone_before_its_pronoun_is_theirs() -> None:
    found = quotes_of(
        "Trainer Marisol Guthrie watched the colt cool down in the barn on Saturday.",
        "Jockey Tamsin Hale said the going was soft. “He never liked the mud, and today he hated it,” she said.",
    )
    assert [s for _, s, _ in found] == ["Tamsin Hale"]


@pytest.mark.parametrize("space", ["\u00a0", "  ", "\n"])
def test_a_colon_lead_in_spaced_unevenly_is_read(space: str) -> None:
    # a non-breaking space, two spaces or a line break inside the lead-in (the page's own spacing)
    found = quotes_of(f"Mayor Jane{space}Roe was blunt: “We will build the harbour this year, whatever it takes.”")
    assert [s for _, s, _ in found] == ["Mayor Jane Roe"]


@pytest.mark.parametrize("first_name", ["Enkhbold", "Thomas"])
def test_a_pronoun_after_a_paragraph_opening_with_a_first_name_alone(first_name: str) -> None:
    # the paragraph before names its subject by first name alone (one no list knows, as Mongolian
    # names are called; a listed one is read so already)
    found = quotes_of(
        f"Herder {first_name} Dashdorj lost half his flock this winter. His neighbour Munkhzul Altangerel lost more.",
        "“We had no hay left by February, and the snow did not stop,” Munkhzul said.",
        f"{first_name} said he had started the winter with about 600 sheep and goats and 40 horses.",
        "“If I have 200 left in April, I will stay on the steppe,” he said.",
    )
    assert [s for _, s, _ in found] == ["Munkhzul Altangerel", f"{first_name} Dashdorj"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # what a named person says, by its noun, leads into the quote with a colon: theirs
        ("Dr Achieng's message to residents was simple:", "Janet Achieng"),
        ("Asked about the invitation, Ms Achieng's reply was blunt:", "Janet Achieng"),
        # (someone of theirs is no word of theirs: "Achieng's deputy was furious:")
        ("Dr Achieng's deputy was furious:", None),
    ],
)
def test_a_named_persons_words_by_their_noun_before_a_colon(lead: str, speaker: str | None) -> None:
    found = quotes_of(
        "Health officials confirmed 40 cases of cholera in the county. Dr Janet Achieng leads the response team.",
        f"{lead} “Boil your water, wash your hands and take the sick to a health facility immediately.”",
    )
    assert [s and s.split()[-2:] for _, s, _ in found] == ([speaker.split()] if speaker else [])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # of two people named before "he said", the one a preposition governs is spoken to, not speaking
        ("Marsh turned to Haddad before the sentence was read.", "Devontae Marsh"),
        ("Haddad looked at Marsh before the sentence was read.", "Samir Haddad"),
    ],
)
def test_a_pronoun_is_not_the_person_spoken_to(sentence: str, speaker: str) -> None:
    found = quotes_of(
        "Devontae Marsh pleaded guilty in August. The clerk, 58-year-old Samir Haddad, was shot in the arm.",
        f"{sentence} “I’m sorry, sir. I think about it every day,” he said, his voice breaking.",
    )
    assert [s for _, s, _ in found] == [speaker]


def test_a_bodys_noun_is_the_body_named_by_its_plural() -> None:
    # "the airline" is "Caribbean Airlines", not a body named since
    found = quotes_of(
        "Caribbean Airlines, which flies between Piarco and ANR Robinson International Airport, has added 14 flights.",
        "In an email to customers, the airline said: “Passengers are encouraged to arrive at the airport at least "
        "two hours before departure.”",
    )
    assert [s for _, s, _ in found] == ["Caribbean Airlines"]


@pytest.mark.parametrize(
    "lead",
    [
        # where a named person works, after "at", in lower case too: the person speaks
        "Leisure analyst Hannah Okonedo at the same broker said:",
        "Leisure analyst Hannah Okonedo at Peel Hunt said:",
    ],
)
def test_a_name_and_where_they_work_after_at_before_the_verb(lead: str) -> None:
    found = quotes_of(f"Analysts were divided. {lead} ‘The food-led story is working, and the pubs are full again.’")
    assert [s for _, s, _ in found] == ["Hannah Okonedo"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        ("Speaking by phone from his home in Khan Younis, Mahmoud Abu Taha, a 46-year-old former taxi driver, "
         "said: ‘The ceasefire stopped the bombs, but it did not stop the war.’",
         "Mahmoud Abu Taha", "a 46-year-old former taxi driver"),
        ("In Leeds, John Smith, a retired bus driver, said: “Nobody asked us before they closed the depot.”",
         "John Smith", "a retired bus driver"),
    ],
)
def test_a_place_after_its_preposition_is_no_speaker_before_the_name_in_commas(
    sentence: str, speaker: str, description: str
) -> None:
    found = find_quotes([Section(None, 0, [Block("paragraph", sentence)])])
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


def test_an_office_of_a_place_then_its_holder_still_reads_as_before() -> None:
    # "of" is no preposition of place here: the office, then its holder's name
    found = find_quotes([Section(None, 0, [Block("paragraph",
        "The mayor of Leeds, John Smith, said: “Nobody asked us before they closed the depot.”")])])
    assert found[0].speaker == "John Smith"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the document's issuer after "by", an aside in commas, then what it found
        ("A 2019 report by the Scottish Land Commission, the public body set up to advise on land reform, found "
         "that concentrated ownership could have “a damaging effect on local communities”.",
         "Scottish Land Commission"),
        # its owner's genitive, a few words on what it is, an aside, then what it found
        ("Ofsted’s own survey of secondary heads, published in the autumn, found that “most schools had cut back "
         "on trips and clubs”.", "Ofsted"),
        # ... or said, described
        ("Brackenridge’s annual report, lodged alongside the results, described the outlook as “subdued for at "
         "least the first half of next year”.", "Brackenridge"),
    ],
)
def test_a_document_whose_issuer_or_owner_is_named_speaks_for_them(sentence: str, speaker: str) -> None:
    found = find_quotes([Section(None, 0, [Block("paragraph", sentence)])])
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # what was found where is no finding
        "A report by the Harbour Trust found in the archive was marked “not for circulation before the inquiry”.",
        # a person finding something is no document
        "John Smith found that the plan was “a disaster for the whole town and its shops”.",
    ],
)
def test_a_finding_that_is_no_documents_has_no_speaker(sentence: str) -> None:
    found = find_quotes([Section(None, 0, [Block("paragraph", sentence)])])
    assert all(q.speaker not in ("Harbour Trust", "John Smith") for q in found)


@pytest.mark.parametrize(
    ("lead_in", "speaker", "description"),
    [
        ("Labour MP for Leeds Central Niamh Kiely said", "Niamh Kiely", "Labour MP for Leeds Central"),
        ("Minister for Health Sarah Thompson said", "Sarah Thompson", "Minister for Health"),
        ("Minister of State for National Development Ong Wei Ming said", "Ong Wei Ming",
         "Minister of State for National Development"),
    ],
)
def test_an_office_and_what_it_is_for_before_the_name_is_its_holders_description(
    lead_in: str, speaker: str, description: str
) -> None:
    sentence = f"{lead_in} the plan was “a disaster for the whole town” and should be dropped."
    found = find_quotes([Section(None, 0, [Block("paragraph", sentence)])])
    assert [(q.speaker, q.speaker_description) for q in found] == [(speaker, description)]


def test_a_name_after_a_place_with_no_office_before_it_stays_whole() -> None:
    # no office's title before "for": the capitalised words are not split
    sentence = "Pictures for Leeds founder Niamh Kiely said the plan was “a disaster for the whole town”."
    found = find_quotes([Section(None, 0, [Block("paragraph", sentence)])])
    assert found[0].speaker_description != "Pictures for Leeds"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a name in the clause of a question put to the speaker, before the comma the subject follows
        ("Gordon Rennie kept his temper after the final whistle.",
         "Asked whether the penalty, given for a tug on a shirt by Athletic defender Marc Quigley, was the right "
         "call, he replied: “I have seen it once on a phone. I will look at it properly.”"),
    ],
)
def test_a_name_in_a_question_put_to_the_speaker_is_not_whom_he_stands_for(paragraphs: tuple[str, ...]) -> None:
    assert [speaker for _, speaker, _ in quotes_of(*paragraphs)] == ["Gordon Rennie"]


def test_whom_a_question_is_about_and_the_subject_after_the_asked_clause_still_speak() -> None:
    # the question's subject answers it
    found = quotes_of(
        "Darragh Keogh came on in the 52nd minute and scored the winner.",
        "Was Fergal Brennan worried when the second goal went in? “Worried? I was looking up the bus timetable,” "
        "he laughed.",
    )
    assert found[-1][1] == "Fergal Brennan"
    # the subject after the clause, a list's commas after it
    found = quotes_of(
        "Dr. Renata Salcedo leads the heat clinic at the county hospital.",
        "Asked what people without air conditioning can do, Adaeze Morrow recommended cool showers, damp cloths "
        "and fans. “Cool your body, not just the room,” she said.",
    )
    assert found[-1][1] == "Adaeze Morrow"


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        # what the body is, then its name in commas, a body's word in it
        ("In a statement, the group's agency, Bluefield Entertainment, said pre-orders had passed 820,000, "
         "“the highest in the history of the group so far”.", "Bluefield Entertainment", "the group's agency"),
        ("In a letter, the band's label, Harbourlight Media, said the tour was “postponed, not cancelled, "
         "whatever the posters say”.", "Harbourlight Media", None),
    ],
)
def test_what_a_body_is_then_its_name_in_commas_is_the_body(
    sentence: str, speaker: str, description: str | None
) -> None:
    found = find_quotes([Section(None, 0, [Block("paragraph", sentence)])])
    assert [q.speaker for q in found] == [speaker]
    assert description is None or found[0].speaker_description == description


def test_what_someone_is_then_a_persons_name_in_commas_stays_the_persons() -> None:
    sentence = "The group's manager, Jane Whitfield, said sales had “never been this strong in any of our years”."
    found = find_quotes([Section(None, 0, [Block("paragraph", sentence)])])
    assert found[0].speaker == "Jane Whitfield"
