"""The Dask engine gives the same records as the local one, template learning included."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_corpus import Explodes, read_records, story, write_jsonl, write_warc

from articleclean import Pipeline
from articleclean.batch import Page, clean, read_pages, run
from articleclean.batch.task import Job
from articleclean.batch.templates import template_pipeline

distributed = pytest.importorskip("distributed")
from articleclean.batch.dask_engine import DaskEngine  # noqa: E402

ABOUT = "Example News is an independent newsroom covering the valley since 1999. Support our work today."




@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as c:
        yield c


def corpus(tmp_path: Path) -> list[Path]:
    dump = write_jsonl(tmp_path / "d.jsonl", [
        {"html": story(i, ABOUT), "url": f"https://example.com/{i}", "id": f"e{i}"} for i in range(20)
    ])
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 10)
    warc = write_warc(tmp_path / "c.warc", [(f"https://w.org/{i}", story(50 + i).encode(), "text/html")
                                             for i in range(3)])
    return [dump, tmp_path / "binary.html", warc]


def by_source(records) -> dict[str, dict]:
    return {r["source"]: r for r in records}


def test_same_records_as_the_local_engine(tmp_path: Path, cluster) -> None:
    inputs = corpus(tmp_path)
    local = [r.to_dict() for r in clean(inputs, jobs=2, learn_templates=True)]
    dask = [r.to_dict() for r in clean(inputs, learn_templates=True, engine="dask",
                                       scheduler=cluster.scheduler_address)]
    assert len(dask) == len(local) == 24
    assert by_source(dask) == by_source(local)
    assert sum(r["status"] == "error" for r in dask) == 1
    assert all(ABOUT not in r["article"]["text"] for r in dask if r["url"] and "example.com" in r["url"])


def test_the_command_on_a_scheduler(tmp_path: Path, cluster) -> None:
    inputs = corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    summary = run(inputs, out, engine="dask", scheduler=cluster.scheduler_address)
    assert (summary.pages, summary.ok, summary.errors) == (24, 23, 1)
    assert len({r["source"] for r in read_records(out)}) == 24


def test_the_count_is_merged_in_a_tree(tmp_path: Path, cluster) -> None:
    # 20 pages in chunks of 1: 20 partial counts, merged eight at a time.
    inputs = corpus(tmp_path)
    with distributed.Client(cluster) as client:
        engine = DaskEngine(client=client, chunk_pages=1)
        job = Job(template_pipeline(None, learning=True))
        counter = engine.count(job, read_pages(inputs))
        assert counter.pages["example.com"] == 20 and counter.pages["w.org"] == 3
        sites = counter.templates().sites
        assert list(sites) == ["example.com"] and list(sites["example.com"].blocks.values()) == [20]


def test_a_crash_is_an_error_record_on_dask_too(cluster) -> None:
    job = Job(Pipeline().add(Explodes()))
    pages = [Page(f"p{i}", f"s{i}", story(i, "This paragraph goes BOOM." if i == 1 else "")) for i in range(3)]
    with distributed.Client(cluster) as client:
        records = sorted(DaskEngine(client=client).clean(job, pages), key=lambda r: r.source)
    assert [r.status for r in records] == ["ok", "error", "ok"]
