"""Write ``desktop/piyue/storage/head_schema.py``: the SQLite schema the migrations build, so that a new
library is created without importing Alembic (run it when ``tests/storage/test_head_schema.py`` says the
schema is stale, e.g. after adding a migration)."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "desktop" / "piyue" / "storage" / "head_schema.py"

HEADER = '''"""The SQLite schema of revision {revision}, as the migrations build it (issue 17: start-up and memory).

A new library is created from these statements with plain ``sqlite3``: Alembic (~11 MB, ~0.2 s to
import) is only needed to upgrade an older database. ``tests/storage/test_head_schema.py`` checks that they
build exactly what the migrations build; ``scripts/head_schema.py`` rewrites this file.
"""

REVISION = "{revision}"

#: In order; the tables an FTS5 table keeps its data in are made by its CREATE VIRTUAL TABLE.
STATEMENTS: tuple[str, ...] = (
'''


def schema_statements(path: Path) -> list[str]:
    """The CREATE statements of the SQLite file at ``path`` (internal and FTS5 shadow objects left out)."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid").fetchall()
    finally:
        connection.close()
    virtual = [name for kind, name, sql in rows if kind == "table" and (sql or "").startswith("CREATE VIRTUAL")]
    return [
        sql
        for _kind, name, sql in rows
        if sql is not None and not any(name.startswith(f"{table}_") for table in virtual)
    ]


def _literal(sql: str) -> str:
    """``sql`` as a Python literal, one source line per line of SQL (short lines for the linter)."""
    lines = sql.splitlines(keepends=True)
    if len(lines) == 1 and len(sql) <= 100:
        return f"    {sql!r},\n"
    if len(lines) == 1:  # a long one-line statement: cut after spaces
        words = sql.split(" ")
        lines = [" ".join(words[: len(words) // 2]) + " ", " ".join(words[len(words) // 2 :])]
    return "    (\n" + "".join(f"        {line!r}\n" for line in lines) + "    ),\n"


def main() -> None:
    """Build a library with the migrations and write its schema."""
    from piyue.storage import migrate
    from piyue.storage.engine import make_engine

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "head.sqlite3"
        engine = make_engine(path)
        migrate.upgrade(engine)
        engine.dispose()
        statements = schema_statements(path)
    body = "".join(_literal(sql) for sql in statements)
    TARGET.write_text(HEADER.format(revision=migrate.HEAD) + body + ")\n", encoding="utf-8")
    print(f"wrote {TARGET} (format it with: ruff format {TARGET})")


if __name__ == "__main__":
    main()
