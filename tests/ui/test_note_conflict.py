"""Two reviewers edit one note: the second Save is refused and both texts are shown (real widgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from piyue.core.anchoring import anchor_span
from piyue.storage.library import Library
from piyue.ui.conflict_dialog import ConflictDialog


@pytest.fixture
def colleague(tmp_path):
    """A second library object on the window's database, as another reviewer's process would be."""
    other = Library.open(tmp_path / "notes.sqlite3", backups=False)
    yield other
    other.close()


def _open_editor_on_the_note(window, qtbot, library):
    qtbot.waitUntil(lambda: window.notes.service.document_id is not None, timeout=10000)
    start = window.document.text.index("增长14.3%")
    note = library.add_note(window.notes.service.document_id, anchor_span(window.document, start, start + 7), "原文")
    window.notes.service.reload()
    view = window.notes_panel.list
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    qtbot.mouseClick(window.notes_panel.findChild(QPushButton, "notesEdit"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.editor is not None and window.notes.editor.isVisible(), timeout=5000)
    editor = window.notes.editor
    qtbot.mouseClick(editor.body_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body_edit, "my review")
    return note, editor


def _save_and_get_conflict(window, qtbot, editor) -> ConflictDialog:
    qtbot.mouseClick(editor.findChild(QPushButton, "noteSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.conflict_dialog is not None and window.notes.conflict_dialog.isVisible())
    dialog = window.notes.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    return dialog


def test_stale_save_shows_both_texts_and_saving_mine_is_a_knowing_choice(library_window, library, colleague, qtbot):
    window = library_window
    note, editor = _open_editor_on_the_note(window, qtbot, library)
    colleague.edit_note(note.id, body="colleague's review")  # saved while this editor was open
    dialog = _save_and_get_conflict(window, qtbot, editor)
    assert library.note(note.id).body == "colleague's review"  # nothing overwritten
    assert dialog.theirs_view.toPlainText() == "colleague's review"
    assert dialog.mine_view.toPlainText() == "my review"
    assert editor.isVisible() and "someone else changed this note" in editor.error_label.text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "conflictSaveMine"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    stored = library.note(note.id)
    assert stored.body == "my review" and stored.version == 3


def test_keep_theirs_drops_mine_and_back_to_editing_keeps_it(library_window, library, colleague, qtbot):
    window = library_window
    note, editor = _open_editor_on_the_note(window, qtbot, library)
    colleague.edit_note(note.id, body="colleague's review")
    dialog = _save_and_get_conflict(window, qtbot, editor)
    qtbot.mouseClick(dialog.findChild(QPushButton, "conflictBack"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.conflict_dialog is None)
    assert editor.isVisible() and editor.body_edit.toPlainText() == "my review"  # nothing typed is lost
    colleague.edit_note(note.id, body="colleague's second review")
    dialog = _save_and_get_conflict(window, qtbot, editor)  # refused again: changed once more
    assert dialog.theirs_view.toPlainText() == "colleague's second review"
    qtbot.mouseClick(dialog.findChild(QPushButton, "conflictKeepTheirs"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    assert library.note(note.id).body == "colleague's second review"
    assert window.notes.service.notes[0].body == "colleague's second review"
