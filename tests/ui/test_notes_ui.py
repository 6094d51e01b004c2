"""Notes in the window: add on a passage or section, highlight, list, edit, delete, undo/redo, revisions, safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from piyue.app import build_window, create_application
from piyue.core.anchoring import AnchorState, NoteStatus
from piyue.preferences import Preferences
from piyue.ui import notes_controller
from piyue.ui.note_editor import NoteEditor, SafePreview, parse_tags
from piyue.ui.settings import UiState


class FakeEditor:
    """Stands in for the modal editor: accepts with preset values."""

    DialogCode = NoteEditor.DialogCode
    values_to_return = ("默认", "#5b9bd5", ["核数"], NoteStatus.IN_DOUBT)
    accept = True

    def __init__(self, quote: str, **_kwargs) -> None:
        self.quote = quote

    def exec(self) -> int:
        return NoteEditor.DialogCode.Accepted if FakeEditor.accept else NoteEditor.DialogCode.Rejected

    def values(self):
        return FakeEditor.values_to_return


@pytest.fixture
def window(library_window, monkeypatch):
    """A window with a library and a copy of the sample; the modal editor replaced by FakeEditor."""
    monkeypatch.setattr(notes_controller, "NoteEditor", FakeEditor)
    FakeEditor.accept = True
    return library_window


def _select(window, text: str) -> tuple[int, int]:
    start = window.document.text.index(text)
    view = window.reading_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_map.to_qt(start))
    cursor.setPosition(view.position_map.to_qt(start + len(text)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return start, start + len(text)


def _background_at(window, offset: int):
    cursor = QTextCursor(window.reading_view.document())
    cursor.setPosition(window.reading_view.position_map.to_qt(offset) + 1)
    return cursor.charFormat().background().color()


def test_add_note_on_selection_is_stored_marked_listed_and_counted(window, library):
    start, end = _select(window, "CBD全球商务区吸引力攀升至世界第六")
    assert window.notes.add_action.isEnabled()
    note = window.notes.add_note_on_selection()
    assert note is not None and (note.anchor.start, note.anchor.end) == (start, end)
    stored = library.notes(window.notes.service.document_id)
    assert (
        [n.id for n in stored] == [note.id] and stored[0].tags == ("核数",) and stored[0].status is NoteStatus.IN_DOUBT
    )
    assert _background_at(window, start).name() == "#5b9bd5"
    assert window.notes_panel.model.rowCount() == 1
    counts = [window.outline_model.note_count(window.outline_model.index(r, 2)) for r in range(2)]
    assert max(counts) == 1


def test_undo_redo_add_edit_delete(window, library):
    service = window.notes.service
    _select(window, "CBD全球商务区吸引力攀升至世界第六")
    note = window.notes.add_note_on_selection()
    window.notes.undo_action.trigger()
    assert library.notes(service.document_id) == []
    window.notes.redo_action.trigger()
    assert [n.id for n in library.notes(service.document_id)] == [note.id]
    service.edit(note.id, body="改过的", color=note.color, tags=note.tags, status=note.status)
    assert library.note(note.id).body == "改过的"
    window.notes.undo_action.trigger()
    assert library.note(note.id).body == "默认"
    window.notes.redo_action.trigger()
    service.delete(note.id)
    assert library.notes(service.document_id) == []
    window.notes.undo_action.trigger()
    restored = library.note(note.id)
    assert restored.body == "改过的" and restored.anchor == note.anchor


def test_cancelled_editor_stores_nothing(window, library):
    FakeEditor.accept = False
    _select(window, "CBD全球商务区吸引力攀升至世界第六")
    assert window.notes.add_note_on_selection() is None
    assert library.notes(window.notes.service.document_id) == []


def test_section_note_and_revision_orphans_and_changes(window, library, qtbot):
    section = next(s for s in window.document.walk() if s.title == "培育壮大特色产业")
    window.notes.add_note_on_section(section)
    _select(window, "温榆河公园荣获“绿色奥斯卡”金奖及特别奖")
    window.notes.add_note_on_selection()
    text = window.document.text
    first = text.index("金融业前三季度增加值增长14.3%")
    view = window.reading_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_map.to_qt(first))
    cursor.setPosition(
        view.position_map.to_qt(first + len("金融业前三季度增加值增长14.3%")), QTextCursor.MoveMode.KeepAnchor
    )
    view.setTextCursor(cursor)
    window.notes.add_note_on_selection()
    revised = text.replace("金融业前三季度增加值增长14.3%", "金融业前三季度增加值增长14.5%", 1)
    revised = revised.replace("温榆河公园荣获“绿色奥斯卡”金奖及特别奖，", "")
    window.report_path.write_text(revised, "utf-8")
    assert window.open_path_now(window.report_path)
    states = {n.anchor.exact: n.state for n in window.notes.service.notes}
    assert states["培育壮大特色产业"] is AnchorState.ANCHORED
    assert states["温榆河公园荣获“绿色奥斯卡”金奖及特别奖"] is AnchorState.ORPHANED
    assert states["金融业前三季度增加值增长14.5%"] is AnchorState.CHANGED
    first_row = window.notes_panel.model.note(0)
    assert first_row.state is AnchorState.ORPHANED  # notes to review come first
    window.notes.jump_to(first_row)
    assert "no longer in the text" in window.statusBar().currentMessage()


def test_note_preview_is_inert(qtbot):
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.show_markdown(
        "<script>alert(1)</script>\n\n<img src=file:///etc/passwd>\n\n![x](file:///etc/passwd)\n\n"
        "[click](javascript:alert(1)) [web](https://example.org)"
    )
    html = preview.toHtml()
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html and "file:///etc/passwd" not in html.replace("&lt;", "<").split("<a")[-1]
    assert 'href="https://example.org"' in html
    assert "&lt;script&gt;" in html or "<script>alert(1)</script>" in preview.toPlainText()


def test_parse_tags():
    assert parse_tags("核数, 来源；口径 #表述") == ["口径", "来源", "核数", "表述"]


def test_notes_unavailable_without_library(qtbot, tmp_path):
    create_application()
    win = build_window(
        UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)),
        Preferences(),
        None,
        "in use by pid 42",
    )
    qtbot.addWidget(win)
    assert win.open_path_now(win._sample)
    assert not win.notes.service.available
    assert "in use by pid 42" in win.notes_panel.empty_label.text()
    assert not win.notes_panel.add_button.isEnabled()


def test_library_opened_off_the_ui_thread_and_errors_explained(qtbot, tmp_path):
    import threading

    create_application()
    opened_on = []

    def opener():
        opened_on.append(threading.current_thread() is threading.main_thread())
        return None, "database is locked by pid 4242 (piyue)"

    win = build_window(
        UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)), Preferences(), library_opener=opener
    )
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.analysisShown, timeout=15000):
        win.open_path(win._sample)
    assert opened_on == [False]  # on the loader's worker thread
    assert "pid 4242" in win.notes_panel.empty_label.text()
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "libraryErrorDialog") is not None)
    assert "pid 4242" in win.findChild(QMessageBox, "libraryErrorDialog").informativeText()


def test_damaged_database_is_moved_aside_and_the_newest_backup_restored(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from piyue.app import open_library, restore_newest_backup
    from piyue.ui.settings import UiState

    db = tmp_path / "notes.sqlite3"
    library, error = open_library(str(db))
    assert library is not None and not error
    document = library.import_file(Path("resources/samples/chaoyang-2026.md")).document
    library.backups.make("test")
    library.close()
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)  # damaged beyond repair
    for extra in (tmp_path / "notes.sqlite3-wal", tmp_path / "notes.sqlite3-shm"):
        extra.unlink(missing_ok=True)

    create_application()
    window = build_window(
        UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)),
        Preferences(),
        library_opener=lambda: open_library(str(db)),
    )
    window.notes.restorer = lambda: restore_newest_backup(str(db))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.analysisShown, timeout=20000):
        window.open_path(window._sample)
    assert "recovery" in window.notes.open_error
    assert list((tmp_path / "recovery").iterdir())  # moved aside, never overwritten
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "libraryErrorDialog") is not None)
    box = window.findChild(QMessageBox, "libraryErrorDialog")
    assert [b for b in box.buttons() if b.objectName() == "restoreBackupButton"]
    assert window.notes.restore_backup()
    assert window.notes.service.available
    assert window.notes.library.documents()[0].id == document.id
    window.notes.library.close()
