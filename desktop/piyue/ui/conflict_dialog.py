"""When a note was changed by someone else while it was being edited: both texts side by side, and the
user decides — keep theirs, save mine over it knowingly, or go back to editing. Never a silent overwrite."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piyue.core.anchoring import Note


class ConflictDialog(QDialog):
    """Their stored note and my unsaved text, with the three ways out."""

    #: Save my text over theirs (the user has seen both).
    saveMine = Signal()
    #: Drop my text and keep theirs.
    keepTheirs = Signal()

    def __init__(self, theirs: Note, mine: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteConflictDialog")
        self.setWindowTitle(self.tr("Note changed by someone else"))
        explanation = QLabel(
            self.tr(
                "While you were editing, {author} saved this note ({when}). Nothing was overwritten. "
                "Compare both texts and choose."
            ).format(author=theirs.author, when=theirs.updated.astimezone().strftime("%Y-%m-%d %H:%M")),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.theirs_view = self._text_view(theirs.body, "conflictTheirs", self.tr("Their text"))
        self.mine_view = self._text_view(mine, "conflictMine", self.tr("Your text"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Saved by {author}:").format(author=theirs.author), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Yours (not saved):"), self), 0, 1)
        grid.addWidget(self.theirs_view, 1, 0)
        grid.addWidget(self.mine_view, 1, 1)
        buttons = QDialogButtonBox(self)
        self.save_mine_button = self._button(buttons, self.tr("Save Mine Instead"), "conflictSaveMine")
        self.keep_theirs_button = self._button(buttons, self.tr("Keep Theirs"), "conflictKeepTheirs")
        self.back_button = self._button(buttons, self.tr("Back to Editing"), "conflictBack")
        self.save_mine_button.clicked.connect(lambda: self._finish(self.saveMine))
        self.keep_theirs_button.clicked.connect(lambda: self._finish(self.keepTheirs))
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(760, 380)

    def _text_view(self, text: str, name: str, accessible: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text, self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setReadOnly(True)  # text stays selectable and copyable
        return view

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button

    def _finish(self, signal: SignalInstance) -> None:
        self.accept()
        signal.emit()
