"""In-document find (Ctrl+F): a bar under the text with next/previous and every hit highlighted."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

MAX_HITS = 5000


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``needle`` in ``text``, ignoring case and full-width/half-width forms.

    Offsets are code-point offsets into ``text``. Characters whose NFKC form has a
    different length are rare in reports; when the text holds any, matching falls
    back to exact comparison so that offsets stay right.
    """
    if not needle:
        return []
    folded_needle = unicodedata.normalize("NFKC", needle).casefold()
    folded = unicodedata.normalize("NFKC", text).casefold()
    if len(folded) != len(text) or len(folded_needle) != len(needle):
        folded, folded_needle = text, needle
    hits: list[tuple[int, int]] = []
    start = folded.find(folded_needle)
    while start != -1 and len(hits) < MAX_HITS:
        hits.append((start, start + len(folded_needle)))
        start = folded.find(folded_needle, start + max(1, len(folded_needle)))
    return hits


class FindBar(QWidget):
    """Search field with previous/next buttons and a hit counter."""

    #: The query changed (text); the owner highlights all hits.
    queryChanged = Signal(str)
    #: Go to the next (+1) or previous (-1) hit.
    stepRequested = Signal(int)
    #: The bar was closed.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.edit.setAccessibleName(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("↑")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close find bar"))
        close.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.queryChanged)
        self.edit.returnPressed.connect(lambda: self.stepRequested.emit(1))
        self.next_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.previous_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.edit, lambda: self.stepRequested.emit(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)

    def open_bar(self, initial: str = "") -> None:
        """Show the bar and focus the field (with ``initial`` text if given)."""
        self.show()
        if initial:
            self.edit.setText(initial)
        self.edit.setFocus()
        self.edit.selectAll()

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar; the highlights go."""
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        """Show "current of total" (1-based), or that nothing was found."""
        if not self.edit.text():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(self.tr("{current} of {total}").format(current=current + 1, total=total))
