"""Rolling backups of the library while the window is open, armed when the session's library opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QStatusBar

from piyue.ui.session import DocumentSession


class BackupSchedule(QObject):
    """Makes a backup every few minutes (when one is due) once ``session`` has a library."""

    #: A backup could not be made (one line).
    failed = Signal(str)

    def __init__(self, session: DocumentSession, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.status_bar = status_bar
        self._minutes = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.backup)
        session.libraryOpened.connect(self.arm)

    def set_interval(self, minutes: int) -> None:
        """Make rolling backups every ``minutes`` (0: only the one at start); armed once a library is open."""
        self._minutes = minutes
        self.arm()

    @Slot()
    def arm(self) -> None:
        """(Re)start the timer when a library is open and an interval is set, else stop it."""
        self.timer.stop()
        if self.session.library is not None and self._minutes > 0:
            self.timer.start(self._minutes * 60_000)

    @Slot()
    def backup(self) -> None:
        """Make a backup if one is due; say so in the status bar."""
        library = self.session.library
        try:
            made = library.backup_if_due() if library is not None else None
        except Exception as err:
            self.failed.emit(QCoreApplication.translate("NotesController", "Backup failed: {err}").format(err=err))
            return
        if made is not None:
            self.status_bar.showMessage(
                QCoreApplication.translate("NotesController", "Backup saved: {name}").format(name=made.name), 4000
            )
