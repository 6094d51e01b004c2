"""The reading pane: the document rendered as a reader wants it.

Headings styled by level, paragraphs with a first-line indent of two characters
(the Chinese convention), generous line height, a text column of comfortable
width centred in the pane. Offsets in and out are code-point offsets into the
document text; :class:`PositionMap` converts at this boundary.
"""

from __future__ import annotations

import bisect
from typing import cast

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QTextEdit, QToolTip, QWidget

from piyue.core.anchoring import AnchorState, Note
from piyue.core.metrics import Metric
from piyue.core.model import Block, BlockKind, Document
from piyue.ui.fonts import reading_font
from piyue.ui.metric_style import metric_format
from piyue.ui.metrics_model import metric_tooltip
from piyue.ui.position_map import PositionMap
from piyue.ui.theme import ReadingColors, is_dark, reading_colors

BASE_POINT_SIZE = 12.5
ZOOM_STEP = 1.1
MIN_ZOOM, MAX_ZOOM = -5, 10
COLUMN_EMS = 38  # width of the text column, in Chinese characters
MIN_COLUMN_EMS = 24  # the column never gets narrower: the side panels give way first
# Font size factor and space above (in lines) of headings by level (index 0 = title).
HEADING_SCALE = (1.7, 1.45, 1.28, 1.14, 1.05, 1.0, 1.0)
HEADING_SPACE = (0.6, 1.6, 1.3, 1.0, 0.8, 0.6, 0.6)


