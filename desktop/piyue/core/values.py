"""The one place that writes a metric's normalised value as text (CLI, exports, the window).

``plain`` is for files and scripts (no spurious ``.0``, never an exponent); ``chinese`` is how a
Chinese reader writes a large figure (330.5万); ``grouped`` shows every digit (3,305,000).
"""

from __future__ import annotations


def plain(value: float) -> str:
    """A value without a spurious ``.0`` and without exponent notation: 3305000, 14.3, -2.5."""
    if value != value:  # NaN
        return ""
    if float(value).is_integer() and abs(value) < 1e21:
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def chinese(value: float) -> str:
    """A value as a Chinese reader writes it: 330.5万, 1.2万亿, 14.3, 0.2."""
    if value != value:  # NaN
        return ""
    magnitude = abs(value)
    for size, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if magnitude >= size:
            return f"{value / size:.6g}{word}"
    return f"{value:.6g}"


def grouped(value: float) -> str:
    """The value with every digit and thousands separators: 3,305,000."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")
