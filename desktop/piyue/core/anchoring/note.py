"""A note: Markdown text on a passage or a section, with colour, tags, review status and its anchor."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum

from piyue.core.anchoring.model import Anchor, AnchorKind, AnchorState

DEFAULT_COLOR = "#f5c542"
MAX_BODY_CHARS = 100_000  # about fifty printed pages: a note, not a book (a 40-million-character body is refused)


class NoteStatus(StrEnum):
    """Review status of a note."""

    TO_CHECK = "待核实"
    CHECKED = "已核实"
    IN_DOUBT = "有疑问"

    @classmethod
    def parse(cls, value: str) -> NoteStatus:
        """The status named ``value`` (Chinese, or the English aliases to-check / checked / in-doubt)."""
        aliases = {"to-check": cls.TO_CHECK, "checked": cls.CHECKED, "in-doubt": cls.IN_DOUBT}
        try:
            return aliases.get(value.strip().lower()) or cls(value.strip())
        except ValueError:
            names = " / ".join(s.value for s in cls)
            raise ValueError(f"unknown status {value!r}; use {names}") from None


def now() -> datetime:
    """The current time, timezone-aware UTC, to the microsecond."""
    return datetime.now(UTC)


def os_user() -> str:
    """The name of the user running the program (the note's author)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


@dataclass(frozen=True, slots=True)
class Note:
    """A note as the application sees it (storage hands these out, never database rows).

    ``id`` is a UUID string, stable across exports and imports. ``prior_quote`` is the quote
    before a revision changed it (for a ``changed`` note), shown to the user for review.
    ``version`` counts the stored edits: an edit based on an older version is refused, never
    written over someone else's (see ``Library.edit_note``).
    """

    id: str
    document_id: int
    body: str
    anchor: Anchor
    state: AnchorState = AnchorState.ANCHORED
    color: str = DEFAULT_COLOR
    tags: tuple[str, ...] = ()
    status: NoteStatus = NoteStatus.TO_CHECK
    author: str = field(default_factory=os_user)
    created: datetime = field(default_factory=now)
    updated: datetime = field(default_factory=now)
    prior_quote: str | None = None
    version: int = 1  # bumped by every stored edit of body, colour, tags or status (optimistic concurrency)

    @property
    def is_section_note(self) -> bool:
        """True for a note on a whole section."""
        return self.anchor.kind is AnchorKind.SECTION

    def with_changes(self, **changes: object) -> Note:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def matches(self, text: str) -> bool:
        """True when ``text`` occurs (case-insensitively) in the body, the quote or a tag."""
        needle = text.casefold()
        haystacks = (self.body, self.anchor.exact, *self.tags)
        return any(needle in h.casefold() for h in haystacks)

    def to_json(self) -> dict[str, object]:
        """The ``notes --json`` shape of DESIGN.md §6 (an orphaned note has no offsets)."""
        orphaned = self.state is AnchorState.ORPHANED
        return {
            "id": self.id,
            "body": self.body,
            "quote": self.anchor.exact,
            "section": self.anchor.section,
            "start": None if orphaned else self.anchor.start,
            "end": None if orphaned else self.anchor.end,
            "state": self.state.value,
            "tags": list(self.tags),
            "color": self.color,
            "status": self.status.value,
            "author": self.author,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
        }
