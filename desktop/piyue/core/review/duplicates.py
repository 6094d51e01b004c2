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


def _quick_shares(later: _Body, j: int, index: dict[str, list[int]]) -> dict[int, float]:
    """For every earlier body (index below ``j``) sharing a clause with ``later``: the share of ``later``'s
    clause text found among that body's clauses. An inverted index of clauses makes this cost the
    matches, not the number of earlier bodies."""
    found: dict[int, int] = {}
    for clause in later.clauses:
        size = len(clause)
        for i in index.get(clause, ()):
            if i >= j:
                break  # the lists are in body order
            found[i] = found.get(i, 0) + size
    total = max(1, sum(len(c) for c in later.clauses))
    return {i: size / total for i, size in found.items()}


def _share(later: str, earlier: str) -> float:
    matcher = SequenceMatcher(None, earlier, later, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks() if block.size >= 4)
    return matched / max(len(later), len(earlier))


def _clause_index(bodies: list[_Body]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, body in enumerate(bodies):
        for clause in set(body.clauses):
            index.setdefault(clause, []).append(i)
    return index


def _best_earlier(bodies: list[_Body], j: int, index: dict[str, list[int]]) -> tuple[float, Section] | None:
    later = bodies[j]
    best: tuple[float, int, int, Section] | None = None
    for i, quick in sorted(_quick_shares(later, j, index).items()):
        earlier = bodies[i]
        if _contains(earlier.section, later.section) or _contains(later.section, earlier.section):
            continue
        if quick < MOSTLY_SHARE / 2:
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
    return None if best is None else (best[0], best[3])


def _ancestors(document: Document) -> dict[int, list[Section]]:
    """For each section (by id), the sections that contain it, innermost first."""
    chains: dict[int, list[Section]] = {}

    def visit(sections: list[Section], above: list[Section]) -> None:
        for section in sections:
            chains[id(section)] = above
            visit(section.children, [section, *above])

    visit(document.sections, [])
    return chains


def find_duplicate_sections(document: Document) -> list[tuple[Section, Section, float]]:
    """Pairs (later, earlier, share) of sections whose bodies repeat, best match per later section."""
    bodies = _bodies(document)
    index = _clause_index(bodies)
    pairs: list[tuple[Section, Section, float]] = []
    for j, later in enumerate(bodies):
        best = _best_earlier(bodies, j, index)
        if best is not None:
            pairs.append((later.section, best[1], best[0]))
    # A pair inside a pair already found (the subsections of a copied section) says nothing new.
    earlier_of = {id(later): earlier for later, earlier, _ in pairs}
    ancestors = _ancestors(document)
    kept: list[tuple[Section, Section, float]] = []
    for later, earlier, share in pairs:
        outer = [earlier_of[id(b)] for b in ancestors.get(id(later), ()) if id(b) in earlier_of]
        if any(_contains(a, earlier) for a in outer):
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


def _earlier_sections(document: Document, offset: int, earlier_of: dict[int, Section]) -> list[Section]:
    """The earlier sections of the duplicate pairs whose later section holds ``offset``."""
    return [earlier_of[id(s)] for s in document.section_path_at(offset) if id(s) in earlier_of]


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
    earlier_of = {id(later): earlier for later, earlier, _ in section_pairs}
    findings: list[Finding] = []
    for copies in seen.values():
        if len(copies) < 2:
            continue
        for index in range(1, len(copies)):
            start, end = copies[index]
            explained = any(
                any(earlier.start <= s < earlier.end for s, _ in copies[:index])
                for earlier in _earlier_sections(document, start, earlier_of)
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
