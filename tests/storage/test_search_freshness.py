"""Search skips the index refresh while nothing changed, and never serves a stale index: changes through the
library itself and through a second library on the same database (another window, the command line) are found
by the very next search (SQLite file, then PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from piyue.core.anchoring import anchor_span
from piyue.segment import search_analyzer
from piyue.services.importing import import_report
from piyue.storage import Library

REPORT = "# 某市政府工作报告\n\n## 一、回顾\n\n优化营商环境，推进城中村改造。促进消费增长，扩大内需。\n"


@pytest.fixture(scope="module")
def analyzer():
    """The search analyzer on the initialised shared segmenter."""
    analyzer = search_analyzer()
    analyzer.segmenter.wait()
    return analyzer


@pytest.fixture
def refreshes(monkeypatch) -> list[int]:
    """How many index refreshes ran (one entry each), counted on every library."""
    ran: list[int] = []
    original = Library.update_search_index

    def counted(self: Library) -> int:
        ran.append(1)
        return original(self)

    monkeypatch.setattr(Library, "update_search_index", counted)
    return ran


@pytest.fixture
def libraries(analyzer, tmp_path: Path, db_target: str) -> Iterator[tuple[Library, Library]]:
    """The window's library (with the analyzer, holding REPORT) and a second one on the same database without
    the analyzer, so that what it writes reaches the index only through a refresh."""
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    with Library.open(db_target, analyzer=analyzer, backups=False) as window:
        import_report(window, path)
        with Library.open(db_target, backups=False) as other:
            yield window, other


def _notes(library: Library, query: str) -> list[str]:
    return [hit.id for hit in library.search(query) if hit.kind == "note"]


def _add_note(library: Library, body: str) -> str:
    document = library.documents()[0]
    return library.add_note(document.id, anchor_span(library.load(document.id), 0, 4), body).id


def test_nothing_changed_no_refresh(libraries: tuple[Library, Library], refreshes: list[int]) -> None:
    window, _other = libraries
    assert len(window.search("营商环境")) == 1
    refreshes.clear()
    for query in ("营", "营商", "营商环", "营商环境"):
        window.search(query)
    assert refreshes == []


def test_notes_written_by_a_second_library_are_found_by_the_next_search(
    libraries: tuple[Library, Library], refreshes: list[int]
) -> None:
    window, other = libraries
    assert _notes(window, "低空经济") == []
    note_id = _add_note(other, "核实低空经济的口径")
    assert _notes(window, "低空经济") == [note_id]
    assert refreshes  # the second library wrote without indexing: the window had to refresh
    other.edit_note(note_id, body="核实银发经济的口径")
    assert _notes(window, "低空经济") == []
    assert _notes(window, "银发经济") == [note_id]
    other.delete_note(note_id)
    assert _notes(window, "银发经济") == []


def test_a_report_imported_by_a_second_library_is_found_by_the_next_search(
    libraries: tuple[Library, Library], tmp_path: Path
) -> None:
    window, other = libraries
    assert window.search("银发经济") == []
    path = tmp_path / "other.txt"
    path.write_text("发展银发经济。\n", encoding="utf-8")
    imported = import_report(other, path)
    assert [hit.document_id for hit in window.search("银发经济")] == [imported.document.id]
    path.write_text("发展低空经济。\n", encoding="utf-8")
    import_report(other, path)  # a new version replaces the old one in the index
    assert window.search("银发经济") == []
    assert [hit.document_id for hit in window.search("低空经济")] == [imported.document.id]


def test_writes_through_the_library_itself_are_found_by_the_next_search(
    libraries: tuple[Library, Library], tmp_path: Path
) -> None:
    window, _other = libraries
    window.search("营商环境")
    analyzer, window.analyzer = window.analyzer, None  # e.g. written before jieba had loaded: not indexed
    note_id = _add_note(window, "核实低空经济的口径")
    path = tmp_path / "other.txt"
    path.write_text("发展银发经济。\n", encoding="utf-8")
    import_report(window, path)
    window.analyzer = analyzer
    assert _notes(window, "低空经济") == [note_id]
    assert {hit.kind for hit in window.search("银发经济")} == {"text"}
    window.analyzer = None
    window.edit_note(note_id, body="核实银发经济的口径")
    window.analyzer = analyzer
    assert _notes(window, "银发经济") == [note_id]
    assert _notes(window, "低空经济") == []


def test_the_window_notes_indexed_as_written_need_no_refresh_check_to_be_found(
    libraries: tuple[Library, Library],
) -> None:
    window, _other = libraries
    note_id = _add_note(window, "核实低空经济的口径")
    assert _notes(window, "低空经济") == [note_id]
    window.edit_note(note_id, body="核实银发经济的口径")
    assert _notes(window, "银发经济") == [note_id]
    window.delete_note(note_id)
    assert _notes(window, "银发经济") == []
