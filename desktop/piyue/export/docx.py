"""Word (.docx) export with python-docx: the notes under the report's headings, or the whole report with
each note as a Word comment on its passage (``ExportOptions.comments``), Chinese fonts set for East-Asian text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx

from piyue import __version__
from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export.docx_comments import write_report
from piyue.export.docx_notes import write_notes
from piyue.export.docx_style import prepare, xml_text
from piyue.export.options import ExportOptions


def render(
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """The export as .docx bytes; ``metrics`` given: with the metrics appendix."""
    options = options or ExportOptions()
    word = docx.Document()
    prepare(word)
    properties = word.core_properties
    properties.title = xml_text(document.title)
    properties.subject = "批注" if not options.comments else "审阅意见"
    properties.author = properties.last_modified_by = f"Piyue {__version__}"
    properties.created = properties.modified = options.exported_at
    properties.revision = 1
    if options.comments:
        write_report(word, document, notes, metrics, options)
    else:
        write_notes(word, document, notes, metrics, options)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()
