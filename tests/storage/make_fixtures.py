"""Build one fixture database per schema revision: ``python tests/storage/make_fixtures.py``.

Each fixture holds a document with two versions, notes in every anchor state and tags, written
with the SQL of that revision, so that tests/storage/test_migrations.py can check that every
schema ever shipped upgrades to the current one with its notes intact. When you add a
migration, add its revision's writer to WRITERS and rerun this script (older fixtures stay).
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine

from piyue.storage import migrate

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_TEXT = "# 报告\n\n## 一、回顾\n\n地区生产总值增长5.2%。金融业增加值增长14.3%。\n"
NOTES = [  # id, exact, start, state, tags
    ("00000000-0000-4000-8000-000000000001", "增长5.2%", 24, "anchored", ["经济"]),
    ("00000000-0000-4000-8000-000000000002", "增长14.3%", 38, "changed", ["金融", "经济"]),
    ("00000000-0000-4000-8000-000000000003", "已删除的句子", 0, "orphaned", []),
]


def write_0001(connection: sqlite3.Connection) -> None:
    """Sample rows in the schema of revision 0001."""
    stamp = "2026-01-02 03:04:05.000000"
    connection.execute("INSERT INTO documents VALUES (1, '报告', '/reports/report.md', ?)", (stamp,))
    connection.execute("INSERT INTO texts VALUES (1, ?, ?, ?)", ("0" * 64, len(SAMPLE_TEXT), SAMPLE_TEXT))
    outline = '[{"level": 1, "numbering": "一、", "title": "回顾", "start": 8, "end": 50, "title_start": 13, '
    outline += '"title_end": 15, "heading_end": 15, "inline": false, "children": []}]'
    for number in (1, 2):
        connection.execute(
            "INSERT INTO versions VALUES (?, 1, ?, 1, '报告', 'markdown', 'utf-8', '/reports/report.md', ?, ?)",
            (number, number, outline, stamp),
        )
    for tag_id, name in enumerate(["经济", "金融"], 1):
        connection.execute("INSERT INTO tags VALUES (?, ?)", (tag_id, name))
    for note_id, exact, start, state, tags in NOTES:
        connection.execute(
            "INSERT INTO notes (id, document_id, version_id, kind, exact, prefix, suffix, start_offset, end_offset, "
            "section_path, state, prior_quote, body, color, status, author, created, updated) "
            "VALUES (?, 1, 2, 'passage', ?, '', '', ?, ?, '[\"回顾\"]', ?, NULL, ?, '#f5c542', "
            "'待核实', 'fixture', ?, ?)",
            (note_id, exact, start, start + len(exact), state, f"note on {exact}", stamp, stamp),
        )
        for name in tags:
            connection.execute("INSERT INTO note_tags VALUES (?, ?)", (note_id, 1 if name == "经济" else 2))


def write_0002(connection: sqlite3.Connection) -> None:
    """Sample rows in the schema of revision 0002 (0001's tables unchanged; the search index left empty,
    as a database upgraded from 0001 is: the library fills it on first search)."""
    write_0001(connection)


def write_0003(connection: sqlite3.Connection) -> None:
    """Sample rows in the schema of revision 0003: notes carry a version; the first was edited twice."""
    write_0001(connection)
    connection.execute("UPDATE notes SET version = 3 WHERE id = ?", (NOTES[0][0],))


def write_0004(connection: sqlite3.Connection) -> None:
    """Sample rows in the schema of revision 0004 (on SQLite the same tables as 0003)."""
    write_0003(connection)


WRITERS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": write_0001,
    "0002": write_0002,
    "0003": write_0003,
    "0004": write_0004,
}


def build(revision: str, target: Path) -> None:
    """Create ``target`` at schema ``revision`` and fill it with that revision's sample rows."""
    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    migrate.upgrade(engine, revision)
    engine.dispose()
    connection = sqlite3.connect(target)
    with connection:
        WRITERS[revision](connection)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()


def fixture_path(revision: str) -> Path:
    """Where the fixture of ``revision`` lives."""
    return FIXTURES / f"schema-{revision}.sqlite3"


def main() -> int:
    """Build the fixtures of every revision that has no fixture yet (or all with --all)."""
    FIXTURES.mkdir(exist_ok=True)
    for revision in migrate.KNOWN:
        path = fixture_path(revision)
        if path.exists() and "--all" not in sys.argv:
            continue
        build(revision, path)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
