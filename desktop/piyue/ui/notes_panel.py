"""The notes panel: the open document's notes, those to review first, filterable; click jumps to the passage."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from piyue.core.anchoring import AnchorState, Note, NoteStatus
from piyue.core.markup import markdown_to_safe_html
from piyue.ui.narrow import let_shrink
from piyue.ui.note_colors import NOTE_COLORS
from piyue.ui.note_editor import color_icon
from piyue.ui.notes_model import NOTE_ROLE, NotesFilter, NotesListModel

AnyIndex = QModelIndex | QPersistentModelIndex


class NoteDelegate(QStyledItemDelegate):
    """Draws a note as a card: colour bar, state badge, quote, body, tags and status."""

    PADDING = 8
    BODY_LINES = 3  # at most this many lines of the body on a card
    _CARD_CSS = "p, ul, ol, li, h1, h2, h3, h4, h5, h6, pre, blockquote { margin-top: 0; margin-bottom: 0; }"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bodies: dict[tuple, QTextDocument] = {}
        self._heights: dict[tuple[str, int, str], int] = {}

    def body_document(self, note: Note, font: QFont, width: int, color: QColor) -> QTextDocument:
        """The note's body rendered from its Markdown (safely: no raw HTML, images or unsafe links)."""
        key = (note.id, note.body, width, font.toString(), color.name())
        document = self._bodies.get(key)
        if document is None:
            if len(self._bodies) > 500:
                self._bodies.clear()
            document = QTextDocument(self)
            document.setDefaultFont(font)
            document.setDocumentMargin(0)
            document.setIndentWidth(14)
            document.setDefaultStyleSheet(self._CARD_CSS)
            document.setTextWidth(max(width, 40))
            html = markdown_to_safe_html(note.body) if note.body.strip() else escape(self.tr("(no text)"))
            document.setHtml(f'<div style="color:{color.name()}">{html}</div>')
            self._bodies[key] = document
        return document

    def _body_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = option.rect.width() or (view.viewport().width() if isinstance(view, QAbstractItemView) else 260)
        return max(width - 2 * self.PADDING - 6, 40)

    def _body_height(self, note: Note, option: QStyleOptionViewItem) -> int:
        """The height of the card's body, remembered by text, width and font: the list measures every card
        again after any change (an edit, an added note), and rendering each body again would cost
        ~0.5 ms a card."""
        width, font = self._body_width(option), option.font.toString()
        key = (note.body, width, font)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 50_000:
                self._heights.clear()
            line = QFontMetrics(option.font).height()
            document = self.body_document(note, option.font, width, QColor("black"))
            height = self._heights[key] = int(min(document.size().height(), self.BODY_LINES * line)) + 3
        return height

    def badge_text(self, note: Note) -> str:
        """The badge of a note that needs review (empty for an anchored note)."""
        if note.state is AnchorState.ORPHANED:
            return self.tr("ORPHANED — passage not found")
        if note.state is AnchorState.CHANGED:
            return self.tr("CHANGED — passage was revised")
        return ""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Quote, body (up to :attr:`BODY_LINES` lines) and meta line, and the badge of a note to review."""
        note: Note = index.data(NOTE_ROLE)
        line = QFontMetrics(option.font).height()
        lines = 2 + (1 if self.badge_text(note) else 0)
        return QSize(200, lines * (line + 3) + self._body_height(note, option) + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Paint the card."""
        note: Note = index.data(NOTE_ROLE)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        painter.fillRect(option.rect, background)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text_color)
        muted.setAlpha(150)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        painter.fillRect(
            QRect(option.rect.left() + 2, option.rect.top() + 4, 5, option.rect.height() - 8), QColor(note.color)
        )
        rect.setLeft(rect.left() + 6)
        metrics = QFontMetrics(option.font)
        line = metrics.height() + 3
        y = rect.top()
        badge = self.badge_text(note)
        if badge:
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("#d9534f") if note.state is AnchorState.ORPHANED else QColor("#e08e0b"))
            painter.drawText(QRect(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignVCenter, badge)
            y += line
        painter.setFont(option.font)
        painter.setPen(muted)
        quote = metrics.elidedText(f"“{note.anchor.exact}”", Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignVCenter, quote)
        y += line
        body = self.body_document(note, option.font, rect.width(), text_color)
        height = self._body_height(note, option)
        painter.save()
        painter.translate(rect.left(), y)
        body.drawContents(painter, QRectF(0, 0, rect.width(), height - 3))
        painter.restore()
        y += height
        painter.setPen(muted)
        meta = "  ".join([note.status.value, f"· {note.author}", *(f"#{t}" for t in note.tags)])
        meta = metrics.elidedText(meta, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignVCenter, meta)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class NotesList(QListView):
    """The list of cards. A changed note whose card keeps its height is repainted alone: QListView lays out
    every card again on any data change (~30 ms with 1,000 notes), which only a new height needs."""

    def dataChanged(self, top_left: AnyIndex, bottom_right: AnyIndex, roles: Sequence[int] = ()) -> None:
        """Repaint one card that kept its height; anything else is laid out as usual."""
        if top_left.isValid() and top_left == bottom_right and self._keeps_height(top_left):
            QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
            return
        super().dataChanged(top_left, bottom_right, list(roles))
        self.scheduleDelayedItemsLayout()  # measuring above may have hidden the change from QListView's own check

    def _keeps_height(self, index: AnyIndex) -> bool:
        """Whether the card's new height is the one it was laid out with: the distance to the next card's
        place (a rectangle's own height is measured anew each time; the places are the layout's). The last
        card is always laid out again."""
        below = self.model().index(index.row() + 1, 0, index.parent())
        if not below.isValid():
            return False
        laid_out = self.rectForIndex(below).top() - self.rectForIndex(index).top()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return laid_out > 0 and self.itemDelegate().sizeHint(option, index).height() == laid_out


class NotesPanel(QWidget):
    """The notes list with filters and buttons."""

    #: The user wants to see this note's passage.
    jumpRequested = Signal(Note)
    #: Edit this note.
    editRequested = Signal(Note)
    #: Delete this note.
    deleteRequested = Signal(Note)
    #: Add a note on the current selection.
    addRequested = Signal()
    #: Put this note on the passage selected in the text.
    reattachRequested = Signal(Note)
    #: Mark this changed note as reviewed.
    reviewedRequested = Signal(Note)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setAccessibleName(self.tr("Notes"))
        self.model = NotesListModel(self)
        self.proxy = NotesFilter(self)
        self.proxy.setSourceModel(self.model)

        self._build_filters()
        self._build_list()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("notesEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 16px;")
        self._build_buttons()
        self._lay_out()
        self._connect()
        self.set_notes([], available=False)

    def _build_filters(self) -> None:
        """The text field and the status, tag, author and colour filters."""
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("notesTextFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter notes…"))
        self.text_filter.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("notesStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in NoteStatus:
            self.status_filter.addItem(status.value, status.value)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("notesTagFilter")
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.author_filter = QComboBox(self)
        self.author_filter.setObjectName("notesAuthorFilter")
        self.author_filter.setAccessibleName(self.tr("Author"))
        self.color_filter = QComboBox(self)
        self.color_filter.setObjectName("notesColorFilter")
        self.color_filter.setAccessibleName(self.tr("Colour"))
        self.color_filter.addItem(self.tr("Any colour"), None)
        for value, _name in NOTE_COLORS:
            self.color_filter.addItem(color_icon(value), "", value)

    def _build_list(self) -> None:
        """The list of notes, drawn by :class:`NoteDelegate`."""
        self.list = NotesList(self)
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)

    def _lay_out(self) -> None:
        """Filters above the list, the review bar and the buttons below."""
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.author_filter)
        filters.addWidget(self.color_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.text_filter)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.review_bar)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        """Filters refilter; the list and the buttons ask the window for the current note."""
        self.text_filter.textChanged.connect(lambda _t: self._apply_filters())
        for box in (self.status_filter, self.tag_filter, self.author_filter, self.color_filter):
            box.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.list.clicked.connect(self._clicked)
        self.list.activated.connect(self._activated)
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(lambda: self._emit_for_current(self.editRequested))
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.deleteRequested))
        self.reattach_button.clicked.connect(lambda: self._emit_for_current(self.reattachRequested))
        self.reviewed_button.clicked.connect(lambda: self._emit_for_current(self.reviewedRequested))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    def _build_buttons(self) -> None:
        """Add, Edit, Delete, the review bar's buttons; all of them and the filters may get narrow."""
        self.add_button = QPushButton(self.tr("Add Note"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button, name in (
            (self.add_button, "notesAdd"),
            (self.edit_button, "notesEdit"),
            (self.delete_button, "notesDelete"),
        ):
            button.setObjectName(name)
        self.count_label = QLabel(self)

        self._build_review_bar()

        for box in (self.status_filter, self.tag_filter, self.author_filter, self.color_filter):
            # a narrow notes panel shortens the filters instead of squeezing the text column
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(2)
        self.text_filter.setMinimumWidth(60)
        let_shrink(self.add_button, self.edit_button, self.delete_button, self.reattach_button, self.reviewed_button)

    def _build_review_bar(self) -> None:
        """The bar under the list for a note to review: what changed, Re-attach or Mark Reviewed."""
        self.review_label = QLabel(self)
        self.review_label.setObjectName("notesReviewLabel")
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reattach_button = QPushButton(self.tr("Re-attach to Selection"), self)
        self.reattach_button.setObjectName("notesReattach")
        self.reattach_button.setToolTip(self.tr("Put the note on the passage selected in the text"))
        self.reviewed_button = QPushButton(self.tr("Mark Reviewed"), self)
        self.reviewed_button.setObjectName("notesReviewed")
        self.reviewed_button.setToolTip(
            self.tr("The new text is fine: keep the note here (the old text stays in its history)")
        )
        self.review_bar = QWidget(self)
        self.review_bar.setObjectName("notesReviewBar")
        review_layout = QVBoxLayout(self.review_bar)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_buttons = QHBoxLayout()
        review_buttons.addWidget(self.reattach_button)
        review_buttons.addWidget(self.reviewed_button)
        review_buttons.addStretch(1)
        review_layout.addWidget(self.review_label)
        review_layout.addLayout(review_buttons)

    def set_notes(self, notes: list[Note], *, available: bool = True, reason: str = "") -> None:
        """Show ``notes``; ``available`` False (no database) shows ``reason`` instead."""
        current = self.current_note()
        self.model.set_notes(notes)
        tags = sorted({t for n in notes for t in n.tags})
        _refill(self.tag_filter, self.tr("Any tag"), [(f"#{tag}", tag) for tag in tags])
        authors = sorted({n.author for n in notes})
        _refill(self.author_filter, self.tr("Any author"), [(author, author) for author in authors])
        self.author_filter.setVisible(len(authors) > 1 or self.author_filter.currentIndex() > 0)
        self._apply_filters()
        if current is not None:
            self.select_note(current.id)
        review = sum(1 for n in notes if n.state is not AnchorState.ANCHORED)
        text = (
            str(len(notes))
            if not review
            else self.tr("{total} · {review} to review").format(total=len(notes), review=review)
        )
        self.count_label.setText(text)
        self.add_button.setEnabled(available)
        if not available:
            self.empty_label.setText(reason or self.tr("Notes are not available."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No notes yet.\nSelect a passage and press Add Note (Ctrl+Alt+N), "
                    "or right-click a section in the outline."
                )
            )
        self.empty_label.setVisible(not notes)
        self.list.setVisible(bool(notes))
        self._update_buttons()

    def current_note(self) -> Note | None:
        """The selected note."""
        index = self.list.currentIndex()
        return index.data(NOTE_ROLE) if index.isValid() else None

    def select_note(self, note_id: str) -> None:
        """Select a note by id (if it is shown)."""
        row = self.model.row_of(note_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row))
            if index.isValid():
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            text=self.text_filter.text(),
            status=self.status_filter.currentData(),
            tag=self.tag_filter.currentData(),
            author=self.author_filter.currentData(),
            color=self.color_filter.currentData(),
        )

    def _update_buttons(self) -> None:
        note = self.current_note()
        self.edit_button.setEnabled(note is not None)
        self.delete_button.setEnabled(note is not None)
        state = note.state if note is not None else AnchorState.ANCHORED
        self.review_bar.setVisible(state is not AnchorState.ANCHORED)
        self.reattach_button.setVisible(state is AnchorState.ORPHANED)
        self.reviewed_button.setVisible(state is AnchorState.CHANGED)
        if note is not None and state is AnchorState.ORPHANED:
            self.review_label.setText(
                self.tr("“{quote}” is no longer in the text. Select the passage the note belongs to, then:").format(
                    quote=note.anchor.exact
                )
            )
        elif note is not None and state is AnchorState.CHANGED:
            self.review_label.setText(
                self.tr("Was “{old}”, now “{new}”.").format(old=note.prior_quote or "", new=note.anchor.exact)
            )

    def _emit_for_current(self, signal) -> None:
        note = self.current_note()
        if note is not None:
            signal.emit(note)

    @Slot(QModelIndex)
    def _clicked(self, index: AnyIndex) -> None:
        note = index.data(NOTE_ROLE)
        if note is not None:
            self.jumpRequested.emit(note)

    @Slot(QModelIndex)
    def _activated(self, index: AnyIndex) -> None:
        note = index.data(NOTE_ROLE)
        if note is not None:
            self.editRequested.emit(note)


def _refill(box: QComboBox, any_label: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter's choices, keeping the chosen one when it is still there (the same choices: nothing)."""
    if (
        box.count() == len(items) + 1
        and box.itemText(0) == any_label
        and all(box.itemText(i + 1) == label and box.itemData(i + 1) == value for i, (label, value) in enumerate(items))
    ):
        return
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(any_label, None)
    for label, value in items:
        box.addItem(label, value)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)
