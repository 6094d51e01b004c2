"""``piyue notes DOC [--json] [--db DB]``: a document's notes with their anchor state.

Also holds what the database commands (import, note, notes) share: opening the library
from ``--db`` / ``PIYUE_DB`` and turning storage and anchoring errors into one-line messages.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import wraps

from piyue.cli.common import EXIT_USAGE, UsageError, ensure_utf8_stdout, fail, print_json


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--db`` option every database command takes."""
    parser.add_argument(
        "--db",
        metavar="DB",
        help="database file or postgresql://user@host:port/dbname URL (default: PIYUE_DB, then the "
        "'Shared library' preference, then the file in the user data folder)",
    )


def database_location(args: argparse.Namespace):
    """``--db`` / ``PIYUE_DB`` / the "Shared library" preference / the default file (see ``piyue.paths``)."""
    from piyue.paths import DatabaseLocationError, database_path
    from piyue.preferences import load_preferences

    try:
        return database_path(args.db, shared=load_preferences().shared_library)
    except DatabaseLocationError as err:
        raise UsageError(str(err)) from None


def open_library(args: argparse.Namespace, *, readonly: bool = False):
    """The library at :func:`database_location`."""
    from piyue.storage import Library

    return Library.open(database_location(args), readonly=readonly)


def guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Run a command, reporting storage and anchoring errors as one line with exit code 2."""

    @wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        from piyue.core.anchoring import AnchoringError
        from piyue.paths import DatabaseLocationError
        from piyue.storage import StorageError

        try:
            return run(args)
        except (StorageError, AnchoringError, DatabaseLocationError) as err:
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
