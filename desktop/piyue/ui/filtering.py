"""One way to change a QSortFilterProxyModel's filter, on every Qt we support."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def change_row_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Run ``change`` (which alters the filter's values) and refilter the rows.

    Qt 6.10 replaced ``invalidateFilter()`` (now deprecated) by ``beginFilterChange()``/``endFilterChange()``.
    """
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt < 6.10
        change()
        proxy.invalidateFilter()
