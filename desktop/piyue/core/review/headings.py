"""Checks on headings: ``duplicate-heading`` and ``empty-section``."""

from __future__ import annotations

from piyue.core.model import Document, Section
from piyue.core.review._common import heading_span, label, marker_of, sibling_groups, squeeze
from piyue.core.review.finding import Finding


def _numbering_key(section: Section) -> tuple[str, int] | None:
    marker = marker_of(section)
    return None if marker is None else (str(marker.style), marker.value)


def check_duplicate_headings(document: Document) -> list[Finding]:
    """Two siblings (same parent, same level) with the same numbering and/or the same title.

    Same numbering and title: error (a section pasted twice). Same title only or
    same numbering only: warning. One finding per later copy, ``related`` = the
    earlier ones.
    """
    findings: list[Finding] = []
    for _parent, siblings in sibling_groups(document):
        by_number: dict[tuple[str, int], list[Section]] = {}  # earlier siblings by numbering, then by title:
        by_title: dict[str, list[Section]] = {}  # (one pass, not every pair of siblings)
        for section in siblings:
            key = _numbering_key(section)
            title = squeeze(section.title)
            same_number = list(by_number.get(key, ())) if key is not None else []
            same_title = list(by_title.get(title, ())) if title else []
            if key is not None:
                by_number.setdefault(key, []).append(section)
            by_title.setdefault(title, []).append(section)
            if not same_number and not same_title:
                continue
            start, end = heading_span(section)
            titled = {id(s) for s in same_title}
            both = [s for s in same_number if id(s) in titled]
            if both:
                others = both
                severity = "error"
                zh = f"标题“{label(section)}”与同级前文的标题（编号和名称）完全相同"
                en = f"heading '{label(section)}' repeats an earlier sibling heading (same numbering and title)"
            elif same_title:
                others = same_title
                severity = "warning"
                zh = f"同级已有标题“{section.title}”，名称重复"
                en = f"the title '{section.title}' is used by an earlier sibling heading"
            else:
                others = same_number
                severity = "warning"
                zh = f"编号“{section.numbering}”在同级中重复（前文“{label(others[0])}”）"
                en = f"numbering '{section.numbering}' is used twice at this level (earlier: '{label(others[0])}')"
            findings.append(Finding("duplicate-heading", severity, zh, en, start, end, tuple(s.start for s in others)))
    return findings


def check_empty_sections(document: Document) -> list[Finding]:
    """A heading with neither body text nor subsections."""
    findings: list[Finding] = []
    for section in document.walk():
        if section.children:
            continue
        if squeeze(document.text[section.heading_end : section.end]):
            continue
        start, end = heading_span(section)
        findings.append(
            Finding(
                "empty-section",
                "warning",
                f"“{label(section)}”下没有正文",
                f"section '{label(section)}' has no text",
                start,
                end,
            )
        )
    return findings
