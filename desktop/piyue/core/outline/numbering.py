"""Numbering markers of Chinese official documents: 一、 （一） 1. （1） and their values.

The conventional hierarchy is 一、 → （一） → 1. → （1）. A marker is recognised
at the start of a heading; :func:`match_marker` returns its style, its value and
its length so that callers can split numbering from title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "〇零一二三四五六七八九十百千两"


def chinese_to_int(numeral: str) -> int | None:
    """Value of a Chinese numeral such as 十四, 二十一, 一百零五; ``None`` if it is not one."""
    if not numeral or any(ch not in _DIGITS and ch not in _UNITS for ch in numeral):
        return None
    total = 0
    current = 0
    for ch in numeral:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            total += (current or 1) * _UNITS[ch]
            current = 0
    return total + current


class Style(StrEnum):
    """Numbering styles, in their conventional order of depth."""

    CN_COMMA = "cn"  # 一、
    CN_PAREN = "cn-paren"  # （一）
    ARABIC_DOT = "arabic"  # 1. 1、 1．
    ARABIC_PAREN = "arabic-paren"  # （1）


# Conventional depth of each style (0 = top).
STYLE_RANK = {Style.CN_COMMA: 0, Style.CN_PAREN: 1, Style.ARABIC_DOT: 2, Style.ARABIC_PAREN: 3}


@dataclass(frozen=True, slots=True)
class Marker:
    """A numbering marker found at the start of a string."""

    style: Style
    value: int
    text: str  # as written, e.g. "（十四）" or "(一)"
    halfwidth: bool = False  # written with ASCII brackets or dot

    def __len__(self) -> int:
        return len(self.text)


def join_numbering(numbering: str | None, title: str) -> str:
    """``numbering`` and ``title`` as a heading reads: ``一、标题``, ``（一）标题``, ``1. 标题``."""
    if not numbering:
        return title
    if numbering[-1] in "、）．":
        return numbering + title
    return f"{numbering} {title}"


_CN = f"[{CN_NUMERAL}]{{1,4}}"
_MARKER_RE = re.compile(
    rf"""
    (?P<cn>(?P<cnv>{_CN})(?:、|[，,．.](?!\d)))        # 一、
  | (?P<cnp>[（(](?P<cnpv>{_CN})[）)])               # （一） (一)
  | (?P<ar>(?P<arv>\d{{1,2}})(?P<ard>[、．.]|\.(?!\d))(?![\d%％]))  # 1. 1、 1．  (not 1.5)
  | (?P<arp>[（(](?P<arpv>\d{{1,2}})[）)])          # （1） (1)
    """,
    re.VERBOSE,
)


def match_marker(text: str, pos: int = 0) -> Marker | None:
    """The numbering marker at ``text[pos:]``, or ``None``."""
    m = _MARKER_RE.match(text, pos)
    if m is None:
        return None
    written = m.group(0)
    if m.group("cn"):
        value = chinese_to_int(m.group("cnv"))
        if value is None or value == 0:
            return None
        return Marker(Style.CN_COMMA, value, written, halfwidth=written[-1] in ",.")
    if m.group("cnp"):
        value = chinese_to_int(m.group("cnpv"))
        if value is None or value == 0:
            return None
        return Marker(Style.CN_PAREN, value, written, halfwidth="(" in written or ")" in written)
    if m.group("ar"):
        return Marker(Style.ARABIC_DOT, int(m.group("arv")), written, halfwidth=m.group("ard") == ".")
    value = int(m.group("arpv"))
    return Marker(Style.ARABIC_PAREN, value, written, halfwidth="(" in written or ")" in written)
