"""``Article.quotes`` is found the first time it is read, and each quote points at its block."""

from __future__ import annotations

import copy
import pickle
import threading
import time
from pathlib import Path

import pytest

import articleclean.structure as structure
from articleclean import Pipeline, extract
from articleclean.batch import Page as BatchPage
from articleclean.batch.task import Job
from articleclean.cli import EXIT_INTERNAL, EXIT_OK, main
from articleclean.model import Article, Quote

PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>The harbour gets a new pier</h1>"
    "<p>The council voted on Tuesday to build a pier at the old harbour, after two years of talks with "
    "fishermen and the ferry company about where boats would moor while the work goes on.</p>"
    '<figure><img src="/photos/pier.jpg" alt="The old pier at low tide" width="800">'
    "<figcaption>The old pier, built in 1911.</figcaption></figure>"
    "<p>“We have waited a long time for this and the boats need it now,” said Mary Keane, who chairs "
    "the harbour users’ group and has fished from the harbour for thirty years.</p>"
    '<figure><img src="/photos/boats.jpg" alt="Boats in the harbour" width="800"></figure>'
    "<p>The work starts in spring. “It will be finished before the summer season,” said Tom Reddy, the "
    "council’s engineer, who expects the ferry to run as usual throughout.</p>"
    "</article></body></html>"
)
URL = "https://news.example/harbour-pier"


@pytest.fixture
def finds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the runs of the quote finder."""
    runs: list[int] = []
    real = structure.find_quotes

    def counted(*args: object, **kwargs: object) -> list[Quote]:
        runs.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(structure, "find_quotes", counted)
    return runs


def test_quotes_are_found_when_first_read_and_once(finds: list[int]) -> None:
    article = extract(PAGE, url=URL)
    assert article.text  # (the text read: no quote looked for)
    assert finds == []
    assert [q.speaker for q in article.quotes] == ["Mary Keane", "Tom Reddy"]
    assert [q.speaker for q in article.quotes] == ["Mary Keane", "Tom Reddy"]
    assert finds == [1]


def test_the_json_output_reads_them(finds: list[int]) -> None:
    assert [q["speaker"] for q in extract(PAGE, url=URL).to_dict()["quotes"]] == ["Mary Keane", "Tom Reddy"]
    assert finds == [1]


def test_setting_quotes_leaves_the_finder_unrun(finds: list[int]) -> None:
    article = extract(PAGE, url=URL)
    article.quotes = []
    assert article.quotes == []
    assert finds == []


def test_each_quote_points_at_the_block_holding_it_with_figures_placed_before_it() -> None:
    article = extract(PAGE, url=URL)
    assert [b.kind for b in article.sections[0].blocks].count("figure") == 2
    for quote in article.quotes:
        assert quote.text[:30] in article.sections[quote.section].blocks[quote.block].text


def test_figures_change_no_speaker() -> None:
    assert [(q.text, q.speaker) for q in extract(PAGE, url=URL).quotes] == [
        (q.text, q.speaker) for q in extract(PAGE, url=URL, inline=False).quotes
    ]


TEXT = (
    "The council voted on Tuesday to build a pier at the old harbour.\n\n"
    "“We have waited a long time for this,” said Mary Keane, who chairs the harbour users’ group."
)


def test_an_article_of_text_pickles_with_its_quotes(finds: list[int]) -> None:
    article = extract(TEXT, input_type="text")
    again = pickle.loads(pickle.dumps(article))  # (a page's articles hold its elements: no pickle)
    assert finds == [1]
    assert [q.speaker for q in again.quotes] == ["Mary Keane"]
    assert again == article


def test_an_article_copies_with_its_quotes(finds: list[int]) -> None:
    article = extract(PAGE, url=URL)
    assert [q.speaker for q in copy.deepcopy(article).quotes] == ["Mary Keane", "Tom Reddy"]
    assert [q.speaker for q in copy.copy(article).quotes] == ["Mary Keane", "Tom Reddy"]
    assert finds == [1]


def test_an_article_made_by_hand_keeps_the_quotes_given_and_a_list_of_its_own() -> None:
    quote = Quote(text="Hello.", speaker="Ann Lee")
    assert Article(quotes=[quote]).quotes == [quote]
    first, second = Article(), Article()
    first.quotes.append(quote)
    assert second.quotes == []


def test_two_threads_reading_at_once_both_get_the_quotes() -> None:
    quote = Quote(text="We have waited a long time.", speaker="Mary Keane")
    started = threading.Event()

    def slow() -> list[Quote]:
        started.set()
        time.sleep(0.2)  # (the second thread reads while the first is still finding)
        return [quote]

    article = Article()
    article.find_quotes_later(slow)
    got: list[list[Quote]] = []
    first = threading.Thread(target=lambda: got.append(article.quotes))
    first.start()
    started.wait()
    got.append(article.quotes)
    first.join()
    assert got == [[quote], [quote]]


@pytest.fixture
def finder_crashes(monkeypatch: pytest.MonkeyPatch) -> None:
    def crashes(*args: object, **kwargs: object) -> list[Quote]:
        raise RuntimeError("quote finder blew up")

    monkeypatch.setattr(structure, "find_quotes", crashes)


def test_a_quote_finder_crash_is_the_batch_pages_error_record(finder_crashes: None) -> None:
    record = Job(Pipeline()).clean(BatchPage("p1", "src1", PAGE, url=URL))
    assert record.status == "error"
    assert record.error == "internal error: RuntimeError: quote finder blew up"


def test_a_quote_finder_crash_is_the_commands_error_for_that_file_not_a_traceback(
    finder_crashes: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "page.html"
    source.write_text(PAGE, encoding="utf-8")
    assert main(["--format", "json", str(source)]) == EXIT_INTERNAL
    out, err = capsys.readouterr()
    assert out == "" and "internal error: RuntimeError: quote finder blew up" in err
    assert main(["--format", "txt", str(source)]) == EXIT_OK  # (the text reads no quote)
    assert "The council voted on Tuesday" in capsys.readouterr().out
