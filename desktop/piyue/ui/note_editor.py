"""The note editor: body in Markdown with a safe preview, colour, tags and review status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from piyue.core.anchoring import NoteStatus
from piyue.core.markup import is_safe_link, markdown_to_safe_html
from piyue.ui.note_colors import NOTE_COLORS, color_name


def color_icon(value: str, size: int = 14) -> QIcon:
    """A small square swatch of a colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(value))
    return QIcon(pixmap)


def parse_tags(text: str) -> list[str]:
    """Tags typed as ``a, b; c`` or ``#a #b`` (Chinese commas too)."""
    for separator in "，；;#、":
        text = text.replace(separator, ",")
    return sorted({part.strip() for part in text.replace(" ", ",").split(",") if part.strip()})


class SafePreview(QTextBrowser):
    """Shows rendered Markdown; never loads resources; opens only web and mail links, externally."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Load nothing: a note may not pull in files or images."""
        return None

    def show_markdown(self, text: str) -> None:
        """Render ``text`` safely."""
        self.setHtml(markdown_to_safe_html(text))

    @Slot(QUrl)
    def _open(self, url: QUrl) -> None:
        if is_safe_link(url.toString()):
            QDesktopServices.openUrl(url)


@dataclass(frozen=True, slots=True)
class NoteValues:
    """What the editor's fields hold: the note's body (Markdown), colour, tags and review status."""

    body: str
    color: str
    tags: tuple[str, ...]
    status: NoteStatus


#: Stores the edited values; returns an error message ('' when stored).
SaveHandler = Callable[[NoteValues], str]


class NoteEditor(QDialog):
    """Write or edit one note. The quoted passage is shown as plain text.

    With a ``save`` handler the dialog stores the note itself when Save is pressed and
    closes only when storing succeeded; on failure it stays open with the error shown
    and everything typed kept. Combo boxes hold plain indexes into the editor's own
    lists: a ``StrEnum`` put into ``QComboBox`` item data comes back as a plain ``str``.
    """

    def __init__(
        self,
        quote: str,
        *,
        body: str = "",
        color: str = NOTE_COLORS[0][0],
        tags: tuple[str, ...] = (),
        status: NoteStatus = NoteStatus.TO_CHECK,
        title: str = "",
        save: SaveHandler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("noteEditor")
        self.setWindowTitle(title or self.tr("Note"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("noteError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self._quote_label(quote))
        layout.addWidget(self._body_and_preview(body), 1)
        layout.addLayout(self._fields(color, tags, status))
        layout.addWidget(self.error_label)
        layout.addWidget(self._buttons())
        self.resize(720, 420)
        self.body_edit.setFocus()

    def _quote_label(self, quote: str) -> QLabel:
        """The quoted passage, as plain text (user text is never markup here)."""
        label = QLabel(self)
        label.setObjectName("noteQuote")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(f"“{quote}”" if quote else "")
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _body_and_preview(self, body: str) -> QSplitter:
        """The Markdown field and its safe live preview, side by side."""
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("noteBody")
        self.body_edit.setAccessibleName(self.tr("Note text (Markdown)"))
        self.body_edit.setPlaceholderText(self.tr("Write the note (Markdown: **bold**, *italic*, lists, links)…"))
        self.body_edit.setPlainText(body)
        self.preview = SafePreview(self)
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.body_edit)
        splitter.addWidget(self.preview)
        self.body_edit.textChanged.connect(lambda: self.preview.show_markdown(self.body_edit.toPlainText()))
        self.preview.show_markdown(body)
        return splitter

    def _fields(self, color: str, tags: tuple[str, ...], status: NoteStatus) -> QFormLayout:
        """Colour, tags and review status."""
        self.color_box = QComboBox(self)
        self.color_box.setObjectName("noteColor")
        self._colors = [value for value, _name in NOTE_COLORS]
        if color not in self._colors:
            self._colors.append(color)  # a colour from an import keeps its value
        for value in self._colors:
            self.color_box.addItem(color_icon(value), color_name(value))
        self.color_box.setCurrentIndex(self._colors.index(color))
        self.tags_edit = QLineEdit(", ".join(tags), self)
        self.tags_edit.setObjectName("noteTags")
        self.tags_edit.setPlaceholderText(self.tr("tags, separated by commas"))
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("noteStatus")
        self._statuses = list(NoteStatus)
        for value in self._statuses:
            self.status_box.addItem(value.value)
        self.status_box.setCurrentIndex(self._statuses.index(NoteStatus(status)))
        form = QFormLayout()
        form.addRow(self.tr("&Colour:"), self.color_box)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        form.addRow(self.tr("&Status:"), self.status_box)
        return form

    def _buttons(self) -> QDialogButtonBox:
        """Save (Ctrl+Enter) and Cancel."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setObjectName("noteSave")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("noteCancel")
        save_button.setShortcut(QKeySequence("Ctrl+Return"))
        save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        return buttons

    def values(self) -> NoteValues:
        """The note as edited: body (trimmed), colour, tags and status."""
        return NoteValues(
            self.body_edit.toPlainText().strip(),
            self._colors[max(self.color_box.currentIndex(), 0)],
            tuple(parse_tags(self.tags_edit.text())),
            self._statuses[max(self.status_box.currentIndex(), 0)],
        )

    @Slot()
    def accept(self) -> None:
        """Save: store through the handler; close only when that worked, else show why and stay open."""
        if self._save is not None:
            error = self._save(self.values())
            if error:
                self.error_label.setText(self.tr("Not saved: {error}").format(error=error))
                self.error_label.show()
                return
        super().accept()
