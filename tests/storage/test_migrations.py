"""Schema migrations: the constants match the shipped scripts, and every schema's fixture upgrades."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from piyue.core.anchoring import AnchorState
from piyue.paths import data_dir
from piyue.storage import Library, NewerSchemaError, migrate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_fixtures import NOTES, fixture_path


def test_constants_match_the_scripts() -> None:
    assert migrate.script_heads() == [migrate.HEAD]
    assert migrate.script_revisions() == list(migrate.KNOWN)
    assert (migrate.MIGRATIONS / "env.py").is_file()


@pytest.mark.parametrize("revision", migrate.KNOWN)
def test_every_revision_has_a_fixture(revision: str) -> None:
    assert fixture_path(revision).is_file(), "run tests/storage/make_fixtures.py"


@pytest.mark.parametrize("revision", migrate.KNOWN)
def test_fixture_upgrades_with_notes_intact(revision: str, tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    shutil.copy(fixture_path(revision), db)
    with Library.open(db) as library:
        document = library.resolve("1")
        assert document.version_count == 2
        notes = library.notes(document.id)
        assert sorted(n.id for n in notes) == sorted(n[0] for n in NOTES)
        states = {n.anchor.exact: n.state for n in notes}
        assert states["增长14.3%"] is AnchorState.CHANGED
        versions = {n.id: n.version for n in notes}
        assert versions[NOTES[0][0]] == (3 if revision >= "0003" else 1)  # notes from before 0003 start at 1
        assert {v for i, v in versions.items() if i != NOTES[0][0]} == {1}
        assert {t for n in notes for t in n.tags} == {"经济", "金融"}
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.HEAD
    connection.close()
    if revision != migrate.HEAD:
        assert any(p.name.startswith("piyue-") and "pre-upgrade" in p.name for p in (tmp_path / "backups").iterdir())


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    shutil.copy(fixture_path(migrate.HEAD), db)
    connection = sqlite3.connect(db)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = db.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version of Piyue"):
        Library.open(db)
    assert db.read_bytes() == before
    with pytest.raises(NewerSchemaError):
        Library.open(db, readonly=True)
    # the lock was released: a later open still reports the schema, not a lock
    with pytest.raises(NewerSchemaError):
        Library.open(db)


COPY_ORDER = ("documents", "texts", "versions", "tags", "notes", "note_tags")


def _copy_fixture_to_server(revision: str, url: str) -> None:
    """The rows of the SQLite fixture of ``revision`` in a server database at that same revision."""
    import json

    from sqlalchemy import JSON, MetaData, create_engine, text

    from piyue.storage.server import engine_url

    source = create_engine(f"sqlite:///{fixture_path(revision)}")
    target = create_engine(engine_url(url))
    try:
        migrate.upgrade(target, revision)
        tables = MetaData()
        tables.reflect(target, only=COPY_ORDER)
        with source.connect() as reader, target.begin() as writer:
            for name in COPY_ORDER:
                table = tables.tables[name]
                json_columns = [c.name for c in table.c if isinstance(c.type, JSON)]  # stored as JSON text in SQLite
                rows = [
                    {**row._mapping, **{c: json.loads(row._mapping[c]) for c in json_columns}}
                    for row in reader.execute(text(f"SELECT * FROM {name}"))
                ]
                if rows:
                    writer.execute(table.insert(), rows)
                if name in ("documents", "texts", "versions", "tags"):  # serial ids came with the rows
                    writer.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) FROM {name}"))
    finally:
        source.dispose()
        target.dispose()


@pytest.mark.parametrize("revision", migrate.KNOWN)
def test_every_revision_upgrades_on_postgresql_too(revision: str, postgres_url: str) -> None:
    _copy_fixture_to_server(revision, postgres_url)
    with Library.open(postgres_url) as library:
        document = library.resolve("1")
        assert document.version_count == 2
        notes = library.notes(document.id)
        assert sorted(n.id for n in notes) == sorted(n[0] for n in NOTES)
        assert {t for n in notes for t in n.tags} == {"经济", "金融"}
        assert {n.id: n.version for n in notes}[NOTES[0][0]] == (3 if revision >= "0003" else 1)
        added = library.import_document(library.load(document.id), "/reports/other.md")  # ids continue
        assert added.document.id == 2
    database = postgres_url.rsplit("/", 1)[1]
    dumps = list((data_dir() / "backups").glob(f"{database}-*-pre-upgrade-{revision}.dump"))
    assert len(dumps) == (0 if revision == migrate.HEAD else 1)  # pg_dump ran before the upgrade
    assert all(d.read_bytes()[:5] == b"PGDMP" for d in dumps)
    from sqlalchemy import create_engine

    from piyue.storage.server import engine_url

    engine = create_engine(engine_url(postgres_url))
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD
    engine.dispose()
