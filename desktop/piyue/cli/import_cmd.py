"""``piyue import FILE [--db DB] [--json] [--replaces DOC]``: store a report (a new version re-anchors its notes).

A ``.jsonld`` file of W3C Web Annotations is merged into the notes of the document it targets
(see :mod:`piyue.cli.annotations_import`).
"""

from __future__ import annotations

import argparse
import sys

from piyue.cli.common import ensure_utf8_stdout, print_json
from piyue.cli.notes_cmd import add_db_argument, guarded, open_library


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument(
        "file", metavar="FILE", help="report file (.md, .txt, .docx), or notes as W3C JSON-LD (.jsonld)"
    )
    parser.add_argument("--replaces", metavar="DOC", help="store FILE as a new version of this document (path or id)")
    parser.add_argument("--json", action="store_true", help="print a JSON summary")
    add_db_argument(parser)


@guarded
def run(args: argparse.Namespace) -> int:
    """Import ``args.file`` and report what happened to the document's notes."""
    ensure_utf8_stdout()
    if args.file.lower().endswith((".jsonld", ".json")):
        from piyue.cli.annotations_import import run_import

        return run_import(args)
    from piyue.services.importing import import_report

    with open_library(args) as library:
        result = import_report(library, args.file, replaces=args.replaces)
    if args.json:
        print_json(result.to_json())
        return 0
    if not result.new_version:
        what = "unchanged"
    elif result.created_document:
        what = "imported"
    else:
        what = f"new version {result.version.number}"
    counts = result.counts
    print(f"document {result.document.id} ({result.document.title}): {what}")
    print(f"notes: {counts['anchored']} anchored, {counts['changed']} changed, {counts['orphaned']} orphaned")
    if counts["changed"] or counts["orphaned"]:
        print("notes to review: piyue notes " + str(result.document.id), file=sys.stderr)
    return 0
