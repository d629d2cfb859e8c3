"""Stage 2 for text input: scraped plain text turned into blocks, and ``extract`` on text."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean import extract
from articleclean.text import blocks_from_text, is_heading_line

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

WRAPPED = """The committee met on Tuesday to discuss the budget for the coming year,
and after several hours of debate it agreed on a plan that would raise
spending on schools and roads while keeping taxes at their current level
for most households in the region."""


LONG_PARAGRAPH = (
    "A paragraph of scraped text that is long enough never to look like a hard-wrapped line, "
    "because it runs on past one hundred characters."
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks_from_text(text)]


def test_each_line_is_a_paragraph():
    text = "First line is a paragraph of text.\nSecond line is another paragraph.\nThird one, too."
    assert kinds(text) == [
        ("paragraph", "First line is a paragraph of text."),
        ("paragraph", "Second line is another paragraph."),
        ("paragraph", "Third one, too."),
    ]


def test_blank_lines_and_crlf_separate_paragraphs_and_whitespace_is_cleaned():
    text = "One   sentence\there.\r\n\r\n\r\nTwo sentences.  Right here.\rThree."
    assert kinds(text) == [
        ("paragraph", "One sentence here."),
        ("paragraph", "Two sentences. Right here."),
        ("paragraph", "Three."),
    ]


def test_hard_wrapped_run_is_joined_into_one_paragraph():
    assert all(40 <= len(line) <= 100 for line in WRAPPED.splitlines()[:-1])
    blocks = blocks_from_text(WRAPPED)
    assert len(blocks) == 1
    assert blocks[0].kind == "paragraph"
    assert blocks[0].text == " ".join(WRAPPED.splitlines())


def test_two_wrapped_paragraphs_separated_by_a_blank_line_stay_two():
    second = """A second paragraph follows after a blank line and is also wrapped at
