"""Views shown before the library is open — a dock restored at start is built then — list the library once it
opens. A user saw "No library is open." in All Notes and "No library: reports are compared from the library."
in Compare for good, beside a library panel listing 189 reports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from piyue.app import build_window, create_application, open_library
from piyue.core.anchoring import find_quote
from piyue.preferences import Preferences
from piyue.services.importing import import_report
from piyue.storage.library import Library
from piyue.ui.settings import UiState

REPORT = "2026年甲省政府工作报告\n一、2025年工作回顾\n发展低空经济。地区生产总值增长5.5%。\n"


@pytest.fixture
def lazy_window(qtbot, tmp_path):
    """A shown window whose library (one report, one note) opens on first use, not yet opened; the report path."""
    db = tmp_path / "lib.sqlite3"
    library = Library.open(db, backups=False)
    report = tmp_path / "jia.txt"
    report.write_text(REPORT, "utf-8")
    jia = import_report(library, report).document.id
    library.add_note(jia, find_quote(library.load(jia), "低空经济"), "甲：核对产值", author="王")
    library.close()
    create_application()
    opened = []

    def opener():
        opened.append(open_library(str(db)))
        return opened[-1]

    win = build_window(
        UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)), Preferences(), library_opener=opener
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, report, opened
    assert win.shutdown(30000)
    for library, _error in opened:
        if library is not None:
            library.close()


def _open_report(win, report, qtbot) -> None:
    with qtbot.waitSignal(win.documentOpened, timeout=20000):
        win.open_path(report)  # opening a report opens the library


def test_all_notes_shown_first_lists_the_notes_once_the_library_opens(lazy_window, qtbot):
    win, report, opened = lazy_window
    win.notes_across_action.trigger()
    view = win.notes_across
    assert view is not None and not opened
    _open_report(win, report, qtbot)
    qtbot.waitUntil(lambda: len(view.items) == 1, timeout=20000)
    assert [item.note.body for item in view.items] == ["甲：核对产值"]
    assert view.status.text() == "1 of 1 notes"


def test_compare_shown_first_lists_the_reports_once_the_library_opens(lazy_window, qtbot):
    win, report, opened = lazy_window
    win.compare_action.trigger()
    view = win.compare
    assert view is not None and not opened
    _open_report(win, report, qtbot)
    qtbot.waitUntil(lambda: view.reports_list.count() == 1, timeout=20000)
    assert "2026" in view.reports_list.item(0).text()
    assert "No library" not in view.status.text()


def test_compare_shown_lists_reports_imported_meanwhile(lazy_window, qtbot, tmp_path):
    """A user imported 31 reports with Compare open below: it still said "0 reports in the library" with an
    empty list (it was listed once, when the library opened, before the report at hand was even stored)."""
    win, report, _opened = lazy_window
    win.compare_action.trigger()
    _open_report(win, report, qtbot)
    view = win.compare
    qtbot.waitUntil(lambda: view.reports_list.count() == 1, timeout=20000)
    folder = tmp_path / "more"
    folder.mkdir()
    for name, province in (("yi.txt", "乙"), ("bing.txt", "丙")):
        (folder / name).write_text(REPORT.replace("甲", province).replace("低空", "海洋"), "utf-8")
    assert win.library_panel.import_paths([folder])
    qtbot.waitUntil(lambda: view.reports_list.count() == 3, timeout=30000)
    assert "3" in view.status.text()
    win.notes_across_action.trigger()  # the All Notes tab, shown again, reads the notes afresh
    qtbot.waitUntil(lambda: win.notes_across is not None and len(win.notes_across.items) == 1, timeout=20000)
