"""The search index on SQLite: an FTS5 table ``search_fts`` (rowid = ``search_segments.id``) with two columns,
``words`` (jieba words, search mode) and ``chars`` (every letter and digit), both space-separated tokens
from the analyzer; FTS5's unicode61 tokenizer only splits them at the spaces.

A query term becomes ``chars : "c1 c2 …"`` (the characters as a phrase: the term occurs) AND
``words : "w"`` for its short words (word boundaries), or only ``words : "w"`` when the term is one word;
terms are ANDed. Candidates come newest first in windows, each checked against the passage's normalised
text (which also gives the exact hit offsets) and ranked (see :mod:`piyue.storage.search_fts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, delete, func, insert, select, text
from sqlalchemy.orm import Session

from piyue.core.anchoring import Note
from piyue.core.model import Document
from piyue.storage.documents_repo import DocumentRepository
from piyue.storage.notes_repo import NoteRepository
from piyue.storage.orm import NoteRow, VersionRow
from piyue.storage.search_fts import CANDIDATES_SQL, DETAILS_SQL, fts_query, run_window_search
from piyue.storage.search_index import Analyzer, SearchHit
from piyue.storage.search_tables import segments, sources

__all__ = ["SqliteSearchIndex", "fts_query"]

_CANDIDATES = text(CANDIDATES_SQL)
_DETAILS = text(DETAILS_SQL.format(ids=":ids")).bindparams(bindparam("ids", expanding=True))


def _section_title(document: Document, offset: int) -> str | None:
    path = document.section_path_at(offset)
    if not path:
        return None
    deepest = path[-1]
    return f"{deepest.numbering or ''}{deepest.title}"


class SqliteSearchIndex:
    """:class:`~piyue.storage.search_index.SearchIndex` on SQLite FTS5, inside the caller's session."""

    def __init__(self, session: Session, analyzer: Analyzer) -> None:
        self.session = session
        self.analyzer = analyzer

    # --- writing ------------------------------------------------------------------------

    def _drop_sources(self, where: Any) -> None:
        ids = select(sources.c.id).where(where).scalar_subquery()
        self.session.execute(delete(segments).where(segments.c.source_id.in_(ids)))  # the trigger empties FTS rows
        self.session.execute(delete(sources).where(where))

    def _next_segment_id(self) -> int:
        return (self.session.scalar(select(func.max(segments.c.id))) or 0) + 1

    def _store(self, source_id: int, body: str, spans: Sequence[tuple[int, int]], sections: Sequence[str | None]):
        first = self._next_segment_id()
        rows: list[dict[str, Any]] = []
        fts: list[dict[str, Any]] = []
        for number, ((start, end), section) in enumerate(zip(spans, sections, strict=True)):
            terms = self.analyzer.index_terms(body[start:end])
            if not terms.chars:
                continue
            row_id = first + number
            rows.append(
                {"id": row_id, "source_id": source_id, "start_offset": start, "end_offset": end, "section": section}
            )
            fts.append({"rowid": row_id, "words": terms.words, "chars": terms.chars})
        if rows:
            self.session.execute(insert(segments), rows)
            self.session.execute(
                text("INSERT INTO search_fts(rowid, words, chars) VALUES (:rowid, :words, :chars)"), fts
            )

    def _insert_source(self, **values: object) -> int:
        """Add a row to the sources table; its id."""
        result = cast(CursorResult, self.session.execute(insert(sources).values(**values)))
        key = result.inserted_primary_key
        assert key is not None
        return key[0]

    def index_version(self, document_id: int, version_id: int, document: Document) -> None:
        """Index ``document`` as the current text of ``document_id``, dropping its older versions."""
        self._drop_sources((sources.c.document_id == document_id) & sources.c.version_id.is_not(None))
        source_id = self._insert_source(document_id=document_id, version_id=version_id)
        spans = self.analyzer.passages(document.text)
        self._store(source_id, document.text, spans, [_section_title(document, start) for start, _ in spans])

    def index_note(self, note: Note) -> None:
        """Index (or re-index) a note's body."""
        self.remove_note(note.id)
        source_id = self._insert_source(document_id=note.document_id, note_id=note.id, stamp=note.updated)
        section = note.anchor.section_path[-1] if note.anchor.section_path else None
        if note.body.strip():
            self._store(source_id, note.body, [(0, len(note.body))], [section])

    def remove_note(self, note_id: str) -> None:
        """Drop a note from the index."""
        self._drop_sources(sources.c.note_id == note_id)

    def refresh(self) -> int:
        """Bring the index up to date with the documents and notes; returns how many were (re)indexed."""
        versions = VersionRow.__table__
        numbers = (
            select(versions.c.document_id, func.max(versions.c.number).label("number"))
            .group_by(versions.c.document_id)
            .subquery()
        )
        latest = (
            select(versions.c.id, versions.c.document_id)
            .join(numbers, (numbers.c.document_id == versions.c.document_id) & (numbers.c.number == versions.c.number))
            .subquery()
        )
        stale = sources.c.version_id.is_not(None) & sources.c.version_id.not_in(select(latest.c.id))
        if self.session.scalar(select(func.count()).where(stale)):
            self._drop_sources(stale)
        count = 0
        indexed = select(sources.c.version_id).where(sources.c.version_id.is_not(None))
        missing = select(latest.c.id, latest.c.document_id).where(latest.c.id.not_in(indexed))
        documents = DocumentRepository(self.session)
        for version_id, document_id in self.session.execute(missing).all():
            self.index_version(document_id, version_id, documents.load(version_id))
            count += 1
        notes_table = NoteRow.__table__
        changed = (
            select(notes_table.c.id)
            .outerjoin(sources, sources.c.note_id == notes_table.c.id)
            .where(sources.c.id.is_(None) | (sources.c.stamp != notes_table.c.updated))
        )
        repository = NoteRepository(self.session)
        for (note_id,) in self.session.execute(changed).all():
            note = repository.get(note_id)
            if note is not None:
                self.index_note(note)
                count += 1
        return count

    # --- searching ----------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best ``limit`` hits for ``query``, best first (every hit contains every term)."""

        def candidates(expression: str, below: int, limit: int) -> Sequence[Sequence[Any]]:
            params = {"query": expression, "below": below, "limit": limit}
            return self.session.execute(_CANDIDATES, params).all()

        def details(ids: list[int]) -> dict[int, Any]:
            return {row.id: row._mapping for row in self.session.execute(_DETAILS, {"ids": ids})}

        return run_window_search(self.analyzer, query, limit, candidates, details)
