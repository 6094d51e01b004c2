"""Notes in the window: add on a passage or section, highlight, list, edit, delete, undo/redo, revisions, safety."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from piyue.app import build_window, create_application
from piyue.core.anchoring import AnchorState, NoteStatus
from piyue.preferences import Preferences
from piyue.services.importing import import_report
from piyue.storage import StorageError
from piyue.ui.note_colors import NOTE_COLORS
from piyue.ui.note_editor import NoteEditor, SafePreview, parse_tags
from piyue.ui.notes_model import NOTE_ROLE
from piyue.ui.settings import UiState


@pytest.fixture
def window(library_window):
    """A shown window with a library and a copy of the sample open; notes go through the real editor."""
    library_window.activateWindow()
    return library_window


def _select(window, text: str, nth: int = 0) -> tuple[int, int]:
    """Select the ``nth`` occurrence of ``text`` in the reading pane (as a drag would)."""
    start = -1
    for _ in range(nth + 1):
        start = window.document.text.index(text, start + 1)
    view = window.reading_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_map.to_qt(start))
    cursor.setPosition(view.position_map.to_qt(start + len(text)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    return start, start + len(text)


def _background_at(window, offset: int):
    cursor = QTextCursor(window.reading_view.document())
    cursor.setPosition(window.reading_view.position_map.to_qt(offset) + 1)
    return cursor.charFormat().background().color()


def _press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


def _keyboard(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key presses, Chinese as an input method commits it."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def _editor(window, qtbot) -> NoteEditor:
    """The note editor the window opened (waits until it is shown)."""
    qtbot.waitUntil(lambda: window.notes.editor is not None and window.notes.editor.isVisible(), timeout=5000)
    editor = window.notes.editor
    assert isinstance(editor, NoteEditor)
    return editor


def _type(
    qtbot,
    editor: NoteEditor,
    body: str = "",
    tags: str = "",
    colour_steps: int = 0,
    status_steps: int = 0,
    replace: bool = False,
):
    """Type into the editor's real fields: body (lines; ``replace``: select all first), tags;
    step colour and status with the arrow keys."""
    if body:
        qtbot.mouseClick(editor.body_edit.viewport(), Qt.MouseButton.LeftButton)
        if replace:
            _press(qtbot, editor.body_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        lines = body.split("\n")
        for i, line in enumerate(lines):
            _keyboard(qtbot, editor.body_edit, line)
            if i < len(lines) - 1:
                _press(qtbot, editor.body_edit, Qt.Key.Key_Return)
    if tags:
        _keyboard(qtbot, editor.tags_edit, tags)
    for box, steps in ((editor.color_box, colour_steps), (editor.status_box, status_steps)):
        for _ in range(steps):
            _press(qtbot, box, Qt.Key.Key_Down)


def _save(qtbot, editor: NoteEditor) -> None:
    qtbot.mouseClick(editor.findChild(QPushButton, "noteSave"), Qt.MouseButton.LeftButton)


def _back_to(window, qtbot, widget) -> None:
    """Focus ``widget`` in the (re)activated main window, as after a dialog closed (offscreen has no WM)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()


def _add_by_hand(window, qtbot, text: str, body: str, **fields) -> tuple[int, int]:
    span = _select(window, text)
    _back_to(window, qtbot, window.reading_view)
    _press(qtbot, window.reading_view, Qt.Key.Key_N, CTRL_ALT)
    editor = _editor(window, qtbot)
    _type(qtbot, editor, body, **fields)
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: window.notes.editor is None, timeout=5000)
    return span


CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
CBD = "CBD全球商务区吸引力攀升至世界第六"


