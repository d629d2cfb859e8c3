"""The local engine: worker processes, at most two pages in flight per worker.

The main process reads the pages and keeps each worker supplied with the next one while it
works on the current one (a worker receives on a thread of its own, so handing it a page never
waits for its work), so the pages held in memory are two per worker, whatever the corpus
size. A page that runs past its timeout (``extract``'s own check happens between stages; a
filter stuck in a loop never reaches it) gets its worker killed and replaced, and becomes an
error record; so does a page whose worker dies. A page that was only waiting in a killed
worker's queue is handed to another. The batch never stops for a page.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from .inputs import Page
from .records import Record
from .task import Job
from .templates import SiteFingerprints, TemplateCounter

#: How often an idle worker checks that the batch that started it is still alive (seconds).
_PARENT_CHECK = 1.0
#: Characters (or bytes) of a page after which a worker hands freed memory back to the system.
_BIG_PAGE = 256 * 1024
#: Pages a worker cleans before a fresh one replaces it.
MAX_PAGES_PER_WORKER = 500
#: Pages handed to a worker at once: the one it works on and the next.
_PER_WORKER = 2

Result = Record | SiteFingerprints | None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def hard_limit(timeout: float) -> float:
    """How long a worker may work on a page before it is killed: a little past the timeout,
    to let ``extract`` report its own timeout first."""
    return timeout * 1.1 + 1.0


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    #: Pages handed over and not answered yet; the first is the one being worked on.
    pages: deque[Page] = field(default_factory=deque)
    #: When the worker started on ``pages[0]``.
    started: float = 0.0
    done: int = 0


class LocalEngine:
    """Runs a batch on ``jobs`` worker processes of this machine (default: all cores).

    ``max_pages_per_worker`` replaces a worker with a fresh one after that many pages
    (``None``: never): a worker's memory creeps up with the pages it has seen (allocator
    fragmentation, caches), and a fresh worker is cheap (a fork).
    """

    def __init__(
        self, jobs: int | None = None, *, max_pages_per_worker: int | None = MAX_PAGES_PER_WORKER
    ) -> None:
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
        handed_back: deque[Page] = deque()  # pages that waited in a worker that was killed
        workers = self._workers = []
        limit = hard_limit(job.timeout) if job.timeout is not None else None
        try:
            for _ in range(self.jobs):
                workers.append(self._start(job, mode))
            exhausted = False
            while True:
                for depth in range(1, _PER_WORKER + 1):
                    for i, worker in enumerate(workers):
                        if len(worker.pages) < depth and self._may_take(worker) and not (exhausted and not handed_back):
                            page = handed_back.popleft() if handed_back else next(pending, None)
                            if page is None:
                                exhausted = True
                                continue
                            try:
                                _give(worker, page)
                            except OSError:  # the worker has died
                                handed_back.appendleft(page)
                                if not worker.pages:  # else the loop below sees it and hands its pages on
                                    workers[i] = self._restart(worker, job, mode)
                busy = [w for w in workers if w.pages]
                if not busy:
                    return
                now = time.monotonic()
                wait_for = None if limit is None else max(0.0, min(w.started + limit for w in busy) - now)
                ready = wait([w.conn for w in busy], timeout=wait_for)
                now = time.monotonic()
                for i, worker in enumerate(workers):
                    if not worker.pages:
                        continue
                    if worker.conn in ready:
                        try:
                            result: Result = worker.conn.recv()
                        except (EOFError, OSError):
                            page = worker.pages.popleft()
                            handed_back.extend(worker.pages)
                            workers[i] = self._restart(worker, job, mode)
                            yield _lost(page, mode, "the worker process died while cleaning this page")
                            continue
                        if len(worker.pages.popleft().data) >= _BIG_PAGE:
                            _release_memory()
                        worker.started = time.monotonic()
                        worker.done += 1
                        if not worker.pages and not self._may_take(worker):
                            workers[i] = self._restart(worker, job, mode, kill=False)
                        yield result
                    elif limit is not None and now - worker.started >= limit:
                        page = worker.pages.popleft()
                        handed_back.extend(worker.pages)
                        workers[i] = self._restart(worker, job, mode)
                        yield _lost(page, mode, f"timed out: still running after {limit:.1f} s, stopped")
        finally:
            for worker in workers:
                _stop(worker, kill=bool(worker.pages))

    def _may_take(self, worker: _Worker) -> bool:
        """False once a worker has been given all the pages it may clean before it is replaced."""
        limit = self.max_pages_per_worker
        return not limit or worker.done + len(worker.pages) < limit

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

def _give(worker: _Worker, page: Page) -> None:
    worker.conn.send(page)
    if not worker.pages:
        worker.started = time.monotonic()
    worker.pages.append(page)


def _lost(page: Page, mode: str, message: str) -> Result:
    if mode != "clean":
        return None
    page = page.parsed()
    return Record.from_error(page.id, page.source, page.url, message)


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


def _release_memory() -> None:
    """Give the memory a big page needed back to the system (glibc keeps it otherwise, and a
    worker's resident memory would stay at the high-water mark of the biggest page it met)."""
    global _malloc_trim
    if _malloc_trim is None:
        try:
            _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # not glibc
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim: Any = None


def _serve(conn: Connection, job: Job, mode: str, parent: int, inherited: list[Connection]) -> None:
    """A worker's loop: a page in, its result out, until told to stop or orphaned.

    Pages are received on a thread, so that the batch can hand over the next page while this
    one is being cleaned.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the batch to handle
    for other in inherited:
        other.close()
    inbox: queue.SimpleQueue[Page | None] = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                item = conn.recv()
            except (EOFError, OSError):
                item = None
            inbox.put(item)
            if item is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    while True:
        try:
            page = inbox.get(timeout=_PARENT_CHECK)
        except queue.Empty:
            if os.getppid() != parent:
                return
            continue
        if page is None:
            return
        conn.send(job.do(mode, page))
        if len(page.data) >= _BIG_PAGE:
            _release_memory()
