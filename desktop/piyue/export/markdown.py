"""Markdown export: front matter, headings following the outline, quotes as block quotes, bodies as written."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export.grouping import group_notes
from piyue.export.labels import (
    LOOSE_HEADING,
    ORPHANS_EXPLAINED,
    ORPHANS_HEADING,
    SECTION_NOTE,
    page_of,
    place,
    state_label,
)
from piyue.export.options import ExportOptions

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape_inline(text: str) -> str:
    """Report text made literal in Markdown (backslash before the ASCII marks Markdown acts on)."""
    return _SPECIAL.sub(r"\\\1", text)


_SAFE_TARGET = r"\s*<?\s*(?:https?://|mailto:)"
_INLINE_LINK = re.compile(rf"\]\((?!{_SAFE_TARGET})")
_LINK_DEFINITION = re.compile(rf"^( {{0,3}})\[(?=[^\]\n]*\]:(?!{_SAFE_TARGET}))", re.MULTILINE)


def inert_body(body: str) -> str:
    """A note's Markdown made inert for any renderer: every ``<`` written as ``&lt;`` (no raw HTML; a ``<``
    in a code span then shows as ``&lt;``, a small price for a file safe to open anywhere), and links to
    anything but http(s) and mailto left as plain text (no ``javascript:``, however it is spelled)."""
    body = body.replace("<", "&lt;")
    body = _INLINE_LINK.sub(r"]\\(", body)
    return _LINK_DEFINITION.sub(r"\1\\[", body)


def _yaml(value: str | int | None) -> str:
    """A YAML scalar: JSON's double-quoted string is valid YAML and escapes everything."""
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _quote(note: Note) -> list[str]:
    if note.is_section_note:
        return [f"> **{SECTION_NOTE}**：{escape_inline(note.anchor.exact)}"]
    lines = note.anchor.exact.split("\n")
    return [f"> {escape_inline(line)}".rstrip() for line in lines]


def _note(note: Note, title: str, page: int | None = None) -> list[str]:
    lines = _quote(note)
    if note.prior_quote and note.prior_quote != note.anchor.exact:
        lines.append(">")
        lines.append(f"> 原为：{escape_inline(note.prior_quote)}")
    lines.append("")
    body = inert_body(note.body.strip("\n"))
    if body:
        lines.extend([body, ""])
    meta = [f"状态：{note.status.value}", f"定位：{state_label(note)}", f"颜色：{escape_inline(note.color)}"]
    if note.tags:
        meta.insert(0, "标签：" + " ".join(f"#{escape_inline(t)}" for t in note.tags))
    meta.append(f"位置：{escape_inline(place(note, title, page))}")
    lines.append("*" + " · ".join(meta) + "*")
    lines.append("")
    return lines


def render(
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """The notes of ``document`` as a Markdown file (UTF-8). ``metrics`` are not part of this format."""
    options = options or ExportOptions()
    grouped = group_notes(document, notes)
    lines = [
        "---",
        f"title: {_yaml(document.title)}",
        f"source: {_yaml(options.source_of(document))}",
        f"sha256: {_yaml(options.hash_of(document))}",
        f"exported-at: {_yaml(options.stamp())}",
        f"notes: {grouped.count}",
        "---",
        "",
        f"# {escape_inline(document.title) or '批注'}",
        "",
    ]
    for group in grouped.groups:
        if group.section is None:
            lines += [f"## {LOOSE_HEADING}", ""]
        elif group.depth > 0:
            lines += ["#" * min(group.depth + 1, 6) + " " + escape_inline(group.heading), ""]
        for note in group.notes:
            lines += _note(note, document.title, page_of(document, note))
    if grouped.orphans:
        lines += [f"## {ORPHANS_HEADING}", "", ORPHANS_EXPLAINED, ""]
        for note in grouped.orphans:
            lines += _note(note, document.title, page_of(document, note))
    while lines and lines[-1] == "":
        lines.pop()
    return ("\n".join(lines) + "\n").encode("utf-8")
