"""A banner above the text while the shared library's server cannot be reached.

It says why (one line, password masked) and what happens meanwhile: notes cannot be saved, and a note being
written stays in its editor with everything typed, to be saved again once the server is back (nothing is
queued behind the user's back, so a note never lands later on top of a colleague's newer edit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ServerBanner(QFrame):
    """Hidden while the library is reachable; shown with the reason and a Retry button when it is not."""

    #: The user asks to try the server again now.
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#serverBanner { background: #fdecea; border-bottom: 1px solid #e0a9a3; } "
                           "#serverBanner QLabel { color: #8a1f11; }")  # fmt: skip
        self.label = QLabel(self)
        self.label.setObjectName("serverBannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("serverBannerRetry")
        self.retry_button.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_problem(self, problem: str) -> None:
        """Show ``problem`` (one line) and what it means for the user's notes."""
        self.label.setText(
            self.tr(
                "{problem}. Notes cannot be saved until it is back: a note you are writing stays in its editor "
                "with its text, to be saved again then."
            ).format(problem=(problem[:1].upper() + problem[1:]).rstrip("."))
        )
        self.show()

    def clear(self) -> None:
        """The server is reachable again."""
        self.hide()
