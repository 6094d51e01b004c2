"""Opening a database safely: lock, integrity check and quarantine, backup, migration, newer-schema refusal."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from piyue.storage import integrity, migrate
from piyue.storage.backup import Backups
from piyue.storage.engine import MEMORY, make_engine
from piyue.storage.errors import CorruptDatabaseError, StorageError
from piyue.storage.lock import InstanceLock


def check_or_quarantine(path: Path) -> None:
    """Run ``quick_check``; a damaged database is moved to ``recovery/`` and reported, never overwritten."""
    if not path.exists():
        return
    reason = integrity.problem(path)
    if reason is None:
        return
    moved = integrity.quarantine(path)
    newest = Backups(path).newest()
    hint = f"; the newest backup is {newest.path}" if newest else "; there is no backup"
    raise CorruptDatabaseError(
        f"the database {path} is damaged ({reason}); it was moved to {moved}{hint}",
        moved,
        newest.path if newest else None,
    )


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
        raise StorageError(f"cannot create {path.parent}: {err.strerror or err}") from None
    check_or_quarantine(path)
    revision = migrate.peek_revision(path)  # before any connection switches the file to WAL
    migrate.check_known(revision, f"the database {path}")
    engine = make_engine(path)
    try:
        store = Backups(path)
        if revision != migrate.HEAD:
            if revision is not None:
                store.make(reason=f"pre-upgrade-{revision}")
            migrate.upgrade(engine)
        elif backups:
            store.maybe_make()
    except Exception:
        engine.dispose()
        raise
    return engine


def prepare_readonly(path: Path) -> Engine:
    """An engine for reading an existing, up-to-date database without taking the lock."""
    if not path.exists():
        raise StorageError(f"no database at {path} (nothing imported yet)")
    revision = migrate.peek_revision(path)
    migrate.check_known(revision, f"the database {path}")
    if revision != migrate.HEAD:
        raise StorageError(f"the database {path} needs an upgrade; open it once with Piyue or 'piyue import'")
    return make_engine(path)
