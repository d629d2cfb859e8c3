"""The local engine: one record per page, errors isolated in their records, never a stopped batch."""

from __future__ import annotations

import gzip
from pathlib import Path

from batch_corpus import Dies, Explodes, Hangs, page, story, write_jsonl, write_warc

from articleclean import Pipeline
from articleclean.batch import LocalEngine, Page, Record, clean, read_pages, run
from articleclean.batch.task import Job


def mixed_corpus(tmp_path: Path) -> int:
    """Every input kind; returns the number of pages."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(5):
        (folder / f"page{i}.html").write_text(story(i))
    (folder / "zipped.html.gz").write_bytes(gzip.compress(story(5).encode()))
    write_jsonl(folder / "dump.jsonl", [{"html": story(i), "url": f"https://a.example/{i}"} for i in range(6, 10)])
    write_jsonl(folder / "dump2.jsonl.gz", [{"html": story(i), "id": f"z{i}"} for i in range(10, 13)], compress=True)
    write_warc(folder / "crawl.warc.gz", [(f"https://b.example/{i}", story(i).encode(), "text/html")
                                          for i in range(13, 16)], compress=True)
    return 16


def test_every_page_gives_exactly_one_record(tmp_path: Path) -> None:
    n = mixed_corpus(tmp_path)
    records = list(clean([tmp_path / "corpus"], jobs=2))
    assert len(records) == n
    assert len({r.source for r in records}) == n
    assert len({r.id for r in records}) == n
    assert {r.status for r in records} == {"ok"}
    assert {r.source for r in records} == {p.source for p in read_pages([tmp_path / "corpus"])}
    record = next(r for r in records if r.url == "https://a.example/6").to_dict()
    assert list(record) == ["id", "source", "url", "status", "page_type", "extraction", "error", "article"]
    assert "story 6" in record["article"]["text"]
    article = record["article"]
    assert (record["page_type"], record["extraction"]) == (article["page_type"], article["extraction"])
    assert record["page_type"] in ("article", "other")


def test_a_binary_page_an_unreadable_line_and_an_empty_page(tmp_path: Path) -> None:
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "good.html").write_text(story(1))
    (tmp_path / "lines.jsonl").write_text("{broken\n")
    records = {Path(r.source).name: r for r in clean([tmp_path], jobs=1)}
    assert records["binary.html"].status == "error" and "binary" in records["binary.html"].error
    assert records["binary.html"].article is None
    assert records["empty.html"].status == "empty" and records["empty.html"].article is not None
    assert records["good.html"].status == "ok"
    assert records["lines.jsonl:1"].status == "error" and "not a JSON line" in records["lines.jsonl:1"].error


def _pages(*texts: str) -> list[Page]:
    return [Page(f"p{i}", f"src{i}", page(f"Title {i}", text)) for i, text in enumerate(texts)]


def test_a_filter_that_crashes_is_an_error_record_and_the_batch_goes_on() -> None:
    pipeline = Pipeline().add(Explodes())
    texts = ["A calm paragraph of text, long enough to be kept by the filters."] * 3
    texts[1] = "This one goes BOOM in a filter, yet the batch must carry on."
    records = sorted(LocalEngine(2).clean(Job(pipeline), _pages(*texts)), key=lambda r: r.source)
    assert [r.status for r in records] == ["ok", "error", "ok"]
    assert records[1].error == "internal error: RuntimeError: filter blew up"


def test_a_page_over_the_timeout_is_killed_and_recorded() -> None:
    pipeline = Pipeline().add(Hangs())
    texts = ["A calm paragraph of text, long enough to be kept by the filters."] * 4
    texts[0] = "This page will HANG forever in a filter that never checks the clock."
    records = sorted(LocalEngine(2).clean(Job(pipeline, timeout=0.2), _pages(*texts)), key=lambda r: r.source)
    assert [r.status for r in records] == ["error", "ok", "ok", "ok"]
    assert records[0].error.startswith("timed out")


def test_a_worker_that_dies_is_replaced() -> None:
    pipeline = Pipeline().add(Dies())
    texts = ["A calm paragraph of text, long enough to be kept by the filters."] * 5
    texts[1] = texts[3] = "This page makes its worker DIE on the spot."
    records = sorted(LocalEngine(1).clean(Job(pipeline), _pages(*texts)), key=lambda r: r.source)
    assert [r.status for r in records] == ["ok", "error", "ok", "error", "ok"]
    assert "worker process died" in records[1].error


def test_workers_can_be_recycled_without_losing_pages() -> None:
    texts = [f"Paragraph number {i} of a corpus, long enough to be kept." for i in range(7)]
    records = list(LocalEngine(2, max_pages_per_worker=2).clean(Job(), _pages(*texts)))
    assert sorted(r.source for r in records) == sorted(f"src{i}" for i in range(7))


def test_records_round_trip_through_their_dict() -> None:
    record = Record("id", "src", None, "error", "boom", None)
    assert Record.from_dict(record.to_dict()) == record


def test_a_lost_json_lines_page_keeps_its_id_and_url(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "d.jsonl", [
        {"html": page("T", "This page makes its worker DIE on the spot."), "id": "doomed", "url": "https://e.com/d"},
    ])
    [record] = clean([dump], jobs=1, pipeline=Pipeline().add(Dies()))
    assert (record.id, record.url, record.status) == ("doomed", "https://e.com/d", "error")


def test_a_json_lines_batch_writes_the_lines_its_workers_packed(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "d.jsonl", [{"html": story(i), "id": f"s{i}"} for i in range(4)])
    plain = sorted(clean([dump], jobs=2), key=lambda r: r.id)
    assert all(r.line is None and r.article for r in plain)
    packed = list(LocalEngine(2).clean(Job(render="jsonl"), read_pages([dump])))
    assert all(r.line and r.article is None for r in packed)  # the article travels once, as JSON
    assert sorted((r.to_dict() for r in packed), key=lambda d: d["id"]) == [r.to_dict() for r in plain]
    out = tmp_path / "out.jsonl"
    run([dump], out, jobs=2)
    lines = sorted(out.read_text(encoding="utf-8").splitlines())
    assert lines == sorted(r.packed().line for r in plain)
