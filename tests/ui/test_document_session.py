"""The document session: its signals, in order; switching documents drops every piece of per-document
state; the library opened on a worker is announced on the UI thread; and, through the real window, a note
added in the editor stays with its report when another report is shown and comes back with it."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from piyue.app import create_application
from piyue.core.anchoring import anchor_span
from piyue.core.readers import read_document
from piyue.services.importing import import_report
from piyue.ui.session import DocumentSession

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/chaoyang-2026.md"
CBD = "CBD全球商务区吸引力攀升至世界第六"


def _record(session: DocumentSession) -> list[str]:
    events: list[str] = []
    session.documentCleared.connect(lambda: events.append("cleared"))
    session.documentChanged.connect(lambda doc: events.append(f"document:{doc.title}"))
    session.analysisChanged.connect(lambda analysis: events.append(f"analysis:{len(analysis.metrics)}"))
    session.notesChanged.connect(lambda: events.append(f"notes:{len(session.notes.notes)}"))
    session.libraryOpened.connect(lambda: events.append("library"))
    return events


def test_switching_documents_clears_analysis_and_notes_before_the_new_one_is_announced(qtbot, library, tmp_path):
    create_application()
    session = DocumentSession(library)
    first = read_document(SAMPLE)
    stored = import_report(library, SAMPLE).document
    library.add_note(stored.id, anchor_span(first, 10, 20), "旧批注")
    events = _record(session)

    with qtbot.waitSignal(session.documentChanged) as shown:
        session.show(first)
    assert shown.args == [first]
    session.set_analysis([], [])
    session.set_stored(stored.id)
    assert [n.body for n in session.notes.notes] == ["旧批注"] and session.notes.available
    session.notes.add(anchor_span(first, 30, 40), "可撤销")
    assert session.notes.undo_stack.count() == 1

    other_path = tmp_path / "other.md"
    other_path.write_text("# 另一份报告\n\n正文。\n", "utf-8")
    other = read_document(other_path)
    del events[:]
    with qtbot.waitSignals([session.documentCleared, session.documentChanged], order="strict"):
        session.show(other)
    assert events == ["notes:0", "cleared", "document:另一份报告"]  # cleared first, then the new one
    assert session.document is other
    assert session.metrics == [] and session.findings == [] and session.notes.notes == []
    assert session.notes.document_id is None and session.notes.undo_stack.count() == 0


def test_showing_the_same_document_again_keeps_its_state(qtbot, library):
    create_application()
    session = DocumentSession(library)
    document = read_document(SAMPLE)
    session.show(document)
    metrics = read_metrics(document)
    session.set_analysis(metrics, [])
    events = _record(session)
    with qtbot.waitSignal(session.documentChanged):
        session.show(document)
    assert events == [f"document:{document.title}"]
    assert len(session.metrics) == len(metrics)


def read_metrics(document):
    from piyue.services.analysis import analyse

    return list(analyse(document).metrics)


def test_analysis_changed_carries_the_analysis(qtbot):
    create_application()
    session = DocumentSession()
    document = read_document(SAMPLE)
    session.show(document)
    metrics = read_metrics(document)
    with qtbot.waitSignal(session.analysisChanged) as changed:
        session.set_analysis(metrics, [])
    assert changed.args[0].metrics == tuple(metrics) and session.metrics == metrics


def test_a_library_opened_on_a_worker_is_announced_once_on_the_ui_thread(qtbot, tmp_path):
    from piyue.storage.library import Library

    create_application()
    opened: list[Library] = []

    def opener():
        opened.append(Library.open(tmp_path / "notes.sqlite3", backups=False))
        return opened[-1], ""

    session = DocumentSession(opener=opener)
    assert session.opens_library and session.library is None
    threads: list[bool] = []
    session.libraryOpened.connect(lambda: threads.append(QThread.currentThread() is session.thread()))
    results: list[object] = []
    with qtbot.waitSignal(session.libraryOpened, timeout=10000):
        worker = threading.Thread(target=lambda: results.append(session.ensure_library()))
        worker.start()
        worker.join()
    try:
        assert results == [opened[0]] and session.library is opened[0] and session.notes.library is opened[0]
        assert session.ensure_library() is opened[0] and len(opened) == 1  # opened once
        qtbot.wait(50)
        assert threads == [True]  # once, on the session's thread
    finally:
        opened[0].close()


def test_a_library_that_cannot_be_opened_says_why_and_announces_nothing(qtbot):
    create_application()
    session = DocumentSession(opener=lambda: (None, "disk full"))
    events = _record(session)
    assert session.ensure_library() is None
    qtbot.wait(20)
    assert session.open_error == "disk full" and events == [] and not session.notes.available


def test_restoring_a_backup_opens_the_library(qtbot, tmp_path):
    from piyue.storage.library import Library

    create_application()
    restored = Library.open(tmp_path / "restored.sqlite3", backups=False)
    session = DocumentSession(opener=lambda: (None, "moved to recovery"), restorer=lambda: (restored, ""))
    session.ensure_library()
    assert session.can_restore and session.open_error
    try:
        with qtbot.waitSignal(session.libraryOpened):
            assert session.restore_backup() == ""
        assert session.library is restored and session.open_error == ""
    finally:
        restored.close()


# ----------------------------------------------------------------- through the real window
def _select(window, text: str) -> int:
    start = window.document.text.index(text)
    view = window.reading_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_map.to_qt(start))
    cursor.setPosition(view.position_map.to_qt(start + len(text)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return start


def _colour_at(window, offset: int) -> str:
    cursor = QTextCursor(window.reading_view.document())
    cursor.setPosition(window.reading_view.position_map.to_qt(offset) + 1)
    return cursor.charFormat().background().color().name()


def _type_chinese(widget, text: str) -> None:
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        event = QInputMethodEvent()
        event.setCommitString(run)
        QApplication.sendEvent(widget, event)


def test_a_note_stays_with_its_report_when_switching_and_back(library_window, library, qtbot, tmp_path):
    win = library_window
    win.activateWindow()
    start = _select(win, CBD)
    win.reading_view.setFocus()
    qtbot.keyClick(
        win.reading_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: win.notes.editor is not None and win.notes.editor.isVisible(), timeout=5000)
    editor = win.notes.editor
    assert editor is not None
    qtbot.mouseClick(editor.body_edit.viewport(), Qt.MouseButton.LeftButton)
    _type_chinese(editor.body_edit, "核对排名来源")
    qtbot.keyClick(editor.color_box, Qt.Key.Key_Down)
    qtbot.keyClick(editor.color_box, Qt.Key.Key_Down)
    qtbot.mouseClick(editor.findChild(QPushButton, "noteSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.notes.editor is None, timeout=5000)
    [note] = library.notes(win.session.notes.document_id)
    colour = note.color
    assert _colour_at(win, start) == colour and win.notes_panel.model.rowCount() == 1

    other = tmp_path / "other.md"  # the same text at the same offsets, another report
    other.write_text(SAMPLE.read_text("utf-8") + "\n附：另一份报告。\n", "utf-8")
    import_report(library, other)  # imported before: opened as itself, not asked about as a new version
    win.library_panel.show_keywords(["朝阳"], [])  # this report's key terms, as the search service gave them
    colours_when_shown: list[str] = []
    terms_when_shown: list[str] = []
    win.documentShown.connect(lambda _doc: colours_when_shown.append(_colour_at(win, start)))
    win.documentShown.connect(lambda _doc: terms_when_shown.append(win.library_panel.keywords_label.text()))
    with qtbot.waitSignal(win.documentOpened, timeout=15000):
        win.open_path(other)
    assert win.document.path == other
    assert colours_when_shown[-1] != colour and _colour_at(win, start) != colour  # not even for a moment
    assert win.reading_view.notes_at(start) == [] and win.notes_panel.model.rowCount() == 0
    assert terms_when_shown[-1] == ""  # not the previous report's key terms
    assert win.session.notes.available and win.session.notes.undo_stack.count() == 0  # its own, empty history

    win._fill_recent_menu()  # File → Open Recent → the first report
    back = next(a for a in win.recent_menu.actions() if a.text() == win.report_path.name)
    with qtbot.waitSignal(win.documentOpened, timeout=15000):
        QTimer.singleShot(0, back.trigger)
    assert win.document.path == win.report_path
    assert _colour_at(win, start) == colour
    assert [n.body for n in win.reading_view.notes_at(start)] == ["核对排名来源"]
    assert win.notes_panel.model.rowCount() == 1


def _open_editor_on(win, qtbot, text: str):
    win.activateWindow()
    _select(win, text)
    win.reading_view.setFocus()
    qtbot.keyClick(
        win.reading_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: win.notes.editor is not None and win.notes.editor.isVisible(), timeout=5000)
    return win.notes.editor


def test_a_note_begun_on_one_report_is_never_stored_on_the_report_opened_meanwhile(
    library_window, library, qtbot, tmp_path
):
    win = library_window
    first_id = win.session.notes.document_id
    editor = _open_editor_on(win, qtbot, CBD)
    qtbot.mouseClick(editor.body_edit.viewport(), Qt.MouseButton.LeftButton)
    _type_chinese(editor.body_edit, "核对排名")
    other = tmp_path / "other.md"
    other.write_text(SAMPLE.read_text("utf-8") + "\n附：另一份报告。\n", "utf-8")
    import_report(library, other)  # imported before: opened as itself, not asked about as a new version
    with qtbot.waitSignal(win.documentOpened, timeout=15000):
        win.bring_forward([str(other)])  # another `piyue other.md` handed its file to this window
    other_id = win.session.notes.document_id
    assert other_id not in (None, first_id)
    qtbot.mouseClick(editor.findChild(QPushButton, "noteSave"), Qt.MouseButton.LeftButton)
    assert win.notes.editor is editor and editor.isVisible()  # kept open, with what was typed
    assert editor.body_edit.toPlainText() == "核对排名"
    assert "another report" in editor.findChild(QLabel, "noteError").text()
    assert library.notes(other_id) == [] and library.notes(first_id) == []


def test_find_hits_and_the_selection_go_when_another_report_is_shown(library_window, library, qtbot, tmp_path):
    win = library_window
    win.activateWindow()
    _select(win, CBD)
    win.reading_view.setFocus()
    qtbot.keyClick(win.reading_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # seeded with the selection
    qtbot.waitUntil(win.find_bar.isVisible)
    assert win.finder.hits and win.reading_view.extraSelections()
    other = tmp_path / "other.md"
    other.write_text("# 另一份报告\n\n一、工作回顾\n\n今年的工作，CBD全球商务区吸引力攀升至世界第六。\n", "utf-8")
    import_report(library, other)
    with qtbot.waitSignal(win.documentOpened, timeout=15000):
        win.bring_forward([str(other)])
    assert win.document.path == other
    assert not win.find_bar.isVisible() and win.finder.hits == [] and win.finder.current == -1
    assert win.reading_view.extraSelections() == [] and win.reading_view.selected_span() is None
