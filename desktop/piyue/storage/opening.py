"""Opening a database safely: integrity check and quarantine, backup, migration, newer-schema refusal.

No lock is held while the library is in use (several processes share it, see :mod:`piyue.storage.lock`);
the open checks run under the shared maintenance lock, and a quarantine or a migration under the
exclusive one, re-checking first in case another process did the work while this one waited.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from piyue.storage import integrity, migrate
from piyue.storage.backup import Backups
from piyue.storage.engine import MEMORY, make_engine
from piyue.storage.errors import CorruptDatabaseError, StorageError
from piyue.storage.lock import maintenance


def check_or_quarantine(path: Path) -> None:
    """Run ``quick_check``; a damaged database is moved to ``recovery/`` and reported, never overwritten."""
    if not path.exists():
        return
    with maintenance(path, "integrity check", exclusive=False):
        reason = integrity.problem(path)
    if reason is None:
        return
    with maintenance(path, "quarantine"):
        if not path.exists():  # another process moved it aside while this one waited
            raise CorruptDatabaseError(
                f"the database {path} is damaged ({reason}); another Piyue moved it aside", path, _newest(path)
            )
        reason = integrity.problem(path)
        if reason is None:
            return
        moved = integrity.quarantine(path)
    newest = _newest(path)
    hint = f"; the newest backup is {newest}" if newest else "; there is no backup"
    raise CorruptDatabaseError(
        f"the database {path} is damaged ({reason}); it was moved to {moved}{hint}", moved, newest
    )


def _newest(path: Path) -> Path | None:
    newest = Backups(path).newest()
    return newest.path if newest else None


def _upgrade(path: Path, engine: Engine) -> None:
    """Back up and migrate ``path`` to :data:`migrate.HEAD` under the exclusive lock (unless another process did)."""
    with maintenance(path, "upgrade"):
        revision = migrate.peek_revision(path)
        migrate.check_known(revision, f"the database {path}")
        if revision == migrate.HEAD:
            return
        if revision is not None:
            Backups(path).make(reason=f"pre-upgrade-{revision}")
        migrate.upgrade(engine)


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
        raise StorageError(f"cannot create {path.parent}: {err.strerror or err}") from None
    check_or_quarantine(path)
    revision = migrate.peek_revision(path)  # before any connection switches the file to WAL
    migrate.check_known(revision, f"the database {path}")
    engine = make_engine(path)
    try:
        if revision != migrate.HEAD:
            _upgrade(path, engine)
        elif backups:
            Backups(path).maybe_make()
    except Exception:
        engine.dispose()
        raise
    return engine


def prepare_readonly(path: Path) -> Engine:
    """An engine for reading an existing, up-to-date database (no backup, no migration)."""
    if not path.exists():
        raise StorageError(f"no database at {path} (nothing imported yet)")
    revision = migrate.peek_revision(path)
    migrate.check_known(revision, f"the database {path}")
    if revision != migrate.HEAD:
        raise StorageError(f"the database {path} needs an upgrade; open it once with Piyue or 'piyue import'")
    return make_engine(path)
