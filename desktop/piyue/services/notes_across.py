"""Notes across reports: every note of the library in one list, filtered by tag, status, author and
report, exported together (issue 15)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from piyue.core.anchoring import Note
from piyue.services.ports import LibraryPort


@dataclass(frozen=True, slots=True)
class LibraryNote:
    """A note with the report it belongs to."""

    note: Note
    document_id: int
    report: str


@dataclass(frozen=True, slots=True)
class NoteFilter:
    """What to keep (None keeps everything)."""

    tag: str | None = None
    status: str | None = None
    author: str | None = None
    document_id: int | None = None

    def keeps(self, item: LibraryNote) -> bool:
        """Whether ``item`` passes every filter."""
        note = item.note
        return (
            (self.tag is None or self.tag in note.tags)
            and (self.status is None or str(note.status) == self.status)
            and (self.author is None or note.author == self.author)
            and (self.document_id is None or item.document_id == self.document_id)
        )


def library_notes(library: LibraryPort) -> list[LibraryNote]:
    """Every note of every report in the library, report by report, in text order (three queries, however
    many reports)."""
    titles = library.titles()
    return [LibraryNote(note, note.document_id, titles.get(note.document_id, "")) for note in library.all_notes()]


def filter_notes(items: Iterable[LibraryNote], chosen: NoteFilter) -> list[LibraryNote]:
    """The notes that pass ``chosen``."""
    return [item for item in items if chosen.keeps(item)]


NOTES_HEADERS = ("report", "section", "quote", "body", "tags", "status", "author", "state", "created", "updated")


def notes_csv(items: Iterable[LibraryNote], safe: Callable[[str], str] = lambda s: s) -> str:
    """The notes as one CSV (with a BOM): report, section, quote, body, tags, status, author, dates."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(NOTES_HEADERS)
    for item in items:
        note = item.note
        row = [
            item.report, " / ".join(note.anchor.section_path), note.anchor.exact, note.body, ";".join(note.tags),
            str(note.status), note.author, str(note.state), note.created.isoformat(), note.updated.isoformat(),
        ]  # fmt: skip
        writer.writerow([safe(cell) for cell in row])
    return out.getvalue()
