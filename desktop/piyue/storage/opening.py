"""Opening a database safely: integrity check and quarantine, backup, migration, newer-schema refusal.

Only a database with evidence of corruption is moved to ``recovery/`` (see :mod:`piyue.storage.integrity`);
every other problem is a one-line :class:`StorageError` that leaves the file as it is.

No lock is held while the library is in use (several processes share it, see :mod:`piyue.storage.lock`):
the open checks run under the shared maintenance lock, a quarantine or a migration under the exclusive one,
re-checking first in case another process did the work while this one waited.
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
from piyue.storage.lock import maintenance

log = logging.getLogger("piyue.storage")
RESTORE_HINT = "run 'piyue db restore' to put the newest backup in its place"


def check_or_quarantine(path: Path) -> None:
    """Run ``quick_check``; a damaged database is moved to ``recovery/`` and reported, never overwritten."""
    if not path.exists():
        reason = integrity.problem(path)  # what integrity says of a missing file (nothing to lock)
    else:
        with maintenance(path, "integrity check", exclusive=False):
            reason = integrity.problem(path)
    if reason is None:
        return
    with maintenance(path, "quarantine"):
        if not path.exists():  # another process moved it aside while this one waited
            newest = Backups(path).newest()
            raise CorruptDatabaseError(
                f"the database {path} is damaged ({one_line(reason, 80)}); another Piyue moved it aside",
                path,
                newest.path if newest else None,
            )
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


def _upgrade_locked(engine: Engine, path: Path, store: Backups) -> None:
    """Back up and migrate ``path`` under the exclusive lock, unless another process did it meanwhile."""
    with maintenance(path, "upgrade"):
        revision = _peek(path)
        migrate.check_known(revision, f"the database {path}")
        if revision == migrate.HEAD:
            return
        if revision is not None:
            _check_consistent(path, revision)
            _backup_before_upgrade(store, revision)
        elif _create_new(path):
            return
        _upgrade(engine, path, revision)


def _create_new(path: Path) -> bool:
    """A new library's schema, built without Alembic (see :func:`migrate.create_head`); False when the file
    already holds tables (Alembic decides then)."""
    try:
        return migrate.create_head(path)
    except sqlite3.Error as err:
        raise StorageError(describe_sqlite_error(err, path), details=str(err)) from None
    except OSError as err:
        raise StorageError(describe_os_error(err, path)) from None


def prepare(path: Path | str, *, backups: bool) -> Engine:
    """An engine on an up-to-date database at ``path`` (created when missing).

    A database of an older schema is backed up with SQLite's backup API before it is upgraded.
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
            _upgrade_locked(engine, path, store)
        elif backups:
            _routine_backup(store)
    except Exception:
        engine.dispose()
        raise
    return engine


def prepare_readonly(path: Path) -> Engine:
    """An engine for reading an existing, up-to-date database (no backup, no migration)."""
    integrity.precheck(path)
    if not path.exists():
        raise StorageError(f"no database at {path} (nothing imported yet)")
    check_readable(path)
    revision = _peek(path)
    migrate.check_known(revision, f"the database {path}")
    if revision != migrate.HEAD:
        raise StorageError(f"the database {path} needs an upgrade; open it once with Piyue or 'piyue import'")
    return make_engine(path)
