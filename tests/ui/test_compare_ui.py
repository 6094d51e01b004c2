"""The Compare view through its real widgets: pick reports, compare, read the tables,
open a figure's sentence, draw and click the chart, export CSV and Excel."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QFileDialog

from piyue.services.importing import import_report
from piyue.storage.library import Library

REPORTS = {
    "jia-2025.txt": (
        "2025年甲省政府工作报告\n——2025年1月10日在甲省第十四届人民代表大会第三次会议上\n一、2024年工作回顾\n"
        "过去一年，全省地区生产总值1.2万亿元、增长5.1%。\n二、2025年工作安排\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5%—5.5%，一般公共预算收入增长3%左右。\n"
    ),
    "jia-2026.txt": (
        "2026年甲省政府工作报告\n——2026年1月12日在甲省第十四届人民代表大会第四次会议上\n一、2025年工作回顾\n"
        "过去一年，全省地区生产总值1.26万亿元、增长5.2%，一般公共预算收入增长2.4%。\n二、2026年工作安排\n"
        "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业30万人以上。\n"
    ),
    "yi-2026.txt": (
        "2026年乙省政府工作报告\n——2026年1月15日在乙省第十四届人民代表大会第四次会议上\n一、2025年工作回顾\n"
        "过去一年，全省地区生产总值增长4.4%，固定资产投资下降1.5%。\n二、2026年工作安排\n"
        "今年主要预期目标是：地区生产总值增长4.5%—5%，城镇调查失业率5.5%左右。\n"
    ),
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


def _open_view(window, qtbot):
    window.compare_action.trigger()
    qtbot.waitUntil(lambda: window.compare is not None, timeout=10000)
    view = window.compare
    try:
        qtbot.waitUntil(lambda: view.reports_list.count() >= 4 and view.year_combo.count() >= 2, timeout=30000)
    except Exception:
        raise AssertionError(f"STATUS {view.status.text()} {view.reports_list.count()}") from None
    return view


def _compare(view, qtbot):
    with qtbot.waitSignal(view.compared, timeout=30000):
        qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)


def _cells(table) -> dict[tuple[str, str], dict[str, str]]:
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = {}
    for r in range(table.rowCount()):
        values = {headers[c]: table.item(r, c).text() for c in range(table.columnCount())}
        rows[(values["Region"], values["Year"])] = values
    return rows


def test_a_years_reports_side_by_side_with_missing_cells(window, qtbot):
    view = _open_view(window, qtbot)
    view.year_combo.setCurrentIndex(view.year_combo.findText("2026"))
    qtbot.mouseClick(view.select_year_button, Qt.MouseButton.LeftButton)
    assert len(view.checked_ids()) == 3  # 甲省, 乙省 and the sample (朝阳区), all of 2026
    _compare(view, qtbot)
    rows = _cells(view.table)
    assert {("甲省", "2026"), ("乙省", "2026")} < set(rows) and len(rows) == 3
    jia, yi = rows[("甲省", "2026")], rows[("乙省", "2026")]
    assert jia["地区生产总值增长 target"] == "5%左右" and jia["地区生产总值增长 result"] == "5.2%"
    assert yi["地区生产总值增长 target"] == "4.5%—5%"  # a range stays a range
    assert yi["固定资产投资增长 result"] == "-1.5%"  # 下降1.5%
    assert jia["城镇新增就业 target"] == "30万人以上"  # the qualifier is kept
    assert yi["城镇新增就业 target"] == "—"  # missing, visibly
    # Sorting by a figure column puts the lower target first.
    column = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())].index(
        "地区生产总值增长 target"
    )
    view.table.sortItems(column, Qt.SortOrder.AscendingOrder)
    assert view.table.item(0, 0).text() == "乙省"


def test_a_regions_years_give_followups_and_open_the_sentence(window, qtbot):
    view = _open_view(window, qtbot)
    view.region_combo.setCurrentIndex(view.region_combo.findText("甲省"))
    qtbot.mouseClick(view.select_region_button, Qt.MouseButton.LeftButton)
    assert len(view.checked_ids()) == 2
    _compare(view, qtbot)
    table = view.followups
    followups = {table.item(r, 1).text(): [table.item(r, c).text() for c in range(7)] for r in range(table.rowCount())}
    assert followups["地区生产总值增长"][2:] == ["2025", "5%—5.5%", "5.2%", "✓ met", "+0.2"]
    assert followups["一般公共预算收入增长"][3:6] == ["3%左右", "2.4%", "✗ missed"]
    # Double-clicking a result opens its report with the sentence selected.
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "地区生产总值增长")
    view.tabs.setCurrentWidget(table)
    rect = table.visualItemRect(table.item(row, 4))
    with qtbot.waitSignal(view.openRequested, timeout=5000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.title == "2026年甲省政府工作报告"
    start, end = window.reading_view.selected_span()
    assert window.document.text[start:end] == "地区生产总值1.26万亿元、增长5.2%"


def test_chart_bars_open_their_sentence(window, qtbot):
    view = _open_view(window, qtbot)
    view.year_combo.setCurrentIndex(view.year_combo.findText("2026"))
    qtbot.mouseClick(view.select_year_button, Qt.MouseButton.LeftButton)
    _compare(view, qtbot)
    view.tabs.setCurrentWidget(view.chart_box)
    qtbot.waitUntil(lambda: view.chart is not None and len(view.chart.rows) >= 2, timeout=10000)
    chart = view.chart
    assert {"甲省 2026", "乙省 2026"} <= {row.label for row in chart.rows}
    qtbot.wait(100)
    row = next(i for i, r in enumerate(chart.rows) if r.label == "乙省 2026")  # a range: 4.5—5
    scene = chart._view.mapViewToScene(QPointF(2.0, float(row)))
    point = chart.plot.mapFromScene(scene)
    with qtbot.waitSignal(view.openRequested, timeout=5000) as blocker:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    _document_id, start, end = blocker.args
    assert window.document.text[start:end] == "地区生产总值增长4.5%—5%"


def test_export_csv_and_xlsx(window, qtbot, tmp_path, monkeypatch):
    view = _open_view(window, qtbot)
    view.year_combo.setCurrentIndex(view.year_combo.findText("2025"))
    qtbot.mouseClick(view.select_year_button, Qt.MouseButton.LeftButton)
    view.year_combo.setCurrentIndex(view.year_combo.findText("2026"))
    qtbot.mouseClick(view.select_year_button, Qt.MouseButton.LeftButton)
    _compare(view, qtbot)
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.export_xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.export_csv_button, Qt.MouseButton.LeftButton)
    csv_text = (tmp_path / "out.csv").read_text("utf-8-sig")
    assert "地区生产总值增长4.5%—5%" in csv_text
    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert workbook.sheetnames == ["Side by side", "Follow-ups", "Items"]
    side = workbook["Side by side"]
    headers = [cell.value for cell in side[1]]
    assert "地区生产总值增长 目标 (%)" in headers and "地区生产总值 实际 (元)" in headers
    followups = list(workbook["Follow-ups"].iter_rows(values_only=True))
    gdp = next(row for row in followups[1:] if row[1] == "gdp_growth")
    assert gdp[4:6] == (5, 5.5) and gdp[7] == 5.2 and gdp[8] is True
    assert isinstance(gdp[7], float)
    assert "Exported" in view.status.text()
    for name in ("out.csv", "out.xlsx"):  # ordinary documents, like the notes exports — not private 0600 files
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644
