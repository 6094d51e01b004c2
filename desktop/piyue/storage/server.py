"""A library on a PostgreSQL server: URLs (with the password masked in every message), the engine, opening
with the same Alembic migrations (under an advisory lock while they run), and one-line connection errors.

Before a schema upgrade the database is backed up with ``pg_dump`` when it is installed (:func:`dump`); the
regular backups of a shared library are the server's business (``pg_dump``/``pg_basebackup`` by its admin).
A URL is ``postgresql://user[:password]@host[:port]/dbname`` (``postgres://`` too). A password is better kept
out of the URL, in ``~/.pgpass`` or ``PGPASSWORD``, which libpq reads; when it is in the URL it never appears
in a message, a log or an export: :func:`mask` replaces it with ``***``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from piyue.storage import migrate
from piyue.storage.errors import StorageError

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CONNECT_TIMEOUT_S = 5
MIGRATION_LOCK = 0x70697975  # pg_advisory_xact_lock key of schema upgrades ("piyu")
_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<password>[^@\s]*)@", re.IGNORECASE)
_PASSWORD_PARAM = re.compile(r"(?P<head>\bpassword=)(?P<password>[^&\s]*)", re.IGNORECASE)


class ServerUnavailableError(StorageError):
    """The database server cannot be reached or refuses the connection (down, wrong password, network).

    Nothing was written by the operation that raised it (its transaction never committed)."""

    server_unavailable = True  # lets the window tell it apart without importing the storage room


def is_server_url(target: object) -> bool:
    """True for a ``postgresql://`` URL (as opposed to a SQLite file path)."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)


def mask(message: str) -> str:
    """``message`` with every password in a URL (``user:secret@``, ``password=secret``) replaced by ``***``."""
    masked = _PASSWORD.sub(lambda m: f"{m.group('head')}***@", message)
    return _PASSWORD_PARAM.sub(lambda m: f"{m.group('head')}***", masked)


def engine_url(url: str) -> str:
    """The SQLAlchemy URL of a server URL (the psycopg 3 driver)."""
    rest = url.strip().split("://", 1)[1]
    return f"postgresql+psycopg://{rest}"


def describe(err: BaseException, url: str) -> str:
    """One line saying why the server at ``url`` could not be used, password masked."""
    original = getattr(err, "orig", None) or err
    reason = " ".join(str(original).split()) or type(original).__name__
    reason = re.sub(r"^connection failed: |^\(.*?\) ", "", reason)
    return mask(f"cannot use the database server {url}: {reason}")


def is_connection_error(err: BaseException) -> bool:
    """True when ``err`` means the server went away or refused us (not a bug in a statement)."""
    if isinstance(err, DBAPIError) and err.connection_invalidated:
        return True
    original = getattr(err, "orig", None)
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(original, psycopg.OperationalError | psycopg.InterfaceError)


def make_server_engine(url: str) -> Engine:
    """An engine on the server (pool checked before use, a short connect timeout)."""
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "piyue"}
    return create_engine(engine_url(url), pool_pre_ping=True, connect_args=connect_args)


def pg_dump_program() -> str | None:
    """The ``pg_dump`` to use: on the PATH, else the newest of Debian's /usr/lib/postgresql/N/bin (or None)."""
    import glob
    import shutil

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), key=lambda p: int(Path(p).parts[-3]))
    return found[-1] if found else shutil.which("pg_dump")


def dump(url: str, reason: str) -> Path | None:
    """Back the server database up with ``pg_dump`` (custom format) into the data folder's ``backups/``;
    returns the file, or None when pg_dump is not installed. The password goes through the environment,
    never the command line. Raises StorageError when pg_dump fails (an upgrade does not go ahead then)."""
    import os
    import subprocess
    from datetime import datetime

    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from piyue.paths import data_dir

    program = pg_dump_program()
    if program is None:
        return None
    params = conninfo_to_dict(f"postgresql://{url.strip().split('://', 1)[1]}")
    password = params.pop("password", None)
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", str(params.get("dbname", "piyue")))
    target = folder / f"{name}-{datetime.now().strftime('%Y%m%dT%H%M%S_%f')}-{reason}.dump"
    env = {**os.environ, **({"PGPASSWORD": str(password)} if password else {})}
    command = [program, "--format=custom", f"--file={target}", f"--dbname={make_conninfo('', **params)}"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise StorageError(mask(f"backup of {url} with pg_dump failed: {' '.join(done.stderr.split())}"))
    return target


def prepare_server(url: str) -> Engine:
    """An engine on an up-to-date database on the server: checks the connection, refuses a newer schema,
    and upgrades an older one (the whole upgrade in one transaction, under an advisory lock)."""
    engine = make_server_engine(url)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            connection.rollback()
        migrate.check_known(revision, f"the database {mask(url)}")
        if revision != migrate.HEAD:
            if revision is not None:
                dump(url, f"pre-upgrade-{revision}")
            with engine.begin() as connection:
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                if migrate.current_revision(connection) != migrate.HEAD:
                    migrate.upgrade_on(connection)
    except SQLAlchemyError as err:
        engine.dispose()
        raise ServerUnavailableError(describe(err, url)) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def connect_raw(url: str) -> Any:
    """A plain psycopg connection to the server (for LISTEN), with the same timeout."""
    import psycopg

    rest = url.strip().split("://", 1)[1]
    return psycopg.connect(f"postgresql://{rest}", connect_timeout=CONNECT_TIMEOUT_S, application_name="piyue")


def test_connection(url: str) -> str:
    """'' when the server at ``url`` answers and its schema is one this Piyue can use, else why not (masked)."""
    if not is_server_url(url):
        return "not a postgresql:// URL"
    try:
        connection = connect_raw(url)
    except Exception as err:
        return describe(err, url)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass('alembic_version') IS NOT NULL")
            row = cursor.fetchone()
            revision = None
            if row and row[0]:
                cursor.execute("SELECT version_num FROM alembic_version")
                found = cursor.fetchone()
                revision = found[0] if found else None
        migrate.check_known(revision, f"the database {mask(url)}")
    except StorageError as err:
        return str(err)
    except Exception as err:
        return describe(err, url)
    finally:
        connection.close()
    return ""
