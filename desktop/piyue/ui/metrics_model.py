"""Table model of a document's metrics, and the proxy that filters it by kind and text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from piyue.core.metrics import Metric
from piyue.core.values import chinese, grouped
from piyue.ui.filtering import change_row_filter
from piyue.ui.metric_style import kind_color, kind_label

_Index = QModelIndex | QPersistentModelIndex


class MetricsModel(QAbstractTableModel):
    """One row per metric: figure, value, unit, kind, subject, section."""

    TEXT, VALUE, UNIT, KIND, SUBJECT, SECTION = range(6)
    MetricRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._metrics: list[Metric] = []
        self._headers = [
            self.tr("Figure"),
            self.tr("Value"),
            self.tr("Unit"),
            self.tr("Kind"),
            self.tr("Subject"),
            self.tr("Section"),
        ]

    def set_metrics(self, metrics: list[Metric]) -> None:
        """Show ``metrics`` (in document order)."""
        self.beginResetModel()
        self._metrics = list(metrics)
        self.endResetModel()

    def metric(self, row: int) -> Metric:
        """The metric of ``row``."""
        return self._metrics[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of metrics."""
        return 0 if parent.isValid() else len(self._metrics)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Six columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, sort keys, tooltips and the kind's colour."""
        if not index.isValid():
            return None
        metric = self._metrics[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(metric, column)
        if role == self.SortRole:
            if column == self.VALUE:
                return float(metric.value)
            if column == self.TEXT:
                return metric.start
            return self._display(metric, column) or ""
        if role == self.MetricRole:
            return metric
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(metric)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND:
            return QBrush(kind_color(metric.kind))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, metric: Metric, column: int) -> str | None:
        if column == self.TEXT:
            return metric.text
        if column == self.VALUE:
            return chinese(metric.value)
        if column == self.UNIT:
            return metric.unit or ""
        if column == self.KIND:
            return kind_label(metric.kind)
        if column == self.SUBJECT:
            return metric.subject or ""
        if column == self.SECTION:
            return nearest_section(metric.section)
        return None

    def _tooltip(self, metric: Metric) -> str:  # the whole section path is in the tooltip
        return metric_tooltip(metric)


def metric_tooltip(metric: Metric) -> str:
    """Plain-text description of a metric: value, unit, kind, subject, qualifier."""
    lines = [f"{metric.text}  →  {grouped(metric.value)} {metric.unit or ''}".rstrip()]
    lines.append(kind_label(metric.kind) + (f" · {metric.qualifier}" if metric.qualifier else ""))
    if metric.approx:
        lines[-1] += " · ≈"
    if metric.subject:
        lines.append(metric.subject)
    if metric.section:
        lines.append(metric.section)
    return "\n".join(lines)


def nearest_section(label: str | None) -> str:
    """The innermost section of a metric's section path (``a / b / c`` → ``c``): where the figure is."""
    return (label or "").rsplit(" / ", 1)[-1]


class MetricsFilter(QSortFilterProxyModel):
    """Filters metrics by kind (None = all) and by text in figure, unit, subject or section."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._needle = ""
        self.setSortRole(MetricsModel.SortRole)

    def set_kind(self, kind: str | None) -> None:
        """Show only ``kind`` (``None`` for every kind)."""
        change_row_filter(self, lambda: setattr(self, "_kind", kind or None))

    def set_text(self, text: str) -> None:
        """Show only metrics whose figure, unit, subject or section contains ``text``."""
        change_row_filter(self, lambda: setattr(self, "_needle", text.strip().casefold()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; by figure ascending is document order, the source's own order, so the
        proxy keeps that without asking every row for its sort key (thousands in a long report)."""
        if column == MetricsModel.TEXT and order == Qt.SortOrder.AscendingOrder:
            column = -1
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Apply the kind and text filters."""
        model = self.sourceModel()
        if not isinstance(model, MetricsModel):
            return True
        metric = model.metric(source_row)
        if self._kind is not None and metric.kind != self._kind:
            return False
        if not self._needle:
            return True
        haystack = " ".join(filter(None, (metric.text, metric.unit, metric.subject, metric.section))).casefold()
        return self._needle in haystack
