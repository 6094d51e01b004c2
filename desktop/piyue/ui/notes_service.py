"""The window's notes: the open document's notes in the library, changed through undoable commands.

Every change is stored the moment it is made (the library commits before it
returns); undo and redo are further stored changes. Storage errors reach the
user as :attr:`NotesService.failed` messages, never as exceptions in the UI.

After a change this window stored, the list is updated with the note as stored (put in its text-order
place, or taken out): the other notes are not read again. After a failed change, a document switch or a
change made elsewhere (:meth:`NotesService.reload`) the whole list is read from the library.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from piyue.authorship import note_author
from piyue.core.anchoring import Anchor, AnchorState, Note, NoteStatus
from piyue.core.anchoring.lifecycle import reattached_prior
from piyue.core.anchoring.note import DEFAULT_COLOR

if TYPE_CHECKING:
    from piyue.services.ports import LibraryPort, NoteStore


class NotesService(QObject):
    """Notes of the current document, with undo/redo."""

    #: The list of notes changed (after any add, edit, delete, undo, redo, reload or document switch).
    notesChanged = Signal()
    #: A storage operation failed; the argument is a one-line message.
    failed = Signal(str)

    def __init__(self, library: LibraryPort | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.document_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._notes: list[Note] = []
        #: The preference "Your name" ('' for the default, see :func:`piyue.authorship.note_author`).
        self.author_name = ""
        #: Why the last change could not be stored ('' when it was).
        self.last_error = ""
        #: The note as someone else stored it, when the last edit was refused for that (else None).
        self.conflict: Note | None = None
        #: Why the shared server could not be reached by the last change ('' when it could).
        self.unavailable = ""

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
                if getattr(err, "server_unavailable", False):
                    if not self.unavailable:  # not reported yet by the change that just failed
                        self.unavailable = str(err)
                        self.failed.emit(str(err))
                    return  # the notes shown stay: the server will be back
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
        """Store a new note; returns it, or None when storing failed (see :attr:`last_error`).

        The note is stored first; only a stored note becomes an undo step.
        """
        document_id, author = self.document_id, note_author(self.author_name)
        if not self.available or document_id is None:
            self._fail(self.tr("Notes are not available: the database is not open."))
            return None
        note = self._attempt(
            lambda library: library.add_note(
                document_id, anchor, body, color=color, tags=tuple(tags), status=NoteStatus(status), author=author
            )
        )
        if isinstance(note, Note):
            self.undo_stack.push(_AddNote(self, note))
            return note
        return None

    def edit(
        self,
        note_id: str,
        *,
        body: str,
        color: str,
        tags: Sequence[str],
        status: NoteStatus,
        expected_version: int | None = None,
    ) -> bool:
        """Change a note's body, colour, tags and status; False when storing failed (nothing to undo then).

        ``expected_version`` is the version the user edited: if someone else stored a newer one meanwhile,
        nothing is written and :attr:`conflict` holds their note."""
        self.conflict = None
        before = self.note(note_id)
        if before is None:
            self._fail(self.tr("The note is no longer in the database."))
            return False
        after = (body, color, tuple(sorted({t.strip() for t in tags if t.strip()})), NoteStatus(status))
        if after == (before.body, before.color, before.tags, before.status) and (
            expected_version is None or expected_version == before.version
        ):
            return True
        stored = self._attempt(_edit_action(note_id, after, expected_version))
        if not isinstance(stored, Note):
            return False
        self.undo_stack.push(_EditNote(self, before, after, stored.version))
        return True

    def delete(self, note_id: str) -> bool:
        """Delete a note (undo restores it with its id); False when that failed."""
        note = self.note(note_id)
        if note is None or self._attempt(lambda library: library.delete_note(note_id), removes=True) is None:
            return False
        self.undo_stack.push(_DeleteNote(self, note))
        return True

    def reattach(self, note_id: str, anchor: Anchor) -> bool:
        """Put a note (typically an orphaned one) on a new passage of the current text (undoable);
        the quote it had stays in its history (``prior_quote``)."""
        note = self.note(note_id)
        if note is None:
            self._fail(self.tr("The note is no longer in the database."))
            return False
        prior = reattached_prior(note, anchor)
        return self._place(note, (anchor, AnchorState.ANCHORED, prior, None), self.tr("Re-attach note"))

    def mark_reviewed(self, note_id: str) -> bool:
        """Mark a changed note as reviewed (undoable): it becomes anchored; the old text stays in its history."""
        note = self.note(note_id)
        if note is None or note.state is not AnchorState.CHANGED:
            return False
        after = (note.anchor, AnchorState.ANCHORED, note.prior_quote, None)
        return self._place(note, after, self.tr("Mark note reviewed"))

    def _place(self, note: Note, after: tuple, text: str) -> bool:
        anchor, state, prior, version = after
        result = self._attempt(lambda library: library.place_note(note.id, anchor, state, prior, version))
        if not isinstance(result, tuple):
            return False
        _placed, version_before = result
        before = (note.anchor, note.state, note.prior_quote, version_before)
        self.undo_stack.push(_PlaceNote(self, note.id, before, (anchor, state, prior, None), text))
        return True

    def _fail(self, message: str) -> None:
        self.last_error = message
        self.failed.emit(message)

    def _attempt(self, action: Callable[[NoteStore], object], *, removes: bool = False) -> object | None:
        """Run a storage action; its result, or None after reporting a failure.

        On success the list takes the stored note (a :class:`Note`, or the first item of a tuple) in, or out
        when ``removes``; on failure it is read again from the library (it may have changed elsewhere)."""
        self.last_error = ""
        self.unavailable = ""
        library = self.library
        if library is None:
            self._fail(QCoreApplication.translate("NotesService", "no notes database is open"))
            return None
        try:
            result = action(library)
        except Exception as err:
            self.conflict = getattr(err, "theirs", None)  # EditConflictError: the note as stored now
            self.unavailable = str(err) if getattr(err, "server_unavailable", False) else ""
            self._fail(str(err) or type(err).__name__)
            self.reload()
            return None
        stored = result[0] if isinstance(result, tuple) else result
        if isinstance(stored, Note):
            self._take(stored, removes=removes)
        else:  # pragma: no cover - every action returns the note it stored
            self.reload()
        return result

    def _take(self, note: Note, *, removes: bool) -> None:
        """Put the note as stored in its text-order place (or take it out), then tell the window."""
        notes = [n for n in self._notes if n.id != note.id]
        if not removes and note.document_id == self.document_id:
            notes.insert(bisect.bisect_right(notes, _order(note), key=_order), note)
        self._notes = notes
        self.notesChanged.emit()

    def _store(self, action: Callable[[NoteStore], object], *, removes: bool = False) -> bool:
        """Run a storage action (undo, redo); report failures; update the list."""
        return self._attempt(action, removes=removes) is not None


def _order(note: Note) -> tuple:
    """The library's text order: start, end, creation time (see ``Library.notes``)."""
    return (note.anchor.start, note.anchor.end, note.created)


