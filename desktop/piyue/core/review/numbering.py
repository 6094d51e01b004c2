"""Checks on numbering: ``numbering-order``, ``numbering-gap``, ``level-skip``, ``mixed-brackets``.

Numbering is compared among siblings only (numbering restarts in every part),
style by style: （一） and 1. under the same parent are two sequences.
"""

from __future__ import annotations

from collections import Counter

from piyue.core.model import Document, Section
from piyue.core.outline.numbering import STYLE_RANK, Marker, Style
from piyue.core.review._common import ancestors, heading_span, label, marker_of, sibling_groups
from piyue.core.review.finding import Finding

_CN = "零一二三四五六七八九"


def _cn(value: int) -> str:
    """A small integer as a Chinese numeral (for messages)."""
    if value < 10:
        return _CN[value]
    tens, ones = divmod(value, 10)
    head = "" if tens == 1 else _CN[tens]
    return head + "十" + (_CN[ones] if ones else "")


def _written(style: Style, value: int) -> str:
    """How number ``value`` of ``style`` is written: 三、 （三） 3. （3）."""
    if style is Style.CN_COMMA:
        return f"{_cn(value)}、"
    if style is Style.CN_PAREN:
        return f"（{_cn(value)}）"
    if style is Style.ARABIC_DOT:
        return f"{value}."
    return f"（{value}）"


def _sequences(siblings: list[Section]) -> dict[Style, list[tuple[Section, Marker]]]:
    runs: dict[Style, list[tuple[Section, Marker]]] = {}
    for section in siblings:
        marker = marker_of(section)
        if marker is not None:
            runs.setdefault(marker.style, []).append((section, marker))
    return runs


def check_numbering(document: Document) -> list[Finding]:
    """Out-of-order numbers (（四） before （三）) and gaps (（二） then （四））.

    A number already used earlier among the siblings is a duplicate (reported by
    ``duplicate-heading``), not an order problem. A missing number that shows up
    later is an order problem, not a gap.
    """
    findings: list[Finding] = []
    for _parent, siblings in sibling_groups(document):
        for style, run in _sequences(siblings).items():
            values = [m.value for _, m in run]
            seen: set[int] = set()
            previous = 0
            for index, (section, marker) in enumerate(run):
                value = marker.value
                start, end = heading_span(section)
                if value in seen:
                    previous = max(previous, value)
                    continue
                if value < previous:
                    # An earlier sibling has a higher number: point at the first such one.
                    first_higher = next(s for s, m in run[:index] if m.value > value)
                    higher = next(m for s, m in run[:index] if m.value > value)
                    findings.append(
                        Finding(
                            "numbering-order",
                            "error",
                            f"编号顺序颠倒：“{label(first_higher)}”排在“{label(section)}”之前",
                            f"numbering out of order: '{higher.text}' comes before '{marker.text}'",
                            start,
                            end,
                            (first_higher.start,),
                        )
                    )
                elif value > previous + 1:
                    later = set(values[index + 1 :])
                    missing = [v for v in range(previous + 1, value) if v not in later]
                    if missing:
                        shown = "、".join(_written(style, v) for v in missing[:5])
                        shown_en = ", ".join(_written(style, v) for v in missing[:5])
                        if len(missing) > 5:
                            shown += "等"
                            shown_en += ", …"
                        related = () if index == 0 else (run[index - 1][0].start,)
                        findings.append(
                            Finding(
                                "numbering-gap",
                                "warning",
                                f"编号不连续：“{label(section)}”之前缺少{shown}",
                                f"numbering gap: {shown_en} missing before '{marker.text}'",
                                start,
                                end,
                                related,
                            )
                        )
                seen.add(value)
                previous = max(previous, value)
    return findings


def check_level_skip(document: Document) -> list[Finding]:
    """A heading that skips a level: 一、 then （1） with no （一）; ``##`` then ``####``."""
    findings: list[Finding] = []
    chains = ancestors(document)
    for section in document.walk():
        chain = chains[id(section)]
        marker = marker_of(section)
        start, end = heading_span(section)
        if marker is not None:
            numbered = [(s, m) for s in chain if (m := marker_of(s)) is not None]
            if not numbered:
                continue
            parent, parent_marker = numbered[-1]
            gap = STYLE_RANK[marker.style] - STYLE_RANK[parent_marker.style]
            if gap > 1:
                low, high = STYLE_RANK[parent_marker.style], STYLE_RANK[marker.style]
                skipped = [s for s, r in STYLE_RANK.items() if low < r < high]
                shown = "、".join(_written(s, 1) for s in skipped)
                findings.append(
                    Finding(
                        "level-skip",
                        "warning",
                        f"层级跳跃：“{label(parent)}”之下直接出现“{marker.text}”，缺少{shown}一级",
                        f"heading level skipped: '{marker.text}' directly under '{parent_marker.text}'"
                        f" with no {', '.join(_written(s, 1) for s in skipped)} level between",
                        start,
                        end,
                        (parent.start,),
                    )
                )
        elif document.format == "markdown" and chain and section.level > chain[-1].level + 1:
            parent = chain[-1]
            findings.append(
                Finding(
                    "level-skip",
                    "info",
                    f"标题层级跳跃：第{parent.level}级标题之下直接是第{section.level}级标题“{label(section)}”",
                    f"heading level skipped: level {section.level} heading '{label(section)}'"
                    f" directly under a level {parent.level} heading",
                    start,
                    end,
                    (parent.start,),
                )
            )
    return findings


def check_brackets(document: Document) -> list[Finding]:
    """Numbering written with half-width brackets: (一) among （一）, or throughout.

    Mixed in one document: a warning on each heading of the minority form.
    Half-width throughout: one info finding (the standard form is full-width).
    """
    findings: list[Finding] = []
    marked: list[tuple[Section, Marker]] = []
    for section in document.walk():
        marker = marker_of(section)
        if marker is not None and marker.style in (Style.CN_PAREN, Style.ARABIC_PAREN):
            marked.append((section, marker))
    if not marked:
        return findings
    counts = Counter(m.halfwidth for _, m in marked)
    if len(counts) == 2:
        minority_half = counts[True] <= counts[False]
        majority = next(s for s, m in marked if m.halfwidth != minority_half)
        for section, marker in marked:
            if marker.halfwidth != minority_half:
                continue
            start, end = heading_span(section)
            kind_zh, kind_en = ("半角", "half-width") if marker.halfwidth else ("全角", "full-width")
            findings.append(
                Finding(
                    "mixed-brackets",
                    "warning",
                    f"编号“{marker.text}”使用{kind_zh}括号，与文中其他编号（如“{majority.numbering}”）不一致",
                    f"numbering '{marker.text}' uses {kind_en} brackets,"
                    f" unlike the others (e.g. '{majority.numbering}')",
                    start,
                    end,
                    (majority.start,),
                )
            )
    elif counts.get(True):
        section, marker = marked[0]
        start, end = heading_span(section)
        findings.append(
            Finding(
                "mixed-brackets",
                "info",
                f"编号使用半角括号（如“{marker.text}”），公文规范为全角“（）”",
                f"numbering uses half-width brackets (e.g. '{marker.text}'); the standard form is full-width '（）'",
                start,
                end,
            )
        )
    return findings
