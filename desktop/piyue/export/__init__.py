"""Exports of a document's notes (and metrics) to files: pure functions from core objects to bytes.

Each format lives in its own module with a ``render(document, notes, metrics=None, options=None) -> bytes``
function; :func:`render` picks one by name. Modules are imported only when their format is used, so
importing :mod:`piyue.export` loads neither python-docx nor Qt (the PDF exporter uses QtGui lazily).
"""

from __future__ import annotations

from piyue.export.formats import EXTENSIONS, FORMATS, METRICS_FORMATS, render
from piyue.export.options import ExportError, ExportOptions

__all__ = ["EXTENSIONS", "FORMATS", "METRICS_FORMATS", "ExportError", "ExportOptions", "render"]
