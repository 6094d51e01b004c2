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


_RESET_ABOVE = 200  # rows added and removed at once above which the model is reset instead


def _same_ends(old: list[Note], new: list[Note]) -> tuple[int, int]:
    """How many rows at the start, then at the end, hold the same note ids in both lists."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head].id == new[head].id:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail].id == new[-1 - tail].id:
        tail += 1
    return head, tail


class NotesListModel(QAbstractListModel):
    """One row per note."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []

    def set_notes(self, notes: list[Note]) -> None:
        """Show ``notes`` (sorted for review), changing only the rows that differ from those shown: after one
        note was added, edited or deleted that is one row, so the list keeps its selection and scroll position
        and the view measures one card again, not all of them."""
        new = review_order(notes)
        old = self._notes
        head, tail = _same_ends(old, new)
        gone, come = len(old) - head - tail, len(new) - head - tail
        if not old or not new or gone + come > _RESET_ABOVE:
            self.beginResetModel()  # (nearly) everything differs: cheaper to start again
            self._notes = new
            self.endResetModel()
            return
        if gone:
            self.beginRemoveRows(QModelIndex(), head, head + gone - 1)
            self._notes = old[:head] + old[head + gone :]
            self.endRemoveRows()
        if come:
            self.beginInsertRows(QModelIndex(), head, head + come - 1)
            self._notes = old[:head] + new[head : head + come] + old[head + gone :]
            self.endInsertRows()
        self._notes = new
        kept = [(row, row) for row in range(head)]
        kept += [(row, row - len(new) + len(old)) for row in range(len(new) - tail, len(new))]
        for row, was in kept:  # same note, maybe new values (edited): repaint and measure that card only
            if new[row] is not old[was] and new[row] != old[was]:
                index = self.index(row)
                self.dataChanged.emit(index, index)

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
        self._applied = False

    def set_filters(
        self,
        *,
        text: str = "",
        status: str | None = None,
        tag: str | None = None,
        color: str | None = None,
        author: str | None = None,
    ) -> None:
        """Apply new filter values (None or empty: no filter); the same values again change nothing."""
        values = (text.strip(), status or None, tag or None, color or None, author or None)
        if values == (self.text, self.status, self.tag, self.color, self.author) and self._applied:
            return  # rows added, removed or changed since were filtered as they came (dynamic filter)
        self._applied = True

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
