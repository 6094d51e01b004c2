"""Metric extraction: every figure of a report, per ``METRICS-GUIDELINE.md``.

Decisions on forms the guideline does not settle (``增长19倍`` → ratio 19,
``301户611人``, ``2.28∶1``, ``全省第2`` vs ``全国第4个`` …) are written down in
``docs/metrics-guideline-notes.md``.

Pure Python (no Qt, no database, no jieba). The entry points are
:func:`extract_metrics` for a string and :func:`metrics_for_document` for a
parsed :class:`~piyue.core.model.Document`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from piyue.core.metrics.model import KINDS, Metric

if TYPE_CHECKING:
    from piyue.core.metrics.extract import extract_metrics, metrics_for_document, section_label
    from piyue.core.metrics.lazy import resolve_subjects

__all__ = ["KINDS", "Metric", "extract_metrics", "metrics_for_document", "resolve_subjects", "section_label"]

_LAZY = ("extract_metrics", "metrics_for_document", "section_label")


def __getattr__(name: str) -> Any:
    """Load the extractor (and compile its patterns) on first use, so that importing :class:`Metric` is cheap."""
    if name in _LAZY:
        from piyue.core.metrics import extract

        return getattr(extract, name)
    if name == "resolve_subjects":
        from piyue.core.metrics.lazy import resolve_subjects

        return resolve_subjects
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
