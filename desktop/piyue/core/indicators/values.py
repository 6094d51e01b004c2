"""Reading the figure that answers an indicator: value, range, unit, qualifier, sign."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A 1:1 character map (offsets are kept): full-width digits, ％, ．, －, ～ → ASCII.
_FOLD = str.maketrans("０１２３４５６７８９％．－～", "0123456789%.-~")

_NUM = r"\d+(?:\.\d+)?"
VALUE_RE = re.compile(
    rf"(?P<num>{_NUM})(?P<mag1>万亿|亿|万)?(?P<pct1>%)?"
    rf"(?:\s*[—–\-~至到]{{1,2}}\s*(?P<num2>{_NUM}))?"
    r"(?P<mag>万亿|亿|万)?(?P<unit>%|元|人(?!次))"
    r"(?P<qual>左右|以上|以内|以下|上下|多|余)?"
)
_MAGNITUDE = {None: 1.0, "": 1.0, "万": 1e4, "亿": 1e8, "万亿": 1e12}
PREFIX_QUALIFIERS = (
    "不少于",
    "不低于",
    "不超过",
    "超过",
    "突破",
    "迈上",
    "跃上",
    "跨过",
    "跨越",
    "跨上",
    "力争",
    "约",
    "近",
    "超",
)
DECLINE_WORDS = ("下降", "降低", "减少", "回落", "微降")
APPROX_QUALIFIERS = frozenset(("左右", "约", "近", "上下", "多", "余"))


def fold(text: str) -> str:
    """``text`` with full-width digits and signs in ASCII, same length (offsets unchanged)."""
    return text.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure read at a position: normalised value(s), unit, trailing qualifier, span."""

    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    qualifier: str | None


def read_figure(text: str, pos: int) -> Figure | None:
    """The figure starting exactly at ``pos`` of the folded ``text``, or None."""
    match = VALUE_RE.match(text, pos)
    if match is None:
        return None
    unit = match.group("unit")
    magnitude = match.group("mag") or match.group("mag1")
    if unit == "%" and magnitude:
        return None
    if match.group("pct1") and unit != "%":
        return None
    scale = _MAGNITUDE[magnitude]
    value = float(match.group("num")) * scale
    high = match.group("num2")
    value_high = float(high) * scale if high is not None else None
    if value_high is not None and value_high <= value:
        return None  # "2025-2026" style or a misread
    return Figure(match.start(), match.end(), value, value_high, unit, match.group("qual"))


def prefix_qualifier(connector: str) -> str | None:
    """A hedge stated before the figure (不少于, 超过, 突破, 迈上, 力争…), if any."""
    for word in PREFIX_QUALIFIERS:
        if connector.endswith(word) or (word in connector and word != "超"):
            return word
    return None


def is_decline(connector: str) -> bool:
    """Whether the verb before the figure states a fall (下降3.3% → −3.3)."""
    return any(word in connector for word in DECLINE_WORDS)
