"""Given names from anywhere (Faker's lists of some eighty locales): a wider net than the
project's own lists, for telling that a capitalised word may open a person's name."""

from __future__ import annotations

import importlib.metadata
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from articleclean.model import Block, Section
from articleclean.patterns import names
from articleclean.patterns.names import given_gender, is_first_name, is_given_name, surname
from articleclean.structure.quotes import _names_with_positions, find_quotes


def speakers_of(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Section(None, blocks=[Block("paragraph", p) for p in paragraphs])])]


@pytest.mark.parametrize("word", ["Hakim", "Ngozi", "Orla", "Imran", "Kwamena", "Siobhán", "Darragh", "Peter"])
def test_names_given_in_any_of_the_locales_are_given_names(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize(
    "word",
    # (the mixed English locale's rare names and words, particles, a town's first word, the
    # calendar, and plain words)
    ["Council", "Judge", "Santa", "Von", "Van", "June", "Love", "the", "Ministry", "Hakim's"],
)
def test_words_that_stand_in_texts_as_something_else_are_none(word: str) -> None:
    assert not is_given_name(word)


def test_the_wide_net_gives_no_first_name_the_lists_lack() -> None:
    # ("Omar" is a surname as often: a gender, and the first of three names, keep to the lists)
    assert is_given_name("Omar") and not is_first_name("Omar")
    assert names.gender_of("Darragh") is None


@pytest.fixture
def fresh_lists() -> Iterator[None]:
    """The wide lists read anew in the test, and again after it."""
    def clear() -> None:
        names._wide_lists.cache_clear()
        names._wide_given_names.cache_clear()
        names.is_given_name.cache_clear()

    clear()
    yield
    clear()


def test_without_faker_the_lists_alone_answer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_lists: None
) -> None:
    monkeypatch.setenv(names.CACHE_DIR_VARIABLE, str(tmp_path))  # (an empty cache)
    monkeypatch.setitem(sys.modules, "faker.providers.person", None)  # (the import fails)
    assert names._wide_given_names() == frozenset()
    assert not is_given_name("Darragh") and is_given_name("Peter")
    assert not list(tmp_path.iterdir())  # (nothing kept of a failed read)


