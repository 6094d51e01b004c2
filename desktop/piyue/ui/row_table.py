"""A table model over a list of rows that sorts itself in Python (a key per row; a proxy model asking Qt for
every cell's sort key cost more than listing a thousand reports) and keeps its sort order when the rows are
replaced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """``rows`` shown one per line under ``_headers``; subclasses say what a column sorts by
    (:meth:`sort_key`) and what a cell shows (``data``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._headers: list[str] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def sort_key(self, row: int, column: int) -> Any:
        """What row ``row`` sorts by in ``column``."""
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        """Show ``rows``, in the current sort order."""
        self.beginResetModel()
        self.rows = list(rows)
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (a stable sort: equal rows keep their order)."""
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sorted = (column, order)
        keys = [self.sort_key(n, column) for n in range(len(self.rows))]
        ranked = sorted(range(len(self.rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = [self.rows[n] for n in ranked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._headers)
