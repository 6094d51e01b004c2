"""Keyboard navigation through the document: next/previous heading and next/previous problem."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QStatusBar

from piyue.ui.reading_view import ReadingView
from piyue.ui.session import DocumentSession


def step_heading(session: DocumentSession, view: ReadingView, step: int) -> None:
    """Go to the next (+1) or previous (-1) heading of the session's document from the reading position."""
    document = session.document
    sections = list(document.walk()) if document is not None else []
    if not sections:
        return
    # Compare with where each heading's text begins: that is what the top of the view shows.
    visible = [s.title_start if not s.inline else s.start for s in sections]
    here = view.top_offset()
    current = bisect.bisect_right(visible, here) - 1
    at_heading = current >= 0 and here - visible[current] <= 2
    target = current + 1 if step > 0 else (current - 1 if at_heading else current)
    if 0 <= target < len(sections):
        view.scroll_to_offset(sections[target].start)


def step_finding(
    session: DocumentSession, view: ReadingView, review_dock: QDockWidget, status_bar: QStatusBar, step: int
) -> None:
    """Go to the next (+1) or previous (-1) warning or error, wrapping around."""
    places = sorted({f.start for f in session.findings if f.is_problem and f.start is not None})
    if not places:
        message = QCoreApplication.translate("MainWindow", "No problems found in this document")
        status_bar.showMessage(message, 3000)
        return
    here = view.top_offset()
    if step > 0:
        target = next((p for p in places if p > here + 1), places[0])
    else:
        target = next((p for p in reversed(places) if p < here - 1), places[-1])
    review_dock.show()
    review_dock.raise_()
    view.scroll_to_offset(target)
