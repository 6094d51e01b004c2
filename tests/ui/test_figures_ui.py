"""The figures table and the review panel as a first-time analyst uses them: the nearest section,
filters that start afresh with another report, rows copied by right-click or Ctrl+C, places named
by their section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from piyue.ui.metrics_model import MetricsModel


def _analysed(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.metrics_panel.model.rowCount() > 0, timeout=20000)


def _row_of(panel, text: str) -> int:
    proxy = panel.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, MetricsModel.TEXT).data() == text)


def test_section_column_names_the_nearest_section_with_the_path_in_the_tooltip(window, qtbot):
    _analysed(window, qtbot)
    panel = window.metrics_panel
    row = _row_of(panel, "14.3%")
    section = panel.proxy.index(row, MetricsModel.SECTION).data()
    assert section == "精准发力调结构、促转型"  # not the report's title at the root of the path
    assert panel.proxy.index(row, MetricsModel.SUBJECT).data()  # the subject is shown too
    tooltip = panel.proxy.index(row, MetricsModel.SECTION).data(Qt.ItemDataRole.ToolTipRole)
    assert "2025年工作回顾" in tooltip and "精准发力调结构、促转型" in tooltip


def test_filters_start_afresh_when_another_report_opens(window, qtbot, tmp_path):
    _analysed(window, qtbot)
    panel = window.metrics_panel
    panel.filter_edit.setFocus()
    qtbot.keyClicks(panel.filter_edit, "GDP")
    assert panel.proxy.rowCount() < panel.model.rowCount()
    other = tmp_path / "other.md"
    other.write_text("# 某县政府工作报告\n\n## 一、回顾\n\n地区生产总值增长5.2%，财政收入增长3%。\n", "utf-8")
    assert window.open_path_now(other)
    assert panel.filter_edit.text() == "" and panel.kind_box.currentIndex() == 0
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.proxy.rowCount() == 2


def test_rows_are_copied_with_a_header(window, qtbot):
    _analysed(window, qtbot)
    panel = window.metrics_panel
    window.metrics_dock.show()
    window.metrics_dock.raise_()
    table = panel.table
    row = _row_of(panel, "14.3%")
    table.selectRow(row)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and lines[0].split("\t")[0] == panel.proxy.headerData(0, Qt.Orientation.Horizontal)
    assert lines[1].split("\t")[0] == "14.3%" and "精准发力调结构、促转型" in lines[1]
    panel.copy_all_action.trigger()
    assert len(QGuiApplication.clipboard().text().splitlines()) == panel.proxy.rowCount() + 1


def test_review_findings_name_their_section(window, qtbot):
    qtbot.waitUntil(lambda: window.review_panel.model.rowCount() > 0, timeout=20000)
    model = window.review_panel.model
    texts = [model.item(g).child(r).text() for g in range(model.rowCount()) for r in range(model.item(g).rowCount())]
    assert texts and not any(text.startswith("line ") for text in texts)
    assert any("坚持大区担当" in text.split(" · ")[0] for text in texts)
