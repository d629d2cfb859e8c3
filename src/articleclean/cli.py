"""The ``articleclean`` command.

``articleclean [OPTIONS] [FILE ...]`` extracts each file (stdin when none, or ``-``) and prints
JSON (JSON Lines for several files), Markdown or plain text. Exit statuses: 0 success,
1 an unexpected internal error or output that cannot be written (a full disk, a closed
stdout), 2 a usage or configuration error, 3 bad input (unreadable path, a directory, binary
data), 4 a timeout, 141 (128 + SIGPIPE) the output pipe closed early (``| head``): the command
stops quietly, as ``cat`` does. With several files, each failing file prints one line on
stderr, the others are still extracted, and the status is the first failure's. An article
with no body text is written (empty) and warned about in one line on stderr, unless
``--quiet``; its status stays 0.

:func:`run` is the entry point of every command (``articleclean``, ``articleclean explain``,
``articleclean batch``): :func:`guard_output` gives them one behaviour for a closed pipe and
for output that cannot be written.
"""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .api import extract
from .errors import ArticleCleanError, ConfigError, InputError
from .filters import DEFAULT_FILTERS
from .model import Article
from .output import to_html, to_markdown, to_plain_text
from .pipeline import Pipeline
from .rules import Rules

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_INPUT, EXIT_TIMEOUT = 0, 1, 2, 3, 4
#: The output pipe closed early: 128 + SIGPIPE, the status a shell shows for ``cat`` then.
EXIT_PIPE = 141
#: Refuse single inputs larger than this (bytes) from the command line.
MAX_INPUT_BYTES = 256 * 1024 * 1024


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleclean",
        description="Turn scraped web articles (HTML pages or scraped text) into clean, structured articles.",
        epilog="An article with no body text is warned about on stderr (not with --quiet); its status is 0. "
        "Exit status: 0 ok, 1 internal error or output not writable, 2 usage or configuration error, "
        "3 bad input, 4 timeout, 141 output pipe closed early (stops quietly).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="HTML or text files; '-' or none reads stdin")
    parser.add_argument("--format", "-f", choices=("json", "md", "html", "txt"), default="json", help="output format")
    parser.add_argument("--no-links", action="store_true", help="Markdown and HTML: linked words as plain text")
    parser.add_argument("--no-images", action="store_true", help="Markdown and HTML: no figures")
    parser.add_argument("--input-type", choices=("auto", "html", "text"), default="auto")
    parser.add_argument("--url", help="the page's URL (for per-site rules and the url field)")
    parser.add_argument("--encoding", help="the page's charset, when known from outside (wins over the page's)")
    parser.add_argument("--disable", action="append", default=[], metavar="FILTER", help="skip a filter (repeatable)")
    parser.add_argument(
        "--set", action="append", default=[], metavar="FILTER.SETTING=VALUE", dest="settings",
        help="change a filter setting, e.g. duplicate_sentences.min_chars=40 (repeatable)",
    )
    parser.add_argument("--rules", metavar="FILE", help="TOML file of CSS/XPath drop and keep rules, per site")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="give up on a page after this long")
    parser.add_argument(
        "--explain", action="store_true", help="print each removal, with its filter and reason, on stderr"
    )
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no warnings on stderr (an article with no body text); errors are still reported")
    parser.add_argument("--list-filters", action="store_true", help="list the filters in order and exit")
    parser.add_argument("--version", action="version", version=f"articleclean {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["explain"]:  # ``articleclean explain PAGE -o report.html``; a file named so: ./explain
        from .report import cli as report_cli

        return report_cli.main(argv[1:])
    if argv[:1] == ["batch"]:
        from .batch import cli as batch_cli

        return batch_cli.main(argv[1:])
    args = build_parser().parse_args(argv)
    if args.list_filters:
        for cls in DEFAULT_FILTERS:
            print(f"{cls.name:<22} {cls.description}")
        return EXIT_OK
    try:
        pipeline = Pipeline(
            disable=args.disable,
            settings=_parse_settings(args.settings),
            rules=Rules.load(args.rules) if args.rules else None,
        )
    except ConfigError as exc:
        return _fail(None, exc.exit_status, str(exc))
    files = args.files or ["-"]
    status = EXIT_OK
    for i, name in enumerate(files):
        code = _one(name, args, pipeline, many=len(files) > 1, first=i == 0)
        if code and not status:
            status = code
    return status


def _one(name: str, args: argparse.Namespace, pipeline: Pipeline, *, many: bool, first: bool) -> int:
    try:
        data = _read(name)
        article = extract(
            data, url=args.url, input_type=args.input_type, encoding=args.encoding,
            timeout=args.timeout, pipeline=pipeline,
        )
        # (rendered here: the quotes and the inline runs are found when the output first reads them)
        text = _render(article, name, args.format, many=many, first=first, links=not args.no_links,
                       images=not args.no_images)
    except ArticleCleanError as exc:
        return _fail(name, exc.exit_status, str(exc))
    except Exception as exc:  # never a traceback for the user; the message says what broke
        return _fail(name, EXIT_INTERNAL, f"internal error: {type(exc).__name__}: {exc}")
    sys.stdout.write(text)
    if not args.quiet:
        warn_if_empty("articleclean", name, article)
    if args.explain:
        for removal in article.removed:
            text = " ".join(removal.text.split())
            snippet = text if len(text) <= 100 else text[:97] + "..."
            print(f"[{removal.filter}] {removal.reason}: {snippet}", file=sys.stderr)
    return EXIT_OK


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    path = Path(name)
    if path.is_dir():
        raise InputError("is a directory, not a file")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB")
    return data


def _render(
    article: Article, name: str, fmt: str, *, many: bool, first: bool, links: bool = True, images: bool = True
) -> str:
    """What the command writes for one file's article."""
    if fmt == "json":
        record: dict[str, Any] = article.to_dict()
        if many:
            return json.dumps({"source": name, **record}, ensure_ascii=False) + "\n"
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        text = to_markdown(article, links=links, images=images)
    elif fmt == "html":
        text = to_html(article, links=links, images=images)
    else:
        text = to_plain_text(article)
    return (("" if first else "\n") + f"==> {name} <==\n" if many else "") + text


def _parse_settings(items: list[str]) -> dict[str, dict[str, Any]]:
    settings: dict[str, dict[str, Any]] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        name, dot, setting = key.partition(".")
        if not sep or not dot or not name or not setting:
            raise ConfigError(f"--set takes FILTER.SETTING=VALUE, not {item!r}")
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        settings.setdefault(name.strip(), {})[setting.strip()] = value
    return settings


def _fail(name: str | None, status: int, message: str) -> int:
    where = f"{name}: " if name else ""
    print(f"articleclean: {where}{message}", file=sys.stderr)
    return status


def warn_if_empty(prog: str, name: str, article: Article) -> bool:
    """One line on stderr when ``article`` has no body text, with the article's own warnings
    for why (``articleclean: warning: a.html: no article text (every block was removed by the
    filters)``); True if it warned."""
    if article.text.strip():
        return False
    why = f" ({'; '.join(article.warnings)})" if article.warnings else ""
    print(f"{prog}: warning: {'<stdin>' if name == '-' else name}: no article text{why}", file=sys.stderr)
    return True


class _ClosedStream(io.TextIOBase):
    """Stands for a standard stream that was closed before the command started (``>&-``):
    Python leaves it ``None``; writing to this says so as an OSError."""

    def __init__(self, name: str) -> None:
        self.stream_name = name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"{self.stream_name} is closed")


