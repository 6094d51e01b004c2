"""The list of notes for the notes panel: a model (review first, then text order) and its filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from piyue.core.anchoring import AnchorState, Note
from piyue.ui.filtering import change_row_filter

_Index = QModelIndex | QPersistentModelIndex
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1

# Notes that need the reader's attention come first.
_STATE_ORDER = {AnchorState.ORPHANED: 0, AnchorState.CHANGED: 1, AnchorState.ANCHORED: 2}


def review_order(notes: list[Note]) -> list[Note]:
    """Orphaned, then changed, then anchored notes; each group in text order."""
    return sorted(notes, key=lambda n: (_STATE_ORDER.get(n.state, 3), n.anchor.start, n.created))


class NotesListModel(QAbstractListModel):
    """One row per note."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []

    def set_notes(self, notes: list[Note]) -> None:
        """Show ``notes`` (sorted for review)."""
        self.beginResetModel()
        self._notes = review_order(notes)
        self.endResetModel()

    def note(self, row: int) -> Note:
        """The note of ``row``."""
        return self._notes[row]

    def row_of(self, note_id: str) -> int:
        """The row of a note id (-1 when absent)."""
        return next((i for i, n in enumerate(self._notes) if n.id == note_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of notes."""
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The note itself, and plain text for display, tooltips and accessibility."""
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        if role == NOTE_ROLE:
            return note
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{note.anchor.exact} — {note.body}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [note.body or "", "", f"“{note.anchor.exact}”"]
            if note.prior_quote:
                lines.append(self.tr("(was “{quote}”)").format(quote=note.prior_quote))
            if note.tags:
                lines.append(" ".join(f"#{t}" for t in note.tags))
            lines.append(f"{note.status.value} · {note.author} · {note.updated.astimezone():%Y-%m-%d %H:%M}")
            return "\n".join(lines)
        return None


class NotesFilter(QSortFilterProxyModel):
    """Filters notes by text (body, quote, tags), status, tag and colour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status: str | None = None
        self.tag: str | None = None
        self.color: str | None = None
        self.author: str | None = None

    def set_filters(
        self,
        *,
        text: str = "",
        status: str | None = None,
        tag: str | None = None,
        color: str | None = None,
        author: str | None = None,
    ) -> None:
        """Apply new filter values (None or empty: no filter)."""

        def change() -> None:
            self.text, self.status, self.tag, self.color = text.strip(), status or None, tag or None, color or None
            self.author = author or None

        change_row_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Apply the filters."""
        model = self.sourceModel()
        if not isinstance(model, NotesListModel):
            return True
        note = model.note(source_row)
        if self.status is not None and note.status.value != self.status:
            return False
        if self.tag is not None and self.tag not in note.tags:
            return False
        if self.author is not None and note.author != self.author:
            return False
        if self.color is not None and note.color.lower() != self.color.lower():
            return False
        return not self.text or note.matches(self.text)
