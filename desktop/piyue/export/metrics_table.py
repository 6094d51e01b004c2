"""The metrics appendix as rows of text, shared by the HTML, Word and PDF exports."""

from __future__ import annotations

from collections.abc import Sequence

from piyue.core.metrics import Metric
from piyue.core.values import plain as format_value
from piyue.export.labels import KIND_LABELS

METRIC_HEADERS: tuple[str, ...] = ("原文", "数值", "单位", "类别", "指标", "章节", "位置")


def readable_value(value: float) -> str:
    """A metric value for people: thousands grouped (1,000,000,000,000), no useless ``.0``."""
    if float(value).is_integer() and abs(value) >= 10_000:
        return f"{int(value):,}"
    return format_value(value)


def innermost(section: str | None) -> str:
    """The innermost section of a metric's section label (``A / B / C`` → ``C``)."""
    return (section or "").split(" / ")[-1].strip()


def metric_rows(metrics: Sequence[Metric]) -> list[tuple[str, ...]]:
    """One row per metric, in text order: text, value (≈ when approximate), unit, kind, subject, section, offsets."""
    rows = []
    for m in sorted(metrics, key=lambda m: (m.start, m.end)):
        value = ("≈" if m.approx else "") + readable_value(m.value)
        rows.append(
            (
                m.text,
                value,
                m.unit or "",
                KIND_LABELS.get(m.kind, m.kind),
                m.subject or "",
                innermost(m.section),
                f"{m.start}–{m.end}",
            )
        )
    return rows
