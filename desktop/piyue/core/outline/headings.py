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
from piyue.core.outline.numbering import STYLE_RANK, Marker, Style, chinese_to_int, match_marker
from piyue.core.outline.regions import SALUTATION_RE
from piyue.core.outline.tree import Heading
from piyue.core.textspan import BLANKS

UNNUMBERED_RANK = -1
TOPIC_RANK = 4
_UNNUMBERED_PART_RE = re.compile(
    r"^(?=.*(?:\d{4}\s?年|时期|“十[一二三四五六七八九]五”))[^，。；！：]{4,28}"
    r"(?:回顾|工作|目标|任务|安排|成就|举措|考虑|建议|要求|思路)$"
)
# In a report whose parts are unnumbered lines, its last part often has no year: 加强政府自身建设.
_UNNUMBERED_LOOSE_RE = re.compile(r"^[^，。、；！：]{2,14}(?:自身建设|工作回顾|工作安排|重点工作|主要任务|目标任务)$")
_SHI_RE = re.compile(r"^([一二三四五六七八九十]{1,2})是(?=[^，。、])")
_TOPIC_MAX = 24
_NOT_TOPIC = ("一是", "二是", "三是", "四是", "五是", "——", "各位代表", "这是", "今年", "同时")
_ARABIC_TITLE_MAX = 40
_INLINE_TITLE_MAX = 48  # an inline title ending at 。 further away is not a title but a paragraph
_BODY_MIN = 30


@dataclass(frozen=True, slots=True)
class Candidate:
    """A heading found in a logical line, with its conventional rank."""

    rank: int
    marker: Marker | None
    heading: Heading


def _separator(clean: str, after: int, limit: int, *, wide_only: bool) -> int:
    """Index of the blank run that separates a heading from its body on the same line, or -1.

    Some copies put the body right after the title with a blank between (``三、加强政府自身建设\u2002
    奋进新征程…``, or one line per report with spaces where the print wrapped). A blank between a
    figure and 年/月/% (``2024 年``) belongs to the title. With ``wide_only`` (a 。 ends the title
    soon) a single ASCII space, as a print wrap leaves it, does not separate.
    """
    k = after
    while k < min(limit, len(clean)):
        if clean[k] in BLANKS:
            run_end = k
            while run_end < len(clean) and clean[run_end] in BLANKS:
                run_end += 1
            before, nxt = clean[k - 1], clean[run_end] if run_end < len(clean) else ""
            joined = before.isascii() and before.isalnum() and (nxt in "年月日%％" or nxt.isascii())
            narrow = run_end - k == 1 and clean[k] == " "
            joined = (joined or (wide_only and narrow)) and not clean.startswith("各位代表", run_end)
            rest = clean[run_end:]
            if not joined and len(rest) > _BODY_MIN and any(ch in rest for ch in "。；！"):
                return k
            k = run_end
        else:
            k += 1
    return -1


def _title_span(line: LogicalLine, after: int) -> tuple[int, int, int, bool]:
    """Title start/end and heading end (source offsets) of a heading whose title starts at ``after``.

    Returns ``(title_start, title_end, heading_end, inline)``. An inline title ends at the first 。,
    or, when no 。 comes soon, at a blank that separates it from its body.
    """
    clean = line.clean
    while after < len(clean) and clean[after] in BLANKS:
        after += 1
    stop = clean.find("。", after)
    limit = stop if stop != -1 and stop - after <= _INLINE_TITLE_MAX else len(clean)
    blank = _separator(clean, after, limit, wide_only=limit < len(clean))
    if blank != -1 and blank > after:
        body = blank
        while body < len(clean) and clean[body] in BLANKS:
            body += 1
        return line.source(after), line.source(blank - 1) + 1, line.source(body), True
    if stop != -1 and clean[stop + 1 :].strip(BLANKS):
        return line.source(after), line.source(stop - 1) + 1, line.source(stop) + 1, True
    end = len(clean.rstrip(BLANKS + "。"))
    return line.source(after), line.source(end - 1) + 1 if end > after else line.source(after), line.end, False


def _clean_between(line: LogicalLine, start: int, end: int) -> str:
    """The clean characters of ``line`` whose source offsets lie in ``[start, end)``."""
    if line.offsets is None:
        return line.clean[start - line.start : end - line.start]
    return "".join(ch for ch, offset in zip(line.clean, line.offsets, strict=True) if start <= offset < end)


def _with_continuations(lines: list[LogicalLine]) -> list[LogicalLine]:
    """Lines with a heading cut by a page break (``（八）…美丽中国先行`` ⏎ page furniture ⏎ ``区。…``)
    read as one: a numbered line without 。 followed, after the furniture, by its continuation."""
    out: list[LogicalLine] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and lines[j].furniture:
            j += 1
        nxt = lines[j] if j < len(lines) else None
        if nxt is None or not nxt.continues or "。" in line.clean or match_marker(line.clean) is None:
            out.append(line)
            i += 1
            continue
        offsets = (line.offsets or list(range(line.start, line.end))) + (nxt.offsets or list(range(nxt.start, nxt.end)))
        out.append(LogicalLine(line.start, nxt.end, line.clean + nxt.clean, offsets, line.index, False, True))
        i = j + 1
    return out


def _make(
    line: LogicalLine, text: str, rank: int, marker: Marker | None, title_from: int, numbering: str | None = None
) -> Candidate | None:
    title_start, title_end, heading_end, inline = _title_span(line, title_from)
    if title_end <= title_start:
        return None
    title = _clean_between(line, title_start, title_end)
    heading = Heading(
        level=0,
        numbering=marker.text if marker else numbering,
        title=title,
        start=line.start,
        title_start=title_start,
        title_end=title_end,
        heading_end=heading_end,
        inline=inline,
    )
    return Candidate(rank, marker, heading)


