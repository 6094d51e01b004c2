"""The Compare view: pick reports from the library, see their indicators side by side
(regions × indicators, target and result), the follow-ups (last year's target against
this year's result: met or missed) and a chart per indicator; every cell, row and bar
opens its sentence in its report. Exports CSV and Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from piyue.core.indicators import BY_ID, IndicatorItem
from piyue.ui.compare_format import format_item
from piyue.ui.workers import TaskRunner

if TYPE_CHECKING:
    from piyue.services.indicators import Comparison
    from piyue.services.library import LibraryRow

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING = "—"
MET_COLOR, MISSED_COLOR = QColor("#2e7d32"), QColor("#c62828")


class SortItem(QTableWidgetItem):
    """A cell that sorts by its number (missing cells last) or its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        if isinstance(mine, (int, float)) != isinstance(theirs, (int, float)):
            return isinstance(mine, (int, float))
        return self.text() < other.text()


def _cell(text: str, sort: Any = None, item: IndicatorItem | None = None) -> SortItem:
    cell = SortItem(text)
    cell.setData(SORT_ROLE, sort if sort is not None else text)
    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if item is not None:
        cell.setData(ITEM_ROLE, item)
        cell.setToolTip(item.text)
    return cell


class CompareView(QWidget):
    """Reports side by side; ``openRequested(document_id, start, end)`` asks to show a sentence."""

    openRequested = Signal(int, int, int)
    compared = Signal()

    def __init__(self, library: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.runner = TaskRunner(self, name="compareRunner")
        self.comparison: Comparison | None = None
        self._ids_by_name: dict[str, int] = {}
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.reports_list = QListWidget(self)
        self.year_combo, self.region_combo = QComboBox(self), QComboBox(self)
        self.select_year_button = QPushButton(self.tr("Select Year"), self)
        self.select_region_button = QPushButton(self.tr("Select Region"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.compare_button = QPushButton(self.tr("Compare"), self)
        self.compare_button.setDefault(True)
        picker = QWidget(self)
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(QLabel(self.tr("Reports to compare:"), self))
        picker_layout.addWidget(self.reports_list, 1)
        pickers = ((self.year_combo, self.select_year_button), (self.region_combo, self.select_region_button))
        for combo, button in pickers:
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(button)
            picker_layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.compare_button)
        picker_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(picker)
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.select_year_button.clicked.connect(lambda: self._select_where(year=self.year_combo.currentText()))
        self.select_region_button.clicked.connect(lambda: self._select_where(region=self.region_combo.currentText()))
        self.clear_button.clicked.connect(self._clear_selection)
        self.compare_button.clicked.connect(self.compare)

    def _build_results(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.table = QTableWidget(self)
        self.followups = QTableWidget(self)
        for table in (self.table, self.followups):
            table.setSortingEnabled(True)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            table.cellDoubleClicked.connect(lambda row, column, table=table: self._open_cell(table, row, column))
        self.chart_box = QWidget(self)
        self._chart_layout = QVBoxLayout(self.chart_box)
        self.chart_combo = QComboBox(self)
        self._chart_layout.addWidget(self.chart_combo)
        self.chart: Any = None  # built with pyqtgraph the first time the tab is shown
        self.tabs.addTab(self.table, self.tr("Side by Side"))
        self.tabs.addTab(self.followups, self.tr("Follow-ups"))
        self.tabs.addTab(self.chart_box, self.tr("Chart"))
        self.tabs.currentChanged.connect(lambda _index: self._update_chart())
        self.chart_combo.currentIndexChanged.connect(lambda _index: self._update_chart())
        self.status = QLabel(self)
        self.export_csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_xlsx_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_csv_button.clicked.connect(lambda: self._export("csv"))
        self.export_xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_csv_button)
        bottom.addWidget(self.export_xlsx_button)
        box = QWidget(self)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.tabs, 1)
        box_layout.addLayout(bottom)
        self._set_export_enabled(False)
        return box

    def _set_export_enabled(self, enabled: bool) -> None:
        self.export_csv_button.setEnabled(enabled)
        self.export_xlsx_button.setEnabled(enabled)

    # ------------------------------------------------------------------ the library's reports
    def _failed(self, message: str) -> None:
        self.compare_button.setEnabled(True)
        self.status.setText(self.tr("Failed: {0}").format(message))

    def refresh(self) -> None:
        """List the library's reports (in the background)."""
        library = self._library()
        if library is None:
            self.status.setText(self.tr("No library: reports are compared from the library."))
            return
        from piyue.services.library import list_rows

        self.status.setText(self.tr("Listing the library…"))
        self.runner.submit(lambda _token: list_rows(library), key="list", on_done=self._listed, on_failed=self._failed)

    def _listed(self, rows: list[LibraryRow]) -> None:
        checked = {self.reports_list.item(i).data(ITEM_ROLE) for i in range(self.reports_list.count())
                   if self.reports_list.item(i).checkState() == Qt.CheckState.Checked}  # fmt: skip
        self.reports_list.clear()
        for row in sorted(rows, key=lambda r: (r.year or 0, r.government, r.title)):
            label = f"{row.government or '?'} {row.year or '?'} — {row.title}"
            item = QListWidgetItem(label, self.reports_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(ITEM_ROLE, row.document_id)
            item.setData(SORT_ROLE, (str(row.year or ""), row.government or ""))
            item.setCheckState(Qt.CheckState.Checked if row.document_id in checked else Qt.CheckState.Unchecked)
        self.year_combo.clear()
        self.year_combo.addItems(sorted({str(r.year) for r in rows if r.year}, reverse=True))
        self.region_combo.clear()
        self.region_combo.addItems(sorted({r.government for r in rows if r.government}))
        self.status.setText(self.tr("{0} reports in the library").format(len(rows)))

    def _select_where(self, year: str | None = None, region: str | None = None) -> None:
        """Check every report of ``year`` (or of ``region``), keeping what is already checked."""
        for index in range(self.reports_list.count()):
            item = self.reports_list.item(index)
            item_year, item_region = item.data(SORT_ROLE)
            if (year is not None and item_year == year) or (region is not None and item_region == region):
                item.setCheckState(Qt.CheckState.Checked)

    @Slot()
    def _clear_selection(self) -> None:
        for index in range(self.reports_list.count()):
            self.reports_list.item(index).setCheckState(Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        """The library ids of the checked reports."""
        items = (self.reports_list.item(i) for i in range(self.reports_list.count()))
        return [item.data(ITEM_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    # ------------------------------------------------------------------ comparing
    @Slot()
    def compare(self) -> None:
        """Compare the checked reports (in the background)."""
        library, ids = self._library(), self.checked_ids()
        if library is None or not ids:
            self.status.setText(self.tr("Check the reports to compare first."))
            return
        from piyue.services.indicators import compare_reports, library_indicators

        self.compare_button.setEnabled(False)
        self.status.setText(self.tr("Comparing {0} reports…").format(len(ids)))
        self.runner.submit(
            lambda _token: compare_reports(library_indicators(library, ids)),
            key="compare",
            on_done=self._show,
            on_failed=self._failed,
        )

    def _show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.compare_button.setEnabled(True)
        self._fill_table(comparison)
        self._fill_followups(comparison)
        self._fill_chart_choices(comparison)
        self._set_export_enabled(True)
        self.status.setText(
            self.tr("{0} reports, {1} figures, {2} follow-ups").format(
                len(comparison.reports), len(comparison.rows), len(comparison.followups)
            )
        )
        self.compared.emit()

    def _indicator_ids(self, comparison: Comparison) -> list[str]:
        from piyue.export.compare import indicators_present

        return indicators_present(comparison.rows)

    def _fill_table(self, comparison: Comparison) -> None:
        ids = self._indicator_ids(comparison)
        headers = [self.tr("Region"), self.tr("Year")]
        for indicator_id in ids:
            name = BY_ID[indicator_id].name
            headers += [self.tr("{0} target").format(name), self.tr("{0} result").format(name)]
        table = self.table
        table.setSortingEnabled(False)
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(comparison.reports))
        for row, report in enumerate(comparison.reports):
            table.setItem(row, 0, _cell(report.region or "?"))
            table.setItem(row, 1, _cell(str(report.year or "?"), report.year or 0))
            found = {(item.indicator, item.role): item for item in report.items}
            for n, indicator_id in enumerate(ids):
                for k, role in enumerate(("target", "achieved")):
                    table.setItem(row, 2 + 2 * n + k, self._figure_cell(found.get((indicator_id, role))))
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()

    def _figure_cell(self, item: IndicatorItem | None) -> SortItem:
        if item is None:
            cell = _cell(MISSING, None)
            cell.setForeground(QBrush(QColor("#9e9e9e")))
            cell.setBackground(QBrush(QColor(0, 0, 0, 18)))
            cell.setToolTip(self.tr("Not stated in this report"))
            return cell
        return _cell(format_item(item), item.value, item)

    def _fill_followups(self, comparison: Comparison) -> None:
        headers = [self.tr("Region"), self.tr("Indicator"), self.tr("Year"), self.tr("Target"),
                   self.tr("Result"), self.tr("Met"), self.tr("Gap")]  # fmt: skip
        table = self.followups
        table.setSortingEnabled(False)
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(comparison.followups))
        for row, followup in enumerate(comparison.followups):
            table.setItem(row, 0, _cell(followup.region))
            table.setItem(row, 1, _cell(BY_ID[followup.indicator].name, None, followup.target))
            table.setItem(row, 2, _cell(str(followup.period), followup.period))
            table.setItem(row, 3, _cell(format_item(followup.target), followup.target.value, followup.target))
            table.setItem(row, 4, _cell(format_item(followup.achieved), followup.achieved.value, followup.achieved))
            verdict = {True: self.tr("✓ met"), False: self.tr("✗ missed"), None: "?"}[followup.met]
            met = _cell(verdict, None, followup.achieved)
            if followup.met is not None:
                met.setForeground(QBrush(MET_COLOR if followup.met else MISSED_COLOR))
            table.setItem(row, 5, met)
            gap = "" if followup.gap is None else f"{followup.gap:+g}"
            table.setItem(row, 6, _cell(gap, followup.gap, followup.achieved))
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()

    # ------------------------------------------------------------------ the chart
    def _fill_chart_choices(self, comparison: Comparison) -> None:
        self.chart_combo.blockSignals(True)
        current = self.chart_combo.currentData()
        self.chart_combo.clear()
        for indicator_id in self._indicator_ids(comparison):
            self.chart_combo.addItem(BY_ID[indicator_id].name, indicator_id)
        index = self.chart_combo.findData(current)
        self.chart_combo.setCurrentIndex(max(index, 0))
        self.chart_combo.blockSignals(False)
        self._update_chart()

    def _update_chart(self) -> None:
        if self.tabs.currentWidget() is not self.chart_box or self.comparison is None:
            return
        from piyue.ui.charts.compare_chart import ChartRow, CompareChart

        if self.chart is None:
            self.chart = CompareChart()
            self.chart.figureClicked.connect(self._open_chart_figure)
            scroll = QScrollArea(self.chart_box)
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.chart)
            self._chart_layout.addWidget(scroll)
        indicator_id = self.chart_combo.currentData()
        if indicator_id is None:
            return
        self._chart_items = []
        rows = []
        for report in self.comparison.reports:
            found = {item.role: item for item in report.items if item.indicator == indicator_id}
            if not found:
                continue
            target, achieved = found.get("target"), found.get("achieved")
            self._chart_items.append((target, achieved))
            rows.append(ChartRow(f"{report.region or '?'} {report.year or '?'}",
                                 target.value if target else None, target.value_high if target else None,
                                 achieved.value if achieved else None))  # fmt: skip
        entry = BY_ID[indicator_id]
        self.chart.set_rows(entry.name, entry.unit, rows, (self.tr("Target"), self.tr("Result")))

    @Slot(int, str)
    def _open_chart_figure(self, row: int, role: str) -> None:
        target, achieved = self._chart_items[row]
        self._open_item(target if role == "target" else achieved)

    # ------------------------------------------------------------------ jumping and exporting
    def _open_cell(self, table: QTableWidget, row: int, column: int) -> None:
        cell = table.item(row, column)
        if cell is not None:
            self._open_item(cell.data(ITEM_ROLE))

    def _open_item(self, item: IndicatorItem | None) -> None:
        if item is None or self.comparison is None:
            return
        for report in self.comparison.reports:
            if report.document == item.document and report.document_id is not None:
                self.openRequested.emit(report.document_id, item.start, item.end)
                return

    def _export(self, fmt: str) -> None:
        if self.comparison is None:
            return
        caption = self.tr("Export Comparison")
        filters = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, caption, f"comparison.{fmt}", filters)
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the comparison shown to ``path`` as ``csv`` or ``xlsx``; the outcome goes to the status line."""
        from piyue.export.compare import write_csv, write_xlsx

        if self.comparison is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        try:
            (write_csv if fmt == "csv" else write_xlsx)(self.comparison, path)
        except OSError as err:
            self.status.setText(self.tr("Cannot write {0}: {1}").format(path, err.strerror or err))
            return
        self.status.setText(self.tr("Exported to {0}").format(path))