def test_note_on_selection_through_the_real_editor_is_stored_marked_listed_and_counted(window, library, qtbot):
    start, end = _select(window, CBD)
    assert window.notes.add_action.isEnabled()
    _press(qtbot, window.reading_view, Qt.Key.Key_N, CTRL_ALT)
    editor = _editor(window, qtbot)
    assert editor.isModal() and CBD in editor.findChild(QLabel, "noteQuote").text()
    _type(qtbot, editor, "**核对**排名来源\n- 第一条", tags="核数，来源", colour_steps=2, status_steps=2)
    assert "<b>核对</b>" in editor.preview.toHtml() or "font-weight:700" in editor.preview.toHtml()
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    stored = library.notes(window.notes.service.document_id)
    assert len(stored) == 1
    note = stored[0]
    assert (note.anchor.start, note.anchor.end, note.anchor.exact) == (start, end, CBD)
    assert note.body == "**核对**排名来源\n- 第一条"
    assert note.tags == ("来源", "核数") and note.status is NoteStatus.IN_DOUBT
    assert note.color == NOTE_COLORS[2][0]
    assert _background_at(window, start).name() == NOTE_COLORS[2][0]
    assert window.notes_panel.model.rowCount() == 1
    counts = [window.outline_model.note_count(window.outline_model.index(r, 2)) for r in range(2)]
    assert max(counts) == 1
    assert window.notes.undo_action.isEnabled()
    # the card shows the Markdown rendered, not its markup
    delegate = window.notes_panel.list.itemDelegate()
    card = delegate.body_document(note, window.notes_panel.font(), 240, QColor("black"))
    assert card.toPlainText().startswith("核对排名来源") and "**" not in card.toPlainText()
    assert "font-weight:700" in card.toHtml() and "第一条" in card.toPlainText()


def test_a_card_shows_hostile_markup_as_text(window, qtbot):
    from piyue.core.anchoring import Note, find_quote

    note = Note(
        id="x",
        document_id=1,
        body="<script>alert(1)</script> [x](javascript:alert(1))",
        anchor=find_quote(window.document, CBD),
    )
    delegate = window.notes_panel.list.itemDelegate()
    card = delegate.body_document(note, window.notes_panel.font(), 240, QColor("black"))
    assert card.toPlainText() == note.body  # shown as typed: nothing runs, nothing links
    assert "href" not in card.toHtml()


def test_a_failed_save_keeps_the_dialog_open_with_the_text_and_records_no_undo_step(
    window, library, qtbot, monkeypatch
):
    def broken(*_args, **_kwargs):
        raise StorageError("database is locked")

    monkeypatch.setattr(library, "add_note", broken)
    _select(window, CBD)
    _press(qtbot, window.reading_view, Qt.Key.Key_N, CTRL_ALT)
    editor = _editor(window, qtbot)
    _type(qtbot, editor, "不能丢的意见", tags="核数")
    _save(qtbot, editor)
    assert editor.isVisible() and window.notes.editor is editor
    error = editor.findChild(QLabel, "noteError")
    assert error.isVisible() and "database is locked" in error.text()
    assert editor.body_edit.toPlainText() == "不能丢的意见" and editor.tags_edit.text() == "核数"
    assert not window.notes.undo_action.isEnabled() and window.notes.service.undo_stack.count() == 0
    monkeypatch.undo()  # the database works again: the same dialog saves what was typed
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    assert [n.body for n in library.notes(window.notes.service.document_id)] == ["不能丢的意见"]


