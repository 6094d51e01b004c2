"""``piyue import FILE [--db DB] [--json] [--replaces DOC]``: store a report (a new version re-anchors its notes).

Merging a .jsonld file of W3C annotations into the notes belongs to a later issue.
"""

from __future__ import annotations

import argparse
import sys

from piyue.cli.common import UsageError, ensure_utf8_stdout, print_json
from piyue.cli.notes_cmd import add_db_argument, guarded, open_library


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("file", metavar="FILE", help="report file (.md, .txt, .docx)")
    parser.add_argument("--replaces", metavar="DOC", help="store FILE as a new version of this document (path or id)")
    parser.add_argument("--json", action="store_true", help="print a JSON summary")
    add_db_argument(parser)


@guarded
def run(args: argparse.Namespace) -> int:
    """Import ``args.file`` and report what happened to the document's notes."""
    ensure_utf8_stdout()
    if args.file.lower().endswith(".jsonld"):
        raise UsageError("importing .jsonld annotations is not supported yet")
    with open_library(args) as library:
        result = library.import_file(args.file, replaces=args.replaces)
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
