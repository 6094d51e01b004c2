"""The storage service on an in-memory and a file SQLite database and on PostgreSQL: documents, versions, notes."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from piyue.core.anchoring import AnchorState, Note, NoteStatus, anchor_section, find_quote, pick_section
from piyue.services.importing import import_report
from piyue.storage import Library, NotFoundError, StorageError
from piyue.storage.engine import make_engine

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"


@pytest.fixture(params=["memory", "file", "postgresql"])
def library(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    """The library on each backend: SQLite in memory, a SQLite file, a fresh database on the test cluster."""
    targets = {"memory": lambda: ":memory:", "file": lambda: tmp_path / "piyue.sqlite3"}
    target = targets.get(request.param, lambda: request.getfixturevalue("postgres_url"))()
    with Library.open(target) as opened:
        yield opened


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.md"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_import_same_content_twice_is_one_version(library: Library, report: Path) -> None:
    first = import_report(library, report)
    assert first.created_document and first.new_version and first.version.number == 1
    again = import_report(library, report)
    assert not again.new_version and again.document.id == first.document.id
    assert library.document(first.document.id).version_count == 1
    assert library.resolve(str(report)).id == first.document.id
    assert library.resolve(str(first.document.id)).id == first.document.id


def test_changed_content_is_a_new_version_and_text_is_stored_once(library: Library, report: Path) -> None:
    original = report.read_text(encoding="utf-8")
    first = import_report(library, report)
    report.write_text("前言。\n\n" + original, encoding="utf-8")
    second = import_report(library, report)
    assert second.new_version and not second.created_document and second.version.number == 2
    report.write_text(original, encoding="utf-8")
    third = import_report(library, report)
    assert third.version.number == 3 and third.version.sha256 == first.version.sha256
    with library.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM texts").scalar() == 2


def test_replaces_makes_a_version_of_another_document(library: Library, report: Path, tmp_path: Path) -> None:
    first = import_report(library, report)
    moved = tmp_path / "renamed.md"
    moved.write_text("前言。\n\n" + report.read_text(encoding="utf-8"), encoding="utf-8")
    result = import_report(library, moved, replaces=str(first.document.id))
    assert result.document.id == first.document.id and result.version.number == 2
    assert library.resolve(str(moved)).id == first.document.id


def test_notes_round_trip_as_dataclasses(library: Library, report: Path) -> None:
    doc_id = import_report(library, report).document.id
    document = library.load(doc_id)
    anchor = find_quote(document, "增长14.3%", nth=2)
    note = library.add_note(doc_id, anchor, "**核实**口径", tags=["金融", "口径", "金融"], color="#ff0000")
    section = library.add_note(doc_id, anchor_section(document, pick_section(document, "培育壮大特色产业")), "节")
    stored = library.notes(doc_id)
    assert all(type(n) is Note for n in stored)
    assert [n.id for n in stored] == [section.id, note.id]  # text order
    got = library.note(note.id)
    assert got == note and got.tags == ("口径", "金融") and got.author
    assert got.created.tzinfo is not None
    edited = library.edit_note(note.id, body="已改", status=NoteStatus.CHECKED, tags=["新"])
    assert library.note(note.id) == edited and edited.updated >= note.updated
    assert library.notes(doc_id, tag="新") == [edited]
    assert library.notes(doc_id, status=NoteStatus.CHECKED) == [edited]
    assert library.notes(doc_id, color="#ff0000") == [edited]
    assert library.notes(doc_id, text="已改") == [edited]
    assert library.notes(doc_id, states=[AnchorState.ORPHANED]) == []
    deleted = library.delete_note(note.id)
    assert [n.id for n in library.notes(doc_id)] == [section.id]
    library.restore_note(deleted)
    assert library.note(note.id) == edited
    with pytest.raises(NotFoundError):
        library.note("nope")


def test_new_version_reanchors_notes(library: Library, report: Path) -> None:
    doc_id = import_report(library, report).document.id
    document = library.load(doc_id)
    kept = library.add_note(doc_id, find_quote(document, "增长14.3%", nth=1), "kept")
    changed = library.add_note(doc_id, find_quote(document, "增长14.3%", nth=2), "changed")
    quote = "温榆河公园荣获“绿色奥斯卡”金奖及特别奖"
    orphan = library.add_note(doc_id, find_quote(document, quote), "orphan")
    text = document.text
    second = changed.anchor
    text = text[: second.start] + "增长14.5%" + text[second.end :]
    text = "新增的开头段落。\n\n" + text.replace(quote + "，", "")
    report.write_text(text, encoding="utf-8")
    result = import_report(library, report)
    assert result.counts == {"anchored": 1, "changed": 1, "orphaned": 1}
    by_id = {n.id: n for n in library.notes(doc_id)}
    assert by_id[kept.id].anchor.start == text.index("金融业前三季度增加值增长14.3%") + len("金融业前三季度增加值")
    moved = by_id[changed.id]
    assert moved.state is AnchorState.CHANGED and moved.anchor.exact == "增长14.5%" and moved.prior_quote == "增长14.3%"
    assert text[moved.anchor.start : moved.anchor.end] == "增长14.5%"
    assert by_id[orphan.id].state is AnchorState.ORPHANED and by_id[orphan.id].anchor == orphan.anchor
    # a later version keeps "changed" until reviewed; acknowledging clears it
    report.write_text("再加一段。\n\n" + text, encoding="utf-8")
    assert import_report(library, report).counts == {"anchored": 1, "changed": 1, "orphaned": 1}
    assert library.acknowledge(changed.id).state is AnchorState.ANCHORED
    assert library.note_counts(doc_id) == {"anchored": 2, "changed": 0, "orphaned": 1}


def test_unknown_document_is_a_clear_error(library: Library, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="not imported"):
        library.resolve(str(tmp_path / "missing.md"))
    with pytest.raises(NotFoundError, match="no document with id 42"):
        library.resolve("42")


def test_records_are_plain_dataclasses(library: Library, report: Path) -> None:
    result = import_report(library, report)
    assert dataclasses.is_dataclass(result.document) and dataclasses.is_dataclass(result.version)
    assert "sqlalchemy" not in type(result.document).__module__


def test_delete_document_removes_its_versions_and_notes(library: Library) -> None:
    from piyue.core.readers import parse_text

    kept = library.import_document(parse_text("一、甲\n保留的文本。\n", markdown=False), "/a.txt").document
    gone = library.import_document(parse_text("一、乙\n删除的文本。\n", markdown=False), "/b.txt").document
    library.import_document(parse_text("一、乙\n删除的文本，第二稿。\n", markdown=False), "/b.txt")
    library.add_note(gone.id, find_quote(library.load(gone.id), "删除的文本"), "注")
    library.delete_document(gone.id)  # the backup before it is SQLite-file only (see the test below)
    assert [d.id for d in library.documents()] == [kept.id]
    assert library.notes(gone.id) == []
    with pytest.raises(NotFoundError):
        library.document(gone.id)
    with library.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM versions").scalar() == 1


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    """SQLite only: PRAGMAs are SQLite's own connection settings."""
    engine = make_engine(tmp_path / "p.sqlite3")
    for _ in range(2):
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == 5000
        engine.dispose()