def test_cancel_stores_nothing(window, library, qtbot):
    _select(window, CBD)
    _press(qtbot, window.reading_view, Qt.Key.Key_N, CTRL_ALT)
    editor = _editor(window, qtbot)
    _type(qtbot, editor, "算了")
    qtbot.mouseClick(editor.findChild(QPushButton, "noteCancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    assert library.notes(window.notes.service.document_id) == []
    assert not window.notes.undo_action.isEnabled()


def test_note_on_section_with_the_shortcut(window, library, qtbot):
    section = next(s for s in window.document.walk() if s.title == "培育壮大特色产业")
    window.reading_view.scroll_to_offset(section.start, flash=False)
    window.reading_view.setFocus()
    _press(qtbot, window.reading_view, Qt.Key.Key_S, CTRL_ALT)
    editor = _editor(window, qtbot)
    assert "培育壮大特色产业" in editor.findChild(QLabel, "noteQuote").text()
    _type(qtbot, editor, "整节需要补充数据", status_steps=1)
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    [note] = library.notes(window.notes.service.document_id)
    assert note.is_section_note and note.anchor.exact == "培育壮大特色产业"
    assert note.body == "整节需要补充数据" and note.status is NoteStatus.CHECKED


def _select_card(window, qtbot, row: int = 0) -> None:
    view = window.notes_panel.list
    qtbot.waitUntil(lambda: view.model().rowCount() > row)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_edit_delete_undo_redo_through_the_panel_and_shortcuts(window, library, qtbot):
    start, _end = _add_by_hand(window, qtbot, CBD, "默认", tags="核数")
    service = window.notes.service
    [note] = library.notes(service.document_id)
    _select_card(window, qtbot)
    qtbot.mouseClick(window.notes_panel.findChild(QPushButton, "notesEdit"), Qt.MouseButton.LeftButton)
    editor = _editor(window, qtbot)
    assert editor.body_edit.toPlainText() == "默认" and editor.tags_edit.text() == "核数"
    _type(qtbot, editor, "改过的", colour_steps=1, status_steps=1, replace=True)
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    edited = library.note(note.id)
    assert (edited.body, edited.status, edited.color) == ("改过的", NoteStatus.CHECKED, NOTE_COLORS[1][0])
    qtbot.waitUntil(lambda: _background_at(window, start).name() == NOTE_COLORS[1][0])

    view = window.reading_view
    _back_to(window, qtbot, view)
    _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the edit
    assert library.note(note.id).body == "默认"
    _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert library.note(note.id).body == "改过的"

    _select_card(window, qtbot)
    qtbot.mouseClick(window.notes_panel.findChild(QPushButton, "notesDelete"), Qt.MouseButton.LeftButton)
    assert library.notes(service.document_id) == []
    assert _background_at(window, start).name() != NOTE_COLORS[1][0]
    _back_to(window, qtbot, view)
    _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the delete
    restored = library.note(note.id)
    assert restored.body == "改过的" and restored.anchor == note.anchor
    _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the edit
    _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the add
    assert library.notes(service.document_id) == []
    assert not window.notes.undo_action.isEnabled()


def test_double_click_on_a_card_edits_and_a_failed_edit_keeps_the_dialog(window, library, qtbot, monkeypatch):
    _add_by_hand(window, qtbot, CBD, "第一稿")
    view = window.notes_panel.list
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's first
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = _editor(window, qtbot)
    steps = window.notes.service.undo_stack.count()

    def broken(*_args, **_kwargs):
        raise StorageError("disk full")

    monkeypatch.setattr(library, "edit_note", broken)
    _type(qtbot, editor, "，补充")
    _save(qtbot, editor)
    assert editor.isVisible() and "disk full" in editor.findChild(QLabel, "noteError").text()
    assert editor.body_edit.toPlainText() == "第一稿，补充"
    assert window.notes.service.undo_stack.count() == steps


def test_section_note_and_revision_orphans_and_changes(window, library, qtbot):
    section = next(s for s in window.document.walk() if s.title == "培育壮大特色产业")
    window.notes.add_note_on_section(section)
    editor = _editor(window, qtbot)
    _type(qtbot, editor, "节")
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    _add_by_hand(window, qtbot, "温榆河公园荣获“绿色奥斯卡”金奖及特别奖", "奖")
    _add_by_hand(window, qtbot, "金融业前三季度增加值增长14.3%", "数")
    text = window.document.text
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
    assert "Re-attach" in window.statusBar().currentMessage()  # the way out the panel offers, not only delete


def test_editor_statuses_and_colours_are_plain_values(qtbot):
    editor = NoteEditor("引文", color="#123456", status=NoteStatus.IN_DOUBT)
    qtbot.addWidget(editor)
    values = editor.values()
    assert values.status is NoteStatus.IN_DOUBT and type(values.status) is NoteStatus
    assert values.color == "#123456"  # a colour from an import is kept
    for index in range(editor.status_box.count()):
        assert editor.status_box.itemData(index) is None  # nothing rides on item data


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
    with qtbot.waitSignal(win.documentOpened, timeout=15000):
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
    document = import_report(library, Path("resources/samples/chaoyang-2026.md")).document
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
        library_restorer=lambda: restore_newest_backup(str(db)),
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.documentOpened, timeout=20000):
        window.open_path(window._sample)
    assert "recovery" in window.session.open_error
    assert list((tmp_path / "recovery").iterdir())  # moved aside, never overwritten
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "libraryErrorDialog") is not None)
    box = window.findChild(QMessageBox, "libraryErrorDialog")
    assert [b for b in box.buttons() if b.objectName() == "restoreBackupButton"]
    assert window.notes.restore_backup()
    assert window.notes.service.available
    assert window.notes.library.documents()[0].id == document.id
    window.notes.library.close()