def test_fakers_names_are_kept_between_runs_and_read_back_without_faker(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_lists: None
) -> None:
    monkeypatch.setenv(names.CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    first = names._wide_lists()
    kept = list((tmp_path / "cache").iterdir())
    assert len(kept) == 1 and kept[0].name.startswith(f"given-names-faker-{importlib.metadata.version('faker')}-")
    assert "hakim" in first[0] and "ngozi" in first[1]
    names._wide_lists.cache_clear()
    monkeypatch.setitem(sys.modules, "faker.providers.person", None)  # (a later run: no Faker import needed)
    assert names._wide_lists() == first


def test_a_damaged_cache_file_is_read_from_faker_again_and_replaced(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_lists: None
) -> None:
    monkeypatch.setenv(names.CACHE_DIR_VARIABLE, str(tmp_path))
    expected = names._wide_lists()
    (kept,) = tmp_path.iterdir()
    for damage in ('{"male": ["Hakim"', '{"male": 3, "female": []}', "\x00\xff"):
        kept.write_text(damage, encoding="utf-8")
        names._wide_lists.cache_clear()
        assert names._wide_lists() == expected
        assert json.loads(kept.read_text(encoding="utf-8"))["female"]


@pytest.mark.parametrize("setting", ["", "unwritable"])
def test_no_cache_folder_or_one_that_cannot_be_written_only_costs_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_lists: None, setting: str
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(names.CACHE_DIR_VARIABLE, str(blocker / "cache") if setting else "")
    assert is_given_name("Darragh") and names.given_gender("Orla") == "f"
    assert [f.name for f in tmp_path.iterdir()] == ["a-file"]  # (no stray temporary file)


def test_a_first_name_no_list_here_knows_with_an_age_in_commas_brings_in_a_person() -> None:
    # (not the place named before him: "near Al Barsha")
    assert speakers_of(
        "At a rest stop near Al Barsha, riders sat with their helmets off. Imran, 31, from Pakistan, said he had"
        " been riding for four years. “In July the heat from the road comes up through your shoes,” he said."
    ) == ["Imran"]


def test_a_first_name_alone_stands_for_the_one_person_it_opens() -> None:
    # "Hakim" is Hakim Zulkifli, named in full before, not the pair named with him
    assert speakers_of(
        "The mixed doubles pair Wei Jie Tan and Hakim Zulkifli won the title.",
        "Hakim was exhausted. “Honestly, my legs were finished by the end of it,” he said.",
    ) == ["Hakim Zulkifli"]


def test_a_first_and_a_middle_name_given_anywhere_make_three_names_one() -> None:
    # "Mr Njoroge" later is the man introduced in full, every part of his name kept
    assert speakers_of(
        "Peter Kamau Njoroge, who chairs the traders' association, led the march.",
        "“We have not been consulted at all,” Mr Njoroge said.",
    ) == ["Peter Kamau Njoroge"]
    assert speakers_of(
        "Rashid Ali Mbarouk, who chairs the seaweed cooperative, led the march.",
        "“We have not been consulted at all,” Mr Mbarouk said.",
    ) == ["Rashid Ali Mbarouk"]
    # (a page repeating a name makes no three-part one)
    assert speakers_of(
        "A man threatened Rep. Ilhan Omar Ilhan Omar in a phone call.",
        "“We must teach the defendant love,” Omar wrote.",
    ) == ["Ilhan Omar"]


@pytest.mark.parametrize(
    ("introduced", "later", "speaker"),
    [
        # given names common in South Asia, the Gulf and East Africa open a three-part name
        ("Mahesh Kumar Sharma, a retired teacher, installed panels in March.",
         "For Sharma, the promise is familiar. “In October they said December,” he said.", "Mahesh Kumar Sharma"),
        ("Rajendra Singh Shekhawat, the district collector, visited the site.",
         "“The work will be finished by June,” Shekhawat said.", "Rajendra Singh Shekhawat"),
        ("Mwanaisha Khamis Juma, who sells seaweed at the market, joined the protest.",
         "“We were never asked,” Juma said.", "Mwanaisha Khamis Juma"),
    ],
)
def test_widely_given_names_of_south_asia_the_gulf_and_africa_open_three_part_names(
    introduced: str, later: str, speaker: str
) -> None:
    assert speakers_of(introduced, later) == [speaker]


def test_a_given_name_of_those_lists_tells_a_pronouns_person() -> None:
    # (Nadeem is a man's name, Shazia a woman's: "he said" is his, though her sentence opens with her)
    assert speakers_of(
        "Shazia Parveen runs the school, where Nadeem Butt teaches mathematics.",
        "“We need more teachers before the term starts,” he said.",
    ) == ["Nadeem Butt"]


def test_a_surname_ending_the_name_after_two_given_names_joins_them() -> None:
    # ("Boateng" is no given name: the third word joins where the name ends, a comma after it)
    assert speakers_of(
        "Kofi Boateng Asamoah, the utility's regional director, toured the plant.",
        "“Until the river is cleaned up, we will be managing a crisis,” Mr Asamoah said.",
    ) == ["Kofi Boateng Asamoah"]
    # (not a word of the calendar, a suffix, a place's word, nor a run that goes on)
    assert [n for _, n in _names_with_positions("Jane Smith Friday.")] == ["Jane Smith"]
    assert [n for _, n in _names_with_positions("Patrick Carlineo Jr., 55, pleaded guilty.")] == ["Patrick Carlineo"]
    assert [n for _, n in _names_with_positions("They met at Peter Brown Hospital, then left.")] == []
    assert [n for _, n in _names_with_positions("Kofi Boateng Asamoah Memorial Trust said")] != ["Kofi Boateng Asamoah"]


def test_a_hyphenated_given_name_after_a_first_name_leaves_the_surname_in_the_middle() -> None:
    assert surname("Patrick Ng Ho-yin") == "Ng"
    assert surname("Chan Chi-wai") == "Chan"
    assert surname("Jane Roe") == "Roe"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The state chairman of the union, Comrade Emeka Okafor, told journalists.", "Emeka Okafor"),
        ("Eighteen-year-old Emeka Okafor, playing only his sixth game, kicked the goal.", "Emeka Okafor"),
        ("Police spokesperson Brigadier Kwame Mensah said officers were deployed.", "Kwame Mensah"),
    ],
)
def test_an_honorific_a_rank_or_an_age_before_a_given_name_is_no_part_of_the_name(text: str, name: str) -> None:
    assert [n for _, n in _names_with_positions(text)] == [name]


