"""All notes of the library in one table, filtered by tag, status, author and report; a double
click opens the note's passage in its report; the filtered notes export as one CSV.

The table is a light model over the notes (no widget per cell): a note's body is turned into plain text only
when its row is painted (or the table is sorted by it), so thousands of notes show at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piyue.ui.row_table import Index, RowTableModel
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


class NotesAcrossModel(RowTableModel):
    """The notes shown, one row each: report, passage, note (plain text, made on first use), tags, status,
    author; sortable by any column (the notes of one report stay in text order)."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._plain: dict[str, str] = {}  # note id → its body as plain text

    def sort_key(self, row: int, column: int) -> Any:
        """A column sorts by its text."""
        return self.text(row, column)

    def plain(self, item: Any) -> str:
        """A note's body as one line of plain text (made once per note)."""
        note = item.note
        text = self._plain.get(note.id)
        if text is None:
            text = self._plain[note.id] = plain_body(note.body)
        return text

    def text(self, row: int, column: int) -> str:
        """The text of a cell."""
        item = self.rows[row]
        note = item.note
        if column == 0:
            return item.report
        if column == 1:
            return note.anchor.exact
        if column == 2:
            return self.plain(item)
        if column == 3:
            return "、".join(note.tags)
        return str(note.status) if column == 4 else note.author

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (row numbers down the side)."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers[section] if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text (also its tooltip: the whole passage or note), or the note itself (NOTE_ROLE)."""
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == NOTE_ROLE:
            return self.rows[index.row()]
        return None


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
        self.model = NotesAcrossModel(headers, self)
        self.table = QTableView(self)
        self.table.setObjectName("notesAcrossTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setResizeContentsPrecision(0)  # fit columns to the rows in view, not to thousands of notes
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._export)

    @Slot()
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
        self.model.set_rows(self.shown)
        self._fit_columns()
        self.export_button.setEnabled(bool(self.shown))
        self.status.setText(self.tr("{0} of {1} notes").format(len(self.shown), len(self.items)))

    def _fit_columns(self) -> None:
        """Columns as wide as the text of the rows in view, but the report, passage and note at most a few dozen
        characters (the whole text is the tooltip): a long passage must not push the notes out of view."""
        self.table.resizeColumnsToContents()
        character = self.table.fontMetrics().horizontalAdvance("汉")
        for column, characters in MAX_CHARACTERS.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), characters * character))

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        item = index.data(NOTE_ROLE) if index.isValid() else None
        if item is not None:
            self.openRequested.emit(item.document_id, item.note.anchor.start, item.note.anchor.end)

    @Slot()
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
