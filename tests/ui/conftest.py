"""Fixtures shared by the GUI tests: settings of the test's own and a window with the sample open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from piyue.app import build_window, create_application
from piyue.preferences import Preferences
from piyue.ui.settings import UiState


@pytest.fixture
def state(tmp_path: Path) -> UiState:
    """UI state in a settings file of this test's own."""
    return UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def open_window(qtbot, state):
    """Build, show and open a main window: ``open_window(library=None, path=None, size=(1300, 850))``
    (default preferences; the sample when no path is given)."""

    def make(library=None, path: Path | None = None, size: tuple[int, int] = (1300, 850)):
        create_application()
        win = build_window(state, Preferences(), library)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        assert win.open_path_now(path or win._sample)
        return win

    return make


@pytest.fixture
def window(open_window):
    """A shown main window (default preferences, no database) with the sample open."""
    return open_window()


@pytest.fixture
def library(tmp_path: Path):
    """A notes database of this test's own (no backups)."""
    from piyue.storage.library import Library

    lib = Library.open(tmp_path / "notes.sqlite3", backups=False)
    yield lib
    lib.close()


@pytest.fixture
def library_window(open_window, tmp_path, library):
    """A shown window with a library and a copy of the sample open (``window.report_path``), no notes yet."""
    report = tmp_path / "report.md"
    report.write_text(
        (Path(__file__).resolve().parents[2] / "resources/samples/chaoyang-2026.md").read_text("utf-8"), "utf-8"
    )
    win = open_window(library, report)
    win.report_path = report
    return win
