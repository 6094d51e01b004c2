"""Listing notes on SQLite reads the rows straight from the driver and builds the notes without their
dataclass ``__init__`` (issue 17: 10,000 notes in ≤ 0.1 s); what it gives must equal the notes built the
ordinary way from SQLAlchemy's rows, field for field, in the same order."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from piyue.core.anchoring import Anchor, AnchorState, Note, NoteStatus, anchor_section, anchor_span
from piyue.services.importing import import_report
from piyue.storage import Library, notes_repo
from piyue.storage.orm import NoteRow

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"


def _ordinary(library: Library, document_id: int) -> list[Note]:
    """The notes of a document through SQLAlchemy's result rows and the dataclasses' own constructors."""
    table = notes_repo._NOTES
    query = (
        select(*notes_repo._COLUMNS)
        .where(table.c.document_id == document_id)
        .order_by(table.c.start_offset, table.c.end_offset, table.c.created)
    )
    with library._session() as session:
        rows = session.execute(query).all()
        tags = notes_repo.NoteRepository(session)._tags_for(NoteRow.document_id == document_id)
    return [notes_repo._note(row, tuple(tags.get(row[0], ()))) for row in rows]


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Library, int]:
    """A file library with the sample and notes of every kind: tags (Chinese, mixed case, none), statuses,
    colours, a section note, an edited note, an orphaned one with its prior quote, notes at one offset."""
    library = Library.open(tmp_path / "notes.sqlite3", backups=False)
    doc_id = import_report(library, SAMPLE).document.id
    document = library.load(doc_id)
    statuses = list(NoteStatus)
    for i in range(60):
        start = (i * 97) % (len(document.text) - 20)
        tags = [["核数", "Zeta", "alpha"], ["增速"], [], ["b", "B", "ä"]][i % 4]
        library.add_note(
            doc_id, anchor_span(document, start, start + 9), f"第{i}条\n- 列表", tags=tags, status=statuses[i % 3]
        )
    for _ in range(3):  # the same passage thrice: ties broken by creation time
        library.add_note(doc_id, anchor_span(document, 100, 110), "同一处", color="#e06666")
    library.add_note(doc_id, anchor_section(document, document.sections[0]), "整节")
    first = library.notes(doc_id)[0]
    library.edit_note(first.id, body="改过", tags=["新"])
    orphan = library.notes(doc_id)[5]
    library.place_note(orphan.id, orphan.anchor, AnchorState.ORPHANED, "旧的引文")
    yield library, doc_id
    library.close()


def test_the_fast_listing_equals_the_ordinary_one(filled: tuple[Library, int]) -> None:
    library, doc_id = filled
    fast = library.notes(doc_id)
    ordinary = _ordinary(library, doc_id)
    assert len(fast) == 64
    assert fast == ordinary  # every field, and the order
    for mine, theirs in zip(fast, ordinary, strict=True):
        assert type(mine) is Note and type(mine.anchor) is Anchor
        assert mine.created.tzinfo is not None and mine.created == theirs.created
        assert [type(getattr(mine, f.name)) for f in dataclasses.fields(Note)] == [
            type(getattr(theirs, f.name)) for f in dataclasses.fields(Note)
        ]
    assert next(n for n in fast if n.body.startswith("第3条")).tags == ("B", "b", "ä")  # code-point order
    assert [n.to_json() for n in fast] == [n.to_json() for n in ordinary]  # notes --json unchanged


def test_filters_give_the_same_notes_as_filtering_the_ordinary_list(filled: tuple[Library, int]) -> None:
    library, doc_id = filled
    ordinary = _ordinary(library, doc_id)
    assert library.notes(doc_id, tag="核数") == [n for n in ordinary if "核数" in n.tags]
    assert library.notes(doc_id, status=NoteStatus.CHECKED, color="#e06666") == [
        n for n in ordinary if n.status is NoteStatus.CHECKED and n.color == "#e06666"
    ]
    states = [AnchorState.ANCHORED, AnchorState.CHANGED]
    assert library.notes(doc_id, states=states, text="列表") == [
        n for n in ordinary if n.state in states and n.matches("列表")
    ]


def test_a_bad_stored_span_is_refused_as_the_constructor_would(filled: tuple[Library, int]) -> None:
    library, doc_id = filled
    with library._session(write=True) as session:
        session.execute(
            notes_repo._NOTES.update()
            .values(start_offset=50, end_offset=10)
            .where(notes_repo._NOTES.c.id == library.notes(doc_id)[0].id)
        )
    with pytest.raises(Exception, match=r"bad anchor span 50\.\.10"):
        library.notes(doc_id)


def test_the_fast_builder_names_every_field_in_order() -> None:
    assert tuple(f.name for f in dataclasses.fields(Note)) == notes_repo._NOTE_FIELDS
    assert tuple(f.name for f in dataclasses.fields(Anchor)) == notes_repo._ANCHOR_FIELDS
