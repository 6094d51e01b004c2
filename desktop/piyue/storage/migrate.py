"""Schema migrations with Alembic, run in code from the scripts shipped in ``piyue/storage/migrations``.

:data:`HEAD` names the newest revision this version of Piyue knows, so opening an up-to-date
database needs no Alembic import at all; a test checks it against the scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from piyue.storage.errors import NewerSchemaError

if TYPE_CHECKING:  # SQLAlchemy is imported where it is used: reading the revision needs only sqlite3
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0004"
KNOWN = ("0001", "0002", "0003", "0004")  # every revision, oldest first
VERSION_TABLE = "alembic_version"
#: Tables each revision creates (after 0001): a database that holds them while its version table names an
#: older revision is inconsistent, and is refused before any backup or upgrade is tried.
ADDED_TABLES = {"0002": ("search_sources", "search_segments")}


def current_revision(connection: Connection) -> str | None:
    """The schema revision of the database (None for an empty database)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def peek_revision(path: Path) -> str | None:
    """The revision of the SQLite file at ``path``, read without changing the file (None if none)."""
    import sqlite3

    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
        ).fetchone()
        if found is None:
            return None
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def later_tables(path: Path, revision: str) -> list[str]:
    """Tables of revisions after ``revision`` that the SQLite file at ``path`` already holds (should be none)."""
    import sqlite3

    later = [t for rev, tables in ADDED_TABLES.items() if rev in KNOWN and rev > revision for t in tables]
    if not later:
        return []
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        connection.close()
    present = {row[0] for row in rows}
    return [t for t in later if t in present]


def check_known(revision: str | None, where: str) -> None:
    """Refuse a database whose revision this version of Piyue does not know."""
    if revision is not None and revision not in KNOWN:
        raise NewerSchemaError(
            f"{where} was written by a newer version of Piyue (schema {revision}; this version knows up to {HEAD}); "
            "update Piyue to open it"
        )


def create_head(path: Path) -> bool:
    """Build the schema of :data:`HEAD` in the SQLite file at ``path`` (created when missing) with plain
    ``sqlite3``, from :mod:`piyue.storage.head_schema` — no Alembic import — when the file holds no tables
    yet; whether it did. All or nothing: a failure (raised as ``sqlite3.Error``) leaves no table behind."""
    import sqlite3

    from piyue.storage import head_schema

    if head_schema.REVISION != HEAD:  # a migration without a new schema file: Alembic builds it
        return False
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                connection.execute("ROLLBACK")
                return False
            for statement in head_schema.STATEMENTS:
                connection.execute(statement)
            connection.execute(f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (?)", (HEAD,))
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()
    return True


def alembic_config(connection: Connection | None = None):
    """An Alembic ``Config`` built in code (no alembic.ini), bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` on ``engine``'s database."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def upgrade_on(connection: Connection, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` inside the caller's transaction on ``connection``."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def script_heads() -> list[str]:
    """The head revisions of the shipped migration scripts."""
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).get_heads())


def script_revisions() -> list[str]:
    """Every revision of the shipped scripts, oldest first."""
    from alembic.script import ScriptDirectory

    return [s.revision for s in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]
