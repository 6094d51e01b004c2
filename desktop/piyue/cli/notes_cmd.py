"""``piyue notes DOC [--json] [--db DB]``: a document's notes with their anchor state.

Also holds what the database commands (import, note, notes) share: opening the library
from ``--db`` / ``PIYUE_DB`` and turning storage and anchoring errors into one-line messages.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING

from piyue.cli.common import EXIT_USAGE, ensure_utf8_stdout, fail, print_json

if TYPE_CHECKING:
    from piyue.services.ports import LibraryPort


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--db`` option every database command takes."""
    parser.add_argument(
        "--db",
        metavar="DB",
        help="database file or postgresql://user@host:port/dbname URL (default: PIYUE_DB, then the "
        "'Shared library' preference, then the file in the user data folder)",
    )


def open_library(args: argparse.Namespace, *, readonly: bool = False) -> LibraryPort:
    """The library at ``--db`` / ``PIYUE_DB`` / the default path."""
    from piyue.services.library import open_library as open_db

    return open_db(args.db, readonly=readonly)


def guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Run a command, reporting storage and anchoring errors as one line with exit code 2."""

    @wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        from piyue.core.anchoring import AnchoringError
        from piyue.services.errors import StorageError

        try:
            return run(args)
        except StorageError as err:
            if err.details:
                from piyue.crash_log import write_error_log

                write_error_log(err.details)
            return fail(str(err), EXIT_USAGE)
        except AnchoringError as err:
            return fail(str(err), EXIT_USAGE)

    return wrapper


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("doc", metavar="DOC", help="an imported report: its path (latest version) or its id")
    parser.add_argument("--json", action="store_true", help="print JSON (DESIGN.md §6)")
    add_db_argument(parser)


def _line(note: dict) -> str:
    where = "—" if note["start"] is None else f"{note['start']}-{note['end']}"
    tags = " ".join(f"#{t}" for t in note["tags"])
    quote = note["quote"] if len(note["quote"]) <= 30 else note["quote"][:29] + "…"
    body = note["body"].replace("\n", " ")
    return f"[{note['state']}] {where} 「{quote}」 {note['status']} {tags} {body}".replace("  ", " ")


@guarded
def run(args: argparse.Namespace) -> int:
    """Print the notes of ``args.doc``."""
    ensure_utf8_stdout()
    with open_library(args, readonly=True) as library:
        document = library.resolve(args.doc)
        notes = [note.to_json() for note in library.notes(document.id)]
    if args.json:
        print_json(notes)
    else:
        for note in notes:
            print(_line(note))
    return 0
