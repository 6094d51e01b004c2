"""Keyboard navigation through the document: next/previous heading and next/previous problem."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from piyue.ui.main_window import MainWindow


def step_heading(window: MainWindow, step: int) -> None:
    """Go to the next (+1) or previous (-1) heading from the reading position."""
    document = window.document
    sections = list(document.walk()) if document is not None else []
    if not sections:
        return
    # Compare with where each heading's text begins: that is what the top of the view shows.
    visible = [s.title_start if not s.inline else s.start for s in sections]
    here = window.reading_view.top_offset()
    current = bisect.bisect_right(visible, here) - 1
    at_heading = current >= 0 and here - visible[current] <= 2
    target = current + 1 if step > 0 else (current - 1 if at_heading else current)
    if 0 <= target < len(sections):
        window.reading_view.scroll_to_offset(sections[target].start)


def step_finding(window: MainWindow, step: int) -> None:
    """Go to the next (+1) or previous (-1) warning or error, wrapping around."""
    places = sorted({f.start for f in window.findings if f.is_problem and f.start is not None})
    if not places:
        message = QCoreApplication.translate("MainWindow", "No problems found in this document")
        window.statusBar().showMessage(message, 3000)
        return
    here = window.reading_view.top_offset()
    if step > 0:
        target = next((p for p in places if p > here + 1), places[0])
    else:
        target = next((p for p in reversed(places) if p < here - 1), places[-1])
    window.review_dock.show()
    window.review_dock.raise_()
    window.reading_view.scroll_to_offset(target)