def _edit_action(note_id: str, values: tuple, expected_version: int | None = None) -> Callable[[NoteStore], object]:
    body, color, tags, status = values
    return lambda library: library.edit_note(
        note_id, body=body, color=color, tags=tags, status=status, expected_version=expected_version
    )


class _StoredCommand(QUndoCommand):
    """An undo step for a change already stored: the stack's first ``redo`` does nothing."""

    def __init__(self, service: NotesService, text: str) -> None:
        super().__init__(text)
        self.service = service
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self.apply()
        self._pushed = True

    def apply(self) -> None:
        """Do the change again (redo after an undo)."""
        raise NotImplementedError


class _AddNote(_StoredCommand):
    def __init__(self, service: NotesService, note: Note) -> None:
        super().__init__(service, QCoreApplication.translate("NotesService", "Add note"))
        self.note = note

    def apply(self) -> None:
        self.service._store(lambda library: library.restore_note(self.note))

    def undo(self) -> None:
        self.service._store(lambda library: library.delete_note(self.note.id), removes=True)


class _EditNote(_StoredCommand):
    """Undo and redo of an edit, each refused (and reported) if someone else changed the note since."""

    def __init__(self, service: NotesService, before: Note, after: tuple, version: int) -> None:
        super().__init__(service, QCoreApplication.translate("NotesService", "Edit note"))
        self.note_id = before.id
        self.before = (before.body, before.color, before.tags, before.status)
        self.after = after
        self.version = version  # the version this step left stored

    def _put(self, values: tuple) -> None:
        stored = self.service._attempt(_edit_action(self.note_id, values, self.version))
        if isinstance(stored, Note):
            self.version = stored.version

    def apply(self) -> None:
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


class _PlaceNote(_StoredCommand):
    """Re-attach or mark reviewed: the note's anchor, state, history and anchor version, before and after."""

    def __init__(self, service: NotesService, note_id: str, before: tuple, after: tuple, text: str) -> None:
        super().__init__(service, text)
        self.note_id, self.before, self.after = note_id, before, after

    def _put(self, values: tuple) -> None:
        anchor, state, prior, version = values
        self.service._store(lambda library: library.place_note(self.note_id, anchor, state, prior, version))

    def apply(self) -> None:
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


class _DeleteNote(_StoredCommand):
    def __init__(self, service: NotesService, note: Note) -> None:
        super().__init__(service, QCoreApplication.translate("NotesService", "Delete note"))
        self.note = note

    def apply(self) -> None:
        self.service._store(lambda library: library.delete_note(self.note.id), removes=True)

    def undo(self) -> None:
        self.service._store(lambda library: library.restore_note(self.note))