def test_a_word_before_a_name_no_list_knows_stays_with_it() -> None:
    # ("Mohd" is no role: the name is not cut after it, whatever "Hafiz" is)
    assert next(n for _, n in _names_with_positions("Mohd Hafiz Rahman said the loan was late.")).startswith("Mohd")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr Farah Al Suwaidi, who heads the clinic, spoke first.", "Dr Farah Al Suwaidi"),
        ("Dwayne Mc Intosh said the road had flooded twice.", "Dwayne Mc Intosh"),
        ("Dr Abena Fosuah Quaye, the director, said the plant was safe.", "Dr Abena Fosuah Quaye"),
    ],
)
def test_a_particle_or_a_title_before_the_first_name_still_lets_a_third_name_join(text: str, name: str) -> None:
    assert [n for _, n in _names_with_positions(text)] == [name]


def test_a_given_names_gender_from_anywhere_only_where_the_lists_agree() -> None:
    assert (given_gender("Hakim"), given_gender("Ngozi"), given_gender("Peter")) == ("m", "f", "m")
    assert given_gender("Andrea") is None  # (a man's name in Italy, a woman's elsewhere)
    assert given_gender("Council") is None


def test_a_pronoun_prefers_the_person_a_given_name_from_anywhere_says_it_fits() -> None:
    # "he" is Kwame Boateng rather than the one named last, whose name says nothing
    assert speakers_of(
        "The complaint against Kwame Boateng was filed by Tendai Moyo in March.",
        "“We will keep fighting for this market as long as it takes,” he said.",
    ) == ["Kwame Boateng"]
    # (never to rule one out: a woman's name from anywhere leaves "he" to the reading it had)
    assert speakers_of(
        "The complaint against Ngozi Eze was filed by Tendai Moyo in March.",
        "“We will keep fighting for this market as long as it takes,” he said.",
    ) == ["Tendai Moyo"]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # Greek, Hebrew, Nordic and Finnish given names, and US ones of several generations
        ("Eleni", "f"), ("Yiannis", "m"), ("Tamar", "f"), ("Noam", "m"), ("Solveig", "f"), ("Mikko", "m"),
        ("Gretchen", "f"), ("Clayton", "m"), ("Nevaeh", "f"), ("Jaylen", "m"), ("Priyanka", "f"), ("Sifiso", "m"),
        ("Hendrik", "m"), ("Ronja", "f"), ("Thibault", "m"), ("Margaux", "f"), ("Mihai", "m"), ("Raluca", "f"),
    ],
)
def test_given_names_of_more_countries_and_generations_have_their_gender(name: str, gender: str) -> None:
    assert names.gender_of(name) == gender


@pytest.mark.parametrize("word", ["Georgia", "Earl", "Hunter", "Madison", "Destiny"])
def test_names_that_are_places_titles_surnames_or_words_have_no_gender_here(word: str) -> None:
    assert names.gender_of(word) is None


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # Japanese, Thai, Armenian, Georgian, Punjabi, Sri Lankan, Southern African, Welsh and
        # Cornish given names, and US ones the lists lacked
        ("Hiroshi", "m"), ("Keiko", "f"), ("Somchai", "m"), ("Siriporn", "f"), ("Tigran", "m"), ("Anahit", "f"),
        ("Irakli", "m"), ("Ketevan", "f"), ("Hideki", "m"), ("Sujata", "f"), ("Ranjith", "m"), ("Lerato", "f"),
        ("Thabiso", "m"), ("Naledi", "f"), ("Geraint", "m"), ("Tamsin", "f"), ("Wade", "m"), ("Marla", "f"),
        # Vietnamese, Burmese, Khmer, Persian and Lithuanian ones
        ("Tuan", "m"), ("Phuong", "f"), ("Kyaw", "m"), ("Thida", "f"), ("Sophal", "m"), ("Sreymom", "f"),
        ("Arash", "m"), ("Parisa", "f"), ("Mindaugas", "m"), ("Jurgita", "f"),
        # Yoruba and Igbo, Bulgarian, West African, Southern African and Bangladeshi ones
        ("Olusegun", "m"), ("Folasade", "f"), ("Ikechukwu", "m"), ("Ijeoma", "f"), ("Stoyan", "m"),
        ("Desislava", "f"), ("Boubacar", "m"), ("Fatoumata", "f"), ("Riaan", "m"), ("Rudo", "f"), ("Rezaul", "m"),
    ],
)
def test_given_names_of_still_more_countries_have_their_gender(name: str, gender: str) -> None:
    assert names.gender_of(name) == gender