def test_readonly_needs_an_existing_database(tmp_path: Path, report: Path) -> None:
    """SQLite only: "no database" means a missing file, and the check is SQLite's integrity_check."""
    with pytest.raises(StorageError, match="no database"):
        Library.open(tmp_path / "none.sqlite3", readonly=True)
    db = tmp_path / "db.sqlite3"
    with Library.open(db) as writer:
        doc_id = import_report(writer, report).document.id
    with Library.open(db, readonly=True) as reader:
        assert reader.resolve(str(report)).id == doc_id
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_delete_document_backs_up_and_removes_versions_and_notes(tmp_path):
    """SQLite only: the automatic backup before a delete is a file made with SQLite's backup API."""
    from piyue.core.anchoring import find_quote
    from piyue.core.readers import parse_text
    from piyue.storage.library import Library

    with Library.open(tmp_path / "lib.sqlite3") as library:
        kept = library.import_document(parse_text("一、甲\n保留的文本。\n", markdown=False), "/a.txt").document
        gone = library.import_document(parse_text("一、乙\n删除的文本。\n", markdown=False), "/b.txt").document
        document = library.load(gone.id)
        library.add_note(gone.id, find_quote(document, "删除的文本"), "注")
        backup = library.delete_document(gone.id)
        assert backup is not None and backup.exists()
        assert [d.id for d in library.documents()] == [kept.id]
        assert library.notes(gone.id) == []
    with Library.open(backup, backups=False) as old:  # the backup still has it
        assert len(old.documents()) == 2 and len(old.notes(gone.id)) == 1


def test_listing_heads_titles_and_all_notes_in_a_few_queries(library: Library, report: Path) -> None:
    """The whole library read at once (as the library, Compare and All Notes views do) equals it read one
    document at a time."""
    original = report.read_text(encoding="utf-8")
    first = import_report(library, report).document.id
    report.write_text("前言。\n\n" + original, encoding="utf-8")
    import_report(library, report)  # a second version of the first document
    other = report.with_name("other.md")
    other.write_text("# 𠀀乙县报告\n\n正文。\n", encoding="utf-8")  # beyond the BMP: heads count code points
    second = import_report(library, other).document.id
    for document_id, quote in ((second, "正文"), (first, "前言"), (first, "两会特别报道")):
        library.add_note(document_id, find_quote(library.load(document_id), quote), quote, tags=("b", "a"))
    listing = library.listing(head=3)
    assert [r.id for r in listing] == [first, second]
    for record, document in zip(listing, library.documents(), strict=True):
        assert record.title == document.title and record.source_path == document.source_path
        assert record.length == document.latest.length and record.versions == document.version_count
        assert record.head == library.load(document.id).text[:3]
        assert record.notes == sum(library.note_counts(document.id).values())
    assert listing[0].versions == 2 and listing[0].head == "前言。" and listing[1].head == "# 𠀀"
    assert library.heads([second], 5) == {second: "# 𠀀乙县"} and library.heads([], 5) == {}
    assert library.titles() == {d.id: d.title for d in library.documents()}
    assert library.all_notes() == [n for d in library.documents() for n in library.notes(d.id)]
    assert library.all_notes()[0].tags == ("a", "b")
