"""Find the headings of a plain-text report, following the conventions of Chinese official documents.

Parts ``一、``, sections ``（一）`` (on their own line, or inline: ``（一）标题。正文…``
where the title ends at the first 。), then ``1.`` and ``（1）``. Reports that
have no ``一、`` parts sometimes name their parts without numbering
(``“十四五”时期工作回顾``); those are recognised by their wording. Optionally,
the topic sentence that opens a paragraph (``大力提振消费。研究制定…``) is a
lowest level.

Not headings: ``一是…`` lead-ins, ``——`` bullets, the subtitle ``——2026年…``,
numbered lists that restart at ``一、`` (annexes are cut off before this runs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from piyue.core.outline.lines import LogicalLine
from piyue.core.outline.numbering import STYLE_RANK, Marker, Style, match_marker
from piyue.core.outline.regions import SALUTATION_RE
from piyue.core.outline.tree import Heading
from piyue.core.textspan import BLANKS

UNNUMBERED_RANK = -1
TOPIC_RANK = 4
_UNNUMBERED_PART_RE = re.compile(
    r"^(?=.*(?:\d{4}年|时期|“十[一二三四五六七八九]五”)).{4,28}(?:回顾|工作|目标|任务|安排|成就|举措|考虑)$"
)
_TOPIC_MAX = 24
_NOT_TOPIC = ("一是", "二是", "三是", "四是", "五是", "——", "各位代表", "这是", "今年", "同时")
_ARABIC_TITLE_MAX = 40


@dataclass(frozen=True, slots=True)
class Candidate:
    """A heading found in a logical line, with its conventional rank."""

    rank: int
    marker: Marker | None
    heading: Heading


def _title_span(line: LogicalLine, after: int) -> tuple[int, int, int, bool]:
    """Title start/end and heading end (source offsets) of a heading whose title starts at ``after``.

    Returns ``(title_start, title_end, heading_end, inline)``.
    """
    clean = line.clean
    while after < len(clean) and clean[after] in BLANKS:
        after += 1
    stop = clean.find("。", after)
    if stop != -1 and clean[stop + 1 :].strip(BLANKS):
        return line.source(after), line.source(stop - 1) + 1, line.source(stop) + 1, True
    end = len(clean.rstrip(BLANKS + "。"))
    return line.source(after), line.source(end - 1) + 1 if end > after else line.source(after), line.end, False


def _make(line: LogicalLine, text: str, rank: int, marker: Marker | None, title_from: int) -> Candidate | None:
    title_start, title_end, heading_end, inline = _title_span(line, title_from)
    if title_end <= title_start:
        return None
    title = text[title_start:title_end].replace("\n", "")
    heading = Heading(
        level=0,
        numbering=marker.text if marker else None,
        title=title,
        start=line.start,
        title_start=title_start,
        title_end=title_end,
        heading_end=heading_end,
        inline=inline,
    )
    return Candidate(rank, marker, heading)


def find_headings(text: str, lines: list[LogicalLine], *, topic_sentences: bool = False) -> list[Heading]:
    """The headings among ``lines`` (the body of a report), with their levels set."""
    found: list[Candidate] = []
    seen_part = False
    # Last value seen per (style, parent candidate index) — to accept 1. and （1） only in sequence.
    last_value: dict[tuple[Style, int], int] = {}
    open_stack: list[tuple[int, int]] = []  # (rank, index in found)

    def parent_index(rank: int) -> int:
        for open_rank, index in reversed(open_stack):
            if open_rank < rank:
                return index
        return -1

    # After a salutation inside the text (各位代表！今年我们要…办好十方面民生实事：) the speech turns
    # aside; a 1. 2. … list that follows is an enumeration (民生实事), not subsections, until the
    # next 一、 or （一） heading.
    aside = False
    for line in lines:
        clean = line.clean
        if found and SALUTATION_RE.match(clean):
            aside = True
            continue
        marker = match_marker(clean)
        candidate: Candidate | None = None
        if marker is not None and aside and marker.style in (Style.ARABIC_DOT, Style.ARABIC_PAREN):
            continue
        if marker is not None:
            rank = STYLE_RANK[marker.style]
            parent = parent_index(rank)
            key = (marker.style, parent)
            if marker.style is Style.CN_COMMA:
                if marker.value == 1 and seen_part:
                    continue  # a list restarting at 一、 inside the text, not a new part
                candidate = _make(line, text, rank, marker, len(marker))
            elif marker.style is Style.CN_PAREN:
                candidate = _make(line, text, rank, marker, len(marker))
            else:
                in_sequence = marker.value == 1 or last_value.get(key) == marker.value - 1
                if parent >= 0 and in_sequence:
                    candidate = _make(line, text, rank, marker, len(marker))
                    if candidate is not None and len(candidate.heading.title) > _ARABIC_TITLE_MAX:
                        candidate = None
            if candidate is not None:
                last_value[key] = marker.value
        elif not seen_part and _UNNUMBERED_PART_RE.match(clean):
            candidate = _make(line, text, UNNUMBERED_RANK, None, 0)
        elif topic_sentences and open_stack:
            candidate = _topic(line, text)
        if candidate is None:
            continue
        if candidate.marker is not None and candidate.marker.style is Style.CN_COMMA:
            seen_part = True
        if candidate.rank <= STYLE_RANK[Style.CN_PAREN]:
            aside = False
        while open_stack and open_stack[-1][0] >= candidate.rank:
            open_stack.pop()
        found.append(candidate)
        open_stack.append((candidate.rank, len(found) - 1))
    return _with_levels(found)


def _topic(line: LogicalLine, text: str) -> Candidate | None:
    clean = line.clean
    if clean.startswith(_NOT_TOPIC):
        return None
    stop = clean.find("。")
    if stop <= 1 or stop > _TOPIC_MAX or "，" in clean[:stop]:
        return None
    return _make(line, text, TOPIC_RANK, None, 0)


def _with_levels(found: list[Candidate]) -> list[Heading]:
    headings: list[Heading] = []
    stack: list[int] = []
    for candidate in found:
        while stack and stack[-1] >= candidate.rank:
            stack.pop()
        stack.append(candidate.rank)
        h = candidate.heading
        headings.append(
            Heading(len(stack), h.numbering, h.title, h.start, h.title_start, h.title_end, h.heading_end, h.inline)
        )
    return headings
