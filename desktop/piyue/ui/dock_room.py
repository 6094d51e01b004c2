"""Room for the report when the window is made narrower: the side panels give way.

QMainWindow keeps its docks at their width when the window shrinks, so all the loss falls on the
text in the middle; at 1024 pixels the report became a strip of ten characters. Here the visible
left and right panels are scaled down together until the text has about half the window again,
never below a width at which they stop being usable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

#: The share of the window's width the text in the middle keeps when the window narrows.
TEXT_SHARE = 0.5
#: A side panel is not made narrower than this (pixels).
MIN_PANEL = 180


def _shown(group: Sequence[QDockWidget]) -> QDockWidget | None:
    """The dock of a tab group that is on screen (docked, not floating), if any."""
    return next((dock for dock in group if dock.isVisible() and not dock.isFloating()), None)


def make_room_for_text(window: QMainWindow, sides: Sequence[Sequence[QDockWidget]]) -> bool:
    """Narrow the shown dock of each side group so the central widget keeps ``TEXT_SHARE``; whether it did."""
    docks = [dock for dock in map(_shown, sides) if dock is not None]
    total = sum(dock.width() for dock in docks)
    allowed = int(window.width() * (1 - TEXT_SHARE))
    if not docks or total <= allowed:
        return False
    widths = [max(MIN_PANEL, dock.width() * allowed // total) for dock in docks]
    window.resizeDocks(list(docks), widths, Qt.Orientation.Horizontal)
    return True