def _silence_standard_streams() -> None:
    """Point stdout and stderr at the null device, so that whatever they still buffer is
    flushed there at exit instead of failing again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        for stream in (sys.stdout, sys.stderr):
            try:
                fd = stream.fileno()
            except (AttributeError, OSError, ValueError):  # not a real file (a closed stream)
                continue
            os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def guard_output(prog: str, command: Callable[[], int]) -> object:
    """Run ``command`` (a command's ``main``), then flush its output, the shell's way:

    - the output pipe closed early (``| head``, a pager quit): stop quietly, no message, status
      :data:`EXIT_PIPE`;
    - any other OSError while writing (a full disk, a closed stdout): one line on stderr,
      status :data:`EXIT_INTERNAL`.

    Never a traceback. The commands catch their own errors; what reaches here is writing.
    Returns the status for ``sys.exit``.
    """
    if sys.stdout is None:
        sys.stdout = _ClosedStream("standard output")
    if sys.stderr is None:  # nowhere to say anything; print(file=None) would write to stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    try:
        try:
            status: object = command()
        except SystemExit as exc:  # argparse after --help, --version, a usage error
            status = exc.code
        sys.stdout.flush()
        sys.stderr.flush()
        return status
    except BrokenPipeError:
        _silence_standard_streams()
        return EXIT_PIPE
    except OSError as exc:
        try:
            print(f"{prog}: cannot write: {exc.strerror or exc}", file=sys.stderr)
            sys.stderr.flush()
        except OSError:
            pass
        _silence_standard_streams()
        return EXIT_INTERNAL


def run() -> None:
    """Console entry point of every command. Output is UTF-8 whatever the locale says: pages
    are not ASCII."""
    argv = sys.argv[1:]
    prog = f"articleclean {argv[0]}" if argv[:1] in (["explain"], ["batch"]) else "articleclean"
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    sys.exit(guard_output(prog, lambda: main(argv)))
