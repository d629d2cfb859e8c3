"""media_credit: photo and reporting credits."""

from __future__ import annotations

import pytest

from articleclean.filters import MediaCredit
from articleclean.model import Block

ARTICLE = "The minister was seen without a mask at a Prague restaurant on Wednesday evening."


@pytest.mark.parametrize(
    "text",
    [
        "Foto: dpa",
        "Jane Doe/Getty Images",
        "Roman Prymula, photo: Archives du Gouvernement tchèque",
        "Der Hafen am Abend | Foto: Stadtarchiv",
        "Golf im TV: Die Übertragungszeiten der großen Turniere im Überblick. (Foto: Getty)",
        "Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)",
    ],
)
def test_removes_photo_credits(run_filter, text):
    kept, removed = run_filter(MediaCredit(), [Block("paragraph", ARTICLE), Block("caption", text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [r.text for r in removed] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The agency released the photo: a grainy picture of the harbour at night, taken from a drone.",
        "Police said the image, photo: none, was never published, and that the case was closed last year.",
        "Prices rose again in March (see chart), the statistics office said.",
        "The museum bought the picture in 1932 (Jane Doe / private collection). It was restored in 1990. "
        "Nobody knows who painted it (photo: archive).",
    ],
)
def test_keeps_sentences_that_mention_a_photo(run_filter, text):
    kept, removed = run_filter(MediaCredit(), [Block("paragraph", text)])
    assert [b.text for b in kept] == [text]
    assert removed == []
