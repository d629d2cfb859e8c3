"""read_more_teaser: related-post cards (label, title, excerpt, "Read More →") inside the article."""

from __future__ import annotations

import pytest

from articleclean.filters import ReadMoreTeaser
from articleclean.model import Block


def para(text: str) -> Block:
    return Block("paragraph", text)


def heading(text: str) -> Block:
    return Block("heading", text, level=2)


REAL = "The city council approved the budget on Tuesday after a long debate about school funding."
TITLE = "Personal DevelopmentThe Rise of Public Benefit Corporations: Balancing Profit and Purpose"
EXCERPT = "Public benefit corporations are a new kind of company that must weigh profit against a stated purpose..."
AFTER = "However, the partnerships are not without challenges."


# -- text mode (blocks with element=None) -------------------------------------------------


def test_text_card_glued_to_next_paragraph(run_filter):
    blocks = [para(REAL), heading(TITLE), para(EXCERPT), para("Read More →" + AFTER)]
    kept, removed = run_filter(ReadMoreTeaser(), blocks)
    assert [(b.kind, b.text) for b in kept] == [("paragraph", REAL), ("paragraph", AFTER)]
    assert len(removed) == 1
    assert removed[0].filter == "read_more_teaser"
    assert removed[0].text == f"{TITLE}\n{EXCERPT}\nRead More →"
    assert removed[0].reason == "related-post card ending in 'Read More →'"


def test_text_card_with_marker_on_its_own_line(run_filter):
    blocks = [para(REAL), heading(TITLE), para(EXCERPT), para("Read More →"), para(AFTER)]
    kept, removed = run_filter(ReadMoreTeaser(), blocks)
    assert [b.text for b in kept] == [REAL, AFTER]
    assert [(r.filter, r.text) for r in removed] == [("read_more_teaser", f"{TITLE}\n{EXCERPT}\nRead More →")]


def test_text_card_title_without_excerpt(run_filter):
    blocks = [para(REAL), heading("Gardening in Small Spaces"), para("Read more →")]
    kept, removed = run_filter(ReadMoreTeaser(), blocks)
    assert [b.text for b in kept] == [REAL]
    assert [r.text for r in removed] == ["Gardening in Small Spaces\nRead more →"]


@pytest.mark.parametrize(
    "marker",
    ["Weiterlesen", "Lire la suite", "Leer más", "Leggi tutto", "Continue reading", "Read more »", "[Read more]"],
)
def test_markers_in_other_languages_and_forms(run_filter, marker):
    blocks = [para(REAL), heading(TITLE), para(EXCERPT), para(marker + AFTER)]
    kept, removed = run_filter(ReadMoreTeaser(), blocks)
    assert [b.text for b in kept] == [REAL, AFTER]
    assert len(removed) == 1
    assert removed[0].filter == "read_more_teaser"
    assert removed[0].text == f"{TITLE}\n{EXCERPT}\n{marker}"
    assert removed[0].reason == f"related-post card ending in {marker!r}"


@pytest.mark.parametrize("marker", ["Weiterlesen", "Lire la suite", "Leer más", "Leggi tutto", "Continue reading"])
def test_marker_alone_after_a_card(run_filter, marker):
    blocks = [para(REAL), heading(TITLE), para(EXCERPT), para(marker), para(AFTER)]
    kept, removed = run_filter(ReadMoreTeaser(), blocks)
    assert [b.text for b in kept] == [REAL, AFTER]
    assert [r.text for r in removed] == [f"{TITLE}\n{EXCERPT}\n{marker}"]


def test_excerpt_ending_in_marker_is_a_card(run_filter):
    teaser = "Gardening in small spaces is easier than you think… Read more"
    kept, removed = run_filter(ReadMoreTeaser(), [para(REAL), para(teaser), para(AFTER)])
    assert [b.text for b in kept] == [REAL, AFTER]
    assert [(r.filter, r.text) for r in removed] == [("read_more_teaser", teaser)]


