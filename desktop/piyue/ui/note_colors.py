"""The colours a note can have (named, so that they read the same in every language)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NOTE_COLORS: tuple[tuple[str, str], ...] = (
    ("#f5c542", str(QT_TRANSLATE_NOOP("notes", "Yellow"))),
    ("#6cc070", str(QT_TRANSLATE_NOOP("notes", "Green"))),
    ("#5b9bd5", str(QT_TRANSLATE_NOOP("notes", "Blue"))),
    ("#e06666", str(QT_TRANSLATE_NOOP("notes", "Red"))),
    ("#a07cd6", str(QT_TRANSLATE_NOOP("notes", "Purple"))),
    ("#f0964a", str(QT_TRANSLATE_NOOP("notes", "Orange"))),
)


def color_name(value: str) -> str:
    """The translated name of a note colour (the value itself for a custom colour)."""
    for color, name in NOTE_COLORS:
        if color.lower() == value.lower():
            return QCoreApplication.translate("notes", name)
    return value
