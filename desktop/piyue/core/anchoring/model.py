"""The anchor of a note: where it sits in a document's text, and how sure we are after a revision.

An :class:`Anchor` combines the W3C Web Annotation selectors a note needs to find its passage
again in a revised text (DESIGN.md §5): a ``TextQuoteSelector`` (``exact`` with its ``prefix``
and ``suffix``), a ``TextPositionSelector`` (``start``/``end``, code points, end exclusive) and the
path of section titles that contained the passage.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class AnchorKind(StrEnum):
    """What a note is attached to."""

    PASSAGE = "passage"
    SECTION = "section"


class AnchorState(StrEnum):
    """How a note's anchor fared on the document's latest version."""

    ANCHORED = "anchored"  # the passage was found as it was
    CHANGED = "changed"  # the passage was found but its text changed; the note moved to it
    ORPHANED = "orphaned"  # the passage was not found; the note is kept for review

    @property
    def needs_review(self) -> bool:
        """True for the states a user should look at."""
        return self is not AnchorState.ANCHORED


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a note is attached, as W3C selectors plus the section path.

    For a section note ``exact`` is the section's title, ``start``/``end`` the section's span
    and ``section_path`` ends with the section itself.
    """

    exact: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""
    section_path: tuple[str, ...] = ()
    kind: AnchorKind = AnchorKind.PASSAGE

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad anchor span {self.start}..{self.end}")

    @property
    def section(self) -> str | None:
        """The innermost section's title, or None outside every section."""
        return self.section_path[-1] if self.section_path else None

    def moved(self, **changes: object) -> Anchor:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_selectors(self) -> list[dict[str, object]]:
        """The W3C selectors (``TextQuoteSelector`` and ``TextPositionSelector``) of this anchor."""
        return [
            {"type": "TextQuoteSelector", "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix},
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]


@dataclass(frozen=True, slots=True)
class Reanchored:
    """The outcome of re-anchoring one anchor on a new text.

    ``anchor`` is the anchor on the new text, or the old one unchanged when ``state`` is
    ``orphaned``. ``method`` tells which step found it (for diagnostics and tests) and
    ``score`` its similarity (100 for an exact match).
    """

    state: AnchorState
    anchor: Anchor
    method: str
    score: float = 100.0
    runner_up: float | None = None
    candidates: int = field(default=0)
