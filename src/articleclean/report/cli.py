"""``articleclean explain PAGE -o report.html [--url URL] [--open]``: write a page's explain report.

Exit statuses as for ``articleclean``: 0 success, 1 an unexpected internal error, 2 a usage
or configuration error, 3 bad input, 4 a timeout (never: the report has no timeout), 141 stderr
closed early (a pipe). A page with no article text gets its report and one warning line on
stderr, unless ``--quiet``.
"""

from __future__ import annotations

import argparse
import sys
import webbrowser
from collections.abc import Sequence
from pathlib import Path

from ..cli import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, _read, warn_if_empty
from ..errors import ArticleCleanError
from .explain import render
from .trace import trace


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleclean explain",
        description="Write one self-contained HTML report of a page: the article, every removal in place "
        "with its filter and reason, the dom stage's decisions and where each metadata field came from.",
    )
    parser.add_argument("page", metavar="PAGE", help="an HTML or text file; '-' reads stdin")
    parser.add_argument("-o", "--output", required=True, metavar="REPORT", help="the HTML file to write")
    parser.add_argument("--url", help="the page's URL (for per-site rules and the url field)")
    parser.add_argument("--input-type", choices=("auto", "html", "text"), default="auto")
    parser.add_argument("--encoding", help="the page's charset, when known from outside")
    parser.add_argument("--disable", action="append", default=[], metavar="FILTER", help="skip a filter (repeatable)")
    parser.add_argument("--open", action="store_true", help="open the report in the default browser")
    parser.add_argument("--quiet", "-q", action="store_true", help="only errors on stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        data = _read(args.page)
        traced = trace(  # as explain_html does, keeping the article for the warning below
            data, url=args.url, input_type=args.input_type, encoding=args.encoding, disable=args.disable
        )
        report = render(traced)
    except ArticleCleanError as exc:
        return _fail(args.page, exc.exit_status, str(exc))
    except Exception as exc:  # never a traceback for the user; the message says what broke
        return _fail(args.page, EXIT_INTERNAL, f"internal error: {type(exc).__name__}: {exc}")
    out = Path(args.output)
    try:
        out.write_text(report, encoding="utf-8")
    except OSError as exc:
        return _fail(args.output, EXIT_INPUT, f"cannot write: {exc.strerror or exc}")
    if not args.quiet:
        print(f"articleclean: wrote {out}", file=sys.stderr)
        warn_if_empty("articleclean explain", args.page, traced.article)
    if args.open:
        webbrowser.open(out.resolve().as_uri())
    return EXIT_OK


def _fail(name: str, status: int, message: str) -> int:
    print(f"articleclean explain: {name}: {message}", file=sys.stderr)
    return status
