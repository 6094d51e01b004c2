"""The engine factory: one place that opens connections, with the pragmas DESIGN.md §5 requires.

Several processes share one SQLite library (WAL). A transaction that writes begins with
``BEGIN IMMEDIATE`` (see :data:`WRITE`): it takes SQLite's write lock up front, waiting up to
``busy_timeout`` for another writer, and retries a few times after that, so a writer never fails
half-way with ``SQLITE_BUSY`` on a snapshot another process has changed underneath it.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 5000
BUSY_RETRIES = 6  # after busy_timeout ran out: up to ~6 × 5 s more, with a growing pause between tries
SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
)
MEMORY = ":memory:"
WRITE = {"piyue_begin": "IMMEDIATE"}  # execution options of a session that writes


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a SQLite file (or of ``:memory:``)."""
    return "sqlite://" if str(path) == MEMORY else f"sqlite:///{Path(path)}"


def is_busy(err: BaseException) -> bool:
    """True for SQLite's "database is locked" / "database is busy" (another process holds the lock)."""
    text = str(err).lower()
    return isinstance(err, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _execute_retrying(dbapi_connection: Any, statement: str) -> None:
    for attempt in range(BUSY_RETRIES + 1):
        try:
            dbapi_connection.execute(statement)
            return
        except sqlite3.OperationalError as err:
            if not is_busy(err) or attempt == BUSY_RETRIES:
                raise
            time.sleep(0.05 * 2**attempt)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (see _on_begin).
    dbapi_connection.isolation_level = None
    for pragma in SQLITE_PRAGMAS:
        _execute_retrying(dbapi_connection, pragma)


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get("piyue_begin", "")
    _execute_retrying(connection.connection.driver_connection, f"BEGIN {mode}".strip())


def make_engine(url_or_path: str | Path, *, echo: bool = False) -> Engine:
    """An engine on ``url_or_path`` (a SQLite file, ``:memory:`` or any SQLAlchemy URL).

    For SQLite every new connection gets WAL, ``synchronous=FULL``, ``foreign_keys=ON`` and a
    busy timeout, and transactions (DDL included) begin where SQLAlchemy says so.
    """
    text = str(url_or_path)
    url = text if "://" in text else sqlite_url(text)
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
        if url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = StaticPool
        engine = create_engine(url, echo=echo, **kwargs)
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)
