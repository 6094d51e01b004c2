"""The notes panel (right side). Notes arrive with the storage issue; until then it says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NotesPanel(QWidget):
    """Placeholder for the notes of the current document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setAccessibleName(self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        title = QLabel(self.tr("Notes"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(
            self.tr(
                "Notes on sections and passages will appear here: select text or a section "
                "and write a note with a colour, tags and a review status (待核实 / 已核实 / 有疑问). "
                "Every note is stored the moment it is made.\n\n"
                "Note-taking arrives with the next release."
            ),
            self,
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.setForegroundRole(body.foregroundRole())
        body.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
