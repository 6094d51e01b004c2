"""Plain dataclasses the storage room hands out for documents, versions and imports (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class VersionRecord:
    """One stored version of a document (its text is fetched separately)."""

    id: int
    document_id: int
    number: int
    title: str
    format: str
    encoding: str
    source_path: str | None
    sha256: str
    length: int
    imported: datetime


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A stored document and its latest version."""

    id: int
    title: str
    source_path: str | None
    created: datetime
    latest: VersionRecord
    version_count: int


@dataclass(frozen=True, slots=True)
class ListingRecord:
    """One document as a listing of the whole library shows it, read in one query for every document: its
    latest version's title, length and first characters (``head``), how many versions and notes it has."""

    id: int
    title: str
    version_title: str
    source_path: str | None
    length: int
    versions: int
    notes: int
    head: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing a file did: which document and version, and how its notes fared."""

    document: DocumentRecord
    version: VersionRecord
    created_document: bool
    new_version: bool
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """A JSON summary for ``piyue import --json``."""
        return {
            "document": self.document.id,
            "title": self.document.title,
            "path": self.document.source_path,
            "version": self.version.number,
            "created_document": self.created_document,
            "new_version": self.new_version,
            **self.counts,
        }
