"""Wires notes into the window: storing opened documents, adding notes on passages and sections,
editing, deleting, undo/redo, highlights in the text, counts in the outline, the notes panel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from piyue.core.anchoring import Anchor, AnchorState, Note, anchor_section, anchor_span
from piyue.core.model import Document, Section
from piyue.ui.conflict_dialog import ConflictDialog
from piyue.ui.loader import Stored
from piyue.ui.note_editor import NoteEditor, NoteValues, SaveHandler
from piyue.ui.notes_service import NotesService

if TYPE_CHECKING:
    from piyue.services.ports import LibraryPort
    from piyue.ui.main_window import MainWindow


class NotesController(QObject):
    """The notes side of the main window."""

    def __init__(
        self,
        window: MainWindow,
        library: LibraryPort | None,
        unavailable_reason: str = "",
        opener: Callable[[], tuple[LibraryPort | None, str]] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self._opener = opener  # opens the library on the worker thread, off the first paint's path
        self._open_lock = threading.Lock()
        self._replacing: dict[str, int] = {}  # source path → the document it is to be a new version of
        self.reason = unavailable_reason or self.tr("Notes are not available: no database is open.")
        if opener is not None and library is None:
            self.reason = self.tr("Opening the notes database…")
        self.service = NotesService(library, self)
        self._build_actions()
        self._connect()
        self._backup_minutes = 0
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self._backup)
        window.loader.store = self.store_document if (library is not None or opener is not None) else None
        self.refresh()

    # ----------------------------------------------------------------- setup
    def _build_actions(self) -> None:
        window = self.window
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
        window = self.window
        panel = window.notes_panel
        self.service.notesChanged.connect(self.refresh)
        self.service.failed.connect(self._failed)
        panel.jumpRequested.connect(self.jump_to)
        panel.editRequested.connect(self.edit_note)
        panel.deleteRequested.connect(self.delete_note)
        panel.reattachRequested.connect(self.reattach_note)
        panel.reviewedRequested.connect(lambda note: self.service.mark_reviewed(note.id))
        panel.addRequested.connect(self.add_note_on_selection)
        window.reading_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.reading_view.customContextMenuRequested.connect(self._text_menu)
        window.outline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.outline_view.customContextMenuRequested.connect(self._outline_menu)

    def set_backup_interval(self, minutes: int) -> None:
        """Make rolling backups every ``minutes`` (0: only the one at start); armed once a library is open."""
        self._backup_minutes = minutes
        self._arm_backups()

    def _arm_backups(self) -> None:
        self.backup_timer.stop()
        if self.library is not None and self._backup_minutes > 0:
            self.backup_timer.start(self._backup_minutes * 60_000)

    def _backup(self) -> None:
        try:
            made = self.library.backup_if_due() if self.library is not None else None
        except Exception as err:
            self._failed(self.tr("Backup failed: {err}").format(err=err))
            return
        if made is not None:
            self.window.statusBar().showMessage(self.tr("Backup saved: {name}").format(name=made.name), 4000)

    # ----------------------------------------------------------------- documents
    def store_document(self, path: Path, document: Document) -> Stored:
        """Store an opened document in the library (worker thread); re-anchors its notes on a new version.

        A file not imported before that resembles an imported report is not stored yet: the
        returned :class:`Stored` names that report and the user decides (:meth:`document_shown`).
        """
        self._ensure_library()
        if self.library is None:
            return Stored(error=self.reason)
        from piyue.services.revisions import earlier_version, source_key, stored_copy

        source = source_key(path)
        replaces = self._replacing.pop(source, None)
        if replaces is None and self.library.document_at(source) is None:
            try:
                replaces = stored_copy(self.library, document)
                earlier = earlier_version(self.library, document, source) if replaces is None else None
            except Exception:  # a failed comparison only means no question is asked
                earlier = None
            if earlier is not None:
                return Stored(earlier=earlier, path=Path(path), document=document)
        return self._import(path, document, replaces)

    def _import(self, path: Path, document: Document, replaces: int | None = None) -> Stored:
        from piyue.services.importing import import_report

        assert self.library is not None
        try:
            result = import_report(self.library, path, document=document, replaces=replaces)
        except Exception as err:
            return Stored(error=self.tr("Notes are not available for this document: {err}").format(err=err))
        message = ""
        counts = result.counts
        if result.new_version and not result.created_document and sum(counts.values()):
            message = self.tr(
                "New version stored: {anchored} notes anchored, {changed} changed, {orphaned} orphaned"
            ).format(**{k: counts.get(k, 0) for k in ("anchored", "changed", "orphaned")})
        elif result.new_version and not result.created_document:
            message = self.tr("Stored as version {number} of “{title}”.").format(
                number=result.version.number, title=result.document.title
            )
        return Stored(result.document.id, message)

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
            if self.window.document is not document:
                return  # another report was opened meanwhile
            stored = self._import(path, document, earlier.document_id if new_version else None)
            self.document_shown(stored)
            if stored.document_id is not None:
                self.window.search.keywords(document, stored.document_id)
            if self.window.library_dock.isVisible():
                self.window.library_panel.refresh()

        self.revision_question = ask_new_version(self.window, earlier, path.name, answer)

    #: The open "new version?" question (None when none is open).
    revision_question = None

    def open_as_new_version(self) -> None:
        """File → Open as New Version Of…: a file, and the imported report it is a new version of."""
        from piyue.ui.revision_prompt import NewVersionDialog

        self._ensure_library()
        if self.library is None:
            QMessageBox.warning(self.window, self.tr("Open as New Version Of"), self.reason)
            return
        try:
            records = self.library.documents()
        except Exception as err:
            self._failed(str(err))
            return
        if not records:
            self.window.statusBar().showMessage(self.tr("The library is empty: open or import a report first."), 6000)
            return
        reports = [(r.id, r.title, Path(r.source_path).name if r.source_path else "") for r in records]
        document = self.window.document
        start = str(document.path.parent) if document is not None and document.path else ""
        from piyue.ui.main_window import FILE_FILTER

        file_filter = QCoreApplication.translate("MainWindow", str(FILE_FILTER))
        dialog = NewVersionDialog(reports, self.service.document_id, start, file_filter, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._open_replacing(dialog.choice()))
        self.new_version_dialog = dialog
        dialog.open()

    new_version_dialog = None

    def _open_replacing(self, choice: tuple[Path, int] | None) -> None:
        from piyue.services.revisions import source_key

        if choice is None:
            return
        path, document_id = choice
        self._replacing[source_key(path)] = document_id
        self.window.open_path(path)

    def _ensure_library(self) -> None:
        """Open the library on first use (worker thread); remember why when it cannot be opened."""
        with self._open_lock:
            if self.library is not None or self._opener is None:
                return
            opener, self._opener = self._opener, None
            library, error = opener()
            self.library = library
            if library is None:
                self.reason = self.tr("Notes are not available in this window: {error}").format(error=error)
                self.open_error = error
            else:
                self.open_notice = error  # opened, with something to tell (no backup made at start)

    open_error = ""
    open_notice = ""
    _warned = False
    #: Restores the newest backup after a damaged database was moved aside; returns (library, error).
    restorer: Callable[[], tuple[LibraryPort | None, str]] | None = None

    def restore_backup(self) -> bool:
        """Put the newest good backup in place of the damaged database and show this document's notes."""
        if self.restorer is None:
            return False
        library, error = self.restorer()
        if library is None:
            QMessageBox.warning(self.window, self.tr("Restore failed"), error)
            return False
        self.library = library
        self.service.library = library
        self._arm_backups()
        self.open_error = ""
        self.window.loader.store = self.store_document
        document = self.window.document
        if document is not None and document.path is not None:
            self.document_shown(self.store_document(document.path, document))
        self.window.statusBar().showMessage(self.tr("The newest backup was restored."), 8000)
        return True

    def document_shown(self, stored: Stored) -> None:
        """The window shows a new document: show its notes."""
        if self.service.library is None and self.library is not None:
            self.service.library = self.library  # opened on the worker for this document
            self._arm_backups()
        if self.open_error and not self._warned:
            self._warned = True
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Notes are not available"),
                self.tr("The notes database could not be opened, so notes cannot be shown or added in this window."),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("libraryErrorDialog")
            box.setInformativeText(self.open_error)
            if self.restorer is not None and "recovery" in self.open_error:
                restore = box.addButton(self.tr("Restore Newest Backup"), QMessageBox.ButtonRole.AcceptRole)
                restore.setObjectName("restoreBackupButton")
                restore.clicked.connect(self.restore_backup)
            box.open()
        if stored.error:
            self.reason = stored.error
        if stored.earlier is not None:
            self._ask_about_revision(stored)
        self.service.set_document(stored.document_id)
        if stored.message:
            self.window.statusBar().showMessage(stored.message, 10000)
        if self.open_notice:
            notice, self.open_notice = self.open_notice, ""
            self.window.statusBar().showMessage(self.tr("Notes are stored, but: {notice}").format(notice=notice), 20000)

    def forget_document(self) -> None:
        """Another document is about to be shown: drop this one's notes until the new one's are known."""
        if self.service.document_id is not None or self.service.notes:
            self.service.set_document(None)

    def refresh(self) -> None:
        """Show the current notes in the panel, the text and the outline."""
        window = self.window
        notes = self.service.notes
        window.notes_panel.set_notes(notes, available=self.service.available, reason=self.reason)
        window.reading_view.set_notes(notes)
        window.outline_model.set_note_offsets([n.anchor.start for n in notes if n.state is not AnchorState.ORPHANED])
        has_selection = window.reading_view.selected_span() is not None
        self.add_action.setEnabled(self.service.available and has_selection)
        self.section_action.setEnabled(self.service.available)

    def selection_changed(self) -> None:
        """Enable "Add note" only with a selection."""
        self.add_action.setEnabled(self.service.available and self.window.reading_view.selected_span() is not None)

    # ----------------------------------------------------------------- adding and editing
    #: The note editor open in this window (None when none is).
    editor: NoteEditor | None = None

    def _open_editor(self, quote: str, title: str, save: SaveHandler, **values: object) -> NoteEditor:
        """Show the note editor (window-modal, not blocking); it stores through ``save`` when Save is pressed."""
        if self.editor is not None:
            self.editor.close()
        editor = NoteEditor(quote, title=title, save=save, parent=self.window, **values)  # type: ignore[arg-type]
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def add_note_on_selection(self) -> NoteEditor | None:
        """Open the editor for a note on the selected passage; Save stores it."""
        document = self.window.document
        span = self.window.reading_view.selected_span()
        if document is None or span is None:
            self.window.statusBar().showMessage(self.tr("Select a passage first, then add a note."), 4000)
            return None
        anchor = anchor_span(document, *span)
        return self._open_editor(anchor.exact, self.tr("Note on passage"), self._adder(anchor))

    def add_note_on_section(self, section: Section) -> NoteEditor | None:
        """Open the editor for a note on a whole section; Save stores it."""
        document = self.window.document
        if document is None:
            return None
        anchor = anchor_section(document, section)
        return self._open_editor(section.title, self.tr("Note on section"), self._adder(anchor))

    def _adder(self, anchor: Anchor) -> SaveHandler:
        def save(values: NoteValues) -> str:
            note = self.service.add(anchor, values.body, color=values.color, tags=values.tags, status=values.status)
            return "" if note is not None else self.service.last_error or self.tr("the note was not stored")

        return save

    def add_note_on_current_section(self) -> NoteEditor | None:
        """A note on the section at the top of the reading pane."""
        document = self.window.document
        if document is None:
            return None
        path = document.section_path_at(self.window.reading_view.top_offset())
        if not path:
            self.window.statusBar().showMessage(self.tr("Scroll to a section first."), 4000)
            return None
        return self.add_note_on_section(path[-1])

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
        dialog = ConflictDialog(theirs, mine.body, self.editor or self.window)
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

    def copy_with_citation(self) -> str:
        """Put the selected passage on the clipboard as plain text with its source: report, section, page."""
        from piyue.core.citation import citation

        document = self.window.document
        view = self.window.reading_view
        span = view.selected_span()
        if document is None or span is None:
            self.window.statusBar().showMessage(
                self.tr("Select a passage first, then copy it with its citation."), 4000
            )
            return ""
        text = citation(document, *span, quote=view.selected_text())
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(self.tr("Copied with its citation."), 3000)
        return text

    def reattach_note(self, note: Note) -> bool:
        """Put ``note`` on the passage selected in the reading pane (undoable)."""
        document = self.window.document
        span = self.window.reading_view.selected_span()
        if document is None or span is None:
            self.window.statusBar().showMessage(
                self.tr("Select the passage the note belongs to in the text first."), 6000
            )
            return False
        return self.service.reattach(note.id, anchor_span(document, *span))

    def delete_note(self, note: Note) -> bool:
        """Delete ``note`` (undoable)."""
        return self.service.delete(note.id)

    # ----------------------------------------------------------------- navigation
    @Slot(Note)
    def jump_to(self, note: Note) -> None:
        """Show a note's passage (orphaned notes have none: say so)."""
        if note.state is AnchorState.ORPHANED:
            self.window.statusBar().showMessage(
                self.tr(
                    "This note's passage is no longer in the text: select where it belongs and press "
                    "Re-attach to Selection, or edit or delete the note."
                ),
                8000,
            )
            return
        if note.is_section_note:
            self.window.reading_view.scroll_to_offset(note.anchor.start)
        else:
            self.window.reading_view.select_span(note.anchor.start, note.anchor.end)

    def step_note(self, step: int) -> None:
        """Go to the next or previous note in the text."""
        placed = sorted(
            (n for n in self.service.notes if n.state is not AnchorState.ORPHANED), key=lambda n: n.anchor.start
        )
        if not placed:
            return
        here = self.window.reading_view.top_offset()
        span = self.window.reading_view.selected_span()
        if span is not None:
            here = span[0]
        if step > 0:
            target = next((n for n in placed if n.anchor.start > here), placed[0])
        else:
            target = next((n for n in reversed(placed) if n.anchor.start < here), placed[-1])
        self.window.notes_dock.show()
        self.window.notes_dock.raise_()
        self.window.notes_panel.select_note(target.id)
        self.jump_to(target)

    # ----------------------------------------------------------------- menus
    def _text_menu(self, point: QPoint) -> None:
        view = self.window.reading_view
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

    def _outline_menu(self, point: QPoint) -> None:
        view = self.window.outline_view
        index = view.indexAt(point)
        section = self.window.outline_model.section(index)
        if section is None:
            return
        menu = QMenu(view)
        action = menu.addAction(self.tr("Note on Section…"), lambda: self.add_note_on_section(section))
        action.setEnabled(self.service.available)
        menu.exec(view.viewport().mapToGlobal(point))

    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("Notes: {message}").format(message=message), 10000)
