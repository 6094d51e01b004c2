"""Notes across reports through the real widgets: every note of the library, filters by tag, status,
author and report, a double click opens the passage, the filtered notes export as one CSV."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from piyue.core.anchoring import NoteStatus, find_quote
from piyue.services.importing import import_report
from piyue.storage.library import Library

REPORTS = {
    "jia.txt": "2026年甲省政府工作报告\n一、2025年工作回顾\n发展低空经济。优化营商环境。\n",
    "yi.txt": "2026年乙省政府工作报告\n一、2025年工作回顾\n培育低空经济。改善生态环境。\n",
}


@pytest.fixture
def window(open_window, tmp_path):
    library = Library.open(tmp_path / "lib.sqlite3", backups=False)
    ids = []
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, "utf-8")
        ids.append(import_report(library, tmp_path / name).document.id)
    jia, yi = ids
    library.add_note(jia, find_quote(library.load(jia), "低空经济"), "甲：核对产值", tags=("经济",), author="王")
    library.add_note(jia, find_quote(library.load(jia), "营商环境"), "甲：营商", tags=("营商",), author="李",
                     status=NoteStatus.CHECKED)  # fmt: skip
    library.add_note(yi, find_quote(library.load(yi), "生态环境"), "乙：生态", tags=("经济",), author="王")
    win = open_window(library, size=(1300, 900))
    yield win
    assert win.shutdown(30000)
    library.close()


def _view(window, qtbot):
    window.notes_across_action.trigger()
    qtbot.waitUntil(lambda: window.notes_across is not None and len(window.notes_across.items) == 3, timeout=20000)
    return window.notes_across


def _cell(view, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return view.table.model().index(row, column).data(role)


def _bodies(view) -> set[str]:
    return {_cell(view, r, 2) for r in range(view.table.model().rowCount())}


def test_all_notes_and_filters(window, qtbot):
    view = _view(window, qtbot)
    assert _bodies(view) == {"甲：核对产值", "甲：营商", "乙：生态"}
    view.tag_combo.setCurrentIndex(view.tag_combo.findText("经济"))
    assert _bodies(view) == {"甲：核对产值", "乙：生态"}
    view.author_combo.setCurrentIndex(view.author_combo.findText("王"))
    view.report_combo.setCurrentIndex(view.report_combo.findText("2026年乙省政府工作报告"))
    assert _bodies(view) == {"乙：生态"}
    view.tag_combo.setCurrentIndex(0)
    view.author_combo.setCurrentIndex(0)
    view.report_combo.setCurrentIndex(0)
    view.status_combo.setCurrentIndex(view.status_combo.findText("已核实"))
    assert _bodies(view) == {"甲：营商"}
    assert "1 of 3" in view.status.text()


def test_double_click_opens_the_passage_and_export(window, qtbot, tmp_path, monkeypatch):
    view = _view(window, qtbot)
    row = next(r for r in range(view.table.model().rowCount()) if _cell(view, r, 2) == "乙：生态")
    rect = view.table.visualRect(view.table.model().index(row, 1))
    with qtbot.waitSignal(view.openRequested, timeout=5000):
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.title == "2026年乙省政府工作报告"
    start, end = window.reading_view.selected_span()
    assert window.document.text[start:end] == "生态环境"
    view.tag_combo.setCurrentIndex(view.tag_combo.findText("经济"))
    target = tmp_path / "notes.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[0][:4] == ["report", "section", "quote", "body"]
    assert sorted(row[3] for row in rows[1:]) == ["乙：生态", "甲：核对产值"]


def test_the_note_column_is_in_view_beside_a_long_passage(window, qtbot, tmp_path):
    """A long report title and passage do not push the notes themselves off to the right."""
    sentence = "全力以赴拼经济、稳增长，迭代升级产业政策体系，" * 6 + "地方级收入、社零额均约占全市五分之一。"
    path = tmp_path / "long.txt"
    title = "提升“五区”功能 建好“五宜”朝阳 建设具有国际影响力的中国式现代化强区"
    path.write_text(f"{title}\n一、回顾\n{sentence}\n", "utf-8")
    window.search.wait()
    window.library_panel.wait()  # the window's own indexing and listing are done before this test writes
    library = window.notes.library
    document_id = import_report(library, path).document.id
    body = "**核对**口径\n\n- 一季度\n- 二季度"
    library.add_note(document_id, find_quote(library.load(document_id), sentence), body, author="王")
    view = _view_of(window, qtbot, 4)
    table = view.table
    assert table.columnViewportPosition(2) + 80 < table.viewport().width()  # the Note column is on screen
    row = next(r for r in range(table.model().rowCount()) if _cell(view, r, 2) == "核对口径  一季度  二季度")
    assert _cell(view, row, 1, Qt.ItemDataRole.ToolTipRole) == sentence  # the whole passage is one hover away


def _view_of(window, qtbot, count: int):
    window.notes_across_action.trigger()
    view = window.notes_across
    view.refresh()
    qtbot.waitUntil(lambda: len(view.items) == count, timeout=20000)
    return view


def test_sorting_by_a_column_and_opening_the_first_row(window, qtbot):
    """A click on the Note header sorts the notes by their text (made plain); the first row then opens its passage."""
    from PySide6.QtCore import QPoint

    view = _view(window, qtbot)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    ascending = [_cell(view, r, 2) for r in range(3)]
    assert ascending == sorted(ascending) or ascending == sorted(ascending, reverse=True)
    if ascending != sorted(ascending):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [_cell(view, r, 2) for r in range(3)] == sorted(ascending)
    first = _cell(view, 0, 2)
    rect = view.table.visualRect(view.table.model().index(0, 0))
    with qtbot.waitSignal(view.openRequested, timeout=5000):
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = {
        "乙：生态": ("2026年乙省政府工作报告", "生态环境"),
        "甲：核对产值": ("2026年甲省政府工作报告", "低空经济"),
        "甲：营商": ("2026年甲省政府工作报告", "营商环境"),
    }[first]
    assert window.document.title == expected[0]
    start, end = window.reading_view.selected_span()
    assert window.document.text[start:end] == expected[1]

