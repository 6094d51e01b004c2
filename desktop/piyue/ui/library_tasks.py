"""Background work for the library view: listing reports with what they say about themselves, importing many."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

if TYPE_CHECKING:  # the services import SQLAlchemy: not on the start-up path
    from piyue.services.ports import LibraryPort

__all__ = ["ImportTask", "ListTask", "TaskSignals", "report_files"]


def report_files(paths: list[Path]) -> list[Path]:
    """The report files among ``paths`` (see :func:`piyue.services.importing.report_files`)."""
    from piyue.services.importing import report_files as find

    return find(paths)


class TaskSignals(QObject):
    """Signals of the library's background tasks."""

    listed = Signal(object)  # list[LibraryRow]
    progress = Signal(int, int, str)  # done, total, current file name
    imported = Signal(int, list)  # count imported, one-line problems
    failed = Signal(str)


class ListTask(QRunnable):
    """Lists the library's reports."""

    def __init__(self, library: LibraryPort, signals: TaskSignals) -> None:
        super().__init__()
        self._library = library
        self._signals = signals

    def run(self) -> None:
        from piyue.services.library import list_rows

        try:
            self._signals.listed.emit(list_rows(self._library))
        except Exception as err:
            self._signals.failed.emit(str(err))


class ImportTask(QRunnable):
    """Imports files one by one, reporting progress; stops between files when cancelled."""

    def __init__(
        self,
        library: LibraryPort,
        files: list[Path],
        signals: TaskSignals,
        cancelled: threading.Event,
    ) -> None:
        super().__init__()
        self._library = library
        self._files = files
        self._signals = signals
        self._cancelled = cancelled

    def run(self) -> None:
        from piyue.services.importing import import_many

        summary = import_many(
            self._library,
            self._files,
            progress=self._signals.progress.emit,
            cancelled=self._cancelled.is_set,
        )
        self._signals.imported.emit(summary.done, summary.problems)
