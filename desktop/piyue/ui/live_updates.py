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
        window.server_banner.retryRequested.connect(self.check)
        window.notes.service.failed.connect(self._storage_failed)

    def _storage_failed(self, _message: str) -> None:
        """A save failed because the server is away: say so in the banner at once."""
        problem = self.window.notes.service.unavailable
        if problem:
            self.window.server_banner.show_problem(problem)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """Refresh the window if the library changed elsewhere; returns whether it did. Shows or clears the
        banner of an unreachable server."""
        library = self.window.notes.library
        try:
            changed = library is not None and library.changed_elsewhere()
            problem = library.server_problem() if library is not None else ""
        except Exception:  # never let a poll break the window; the next storage call reports the error
            return False
        if problem:
            self.window.server_banner.show_problem(problem)
        elif self.window.server_banner.isVisible():
            self.window.server_banner.clear()
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
