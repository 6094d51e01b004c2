"""CSV export: one row per note, UTF-8 with a BOM (Excel on Chinese Windows), no cell that runs as a formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from piyue.core.anchoring import AnchorState, Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export.cells import safe_cell
from piyue.export.grouping import group_notes
from piyue.export.labels import state_label
from piyue.export.options import ExportOptions

HEADERS: tuple[str, ...] = (
    "序号",
    "章节",
    "引文",
    "批注",
    "标签",
    "颜色",
    "审核状态",
    "定位状态",
    "起",
    "止",
    "原引文",
    "作者",
    "创建时间",
    "修改时间",
    "ID",
)


def _stamp(note: Note, which: str) -> str:
    moment = getattr(note, which)
    return moment.isoformat(timespec="seconds")


def _row(number: int, note: Note, section: str) -> list[str]:
    orphaned = note.state is AnchorState.ORPHANED
    return [
        str(number),
        section,
        note.anchor.exact,
        note.body,
        "；".join(note.tags),
        note.color,
        note.status.value,
        state_label(note),
        "" if orphaned else str(note.anchor.start),
        "" if orphaned else str(note.anchor.end),
        note.prior_quote or "",
        note.author,
        _stamp(note, "created"),
        _stamp(note, "updated"),
        note.id,
    ]


def render(
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """The notes as CSV rows in outline order (orphans last), a header row first; ``metrics`` are not used."""
    grouped = group_notes(document, notes)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    number = 0
    for group in grouped.groups:
        for note in group.notes:
            number += 1
            writer.writerow([safe_cell(c) for c in _row(number, note, " › ".join(group.path))])
    for note in grouped.orphans:
        number += 1
        writer.writerow([safe_cell(c) for c in _row(number, note, " › ".join(note.anchor.section_path))])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
