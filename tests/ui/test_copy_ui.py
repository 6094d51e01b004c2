"""Copying from the reading pane: plain text only; Copy with Citation adds report, section and page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

PASSAGE = "GDP达到近万亿元规模，地方级收入、社零额均约占全市五分之一"  # holds highlighted figures


def _select(window, text: str) -> None:
    start = window.document.text.index(text)
    view = window.reading_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_map.to_qt(start))
    cursor.setPosition(view.position_map.to_qt(start + len(text)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.activateWindow()
    view.setFocus()


def test_copy_is_plain_text_without_highlight_styling(window, qtbot):
    _select(window, PASSAGE)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.reading_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == PASSAGE
    assert not mime.hasHtml() and mime.formats() == ["text/plain"]


def test_copy_with_citation_by_its_shortcut(window, qtbot):
    _select(window, PASSAGE)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.reading_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    text = QGuiApplication.clipboard().text()
    assert text == f"“{PASSAGE}”\n——《{window.document.title}》，我们系统施策稳经济压紧压实"
    assert not QGuiApplication.clipboard().mimeData().hasHtml()


def test_copy_with_citation_needs_a_selection(window):
    cursor = window.reading_view.textCursor()
    cursor.clearSelection()
    window.reading_view.setTextCursor(cursor)
    assert window.notes.copy_with_citation() == ""
    assert "Select a passage" in window.statusBar().currentMessage()
