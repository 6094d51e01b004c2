"""The charts panel: growth rates and figures per section, each clickable and exportable as PNG.

Imported only when the panel is first shown, so pyqtgraph stays off the start-up path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from piyue.core.anchoring import AnchorState, Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.ui.charts.bar_chart import BarChart
from piyue.ui.charts.series import figures_per_section, growth_series, notes_per_section


class ChartsPanel(QWidget):
    """Tabs of charts for the current document."""

    #: Select this source span in the text (start, end).
    jumpRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPanel")
        self.tabs = QTabWidget(self)
        self.growth = BarChart(self)
        self.growth.setObjectName("growthChart")
        self.growth.setAccessibleName(self.tr("Growth rates chart"))
        self.sections = BarChart(self)
        self.sections.setObjectName("sectionsChart")
        self.sections.setAccessibleName(self.tr("Figures per section chart"))
        self.notes = BarChart(self)
        self.notes.setObjectName("notesChart")
        self.notes.setAccessibleName(self.tr("Notes per section chart"))
        self.charts = (self.growth, self.sections, self.notes)
        for chart, title in zip(
            self.charts,
            (self.tr("Growth rates"), self.tr("Figures per section"), self.tr("Notes per section")),
            strict=True,
        ):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(chart)
            self.tabs.addTab(scroll, title)
            chart.barClicked.connect(lambda row, c=chart: self.jumpRequested.emit(*c.series.offsets[row]))
        self.export_button = QPushButton(self.tr("Export PNG…"), self)
        self.export_button.clicked.connect(self._export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def set_data(self, document: Document | None, metrics: list[Metric], notes: list[Note] | None = None) -> None:
        """Draw the charts of ``document``: growth rates, figures and notes per section."""
        text = document.text if document is not None else ""
        title = self.tr("Growth rates (growth and decline, largest first)")
        self.growth.set_series(growth_series(metrics, title, "%", text))
        if document is None:
            return
        self.sections.set_series(
            figures_per_section(document, metrics, self.tr("Figures per section"), self.tr("figures"))
        )
        self.set_notes(document, notes or [])

    def set_notes(self, document: Document, notes: list[Note]) -> None:
        """Draw the notes-per-section chart (orphaned notes have no place in the text and are left out)."""
        starts = [n.anchor.start for n in notes if n.state is not AnchorState.ORPHANED]
        self.notes.set_series(notes_per_section(document, starts, self.tr("Notes per section"), self.tr("notes")))

    def current_chart(self) -> BarChart:
        """The chart on the visible tab."""
        return self.charts[max(self.tabs.currentIndex(), 0)]

    @Slot()
    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export Chart"), "chart.png", self.tr("PNG image (*.png)"))
        if name:
            path = Path(name)
            self.current_chart().export_png(path if path.suffix.lower() == ".png" else path.with_suffix(".png"))
