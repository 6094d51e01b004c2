"""What every exporter takes besides the document and its notes: the options, and the error it raises."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from piyue.core.model import Document


class ExportError(Exception):
    """An export could not be made (a missing font, an unwritable path); ``str(err)`` is one line."""


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Options shared by the exporters.

    ``exported_at`` is stamped into the file (tests fix it for golden files). ``source`` names
    the report the notes belong to (its path; default: the document's path) and
    ``content_hash`` the SHA-256 of its text (computed when not given). ``comments`` makes the
    Word exporter write the whole report with each note as a Word comment on its passage.
    """

    exported_at: datetime = field(default_factory=_now)
    source: str | None = None
    content_hash: str | None = None
    comments: bool = False

    def source_of(self, document: Document) -> str | None:
        """The source of ``document`` as given, else its path."""
        if self.source is not None:
            return self.source
        return str(document.path) if document.path is not None else None

    def hash_of(self, document: Document) -> str:
        """The SHA-256 (hex) of ``document.text`` as given, else computed."""
        return self.content_hash or hashlib.sha256(document.text.encode("utf-8")).hexdigest()

    def stamp(self) -> str:
        """``exported_at`` as ISO 8601 in UTC with a ``Z``, to the second."""
        moment = self.exported_at
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def source_name(source: str | None) -> str:
    """A short name for a source path (its file name), or an empty string."""
    return Path(source).name if source else ""