def test_your_name_from_preferences_signs_notes_shown_on_cards_and_filterable(window, library, qtbot, monkeypatch):
    from piyue.ui.preferences_dialog import PreferencesDialog

    monkeypatch.delenv("PIYUE_AUTHOR", raising=False)
    dialog = PreferencesDialog(Preferences(), window)
    qtbot.addWidget(dialog)
    _keyboard(qtbot, dialog.findChild(QLineEdit, "authorNameEdit"), "王芳")
    window.apply_preferences(dialog.preferences())
    _add_by_hand(window, qtbot, CBD, "第一条")
    window.apply_preferences(Preferences(author_name="Li Hua"))
    _add_by_hand(window, qtbot, "金融业前三季度增加值增长14.3%", "第二条")
    notes = library.notes(window.notes.service.document_id)
    assert sorted(n.author for n in notes) == ["Li Hua", "王芳"]
    panel = window.notes_panel
    assert panel.author_filter.isVisible() and panel.author_filter.count() == 3
    panel.author_filter.setFocus()
    qtbot.keyClick(panel.author_filter, Qt.Key.Key_Down)  # the first author
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, 0).data(NOTE_ROLE).author == "Li Hua"
    assert "Li Hua" in panel.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def _revise_with_orphan_and_change(window, qtbot):
    orphan_quote = "温榆河公园荣获“绿色奥斯卡”金奖及特别奖"
    _add_by_hand(window, qtbot, orphan_quote, "奖项核实")
    _add_by_hand(window, qtbot, "金融业前三季度增加值增长14.3%", "增速核实")
    revised = window.document.text.replace("金融业前三季度增加值增长14.3%", "金融业前三季度增加值增长14.5%", 1)
    revised = revised.replace(orphan_quote, "温榆河公园获评国际奖项")
    window.report_path.write_text(revised, "utf-8")
    assert window.open_path_now(window.report_path)
    notes = {n.body: n for n in window.notes.service.notes}
    assert notes["奖项核实"].state is AnchorState.ORPHANED and notes["增速核实"].state is AnchorState.CHANGED
    return notes


def _select_note_card(window, qtbot, note_id: str) -> None:
    panel = window.notes_panel
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(note_id))).row()
    _select_card(window, qtbot, row)


