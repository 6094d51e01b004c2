"""Opening a database safely: lock, integrity check and quarantine, backup, migration, newer-schema refusal.

Only a database with evidence of corruption is moved to ``recovery/`` (see :mod:`piyue.storage.integrity`);
every other problem is a one-line :class:`StorageError` that leaves the file as it is.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from piyue.storage import integrity, migrate
from piyue.storage.backup import Backups
from piyue.storage.diagnose import describe_os_error, describe_sqlite_error, one_line
from piyue.storage.engine import MEMORY, make_engine
from piyue.storage.errors import CorruptDatabaseError, DamagedDatabaseError, StorageError
from piyue.storage.lock import InstanceLock

log = logging.getLogger("piyue.storage")
RESTORE_HINT = "run 'piyue db restore' to put the newest backup in its place"


def check_or_quarantine(path: Path) -> None:
    """Run ``quick_check``; a damaged database is moved to ``recovery/`` and reported, never overwritten."""
    reason = integrity.problem(path)
    if reason is None:
        return
    moved = integrity.quarantine(path)
    newest = Backups(path).newest()
    hint = f"; the newest backup is {newest.path}" if newest else "; there is no backup"
    raise CorruptDatabaseError(
        f"the database {path} is damaged ({one_line(reason, 80)}); it was moved to {moved}{hint}",
        moved,
        newest.path if newest else None,
        details=f"quick_check of {path}: {reason}",
    )


def check_readable(path: Path) -> None:
    """The read path's integrity check: a damaged database is reported and left where it is."""
    reason = integrity.problem(path)
    if reason is not None:
        raise DamagedDatabaseError(
            f"the database {path} is damaged ({one_line(reason, 80)}); nothing was changed — {RESTORE_HINT}",
            details=f"quick_check of {path}: {reason}",
        )


def _peek(path: Path) -> str | None:
    try:
        return migrate.peek_revision(path)
    except sqlite3.Error as err:
        raise StorageError(describe_sqlite_error(err, path)) from None
    except OSError as err:
        raise StorageError(describe_os_error(err, path)) from None


def _check_consistent(path: Path, revision: str) -> None:
    """Refuse, before any backup, a database whose version table is older than its tables."""
    try:
        later = migrate.later_tables(path, revision)
    except sqlite3.Error as err:
        raise StorageError(describe_sqlite_error(err, path)) from None
    if later:
        raise StorageError(
            f"the database {path} has an inconsistent version table (it says schema {revision} but holds "
            f"{', '.join(later)} of a later one); it was left unchanged"
        )


def _backup_before_upgrade(store: Backups, revision: str) -> None:
    """A backup before an upgrade; one that cannot be made stops the upgrade."""
    try:
        store.make(reason=f"pre-upgrade-{revision}")
    except StorageError as err:
        raise StorageError(f"{err}; the database was not upgraded") from None


def _routine_backup(store: Backups) -> None:
    """The backup at start: one that does not fit (or fails) is a warning, the work goes on."""
    try:
        store.maybe_make()
    except StorageError as err:
        log.warning("no backup was made at start: %s", err)
    except OSError as err:
        log.warning("no backup was made at start: %s", describe_os_error(err, store.folder))


def _upgrade(engine: Engine, path: Path, revision: str | None) -> None:
    try:
        migrate.upgrade(engine)
    except SQLAlchemyError as err:
        orig = getattr(err, "orig", err)
        if isinstance(orig, sqlite3.OperationalError) and "already exists" in str(orig):
            raise StorageError(
                f"the database {path} has an inconsistent version table (it says schema {revision} but holds "
                "tables of a later one); it was left unchanged",
                details=str(err),
            ) from None
        raise StorageError(describe_sqlite_error(orig, path), details=str(err)) from None
    except OSError as err:
        raise StorageError(describe_os_error(err, path)) from None


def prepare(path: Path | str, *, lock: InstanceLock | None, backups: bool) -> Engine:
    """An engine on an up-to-date database at ``path`` (created when missing).

    The caller holds ``lock`` (a file database opened for writing). A database of an older
    schema is backed up with SQLite's backup API before it is upgraded.
    """
    if str(path) == MEMORY:
        engine = make_engine(MEMORY)
        migrate.upgrade(engine)
        return engine
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StorageError(f"cannot create {path.parent}: {describe_os_error(err, path.parent)}") from None
    check_or_quarantine(path)
    revision = _peek(path)  # before any connection switches the file to WAL
    migrate.check_known(revision, f"the database {path}")
    engine = make_engine(path)
    try:
        store = Backups(path)
        if revision != migrate.HEAD:
            if revision is not None:
                _check_consistent(path, revision)
                _backup_before_upgrade(store, revision)
            _upgrade(engine, path, revision)
        elif backups:
            _routine_backup(store)
    except Exception:
        engine.dispose()
        raise
    return engine


def prepare_readonly(path: Path) -> Engine:
    """An engine for reading an existing, up-to-date database without taking the lock."""
    integrity.precheck(path)
    if not path.exists():
        raise StorageError(f"no database at {path} (nothing imported yet)")
    check_readable(path)
    revision = _peek(path)
    migrate.check_known(revision, f"the database {path}")
    if revision != migrate.HEAD:
        raise StorageError(f"the database {path} needs an upgrade; open it once with Piyue or 'piyue import'")
    return make_engine(path)
