"""The window's notes: the open document's notes in the library, changed through undoable commands.

Every change is stored the moment it is made (the library commits before it
returns); undo and redo are further stored changes. Storage errors reach the
user as :attr:`NotesService.failed` messages, never as exceptions in the UI.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from piyue.core.anchoring import Anchor, Note, NoteStatus
from piyue.core.anchoring.note import DEFAULT_COLOR

if TYPE_CHECKING:
    from piyue.storage.library import Library


class NotesService(QObject):
    """Notes of the current document, with undo/redo."""

    #: The list of notes changed (after any add, edit, delete, undo, redo or document switch).
    notesChanged = Signal()
    #: A storage operation failed; the argument is a one-line message.
    failed = Signal(str)

    def __init__(self, library: Library | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.document_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._notes: list[Note] = []

    @property
    def available(self) -> bool:
        """Whether notes can be stored (a library is open and the document is in it)."""
        return self.library is not None and self.document_id is not None

    @property
    def notes(self) -> list[Note]:
        """The notes of the current document, in text order."""
        return self._notes

    def set_document(self, document_id: int | None) -> None:
        """Switch to the notes of ``document_id`` (undo history does not carry over)."""
        self.document_id = document_id
        self.undo_stack.clear()
        self.reload()

    def reload(self, *, only_if_changed: bool = False) -> None:
        """Read the notes again from the library (``only_if_changed``: tell the window only if they differ)."""
        before = self._notes
        if not self.available:
            self._notes = []
        else:
            try:
                self._notes = self.library.notes(self.document_id)  # type: ignore[union-attr]
            except Exception as err:  # storage errors are reported, the window keeps working
                if only_if_changed:
                    return  # a failed background refresh keeps what is shown
                self._notes = []
                self.failed.emit(str(err))
        if not only_if_changed or self._notes != before:
            self.notesChanged.emit()

    def note(self, note_id: str) -> Note | None:
        """A note of the current document by id."""
        return next((n for n in self._notes if n.id == note_id), None)

    # ----------------------------------------------------------------- changes
    def add(
        self,
        anchor: Anchor,
        body: str,
        *,
        color: str = DEFAULT_COLOR,
        tags: Sequence[str] = (),
        status: NoteStatus = NoteStatus.TO_CHECK,
    ) -> Note | None:
        """Store a new note (undoable); returns it, or None when storing failed."""
        if not self.available:
            self.failed.emit(self.tr("Notes are not available: the database is not open."))
            return None
        command = _AddNote(self, anchor, body, color, tuple(tags), status)
        self.undo_stack.push(command)
        return command.note

    def edit(self, note_id: str, *, body: str, color: str, tags: Sequence[str], status: NoteStatus) -> None:
        """Change a note's body, colour, tags and status (undoable)."""
        before = self.note(note_id)
        if before is None:
            return
        after = (body, color, tuple(tags), status)
        if after == (before.body, before.color, before.tags, before.status):
            return
        self.undo_stack.push(_EditNote(self, before, after))

    def delete(self, note_id: str) -> None:
        """Delete a note (undoable: undo restores it with its id)."""
        note = self.note(note_id)
        if note is not None:
            self.undo_stack.push(_DeleteNote(self, note))

    def acknowledge(self, note_id: str) -> None:
        """Mark a changed note as reviewed (not undoable: it only clears the flag)."""
        self._store(lambda library: library.acknowledge(note_id))

    def _store(self, action: Callable[[Library], object]) -> bool:
        """Run a storage action; report failures; reload the list."""
        try:
            action(self.library)  # type: ignore[arg-type]
        except Exception as err:
            self.failed.emit(str(err))
            self.reload()
            return False
        self.reload()
        return True


class _AddNote(QUndoCommand):
    def __init__(self, service: NotesService, anchor: Anchor, body: str, color: str, tags, status) -> None:
        super().__init__(QCoreApplication.translate("NotesService", "Add note"))
        self.service = service
        self.args = (anchor, body, color, tags, status)
        self.note: Note | None = None

    def redo(self) -> None:
        if self.note is None:
            anchor, body, color, tags, status = self.args

            def create(library: Library) -> None:
                self.note = library.add_note(
                    self.service.document_id, anchor, body, color=color, tags=tags, status=status
                )

            if not self.service._store(create):
                self.setObsolete(True)
        else:
            self.service._store(lambda library: library.restore_note(self.note))

    def undo(self) -> None:
        if self.note is not None:
            self.service._store(lambda library: library.delete_note(self.note.id))


class _EditNote(QUndoCommand):
    def __init__(self, service: NotesService, before: Note, after: tuple) -> None:
        super().__init__(QCoreApplication.translate("NotesService", "Edit note"))
        self.service = service
        self.note_id = before.id
        self.before = (before.body, before.color, before.tags, before.status)
        self.after = after

    def _apply(self, values: tuple) -> None:
        body, color, tags, status = values
        self.service._store(
            lambda library: library.edit_note(self.note_id, body=body, color=color, tags=tags, status=status)
        )

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class _DeleteNote(QUndoCommand):
    def __init__(self, service: NotesService, note: Note) -> None:
        super().__init__(QCoreApplication.translate("NotesService", "Delete note"))
        self.service = service
        self.note = note

    def redo(self) -> None:
        self.service._store(lambda library: library.delete_note(self.note.id))

    def undo(self) -> None:
        self.service._store(lambda library: library.restore_note(self.note))
