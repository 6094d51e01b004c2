"""Analyse a report: its figures (metrics) and the review checks' findings.

A failing analysis never keeps a report from opening: it becomes a :class:`Problem` (a code and the
reason), which the window translates and the CLI prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from piyue.core.model import Document

if TYPE_CHECKING:
    from piyue.core.metrics import Metric
    from piyue.core.review import Finding

#: Problem codes.
METRICS_FAILED = "metrics-failed"
CHECKS_FAILED = "checks-failed"


@dataclass(frozen=True, slots=True)
class Problem:
    """An analysis that failed: ``code`` (METRICS_FAILED, CHECKS_FAILED) and the error, in one line."""

    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the analyses found in a document."""

    metrics: tuple[Metric, ...] = ()
    findings: tuple[Finding, ...] = ()
    problems: tuple[Problem, ...] = field(default=())


def _reason(err: Exception) -> str:
    return f"{err.__class__.__name__}: {err}"


def analyse(document: Document) -> Analysis:
    """Run the analyses the window and ``check`` show; a failing analysis is reported, never raised."""
    from piyue.core.metrics import metrics_for_document, resolve_subjects
    from piyue.core.review import run_checks

    problems: list[Problem] = []
    metrics: list[Metric] = []
    findings: list[Finding] = []
    try:
        # Subjects are resolved here, off the UI thread, not on the figures panel's first paint.
        metrics = resolve_subjects(metrics_for_document(document))
    except Exception as err:  # an analysis bug must not keep the report from opening
        problems.append(Problem(METRICS_FAILED, _reason(err)))
    try:
        findings = run_checks(document, metrics)
    except Exception as err:
        problems.append(Problem(CHECKS_FAILED, _reason(err)))
    return Analysis(tuple(metrics), tuple(findings), tuple(problems))
