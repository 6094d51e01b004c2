"""A horizontal bar chart (pyqtgraph) that reports clicks on its bars and exports PNG."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from piyue.ui.charts.series import Series
from piyue.ui.metric_style import kind_color

ROW_HEIGHT = 24  # pixels per bar


class BarChart(QWidget):
    """Bars of a :class:`Series`, one per row, labelled on the left."""

    #: A bar was clicked; the argument is its index in the series.
    barClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series = Series("", "")
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.showAxis("top")  # the value axis stays in sight above a long list of bars
        self.plot.getAxis("top").setStyle(showValues=True)
        plot_item = self.plot.getPlotItem()
        assert plot_item is not None and self.plot.sceneObj is not None  # both made by PlotWidget()
        self._view: pg.ViewBox = plot_item.getViewBox()
        self.plot.sceneObj.sigMouseClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._bars: pg.BarGraphItem | None = None
        self.apply_palette(self.palette(), self.font())

    def apply_palette(self, palette: QPalette, font: QFont) -> None:
        """Follow the window's palette and font (Chinese labels need the CJK family)."""
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
        for name in ("left", "bottom", "top"):
            axis = self.plot.getAxis(name)
            axis.setPen(pen)
            axis.setTextPen(pen)
            axis.setStyle(tickFont=font)

    def changeEvent(self, event) -> None:
        """Follow palette changes (light/dark)."""
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.FontChange):
            self.apply_palette(self.palette(), self.font())

    @property
    def series(self) -> Series:
        """The series shown."""
        return self._series

    def set_series(self, series: Series) -> None:
        """Draw ``series``."""
        self._series = series
        if self._bars is not None:
            self.plot.removeItem(self._bars)
            self._bars = None
        count = len(series)
        self.plot.setTitle(series.title)
        self.plot.setLabel("bottom", series.unit)
        if count:
            brushes = [QColor(kind_color(kind)) for kind in series.kinds]
            self._bars = pg.BarGraphItem(
                x0=[0] * count,
                y=list(range(count)),
                height=0.62,
                width=series.values,
                brushes=brushes,
                pens=[None] * count,
            )
            self.plot.addItem(self._bars)
        left = self.plot.getAxis("left")
        left.setTicks([[(i, label) for i, label in enumerate(series.labels)]])
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(label) for label in series.labels), default=0)
        left.setWidth(min(widest + 24, 420))  # whole labels, not their last characters
        low = min([0.0, *series.values])
        high = max([0.0, *series.values]) or 1.0
        self._view.setXRange(low, high * 1.05, padding=0.02)
        self._view.setYRange(-0.6, max(count, 1) - 0.4, padding=0)
        self.setMinimumHeight(max(160, ROW_HEIGHT * count + 80))

    def bar_at(self, scene_pos: QPointF) -> int | None:
        """Index of the bar under ``scene_pos`` (scene coordinates), if any."""
        if not len(self._series):
            return None
        point = self._view.mapSceneToView(scene_pos)
        row = round(point.y())
        if not 0 <= row < len(self._series) or abs(point.y() - row) > 0.4:
            return None
        value = self._series.values[row]
        low, high = min(0.0, value), max(0.0, value)
        span = (high - low) or 1.0
        return row if low - 0.02 * span <= point.x() <= high + 0.02 * span else None

    @Slot(object)
    def _clicked(self, event) -> None:
        row = self.bar_at(event.scenePos())
        if row is not None:
            self.barClicked.emit(row)

    def export_png(self, path: Path) -> None:
        """Save the chart as PNG (pyqtgraph's SVG exporter crashes on Qt 6.11+)."""
        from pyqtgraph.exporters import ImageExporter

        ImageExporter(self.plot.plotItem).export(str(path))
