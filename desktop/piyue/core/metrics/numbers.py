"""Numerals: Arabic and Chinese numbers, magnitude words, fraction words."""

from __future__ import annotations

import re

DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
MAGNITUDES: dict[str, float] = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 1e4, "亿": 1e8}

#: Characters that can make up a Chinese numeral.
CN_NUMERAL_CHARS = "零〇○一二两三四五六七八九十百千万亿"


def _below_wan(text: str) -> float:
    """Value of a numeral without 万/亿 (三千五百, 十四, 二〇二五)."""
    if not text:
        return 0.0
    if not any(ch in SMALL_UNITS for ch in text):
        # Digit by digit: 二〇二五 → 2025.
        value = 0
        for ch in text:
            value = value * 10 + DIGITS.get(ch, 0)
        return float(value)
    total = 0
    digit = 0
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (digit or 1) * SMALL_UNITS[ch]
            digit = 0
    return float(total + digit)


def chinese_to_number(text: str) -> float:
    """Parse a Chinese numeral: ``三千五百万`` → 3.5e7, ``万亿`` → 1e12, ``十四`` → 14.

    A magnitude word with nothing before it counts as one (``千亿`` → 1e11);
    stacked magnitudes multiply (``百亿亿`` → 1e18).
    """
    for big, factor in (("亿", 1e8), ("万", 1e4)):
        pos = text.rfind(big)
        if pos >= 0:
            left, right = text[:pos], text[pos + 1 :]
            left_value = chinese_to_number(left) if left else 1.0
            return left_value * factor + chinese_to_number(right)
    return _below_wan(text)


def magnitude_factor(text: str) -> float:
    """The product of the magnitude words in ``text`` (``万亿`` → 1e12, ``百亿`` → 1e10)."""
    factor = 1.0
    for ch in text:
        factor *= MAGNITUDES.get(ch, 1.0)
    return factor


_ARABIC_HEAD = re.compile(r"[0-9.]+").match
_PLAIN = "0123456789."


def parse_number(text: str) -> float:
    """Parse a numeral as written: ``330.5万`` → 3305000, ``两`` → 2, ``千亿`` → 1e11.

    Arabic digits may be followed by magnitude words, which multiply; anything
    else is read as a Chinese numeral.
    """
    if text and not text.strip(_PLAIN):
        return float(text)  # plain digits (the common case): what the general path returns
    head = _ARABIC_HEAD(text)
    if head:
        i = head.end()
        if i == len(text):
            return float(text)
        return float(text[:i]) * magnitude_factor(text[i:])
    return chinese_to_number(text)


def fraction_value(denominator: str, numerator: str) -> float:
    """``N分之M`` as a decimal: ``fraction_value("五", "一")`` → 0.2."""
    den = parse_number(denominator)
    return parse_number(numerator) / den if den else 0.0


def doubling_value(times: str) -> float:
    """``翻N番`` → 2**N (``翻一番`` → 2, ``翻三番`` → 8)."""
    return float(2 ** int(parse_number(times)))
