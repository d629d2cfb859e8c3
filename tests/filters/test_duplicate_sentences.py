"""duplicate_sentences: sentences the article already said are dropped; short ones never are."""

from __future__ import annotations

import pytest

from articleclean.filters import DuplicateSentences
from articleclean.model import Block, Removal


def para(text: str) -> Block:
    return Block("paragraph", text)


def heading(text: str) -> Block:
    return Block("heading", text, level=2)


ARTEMIS = "NASA’s Artemis program, which aims to return astronauts to the Moon, has faced delays."


def test_repeated_sentence_is_dropped_and_block_keeps_the_rest(run_filter):
    first = "The mayor said the “new budget” will protect schools. Critics disagreed."
    repeat = 'THE MAYOR said   the "new budget"\nwill protect schools.'  # case, spaces, straight quotes
    second = f"Funding rose. {repeat} Teachers welcomed it."
    kept, removed = run_filter(DuplicateSentences(), [para(first), para(second)])
    assert [b.text for b in kept] == [first, "Funding rose. Teachers welcomed it."]
    assert removed == [Removal("duplicate_sentences", repeat, "sentence already in the article")]


def test_block_left_empty_is_dropped(run_filter):
    sentence = "The mayor said the new budget will protect schools."
    blocks = [para(sentence + " Critics disagreed."), Block("blockquote", sentence), para("The vote is on Friday.")]
    kept, removed = run_filter(DuplicateSentences(), blocks)
    assert [(b.kind, b.text) for b in kept] == [
        ("paragraph", sentence + " Critics disagreed."),
        ("paragraph", "The vote is on Friday."),
    ]
    assert removed == [
        Removal("duplicate_sentences", sentence, "blockquote repeating sentences already in the article")
    ]


def test_repeat_within_one_block(run_filter):
    sentence = "The mayor said the new budget will protect schools."
    kept, removed = run_filter(DuplicateSentences(), [para(f"{sentence} {sentence}")])
    assert [b.text for b in kept] == [sentence]
    assert [(r.filter, r.text) for r in removed] == [("duplicate_sentences", sentence)]


def test_short_sentence_is_never_a_repeat(run_filter):
    blocks = [
        para("Yes. He said it twice."),
        para("Yes."),
        para("The rain stopped at noon."),
        para("The rain stopped at noon."),
    ]
    kept, removed = run_filter(DuplicateSentences(), blocks)
    assert [b.text for b in kept] == [b.text for b in blocks]
    assert removed == []


def test_heading_glued_to_repeated_sentence_is_dropped(run_filter):
    glued = "Context and Background " + ARTEMIS
    blocks = [heading("Context and Background"), para(ARTEMIS + " It began in 2017."), para(glued)]
    kept, removed = run_filter(DuplicateSentences(), blocks)
    assert [(b.kind, b.text) for b in kept] == [
        ("heading", "Context and Background"),
        ("paragraph", ARTEMIS + " It began in 2017."),
    ]
    assert removed == [Removal("duplicate_sentences", glued, "paragraph repeating sentences already in the article")]


def test_paragraph_starting_with_heading_word_is_kept(run_filter):
    text = "Context matters more than ever in this debate, experts say."
    kept, removed = run_filter(DuplicateSentences(), [heading("Context"), para(text)])
    assert [(b.kind, b.text) for b in kept] == [("heading", "Context"), ("paragraph", text)]
    assert removed == []


def test_headings_lists_and_tables_are_not_deduplicated(run_filter):
    line = "The mayor said the new budget will protect schools."
    blocks = [
        para(line),
        heading(line),
        Block("list", line, items=[line]),
        Block("table", line, rows=[[line]]),
    ]
    kept, removed = run_filter(DuplicateSentences(), blocks)
    assert [(b.kind, b.text) for b in kept] == [(b.kind, b.text) for b in blocks]
    assert removed == []


def test_caption_repeating_the_text_is_dropped(run_filter):
    line = "Astronauts trained for months in a pool at the Johnson Space Center."
    kept, removed = run_filter(DuplicateSentences(), [para(line), Block("caption", line)])
    assert [b.kind for b in kept] == ["paragraph"]
    assert [(r.filter, r.text) for r in removed] == [("duplicate_sentences", line)]


def test_min_chars_setting_changes_what_counts(run_filter):
    short = "The rain stopped at noon."  # 25 characters
    blocks = [para(short), para(short)]
    kept, removed = run_filter(DuplicateSentences(), blocks)
    assert [b.text for b in kept] == [short, short]
    assert removed == []

    kept, removed = run_filter(DuplicateSentences(min_chars=10), blocks)
    assert [b.text for b in kept] == [short]
    assert [(r.filter, r.text) for r in removed] == [("duplicate_sentences", short)]

    long = "The mayor said the new budget will protect schools."  # 51 characters
    kept, removed = run_filter(DuplicateSentences(min_chars=60), [para(long), para(long)])
    assert [b.text for b in kept] == [long, long]
    assert removed == []


def test_short_label_repeated_as_its_own_block_is_a_control_and_every_copy_goes(run_filter):
    steps = [
        Block("paragraph", f"Step {n}: fold the dough over itself and press it flat with the heel of your hand.")
        for n in range(1, 5)
    ]
    blocks = [b for step in steps for b in (step, Block("paragraph", "Show picture Close picture"))]
    kept, removed = run_filter(DuplicateSentences(), blocks)
    assert [b.text for b in kept] == [s.text for s in steps]
    assert [r.text for r in removed] == ["Show picture Close picture"] * 4
    assert {r.reason for r in removed} == {"a short label repeated through the article (a page control)"}


@pytest.mark.parametrize(
    "line",
    [
        "Earcuff: Zoeca",  # a label with its value, under each photo: data
        "Yes, it was.",  # a sentence
    ],
)
def test_repeated_short_lines_that_are_data_or_sentences_stay(run_filter, line):
    body = "The designer showed three looks, each with a single earring and a plain white shirt."
    blocks = [Block("paragraph", body), Block("paragraph", line)] * 3
    kept, _ = run_filter(DuplicateSentences(), blocks)
    assert [b.text for b in kept].count(line) == 3


def test_short_line_repeated_twice_stays(run_filter):
    body = "The designer showed three looks, each with a single earring and a plain white shirt."
    blocks = [Block("paragraph", "Show picture"), Block("paragraph", body), Block("paragraph", "Show picture")]
    kept, removed = run_filter(DuplicateSentences(), blocks)
    assert kept == blocks
    assert removed == []
