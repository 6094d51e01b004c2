"""Where a report states its targets and its results.

A report reviews the past (the year under review, often with a five-year review),
then states this year's main expected targets (主要预期目标是：…) and the work plan.
:func:`find_zones` returns the targets paragraph, the review before it and the plan
after it; :func:`paragraphs` walks the review telling five-year passages (whose
growth rates and counts are multi-year) from the year's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ANCHOR_RE = re.compile(r"(?:主要预期目标|预期目标|主要目标)\s*(?:建议)?\s*(?:是|为|建议为|如下)?\s*[：:]")
# Words in the sentence before an anchor that make it a five-year plan's targets.
_LONG_TERM_RE = re.compile(r"十五五|十四五|五年|2030|2035|二〇三〇|纲要|规划|远景")
_THIS_YEAR_RE = re.compile(r"今年|本年度|明年")
_LINE_RE = re.compile(r"[^\n]+")
_UNANNOUNCED_RE = re.compile(
    r"\s*(?:综合考虑各方面因素[，,])?(?:今年|(?:19|20)\d\d年)?(?:全市|全省|全区|全州|全盟)?(?:地区)?生产总值"
    r"(?:预期)?增长\d+(?:\.\d+)?%(?:左右|以上)"
)
FIVE_YEAR_RE = re.compile(r"这五年|五年来|过去五年|五年间|五年里|“十四五”时期|十四五”以来|“十四五”期间")


@dataclass(frozen=True, slots=True)
class Zones:
    """Offsets: ``targets`` = [start, end) of the targets statement; review before, plan after."""

    targets: tuple[int, int] | None

    def review_end(self, length: int) -> int:
        """Where the review part ends (the targets anchor, or the end of the text)."""
        return self.targets[0] if self.targets else length

    def plan_start(self, length: int) -> int:
        """Where the plan part starts (after the targets statement, or the end of the text)."""
        return self.targets[1] if self.targets else length


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts; a line break ends a sentence only after 。！？：."""
    start = pos
    while start > 0:
        char = text[start - 1]
        if char in "。！？!?" or (char == "\n" and (start < 2 or text[start - 2] in "。！？!?：:")):
            break
        start -= 1
    return start


def _last_clause(before: str) -> str:
    """The clause of ``before`` that leads into the anchor (after its last comma)."""
    cut = max(before.rfind(mark) for mark in "，,；;")
    return before[cut + 1 :]


def find_zones(text: str) -> Zones:
    """Locate the main-targets statement of the report's year (not a five-year plan's)."""
    for match in _ANCHOR_RE.finditer(text):
        before = text[_sentence_start(text, match.start()) : match.start()]
        if _LONG_TERM_RE.search(before) and not _THIS_YEAR_RE.search(_last_clause(before)):
            continue  # a plan's targets, unless the anchor's own clause says 今年 (对接“十四五”规划，提出今年…)
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        while len(text[match.end() : end].strip()) < 40 and end < len(text):
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt < 0 else nxt
        return Zones((match.start(), end))
    return Zones(_unannounced_targets(text))


def _unannounced_targets(text: str) -> tuple[int, int] | None:
    """Targets stated without an anchor: a line opening on a GDP growth target (增长7%左右) that
    follows a line about this year (做好今年工作…总体要求是：) or says 今年 itself."""
    previous = ""
    for match in _LINE_RE.finditer(text):
        line = match.group()
        if _UNANNOUNCED_RE.match(line) and _THIS_YEAR_RE.search(previous + line[:20]):
            return match.start(), match.end()
        if line.strip():
            previous = line
    return None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A line of the text with whether it belongs to a five-year review."""

    start: int
    end: int
    five_year: bool


def _year_marker(head: str, review_year: int | None) -> int | None:
    """Where ``head`` says it speaks of the year under review (一年来, 2024年…), if it does."""
    words = r"一年来|过去一年|刚刚过去的|去年|过去的一年"
    if review_year is not None:
        words += rf"|{review_year}年"
    match = re.search(words, head)
    return match.start() if match else None


def paragraphs(text: str, start: int, end: int, review_year: int | None) -> Iterator[Paragraph]:
    """The lines of ``text[start:end]``, each marked five-year or not (a state carried across lines)."""
    five = False
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        head = text[pos : min(stop, pos + 40)]
        five_match, year_at = FIVE_YEAR_RE.search(head), _year_marker(head, review_year)
        if five_match and (year_at is None or five_match.start() < year_at):
            five = True  # the first marker wins: 2024年，是实现“十四五”规划… speaks of the year
        elif year_at is not None:
            five = False
        if stop > pos:
            yield Paragraph(pos, stop, five)
        pos = stop + 1
