"""Note colours: ``#rrggbb`` or one of the palette's names (English or Chinese), stored as ``#rrggbb``."""

from __future__ import annotations

import re

#: the window's palette (ui/note_colors.py shows the same values) by the names a user may type
NAMED_COLORS: dict[str, str] = {
    "yellow": "#f5c542",
    "黄": "#f5c542",
    "黄色": "#f5c542",
    "green": "#6cc070",
    "绿": "#6cc070",
    "绿色": "#6cc070",
    "blue": "#5b9bd5",
    "蓝": "#5b9bd5",
    "蓝色": "#5b9bd5",
    "red": "#e06666",
    "红": "#e06666",
    "红色": "#e06666",
    "purple": "#a07cd6",
    "紫": "#a07cd6",
    "紫色": "#a07cd6",
    "orange": "#f0964a",
    "橙": "#f0964a",
    "橙色": "#f0964a",
}
_HEX = re.compile(r"#[0-9a-f]{6}")


def parse_color(value: str) -> str:
    """``value`` as ``#rrggbb`` (lower case); raises ``ValueError`` with a one-line reason otherwise."""
    text = value.strip().lower() if isinstance(value, str) else ""
    if _HEX.fullmatch(text):
        return text
    if text in NAMED_COLORS:
        return NAMED_COLORS[text]
    shown = repr(value)[:40]
    raise ValueError(f"not a colour: {shown}; use #rrggbb or one of yellow, green, blue, red, purple, orange")
