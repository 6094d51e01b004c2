"""``metric-conflict``: the same indicator stated with two different values.

Deliberately conservative, because published reports legitimately give one
indicator several values: a result and a target, last year and the five-year
review, a quarter and the year, a count before and after. Two figures conflict
only when all of these hold:

- the same words lead to both figures inside their clause (``金融业增加值增长``
  14.3% … ``金融业增加值增长`` 14.5%), at least four characters of them; the
  extractor's ``subject`` is not used as the key because it may reach across a
  sentence boundary;
- same kind and same unit, neither approximate nor qualified (超/近/约/余/以上…);
- different values, but not wildly different: a slip changes a figure a little,
  while a figure several times another is a different scope (five years against
  one, a total against an increment);
- different sentences (新增7支…总量达到22支 in one sentence is a change);
- the same part of the report (一、 review against 三、 tasks: a task restates an
  indicator with this year's planned figure, often without a word like 目标);
- the clause names one indicator (not ``分别增长`` after a list of several);
- neither sentence states a target, a plan or a change (目标, 预期, 力争, 由…到…);
- neither figure is about a span of years (五年来, “十四五”时期, 年均, 累计, 以来 — in
  its sentence, at the start of its paragraph or in its section's title), and
  both name the same sub-period of the year (前三季度, 1—11月, 上半年…), if any.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from piyue.core.model import Document
from piyue.core.outline.numbering import Style
from piyue.core.review._common import marker_of, squeeze
from piyue.core.review.finding import Finding

MIN_PREFIX_CHARS = 4
# Values further apart than this ratio are taken for different scopes, not a slip.
MAX_VALUE_RATIO = 1.5

_NOT_A_FACT_RE = re.compile(
    r"目标|预期|计划|力争|争取|确保|预计|左右|以内|以上|以下|控制在|不低于|不超过|突破|"
    r"提高到|提升到|增加到|增至|降至|降低到|下降到|减少到|扩大到|由.{0,20}[到至]|从.{0,20}[到至]"
)
_MULTI_YEAR_RE = re.compile(
    r"五年|十四五|十三五|年均|累计|以来|多年|历年|近年|前十年|历史|总和|\d{4}\s*[—－\-~～至到]\s*\d{4}"
)
_SUB_PERIOD_RE = re.compile(
    r"前三季度|上半年|下半年|[一二三四]季度|\d{1,2}\s*[—－\-~～至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]+月|\d{1,2}月"
)
_SENTENCE_END = "。！？；\n"
_CLAUSE_END = "，。、；：！？,;:!?\n"


class _Marks:
    """Where any of some characters occur in a text, for the nearest one before or after an offset
    in logarithmic time (``str.rfind`` per character scans the whole text when one is missing)."""

    def __init__(self, text: str, chars: str) -> None:
        self.size = len(text)
        self.positions = [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]

    def last_before(self, before: int) -> int:
        """The last position before ``before`` (-1 if none)."""
        index = bisect_left(self.positions, before) - 1
        return self.positions[index] if index >= 0 else -1

    def first_from(self, start: int) -> int:
        """The first position at or after ``start`` (the text's length if none)."""
        index = bisect_left(self.positions, start)
        return self.positions[index] if index < len(self.positions) else self.size


def _sentence(sentence_ends: _Marks, start: int, end: int) -> tuple[int, int]:
    return sentence_ends.last_before(start) + 1, sentence_ends.first_from(end)


def _prefix(text: str, clause_ends: _Marks, start: int) -> str:
    """The words of the metric's clause before the figure: ``金融业前三季度增加值增长``."""
    return squeeze(text[clause_ends.last_before(start) + 1 : start])


def _scope_text(document: Document, start: int, sentence: tuple[int, int]) -> str:
    """Where a figure's period would be said: its sentence, its paragraph's opening, its sections' titles."""
    text = document.text
    paragraph_start = text.rfind("\n", 0, start) + 1
    titles = " ".join(s.title for s in document.section_path_at(start))
    return f"{text[sentence[0] : sentence[1]]} {text[paragraph_start : paragraph_start + 12]} {titles}"


def _part(document: Document, offset: int) -> int:
    """Start of the part (一、 section, or the top section below the title) holding ``offset``; -1 if none."""
    path = document.section_path_at(offset)
    for section in path:
        marker = marker_of(section)
        if marker is not None and marker.style is Style.CN_COMMA:
            return section.start
    if len(path) >= 2 and path[0].title == document.title:
        return path[1].start
    return path[0].start if path else -1


def _close(a: float, b: float) -> bool:
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low <= MAX_VALUE_RATIO


def check_metric_conflicts(document: Document, metrics: Sequence[Any] | None = None) -> list[Finding]:
    """Figures of the same indicator that disagree; one finding per later figure."""
    if metrics is None:
        try:
            from piyue.core.metrics import metrics_for_document
        except ImportError:  # the extractor is not available: nothing to compare
            return []
        metrics = metrics_for_document(document)
    text = document.text
    sentence_ends, clause_ends = _Marks(text, _SENTENCE_END), _Marks(text, _CLAUSE_END)
    groups: dict[tuple[str, str, str, int], list[tuple[Any, tuple[int, int], frozenset[str]]]] = {}
    for metric in metrics:
        if metric.approx or metric.qualifier or metric.kind in ("rank", "other"):
            continue
        prefix = _prefix(text, clause_ends, metric.start)
        if len(prefix) < MIN_PREFIX_CHARS or "分别" in prefix:
            continue
        sentence = _sentence(sentence_ends, metric.start, metric.end)
        if _NOT_A_FACT_RE.search(text[sentence[0] : sentence[1]]):
            continue
        scope = _scope_text(document, metric.start, sentence)
        if _MULTI_YEAR_RE.search(scope):
            continue
        periods = frozenset(_SUB_PERIOD_RE.findall(text[sentence[0] : metric.start]))
        key = (prefix, metric.kind, metric.unit or "", _part(document, metric.start))
        groups.setdefault(key, []).append((metric, sentence, periods))
    findings: list[Finding] = []
    for (prefix, _kind, _unit, _part_start), items in groups.items():
        for index, (metric, sentence, periods) in enumerate(items):
            earlier = [(o, s, p) for o, s, p in items[:index] if s != sentence and p == periods]
            # The same value stated elsewhere too: the figures are two facts, not a slip.
            if any(o.value == metric.value for o, _, _ in earlier):
                continue
            clashing = [o for o, _, _ in earlier if _close(o.value, metric.value)]
            if not clashing:
                continue
            first = clashing[0]
            findings.append(
                Finding(
                    "metric-conflict",
                    "warning",
                    f"“{prefix}”前文为{first.text}，此处为{metric.text}，数值不一致",
                    f"'{prefix}' is {first.text} earlier but {metric.text} here",
                    metric.start,
                    metric.end,
                    tuple(o.start for o in clashing),
                )
            )
    return findings
