"""The metrics panel: every figure of the document in a sortable, filterable table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piyue.core.metrics import KINDS, Metric
from piyue.ui.metric_style import kind_label
from piyue.ui.metrics_model import MetricsFilter, MetricsModel


class MetricsPanel(QWidget):
    """Table of metrics with a kind filter and a text filter; double-click (or Enter) jumps to the figure."""

    #: The user asked to see this metric in the text.
    jumpRequested = Signal(Metric)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricsPanel")
        self.model = MetricsModel(self)
        self.proxy = MetricsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("metricsKindFilter")
        self.kind_box.setAccessibleName(self.tr("Kind of figure"))
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("metricsTextFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter figures, subjects, sections…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter figures"))
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setObjectName("metricsTable")
        self.table.setAccessibleName(self.tr("Figures"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MetricsModel.TEXT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 110), (1, 100), (2, 60), (3, 90), (4, 200)):
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(self.kind_box)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.kind_box.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.filter_edit.textChanged.connect(lambda _t: self._filter_changed())
        self._build_copy_actions()
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self._update_count()

    def set_metrics(self, metrics: list[Metric]) -> None:
        """Show the metrics of the current document."""
        self.model.set_metrics(metrics)
        self._update_count()

    def _build_copy_actions(self) -> None:
        """Ctrl+C and the right-click menu copy rows."""
        self.copy_action = QAction(self.tr("&Copy Rows"), self.table)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_rows)
        self.copy_all_action = QAction(self.tr("Copy &All Shown Rows"), self.table)
        self.copy_all_action.triggered.connect(lambda: self.copy_rows(all_shown=True))
        self.table.addAction(self.copy_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)

    def reset_filters(self) -> None:
        """Another report is shown: its figures start unfiltered."""
        self.kind_box.setCurrentIndex(0)
        self.filter_edit.clear()

    @Slot()
    def copy_rows(self, all_shown: bool = False) -> str:
        """Put the selected rows (or all rows shown) on the clipboard as tab-separated text with a header."""
        if all_shown:
            rows = range(self.proxy.rowCount())
        else:
            rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            return ""
        columns = range(self.proxy.columnCount())
        lines = ["\t".join(str(self.proxy.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)]
        for row in rows:
            cells = (self.proxy.index(row, c).data(Qt.ItemDataRole.DisplayRole) for c in columns)
            lines.append("\t".join(" ".join(str(cell or "").split()) for cell in cells))
        text = "\n".join(lines) + "\n"
        QGuiApplication.clipboard().setText(text)
        return text

    @Slot(QPoint)
    def _menu(self, point: QPoint) -> None:
        menu = QMenu(self.table)
        menu.addAction(self.copy_action)
        menu.addAction(self.copy_all_action)
        self.copy_action.setEnabled(self.table.selectionModel().hasSelection())
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _filter_changed(self) -> None:
        self.proxy.set_kind(self.kind_box.currentData())
        self.proxy.set_text(self.filter_edit.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{shown} of {total}").format(shown=shown, total=total) if shown != total else str(total)
        self.count_label.setText(text)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            metric = self.proxy.data(index, MetricsModel.MetricRole)
            if metric is not None:
                self.jumpRequested.emit(metric)
