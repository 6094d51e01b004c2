"""PDF export: the notes laid out with Qt's rich text and written by ``QPdfWriter``, with an embedded CJK font.

QtGui is imported lazily, inside :func:`render`, so that the rest of :mod:`piyue.export` stays free of Qt.
The font is WenQuanYi Micro Hei (:mod:`piyue.export.pdf_font`), the only family the text uses, so the
PDF's text layer extracts as the characters written. A ``QGuiApplication`` is created (offscreen) when
the caller has none, as on the command line.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from html import escape
from typing import Any

from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export.grouping import group_notes, grouped_html
from piyue.export.labels import (
    METRICS_HEADING,
    SECTION_NOTE,
    page_of,
    place,
    safe_color,
    state_label,
    tags_text,
)
from piyue.export.metrics_table import METRIC_HEADERS, metric_rows
from piyue.export.options import ExportError, ExportOptions
from piyue.export.pdf_font import FONT_FAMILY, MISSING, font_file
from piyue.export.safe_markdown import body_html, text_html

STYLE = """
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 14pt; margin-top: 14pt; }
h3 { font-size: 12.5pt; margin-top: 10pt; }
h4, h5, h6 { font-size: 11pt; margin-top: 8pt; }
.meta { color: #57606a; font-size: 8.5pt; }
.quote { background-color: #f3f4f6; }
.prior { color: #8250df; }
th { background-color: #eef0f3; }
"""
_app: Any = None  # the QGuiApplication made here, kept alive
_family: str | None = None  # the font family once loaded


def _note(note: Note, title: str, page: int | None = None) -> str:
    color = safe_color(note.color)
    label = f"<b>{SECTION_NOTE}</b>：" if note.is_section_note else ""
    prior = ""
    if note.prior_quote and note.prior_quote != note.anchor.exact:
        prior = f'<p class="prior">原为：{text_html(note.prior_quote)}</p>'
    meta = [escape(note.status.value), escape(state_label(note))]
    if note.tags:
        meta.append(escape(tags_text(note)))
    meta.append("位置：" + escape(place(note, title, page)))
    return (
        '<table width="100%" cellspacing="0" cellpadding="5" style="margin-top: 8pt;"><tr>'
        f'<td width="4" bgcolor="{color}"></td><td>'
        f'<p class="quote">{label}{text_html(note.anchor.exact)}</p>{prior}'
        f"{body_html(note.body)}"
        f'<p class="meta">{" · ".join(meta)}</p>'
        "</td></tr></table>"
    )


def _metrics(metrics: Sequence[Metric]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in METRIC_HEADERS)
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in metric_rows(metrics))
    return f'<table width="100%" border="1" cellspacing="0" cellpadding="3"><tr>{head}</tr>{rows}</table>'


def build_html(
    document: Document, notes: Sequence[Note], metrics: Sequence[Metric] | None, options: ExportOptions
) -> str:
    """The page as the subset of HTML Qt's rich text lays out (pure; every piece of user text escaped)."""
    grouped = group_notes(document, notes)
    title = document.title or "批注"
    source = options.source_of(document) or "—"
    parts = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">来源：{escape(source)} · 导出时间：{escape(options.stamp())} · 批注 {grouped.count} 条</p>',
    ]
    parts += grouped_html(grouped, lambda note: _note(note, document.title, page_of(document, note)))
    if metrics is not None:
        parts += [f"<h2>{METRICS_HEADING}</h2>", _metrics(metrics)]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def ensure_font() -> str:
    """Make sure a GUI application exists and the PDF font is loaded (once); its family name.

    The GUI may call this on its main thread before rendering a PDF on a worker thread.
    Raises :class:`ExportError` when the font is neither shipped nor installed.
    """
    global _app, _family
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])
    if _family is not None:
        return _family
    path = font_file()
    if path is not None:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and FONT_FAMILY in QFontDatabase.applicationFontFamilies(font_id):
            _family = FONT_FAMILY
    if _family is None and FONT_FAMILY in QFontDatabase.families():
        _family = FONT_FAMILY
    if _family is None:
        raise ExportError(MISSING)
    return _family


def render(
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """The export as PDF bytes (A4); ``metrics`` given: with the metrics appendix."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    options = options or ExportOptions()
    family = ensure_font()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 20, 18, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(document.title)
    writer.setCreator("Piyue")
    text = QTextDocument()
    font = QFont(family)
    font.setPointSizeF(10.5)
    text.setDefaultFont(font)
    text.setDefaultStyleSheet(STYLE)
    text.setHtml(build_html(document, notes, metrics, options))
    text.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
