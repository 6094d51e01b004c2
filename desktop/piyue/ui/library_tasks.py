"""Background work for the library view: listing reports with what they say about themselves, importing many."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from piyue.core.readers import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from piyue.storage.library import Library


@dataclass(frozen=True, slots=True)
class LibraryRow:
    """One report of the library as the view shows it."""

    document_id: int
    title: str
    government: str
    year: int | None
    characters: int
    notes: int
    versions: int
    source_path: str | None


def list_rows(library: Library) -> list[LibraryRow]:
    """Every stored report with its government, year, size and note count (reads each latest text)."""
    from piyue.core.report_info import report_info

    rows: list[LibraryRow] = []
    for record in library.documents():
        info = report_info(library.load(record.id))
        counts = library.note_counts(record.id)
        rows.append(
            LibraryRow(
                record.id,
                record.title,
                info.government or "",
                info.year,
                record.latest.length,
                sum(counts.values()),
                record.version_count,
                record.source_path,
            )
        )
    return rows


def report_files(paths: list[Path]) -> list[Path]:
    """The report files among ``paths``, folders searched recursively, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # In a folder only files named as reports count (not every file without an extension).
            wanted = SUPPORTED_SUFFIXES - {""}
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted))
        elif path.is_file():
            found.append(path)
    return found


class TaskSignals(QObject):
    """Signals of the library's background tasks."""

    listed = Signal(object)  # list[LibraryRow]
    progress = Signal(int, int, str)  # done, total, current file name
    imported = Signal(int, list)  # count imported, one-line problems
    failed = Signal(str)


class ListTask(QRunnable):
    """Lists the library's reports."""

    def __init__(self, library: Library, signals: TaskSignals) -> None:
        super().__init__()
        self._library = library
        self._signals = signals

    def run(self) -> None:
        try:
            self._signals.listed.emit(list_rows(self._library))
        except Exception as err:
            self._signals.failed.emit(str(err))


class ImportTask(QRunnable):
    """Imports files one by one, reporting progress; stops between files when cancelled."""

    def __init__(
        self,
        library: Library,
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
        from piyue.core.readers import read_document
        from piyue.storage.library import normalise_path

        done = 0
        problems: list[str] = []
        total = len(self._files)
        for number, path in enumerate(self._files):
            if self._cancelled.is_set():
                break
            self._signals.progress.emit(number, total, path.name)
            try:
                self._library.import_document(read_document(path), normalise_path(path))
                done += 1
            except Exception as err:  # one bad file does not stop the others
                problems.append(str(err) if str(err).startswith(str(path)) else f"{path}: {err}")
        self._signals.progress.emit(total, total, "")
        self._signals.imported.emit(done, problems)