def test_stray_marker_at_end_of_long_paragraph_is_cut_off(run_filter):
    body = "The council debated the budget for hours. " * 10 + "It passed at midnight."
    kept, removed = run_filter(ReadMoreTeaser(), [para(body + " Read more →")])
    assert [b.text for b in kept] == [body]
    assert len(removed) == 1
    assert removed[0].text.strip() == "Read more →"
    assert removed[0].reason == "a 'read more' link glued to the end of a paragraph"


def test_lone_marker_without_card_is_removed_and_text_kept(run_filter):
    kept, removed = run_filter(ReadMoreTeaser(), [para(REAL), para("Read More →" + AFTER)])
    assert [b.text for b in kept] == [REAL, AFTER]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("read_more_teaser", "Read More →", "a 'read more' link with no article text of its own")
    ]


def test_weak_marker_counts_only_with_an_ornament(run_filter):
    kept, removed = run_filter(ReadMoreTeaser(), [para(REAL), para("More →" + AFTER)])
    assert [b.text for b in kept] == [REAL, AFTER]
    assert [r.text for r in removed] == ["More →"]
    plain = "He wants to learn more about the plan. Learn more"
    kept, removed = run_filter(ReadMoreTeaser(), [para(REAL), para(plain)])
    assert [b.text for b in kept] == [REAL, plain]
    assert removed == []


@pytest.mark.parametrize(
    "text",
    [
        "The full figures are in the appendix, and you can read more about this in our annual report.",
        "Read more about the results in the annual report, which was published in May.",
        "Continue reading the report and you will find the same conclusion, the author said.",
        "Moreover, the council said it would revisit the plan next year.",
        "Mehrere Studien zeigen einen ähnlichen Effekt.",
        "Those who want more",
    ],
)
def test_keeps_ordinary_text_with_marker_words(run_filter, text):
    kept, removed = run_filter(ReadMoreTeaser(), [para(REAL), para(text)])
    assert [b.text for b in kept] == [REAL, text]
    assert removed == []


def test_keeps_real_paragraph_before_a_card(run_filter):
    before = "Officials said the programme would be reviewed in the spring."
    blocks = [para(REAL), para(before), heading(TITLE), para(EXCERPT), para("Read More →")]
    kept, removed = run_filter(ReadMoreTeaser(), blocks)
    assert [b.text for b in kept] == [REAL, before]
    assert [r.text for r in removed] == [f"{TITLE}\n{EXCERPT}\nRead More →"]


def test_long_paragraph_before_marker_is_not_an_excerpt(run_filter):
    long_para = "The council met. It debated. It voted. It adjourned. Then it met again."
    kept, removed = run_filter(ReadMoreTeaser(), [heading("Budget"), para(long_para), para("Read More →")])
    assert [b.text for b in kept] == ["Budget", long_para]
    assert [r.text for r in removed] == ["Read More →"]


def test_max_excerpt_chars_setting(run_filter):
    teaser = "Gardening in small spaces is easier than you think. Read more →"
    kept, removed = run_filter(ReadMoreTeaser(max_excerpt_chars=40), [para(teaser)])
    # Too long to be an excerpt: only the marker goes.
    assert [b.text for b in kept] == ["Gardening in small spaces is easier than you think."]
    assert [r.reason for r in removed] == ["a 'read more' link glued to the end of a paragraph"]


# -- HTML mode (blocks point at their elements) --------------------------------------------

LONG_BEFORE = (
    "The council approved the budget on Tuesday after a long debate about how much money the "
    "city's schools should receive next year. "
) * 4
LONG_AFTER = (
    "However, the partnerships are not without challenges, the mayor said at a news conference "
    "on Wednesday afternoon at city hall. "
) * 4
CARD = (
    '<div class="card"><span>Personal Development</span><h4>The Rise of Public Benefit Corporations</h4>'
    "<p>Public benefit corporations must weigh profit against a stated purpose.</p>"
    '<a href="/pbc">Read More →</a></div>'
)
CARD_TEXT = (
    "Personal Development\nThe Rise of Public Benefit Corporations\n"
    "Public benefit corporations must weigh profit against a stated purpose.\nRead More →"
)