class ReadingView(QTextBrowser):
    """Read-only view of one :class:`Document`."""

    #: The source offset at the top of the viewport changed (debounced while scrolling).
    positionChanged = Signal(int)
    #: Zoom changed; the argument is the zoom step (0 = default size).
    zoomChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setAccessibleName(self.tr("Document text"))
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._document: Document | None = None
        self._map = PositionMap.empty()
        self._zoom = 0
        self._show_furniture = False
        self._metrics: list[Metric] = []
        self._metric_starts: list[int] = []
        self._highlight_metrics = True
        self._highlight_kinds: set[str] | None = None  # None: every kind
        self._notes: list[Note] = []  # passage notes marked in the text
        self._font_family = ""
        self._base_size = BASE_POINT_SIZE
        self._colors = reading_colors(self.palette())
        self._scroll_timer = QTimer(self, singleShot=True, interval=80)
        self._scroll_timer.timeout.connect(self._emit_position)
        self._flash_timer = QTimer(self, singleShot=True, interval=1400)
        self._flash_timer.timeout.connect(self._end_flash)
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._hits: list[tuple[int, int]] = []
        self._current_hit = -1
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._scroll_timer.start())
        self._apply_palette()

    # ----------------------------------------------------------------- document
    @property
    def position_map(self) -> PositionMap:
        """The offset map of the document shown."""
        return self._map

    def show_document(self, document: Document | None, metrics: list[Metric] | None = None) -> None:
        """Render ``document`` (or clear the pane) with its ``metrics`` marked; notes come with :meth:`set_notes`."""
        self._document = document
        self._notes = []  # never the previous document's notes at its offsets
        self._metrics = sorted(metrics or [], key=lambda m: m.start)
        self._metric_starts = [m.start for m in self._metrics]
        self._render(keep_offset=None)

    def _render(self, keep_offset: int | None) -> None:
        if self.verticalScrollBar().value() == 0:
            keep_offset = None  # at the very top: stay there (margins included)
        document = self._document
        qdoc = QTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        font = reading_font(self._base_size * ZOOM_STEP**self._zoom)
        if self._font_family:
            font.setFamilies([self._font_family, *font.families()])
        qdoc.setDefaultFont(font)
        qdoc.setDocumentMargin(max(24.0, QFontMetricsF(font).height() * 1.5))
        self._map = PositionMap.empty(document.text if document else "")
        if document is not None:
            self._fill(qdoc, document, font)
            self._paint_metrics(qdoc)
            self._paint_notes(qdoc)
        self.setDocument(qdoc)
        self._flash = []
        self._hits = []
        self._current_hit = -1
        # Find hits and flashes belong to the old text: their cursors would point into a document
        # that is gone (Qt keeps them as empty selections at 0, painted in the find colour).
        self.setExtraSelections([])
        # A reader scrolls rather than edits: no caret in the text (selection still works).
        # The caret width belongs to the document's layout, so it is set per document.
        self.setCursorWidth(0)
        self._update_margins()
        if keep_offset is not None:
            self.scroll_to_offset(keep_offset, flash=False)

    def _fill(self, qdoc: QTextDocument, document: Document, font: QFont) -> None:
        em = QFontMetricsF(font).horizontalAdvance("中")
        line = QFontMetricsF(font).height()
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        text = document.text
        for index, block in enumerate(document.blocks):
            block_format, char_format = self._formats(block, font, em, line)
            if index == 0:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            self._map.add_block(block.start, block.end, cursor.position())
            cursor.insertText(text[block.start : block.end].replace("\n", "\u200b"), char_format)
        # Inline headings (（一）标题。正文…): the title part of the paragraph in heading style.
        for section in document.walk():
            if section.inline:
                cursor.setPosition(self._map.to_qt(section.start))
                cursor.setPosition(self._map.to_qt(section.heading_end), QTextCursor.MoveMode.KeepAnchor)
                inline = QTextCharFormat()
                inline.setFontWeight(QFont.Weight.Bold)
                inline.setForeground(self._colors.heading)
                cursor.mergeCharFormat(inline)
        cursor.endEditBlock()
        if not self._show_furniture:
            block = qdoc.begin()
            for shown in document.blocks:
                if shown.kind is BlockKind.FURNITURE:
                    block.setVisible(False)
                block = block.next()
            qdoc.markContentsDirty(0, qdoc.characterCount())

    # ----------------------------------------------------------------- metrics
    def set_metrics(self, metrics: list[Metric]) -> None:
        """Mark ``metrics`` in the text (kind colour and underline) and enable their tooltips."""
        had_marks = bool(self._metrics) and self._highlight_metrics
        self._metrics = sorted(metrics, key=lambda m: m.start)
        self._metric_starts = [m.start for m in self._metrics]
        if self._document is None:
            return
        if had_marks:  # old marks must go: render afresh
            self._render(keep_offset=self.top_offset())
        else:  # add the marks to the text shown, without a new layout of everything
            self._paint_metrics(self.document())

    def set_highlight_metrics(self, on: bool) -> None:
        """Turn the metric marks on or off (tooltips follow)."""
        if on != self._highlight_metrics:
            self._highlight_metrics = on
            if self._document is not None:
                self._render(keep_offset=self.top_offset())

    def _paint_metrics(self, qdoc: QTextDocument) -> None:
        if not self._highlight_metrics or not self._metrics:
            return
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        formats: dict[str, QTextCharFormat] = {}
        for metric in self._metrics:
            if self._highlight_kinds is not None and metric.kind not in self._highlight_kinds:
                continue
            fmt = formats.get(metric.kind)
            if fmt is None:
                fmt = formats[metric.kind] = metric_format(metric.kind, self.palette())
            cursor.setPosition(self._map.to_qt(metric.start))
            cursor.setPosition(self._map.to_qt(metric.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    # ----------------------------------------------------------------- notes
    def set_notes(self, notes: list[Note]) -> None:
        """Mark the passages of ``notes`` (anchored or changed, not orphaned) in their colours.

        The text is not laid out again: only the spans of the notes that were added, removed, moved or
        recoloured are repainted, layer by layer (figures, then notes), so a note edit touches its blocks only.
        """
        shown = [n for n in notes if n.state is not AnchorState.ORPHANED and n.anchor.end > n.anchor.start]
        shown = [n for n in shown if not n.is_section_note]
        before = {n.id: (n.anchor.start, n.anchor.end, n.color) for n in self._notes}
        after = {n.id: (n.anchor.start, n.anchor.end, n.color) for n in shown}
        self._notes = shown
        if before == after or self._document is None:
            return
        dirty = [before[i][:2] for i in before if after.get(i) != before[i]]
        dirty += [after[i][:2] for i in after if before.get(i) != after[i]]
        self._repaint_spans(dirty)

    def _repaint_spans(self, spans: list[tuple[int, int]]) -> None:
        """Paint the highlight layers again over ``spans`` (source offsets), and nowhere else."""
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        clear = QTextCharFormat()
        clear.setBackground(QBrush())
        for start, end in merged:
            self._merge(cursor, start, end, clear)
            self._paint_metrics_in(cursor, start, end)
            self._paint_notes_in(cursor, start, end)
        cursor.endEditBlock()

    def _merge(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def _paint_metrics_in(self, cursor: QTextCursor, start: int, end: int) -> None:
        """The figures layer, clipped to ``start``–``end``."""
        if not self._highlight_metrics:
            return
        first = max(0, bisect.bisect_left(self._metric_starts, start) - 1)
        for metric in self._metrics[first:]:
            if metric.start >= end:
                break
            if metric.end <= start:
                continue
            if self._highlight_kinds is not None and metric.kind not in self._highlight_kinds:
                continue
            fmt = metric_format(metric.kind, self.palette())
            self._merge(cursor, max(start, metric.start), min(end, metric.end), fmt)

    def _note_format(self, note: Note) -> QTextCharFormat:
        tint = QColor(note.color)
        tint.setAlpha(150 if is_dark(self.palette()) else 110)
        fmt = QTextCharFormat()
        fmt.setBackground(tint)
        return fmt

    def _paint_notes_in(self, cursor: QTextCursor, start: int, end: int) -> None:
        """The notes layer, clipped to ``start``–``end`` (in list order, as a full paint does)."""
        for note in self._notes:
            if note.anchor.start < end and note.anchor.end > start:
                fmt = self._note_format(note)
                self._merge(cursor, max(start, note.anchor.start), min(end, note.anchor.end), fmt)

    def _paint_notes(self, qdoc: QTextDocument) -> None:
        if not self._notes:
            return
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        for note in self._notes:
            self._merge(cursor, note.anchor.start, note.anchor.end, self._note_format(note))
        cursor.endEditBlock()

    def notes_at(self, offset: int) -> list[Note]:
        """The marked notes whose passage holds source ``offset``."""
        return [n for n in self._notes if n.anchor.start <= offset < n.anchor.end]

    def selected_text(self) -> str:
        """The selected text as shown (paragraphs on lines of their own), without any formatting."""
        return self.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy puts the passage as plain text on the clipboard: never the highlight styling or
        the dark theme's colours (pasted into Word or a mail it reads like any quoted text)."""
        mime = QMimeData()
        mime.setText(self.selected_text())
        return mime

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as a source span (None when nothing is selected)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_source(cursor.selectionStart())
        end = self._map.to_source(cursor.selectionEnd())
        return (start, end) if end > start else None

    def set_reading_style(self, family: str, size: float, kinds: set[str] | None) -> None:
        """Reading font (empty family: automatic), base size, and which metric kinds are marked."""
        if (family, size, kinds) == (self._font_family, self._base_size, self._highlight_kinds):
            return
        self._font_family, self._base_size, self._highlight_kinds = family, size, kinds
        if self._document is not None:
            self._render(keep_offset=self.top_offset())

    def metric_at(self, offset: int) -> Metric | None:
        """The metric whose span holds source ``offset``."""
        i = bisect.bisect_right(self._metric_starts, offset) - 1
        if i >= 0 and self._metrics[i].start <= offset < self._metrics[i].end:
            return self._metrics[i]
        return None

    def event(self, event: QEvent) -> bool:
        """Tooltips on metrics: value, unit, kind and subject."""
        if event.type() == QEvent.Type.ToolTip and ((self._highlight_metrics and self._metrics) or self._notes):
            help_event = cast(QHelpEvent, event)
            point = self.viewport().mapFrom(self, help_event.pos())
            cursor = self.cursorForPosition(point)
            rect = self.cursorRect(cursor)
            offset = self._map.to_source(cursor.position())
            notes = self.notes_at(offset)
            metric = self.metric_at(offset)
            if metric is None and cursor.position() > 0:
                metric = self.metric_at(offset - 1)
            parts = [f"✎ {n.body}" if n.body else "✎" for n in notes]
            if metric is not None:
                parts.append(metric_tooltip(metric))
            if parts and abs(rect.center().y() - point.y()) < rect.height() * 2:
                QToolTip.showText(help_event.globalPos(), "\n\n".join(parts), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def select_span(self, start: int, end: int) -> None:
        """Scroll to source ``start`` and select ``start``–``end`` (a figure, a search hit)."""
        self.scroll_to_offset(start, flash=False)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    @property
    def show_furniture(self) -> bool:
        """Whether web-page furniture (下载 打印 …, 相关报道) is shown."""
        return self._show_furniture

    def set_show_furniture(self, show: bool) -> None:
        """Show or hide web-page furniture, keeping the reading position."""
        if show != self._show_furniture:
            self._show_furniture = show
            keep = self.top_offset() if self._document is not None else None
            self._render(keep_offset=keep)

    def _formats(self, block: Block, font: QFont, em: float, line: float) -> tuple[QTextBlockFormat, QTextCharFormat]:
        colors: ReadingColors = self._colors
        block_format = QTextBlockFormat()
        char_format = QTextCharFormat()
        char_format.setForeground(colors.text)
        proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        if block.kind in (BlockKind.HEADING, BlockKind.TITLE):
            level = 0 if block.kind is BlockKind.TITLE else min(block.level, len(HEADING_SCALE) - 1)
            char_format.setFontPointSize(font.pointSizeF() * HEADING_SCALE[level])
            char_format.setFontWeight(QFont.Weight.Bold if level != 1 else QFont.Weight.DemiBold)
            char_format.setForeground(colors.accent if level <= 1 else colors.heading)
            block_format.setTopMargin(line * HEADING_SPACE[level])
            block_format.setBottomMargin(line * 0.45)
            block_format.setLineHeight(135, proportional)
            if block.kind is BlockKind.TITLE:
                block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            block_format.setProperty(QTextFormat.Property.BlockNonBreakableLines, False)
        elif block.kind is BlockKind.FURNITURE:
            char_format.setForeground(colors.muted)
            char_format.setFontPointSize(font.pointSizeF() * 0.82)
            block_format.setBottomMargin(line * 0.1)
            block_format.setLineHeight(120, proportional)
        elif block.kind is BlockKind.SALUTATION:
            block_format.setTopMargin(line * 0.8)
            block_format.setBottomMargin(line * 0.55)
            block_format.setLineHeight(175, proportional)
        elif block.kind is BlockKind.FRONT:
            char_format.setForeground(colors.muted)
            block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            block_format.setBottomMargin(line * 0.3)
            block_format.setLineHeight(150, proportional)
        elif block.kind is BlockKind.CODE:
            mono = QFont("monospace")
            mono.setStyleHint(QFont.StyleHint.Monospace)
            char_format.setFontFamilies(["DejaVu Sans Mono", "monospace", *font.families()])
            block_format.setBackground(QColor(colors.muted.red(), colors.muted.green(), colors.muted.blue(), 30))
            block_format.setBottomMargin(line * 0.5)
        else:
            block_format.setTextIndent(0 if block.kind is BlockKind.LIST_ITEM else em * 2)
            block_format.setBottomMargin(line * 0.55)
            block_format.setLineHeight(175, proportional)
            if block.kind is BlockKind.QUOTE:
                char_format.setForeground(colors.muted)
                block_format.setLeftMargin(em * 2)
        return block_format, char_format

    # ----------------------------------------------------------------- layout
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the text column centred at a comfortable width."""
        super().resizeEvent(event)
        self._update_margins()

    def _update_margins(self) -> None:
        qdoc = self.document()
        font = qdoc.defaultFont()
        em = QFontMetricsF(font).horizontalAdvance("中")
        chrome = 2 * qdoc.documentMargin() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth() + 4
        minimum = int(em * MIN_COLUMN_EMS + chrome)
        if self.minimumWidth() != minimum:
            self.setMinimumWidth(minimum)  # in a narrow window the docks shrink, not the text
        column = em * COLUMN_EMS
        side = max(0.0, (self.viewport().width() - column) / 2 - qdoc.documentMargin())
        root = qdoc.rootFrame()
        frame_format = root.frameFormat()
        if abs(frame_format.leftMargin() - side) > 0.5:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            root.setFrameFormat(frame_format)

    def changeEvent(self, event) -> None:
        """Follow palette changes (light/dark)."""
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._colors = reading_colors(self.palette())
            self._apply_palette()
            if self._document is not None:
                self._render(keep_offset=self.top_offset())

    def _apply_palette(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, self._colors.background)
        palette.setColor(QPalette.ColorRole.Text, self._colors.text)
        self.viewport().setPalette(palette)
        self.viewport().setAutoFillBackground(True)

    # ----------------------------------------------------------------- positions
    def top_offset(self) -> int:
        """Source offset of the first text visible at the top of the viewport.

        The top edge often falls into the space between blocks, where Qt's hit test
        answers with the end of the block above; that block is skipped.
        """
        if self.verticalScrollBar().value() == 0:
            return self._map.to_source(0)  # at the top (also before the first layout)
        cursor = self.cursorForPosition(QPoint(0, 4))  # left edge: the start of the top line
        position = cursor.position()
        block = cursor.block()
        layout = self.document().documentLayout()
        top = self.verticalScrollBar().value() + 2
        while block.isValid() and block.next().isValid():
            rect = layout.blockBoundingRect(block)
            if rect.height() == 0 or rect.bottom() - block.blockFormat().bottomMargin() > top:
                break
            block = block.next()
            position = block.position()
        return self._map.to_source(position)

    def scroll_to_offset(self, offset: int, *, flash: bool = True) -> None:
        """Scroll so that the block holding source ``offset`` is at the top; briefly mark it."""
        qdoc = self.document()
        position = self._map.to_qt(offset)
        block = qdoc.findBlock(position)
        rect = qdoc.documentLayout().blockBoundingRect(block)
        cursor = QTextCursor(qdoc)
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(int(rect.top()))
        if flash:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(block)
            selection.format.setBackground(self._colors.flash)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            self._flash = [selection]
            self._update_extra_selections()
            self._flash_timer.start()

    @Slot()
    def _end_flash(self) -> None:
        self._flash = []
        self._update_extra_selections()

    # ----------------------------------------------------------------- find
    def set_find_hits(self, hits: list[tuple[int, int]], current: int = -1) -> None:
        """Highlight every hit (source spans); ``current`` is the one selected and scrolled to."""
        self._hits = hits
        self._current_hit = current
        self._update_extra_selections()
        if 0 <= current < len(hits):
            start, end = hits[current]
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(start))
            cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _update_extra_selections(self) -> None:
        selections = list(self._flash)
        qdoc = self.document()
        for index, (start, end) in enumerate(self._hits):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(qdoc)
            cursor.setPosition(self._map.to_qt(start))
            cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            current = index == self._current_hit
            selection.format.setBackground(self._colors.find_current if current else self._colors.find)
            if current:
                selection.format.setForeground(self._colors.heading)
            selections.append(selection)
        self.setExtraSelections(selections)

    @Slot()
    def _emit_position(self) -> None:
        if self._document is not None:
            self.positionChanged.emit(self.top_offset())

    # ----------------------------------------------------------------- zoom
    def wheelEvent(self, event) -> None:
        """Ctrl + wheel zooms with our steps (QTextEdit's own zoom would bypass the layout)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self._zoom + (1 if delta > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    @property
    def zoom(self) -> int:
        """Zoom step: 0 is the default size, each step is 10 %."""
        return self._zoom

    def set_zoom(self, step: int) -> None:
        """Set the zoom step (clamped), keeping the reading position."""
        step = max(MIN_ZOOM, min(MAX_ZOOM, step))
        if step == self._zoom:
            return
        keep = self.top_offset() if self._document is not None else None
        self._zoom = step
        self._render(keep_offset=keep)
        self.zoomChanged.emit(step)

    def zoom_in(self) -> None:
        """Make the text larger."""
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        """Make the text smaller."""
        self.set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        """Back to the default size."""
        self.set_zoom(0)
