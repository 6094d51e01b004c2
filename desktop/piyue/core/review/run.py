"""Run every review check on a document (see :mod:`piyue.core.review` for the codes)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from piyue.core.model import Document
from piyue.core.review.duplicates import check_duplicate_paragraphs, check_duplicate_sections
from piyue.core.review.finding import Finding
from piyue.core.review.headings import check_duplicate_headings, check_empty_sections
from piyue.core.review.metrics import check_metric_conflicts
from piyue.core.review.numbering import check_brackets, check_level_skip, check_numbering

CODES: tuple[str, ...] = (
    "duplicate-heading",
    "duplicate-section",
    "duplicate-paragraph",
    "numbering-order",
    "numbering-gap",
    "level-skip",
    "empty-section",
    "metric-conflict",
    "mixed-brackets",
)


def run_checks(document: Document, metrics: Sequence[Any] | None = None) -> list[Finding]:
    """Every check on ``document``, findings sorted by position.

    ``metrics`` are the document's metrics if already extracted; otherwise they
    are extracted here (and ``metric-conflict`` is skipped if the extractor is
    unavailable).
    """
    findings: list[Finding] = []
    findings += check_duplicate_headings(document)
    section_findings, pairs = check_duplicate_sections(document)
    findings += section_findings
    findings += check_duplicate_paragraphs(document, pairs)
    findings += check_numbering(document)
    findings += check_level_skip(document)
    findings += check_empty_sections(document)
    findings += check_brackets(document)
    findings += check_metric_conflicts(document, metrics)
    findings.sort(key=Finding.sort_key)
    return findings
