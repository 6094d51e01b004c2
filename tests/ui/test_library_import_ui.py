"""Importing a folder into the library from the window: progress, and the progress dialog's Cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/chaoyang-2026.md"


def test_cancel_in_the_progress_dialog_stops_the_import_and_reports_what_was_imported(
    library_window, library, tmp_path, qtbot
):
    win = library_window
    panel = win.library_panel
    folder = tmp_path / "many"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    for i in range(40):
        (folder / f"r{i:02}.md").write_text(text + f"\n附{i}。\n", "utf-8")
    panel.wait()
    assert panel.import_paths([folder])
    qtbot.waitUntil(lambda: panel.findChild(QProgressDialog) is not None, timeout=20000)
    dialog = panel.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=20000)
    assert dialog.value() < 40
    qtbot.waitUntil(lambda: "r0" in dialog.labelText(), timeout=20000)  # progress reaches the dialog
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cancelled" in panel.status.text(), timeout=30000)
    assert panel.runner.wait(30000)
    qtbot.waitUntil(panel.runner.is_idle, timeout=10000)
    stored = len(library.documents())
    assert 1 <= stored < 41  # the window's report and the files imported before the stop
    assert f"Imported {stored - 1} reports." in panel.status.text()
