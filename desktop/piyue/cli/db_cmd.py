"""``piyue db check|restore [--db DB]``: the integrity check on demand, and the newest backup put back.

``db check`` prints ``ok`` (exit 0) or one line saying why the database is damaged (exit 1); a database
that cannot be examined is exit 2. ``db restore`` does what the window's *Restore Newest Backup* button
does: a damaged database is moved to ``recovery/`` (never deleted) and the newest backup takes its place.
"""

from __future__ import annotations

import argparse
import sys

from piyue.cli.common import EXIT_FINDINGS, fail
from piyue.cli.notes_cmd import add_db_argument, guarded


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare ``db check`` and ``db restore``."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="run SQLite's integrity check on the database")
    add_db_argument(check)
    restore = actions.add_parser("restore", help="replace a damaged database by its newest backup")
    restore.add_argument("--force", action="store_true", help="also replace a healthy database (it is moved aside)")
    add_db_argument(restore)


@guarded
def run(args: argparse.Namespace) -> int:
    """Check or restore the database."""
    from piyue.services.database import check_database, restore_newest_backup

    if args.action == "check":
        path, problem = check_database(args.db)
        if problem is not None:
            return fail(
                f"the database {path} is damaged ({problem}); 'piyue db restore' restores the newest backup",
                EXIT_FINDINGS,
            )
        print(f"{path}: ok")
        return 0
    path, done = restore_newest_backup(args.db, force=args.force)
    moved = f"; the damaged database was moved to {done.moved}" if done.moved else ""
    print(f"piyue: {path} restored from {done.backup}{moved}", file=sys.stderr)
    return 0
