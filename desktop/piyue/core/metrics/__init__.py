"""Metric extraction: every figure of a report, per ``METRICS-GUIDELINE.md``.

Pure Python (no Qt, no database, no jieba). The entry points are
:func:`extract_metrics` for a string and :func:`metrics_for_document` for a
parsed :class:`~piyue.core.model.Document`.
"""

from __future__ import annotations

from piyue.core.metrics.extract import extract_metrics, metrics_for_document, section_label
from piyue.core.metrics.model import KINDS, Metric

__all__ = ["KINDS", "Metric", "extract_metrics", "metrics_for_document", "section_label"]
