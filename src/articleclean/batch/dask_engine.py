"""The Dask engine: the same batch on a Dask distributed cluster (``articleclean[dask]``).

Pages are read where the batch runs and sent to the cluster in small chunks, with a bounded
number of chunks in flight, so memory stays bounded as with the local engine. Each chunk gives
the same records a local run would. Template learning is a distributed count: each chunk is
counted on a worker, and the partial counts are merged on the cluster in a tree, eight at a
time, until one is left.

Unlike the local engine, a Dask worker cannot be killed over one page: the per-page timeout is
``extract``'s own, checked between the stages and filters of a page. A chunk that fails as a
whole (its worker died) gives an error record for each of its pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from distributed import Client, Future, LocalCluster, as_completed

from .inputs import Page
from .local_engine import default_jobs
from .records import Record
from .task import Job
from .templates import TemplateCounter, merge_counters

#: Pages per Dask task.
CHUNK_PAGES = 8
#: Partial counts merged by one task.
FAN_IN = 8


def _clean_chunk(job: Job, pages: list[Page]) -> list[Record]:
    return [job.clean(page) for page in pages]


def _count_chunk(job: Job, pages: list[Page]) -> TemplateCounter:
    counter = TemplateCounter()
    for page in pages:
        counter.add(job.fingerprint(page))
    return counter


def _chunks(pages: Iterable[Page], size: int) -> Iterator[list[Page]]:
    iterator = iter(pages)
    while chunk := list(islice(iterator, size)):
        yield chunk


class DaskEngine:
    """Runs a batch on the Dask cluster at ``scheduler`` (``tcp://HOST:PORT``), or on a
    ``LocalCluster`` of ``jobs`` worker processes started for the batch; or through ``client``."""

    def __init__(
        self,
        jobs: int | None = None,
        *,
        scheduler: str | None = None,
        client: Client | None = None,
        chunk_pages: int = CHUNK_PAGES,
    ) -> None:
        self.chunk_pages = chunk_pages
        self._cluster: LocalCluster | None = None
        self._own_client = client is None
        if client is not None:
            self.client = client
        elif scheduler:
            self.client = Client(scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self._cluster)

    def clean(self, job: Job, pages: Iterable[Page]) -> Iterator[Record]:
        """One record per page, in the order their chunks finish."""
        for chunk, future in self._map(_clean_chunk, job, pages):
            try:
                records: list[Record] = future.result()
            except Exception as exc:  # the whole task failed: each of its pages says so
                message = f"dask task failed: {type(exc).__name__}: {exc}"
                records = [Record.from_error(p.id, p.source, p.url, message) for p in map(Page.parsed, chunk)]
            yield from records

    def count(self, job: Job, pages: Iterable[Page], on_page: Callable[[], None] | None = None) -> TemplateCounter:
        """Template learning, pass 1, counted on the cluster and merged there in a tree."""
        levels: list[list[Future]] = []

        def push(future: Future, level: int) -> None:
            while len(levels) <= level:
                levels.append([])
            levels[level].append(future)
            if len(levels[level]) >= FAN_IN:
                merged = self.client.submit(merge_counters, *levels[level], pure=False)
                levels[level] = []
                push(merged, level + 1)

        for chunk, future in self._map(_count_chunk, job, pages):
            if future.status != "error":  # a failed chunk is left out of the count
                push(future, 0)
            if on_page:
                for _ in chunk:
                    on_page()
        rest = [f for level in levels for f in level]
        if not rest:
            return TemplateCounter()
        return self.client.submit(merge_counters, *rest, pure=False).result()

    def _map(self, task: Callable[..., Any], job: Job, pages: Iterable[Page]) -> Iterator[tuple[list[Page], Future]]:
        """Submit ``task(job, chunk)`` for every chunk, a bounded number at a time; yield each
        chunk with its finished future."""
        [job_future] = self.client.scatter([job], broadcast=True, hash=False)
        limit = max(2, 2 * sum(self.client.nthreads().values()))
        chunks = _chunks(pages, self.chunk_pages)
        waiting: dict[str, list[Page]] = {}
        finished = as_completed()
        for chunk in islice(chunks, limit):
            future = self.client.submit(task, job_future, chunk, pure=False)
            waiting[future.key] = chunk
            finished.add(future)
        for future in finished:
            chunk = waiting.pop(future.key)
            next_chunk = next(chunks, None)
            if next_chunk is not None:
                new = self.client.submit(task, job_future, next_chunk, pure=False)
                waiting[new.key] = next_chunk
                finished.add(new)
            yield chunk, future

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
