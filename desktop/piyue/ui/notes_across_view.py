"""All notes of the library in one table, filtered by tag, status, author and report; a double
click opens the note's passage in its report; the filtered notes export as one CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from piyue.ui.workers import TaskRunner

if TYPE_CHECKING:
    from piyue.services.notes_across import LibraryNote

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The widest the report, passage and note columns start, in characters.
MAX_CHARACTERS = {0: 16, 1: 22, 2: 26}


def plain_body(body: str) -> str:
    """A note body (Markdown) as one line of plain text for a table cell: ``**核对**`` → ``核对``."""
    document = QTextDocument()
    document.setMarkdown(body, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    return "  ".join(line.strip() for line in document.toPlainText().splitlines() if line.strip())


class NotesAcrossView(QWidget):
    """Notes over the library; ``openRequested(document_id, start, end)`` shows a note's passage."""

    openRequested = Signal(int, int, int)
    listed = Signal()

    def __init__(self, library: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.runner = TaskRunner(self, name="notesAcrossRunner")
        self.items: list[LibraryNote] = []
        self.shown: list = []
        self.tag_combo, self.status_combo = QComboBox(self), QComboBox(self)
        self.author_combo, self.report_combo = QComboBox(self), QComboBox(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.status = QLabel(self)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Tag:"), self.tag_combo),
            (self.tr("Status:"), self.status_combo),
            (self.tr("Author:"), self.author_combo),
            (self.tr("Report:"), self.report_combo),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(lambda _index: self._apply())
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.export_button)
        headers = [self.tr("Report"), self.tr("Passage"), self.tr("Note"), self.tr("Tags"), self.tr("Status"),
                   self.tr("Author")]  # fmt: skip
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._export)

    def refresh(self) -> None:
        """Read every note of the library (in the background)."""
        library = self._library()
        if library is None:
            self.status.setText(self.tr("No library is open."))
            return
        from piyue.services.notes_across import library_notes

        self.runner.submit(
            lambda _token: library_notes(library),
            key="notes",
            on_done=self._listed,
            on_failed=lambda message: self.status.setText(self.tr("Failed: {0}").format(message)),
        )

    def _listed(self, items: list[LibraryNote]) -> None:
        self.items = items
        tags = sorted({tag for item in items for tag in item.note.tags})
        authors = sorted({item.note.author for item in items})
        reports = sorted({(item.report, item.document_id) for item in items})
        statuses = sorted({str(item.note.status) for item in items})
        everything = self.tr("All")
        for combo, values in (
            (self.tag_combo, [(tag, tag) for tag in tags]),
            (self.status_combo, [(status, status) for status in statuses]),
            (self.author_combo, [(author, author) for author in authors]),
            (self.report_combo, [(title, document_id) for title, document_id in reports]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in values:
                combo.addItem(text, data)
            combo.blockSignals(False)
        self._apply()
        self.listed.emit()

    def _apply(self) -> None:
        from piyue.services.notes_across import NoteFilter, filter_notes

        chosen = NoteFilter(
            self.tag_combo.currentData(),
            self.status_combo.currentData(),
            self.author_combo.currentData(),
            self.report_combo.currentData(),
        )
        self.shown = filter_notes(self.items, chosen)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.shown))
        for row, item in enumerate(self.shown):
            note = item.note
            cells = [item.report, note.anchor.exact, plain_body(note.body), "、".join(note.tags), str(note.status),
                     note.author]  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(NOTE_ROLE, item)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self._fit_columns()
        self.export_button.setEnabled(bool(self.shown))
        self.status.setText(self.tr("{0} of {1} notes").format(len(self.shown), len(self.items)))

    def _fit_columns(self) -> None:
        """Columns as wide as their text, but the report, passage and note at most a few dozen characters
        (the whole text is the tooltip): a long passage must not push the notes out of view."""
        self.table.resizeColumnsToContents()
        character = self.table.fontMetrics().horizontalAdvance("汉")
        for column, characters in MAX_CHARACTERS.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), characters * character))

    def _open(self, row: int, column: int) -> None:
        cell = self.table.item(row, column)
        if cell is not None:
            item = cell.data(NOTE_ROLE)
            self.openRequested.emit(item.document_id, item.note.anchor.start, item.note.anchor.end)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Notes"), "notes.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the notes shown to ``path`` as one CSV."""
        from piyue.export.compare import safe_text
        from piyue.services.notes_across import notes_csv

        try:
            path.write_text(notes_csv(self.shown, safe_text), encoding="utf-8")
        except OSError as err:
            self.status.setText(self.tr("Cannot write {0}: {1}").format(path, err.strerror or err))
            return
        self.status.setText(self.tr("Exported to {0}").format(path))
