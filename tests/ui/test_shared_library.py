"""The window on a shared PostgreSQL library: others' notes appear live (LISTEN/NOTIFY), and while the server is
away a banner says so and a note being written stays in its editor until it can be saved (real widgets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from piyue.app import build_window, create_application
from piyue.core.anchoring import anchor_span
from piyue.preferences import Preferences
from piyue.storage.library import Library

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"


@pytest.fixture
def shared_window(qtbot, tmp_path, state, postgres_url):
    """A shown window on a library in a PostgreSQL database, with a copy of the sample open."""
    create_application()
    report = tmp_path / "report.md"
    report.write_text(SAMPLE.read_text("utf-8"), "utf-8")
    library = Library.open(postgres_url)
    win = build_window(state, Preferences(), library)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path_now(report)
    qtbot.waitUntil(lambda: win.notes.service.document_id is not None, timeout=10000)
    win.live_updates.check()  # starts listening
    qtbot.waitUntil(lambda: library._watcher is not None and library._watcher._connection is not None, timeout=10000)
    yield win
    library.close()


def test_a_colleagues_note_appears_live(shared_window, postgres_url, qtbot):
    window = shared_window
    with Library.open(postgres_url) as colleague:
        document = window.document
        start = document.text.index("增长14.3%")
        colleague.add_note(window.notes.service.document_id, anchor_span(document, start, start + 7), "同事的批注",
                           author="李审校")  # fmt: skip
    with qtbot.waitSignal(window.live_updates.refreshed, timeout=10000):
        pass  # the window's timer delivers the notification
    assert [(n.body, n.author) for n in window.notes.service.notes] == [("同事的批注", "李审校")]
    assert window.notes_panel.model.rowCount() == 1


def test_server_away_banner_and_the_note_kept_in_its_editor(shared_window, postgres_cluster, qtbot):
    window = shared_window
    start = window.document.text.index("增长14.3%")
    view = window.reading_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_map.to_qt(start))
    cursor.setPosition(view.position_map.to_qt(start + 7), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    postgres_cluster.stop()
    try:
        window.notes.add_action.trigger()
        qtbot.waitUntil(lambda: window.notes.editor is not None and window.notes.editor.isVisible(), timeout=5000)
        editor = window.notes.editor
        qtbot.mouseClick(editor.body_edit.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor.body_edit, "written while the server is away")
        save = editor.findChild(QPushButton, "noteSave")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert editor.isVisible() and "cannot use the database server" in editor.error_label.text()
        assert editor.body_edit.toPlainText() == "written while the server is away"  # kept
        banner = window.server_banner
        assert banner.isVisible() and "Notes cannot be saved until it is back" in banner.label.text()
        assert "s3cret-Test" not in banner.label.text() and "s3cret-Test" not in editor.error_label.text()
    finally:
        postgres_cluster.start()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # the server is back: the same Save stores it
    qtbot.waitUntil(lambda: window.notes.editor is None, timeout=10000)
    assert [n.body for n in window.notes.service.notes] == ["written while the server is away"]
    qtbot.waitUntil(lambda: (window.live_updates.check() or True) and not window.server_banner.isVisible(),
                    timeout=20000)  # fmt: skip


def test_preferences_shared_library_with_a_connection_test(qtbot, postgres_url, tmp_path, monkeypatch):
    from piyue.app import open_library
    from piyue.preferences import load_preferences, save_preferences
    from piyue.ui.preferences_dialog import PreferencesDialog

    create_application()
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.shared_url.isEnabled()
    qtbot.keyClick(dialog.library_kind, Qt.Key.Key_Down)  # "Shared library on a PostgreSQL server"
    assert dialog.shared_url.isEnabled()
    wrong = postgres_url.replace("s3cret-Test", "wrong-pass")
    qtbot.keyClicks(dialog.shared_url, wrong)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Not connected"), timeout=15000)
    assert "password authentication failed" in dialog.test_result.text()
    assert "wrong-pass" not in dialog.test_result.text() and "***" in dialog.test_result.text()
    dialog.shared_url.clear()
    qtbot.keyClicks(dialog.shared_url, postgres_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Connected"), timeout=15000)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    chosen = dialog.preferences()
    assert chosen.shared_library == postgres_url
    monkeypatch.setenv("PIYUE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("PIYUE_DB", raising=False)
    save_preferences(chosen)
    assert load_preferences().shared_library == postgres_url
    library, error = open_library(None)  # the next start opens the shared library
    assert error == "" and library is not None
    assert library.url == postgres_url and "***" in library.location
    library.close()
