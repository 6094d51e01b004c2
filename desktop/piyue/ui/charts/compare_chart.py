"""One indicator across reports (pyqtgraph): the target as a bar with a whisker over its range,
the result as a dot; clicking a bar or a dot reports which row and which figure."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

ROW_HEIGHT = 26
TARGET_COLOR = "#8fb3d9"
RESULT_COLOR = "#d9534f"


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One report's figures for the indicator shown (None where the report states none)."""

    label: str
    target: float | None
    target_high: float | None
    result: float | None


class CompareChart(QWidget):
    """Horizontal bars, one row per report."""

    #: A figure was clicked: its row, and ``"target"`` or ``"achieved"``.
    figureClicked = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.addLegend(offset=(-10, 10))
        plot_item = self.plot.getPlotItem()
        assert plot_item is not None and self.plot.sceneObj is not None  # both made by PlotWidget()
        self._view: pg.ViewBox = plot_item.getViewBox()
        self.plot.sceneObj.sigMouseClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.apply_palette(self.palette(), self.font())

    def apply_palette(self, palette: QPalette, font: QFont) -> None:
        """Follow the window's palette and font (Chinese labels need the CJK family)."""
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pen)
            axis.setTextPen(pen)
            axis.setStyle(tickFont=font)

    def set_rows(self, title: str, unit: str, rows: list[ChartRow], names: tuple[str, str]) -> None:
        """Draw ``rows``; ``names`` label the target and the result in the legend."""
        self.rows = list(rows)
        self.plot.clear()
        self.plot.setTitle(title)
        self.plot.setLabel("bottom", unit)
        targets = [(i, r) for i, r in enumerate(rows) if r.target is not None]
        if targets:
            bars = pg.BarGraphItem(
                x0=[0] * len(targets),
                y=[i for i, _ in targets],
                height=0.55,
                width=[r.target for _, r in targets],
                brush=QColor(TARGET_COLOR),
                pen=None,
                name=names[0],
            )
            self.plot.addItem(bars)
        ranged = [(i, r) for i, r in targets if r.target_high is not None and r.target is not None]
        if ranged:
            whiskers = pg.ErrorBarItem(
                x=np.array([r.target or 0.0 for _, r in ranged]),
                y=np.array([float(i) for i, _ in ranged]),
                left=np.zeros(len(ranged)),
                right=np.array([(r.target_high or 0.0) - (r.target or 0.0) for _, r in ranged]),
                beam=0.3,
                pen=pg.mkPen(QColor("#2c5d8f"), width=2),
            )
            self.plot.addItem(whiskers)
        results = [(i, r) for i, r in enumerate(rows) if r.result is not None]
        if results:
            self.plot.plot(
                [r.result for _, r in results],
                [i for i, _ in results],
                pen=None,
                symbol="o",
                symbolSize=11,
                symbolBrush=QColor(RESULT_COLOR),
                name=names[1],
            )
        self.plot.getAxis("left").setTicks([[(i, r.label) for i, r in enumerate(rows)]])
        values = [v for r in rows for v in (r.target, r.target_high, r.result) if v is not None]
        low, high = min([0.0, *values]), max([0.0, *values]) or 1.0
        self._view.setXRange(low, high * 1.08, padding=0.02)
        self._view.setYRange(-0.6, max(len(rows), 1) - 0.4, padding=0)
        self.setMinimumHeight(max(200, ROW_HEIGHT * len(rows) + 90))

    def figure_at(self, scene_pos: QPointF) -> tuple[int, str] | None:
        """The row and figure (target bar or result dot) under ``scene_pos``, if any."""
        if not self.rows:
            return None
        point = self._view.mapSceneToView(scene_pos)
        row = round(point.y())
        if not 0 <= row < len(self.rows) or abs(point.y() - row) > 0.4:
            return None
        entry = self.rows[row]
        x_range = self._view.viewRange()[0]
        tolerance = (x_range[1] - x_range[0]) * 0.02
        if entry.result is not None and abs(point.x() - entry.result) <= tolerance:
            return row, "achieved"
        if entry.target is not None:
            top = entry.target_high if entry.target_high is not None else entry.target
            if min(0.0, entry.target) - tolerance <= point.x() <= max(0.0, top) + tolerance:
                return row, "target"
        return None

    @Slot(object)
    def _clicked(self, event) -> None:
        found = self.figure_at(event.scenePos())
        if found is not None:
            self.figureClicked.emit(*found)

    def export_png(self, path: Path) -> None:
        """Save the chart as PNG."""
        from pyqtgraph.exporters import ImageExporter

        ImageExporter(self.plot.getPlotItem()).export(str(path))
