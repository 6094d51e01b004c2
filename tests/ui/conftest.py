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
def window(qtbot, state):
    """A shown main window (default preferences, no database) with the sample open."""
    create_application()
    win = build_window(state, Preferences())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path_now(win._sample)
    return win
