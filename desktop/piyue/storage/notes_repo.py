"""The notes repository: notes in and out of the database as :class:`~piyue.core.anchoring.Note` objects."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, Text, cast, delete, func, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from piyue.core.anchoring import Anchor, AnchorKind, AnchorState, Note, NoteStatus
from piyue.storage.orm import NoteRow, NoteTagRow, TagRow

_NOTES = NoteRow.__table__
_COLUMNS = [
    _NOTES.c.id,
    _NOTES.c.document_id,
    _NOTES.c.kind,
    _NOTES.c.exact,
    _NOTES.c.prefix,
    _NOTES.c.suffix,
    _NOTES.c.start_offset,
    _NOTES.c.end_offset,
    cast(_NOTES.c.section_path, Text).label("section_path"),  # JSON text on every database, parsed by _path
    _NOTES.c.state,
    _NOTES.c.prior_quote,
    _NOTES.c.body,
    _NOTES.c.color,
    _NOTES.c.status,
    _NOTES.c.author,
    _NOTES.c.created,
    _NOTES.c.updated,
    _NOTES.c.version,
]


@lru_cache(maxsize=4096)
def _path(raw: str) -> tuple[str, ...]:
    """A stored section path (JSON text); the same few paths recur across thousands of notes."""
    return tuple(json.loads(raw))


# Enum values by their stored text (a dict lookup is much cheaper than an Enum call per row).
_KINDS = {k.value: k for k in AnchorKind}
_STATES = {s.value: s for s in AnchorState}
_STATUSES = {s.value: s for s in NoteStatus}


def _stamp(value: datetime | str) -> datetime:
    """A stored time as an aware UTC datetime: SQLite's text (as ``UTCDateTime`` writes it) read straight
    from the driver, or the datetime SQLAlchemy already made of it."""
    if not isinstance(value, str):
        return value
    try:
        return datetime.fromisoformat(value + "+00:00")
    except ValueError:  # a stamp with its own offset
        return datetime.fromisoformat(value).astimezone(UTC)


def _rows(session: Session, query: Select[Any]) -> Sequence[Sequence[Any]]:
    """The rows of ``query`` on SQLite, straight from the driver's cursor as plain tuples (times as text, see
    :func:`_stamp`): SQLAlchemy's result processing cost more than everything else in listing 10,000 notes."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    parameters = compiled.construct_params()
    values = [parameters[name] for name in compiled.positiontup or ()]
    driver = connection.connection.driver_connection
    assert driver is not None
    return driver.execute(str(compiled), values).fetchall()


def _note(row: Sequence[Any], tags: tuple[str, ...]) -> Note:
    """The note of a row of ``_COLUMNS``, unpacked by position (a SQLAlchemy row's attributes cost
    several times more, which showed when listing 10,000 notes)."""
    (
        note_id,
        document_id,
        kind,
        exact,
        prefix,
        suffix,
        start,
        end,
        section_path,
        state,
        prior_quote,
        body,
        color,
        status,
        author,
        created,
        updated,
        version,
    ) = row
    anchor = Anchor(exact, start, end, prefix, suffix, _path(section_path), _KINDS[kind])
    return Note(
        id=note_id,
        document_id=document_id,
        body=body,
        anchor=anchor,
        state=_STATES[state],
        color=color,
        tags=tags,
        status=_STATUSES[status],
        author=author,
        created=_stamp(created),
        updated=_stamp(updated),
        prior_quote=prior_quote,
        version=version,
    )


@lru_cache(maxsize=4096)
def _tag_names(raw: str | None) -> tuple[str, ...]:
    """A note's tags from SQLite's ``json_group_array`` text, sorted as the tags query orders them (a text's
    code points order as its UTF-8 bytes, SQLite's BINARY collation); the same few sets recur."""
    return tuple(sorted(json.loads(raw))) if raw and raw != "[]" else ()


# Setting the fields of a frozen dataclass straight through its slots' descriptors costs a third of its
# generated __init__ (which goes through object.__setattr__ for each field): half of listing 10,000 notes.
# The lists below must name every field in order; the module refuses to load otherwise (and a test checks).
_ANCHOR_FIELDS = ("exact", "start", "end", "prefix", "suffix", "section_path", "kind")
_NOTE_FIELDS = ("id", "document_id", "body", "anchor", "state", "color", "tags", "status", "author", "created")
_NOTE_FIELDS += ("updated", "prior_quote", "version")
if tuple(f.name for f in fields(Anchor)) != _ANCHOR_FIELDS or tuple(f.name for f in fields(Note)) != _NOTE_FIELDS:
    raise ImportError("piyue.storage.notes_repo: the fields of Anchor or Note changed; update _listed")