def test_an_orphaned_note_is_reattached_to_a_new_selection_and_undo_puts_it_back(window, library, qtbot):
    notes = _revise_with_orphan_and_change(window, qtbot)
    orphan = notes["奖项核实"]
    _select_note_card(window, qtbot, orphan.id)
    panel = window.notes_panel
    assert panel.review_bar.isVisible() and panel.reattach_button.isVisible()
    assert "no longer in the text" in panel.review_label.text()
    start, end = _select(window, "温榆河公园获评国际奖项")
    qtbot.mouseClick(panel.findChild(QPushButton, "notesReattach"), Qt.MouseButton.LeftButton)
    stored = library.note(orphan.id)
    assert stored.state is AnchorState.ANCHORED and (stored.anchor.start, stored.anchor.end) == (start, end)
    assert stored.prior_quote == orphan.anchor.exact  # its history
    assert _background_at(window, start).name() == stored.color
    _back_to(window, qtbot, window.reading_view)
    _press(qtbot, window.reading_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = library.note(orphan.id)
    assert undone.state is AnchorState.ORPHANED and undone.anchor == orphan.anchor and undone.prior_quote is None
    # its anchor refers to the old text again: a later version re-anchors it from there
    window.report_path.write_text("前言。\n\n" + window.document.text, "utf-8")
    assert window.open_path_now(window.report_path)
    assert window.notes.service.note(orphan.id).state is AnchorState.ORPHANED


def test_reattach_without_a_selection_says_what_to_do(window, library, qtbot):
    orphan = _revise_with_orphan_and_change(window, qtbot)["奖项核实"]
    window.reading_view.textCursor().clearSelection()
    cursor = window.reading_view.textCursor()
    cursor.clearSelection()
    window.reading_view.setTextCursor(cursor)
    _select_note_card(window, qtbot, orphan.id)
    qtbot.mouseClick(window.notes_panel.findChild(QPushButton, "notesReattach"), Qt.MouseButton.LeftButton)
    assert "Select the passage" in window.statusBar().currentMessage()
    assert library.note(orphan.id).state is AnchorState.ORPHANED


def test_a_changed_note_is_marked_reviewed_keeping_its_old_text_and_undo_flags_it_again(window, library, qtbot):
    changed = _revise_with_orphan_and_change(window, qtbot)["增速核实"]
    _select_note_card(window, qtbot, changed.id)
    panel = window.notes_panel
    assert panel.reviewed_button.isVisible() and not panel.reattach_button.isVisible()
    assert "14.3%" in panel.review_label.text() and "14.5%" in panel.review_label.text()
    qtbot.mouseClick(panel.findChild(QPushButton, "notesReviewed"), Qt.MouseButton.LeftButton)
    reviewed = library.note(changed.id)
    assert reviewed.state is AnchorState.ANCHORED and reviewed.prior_quote == "金融业前三季度增加值增长14.3%"
    assert reviewed.anchor == changed.anchor
    assert "14.3%" in panel.model.data(panel.model.index(panel.model.row_of(changed.id)), Qt.ItemDataRole.ToolTipRole)
    _back_to(window, qtbot, window.reading_view)
    _press(qtbot, window.reading_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.note(changed.id).state is AnchorState.CHANGED
    _press(qtbot, window.reading_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert library.note(changed.id).state is AnchorState.ANCHORED


def test_a_backup_that_cannot_be_made_at_start_is_said_and_notes_still_work(qtbot, tmp_path):
    from piyue.app import open_library
    from piyue.ui.settings import UiState

    db = tmp_path / "notes.sqlite3"
    library, _ = open_library(str(db))
    assert library is not None
    import_report(library, Path("resources/samples/chaoyang-2026.md"))
    library.close()
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    (tmp_path / "backups").write_text("a file where the backups folder should be", encoding="utf-8")

    create_application()
    window = build_window(
        UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)),
        Preferences(),
        library_opener=lambda: open_library(str(db)),
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.documentOpened, timeout=20000):
        window.open_path(window._sample)
    qtbot.waitUntil(lambda: "backup" in window.statusBar().currentMessage(), timeout=10000)
    assert window.notes.service.available and window.notes_panel.add_button.isVisible()
    assert window.session.open_error == ""
    window.loader.wait(10000)
    window.notes.library.close()


# ----------------------------------------------------------------- incremental updates (issue 13)
def _shown(window) -> list:
    """The notes the panel's model holds, in its order."""
    model = window.notes_panel.model
    return [model.note(row) for row in range(model.rowCount())]


def test_changes_update_one_note_in_memory_and_the_panel_equals_a_fresh_load(window, library, qtbot, monkeypatch):
    """Adding, editing, deleting, undoing and redoing through the real editor, panel and shortcuts never reads
    every note again; afterwards the list, the panel and the marked passages equal a fresh load."""
    from piyue.ui.notes_model import review_order

    service = window.notes.service
    reads: list[int] = []
    listing = type(library).notes
    monkeypatch.setattr(type(library), "notes", lambda self, *a, **k: reads.append(1) or listing(self, *a, **k))
    _add_by_hand(window, qtbot, CBD, "第一条", tags="核数")
    _add_by_hand(window, qtbot, "金融业前三季度增加值增长14.3%", "第二条", tags="增速, 核数")
    start, _ = _add_by_hand(window, qtbot, "温榆河公园荣获“绿色奥斯卡”金奖及特别奖", "第三条")
    first = next(n for n in service.notes if n.body == "第一条")
    _select_note_card(window, qtbot, first.id)
    qtbot.mouseClick(window.notes_panel.findChild(QPushButton, "notesEdit"), Qt.MouseButton.LeftButton)
    editor = _editor(window, qtbot)
    _type(qtbot, editor, "改过的\n第二行\n第三行", tags=", 新标签", colour_steps=2, status_steps=2, replace=True)
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: window.notes.editor is None)
    third = next(n for n in service.notes if n.body == "第三条")
    _select_note_card(window, qtbot, third.id)
    qtbot.mouseClick(window.notes_panel.findChild(QPushButton, "notesDelete"), Qt.MouseButton.LeftButton)
    view = window.reading_view
    _back_to(window, qtbot, view)
    undo = Qt.KeyboardModifier.ControlModifier
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for modifiers in (undo, undo, redo, undo, redo, redo, undo):  # delete ↔ restore, edit ↔ its undo
        _press(qtbot, view, Qt.Key.Key_Z, modifiers)
    assert reads == []  # no change read every note again
    fresh = listing(library, service.document_id)
    assert sorted(n.body for n in fresh) == ["改过的\n第二行\n第三行", "第三条", "第二条"]  # the third is back
    assert service.notes == fresh
    assert _shown(window) == review_order(fresh)
    assert window.notes_panel.proxy.rowCount() == 3 and window.notes_panel.count_label.text() == "3"
    tags = [window.notes_panel.tag_filter.itemData(i) for i in range(window.notes_panel.tag_filter.count())]
    assert tags == [None, "增速", "新标签", "核数"]
    assert _background_at(window, start).name() == next(n.color for n in fresh if n.body == "第三条")
    assert sorted(n.id for n in view._notes) == sorted(n.id for n in fresh)


