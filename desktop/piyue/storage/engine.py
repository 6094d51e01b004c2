"""The engine factory: one place that opens connections, with the pragmas DESIGN.md §5 requires."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)
MEMORY = ":memory:"


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a SQLite file (or of ``:memory:``)."""
    return "sqlite://" if str(path) == MEMORY else f"sqlite:///{Path(path)}"


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


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
