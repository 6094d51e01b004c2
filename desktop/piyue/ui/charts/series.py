"""Prepared series for the charts: plain data built from the document and its metrics (no pyqtgraph here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.core.outline.numbering import join_numbering

GROWTH_KINDS = ("percent", "percentage_point")
_LABEL_MAX = 18


@dataclass(slots=True)
class Series:
    """Bars of one chart: a label, a value, where to jump, and the metric kind (for colour)."""

    title: str
    unit: str
    labels: list[str] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    offsets: list[tuple[int, int]] = field(default_factory=list)  # (start, end) to select on click
    kinds: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.values)

    def add(self, label: str, value: float, span: tuple[int, int], kind: str) -> None:
        """Append one bar."""
        self.labels.append(label)
        self.values.append(value)
        self.offsets.append(span)
        self.kinds.append(kind)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_MAX else text[: _LABEL_MAX - 1] + "…"


def growth_series(metrics: list[Metric], title: str, unit: str) -> Series:
    """Percent and percentage-point figures in document order, labelled by subject (or the figure)."""
    series = Series(title, unit)
    for metric in metrics:
        if metric.kind not in GROWTH_KINDS:
            continue
        label = _short(metric.subject) if metric.subject else metric.text
        series.add(f"{label}  {metric.text}", float(metric.value), (metric.start, metric.end), metric.kind)
    return series


def figures_per_section(document: Document, metrics: list[Metric], title: str, unit: str, depth: int = 2) -> Series:
    """How many figures each section down to ``depth`` holds (subsections included), along the outline."""
    import bisect

    starts = sorted(m.start for m in metrics)
    series = Series(title, unit)

    def visit(sections, level: int) -> None:
        for section in sections:
            count = bisect.bisect_left(starts, section.end) - bisect.bisect_left(starts, section.start)
            indent = "  " * (level - 1)
            label = indent + _short(join_numbering(section.numbering, section.title))
            series.add(label, float(count), (section.start, section.heading_end), "count")
            if level < depth:
                visit(section.children, level + 1)

    visit(document.sections, 1)
    return series
