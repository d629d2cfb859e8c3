"""The reference page's glued teasers, as other sites write them: every marker variant gives
the same article as the page itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean import extract

MARS = (Path(__file__).resolve().parents[2] / "fixtures" / "mars-partnerships.txt").read_text(encoding="utf-8")
ORIGINAL = extract(MARS, input_type="text")


@pytest.mark.parametrize(
    "marker", ["READ MORE", "Read more »", "Continue reading…", "Read more ->", "[Read more]", "Keep reading ›"]
)
def test_every_marker_variant_gives_the_reference_article(marker):
    article = extract(MARS.replace("Read More →", marker), input_type="text")
    assert article.text == ORIGINAL.text
    cards = [r for r in article.removed if r.filter == "read_more_teaser"]
    assert len(cards) == 3
    assert all(r.text.endswith(marker) for r in cards)


def test_glued_paragraphs_opening_with_a_quote_a_digit_or_lower_case_are_kept():
    lines = {
        "Read More →Context and Background": "Read More →“Context and Background”",
        "Read More →However, the partnerships": "Read More →however, the partnerships",
        "Read More →As we look toward the stars": "Read More →2031 looks closer as we look toward the stars",
    }
    text = MARS
    for old, new in lines.items():
        assert old in text
        text = text.replace(old, new)
    article = extract(text, input_type="text")
    for new in lines.values():
        assert new.removeprefix("Read More →") in article.text
    assert "Read More" not in article.text
    assert "Personal Development" not in article.text
