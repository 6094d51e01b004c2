"""A fast read-only search of a SQLite library for the command line: ``sqlite3`` only, no SQLAlchemy.

``piyue search`` mostly reads an index that is already up to date. Importing SQLAlchemy and opening the
library properly (lock, integrity check, backup, migration check) costs more than the search itself, so
:func:`search_file` first tries this path: it reads the schema revision, checks that the index holds the
latest version of every document and every note as it is now, and runs the same FTS5 query as
:class:`~piyue.storage.search_sqlite.SqliteSearchIndex`. When any of that does not hold — no such file,
an older schema, an index behind the documents, an unreadable file — it returns None and the caller opens
the library the full way (which brings the index up to date, upgrades, quarantines…). A database from a
newer Piyue is refused here too, with the same message.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from piyue.storage import migrate
from piyue.storage.search_fts import CANDIDATES_SQL, DETAILS_SQL, run_window_search
from piyue.storage.search_index import Analyzer, SearchHit

BUSY_TIMEOUT_S = 5.0

#: How many things the index misses or holds in excess: versions that are no longer the latest, latest
#: versions not indexed, notes not indexed or changed since (the same conditions as ``refresh``).
BEHIND_SQL = """
WITH latest AS (
    SELECT v.id FROM versions v
    JOIN (SELECT document_id, max(number) AS number FROM versions GROUP BY document_id) m
      ON m.document_id = v.document_id AND m.number = v.number
)
SELECT
  (SELECT count(*) FROM search_sources
     WHERE version_id IS NOT NULL AND version_id NOT IN (SELECT id FROM latest))
  + (SELECT count(*) FROM latest
     WHERE id NOT IN (SELECT version_id FROM search_sources WHERE version_id IS NOT NULL))
  + (SELECT count(*) FROM notes n LEFT JOIN search_sources s ON s.note_id = n.id
     WHERE s.id IS NULL OR s.stamp != n.updated)
"""


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    connection.row_factory = sqlite3.Row
    return connection


def index_is_current(connection: sqlite3.Connection) -> bool:
    """Whether the search index holds exactly the latest versions and the current notes."""
    return connection.execute(BEHIND_SQL).fetchone()[0] == 0


def search_file(path: Path, analyzer: Analyzer, query: str, limit: int = 20) -> list[SearchHit] | None:
    """The hits of ``query`` in the SQLite library at ``path`` read directly, or None when the library has
    to be opened the full way (see the module docstring). Raises NewerSchemaError for a newer database."""
    if not path.is_file():
        return None
    try:
        revision = migrate.peek_revision(path)
    except sqlite3.Error:
        return None
    migrate.check_known(revision, f"the database {path}")
    if revision != migrate.HEAD:
        return None
    try:
        connection = _connect(path)
    except sqlite3.Error:
        return None
    try:
        with connection:
            connection.execute("BEGIN")  # one snapshot for the check and the search
            if not index_is_current(connection):
                return None
            return _search(connection, analyzer, query, limit)
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _search(connection: sqlite3.Connection, analyzer: Analyzer, query: str, limit: int) -> list[SearchHit]:
    def candidates(expression: str, below: int, limit: int) -> Sequence[Sequence[Any]]:
        return connection.execute(CANDIDATES_SQL, {"query": expression, "below": below, "limit": limit}).fetchall()

    def details(ids: list[int]) -> dict[int, dict[str, Any]]:
        sql = DETAILS_SQL.format(ids="(" + ",".join("?" * len(ids)) + ")")
        return {row["id"]: dict(zip(row.keys(), row, strict=True)) for row in connection.execute(sql, ids)}

    return run_window_search(analyzer, query, limit, candidates, details)
