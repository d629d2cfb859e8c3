"""The local engine: worker processes, one page in flight per worker.

The main process reads the pages and hands each idle worker the next one, so the pages held in
memory at any time are one per worker, whatever the corpus size. A page that runs past its
timeout (``extract``'s own check happens between stages; a filter stuck in a loop never
reaches it) gets its worker killed and replaced, and becomes an error record; so does a page
whose worker dies. The batch never stops for a page.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from .inputs import Page
from .records import Record
from .task import Job
from .templates import SiteFingerprints, TemplateCounter

#: How often an idle worker checks that the batch that started it is still alive (seconds).
_PARENT_CHECK = 1.0

Result = Record | SiteFingerprints | None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def hard_limit(timeout: float) -> float:
    """How long a worker may hold a page before it is killed: a little past the timeout, to
    let ``extract`` report its own timeout first."""
    return timeout * 1.1 + 1.0


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    page: Page | None = None
    started: float = 0.0
    done: int = 0


class LocalEngine:
    """Runs a batch on ``jobs`` worker processes of this machine (default: all cores).

    ``max_pages_per_worker`` replaces a worker after that many pages (``None``: never), should
    a long batch let a worker's memory creep.
    """

    def __init__(self, jobs: int | None = None, *, max_pages_per_worker: int | None = None) -> None:
        self.jobs = max(1, jobs or default_jobs())
        self.max_pages_per_worker = max_pages_per_worker
        self._fork = "fork" in multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork" if self._fork else "spawn")
        self._workers: list[_Worker] = []

    def clean(self, job: Job, pages: Iterable[Page]) -> Iterator[Record]:
        """One record per page, in the order they finish."""
        for result in self._map(job, "clean", pages):
            assert isinstance(result, Record)
            yield result

    def count(self, job: Job, pages: Iterable[Page], on_page: Callable[[], None] | None = None) -> TemplateCounter:
        """Template learning, pass 1: the fingerprint count of every page (``job`` holds a
        learning pipeline). ``on_page`` is called once per page, for progress."""
        counter = TemplateCounter()
        for result in self._map(job, "fingerprint", pages):
            assert not isinstance(result, Record)
            counter.add(result)
            if on_page:
                on_page()
        return counter

    def close(self) -> None:
        """Nothing to release: workers live only as long as one :meth:`clean` or :meth:`count`."""

    def _map(self, job: Job, mode: str, pages: Iterable[Page]) -> Iterator[Result]:
        pending = iter(pages)
        workers = self._workers = []
        limit = hard_limit(job.timeout) if job.timeout is not None else None
        try:
            for _ in range(self.jobs):
                workers.append(self._start(job, mode))
            exhausted = False
            while True:
                for i, worker in enumerate(workers):
                    if worker.page is None and not exhausted:
                        page = next(pending, None)
                        if page is None:
                            exhausted = True
                        else:
                            workers[i] = self._give(workers[i], page, job, mode)
                busy = [w for w in workers if w.page is not None]
                if not busy:
                    return
                now = time.monotonic()
                wait_for = None if limit is None else max(0.0, min(w.started + limit for w in busy) - now)
                ready = wait([w.conn for w in busy], timeout=wait_for)
                now = time.monotonic()
                for i, worker in enumerate(workers):
                    page = worker.page
                    if page is None:
                        continue
                    if worker.conn in ready:
                        try:
                            result: Result = worker.conn.recv()
                        except (EOFError, OSError):
                            result = _lost(page, mode, "the worker process died while cleaning this page")
                            workers[i] = self._restart(worker, job, mode)
                        else:
                            worker.page = None
                            worker.done += 1
                            if self.max_pages_per_worker and worker.done >= self.max_pages_per_worker:
                                workers[i] = self._restart(worker, job, mode, kill=False)
                        yield result
                    elif limit is not None and now - worker.started >= limit:
                        workers[i] = self._restart(worker, job, mode)
                        yield _lost(page, mode, f"timed out: still running after {limit:.1f} s, stopped")
        finally:
            for worker in workers:
                _stop(worker, kill=worker.page is not None)

    def _start(self, job: Job, mode: str) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        # A forked worker inherits the batch's ends of its own and the other workers' pipes: it
        # closes them, so that when the batch dies every worker's pipe reads as closed.
        inherited = [parent_end, *(w.conn for w in self._workers if not w.conn.closed)] if self._fork else []
        process = self._context.Process(
            target=_serve, args=(child_end, job, mode, os.getpid(), inherited), name="articleclean-batch", daemon=True
        )
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def _restart(self, worker: _Worker, job: Job, mode: str, *, kill: bool = True) -> _Worker:
        _stop(worker, kill=kill)
        return self._start(job, mode)

    def _give(self, worker: _Worker, page: Page, job: Job, mode: str) -> _Worker:
        """Hand ``page`` to ``worker``, or to a fresh one if that one has died meanwhile."""
        try:
            worker.conn.send(page)
        except (BrokenPipeError, EOFError, OSError):
            worker = self._restart(worker, job, mode)
            worker.conn.send(page)
        worker.page, worker.started = page, time.monotonic()
        return worker


def _lost(page: Page, mode: str, message: str) -> Result:
    return Record.from_error(page.id, page.source, page.url, message) if mode == "clean" else None


def _stop(worker: _Worker, *, kill: bool) -> None:
    if kill:
        worker.process.kill()
    else:
        try:
            worker.conn.send(None)
        except OSError:
            worker.process.kill()
    worker.process.join(timeout=5)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.conn.close()


def _serve(conn: Connection, job: Job, mode: str, parent: int, inherited: list[Connection]) -> None:
    """A worker's loop: a page in, its result out, until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the batch to handle
    for other in inherited:
        other.close()
    while True:
        if not conn.poll(_PARENT_CHECK):
            if os.getppid() != parent:
                return
            continue
        try:
            page = conn.recv()
        except EOFError:
            return
        if page is None:
            return
        conn.send(job.do(mode, page))
