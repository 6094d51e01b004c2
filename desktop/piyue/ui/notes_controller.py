"""Notes on the session's document: adding notes on passages and sections, editing, deleting, undo/redo,
highlights in the text, counts in the outline, the notes panel; the questions about a library that could not
be opened and about new versions (storing itself is :mod:`piyue.ui.library_store`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QStatusBar, QTreeView, QWidget

from piyue.core.anchoring import Anchor, AnchorState, Note, anchor_section, anchor_span
from piyue.core.model import Document, Section
from piyue.ui.conflict_dialog import ConflictDialog
from piyue.ui.loader import Stored
from piyue.ui.note_editor import NoteEditor, NoteValues, SaveHandler
from piyue.ui.notes_panel import NotesPanel
from piyue.ui.outline_model import OutlineModel
from piyue.ui.reading_view import ReadingView
from piyue.ui.session import DocumentSession

if TYPE_CHECKING:
    from piyue.services.ports import LibraryPort
    from piyue.ui.library_store import LibraryStore


@dataclass(frozen=True, slots=True)
class NotesWidgets:
    """The widgets the notes controller drives."""

    host: QWidget  # holds the actions (their shortcuts) and parents the dialogs
    status_bar: QStatusBar
    panel: NotesPanel
    reading_view: ReadingView
    outline_view: QTreeView
    outline_model: OutlineModel
    dock: QDockWidget  # the notes panel's dock, brought forward when stepping through notes


class NotesController(QObject):
    """Notes on the session's document: adding, editing, deleting, undo/redo, the highlights in the text,
    the counts in the outline, the notes panel, and the questions about the library and new versions."""

    #: Open this file (File → Open as New Version Of…).
    openRequested = Signal(Path)
    #: The current document was stored after the user answered the "new version?" question (its id).
    documentStored = Signal(Document, int)

    def __init__(
        self,
        session: DocumentSession,
        widgets: NotesWidgets,
        store: LibraryStore | None = None,
        unavailable_reason: str = "",
    ) -> None:
        super().__init__(widgets.host)
        self.session = session
        self.store = store
        self._host = widgets.host
        self._status = widgets.status_bar
        self._panel = widgets.panel
        self._view = widgets.reading_view
        self._outline_view = widgets.outline_view
        self._outline_model = widgets.outline_model
        self._dock = widgets.dock
        self.reason = unavailable_reason or self.tr("Notes are not available: no database is open.")
        if session.opens_library and session.library is None:
            self.reason = self.tr("Opening the notes database…")
        self.service = session.notes
        self._build_actions()
        self._connect()
        self.refresh()

    @property
    def library(self) -> LibraryPort | None:
        """The session's library (None until opened)."""
        return self.session.library

    # ----------------------------------------------------------------- setup
    def _build_actions(self) -> None:
        window = self._host
        self.add_action = QAction(self.tr("Add &Note…"), window)
        self.add_action.setShortcut(QKeySequence("Ctrl+Alt+N"))
        self.add_action.setStatusTip(self.tr("Write a note on the selected passage"))
        self.add_action.triggered.connect(self.add_note_on_selection)
        self.section_action = QAction(self.tr("Note on &Section…"), window)
        self.section_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.section_action.setStatusTip(self.tr("Write a note on the section being read"))
        self.section_action.triggered.connect(self.add_note_on_current_section)
        self.cite_action = QAction(self.tr("Copy with &Citation"), window)
        self.cite_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.cite_action.setStatusTip(self.tr("Copy the selected passage with the report's title, section and page"))
        self.cite_action.triggered.connect(self.copy_with_citation)
        self.new_version_action = QAction(self.tr("Open as New &Version Of…"), window)
        self.new_version_action.setStatusTip(self.tr("Open a revised draft as a new version of an imported report"))
        self.new_version_action.triggered.connect(self.open_as_new_version)
        self.undo_action = self.service.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.service.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        self.next_note_action = QAction(self.tr("Next &Note"), window)
        self.next_note_action.setShortcut(QKeySequence("Alt+Down"))
        self.next_note_action.triggered.connect(lambda: self.step_note(1))
        self.previous_note_action = QAction(self.tr("Previous N&ote"), window)
        self.previous_note_action.setShortcut(QKeySequence("Alt+Up"))
        self.previous_note_action.triggered.connect(lambda: self.step_note(-1))
        for action in (
            self.add_action,
            self.section_action,
            self.undo_action,
            self.redo_action,
            self.next_note_action,
            self.previous_note_action,
            self.cite_action,
        ):
            window.addAction(action)

    def _connect(self) -> None:
        panel = self._panel
        self.service.notesChanged.connect(self.refresh)
        self.service.failed.connect(self._failed)
        panel.jumpRequested.connect(self.jump_to)
        panel.editRequested.connect(self.edit_note)
        panel.deleteRequested.connect(self.delete_note)
        panel.reattachRequested.connect(self.reattach_note)
        panel.reviewedRequested.connect(lambda note: self.service.mark_reviewed(note.id))
        panel.addRequested.connect(self.add_note_on_selection)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._view.customContextMenuRequested.connect(self._text_menu)
        self._view.selectionChanged.connect(self.selection_changed)
        self._outline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._outline_view.customContextMenuRequested.connect(self._outline_menu)

    # ----------------------------------------------------------------- documents
    # ----------------------------------------------------------------- revised drafts
    def _ask_about_revision(self, stored: Stored) -> None:
        """The opened file resembles an imported report: ask, in one click, whether it is a new version."""
        from piyue.ui.revision_prompt import ask_new_version

        earlier, path, document = stored.earlier, stored.path, stored.document
        assert earlier is not None and path is not None and document is not None
        self.reason = self.tr("Is this a new version of “{title}”? Answer the question to see its notes.").format(
            title=earlier.title
        )

        def answer(new_version: bool) -> None:
            self.revision_question = None
            if self.session.document is not document:
                return  # another report was opened meanwhile
            assert self.store is not None
            stored = self.store.import_now(path, document, earlier.document_id if new_version else None)
            self.document_shown(stored)
            if stored.document_id is not None:
                self.documentStored.emit(document, stored.document_id)

        self.revision_question = ask_new_version(self._host, earlier, path.name, answer)

    #: The open "new version?" question (None when none is open).
    revision_question = None

    @Slot()
    def open_as_new_version(self) -> None:
        """File → Open as New Version Of…: a file, and the imported report it is a new version of."""
        from piyue.ui.revision_prompt import NewVersionDialog

        library = self.session.ensure_library()
        if library is None or self.store is None:
            QMessageBox.warning(self._host, self.tr("Open as New Version Of"), self.reason)
            return
        try:
            records = library.documents()
        except Exception as err:
            self._failed(str(err))
            return
        if not records:
            self._status.showMessage(self.tr("The library is empty: open or import a report first."), 6000)
            return
        reports = [(r.id, r.title, Path(r.source_path).name if r.source_path else "") for r in records]
        document = self.session.document
        start = str(document.path.parent) if document is not None and document.path else ""
        from piyue.ui.main_window import FILE_FILTER

        file_filter = QCoreApplication.translate("MainWindow", str(FILE_FILTER))
        dialog = NewVersionDialog(reports, self.service.document_id, start, file_filter, self._host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._open_replacing(dialog.choice()))
        self.new_version_dialog = dialog
        dialog.open()

    new_version_dialog = None

    def _open_replacing(self, choice: tuple[Path, int] | None) -> None:
        if choice is None or self.store is None:
            return
        path, document_id = choice
        self.store.replace_next(path, document_id)
        self.openRequested.emit(path)

    _warned = False  # whether the user was told that the library could not be opened

    @Slot()
    def restore_backup(self) -> bool:
        """Put the newest good backup in place of the damaged database and show this document's notes."""
        if not self.session.can_restore:
            return False
        error = self.session.restore_backup()
        if error:
            QMessageBox.warning(self._host, self.tr("Restore failed"), error)
            return False
        document = self.session.document
        if document is not None and document.path is not None and self.store is not None:
            self.document_shown(self.store.store(document.path, document))
        self._status.showMessage(self.tr("The newest backup was restored."), 8000)
        return True

    def document_shown(self, stored: Stored) -> None:
        """The session's document is stored (or could not be): show its notes."""
        session = self.session
        if session.open_error and not self._warned:
            self._warned = True
            self._warn_unavailable(session.open_error)
        if stored.error:
            self.reason = stored.error
        if stored.earlier is not None:
            self._ask_about_revision(stored)
        session.set_stored(stored.document_id)
        if stored.message:
            self._status.showMessage(stored.message, 10000)
        if session.open_notice:
            notice, session.open_notice = session.open_notice, ""
            self._status.showMessage(self.tr("Notes are stored, but: {notice}").format(notice=notice), 20000)

    def _warn_unavailable(self, error: str) -> None:
        """Say once that the library could not be opened (offering to restore a backup when it was damaged)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Notes are not available"),
            self.tr("The notes database could not be opened, so notes cannot be shown or added in this window."),
            QMessageBox.StandardButton.Ok,
            self._host,
        )
        box.setObjectName("libraryErrorDialog")
        box.setInformativeText(error)
        if self.session.can_restore and "recovery" in error:
            restore = box.addButton(self.tr("Restore Newest Backup"), QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restoreBackupButton")
            restore.clicked.connect(self.restore_backup)
        box.open()

    @Slot()
    def refresh(self) -> None:
        """Show the current notes in the panel, the text and the outline."""
        notes = self.service.notes
        self._panel.set_notes(notes, available=self.service.available, reason=self.reason)
        self._view.set_notes(notes)
        self._outline_model.set_note_offsets([n.anchor.start for n in notes if n.state is not AnchorState.ORPHANED])
        has_selection = self._view.selected_span() is not None
        self.add_action.setEnabled(self.service.available and has_selection)
        self.section_action.setEnabled(self.service.available)

    @Slot()
    def selection_changed(self) -> None:
        """Enable "Add note" only with a selection."""
        self.add_action.setEnabled(self.service.available and self._view.selected_span() is not None)

    # ----------------------------------------------------------------- adding and editing
    #: The note editor open in this window (None when none is).
    editor: NoteEditor | None = None

    def _open_editor(self, quote: str, title: str, save: SaveHandler, **values: object) -> NoteEditor:
        """Show the note editor (window-modal, not blocking); it stores through ``save`` when Save is pressed."""
        if self.editor is not None:
            self.editor.close()
        editor = NoteEditor(quote, title=title, save=save, parent=self._host, **values)  # type: ignore[arg-type]
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    @Slot()
    def add_note_on_selection(self) -> NoteEditor | None:
        """Open the editor for a note on the selected passage; Save stores it."""
        document = self.session.document
        span = self._view.selected_span()
        if document is None or span is None:
            self._status.showMessage(self.tr("Select a passage first, then add a note."), 4000)
            return None
        anchor = anchor_span(document, *span)
        return self._open_editor(anchor.exact, self.tr("Note on passage"), self._adder(anchor))

    def add_note_on_section(self, section: Section) -> NoteEditor | None:
        """Open the editor for a note on a whole section; Save stores it."""
        document = self.session.document
        if document is None:
            return None
        anchor = anchor_section(document, section)
        return self._open_editor(section.title, self.tr("Note on section"), self._adder(anchor))

    def _adder(self, anchor: Anchor) -> SaveHandler:
        document_id = self.service.document_id  # the anchor's report: a note is never stored on another one

        def save(values: NoteValues) -> str:
            if self.service.document_id != document_id:
                return self.tr("another report was opened meanwhile: copy your text, go back to it and add the note")
            note = self.service.add(anchor, values.body, color=values.color, tags=values.tags, status=values.status)
            return "" if note is not None else self.service.last_error or self.tr("the note was not stored")

        return save

    @Slot()
    def add_note_on_current_section(self) -> NoteEditor | None:
        """A note on the section at the top of the reading pane."""
        document = self.session.document
        if document is None:
            return None
        path = document.section_path_at(self._view.top_offset())
        if not path:
            self._status.showMessage(self.tr("Scroll to a section first."), 4000)
            return None
        return self.add_note_on_section(path[-1])

    @Slot(Note)
    def edit_note(self, note: Note) -> NoteEditor:
        """Open the editor on ``note``; Save stores the changes unless someone else saved the note meanwhile
        (then both texts are shown, see :meth:`_show_conflict`)."""
        base = {"version": note.version}  # the version the user is editing; Save is refused on any other

        def save(values: NoteValues) -> str:
            stored = self.service.edit(
                note.id,
                body=values.body,
                color=values.color,
                tags=values.tags,
                status=values.status,
                expected_version=base["version"],
            )
            if stored:
                return ""
            theirs = self.service.conflict
            if theirs is not None:
                base["version"] = theirs.version  # the user is shown their text: a next Save is a knowing one
                self._show_conflict(theirs, values)
                return self.tr("someone else changed this note meanwhile; compare both texts")
            return self.service.last_error or self.tr("the note was not stored")

        return self._open_editor(
            note.anchor.exact,
            self.tr("Edit note"),
            save,
            body=note.body,
            color=note.color,
            tags=note.tags,
            status=note.status,
        )

    #: The conflict dialog open in this window (None when none is).
    conflict_dialog: ConflictDialog | None = None

    def _show_conflict(self, theirs: Note, mine: NoteValues) -> ConflictDialog:
        """Both texts side by side; the user keeps theirs, saves theirs over knowingly, or edits on."""
        dialog = ConflictDialog(theirs, mine.body, self.editor or self._host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "conflict_dialog", None))

        def save_mine() -> None:
            values = mine
            if self.service.edit(
                theirs.id,
                body=values.body,
                color=values.color,
                tags=values.tags,
                status=values.status,
                expected_version=theirs.version,
            ):
                self._close_editor()
            elif self.service.conflict is not None:  # changed yet again: show the newest text
                self._show_conflict(self.service.conflict, mine)

        def keep_theirs() -> None:
            self.service.reload()
            self._close_editor()

        dialog.saveMine.connect(save_mine)
        dialog.keepTheirs.connect(keep_theirs)
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _close_editor(self) -> None:
        if self.editor is not None:
            self.editor.close()

    @Slot()
    def copy_with_citation(self) -> str:
        """Put the selected passage on the clipboard as plain text with its source: report, section, page."""
        from piyue.core.citation import citation

        document = self.session.document
        view = self._view
        span = view.selected_span()
        if document is None or span is None:
            self._status.showMessage(self.tr("Select a passage first, then copy it with its citation."), 4000)
            return ""
        text = citation(document, *span, quote=view.selected_text())
        QGuiApplication.clipboard().setText(text)
        self._status.showMessage(self.tr("Copied with its citation."), 3000)
        return text

    @Slot(Note)
    def reattach_note(self, note: Note) -> bool:
        """Put ``note`` on the passage selected in the reading pane (undoable)."""
        document = self.session.document
        span = self._view.selected_span()
        if document is None or span is None:
            self._status.showMessage(self.tr("Select the passage the note belongs to in the text first."), 6000)
            return False
        return self.service.reattach(note.id, anchor_span(document, *span))

    @Slot(Note)
    def delete_note(self, note: Note) -> bool:
        """Delete ``note`` (undoable)."""
        return self.service.delete(note.id)

    # ----------------------------------------------------------------- navigation
    @Slot(Note)
    def jump_to(self, note: Note) -> None:
        """Show a note's passage (orphaned notes have none: say so)."""
        if note.state is AnchorState.ORPHANED:
            self._status.showMessage(
                self.tr(
                    "This note's passage is no longer in the text: select where it belongs and press "
                    "Re-attach to Selection, or edit or delete the note."
                ),
                8000,
            )
            return
        if note.is_section_note:
            self._view.scroll_to_offset(note.anchor.start)
        else:
            self._view.select_span(note.anchor.start, note.anchor.end)

    def step_note(self, step: int) -> None:
        """Go to the next or previous note in the text."""
        placed = sorted(
            (n for n in self.service.notes if n.state is not AnchorState.ORPHANED), key=lambda n: n.anchor.start
        )
        if not placed:
            return
        here = self._view.top_offset()
        span = self._view.selected_span()
        if span is not None:
            here = span[0]
        if step > 0:
            target = next((n for n in placed if n.anchor.start > here), placed[0])
        else:
            target = next((n for n in reversed(placed) if n.anchor.start < here), placed[-1])
        self._dock.show()
        self._dock.raise_()
        self._panel.select_note(target.id)
        self.jump_to(target)

    # ----------------------------------------------------------------- menus
    @Slot(QPoint)
    def _text_menu(self, point: QPoint) -> None:
        view = self._view
        menu = view.createStandardContextMenu(point)
        menu.addAction(self.cite_action)
        self.cite_action.setEnabled(view.selected_span() is not None)
        menu.addSeparator()
        menu.addAction(self.add_action)
        self.add_action.setEnabled(self.service.available and view.selected_span() is not None)
        offset = view.position_map.to_source(view.cursorForPosition(point).position())
        for note in view.notes_at(offset)[:3]:
            preview = (note.body.splitlines() or [""])[0][:24] or self.tr("(no text)")
            menu.addAction(self.tr("Edit Note “{preview}”…").format(preview=preview), lambda n=note: self.edit_note(n))
        menu.exec(view.viewport().mapToGlobal(point))

    @Slot(QPoint)
    def _outline_menu(self, point: QPoint) -> None:
        view = self._outline_view
        index = view.indexAt(point)
        section = self._outline_model.section(index)
        if section is None:
            return
        menu = QMenu(view)
        action = menu.addAction(self.tr("Note on Section…"), lambda: self.add_note_on_section(section))
        action.setEnabled(self.service.available)
        menu.exec(view.viewport().mapToGlobal(point))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._status.showMessage(self.tr("Notes: {message}").format(message=message), 10000)
