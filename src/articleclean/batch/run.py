"""A batch from start to end: inputs, template learning, cleaning on an engine, output.

:func:`clean` yields one :class:`Record` per page; :func:`write` writes records;
:func:`run` does all of it with ``--resume`` and progress, as the command does.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from ..errors import ConfigError
from ..pipeline import Pipeline
from .inputs import JsonlFields, Page, check_inputs, count_pages, read_pages
from .local_engine import LocalEngine
from .output import FORMATS, Output, open_output
from .progress import Progress, Summary
from .records import Record
from .task import Job
from .templates import TemplateCounter, Templates, check_allow, template_pipeline

Inputs = Iterable[str | Path] | str | Path


class Engine(Protocol):
    """Runs a batch's pages somewhere: :class:`LocalEngine` or ``DaskEngine``."""

    def clean(self, job: Job, pages: Iterable[Page]) -> Iterator[Record]: ...

    def count(self, job: Job, pages: Iterable[Page], on_page: Callable[[], None] | None = None) -> TemplateCounter:
        ...

    def close(self) -> None: ...


@dataclass
class BatchOptions:
    """How to run a batch. ``templates`` are templates to apply (or a file of them);
    ``learn_templates`` learns them from the inputs first (and saves them to ``templates_file``
    if given); ``engine`` is ``"local"``, ``"dask"`` or an :class:`Engine`."""

    jobs: int | None = None
    timeout: float | None = 30.0
    pipeline: Pipeline | None = None
    fields: JsonlFields = field(default_factory=JsonlFields)
    learn_templates: bool = False
    templates: Templates | str | Path | None = None
    templates_file: str | Path | None = None
    min_pages: int = 5
    min_share: float = 0.3
    allow: tuple[str, ...] = ()
    engine: Any = "local"
    scheduler: str | None = None


def _options(options: BatchOptions | None, overrides: dict[str, Any]) -> BatchOptions:
    try:
        return replace(options or BatchOptions(), **overrides)
    except TypeError as exc:
        raise ConfigError(f"unknown batch option: {exc}") from exc


def _as_list(inputs: Inputs) -> list[str | Path]:
    return [inputs] if isinstance(inputs, (str, Path)) else list(inputs)


def make_engine(options: BatchOptions) -> Engine:
    """The engine ``options`` asks for."""
    if not isinstance(options.engine, str):
        return options.engine
    if options.engine == "local":
        if options.scheduler:
            raise ConfigError("--scheduler goes with --engine dask")
        return LocalEngine(options.jobs)
    if options.engine == "dask":
        try:
            from .dask_engine import DaskEngine
        except ImportError as exc:
            raise ConfigError(f"the dask engine needs: pip install 'articleclean[dask]' ({exc})") from exc
        return DaskEngine(options.jobs, scheduler=options.scheduler)
    raise ConfigError(f"unknown engine {options.engine!r}; engines are: local, dask")


def learn_templates(
    inputs: Inputs, options: BatchOptions, engine: Engine, on_page: Callable[[], None] | None = None
) -> Templates:
    """Pass 1: count the block fingerprints of every page per site, keep the recurring ones."""
    job = Job(template_pipeline(options.pipeline, learning=True), options.timeout)
    counter = engine.count(job, read_pages(_as_list(inputs), options.fields), on_page)
    templates = counter.templates(options.min_pages, options.min_share)
    if options.templates_file:
        templates.save(options.templates_file)
    return templates


def _cleaning_job(options: BatchOptions, templates: Templates | None, render: str | None) -> Job:
    # Built here, once: forked workers inherit it ready to use.
    pipeline = options.pipeline or Pipeline()
    if templates is not None:
        pipeline = template_pipeline(pipeline, templates, allow=options.allow)
    return Job(pipeline, options.timeout, render)


def _loaded_templates(options: BatchOptions) -> Templates | None:
    if isinstance(options.templates, (str, Path)):
        return Templates.load(options.templates)
    return options.templates


def clean(
    inputs: Inputs,
    options: BatchOptions | None = None,
    *,
    skip: Container[str] = frozenset(),
    render: str | None = None,
    **overrides: Any,
) -> Iterator[Record]:
    """One record per page of ``inputs`` (files, folders, globs), in the order they finish.

    Options come as a :class:`BatchOptions` and/or keywords (``clean(["corpus/"], jobs=4)``).
    ``skip`` holds sources not to clean again; ``render`` (``"md"``/``"html"``/``"txt"``) adds that text
    form to each record's ``rendered``.
    """
    opts = _options(options, overrides)
    inputs = _as_list(inputs)
    check_inputs(inputs)
    check_allow(opts.allow)
    templates = _loaded_templates(opts)
    engine = make_engine(opts)
    try:
        if opts.learn_templates:
            templates = learn_templates(inputs, opts, engine)
        job = _cleaning_job(opts, templates, render)
        pages = (p for p in read_pages(inputs, opts.fields) if p.source not in skip)
        yield from engine.clean(job, pages)
    finally:
        engine.close()


def write(records: Iterable[Record], out: str | Path, *, format: str = "jsonl", resume: bool = False) -> Summary:
    """Write ``records`` to ``out`` (see :mod:`.output`); the counts by status."""
    summary = Summary()
    output = open_output(out, format, resume=resume)
    try:
        for record in records:
            output.write(record)
            summary.count(record.status)
    finally:
        output.close()
    return summary


def run(
    inputs: Inputs,
    out: str | Path,
    options: BatchOptions | None = None,
    *,
    format: str = "jsonl",
    resume: bool = False,
    progress: str = "none",
    **overrides: Any,
) -> Summary:
    """Clean ``inputs`` into ``out``: learn templates if asked, skip what a resumed output
    already holds, report progress (``"bar"``, ``"log"`` or ``"none"``; the summary line is
    printed unless ``"none"``)."""
    opts = _options(options, overrides)
    inputs = _as_list(inputs)
    check_inputs(inputs)
    check_allow(opts.allow)
    templates = _loaded_templates(opts)
    if format not in FORMATS:
        raise ConfigError(f"unknown output format {format!r}; formats are: {', '.join(FORMATS)}")
    engine = make_engine(opts)
    try:
        output = open_output(out, format, resume=resume)  # last of the checks: it may create OUT
        try:
            summary = _run(inputs, output, opts, engine, templates, format, progress)
        finally:
            output.close()
    finally:
        engine.close()
    return summary


def _run(
    inputs: list[str | Path],
    output: Output,
    opts: BatchOptions,
    engine: Engine,
    templates: Templates | None,
    format: str,
    progress: str,
) -> Summary:
    total = count_pages(inputs) if progress != "none" else None
    if opts.learn_templates:
        learning = Progress("learning templates", mode=progress, total=total)
        try:
            templates = learn_templates(inputs, opts, engine, learning.update)
        finally:
            learning.close()
    done = output.done
    job = _cleaning_job(opts, templates, format if format in ("jsonl", "md", "html", "txt") else None)
    pages = (p for p in read_pages(inputs, opts.fields) if p.source not in done)
    remaining = max(0, total - len(done)) if total is not None else None
    cleaning = Progress("cleaning", mode=progress, total=remaining)
    try:
        for record in engine.clean(job, pages):
            output.write(record)
            cleaning.update(record.status)
    finally:
        summary = cleaning.close(summary=True)
    return summary
