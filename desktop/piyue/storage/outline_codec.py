"""The section tree of a version as JSON (so a docx outline survives without re-parsing)."""

from __future__ import annotations

from typing import Any

from piyue.core.model import Section


def dump(sections: list[Section]) -> list[dict[str, Any]]:
    """JSON-ready form of a section tree."""
    return [
        {
            "level": s.level,
            "numbering": s.numbering,
            "title": s.title,
            "start": s.start,
            "end": s.end,
            "title_start": s.title_start,
            "title_end": s.title_end,
            "heading_end": s.heading_end,
            "inline": s.inline,
            "children": dump(s.children),
        }
        for s in sections
    ]


def load(data: list[dict[str, Any]]) -> list[Section]:
    """The section tree back from :func:`dump`'s form."""
    return [
        Section(
            level=d["level"],
            numbering=d["numbering"],
            title=d["title"],
            start=d["start"],
            end=d["end"],
            title_start=d["title_start"],
            title_end=d["title_end"],
            heading_end=d["heading_end"],
            inline=d.get("inline", False),
            children=load(d.get("children", [])),
        )
        for d in data
    ]
