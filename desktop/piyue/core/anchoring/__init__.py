"""Anchoring notes to passages and sections, and finding them again in revised text (DESIGN.md §5).

Pure Python (rapidfuzz for approximate matching): no Qt, SQLAlchemy, jieba or pyqtgraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from piyue.core.anchoring.build import (
    anchor_section,
    anchor_span,
    find_quote,
    find_sections,
    occurrences,
    pick_section,
    section_titles_at,
)
from piyue.core.anchoring.errors import AnchoringError
from piyue.core.anchoring.model import Anchor, AnchorKind, AnchorState, Reanchored
from piyue.core.anchoring.note import Note, NoteStatus, os_user

if TYPE_CHECKING:
    from piyue.core.anchoring.reanchoring import reanchor

__all__ = [
    "Anchor",
    "AnchorKind",
    "AnchorState",
    "AnchoringError",
    "Note",
    "NoteStatus",
    "Reanchored",
    "anchor_section",
    "anchor_span",
    "find_quote",
    "find_sections",
    "occurrences",
    "os_user",
    "pick_section",
    "reanchor",
    "section_titles_at",
]


def __getattr__(name: str) -> Any:
    """Load re-anchoring (and rapidfuzz) on first use, so that making anchors stays cheap."""
    if name == "reanchor":
        from piyue.core.anchoring.reanchoring import reanchor

        return reanchor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
