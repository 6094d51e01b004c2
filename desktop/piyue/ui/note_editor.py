"""The note editor: body in Markdown with a safe preview, colour, tags and review status."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
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

    @staticmethod
    def _open(url: QUrl) -> None:
        if is_safe_link(url.toString()):
            QDesktopServices.openUrl(url)


class NoteEditor(QDialog):
    """Write or edit one note. The quoted passage is shown as plain text."""

    def __init__(
        self,
        quote: str,
        *,
        body: str = "",
        color: str = NOTE_COLORS[0][0],
        tags: tuple[str, ...] = (),
        status: NoteStatus = NoteStatus.TO_CHECK,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setWindowTitle(title or self.tr("Note"))
        quote_label = QLabel(self)
        quote_label.setObjectName("noteQuote")
        quote_label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup here
        quote_label.setText(f"“{quote}”" if quote else "")
        quote_label.setWordWrap(True)
        quote_label.setStyleSheet("color: palette(placeholder-text);")

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

        self.color_box = QComboBox(self)
        self.color_box.setObjectName("noteColor")
        for value, _name in NOTE_COLORS:
            self.color_box.addItem(color_icon(value), color_name(value), value)
        if self.color_box.findData(color) < 0:
            self.color_box.addItem(color_icon(color), color, color)
        self.color_box.setCurrentIndex(self.color_box.findData(color))
        self.tags_edit = QLineEdit(", ".join(tags), self)
        self.tags_edit.setObjectName("noteTags")
        self.tags_edit.setPlaceholderText(self.tr("tags, separated by commas"))
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("noteStatus")
        for value in NoteStatus:
            self.status_box.addItem(value.value, value)
        self.status_box.setCurrentIndex(self.status_box.findData(status))

        form = QFormLayout()
        form.addRow(self.tr("&Colour:"), self.color_box)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        form.addRow(self.tr("&Status:"), self.status_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setShortcut(QKeySequence("Ctrl+Return"))
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.body_edit.setFocus()

    def values(self) -> tuple[str, str, list[str], NoteStatus]:
        """(body, colour, tags, status) as edited."""
        return (
            self.body_edit.toPlainText().strip(),
            self.color_box.currentData(),
            parse_tags(self.tags_edit.text()),
            self.status_box.currentData(),
        )
