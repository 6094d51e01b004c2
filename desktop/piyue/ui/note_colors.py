"""The colours a note can have (named, so that they read the same in every language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

NOTE_COLORS: tuple[tuple[str, str], ...] = (
    ("#f5c542", "Yellow"),
    ("#6cc070", "Green"),
    ("#5b9bd5", "Blue"),
    ("#e06666", "Red"),
    ("#a07cd6", "Purple"),
    ("#f0964a", "Orange"),
)


def color_name(value: str) -> str:
    """The translated name of a note colour (the value itself for a custom colour)."""
    for color, name in NOTE_COLORS:
        if color.lower() == value.lower():
            return QCoreApplication.translate("notes", name)
    return value
