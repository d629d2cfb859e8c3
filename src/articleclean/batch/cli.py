"""``articleclean batch INPUT... -o OUT``: clean a whole corpus (see the README's Batch section).

Exit statuses, as for ``articleclean``: 0 the batch ran to its end (pages that failed are
``error`` records, counted in the summary), 1 an unexpected internal error, 2 a usage or
configuration error (an output that exists without ``--resume``, a bad templates file),
3 bad input (an input path that does not exist, a glob that matches nothing), 141 the pipe
of the progress or the summary (stderr) closed early: the batch stops quietly, OUT holds
whole records only, and ``--resume`` finishes it. Nothing is written before the inputs and
options have been checked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..cli import _parse_settings as parse_settings
from ..errors import ArticleCleanError
from ..pipeline import Pipeline
from ..rules import Rules
from .inputs import JsonlFields
from .output import FORMATS
from .progress import choose_mode
from .report import write_batch_report
from .run import BatchOptions, run

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def _share(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleclean batch",
        description="Clean a corpus of pages (folders, globs, HTML, JSON Lines and WARC files) into records.",
        epilog="Exit status: 0 the batch ran (failed pages are error records), 1 internal error, "
        "2 usage or configuration error, 3 bad input, 141 the progress pipe closed early "
        "(the batch stops; --resume finishes it).",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, globs, .html/.htm/.jsonl/.warc (.gz)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="a .jsonl or .jsonl.gz file; with --format json|md|html|txt a folder")
    parser.add_argument("--format", "-f", choices=FORMATS, default="jsonl",
                        help="jsonl (default): one record per line; json, md, txt: one file per page")
    parser.add_argument("--jobs", "-j", type=_positive_int, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument("--timeout", type=_positive_float, default=30.0, metavar="SECONDS",
                        help="per page; a page over it is an error record (default 30)")
    parser.add_argument("--resume", action="store_true", help="continue an interrupted batch's output")
    parser.add_argument("--learn-templates", action="store_true",
                        help="first learn each site's recurring blocks from the inputs, then remove them")
    parser.add_argument("--templates", metavar="FILE",
                        help="with --learn-templates, save the learned templates here; without, load and apply them")
    parser.add_argument("--template-min-pages", type=_positive_int, default=5, metavar="N",
                        help="a template block is on at least N pages of its site (default 5)")
    parser.add_argument("--template-min-share", type=_share, default=0.3, metavar="SHARE",
                        help="and on at least this share of its site's pages (default 0.3)")
    parser.add_argument("--template-allow", action="append", default=[], metavar="REGEX",
                        help="never remove a block this pattern finds in (repeatable)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (tcp://HOST:PORT) for --engine dask")
    parser.add_argument("--disable", action="append", default=[], metavar="FILTER", help="skip a filter (repeatable)")
    parser.add_argument("--set", action="append", default=[], metavar="FILTER.SETTING=VALUE", dest="settings",
                        help="change a filter setting (repeatable)")
    parser.add_argument("--rules", metavar="FILE", help="TOML file of CSS/XPath drop and keep rules, per site")
    parser.add_argument("--report", metavar="FILE",
                        help="write an HTML report of the run, linking explain reports of a sample of pages")
    parser.add_argument("--report-sample", type=int, default=20, metavar="N",
                        help="how many pages get an explain report linked from --report (default 20)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary")
    parser.add_argument("--html-field", default="html", metavar="NAME", help="JSON Lines field of the HTML")
    parser.add_argument("--url-field", default="url", metavar="NAME", help="JSON Lines field of the URL")
    parser.add_argument("--id-field", default="id", metavar="NAME", help="JSON Lines field of the id")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.scheduler and args.engine != "dask":
        return _fail(EXIT_USAGE, "--scheduler goes with --engine dask")
    try:
        pipeline = Pipeline(
            disable=args.disable,
            settings=parse_settings(args.settings),
            rules=Rules.load(args.rules) if args.rules else None,
        )
    except ArticleCleanError as exc:
        return _fail(exc.exit_status, str(exc))
    options = BatchOptions(
        pipeline=pipeline,
        jobs=args.jobs,
        timeout=args.timeout,
        fields=JsonlFields(html=args.html_field, url=args.url_field, id=args.id_field),
        learn_templates=args.learn_templates,
        templates=args.templates if args.templates and not args.learn_templates else None,
        templates_file=args.templates if args.learn_templates else None,
        min_pages=args.template_min_pages,
        min_share=args.template_min_share,
        allow=tuple(args.template_allow),
        engine=args.engine,
        scheduler=args.scheduler,
    )
    try:
        run(args.inputs, args.output, options, format=args.format, resume=args.resume,
            progress=choose_mode(args.quiet, sys.stderr))
        if args.report:
            write_batch_report(args.output, args.inputs, args.report, fields=options.fields,
                               sample=max(args.report_sample, 0))
    except ArticleCleanError as exc:
        return _fail(exc.exit_status, str(exc))
    except KeyboardInterrupt:
        return _fail(130, "interrupted; run again with --resume to finish")
    except BrokenPipeError:  # progress or summary to a pipe closed early: OUT is whole, and resumable
        raise  # the entry point stops quietly (cli.guard_output)
    except Exception as exc:  # never a traceback for the user
        return _fail(EXIT_INTERNAL, f"internal error: {type(exc).__name__}: {exc}")
    return EXIT_OK


def _fail(status: int, message: str) -> int:
    print(f"articleclean batch: {message}", file=sys.stderr)
    return status
