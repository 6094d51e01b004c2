"""Showing changes other processes make to the library (a command, another window, a colleague on the
shared server) without a restart: the library is asked on a timer and whenever the window regains focus,
and the notes, the library view and the search results are refreshed when it changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from piyue.ui.main_window import MainWindow

POLL_MS = 2000


class LiveUpdates(QObject):
    """Polls the library for changes made elsewhere and refreshes what the window shows."""

    #: Something changed elsewhere and the window was refreshed.
    refreshed = Signal()

    def __init__(self, window: MainWindow, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """Refresh the window if the library changed elsewhere; returns whether it did."""
        library = self.window.notes.library
        try:
            changed = library is not None and library.changed_elsewhere()
        except Exception:  # a lost server is reported by the next storage call, not by the poll
            return False
        if not changed:
            return False
        window = self.window
        window.notes.service.reload(only_if_changed=True)
        if window.library_dock.isVisible():
            window.library_panel.refresh()
        query = window.search_panel.edit.text()
        if window.search_dock.isVisible() and query.strip():
            window.search.search(query)
        self.refreshed.emit()
        return True