_a_exact, _a_start, _a_end, _a_prefix, _a_suffix, _a_path, _a_kind = (
    getattr(Anchor, name).__set__ for name in _ANCHOR_FIELDS
)
_n_id, _n_document, _n_body, _n_anchor, _n_state, _n_color, _n_tags, _n_status, _n_author = (
    getattr(Note, name).__set__ for name in _NOTE_FIELDS[:9]
)
_n_created, _n_updated, _n_prior, _n_version = (getattr(Note, name).__set__ for name in _NOTE_FIELDS[9:])


def _listed(rows: Sequence[Sequence[Any]]) -> list[Note]:
    """The notes of SQLite listing rows (``_COLUMNS`` and the tags as JSON), built with as little work per
    row as possible: this loop is most of listing 10,000 notes."""
    notes: list[Note] = []
    append, parse, new = notes.append, datetime.fromisoformat, object.__new__
    for (
        note_id,
        document_id,
        kind,
        exact,
        prefix,
        suffix,
        start,
        end,
        section_path,
        state,
        prior_quote,
        body,
        color,
        status,
        author,
        created,
        updated,
        version,
        tags,
    ) in rows:
        try:
            made, changed = parse(created + "+00:00"), parse(updated + "+00:00")
        except ValueError:
            made, changed = _stamp(created), _stamp(updated)
        if not 0 <= start <= end:  # what Anchor.__post_init__ checks
            raise ValueError(f"bad anchor span {start}..{end}")
        anchor = new(Anchor)
        _a_exact(anchor, exact)
        _a_start(anchor, start)
        _a_end(anchor, end)
        _a_prefix(anchor, prefix)
        _a_suffix(anchor, suffix)
        _a_path(anchor, _path(section_path))
        _a_kind(anchor, _KINDS[kind])
        note = new(Note)
        _n_id(note, note_id)
        _n_document(note, document_id)
        _n_body(note, body)
        _n_anchor(note, anchor)
        _n_state(note, _STATES[state])
        _n_color(note, color)
        _n_tags(note, _tag_names(tags))
        _n_status(note, _STATUSES[status])
        _n_author(note, author)
        _n_created(note, made)
        _n_updated(note, changed)
        _n_prior(note, prior_quote)
        _n_version(note, version)
        append(note)
    return notes


def _anchor_columns(anchor: Anchor) -> dict[str, Any]:
    return {
        "kind": anchor.kind.value,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "start_offset": anchor.start,
        "end_offset": anchor.end,
        "section_path": list(anchor.section_path),
    }


# Text order (start, end, creation) of a listing row; SQLite's stamps are fixed-width text, so their text
# order is their time order, as in ``ORDER BY created``.
_TEXT_ORDER = itemgetter(6, 7, 15)

# A note's tag names as one JSON array (SQLite), read with the note instead of by a second query.
_TAGS_JSON = (
    select(func.json_group_array(TagRow.name))
    .join(NoteTagRow, NoteTagRow.tag_id == TagRow.id)
    .where(NoteTagRow.note_id == _NOTES.c.id)
    .correlate(_NOTES)
    .scalar_subquery()
    .label("tags")
)