def _is_unnumbered_part(clean: str, *, loose: bool) -> bool:
    """An unnumbered part line (``2024年工作回顾``); ``loose`` also takes ``加强政府自身建设``."""
    clean = clean.rstrip(BLANKS + "。")
    if _UNNUMBERED_PART_RE.match(clean):
        return True
    return loose and _UNNUMBERED_LOOSE_RE.match(clean) is not None


def _unnumbered_mode(lines: list[LogicalLine]) -> bool:
    """Whether the report names its parts with unnumbered lines: one comes before any ``一、``."""
    for line in lines:
        marker = match_marker(line.clean)
        if marker is not None and marker.style is Style.CN_COMMA:
            return False
        if marker is None and _is_unnumbered_part(line.clean, loose=False):
            return True
    return False


class _Finder:
    """The state of one pass over the lines of a report's body."""

    def __init__(self, text: str, lines: list[LogicalLine], topic_sentences: bool) -> None:
        self.text = text
        self.topic_sentences = topic_sentences
        self.unnumbered = _unnumbered_mode(lines)
        self.found: list[Candidate] = []
        self.seen_part = False
        self.restart_ok = False  # an unnumbered part just opened: its 一、 list may start again
        # Last value per (style, parent candidate index), and per style whatever the parent: 1. and
        # （1） are accepted only in sequence, which may run on across sections.
        self.last_value: dict[tuple[Style, int], int] = {}
        self.last_run: dict[Style, int] = {}
        self.last_shi = 0
        self.last_part = 0  # value of the last 一、 part
        self.open_stack: list[tuple[int, int]] = []  # (rank, index in found)
        # After a salutation inside the text (各位代表！今年我们要…办好十方面民生实事：) the speech
        # turns aside; a 1. 2. … list that follows is an enumeration (民生实事), not subsections,
        # until the next 一、 or （一） heading.
        self.aside = False

    def parent_index(self, rank: int) -> int:
        for open_rank, index in reversed(self.open_stack):
            if open_rank < rank:
                return index
        return -1

    def numbered(self, line: LogicalLine, marker: Marker) -> Candidate | None:
        rank = STYLE_RANK[marker.style]
        parent = self.parent_index(rank)
        key = (marker.style, parent)
        if marker.style is Style.CN_COMMA:
            going_back = marker.value <= self.last_part and not (marker.value == 1 and self.restart_ok)
            if self.seen_part and going_back:
                return None  # a list restarting at 一、 inside the text, not a new part
            candidate = _make(line, self.text, rank, marker, len(marker))
        elif marker.style is Style.CN_PAREN:
            candidate = _make(line, self.text, rank, marker, len(marker))
        else:
            if self.aside:
                return None
            previous = self.last_value.get(key)
            run_on = previous is None and self.last_run.get(marker.style) == marker.value - 1
            in_sequence = marker.value == 1 or previous == marker.value - 1 or run_on
            if parent < 0 or not in_sequence:
                return None
            candidate = _make(line, self.text, rank, marker, len(marker))
            if candidate is not None and len(candidate.heading.title) > _ARABIC_TITLE_MAX:
                return None
        if candidate is not None:
            self.last_value[key] = marker.value
            self.last_run[marker.style] = marker.value
        return candidate

    def shi(self, line: LogicalLine) -> Candidate | None:
        """An own-line ``一是…`` heading (no 。): the sections of a part written as 一是…九是."""
        m = _SHI_RE.match(line.clean)
        if m is None or "。" in line.clean or len(line.clean) > _ARABIC_TITLE_MAX:
            return None
        value = chinese_to_int(m.group(1)) or 0
        if value != 1 and value != self.last_shi + 1:
            return None
        candidate = _make(line, self.text, STYLE_RANK[Style.CN_PAREN], None, len(m.group(0)), m.group(0))
        if candidate is not None:
            self.last_shi = value
        return candidate

    def candidate(self, line: LogicalLine) -> Candidate | None:
        clean = line.clean
        marker = match_marker(clean)
        if marker is not None:
            return self.numbered(line, marker)
        if _SHI_RE.match(clean):
            return self.shi(line)
        loose = self.unnumbered
        if (self.unnumbered or not self.seen_part) and _is_unnumbered_part(clean, loose=loose):
            return _make(line, self.text, UNNUMBERED_RANK, None, 0)
        if self.topic_sentences and self.open_stack:
            return _topic(line, self.text)
        return None

    def add(self, candidate: Candidate) -> None:
        if candidate.rank == UNNUMBERED_RANK:
            self.restart_ok = True
        if candidate.marker is not None and candidate.marker.style is Style.CN_COMMA:
            self.seen_part = True
            self.last_part = candidate.marker.value
            self.restart_ok = False
        if candidate.rank <= STYLE_RANK[Style.CN_PAREN]:
            self.aside = False
        while self.open_stack and self.open_stack[-1][0] >= candidate.rank:
            self.open_stack.pop()
        self.found.append(candidate)
        self.open_stack.append((candidate.rank, len(self.found) - 1))


def find_headings(text: str, lines: list[LogicalLine], *, topic_sentences: bool = False) -> list[Heading]:
    """The headings among ``lines`` (the body of a report), with their levels set."""
    finder = _Finder(text, lines, topic_sentences)
    for line in _with_continuations(lines):
        if line.furniture:
            continue
        if finder.found and SALUTATION_RE.match(line.clean):
            finder.aside = True
            continue
        candidate = finder.candidate(line)
        if candidate is not None:
            finder.add(candidate)
    return _with_levels(finder.found)


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
