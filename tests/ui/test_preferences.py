"""Preferences: stored typed and validated; the dialog edits them; the window applies them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor

from piyue.app import build_window, create_application
from piyue.preferences import Preferences, load_preferences, save_preferences
from piyue.ui.preferences_dialog import PreferencesDialog
from piyue.ui.settings import UiState
from piyue.ui.themes import apply_theme


def test_round_trip_and_validation(tmp_path: Path):
    path = tmp_path / "prefs.json"
    assert load_preferences(path) == Preferences()  # no file: defaults
    chosen = Preferences(theme="dark", reading_font_size=15.0, highlighted_kinds=["percent"], backup_interval_minutes=5)
    save_preferences(chosen, path)
    assert load_preferences(path) == chosen
    path.write_text(json.dumps({"theme": "neon", "reading_font_size": 500, "highlighted_kinds": "all", "x": 1}))
    assert load_preferences(path) == Preferences()
    path.write_text("{not json")
    assert load_preferences(path) == Preferences()


def test_dialog_edits_a_copy(qtbot):
    create_application()
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.kind_checks["rank"].setChecked(False)
    dialog.font_size.setValue(14)
    result = dialog.preferences()
    assert result.theme == "dark" and result.reading_font_size == 14.0
    assert "rank" not in result.highlighted_kinds and "percent" in result.highlighted_kinds


@pytest.fixture
def window(qtbot, tmp_path):
    create_application()
    win = build_window(UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)), Preferences())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path_now(win._sample)
    yield win
    apply_theme("light")


def _underlined(window, offset: int) -> bool:
    cursor = QTextCursor(window.reading_view.document())
    cursor.setPosition(window.reading_view.position_map.to_qt(offset) + 1)
    return cursor.charFormat().underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline


def test_window_applies_theme_font_and_kinds(window, qtbot):
    rank = next(m for m in window.session.metrics if m.kind == "rank")
    percent = next(m for m in window.session.metrics if m.kind == "percent")
    assert _underlined(window, rank.start)
    window.apply_preferences(Preferences(theme="dark", reading_font_size=16.0, highlighted_kinds=["percent"]))
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 128)
    qtbot.waitUntil(lambda: window.reading_view.viewport().palette().color(QPalette.ColorRole.Base).lightness() < 80)
    assert window.reading_view.viewport().palette().color(QPalette.ColorRole.Base).lightness() < 80
    assert window.reading_view.document().defaultFont().pointSizeF() == pytest.approx(16.0)
    assert not _underlined(window, rank.start)
    assert _underlined(window, percent.start)


def test_dark_screenshot(tmp_path):
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "dark.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PIYUE_DB=str(tmp_path / "shot.sqlite3"))
    result = subprocess.run(
        [sys.executable, "-m", "piyue", "--screenshot", str(out), "--theme", "dark", "--size", "1200x800"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() == 1200
    # The reading pane (centre of the window) is dark.
    assert image.pixelColor(600, 780).lightness() < 80


def test_library_given_with_db_is_named_in_the_dialog(window, qtbot, monkeypatch):
    """Started with --db (or PIYUE_DB), the window says which library it uses, password masked; the
    Library choice is explained as applying to starts without them."""
    from PySide6.QtWidgets import QLabel

    seen: list[PreferencesDialog] = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: seen.append(self) or 0)
    window.session.library_override = "postgresql://reviewer:secret@db.example:5432/piyue"
    window.show_preferences()
    text = seen[0].findChild(QLabel, "connectionTestResult").text()
    assert "postgresql://reviewer:***@db.example:5432/piyue" in text and "--db" in text
    assert "secret" not in text
    window.session.library_override = ""
    window.show_preferences()
    assert "--db" not in seen[1].findChild(QLabel, "connectionTestResult").text()