def test_html_card_blocks_go_real_paragraphs_stay(run_filter, html_blocks):
    blocks = html_blocks(f'<div class="entry"><p>{LONG_BEFORE}</p>{CARD}<p>{LONG_AFTER}</p></div>')
    assert [b.text for b in blocks][1:5] == CARD_TEXT.split("\n")  # the dom stage built the card's blocks
    kept, removed = run_filter(ReadMoreTeaser(), blocks, is_html=True)
    assert [b.text for b in kept] == [LONG_BEFORE.strip(), LONG_AFTER.strip()]
    assert [b.element.tag for b in kept] == ["p", "p"]
    assert len(removed) == 1
    assert removed[0].filter == "read_more_teaser"
    assert removed[0].text == CARD_TEXT
    assert removed[0].reason == "related-post card ending in 'Read More →'"


def test_html_card_in_short_wrapper_keeps_paragraph_before_it(run_filter, html_blocks):
    before = "The council approved the budget on Tuesday after a long debate about school funding."
    after = "However, the partnerships are not without challenges, the mayor said on Wednesday."
    blocks = html_blocks(f'<div class="entry"><p>{before}</p>{CARD}<p>{after}</p></div>')
    kept, removed = run_filter(ReadMoreTeaser(), blocks, is_html=True)
    assert [b.text for b in kept] == [before, after]
    assert [r.text for r in removed] == [CARD_TEXT]


# -- glued markers in scraped text: every case, ornament and opening of the paragraph ------------

GLUED_MARKERS = [
    "Read More →", "READ MORE", "READ MORE →", "read more →", "Read more »", "Read more ›", "Read more ->",
    "Read More→", "Continue reading…", "Continue reading ...", "Keep reading →", "[Read more]",
    "Read the full story →", "Weiterlesen »", "Lire la suite →", "Read More",
]
OPENINGS = [
    "However, the partnerships are not without challenges.",
    "“The challenges are great,” she said, “and no nation can meet them alone.”",
    '"We are ready," the agency said in a statement on Monday.',
    "2025 will be a decisive year for the mission, the agency said.",
    "however, the partnerships are not without challenges.",
]
PLAIN_EXCERPT = "Public benefit corporations are emerging as a new model for businesses, blending profit with purpose."


@pytest.mark.parametrize("marker", GLUED_MARKERS)
@pytest.mark.parametrize("opening", OPENINGS)
def test_a_card_glued_to_the_next_paragraph_goes_and_the_paragraph_stays(run_filter, marker, opening):
    blocks = [para(REAL), heading(TITLE), para(PLAIN_EXCERPT), para(marker + opening)]
    kept, removed = run_filter(ReadMoreTeaser(), blocks)
    assert [b.text for b in kept] == [REAL, opening]
    assert [r.text for r in removed] == [f"{TITLE}\n{PLAIN_EXCERPT}\n{marker.strip()}"]


def test_an_excerpt_without_an_ellipsis_goes_with_its_title(run_filter):
    # The excerpt ends in a full stop, like the reference page's: the title makes it a card.
    blocks = [para(REAL), heading("Healthcare CareersIndia’s Workplace Stress"), para(PLAIN_EXCERPT),
              para("Read More →" + AFTER)]
    kept, removed = run_filter(ReadMoreTeaser(), blocks)
    assert [b.text for b in kept] == [REAL, AFTER]
    assert PLAIN_EXCERPT in removed[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Read more about the results in the annual report, which was published in May.",
        "Read only the first chapter if you are short of time, the editors advise.",
        "Weiterlesenswert ist vor allem das zweite Kapitel, sagte die Autorin.",
        "Continue reading the report and you will find the same conclusion, the author said.",
        "More than forty nations have signed the accords so far.",
        "Learn more languages, the minister told the students.",
    ],
)
def test_paragraphs_that_open_with_marker_words_stay(run_filter, text):
    kept, removed = run_filter(ReadMoreTeaser(), [para(REAL), heading(TITLE), para(PLAIN_EXCERPT), para(text)])
    assert text in [b.text for b in kept]
    assert not any(r.text.endswith(text[:20]) for r in removed)