about seventy characters per line, just like the first one was, and it
ends here."""
    blocks = blocks_from_text(WRAPPED + "\n\n" + second)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    assert blocks[0].text == " ".join(WRAPPED.splitlines())
    assert blocks[1].text == " ".join(second.splitlines())


def test_lines_of_sentences_are_not_joined_as_wrapped():
    lines = [
        "The council met on Tuesday and approved the new budget plan.",
        "Spending on schools will rise by four percent next year.",
        "Taxes for most households will stay at their current level.",
        "The mayor is expected to sign the plan later this week.",
    ]
    assert kinds("\n".join(lines)) == [("paragraph", line) for line in lines]


def test_lines_ending_in_closing_quotes_are_not_joined():
    lines = [
        "The mayor said: “We will finish the bridge before the winter comes.”",
        "Her deputy added: “The money for the work is already in the budget.”",
        "A local driver said: “Nobody here wants another year of long detours.”",
        "The council will vote on the building permits next week.",
    ]
    assert kinds("\n".join(lines)) == [("paragraph", line) for line in lines]


def test_paragraph_wrapped_over_two_lines_is_one_paragraph():
    text = (
        "The committee met on Tuesday to discuss the budget for the coming year\n"
        "and after several hours of debate it agreed on a plan."
    )
    assert kinds(text) == [("paragraph", " ".join(text.splitlines()))]


def test_heading_directly_above_a_wrapped_paragraph():
    blocks = blocks_from_text("Budget Talks\n" + WRAPPED)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Budget Talks"),
        ("paragraph", " ".join(WRAPPED.splitlines())),
    ]


def test_short_line_without_closing_punctuation_between_paragraphs_is_a_heading():
    text = (
        "Opening paragraph ends with a full stop, as sentences do.\n"
        "Budget Talks Resume\n"
        "The committee met again on Tuesday and agreed."
    )
    blocks = blocks_from_text(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Opening paragraph ends with a full stop, as sentences do."),
        ("heading", "Budget Talks Resume"),
        ("paragraph", "The committee met again on Tuesday and agreed."),
    ]
    assert blocks[1].level == 2


@pytest.mark.parametrize(
    "line",
    [
        "Budget talks resume after the break.",  # closing punctuation
        "Next steps:",  # closing colon
        "and then the talks resumed",  # starts in lower case
        "2024 — 2025",  # no letters
        "This line is a heading candidate but it has far too many words to be one really",  # > 15 words
    ],
)
def test_lines_that_are_not_headings(line):
    assert not is_heading_line(line)
    text = f"{LONG_PARAGRAPH}\n{line}\n{LONG_PARAGRAPH}"
    assert [(b.kind, b.text) for b in blocks_from_text(text)] == [
        ("paragraph", LONG_PARAGRAPH),
        ("paragraph", line),
        ("paragraph", LONG_PARAGRAPH),
    ]


def test_several_short_lines_in_a_row_are_not_headings():
    text = (
        "Opening paragraph ends with a full stop, as sentences do.\n"
        "Home\nNews\nSport\nWeather\n"
        "The committee met again on Tuesday and agreed."
    )
    blocks = blocks_from_text(text)
    assert [b.kind for b in blocks] == ["paragraph"] * 6
    assert [b.text for b in blocks[1:5]] == ["Home", "News", "Sport", "Weather"]


def test_two_short_lines_in_a_row_are_not_headings():
    text = "First paragraph, with a full stop.\nMenu\nSearch\nLast paragraph, with a full stop."
    assert [b.kind for b in blocks_from_text(text)] == ["paragraph"] * 4


def test_bullet_lines_become_one_list_block():
    text = "Things to bring:\n- a tent\n* a stove\n\n• water\nThat is all."
    blocks = blocks_from_text(text)
    assert [b.kind for b in blocks] == ["paragraph", "list", "paragraph"]
    assert blocks[1].items == ["a tent", "a stove", "water"]
    assert blocks[1].text == "a tent\na stove\nwater"


def test_two_lists_separated_by_a_paragraph_stay_apart():
    text = "- one\n- two\nA paragraph between the lists.\n- three"
    blocks = blocks_from_text(text)
    assert [(b.kind, b.items) for b in blocks] == [
        ("list", ["one", "two"]),
        ("paragraph", []),
        ("list", ["three"]),
    ]


def test_empty_text_gives_no_blocks():
    assert blocks_from_text("") == []
    assert blocks_from_text(" \n\n\t\n") == []


SCRAPED = """Council Approves New Budget
The city council voted on Monday to approve a new budget for the coming fiscal year.
The plan raises spending on schools, parks, and public transport across the city.
What Changes
Bus fares will stay the same, but more buses will run on weekends and evenings.
Schools will receive new funding for teachers, books, and building repairs.
What Comes Next
The mayor is expected to sign the budget into law later this week."""


def test_extract_text_sample_gives_title_and_sections():
    article = extract(SCRAPED)
    assert article.title == "Council Approves New Budget"
    assert [s.heading for s in article.sections] == [None, "What Changes", "What Comes Next"]
    assert [s.level for s in article.sections[1:]] == [2, 2]
    assert [len(s.blocks) for s in article.sections] == [2, 2, 1]
    assert article.sections[1].blocks[0].text.startswith("Bus fares will stay the same")
    assert article.sections[2].blocks[0].text == "The mayor is expected to sign the budget into law later this week."
    assert "Council Approves New Budget" not in article.text  # the title is not repeated in the body
    assert article.encoding is None


def test_extract_text_bytes_and_forced_text():
    article = extract(SCRAPED.encode("utf-8"))
    assert article.title == "Council Approves New Budget"
    assert article.encoding == "utf-8"
    assert extract(SCRAPED, input_type="text").to_dict() == extract(SCRAPED).to_dict()


def test_extract_scraped_text_fixture():
    article = extract((FIXTURES / "mars-partnerships.txt").read_text(encoding="utf-8"))
    assert article.title == "Forging Global Partnerships for Mars Exploration"
    assert article.subtitle is not None and article.subtitle.startswith("International partnerships are pivotal")
    assert article.dateline is not None and article.dateline.location == "Washington, D.C."
    assert [s.heading for s in article.sections] == [None, "Context and Background", "Analysis of Perspectives"]
    assert "No products in the cart" not in article.text
    assert "Read More" not in article.text
    filters = {r.filter for r in article.removed}
    assert {"cart_notice", "read_more_teaser", "duplicate_sentences"} <= filters


def test_a_short_last_line_is_a_paragraph_not_a_heading_with_nothing_under_it():
    # Headings stand between paragraphs; the last line has nothing under it. As a heading,
    # dangling_headings dropped it, so extracting an article's own text again lost its last line.
    text = "The council met on Tuesday and voted to build a new bridge over the river.\n\nWork starts in the spring"
    assert [b.kind for b in blocks_from_text(text)] == ["paragraph", "paragraph"]
    assert extract(text, input_type="text").text == text
