"""Repeated text: ``duplicate-section`` and ``duplicate-paragraph``.

A section's body is compared with every earlier section's body that neither
contains it nor is contained by it. Clauses (text between ，。；…) give a quick
first estimate; the pairs that pass it are measured with difflib, and the share
reported is the text the two bodies have in common (in order, in runs of 4
characters or more) over the longer body — so a one-sentence section does not
"repeat" a long one it quotes from. Paragraph copies inside a pair of sections
already reported as duplicates are reported as ``info`` only: the section finding
says it all, but the review panel can still list each copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from piyue.core.model import Document, Section
from piyue.core.review._common import PROSE_KINDS, label, prose_text, squeeze
from piyue.core.review.finding import Finding

# A section body shorter than this (in characters, punctuation removed) is not compared.
MIN_SECTION_CHARS = 20
# Share of the later body found in the earlier one: error from WHOLE, warning from MOSTLY.
WHOLE_SHARE = 0.95
MOSTLY_SHARE = 0.6
# A paragraph shorter than this (punctuation removed) may repeat harmlessly (会议 formulas).
MIN_PARAGRAPH_CHARS = 12

_CLAUSE_RE = re.compile(r"[，。；：！？,;:!?\n]+")


@dataclass(slots=True)
class _Body:
    section: Section
    text: str  # squeezed body
    clauses: list[str]


def _bodies(document: Document) -> list[_Body]:
    bodies: list[_Body] = []
    for section in document.walk():
        raw = prose_text(document, section.heading_end, section.end)
        text = squeeze(raw)
        if len(text) < MIN_SECTION_CHARS:
            continue
        clauses = [c for c in (squeeze(part) for part in _CLAUSE_RE.split(raw)) if len(c) >= 4]
        bodies.append(_Body(section, text, clauses))
    return bodies


def _contains(outer: Section, inner: Section) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _quick_shares(bodies: list[_Body]) -> list[dict[int, float]]:
    """For each body j, the share of its clause characters found among the clauses of each earlier body i
    (only the i that share any), through an index of clause → bodies: linear in the clauses, not quadratic
    in the sections (a 1 MB report has thousands)."""
    holders: dict[str, list[int]] = {}
    shares: list[dict[int, float]] = []
    for j, body in enumerate(bodies):
        found: dict[int, int] = {}
        for clause in body.clauses:
            for i in holders.get(clause, ()):
                found[i] = found.get(i, 0) + len(clause)
        total = max(1, sum(len(c) for c in body.clauses))
        shares.append({i: n / total for i, n in found.items()})
        for clause in set(body.clauses):
            holders.setdefault(clause, []).append(j)
    return shares


def _share(later: str, earlier: str) -> float:
    matcher = SequenceMatcher(None, earlier, later, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks() if block.size >= 4)
    return matched / max(len(later), len(earlier))


def find_duplicate_sections(document: Document) -> list[tuple[Section, Section, float]]:
    """Pairs (later, earlier, share) of sections whose bodies repeat, best match per later section."""
    bodies = _bodies(document)
    quick = _quick_shares(bodies)
    pairs: list[tuple[Section, Section, float]] = []
    for j, later in enumerate(bodies):
        best: tuple[float, int, int, Section] | None = None
        for i in sorted(i for i, share in quick[j].items() if share >= MOSTLY_SHARE / 2):
            earlier = bodies[i]
            if _contains(earlier.section, later.section) or _contains(later.section, earlier.section):
                continue
            if min(len(later.text), len(earlier.text)) < MOSTLY_SHARE * max(len(later.text), len(earlier.text)):
                continue  # the share over the longer body cannot reach MOSTLY_SHARE
            share = _share(later.text, earlier.text)
            if share < MOSTLY_SHARE:
                continue
            same_level = int(earlier.section.level == later.section.level)
            closeness = -abs(len(earlier.text) - len(later.text))
            candidate = (round(share, 3), same_level, closeness, earlier.section)
            if best is None or candidate[:3] > best[:3]:
                best = candidate
        if best is not None:
            pairs.append((later.section, best[3], best[0]))
    # A pair inside a pair already found (the subsections of a copied section) says nothing new.
    kept: list[tuple[Section, Section, float]] = []
    for later, earlier, share in pairs:
        if any(_contains(b, later) and _contains(a, earlier) and (b, a) != (later, earlier) for b, a, _ in pairs):
            continue
        kept.append((later, earlier, share))
    return kept


def check_duplicate_sections(document: Document) -> tuple[list[Finding], list[tuple[Section, Section, float]]]:
    """``duplicate-section`` findings, and the pairs behind them (for the paragraph check)."""
    findings: list[Finding] = []
    pairs = find_duplicate_sections(document)
    for later, earlier, share in pairs:
        percent = round(share * 100)
        if share >= WHOLE_SHARE:
            severity = "error"
            zh = f"“{label(later)}”的正文与前文“{label(earlier)}”重复（{percent}%）"
            en = f"the body of '{label(later)}' repeats that of '{label(earlier)}' ({percent}% the same)"
        else:
            severity = "warning"
            zh = f"“{label(later)}”的正文大部分与前文“{label(earlier)}”相同（{percent}%）"
            en = f"the body of '{label(later)}' mostly repeats that of '{label(earlier)}' ({percent}% the same)"
        findings.append(Finding("duplicate-section", severity, zh, en, later.start, later.end, (earlier.start,)))
    return findings, pairs


def check_duplicate_paragraphs(
    document: Document, section_pairs: list[tuple[Section, Section, float]] | None = None
) -> list[Finding]:
    """The same paragraph twice or more; one finding per later copy, ``related`` = the other copies."""
    if section_pairs is None:
        section_pairs = find_duplicate_sections(document)
    seen: dict[str, list[tuple[int, int]]] = {}
    for block in document.blocks:
        if block.kind not in PROSE_KINDS:
            continue
        key = squeeze(document.text[block.start : block.end])
        if len(key) >= MIN_PARAGRAPH_CHARS:
            seen.setdefault(key, []).append((block.start, block.end))
    findings: list[Finding] = []
    for copies in seen.values():
        if len(copies) < 2:
            continue
        for index in range(1, len(copies)):
            start, end = copies[index]
            explained = any(
                later.start <= start < later.end and any(earlier.start <= s < earlier.end for s, _ in copies[:index])
                for later, earlier, _ in section_pairs
            )
            others = tuple(s for k, (s, _) in enumerate(copies) if k != index)
            snippet = document.text[start:end].strip()
            snippet = snippet if len(snippet) <= 30 else snippet[:29] + "…"
            findings.append(
                Finding(
                    "duplicate-paragraph",
                    "info" if explained else "warning",
                    f"段落“{snippet}”在文中重复出现（共{len(copies)}处）",
                    f"paragraph '{snippet}' appears {len(copies)} times",
                    start,
                    end,
                    others,
                )
            )
    return findings