def test_an_edited_card_is_measured_again_and_the_others_keep_their_rows_and_selection(window, library, qtbot):
    """A recoloured card is repainted alone; one whose body grew pushes the cards below it down (the list's
    layout, not only the card's own measure); the other rows are kept, with the selection."""
    _add_by_hand(window, qtbot, CBD, "一行")
    _add_by_hand(window, qtbot, "金融业前三季度增加值增长14.3%", "另一行")
    panel, service = window.notes_panel, window.notes.service
    window.notes_dock.show()
    window.notes_dock.raise_()
    first, second = panel.proxy.index(0, 0), panel.proxy.index(1, 0)
    one, other = first.data(NOTE_ROLE), second.data(NOTE_ROLE)
    _select_note_card(window, qtbot, other.id)
    kept = QPersistentModelIndex(panel.model.index(panel.model.row_of(other.id)))
    below = panel.list.visualRect(second).top()
    assert service.edit(one.id, body=one.body, color=NOTE_COLORS[2][0], tags=one.tags, status=one.status)
    QApplication.processEvents()
    assert panel.list.visualRect(second).top() == below  # same height: nothing moved
    assert service.edit(one.id, body="一行\n\n- 两行\n- 三行", color=one.color, tags=one.tags, status=one.status)
    for _ in range(3):
        QApplication.processEvents()
    assert panel.list.visualRect(second).top() > below  # the card grew and pushed the next one down
    assert kept.isValid() and kept.data(NOTE_ROLE).id == other.id  # the other row was not rebuilt
    assert panel.current_note() is not None and panel.current_note().id == other.id
    assert service.delete(one.id)
    assert kept.isValid() and panel.model.rowCount() == 1 and panel.current_note().id == other.id


def test_a_failed_change_reads_the_notes_again(window, library, qtbot, monkeypatch):
    """After a refused edit the list is read from the library: what is shown is what is stored."""
    _add_by_hand(window, qtbot, CBD, "原文")
    service = window.notes.service
    [note] = service.notes
    library.edit_note(note.id, body="别处改的")  # as another window would
    assert not service.edit(note.id, body="我的", color=note.color, tags=(), status=note.status, expected_version=1)
    assert [n.body for n in service.notes] == ["别处改的"] and _shown(window)[0].body == "别处改的"
