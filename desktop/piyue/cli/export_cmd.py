"""``piyue export DOC --format md|html|csv|jsonld|docx|pdf [-o OUT] [--comments] [--metrics] [--force] [--db DB]``.

Writes the notes of an imported report (grouped by its outline, orphans apart) to a file. ``OUT`` is
the file, or a folder to put a file named after the report's title in (default: the current folder).
The file is written atomically and an existing one is never replaced without ``--force``.
"""

from __future__ import annotations

import argparse
import sys

from piyue.cli.common import UsageError
from piyue.cli.notes_cmd import add_db_argument, guarded, open_library

FORMAT_CHOICES = ("md", "html", "csv", "jsonld", "docx", "pdf")


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("doc", metavar="DOC", help="an imported report: its path (latest version) or its id")
    parser.add_argument("--format", "-f", required=True, choices=FORMAT_CHOICES, help="the file format")
    parser.add_argument("-o", "--output", metavar="OUT", help="output file, or a folder (default: current folder)")
    parser.add_argument(
        "--comments", action="store_true", help="docx: the whole report, each note a Word comment on its passage"
    )
    parser.add_argument("--metrics", action="store_true", help="html, docx, pdf: append the table of figures")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    add_db_argument(parser)


def _check(args: argparse.Namespace) -> None:
    from piyue.export import METRICS_FORMATS

    if args.comments and args.format != "docx":
        raise UsageError("--comments is for --format docx")
    if args.metrics and args.format not in METRICS_FORMATS:
        raise UsageError(f"--metrics is for --format {', '.join(sorted(METRICS_FORMATS))}")


@guarded
def run(args: argparse.Namespace) -> int:
    """Export the notes of ``args.doc`` and print the path written."""
    from piyue.export import EXTENSIONS, ExportError
    from piyue.export.files import output_path
    from piyue.services.export import export_options, job_for, run_export

    _check(args)
    with open_library(args, readonly=True) as library:
        record = library.resolve(args.doc)
        document = library.load(record.id)
        notes = library.notes(record.id)
    from piyue.core.readers import restore_page_map

    document = restore_page_map(document)  # a report read from a PDF cites its pages (p. N)
    try:
        target = output_path(args.output, document.title, EXTENSIONS[args.format])
        if target.exists() and not args.force:  # say so before the work, not after
            raise ExportError(f"{target} exists; use --force to overwrite it")
        options = export_options(record, document, comments=args.comments)
        run_export(job_for(args.format, document, notes, options, target, with_metrics=args.metrics, force=args.force))
    except ExportError as err:
        raise UsageError(str(err)) from None
    print(target)
    print(f"{len(notes)} notes exported as {args.format}", file=sys.stderr)
    return 0
