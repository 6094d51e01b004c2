"""``piyue note add DOC --quote TEXT [--nth N] [--section TITLE] --body TEXT ...``: annotate a passage or a section."""

from __future__ import annotations

import argparse
import sys

from piyue.cli.common import UsageError, ensure_utf8_stdout, print_json
from piyue.cli.notes_cmd import add_db_argument, guarded, open_library


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the ``note add`` subcommand."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a note on a quoted passage, or on a section with --section alone")
    add.add_argument("doc", metavar="DOC", help="an imported report: its path (latest version) or its id")
    add.add_argument("--quote", metavar="TEXT", help="the passage to annotate, exactly as in the text")
    add.add_argument("--nth", type=int, metavar="N", help="which occurrence of the quote (or section title), from 1")
    add.add_argument("--section", metavar="TITLE", help="look for the quote in this section; alone: a section note")
    add.add_argument("--body", required=True, metavar="TEXT", help="the note (Markdown)")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add.add_argument("--color", metavar="C", help="colour: #rrggbb, or yellow, green, blue, red, purple, orange")
    add.add_argument("--status", metavar="S", default="待核实", help="待核实 (default), 已核实 or 有疑问")
    add.add_argument("--json", action="store_true", help="print the note as JSON")
    add_db_argument(add)


@guarded
def run(args: argparse.Namespace) -> int:
    """Add the note and print its id (or the note as JSON)."""
    from piyue.core.anchoring import NoteStatus, anchor_section, find_quote, pick_section
    from piyue.core.anchoring.colors import parse_color
    from piyue.core.anchoring.note import DEFAULT_COLOR, MAX_BODY_CHARS

    ensure_utf8_stdout()
    if args.quote is None and args.section is None:
        raise UsageError("note add: give --quote TEXT, or --section TITLE for a note on a section")
    if len(args.body) > MAX_BODY_CHARS:
        raise UsageError(f"--body is too long ({len(args.body)} characters; at most {MAX_BODY_CHARS})")
    if args.nth is not None and args.nth < 1:
        raise UsageError("--nth counts from 1")
    try:
        status = NoteStatus.parse(args.status)
        color = parse_color(args.color) if args.color is not None else DEFAULT_COLOR
    except ValueError as err:
        raise UsageError(str(err)) from None
    with open_library(args) as library:
        record = library.resolve(args.doc)
        document = library.load(record.id)
        if args.quote is not None:
            anchor = find_quote(document, args.quote, nth=args.nth, section=args.section)
        else:
            anchor = anchor_section(document, pick_section(document, args.section, args.nth))
        note = library.add_note(record.id, anchor, args.body, color=color, tags=args.tag, status=status)
    if args.json:
        print_json(note.to_json())
    else:
        print(note.id)
        print(f"note on {note.anchor.start}-{note.anchor.end} 「{note.anchor.exact[:30]}」", file=sys.stderr)
    return 0
