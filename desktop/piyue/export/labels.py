"""Words the exports show: anchor states, metric kinds, headings, a note's place in the report."""

from __future__ import annotations

import re

from piyue.core.anchoring import AnchorKind, AnchorState, Note
from piyue.core.anchoring.note import DEFAULT_COLOR
from piyue.core.model import Document

STATE_LABELS: dict[AnchorState, str] = {
    AnchorState.ANCHORED: "已定位",
    AnchorState.CHANGED: "原文已改",
    AnchorState.ORPHANED: "未找到原文",
}

KIND_LABELS: dict[str, str] = {
    "percent": "百分比",
    "percentage_point": "百分点",
    "amount": "金额",
    "area": "面积",
    "length": "长度",
    "count": "数量",
    "ratio": "比例",
    "rank": "排名",
    "other": "其他",
}

NOTES_HEADING = "批注"
LOOSE_HEADING = "正文之前"
ORPHANS_HEADING = "未找到原文的批注"
ORPHANS_EXPLAINED = "这些批注所依附的文字在最新版本中已找不到，保留在此供核对。"
METRICS_HEADING = "附录：指标"
SECTION_NOTE = "整节批注"

_COLOR = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def safe_color(color: str) -> str:
    """``color`` if it is a ``#rgb`` / ``#rrggbb`` hex colour, else the default (never raw user text in CSS)."""
    return color if _COLOR.fullmatch(color or "") else DEFAULT_COLOR


def state_label(note: Note) -> str:
    """The note's anchor state in words (已定位 / 原文已改 / 未找到原文)."""
    return STATE_LABELS[note.state]


def page_of(document: Document, note: Note) -> int | None:
    """The printed page a note's passage is on (a document read from a PDF), else ``None``."""
    if note.state is AnchorState.ORPHANED:
        return None
    return document.page_at(note.anchor.start)


def place(note: Note, title: str = "", page: int | None = None) -> str:
    """A back-reference to where the note sits: its section path (without a leading ``title``), the
    printed page when the report came from a PDF (``p. 3``), and offsets."""
    sections = list(note.anchor.section_path)
    if sections and sections[0] == title:
        sections.pop(0)
    path = " › ".join(sections)
    if note.state is AnchorState.ORPHANED:
        where = "原位置已不存在"
    elif note.anchor.kind is AnchorKind.SECTION:
        where = f"整节，字符 {note.anchor.start}–{note.anchor.end}"
    else:
        where = f"字符 {note.anchor.start}–{note.anchor.end}"
    if page is not None and note.state is not AnchorState.ORPHANED:
        where = f"p. {page}，{where}"
    return f"{path}（{where}）" if path else where


def tags_text(note: Note) -> str:
    """The note's tags as ``#a #b``."""
    return " ".join(f"#{tag}" for tag in note.tags)
