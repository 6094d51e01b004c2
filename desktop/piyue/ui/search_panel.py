"""Search across every report and note in the library (Ctrl+Shift+F); results refine as you type."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from piyue.services.search import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 250


def marked_snippet(context: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The snippet as HTML: user text escaped, the hits in bold."""
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        parts.append(escape(context[pos:start]))
        parts.append(f"<b>{escape(context[start:end])}</b>")
        pos = end
    parts.append(escape(context[pos:]))
    return "".join(parts)


AnyIndex = QModelIndex | QPersistentModelIndex


class HtmlDelegate(QStyledItemDelegate):
    """Draws items whose HTML_ROLE holds (escaped) rich text."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def _width(self, option: QStyleOptionViewItem, index: AnyIndex) -> float:
        if option.rect.width() > 0:
            return option.rect.width() - 8
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        # sizeHint gets no rect: the row is as wide as the viewport less its indentation.
        return self._view.viewport().width() - self._view.indentation() * (depth + 1) - 8

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or escape(index.data() or ""))
        document.setTextWidth(max(100, self._width(option, index)))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Paint the rich text (selection colours respected)."""
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """The height of the wrapped rich text."""
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)


class SearchPanel(QWidget):
    """Query field and results grouped by report."""

    #: Search for this text (debounced while typing).
    queryChanged = Signal(str)
    #: Open this hit (a passage or a note).
    hitActivated = Signal(SearchHit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setPlaceholderText(self.tr('Search all reports and notes — words, "phrases", PM2.5…'))
        self.edit.setAccessibleName(self.tr("Search the library"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("searchResults")
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.queryChanged.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(lambda: (self._timer.stop(), self.queryChanged.emit(self.edit.text())))
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self.show_message(self.tr("Type to search every report in the library and every note."))

    def resizeEvent(self, event) -> None:
        """Rows wrap to the panel's width: lay them out again when it changes."""
        super().resizeEvent(event)
        self.tree.doItemsLayout()

    def focus_query(self) -> None:
        """Put the cursor in the query field, its text selected."""
        self.edit.setFocus()
        self.edit.selectAll()

    def show_message(self, text: str) -> None:
        """A line above the results (counts, errors, hints)."""
        self.status.setText(text)

    def show_results(self, query: str, hits: list[SearchHit]) -> None:
        """Results grouped by report (in rank order of each report's best hit)."""
        self.model.clear()
        if not query:
            self.show_message(self.tr("Type to search every report in the library and every note."))
            return
        groups: dict[int, QStandardItem] = {}
        counts: dict[int, int] = {}
        for hit in hits:
            group = groups.get(hit.document_id)
            if group is None:
                name = Path(hit.document_path).name if hit.document_path else ""
                label = hit.title or self.tr("(untitled)")
                group = QStandardItem(f"{label} · {name}" if name and name not in label else label)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                group.setToolTip(hit.document_path or "")
                group.setSelectable(False)
                groups[hit.document_id] = group
                counts[hit.document_id] = 0
                self.model.appendRow(group)
            counts[hit.document_id] += 1
            where = ("✎ " if hit.kind == "note" else "") + (hit.section or "")
            html = (f'<span style="color:gray">{escape(where)}</span><br>' if where else "") + marked_snippet(
                hit.context, hit.context_spans
            )
            item = QStandardItem(hit.context)
            item.setData(html, HTML_ROLE)
            item.setData(hit, HIT_ROLE)
            item.setToolTip(f"{hit.title}\n{hit.section or ''}")
            group.appendRow(item)
        for document_id, group in groups.items():
            group.setText(f"{group.text()}  ({counts[document_id]})")
        self.tree.expandAll()
        if hits:
            self.show_message(
                self.tr("{hits} matches in {reports} reports").format(hits=len(hits), reports=len(groups))
            )
        else:
            self.show_message(self.tr("No matches for “{query}”.").format(query=query))

    @Slot(QModelIndex)
    def _activated(self, index: AnyIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hitActivated.emit(hit)
