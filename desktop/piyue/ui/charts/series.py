"""Prepared series for the charts: plain data built from the document and its metrics (no pyqtgraph here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from piyue.core.metrics import Metric
from piyue.core.model import Document, Section
from piyue.core.outline.numbering import join_numbering

_GROWTH_VERBS = "增长|提高|提升|上涨|上升|增加|下降|降低|回落|下滑|减少"
# Right before the figure: a rate named as such (增速为5%, 增幅达到3%), or a verb of change (增长5%,
# 下降了2%). A verb with 到/至/达 names the level reached (污水处理率提高到97.3%), not a growth rate.
_GROWTH_BEFORE = re.compile(rf"(?:(增速|增幅)(?:为|达到|达|是)?|({_GROWTH_VERBS})了?)$")
_DECLINE = frozenset({"下降", "降低", "回落", "下滑", "减少"})
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


def growth_direction(text: str, start: int) -> int:
    """+1 when the figure at ``start`` is a growth rate (增长/提高/上升…), -1 for a decline (下降/回落…),
    0 otherwise: shares (占全市8%), rates (失业率、普及率、贡献率达…), levels reached (提高到97.3%) and
    differences are not growth."""
    match = _GROWTH_BEFORE.search(text, max(0, start - 8), start)
    if match is None:
        return 0
    return -1 if match.group(2) in _DECLINE else 1


def growth_series(metrics: list[Metric], title: str, unit: str, text: str) -> Series:
    """The growth rates among the percent figures (``text`` is the document's, for the verb before
    each figure), labelled by subject, largest first; a decline is a negative bar."""
    found: list[tuple[float, str, tuple[int, int], str]] = []
    for metric in metrics:
        if metric.kind != "percent" or metric.value is None:
            continue
        direction = growth_direction(text, metric.start)
        if not direction:
            continue
        subject = _short(metric.subject) if metric.subject else ""
        label = f"{subject}  {metric.text}" if subject else metric.text
        found.append((direction * abs(float(metric.value)), label, (metric.start, metric.end), metric.kind))
    series = Series(title, unit)
    for value, label, span, kind in sorted(found, key=lambda item: -item[0]):
        series.add(label, value, span, kind)
    return series


def _shown_sections(document: Document, depth: int) -> list[tuple[Section, int]]:
    """The sections down to ``depth``, in outline order, with their level."""
    shown: list[tuple[Section, int]] = []

    def visit(sections: list[Section], level: int) -> None:
        for section in sections:
            shown.append((section, level))
            if level < depth:
                visit(section.children, level + 1)

    visit(document.sections, 1)
    return shown


def per_section(document: Document, offsets: list[int], title: str, unit: str, depth: int = 3) -> Series:
    """How many of ``offsets`` (figures, notes) each section down to ``depth`` holds, each counted
    once, at the innermost shown section around it (a parent's bar does not repeat its children's)."""
    shown = _shown_sections(document, depth)
    counts = [0] * len(shown)
    for offset in offsets:
        inner = None
        for index, (section, _level) in enumerate(shown):
            if section.start <= offset < section.end:
                inner = index  # sections come in outline order: the last one holding it is the innermost
        if inner is not None:
            counts[inner] += 1
    series = Series(title, unit)
    for (section, level), count in zip(shown, counts, strict=True):
        label = "  " * (level - 1) + _short(join_numbering(section.numbering, section.title))
        series.add(label, float(count), (section.start, section.heading_end), "count")
    return series


def figures_per_section(document: Document, metrics: list[Metric], title: str, unit: str, depth: int = 3) -> Series:
    """How many figures each section holds, each figure counted once at its nearest section."""
    return per_section(document, [m.start for m in metrics], title, unit, depth)


def notes_per_section(document: Document, starts: list[int], title: str, unit: str, depth: int = 3) -> Series:
    """How many notes (by the start of their passage) each section holds, each counted once."""
    return per_section(document, starts, title, unit, depth)
