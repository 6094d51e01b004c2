"""File → Export Notes…: the action, the dialog, and the export run on a worker thread.

The worker renders the file (:func:`piyue.export.render`), then — unless the export was cancelled by then —
writes it atomically (:func:`piyue.export.files.write_atomically`). An existing file is replaced only after
the user said so. Success shows the path in the status bar with an "Open Folder" button; a failure is one
line in the dialog, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStatusBar, QToolButton, QTreeView, QWidget

from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.ui.export_request import ExportRequest
from piyue.ui.notes_model import NOTE_ROLE
from piyue.ui.notes_panel import NotesPanel
from piyue.ui.outline_model import OutlineModel
from piyue.ui.session import DocumentSession
from piyue.ui.workers import Cancelled, CancelToken, Task, TaskRunner, one_line

if TYPE_CHECKING:
    from piyue.export import ExportOptions
    from piyue.services.export import ExportJob
    from piyue.ui.export_dialog import ExportDialog

MESSAGE_MS = 15000  # how long the success message (and its Open Folder button) stays


def _export(job: ExportJob, token: CancelToken) -> tuple[Path, int]:
    """Render, then write unless cancelled (worker thread); the write itself is never interrupted."""
    from piyue.services.export import ExportCancelled, run_export

    try:
        run_export(job, before_write=token.commit)
    except ExportCancelled:
        raise Cancelled from None
    return job.target, len(job.notes)


def _failure(job: ExportJob, error: BaseException) -> str:
    """One line for a failed export: a file in the way, an export error, or a bug / OS error (no traceback)."""
    from piyue.export import ExportError
    from piyue.export.files import OutputExistsError

    if isinstance(error, OutputExistsError):
        message = QCoreApplication.translate("ExportController", "{path} already exists; choose another name")
        return message.format(path=job.target)
    if isinstance(error, ExportError):
        return one_line(str(error)) or QCoreApplication.translate("ExportController", "the export failed")
    return one_line(f"{error.__class__.__name__}: {error}")


@dataclass(frozen=True, slots=True)
class ExportWidgets:
    """The widgets the export controller drives (or reads: the notes shown, the section selected)."""

    host: QWidget  # holds the action and parents the dialogs
    status_bar: QStatusBar
    notes_panel: NotesPanel
    outline_view: QTreeView
    outline_model: OutlineModel


class ExportController(QObject):
    """Exporting the session's document's notes."""

    #: An export was written (its path).
    exported = Signal(Path)
    #: An export failed (one line).
    failed = Signal(str)
    #: An export was cancelled before its file was written.
    cancelled = Signal()

    def __init__(self, session: DocumentSession, widgets: ExportWidgets) -> None:
        super().__init__(widgets.host)
        self.session = session
        self._host = widgets.host
        self._status = widgets.status_bar
        self._panel = widgets.notes_panel
        self._outline_view = widgets.outline_view
        self._outline_model = widgets.outline_model
        host = widgets.host
        self.dialog: ExportDialog | None = None
        self.last_path: Path | None = None
        self._folder: Path | None = None  # where the last export went (this session)
        self.runner = TaskRunner(self, name="exportRunner")
        self._task: Task[tuple[Path, int]] | None = None  # the running export

        self.export_action = QAction(self.tr("&Export Notes…"), host)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip(
            self.tr("Write the notes as Markdown, HTML, Word, PDF, CSV or JSON-LD (Web Annotations)")
        )
        self.export_action.triggered.connect(self.show_dialog)
        host.addAction(self.export_action)

        self.open_folder_button = QToolButton(host)
        self.open_folder_button.setObjectName("exportOpenFolder")
        self.open_folder_button.setText(self.tr("Open Folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the folder of the export"))
        self.open_folder_button.setAutoRaise(True)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self._status.insertPermanentWidget(0, self.open_folder_button)
        self._status.messageChanged.connect(self._status_changed)
        self._success_message = ""

        session.notesChanged.connect(self.update_action)
        session.documentChanged.connect(self.update_action)
        self.update_action()

    # ----------------------------------------------------------------- state
    @property
    def available(self) -> bool:
        """Whether a document is open whose notes are stored (so there is something to export from)."""
        return self.session.document is not None and self.session.notes.available

    @property
    def busy(self) -> bool:
        """Whether an export is running."""
        return self._task is not None

    @Slot()
    def update_action(self) -> None:
        """Enable Export only with a document whose notes are stored."""
        self.export_action.setEnabled(self.available)
        if not self.available:
            self.export_action.setToolTip(self.tr("Open a report whose notes are stored to export them"))
        else:
            self.export_action.setToolTip(self.export_action.text().replace("&", "").rstrip("…"))

    def shown_notes(self) -> list[Note]:
        """The notes that pass the notes panel's filters, in the panel's order."""
        proxy = self._panel.proxy
        return [proxy.index(row, 0).data(NOTE_ROLE) for row in range(proxy.rowCount())]

    def _options(self) -> ExportOptions:
        """Source and content hash as the library knows them (as ``piyue export`` writes them)."""
        from piyue.export import ExportOptions
        from piyue.services.export import export_options

        service = self.session.notes
        document = self.session.document
        if document is None or service.library is None or service.document_id is None:
            return ExportOptions()
        try:
            record = service.library.document(service.document_id)
        except Exception:  # the file's own path and hash do as well
            return ExportOptions()
        return export_options(record, document)

    def _folder_for(self, document: Document) -> Path:
        """Where to suggest saving: the last export's folder, else the report's, else Documents or home."""
        import os

        from PySide6.QtCore import QStandardPaths

        candidates = [self._folder]
        if document.path is not None:
            candidates.append(document.path.parent)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        candidates += [Path(documents) if documents else None, Path.home()]
        for folder in candidates:
            if folder is not None and folder.is_dir() and os.access(folder, os.W_OK):
                return folder
        return Path.home()

    # ----------------------------------------------------------------- dialog
    @Slot()
    def show_dialog(self) -> ExportDialog | None:
        """Open the export dialog (window-modal, not blocking); returns it."""
        from piyue.ui.export_dialog import ExportDialog

        document = self.session.document
        if document is None or not self.available:
            self._status.showMessage(self.tr("Open a report whose notes are stored to export them."), 4000)
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        current = self._outline_model.section(self._outline_view.currentIndex())
        dialog = ExportDialog(
            document,
            self.session.notes.notes,
            self.shown_notes(),
            metrics=self.session.metrics,
            options=self._options(),
            folder=self._folder_for(document),
            current_section=current,
            parent=self._host,
        )
        dialog.exportRequested.connect(self.start)
        dialog.cancelRequested.connect(self.cancel)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.resize(dialog.sizeHint())
        dialog.open()
        return dialog

    @Slot(int)
    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    # ----------------------------------------------------------------- running
    @Slot(ExportRequest)
    def start(self, request: ExportRequest) -> bool:
        """Ask about overwriting, then run ``request`` on the worker; False when it did not start."""
        from piyue.export import ExportError, ExportOptions
        from piyue.services.export import job_for

        dialog = self.dialog
        document = self.session.document
        if self.busy or document is None:
            return False
        target = request.target
        force = False
        if target.exists() or target.is_symlink():
            if target.is_dir():
                self._report_failure(self.tr("{path} is a folder").format(path=target))
                return False
            answer = QMessageBox.question(
                dialog or self._host,
                self.tr("Replace the file?"),
                self.tr("{name} already exists in {folder}.\nReplace it?").format(
                    name=target.name, folder=target.parent
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                if dialog is not None:
                    dialog.show_message(self.tr("Not exported: choose another file name."))
                return False
            force = True
        fmt = request.format.fmt
        if fmt == "pdf":
            try:  # loads the font on this (the main) thread; the worker then only lays out and writes
                from piyue.export.pdf import ensure_font

                ensure_font()
            except ExportError as err:
                self._report_failure(one_line(str(err)))
                return False
        metrics: tuple[Metric, ...] | None = None
        if request.include_metrics:
            metrics = tuple(self.session.metrics)
        options = dialog.export_options() if dialog is not None else ExportOptions(comments=request.format.comments)
        job = job_for(
            fmt,
            document,
            request.notes,
            options,
            target,
            metrics=metrics,
            with_metrics=request.include_metrics,
            force=force,
        )
        self._run(job)
        return True

    def _run(self, job: ExportJob) -> None:
        """Show that ``job`` is running and run it on the worker."""
        text = self.tr("Exporting {count} notes to {name}…").format(count=len(job.notes), name=job.target.name)
        if self.dialog is not None:
            self.dialog.set_busy(True, text)
        self._status.showMessage(text)
        self._task = self.runner.submit(
            lambda token: _export(job, token),
            key="export",
            on_done=self._on_finished,
            on_failed=self._on_failed,
            describe=lambda error: _failure(job, error),
        )

    @Slot()
    def cancel(self) -> None:
        """Stop the running export before it writes (once writing, it completes)."""
        if self._task is None:
            return
        if self._task.cancel():  # its result, if any, is dropped
            self._task = None
            self._idle(self.tr("Export cancelled."))
            self._status.showMessage(self.tr("Export cancelled"), 3000)
            self.cancelled.emit()
        elif self.dialog is not None:
            self.dialog.show_message(self.tr("Writing the file; it cannot be stopped now…"))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for a running export (tests, shutdown)."""
        return self.runner.wait(msecs)

    def _idle(self, message: str = "") -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False, message)

    def _on_finished(self, written: tuple[Path, int]) -> None:
        path, count = written
        self._task = None
        self.last_path = path
        self._folder = path.parent
        if self.dialog is not None:
            self.dialog.set_busy(False)
            self.dialog.accept()
        self._success_message = self.tr("Exported {count} notes to {path}").format(count=count, path=path)
        self._status.showMessage(self._success_message, MESSAGE_MS)
        self.open_folder_button.setToolTip(str(path.parent))
        self.open_folder_button.show()
        self.exported.emit(path)

    def _on_failed(self, message: str) -> None:
        self._task = None
        self._report_failure(message)

    def _report_failure(self, message: str) -> None:
        line = self.tr("Export failed: {reason}").format(reason=one_line(message))
        if self.dialog is not None:
            self.dialog.set_busy(False)
            self.dialog.show_error(line)
        self._status.showMessage(line, 10000)
        self.failed.emit(line)

    # ----------------------------------------------------------------- after
    @Slot()
    def open_folder(self) -> None:
        """Show the folder of the last export in the file manager."""
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    @Slot(str)
    def _status_changed(self, message: str) -> None:
        if message != self._success_message or not message:
            self.open_folder_button.hide()
