"""A bug never shows the user a traceback: one line (CLI) or a dialog (GUI), the traceback in the log."""

from __future__ import annotations

import sys

from piyue import cli
from piyue.cli import outline_cmd


def test_cli_bug_is_one_line_and_logged(monkeypatch, capsys, tmp_path, sample_path):
    monkeypatch.setenv("PIYUE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("PIYUE_DEBUG", raising=False)

    def boom(_args):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(outline_cmd, "run", boom)
    assert cli.main(["outline", str(sample_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (RuntimeError: kaboom)" in err and "Traceback" not in err
    assert "RuntimeError: kaboom" in (tmp_path / "piyue-errors.log").read_text("utf-8")


def test_gui_bug_shows_a_dialog(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from piyue.app import create_application, install_error_dialog

    monkeypatch.setenv("PIYUE_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    create_application()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    install_error_dialog()
    try:
        raise ValueError("broken slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "errorDialog"
    ]
    assert dialogs and "broken slot" in dialogs[0].text()
    for dialog in dialogs:
        dialog.close()
    assert "ValueError: broken slot" in (tmp_path / "piyue-errors.log").read_text("utf-8")