@pytest.mark.parametrize(
    "name", ["Sonam", "Ayanda", "Mpho", "Chikondi", "Harpreet", "Tendai", "Wayan", "Temitope", "Kudzai", "Xiaoming"]
)
def test_names_given_to_women_and_men_alike_are_first_names_of_no_gender(name: str) -> None:
    assert names.is_first_name(name) and names.gender_of(name) is None
    # (so a pronoun may stand for the person of either sex)
    assert speakers_of(
        f"{name} Dlamini has run the stall at the market for eleven years.",
        "“We will keep fighting for this market as long as it takes,” she said.",
    ) == [f"{name} Dlamini"]


@pytest.mark.parametrize("word", ["Nur", "Thu", "Monte"])
def test_words_that_are_names_only_elsewhere_are_no_first_names_here(word: str) -> None:
    # German "nur", the weekday's "Thu", "Monte Carlo": a capital makes none of them a person's name
    assert not names.is_first_name(word)


def test_a_chinese_given_name_opens_a_name_and_still_follows_a_surname_written_first() -> None:
    assert speakers_of(
        "Wei Zhang, a planetary scientist who is not part of the mission, said the site was well chosen.",
        "“If the drill finds ice in the top meter of soil, that changes everything,” Zhang said.",
    ) == ["Wei Zhang"]
    # (a surname that is a weekday's short form too is a name's only after a first name: "Wei Sun")
    assert [n for _, n in _names_with_positions("On Monday Wei Sun said the site was well chosen.")] == ["Wei Sun"]
    assert names.surname("Tan Mei Ling") == "Tan" and names.surname("Jing Li") == "Li"


@pytest.mark.parametrize("word", ["Fang", "Bin", "Wen"])
def test_german_words_are_no_chinese_given_names(word: str) -> None:
    assert not names.is_first_name(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Tuesday, Abdel Fattah al-Sisi said the plan would work.", "Abdel Fattah al-Sisi"),
        ("Mohamed el-Erian, an economist, said rates would fall.", "Mohamed el-Erian"),
    ],
)
def test_a_surname_with_an_arabic_article_joined_to_it_ends_the_name(text: str, name: str) -> None:
    assert [n for _, n in _names_with_positions(text)] == [name]
    # (a place's name with one is no person's: "Shatt al-Arab")
    assert _names_with_positions("The Shatt al-Arab waterway flooded the road.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a first name that is also a month's short form, a surname after it
        ("Jan Böhmermann sagte am Abend in Köln, er habe nichts zu bereuen.", ["Jan Böhmermann"]),
        ("Professor Mei Zhou said the fires remained rare.", ["Professor Mei Zhou"]),
        ("Maja Novak won the final in three sets.", ["Maja Novak"]),
        # a month's short form with its full stop, or two words of the calendar, is no name
        ("The vote is set for Jan. Smith said it would pass.", []),
        ("The meeting moved from Monday March to Friday.", []),
    ],
)
def test_a_first_name_that_is_a_months_short_form_opens_a_name(text: str, names: list[str]) -> None:
    assert [n for _, n in _names_with_positions(text)] == names


@pytest.mark.parametrize(
    ("name", "person"),
    [
        # a first name, then a surname that opens places' names elsewhere
        ("Reginald Lake", True), ("Sarah Port", True),
        # a Korean given name (a hyphen and a small letter), then a surname that ends places' names
        ("Ji-won Park", True), ("Min-seok Park", True),
        # the places themselves
        ("Lake Placid", False), ("Crater Lake", False), ("Central Park", False), ("County Hall", False),
    ],
)
def test_a_surname_that_is_a_place_word_after_a_first_name(name: str, person: bool) -> None:
    assert bool(_names_with_positions(f"{name} said the work would take a year.")) is person


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "vor allem" is "above all", no adjective before a noun
        ("Dass es weitergeht, ist vor allem Alois Kormann zu verdanken.", ["Alois Kormann"]),
        # an article and an adjective before a first name and a surname: a person
        ("Matchwinnerin war die eingewechselte Mia Lindner mit zwei Toren.", ["Mia Lindner"]),
        ("Es siegte die junge Anna Berger vor der erfahrenen Eva Roth.", ["Anna Berger", "Eva Roth"]),
        # before two nouns, no person: "mit mittlerem Einkommen Rat", "die neue Mode Paris"
        ("Familien mit mittlerem Einkommen Rat zu geben, ist schwer.", []),
        ("Er lobte die neue Mode Paris.", []),
    ],
)
def test_a_german_adjective_before_a_first_name_and_surname(text: str, names: list[str]) -> None:
    assert [n for _, n in _names_with_positions(text)] == names
