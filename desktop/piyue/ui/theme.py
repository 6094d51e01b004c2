"""Colours of the reading pane, derived from the palette so that light and dark both work."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True, slots=True)
class ReadingColors:
    """Colours used when rendering a document."""

    text: QColor
    heading: QColor
    accent: QColor
    muted: QColor
    background: QColor
    flash: QColor
    find: QColor
    find_current: QColor


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one (light text on dark background)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def reading_colors(palette: QPalette) -> ReadingColors:
    """The reading pane's colours for ``palette``."""
    if is_dark(palette):
        return ReadingColors(
            text=QColor("#e6e1da"),
            heading=QColor("#f2ede6"),
            accent=QColor("#f0a39a"),
            muted=QColor("#8f8a84"),
            background=QColor("#1f1e1c"),
            flash=QColor(240, 163, 154, 70),
            find=QColor(214, 170, 40, 90),
            find_current=QColor(240, 190, 40, 200),
        )
    return ReadingColors(
        text=QColor("#2b2926"),
        heading=QColor("#1d1b19"),
        accent=QColor("#a3271f"),
        muted=QColor("#9a948c"),
        background=QColor("#fdfcf9"),
        flash=QColor(163, 39, 31, 40),
        find=QColor(255, 214, 10, 110),
        find_current=QColor(255, 150, 0, 200),
    )
