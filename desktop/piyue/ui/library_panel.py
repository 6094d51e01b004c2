"""The library view: every imported report (title, government, year, size, notes); open, import, remove."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piyue.ui.narrow import let_shrink
from piyue.ui.row_table import Index, RowTableModel
from piyue.ui.workers import CancelToken, TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from piyue.services.importing import ImportSummary
    from piyue.services.library import LibraryRow
    from piyue.services.ports import LibraryPort

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def folder_report_files(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, Path]]]:
    """The report files among ``paths``, each report once, and the copies left out (see
    :func:`piyue.services.importing.folder_report_files`)."""
    from piyue.services.importing import folder_report_files as find

    found = find(paths)
    return found.files, found.skipped


class LibraryModel(RowTableModel):
    """One row per report; sorts itself (numbers as numbers; equal rows keep their order)."""

    TITLE, GOVERNMENT, YEAR, SIZE, NOTES = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRow] = []
        self._headers = [
            self.tr("Title"),
            self.tr("Government"),
            self.tr("Year"),
            self.tr("Characters"),
            self.tr("Notes"),
        ]

    def sort_key(self, row: int, column: int) -> Any:
        """What a column sorts by."""
        return _sort_key(self.rows[row], column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells, sort keys and the row itself."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.title,
                row.government,
                str(row.year) if row.year else "",
                f"{row.characters:,}",
                str(row.notes) if row.notes else "",
            )[column]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return _sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            versions = self.tr("{n} versions").format(n=row.versions) if row.versions > 1 else ""
            return "\n".join(filter(None, (row.title, row.source_path or "", versions)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.YEAR, self.SIZE, self.NOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _sort_key(row: LibraryRow, column: int) -> Any:
    """What a column sorts by."""
    return (row.title, row.government, row.year or 0, row.characters, row.notes)[column]


class LibraryPanel(QWidget):
    """The reports in the library, with import and remove."""

    #: Open this stored report (document id).
    openRequested = Signal(int)
    #: The library changed (imports, removals).
    changed = Signal()

    def __init__(self, library_getter: Callable[[], LibraryPort | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self._library = library_getter
        self.runner = TaskRunner(self, name="libraryRunner")  # one thread: an import, then the listing
        self._cancel = threading.Event()  # the user cancelled the import (what was imported is still reported)
        self._progress_dialog: QProgressDialog | None = None
        self._last_action = ""  # what the last import or removal did, kept under the counts
        self._skipped: list[tuple[Path, Path]] = []  # copies of a report in another format the import left out

        self.table = self._build_table()
        self.status = QLabel(self)
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)
        self.keywords_label = QLabel(self)
        self.keywords_label.setObjectName("libraryKeywords")
        self.keywords_label.setWordWrap(True)
        self.keywords_label.setTextFormat(Qt.TextFormat.PlainText)
        self.import_files_button = QPushButton(self.tr("Import Files…"), self)
        self.import_folder_button = QPushButton(self.tr("Import Folder…"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in let_shrink(self.import_files_button, self.import_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(let_shrink(self.remove_button)[0])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.keywords_label)
        layout.addLayout(buttons)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)

    def _build_table(self) -> QTableView:
        """The reports, sortable by every column (its model is set up here too)."""
        self.model = LibraryModel(self)
        table = QTableView(self)
        table.setObjectName("libraryTable")
        table.setAccessibleName(self.tr("Reports in the library"))
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(LibraryModel.TITLE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in ((1, 96), (2, 48), (3, 64), (4, 44)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        return table

    # ----------------------------------------------------------------- listing
    def refresh(self) -> None:
        """List the library again (in the background)."""
        library = self._library()
        if library is None:
            self.status.setText(self.tr("The library is not available."))
            return
        from piyue.services.library import list_rows

        self.runner.submit(
            lambda _token: list_rows(library), key="list", on_done=self._listed, on_failed=self.status.setText
        )

    def _listed(self, rows: list[LibraryRow]) -> None:
        selected = self.selected_row()
        self.model.set_rows(rows)
        if selected is not None:  # listing again (a report stored, a tab shown) keeps the reader's place
            self._select_document(selected.document_id)
        notes = sum(r.notes for r in rows)
        text = self.tr("{reports} reports · {notes} notes").format(reports=len(rows), notes=notes)
        if self._last_action:
            text += "\n" + self._last_action
        self.status.setText(text)
        self._update_buttons()

    def _select_document(self, document_id: int) -> None:
        for row, record in enumerate(self.model.rows):
            if record.document_id == document_id:
                self.table.setCurrentIndex(self.model.index(row, LibraryModel.TITLE))
                return

    def selected_row(self) -> LibraryRow | None:
        """The selected report."""
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_row() is not None)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is not None:
            self.openRequested.emit(row.document_id)

    def show_keywords(self, terms: list[str], related: list[tuple[int, str, list[str]]]) -> None:
        """The open report's key terms and the reports sharing the most of them."""
        lines = [self.tr("Key terms: {terms}").format(terms="、".join(terms[:10]))] if terms else []
        if related:
            lines.append(self.tr("Related reports:"))
            governments = {row.document_id: row.government for row in self.model.rows}
            for document_id, title, shared in related:
                government = governments.get(document_id, "")
                name = title if not government or government in title else f"{title} · {government}"
                lines.append(f"  {name}（{'、'.join(shared)}）")
        self.keywords_label.setText("\n".join(lines))

    # ----------------------------------------------------------------- importing
    @Slot()
    def choose_files(self) -> None:
        """Ask for report files and import them."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Reports"), "", self.tr("Reports (*.md *.markdown *.txt *.docx *.pdf)")
        )
        if names:
            self.import_paths([Path(n) for n in names])

    @Slot()
    def choose_folder(self) -> None:
        """Ask for a folder and import every report in it."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder of Reports"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> bool:
        """Import the reports among ``paths`` in the background with progress and cancel."""
        library = self._library()
        files, self._skipped = folder_report_files(paths)
        if library is None or not files:
            self.status.setText(
                self.tr("No reports to import.") if library else self.tr("The library is not available.")
            )
            return False
        self._cancel.clear()
        dialog = QProgressDialog(self.tr("Importing reports…"), self.tr("Cancel"), 0, len(files), self)
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self._cancel.set)
        self._progress_dialog = dialog
        self.runner.submit(
            lambda token: self._import(library, files, token),
            key="import",
            newest_wins=False,
            on_done=self._imported,
            on_failed=self._import_failed,
            on_progress=self._progress,
        )
        return True

    def _import(self, library: LibraryPort, files: list[Path], token: CancelToken) -> ImportSummary:
        """Import ``files`` one by one (worker thread); stops between files when cancelled or shut down."""
        from piyue.services.importing import import_many

        return import_many(
            library,
            files,
            progress=lambda done, total, name: token.report((done, total, name)),
            cancelled=lambda: token.cancelled or self._cancel.is_set(),
        )

    def _progress(self, step: tuple[int, int, str]) -> None:
        done, total, name = step
        if self._progress_dialog is not None:
            self._progress_dialog.setMaximum(total)
            self._progress_dialog.setValue(done)
            if name:
                self._progress_dialog.setLabelText(self.tr("Importing {name}…").format(name=name))

    def _close_progress(self) -> None:
        if self._progress_dialog is not None:
            self._progress_dialog.canceled.disconnect(self._cancel.set)
            self._progress_dialog.close()
            self._progress_dialog = None

    def _import_failed(self, message: str) -> None:
        self._close_progress()
        self.status.setText(message)
        self.refresh()
        self.changed.emit()

    def _imported(self, summary: ImportSummary) -> None:
        cancelled = self._cancel.is_set()  # read first: closing the dialog emits canceled()
        self._close_progress()
        count, problems = summary.done, summary.problems
        text = self.tr("Imported {count} reports.").format(count=count)
        if cancelled:
            text += " " + self.tr("(Cancelled.)")
        if problems:
            text += " " + self.tr("{n} could not be read: {first}").format(n=len(problems), first=problems[0])
        if self._skipped:
            copy, imported = self._skipped[0]
            text += " " + self.tr(
                "Left out {n} copies of the same report in another format (e.g. {copy}: {file} was imported)."
            ).format(n=len(self._skipped), copy=f"{copy.parent.name}/{copy.name}", file=imported.name)
        self._last_action = text
        self.status.setText(text)
        self.refresh()
        self.changed.emit()

    def wait(self, msecs: int = 60000) -> bool:
        """Wait for background work (tests, shutdown)."""
        return self.runner.wait(msecs)

    def cancel(self) -> None:
        """Stop a running import between two files, reporting what was imported (the progress dialog's Cancel)."""
        self._cancel.set()

    # ----------------------------------------------------------------- removing
    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected report after confirmation; its notes are backed up first."""
        row = self.selected_row()
        library = self._library()
        if row is None or library is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove Report"),
            self.tr(
                "Remove “{title}” and its {notes} notes from the library?\n\n"
                "A backup of the database is made first; the file on disk is not touched."
            ).format(title=row.title, notes=row.notes),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            backup = library.delete_document(row.document_id)
        except Exception as err:
            self.status.setText(self.tr("Could not remove it: {err}").format(err=err))
            return
        note = self.tr("Removed; backup: {path}").format(path=backup) if backup else self.tr("Removed.")
        self._last_action = note
        self.status.setText(note)
        self.refresh()
        self.changed.emit()
