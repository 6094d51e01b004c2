"""Showing changes other processes make to the library (a command, another window, a colleague on the
shared server) without a restart: the library is asked on a timer and whenever the window regains focus,
and the notes, the library view and the search results are refreshed when it changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from piyue.ui.server_banner import ServerBanner
from piyue.ui.session import DocumentSession

POLL_MS = 2000


class LiveUpdates(QObject):
    """Polls the session's library for changes made elsewhere: reloads the session's notes and says so
    (the window refreshes its library view and search results on :attr:`changedElsewhere`)."""

    #: The library changed elsewhere: views of it should be refreshed (the notes already are).
    changedElsewhere = Signal()
    #: Something changed elsewhere and everything was refreshed.
    refreshed = Signal()

    def __init__(
        self, session: DocumentSession, banner: ServerBanner, parent: QObject | None = None, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.banner = banner
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)
        banner.retryRequested.connect(self.check)
        session.notes.failed.connect(self._storage_failed)

    @Slot(str)
    def _storage_failed(self, _message: str) -> None:
        """A save failed because the server is away: say so in the banner at once."""
        problem = self.session.notes.unavailable
        if problem:
            self.banner.show_problem(problem)

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    @Slot()
    def check(self) -> bool:
        """Refresh the window if the library changed elsewhere; returns whether it did. Shows or clears the
        banner of an unreachable server."""
        library = self.session.library
        try:
            changed = library is not None and library.changed_elsewhere()
            problem = library.server_problem() if library is not None else ""
        except Exception:  # never let a poll break the window; the next storage call reports the error
            return False
        if problem:
            self.banner.show_problem(problem)
        elif self.banner.isVisible():
            self.banner.clear()
        if not changed:
            return False
        self.session.notes.reload(only_if_changed=True)
        self.changedElsewhere.emit()
        self.refreshed.emit()
        return True