class NoteRepository:
    """Reads and writes notes inside a session the caller commits."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _tag_ids(self, names: Iterable[str]) -> list[int]:
        ids = []
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            tag_id = self.session.scalar(select(TagRow.id).where(TagRow.name == name))
            if tag_id is None:
                try:
                    with self.session.begin_nested():  # another writer may create the same tag at once
                        row = TagRow(name=name)
                        self.session.add(row)
                        self.session.flush()
                        tag_id = row.id
                except IntegrityError:
                    tag_id = self.session.scalar(select(TagRow.id).where(TagRow.name == name))
            assert tag_id is not None
            ids.append(tag_id)
        return ids

    def _set_tags(self, note_id: str, names: Sequence[str]) -> None:
        self.session.execute(delete(NoteTagRow).where(NoteTagRow.note_id == note_id))
        for tag_id in self._tag_ids(names):
            self.session.add(NoteTagRow(note_id=note_id, tag_id=tag_id))

    def add(self, note: Note, version_id: int) -> None:
        """Insert ``note``, anchored on ``version_id``."""
        self.session.add(
            NoteRow(
                id=note.id,
                document_id=note.document_id,
                version_id=version_id,
                state=note.state.value,
                prior_quote=note.prior_quote,
                body=note.body,
                color=note.color,
                status=note.status.value,
                author=note.author,
                created=note.created,
                updated=note.updated,
                version=note.version,
                **_anchor_columns(note.anchor),
            )
        )
        self.session.flush()
        self._set_tags(note.id, note.tags)

    def update(self, note: Note, version_id: int | None = None) -> None:
        """Write every field of ``note`` over the stored row (and its anchor version when given)."""
        row = self.session.get(NoteRow, note.id)
        if row is None:
            raise KeyError(note.id)
        for key, value in _anchor_columns(note.anchor).items():
            setattr(row, key, value)
        row.state = note.state.value
        row.prior_quote = note.prior_quote
        row.body = note.body
        row.color = note.color
        row.status = note.status.value
        row.updated = note.updated
        row.version = note.version
        if version_id is not None:
            row.version_id = version_id
        self._set_tags(note.id, note.tags)

    def delete(self, note_id: str) -> None:
        """Delete a note (its tags links go with it)."""
        self.session.execute(delete(NoteTagRow).where(NoteTagRow.note_id == note_id))
        self.session.execute(delete(NoteRow).where(NoteRow.id == note_id))

    def version_of(self, note_id: str) -> int | None:
        """The version the note's offsets refer to."""
        return self.session.scalar(select(NoteRow.version_id).where(NoteRow.id == note_id))

    def _tags_for(self, where: Any) -> dict[str, list[str]]:
        query = (
            select(NoteTagRow.note_id, TagRow.name)
            .join(TagRow, TagRow.id == NoteTagRow.tag_id)
            .join(NoteRow, NoteRow.id == NoteTagRow.note_id)
            .where(where)
            .order_by(TagRow.name)
        )
        tags: dict[str, list[str]] = {}
        for note_id, name in self.session.execute(query):
            tags.setdefault(note_id, []).append(name)
        return tags

    def get(self, note_id: str, *, for_update: bool = False) -> Note | None:
        """One note, or None; ``for_update`` locks its row until the transaction ends (PostgreSQL; a SQLite
        write transaction holds the whole database already)."""
        query = select(*_COLUMNS).where(_NOTES.c.id == note_id)
        row = self.session.execute(query.with_for_update() if for_update else query).first()
        if row is None:
            return None
        return _note(row, tuple(self._tags_for(NoteRow.id == note_id).get(note_id, [])))

    def list(
        self,
        document_id: int,
        *,
        states: Iterable[AnchorState] | None = None,
        status: NoteStatus | None = None,
        color: str | None = None,
        tag: str | None = None,
        text: str | None = None,
    ) -> list[Note]:
        """The notes of a document in text order, filtered by state, status, colour, tag and text."""
        query = select(*_COLUMNS).where(_NOTES.c.document_id == document_id)
        if states is not None:
            query = query.where(_NOTES.c.state.in_([s.value for s in states]))
        if status is not None:
            query = query.where(_NOTES.c.status == status.value)
        if color is not None:
            query = query.where(_NOTES.c.color == color)
        if tag is not None:
            tagged = select(NoteTagRow.note_id).join(TagRow, TagRow.id == NoteTagRow.tag_id).where(TagRow.name == tag)
            query = query.where(_NOTES.c.id.in_(tagged))
        if self.session.connection().dialect.name == "sqlite":  # one query, rows straight from the driver
            rows = list(_rows(self.session, query.add_columns(_TAGS_JSON)))
            rows.sort(key=_TEXT_ORDER)  # as ORDER BY would, for less (SQLite copied every row into its sorter)
            notes = _listed(rows)
        else:
            query = query.order_by(_NOTES.c.start_offset, _NOTES.c.end_offset, _NOTES.c.created)
            rows = self.session.execute(query).all()
            tags = self._tags_for(NoteRow.document_id == document_id)
            notes = [_note(row, tuple(tags.get(row[0], ()))) for row in rows]
        if text:
            notes = [n for n in notes if n.matches(text)]
        return notes

    def list_all(self) -> list[Note]:
        """Every note of the library, document by document (by id), each document's in text order: one
        query for the notes and one for their tags."""
        query = select(*_COLUMNS).order_by(
            _NOTES.c.document_id, _NOTES.c.start_offset, _NOTES.c.end_offset, _NOTES.c.created
        )
        rows = self.session.execute(query).all()
        tags = self._tags_for(true())
        return [_note(row, tuple(tags.get(row[0], ()))) for row in rows]

    def counts(self, document_id: int) -> dict[str, int]:
        """How many notes of the document are in each anchor state."""
        counts = {state.value: 0 for state in AnchorState}
        query = select(_NOTES.c.state).where(_NOTES.c.document_id == document_id)
        for (state,) in self.session.execute(query):
            counts[state] = counts.get(state, 0) + 1
        return counts
