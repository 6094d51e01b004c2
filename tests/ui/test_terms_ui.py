"""Terms across reports through the real widgets: type a term, count, read the table, the chart and
the keyword-in-context lines, open a report at a hit, export CSV."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from piyue.services.importing import import_report
from piyue.storage.library import Library

REPORTS = {
    "jia.txt": "2026年甲省政府工作报告\n一、2025年工作回顾\n发展低空经济，低空经济产值增长。优化营商环境。\n",
    "yi.txt": "2026年乙省政府工作报告\n一、2025年工作回顾\n培育低空经济。改善生态环境，环境质量提高。\n",
    "bing.txt": "2026年丙省政府工作报告\n一、2025年工作回顾\n环境整治，空气质量提升。\n",
}


@pytest.fixture
def window(open_window, tmp_path):
    library = Library.open(tmp_path / "lib.sqlite3", backups=False)
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, "utf-8")
        import_report(library, tmp_path / name)
    win = open_window(library, size=(1300, 900))
    yield win
    assert win.shutdown(30000)
    library.close()


def _count(window, qtbot, term: str):
    window.terms_action.trigger()
    view = window.terms
    assert view is not None and view.edit.hasFocus()
    view.edit.setText(term)  # QTest cannot synthesise key events for CJK characters
    with qtbot.waitSignal(view.counted, timeout=60000):
        qtbot.keyClick(view.edit, Qt.Key.Key_Return)
    return view


def test_counts_per_report_and_words_not_parts(window, qtbot):
    view = _count(window, qtbot, "低空经济")
    rows = {view.table.item(r, 1).text(): int(view.table.item(r, 3).text()) for r in range(view.table.rowCount())}
    assert rows == {"甲省": 2, "乙省": 1}
    assert view.table.item(0, 1).text() == "甲省"  # most uses first
    assert "3 uses in 2 reports" in view.status.text()
    assert [label for label in view.chart.series.labels] == ["甲省 2026", "乙省 2026"]
    view = _count(window, qtbot, "营商环境")
    assert view.table.rowCount() == 1  # not every 环境


def test_context_lines_open_the_report_at_the_hit(window, qtbot):
    view = _count(window, qtbot, "低空经济")
    view.table.selectRow(next(r for r in range(view.table.rowCount()) if view.table.item(r, 1).text() == "甲省"))
    lines = [view.lines.item(i).text() for i in range(view.lines.count())]
    assert len(lines) == 2 and all("【低空经济】" in line for line in lines)
    item = view.lines.item(1)
    rect = view.lines.visualItemRect(item)
    with qtbot.waitSignal(view.openRequested, timeout=5000):
        qtbot.mouseClick(view.lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.title == "2026年甲省政府工作报告"
    start, end = window.reading_view.selected_span()
    assert window.document.text[start:end] == "低空经济"
    assert window.document.text[start - 1] == "，"  # the second use


def test_export_csv(window, qtbot, tmp_path, monkeypatch):
    view = _count(window, qtbot, "低空经济")
    target = tmp_path / "uses.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[0] == ["term", "report", "region", "year", "count", "start", "end", "context"]
    assert len(rows) == 4 and {row[2] for row in rows[1:]} == {"甲省", "乙省"}
    assert "Exported" in view.status.text()


def test_terms_opened_beside_compare_gets_room(window, qtbot):
    """Compare then Terms: the two bottom views share the space as tabs, not a sliver each."""
    window.compare_action.trigger()
    window.terms_action.trigger()
    qtbot.waitUntil(lambda: window.terms is not None and window.terms.isVisible(), timeout=5000)
    assert window.compare_dock in window.tabifiedDockWidgets(window.terms_dock)
    assert window.terms.edit.width() > 300, window.terms.edit.width()
    window.compare_action.trigger()  # back to Compare: raised, with the window's width
    qtbot.waitUntil(lambda: window.compare_dock.widget().isVisible(), timeout=5000)
    assert window.compare_dock.width() > window.width() // 2
    window.notes_across_action.trigger()  # All Notes joins the same group
    qtbot.waitUntil(lambda: window.notes_across_dock.isVisible(), timeout=5000)
    assert window.compare_dock in window.tabifiedDockWidgets(window.notes_across_dock)
