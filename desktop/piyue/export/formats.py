"""The export formats by name, imported lazily, and the one entry point :func:`render`."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export.options import ExportOptions

#: format name → module holding its ``render`` function
FORMATS: dict[str, str] = {
    "md": "piyue.export.markdown",
    "html": "piyue.export.html",
    "csv": "piyue.export.csv",
    "jsonld": "piyue.export.jsonld",
    "docx": "piyue.export.docx",
    "pdf": "piyue.export.pdf",
}

#: file extension of each format
EXTENSIONS: dict[str, str] = {
    "md": ".md",
    "html": ".html",
    "csv": ".csv",
    "jsonld": ".jsonld",
    "docx": ".docx",
    "pdf": ".pdf",
}

#: formats that can append the metrics table
METRICS_FORMATS: frozenset[str] = frozenset({"html", "docx", "pdf"})


def render(
    fmt: str,
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """The export of ``notes`` on ``document`` in format ``fmt`` (a key of :data:`FORMATS`) as bytes.

    The notes are cleaned of control characters first (:mod:`piyue.export.clean`).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    from piyue.export.clean import clean_notes

    module = importlib.import_module(FORMATS[fmt])
    return module.render(document, clean_notes(notes), metrics, options or ExportOptions())
