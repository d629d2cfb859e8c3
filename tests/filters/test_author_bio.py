"""author_bio: "About the author" boxes and contact cards after an article."""

from __future__ import annotations

from articleclean.filters import AuthorBio
from articleclean.model import Block

ARTICLE = "The city council approved the new budget on Tuesday after a long debate."
BIO = "Jane Doe covers city hall for the paper and has reported on local budgets since 2015."


def test_removes_a_bio_under_its_heading_after_the_article(run_filter):
    blocks = [Block("paragraph", ARTICLE), Block("heading", "About the author", level=2), Block("paragraph", BIO)]
    kept, removed = run_filter(AuthorBio(), blocks)
    assert [b.text for b in kept] == [ARTICLE]
    assert [r.text for r in removed] == ["About the author", BIO]


def test_a_heading_that_opens_the_page_is_its_headline_not_a_bio_box(run_filter):
    # Text input: a page whose headline is the word "Author" in some language ("Auteur") keeps
    # the article under it.
    blocks = [Block("heading", "Auteur", level=1), Block("paragraph", ARTICLE)]
    kept, removed = run_filter(AuthorBio(), blocks)
    assert [b.text for b in kept] == ["Auteur", ARTICLE]
    assert removed == []
