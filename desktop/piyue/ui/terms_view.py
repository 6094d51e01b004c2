"""Terms across reports: type a word or phrase, see which reports use it and how often (a sortable
table and a bar chart), read its keyword-in-context lines, open a report at a hit, export CSV."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from piyue.ui.compare_view import SortItem
from piyue.ui.workers import CancelToken, TaskRunner

if TYPE_CHECKING:
    from piyue.services.terms import TermUse

USE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HIT_ROLE = Qt.ItemDataRole.UserRole + 3


def _cell(text: str, sort: Any, use: Any) -> SortItem:
    cell = SortItem(text)
    cell.setData(SORT_ROLE, sort)
    cell.setData(USE_ROLE, use)
    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return cell


class TermsView(QWidget):
    """Counts of a term per report; ``openRequested(document_id, start, end)`` shows a hit."""

    openRequested = Signal(int, int, int)
    counted = Signal()

    def __init__(self, library: Callable[[], Any], search: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._search = search  # the window's SearchService: loads jieba and gives the library its analyzer
        self.runner = TaskRunner(self, name="termsRunner")
        self.query = ""
        self.uses: list[TermUse] = []
        self.chart: Any = None
        self._build()

    def _build(self) -> None:
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("A word or phrase, e.g. 低空经济"))
        self.count_button = QPushButton(self.tr("Count"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setEnabled(False)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.count_button)
        top.addWidget(self.export_button)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Report"), self.tr("Region"), self.tr("Year"), self.tr("Uses")])
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines = QListWidget(self)
        self.chart_box = QWidget(self)
        self._chart_layout = QVBoxLayout(self.chart_box)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.chart_box)
        right.addWidget(self.lines)
        self._right = right
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.edit.returnPressed.connect(self.count)
        self.count_button.clicked.connect(self.count)
        self.export_button.clicked.connect(self._export)
        self.table.itemSelectionChanged.connect(self._show_lines)
        self.lines.itemDoubleClicked.connect(self._open_line)

    @Slot()
    def count(self) -> None:
        """Count the term typed in every report of the library (in the background)."""
        query, library = self.edit.text().strip(), self._library()
        if not query or library is None:
            self.status.setText(self.tr("Type a term; reports are counted from the library."))
            return
        from piyue.services.terms import search_term

        search = self._search
        search.start()  # jieba loads once, in the background

        def work(token: CancelToken) -> list[TermUse]:
            deadline = time.monotonic() + 120
            while not search.segmenter_ready and time.monotonic() < deadline:
                token.check()
                time.sleep(0.05)
            search.attach(library)
            return search_term(library, query)

        self.count_button.setEnabled(False)
        self.status.setText(self.tr("Counting {0}…").format(query))
        self.runner.submit(work, key="count", on_done=lambda uses: self._show(query, uses), on_failed=self._failed)

    def _failed(self, message: str) -> None:
        self.count_button.setEnabled(True)
        self.status.setText(self.tr("Failed: {0}").format(message))

    def _show(self, query: str, uses: list[TermUse]) -> None:
        self.count_button.setEnabled(True)
        self.query, self.uses = query, uses
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(uses))
        for row, use in enumerate(uses):
            self.table.setItem(row, 0, _cell(use.title, use.title, use))
            self.table.setItem(row, 1, _cell(use.region or "", use.region or "", use))
            self.table.setItem(row, 2, _cell(str(use.year or ""), use.year or 0, use))
            self.table.setItem(row, 3, _cell(str(use.count), use.count, use))
        self.table.setSortingEnabled(True)
        self.table.sortItems(3, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        self._draw_chart()
        self._show_lines()
        total = sum(use.count for use in uses)
        self.status.setText(self.tr("{0}: {1} uses in {2} reports").format(query, total, len(uses)))
        self.export_button.setEnabled(bool(uses))
        self.counted.emit()

    def _draw_chart(self) -> None:
        from piyue.ui.charts.bar_chart import BarChart
        from piyue.ui.charts.series import Series

        if self.chart is None:
            self.chart = BarChart()
            self.chart.barClicked.connect(self._open_bar)
            scroll = QScrollArea(self.chart_box)
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.chart)
            self._chart_layout.addWidget(scroll)
            height = max(self._right.height(), 300)
            self._right.setSizes([height * 3 // 5, height * 2 // 5])
        series = Series(self.tr("Uses of {0}").format(self.query), self.tr("uses"))
        for use in self.uses[:30]:
            first = use.occurrences[0]
            label = f"{use.region or use.title} {use.year or ''}".strip()
            series.add(label, use.count, (first.start, first.end), "count")
        self.chart.set_series(series)

    def _selected_uses(self) -> list:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        cells = [self.table.item(row, 0) for row in rows]
        chosen = [cell.data(USE_ROLE) for cell in cells if cell is not None]
        return chosen or self.uses

    @Slot()
    def _show_lines(self) -> None:
        self.lines.clear()
        for use in self._selected_uses():
            for occurrence in use.occurrences:
                item = QListWidgetItem(f"{use.region or use.title} {use.year or ''}  {occurrence.line}", self.lines)
                item.setData(HIT_ROLE, (use.document_id, occurrence.start, occurrence.end))

    @Slot(QListWidgetItem)
    def _open_line(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(*item.data(HIT_ROLE))

    @Slot(int)
    def _open_bar(self, row: int) -> None:
        use = self.uses[row]
        first = use.occurrences[0]
        self.openRequested.emit(use.document_id, first.start, first.end)

    @Slot()
    def _export(self) -> None:
        caption = self.tr("Export Term Uses")
        path, _ = QFileDialog.getSaveFileName(self, caption, f"{self.query}.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write every use (report, region, year, count, offsets, context line) to ``path`` as CSV."""
        from piyue.export.compare import safe_text
        from piyue.services.terms import terms_csv

        try:
            path.write_text(terms_csv(self.query, self.uses, safe_text), encoding="utf-8")
        except OSError as err:
            self.status.setText(self.tr("Cannot write {0}: {1}").format(path, err.strerror or err))
            return
        self.status.setText(self.tr("Exported to {0}").format(path))
