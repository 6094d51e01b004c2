"""A new library is created from the shipped schema of HEAD without Alembic, and equals a migrated one (issue 17)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from piyue.storage import Library, head_schema, migrate
from piyue.storage.engine import make_engine


def _schema(path: Path) -> list[tuple[str, str, str, str | None]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD,)]
    finally:
        connection.close()
    return sorted(rows, key=lambda row: (row[0], row[1]))


def test_the_shipped_schema_is_what_the_migrations_build(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    engine = make_engine(migrated)
    migrate.upgrade(engine)
    engine.dispose()
    created = tmp_path / "created.sqlite3"
    assert migrate.create_head(created)
    assert head_schema.REVISION == migrate.HEAD, "stale: run scripts/head_schema.py"
    assert _schema(created) == _schema(migrated), "stale: run scripts/head_schema.py"


def test_create_head_leaves_a_database_with_tables_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE mine (x)")
    connection.commit()
    connection.close()
    assert not migrate.create_head(other)
    assert [r[1] for r in sqlite3.connect(other).execute("SELECT * FROM sqlite_master")] == ["mine"]


def test_a_new_library_opens_without_importing_alembic(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from piyue.storage import Library\n"
        "with Library.open(sys.argv[1]) as library:\n"
        "    count = len(library.documents())\n"
        "print(json.dumps([count, 'alembic' in sys.modules]))\n"
    )
    db = tmp_path / "new" / "piyue.sqlite3"
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [0, False]
    assert _schema(db)  # the version table says HEAD
    with Library.open(db) as library:  # and it works as a library: import, read back
        assert library.documents() == []


def test_a_failure_while_creating_is_one_line_and_leaves_no_half_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from piyue.storage import StorageError

    monkeypatch.setattr(head_schema, "STATEMENTS", (*head_schema.STATEMENTS[:3], "CREATE TABLE broken ("))
    db = tmp_path / "piyue.sqlite3"
    with pytest.raises(StorageError) as caught:
        Library.open(db)
    assert "\n" not in str(caught.value)
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0  # rolled back
    connection.close()
