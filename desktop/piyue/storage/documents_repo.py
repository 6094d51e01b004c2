"""The documents repository: documents, their versions and texts (stored once per content hash)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from piyue.core.model import Document
from piyue.storage import outline_codec
from piyue.storage.orm import DocumentRow, TextRow, VersionRow
from piyue.storage.records import DocumentRecord, ListingRecord, VersionRecord

#: Every document with its latest version's title, length and first ``:head`` characters, its version and note
#: counts: one query for the whole library (the listing of 1,000 reports must not cost 1,000 round trips).
_LISTING = text(
    "SELECT d.id, d.title, v.title, d.source_path, t.length, latest.versions, coalesce(counted.notes, 0), "
    "substr(t.body, 1, :head) "
    "FROM documents d "
    "JOIN (SELECT document_id, max(number) AS number, count(*) AS versions FROM versions GROUP BY document_id) "
    "latest ON latest.document_id = d.id "
    "JOIN versions v ON v.document_id = d.id AND v.number = latest.number "
    "JOIN texts t ON t.id = v.text_id "
    "LEFT JOIN (SELECT document_id, count(*) AS notes FROM notes GROUP BY document_id) counted "
    "ON counted.document_id = d.id "
    "ORDER BY d.id"
)
_LATEST_TEXTS = text(
    "SELECT v.document_id, v.title, d.source_path, t.body FROM versions v "
    "JOIN documents d ON d.id = v.document_id JOIN texts t ON t.id = v.text_id WHERE v.document_id IN :ids "
    "AND v.number = (SELECT max(number) FROM versions w WHERE w.document_id = v.document_id)"
).bindparams(bindparam("ids", expanding=True))
_HEADS = text(
    "SELECT v.document_id, substr(t.body, 1, :head) FROM versions v JOIN texts t ON t.id = v.text_id "
    "WHERE v.document_id IN :ids "
    "AND v.number = (SELECT max(number) FROM versions w WHERE w.document_id = v.document_id)"
).bindparams(bindparam("ids", expanding=True))


def content_hash(text: str) -> str:
    """SHA-256 of the decoded text (UTF-8), the identity of a version's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _version(row: VersionRow, text: TextRow) -> VersionRecord:
    return VersionRecord(
        id=row.id,
        document_id=row.document_id,
        number=row.number,
        title=row.title,
        format=row.format,
        encoding=row.encoding,
        source_path=row.source_path,
        sha256=text.sha256,
        length=text.length,
        imported=row.imported,
    )


class DocumentRepository:
    """Reads and writes documents and versions inside a session the caller commits."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _latest(self, document_id: int, first: Any, second: Any) -> tuple[Any, Any] | None:
        """Two columns (or entities) of a document's latest version joined with its text, or None."""
        query = (
            select(first, second)
            .join(TextRow, TextRow.id == VersionRow.text_id)
            .where(VersionRow.document_id == document_id)
            .order_by(VersionRow.number.desc())
            .limit(1)
        )
        row = self.session.execute(query).first()
        return (row[0], row[1]) if row else None

    def _latest_row(self, document_id: int) -> tuple[VersionRow, TextRow] | None:
        return self._latest(document_id, VersionRow, TextRow)

    def latest_version(self, document_id: int) -> tuple[int, int] | None:
        """The id and text length of a document's latest version, or None: what storing a note needs,
        without reading the text and outline (a 1 MB report's took ~20 ms a note)."""
        return self._latest(document_id, VersionRow.id, TextRow.length)

    def get(self, document_id: int) -> DocumentRecord | None:
        """A document with its latest version, or None."""
        document = self.session.get(DocumentRow, document_id)
        latest = self._latest_row(document_id) if document else None
        if document is None or latest is None:
            return None
        count = self.session.scalar(select(func.count()).where(VersionRow.document_id == document_id)) or 0
        return DocumentRecord(
            id=document.id,
            title=document.title,
            source_path=document.source_path,
            created=document.created,
            latest=_version(*latest),
            version_count=count,
        )

    def find_by_path(self, source_path: str) -> DocumentRecord | None:
        """The document imported from ``source_path`` (the most recent if several), also when only
        one of its later versions came from there (a revised draft stored under another name)."""
        document_id = self.session.scalar(
            select(DocumentRow.id).where(DocumentRow.source_path == source_path).order_by(DocumentRow.id.desc())
        )
        if document_id is None:
            document_id = self.session.scalar(
                select(VersionRow.document_id)
                .where(VersionRow.source_path == source_path)
                .order_by(VersionRow.id.desc())
                .limit(1)
            )
        return self.get(document_id) if document_id is not None else None

    def all(self) -> list[DocumentRecord]:
        """Every document, oldest first."""
        ids = self.session.scalars(select(DocumentRow.id).order_by(DocumentRow.id)).all()
        return [record for i in ids if (record := self.get(i)) is not None]

    def listing(self, head: int) -> list[ListingRecord]:
        """Every document, oldest first, as :class:`ListingRecord` with the first ``head`` characters."""
        rows = self.session.execute(_LISTING, {"head": head})
        return [ListingRecord(*row) for row in rows]

    def heads(self, document_ids: list[int], head: int) -> dict[int, str]:
        """The first ``head`` characters of the latest text of each of ``document_ids``."""
        if not document_ids:
            return {}
        return {row[0]: row[1] for row in self.session.execute(_HEADS, {"head": head, "ids": document_ids})}

    def latest_texts(self, document_ids: list[int]) -> dict[int, tuple[str, str | None, str]]:
        """(latest version's title, source path, latest text) of each of ``document_ids`` that exists."""
        if not document_ids:
            return {}
        rows = self.session.execute(_LATEST_TEXTS, {"ids": document_ids})
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    def create(self, title: str, source_path: str | None) -> int:
        """A new document row; returns its id."""
        row = DocumentRow(title=title, source_path=source_path, created=datetime.now(UTC))
        self.session.add(row)
        self.session.flush()
        return row.id

    def _text_id(self, text: str, sha256: str) -> int:
        text_id = self.session.scalar(select(TextRow.id).where(TextRow.sha256 == sha256))
        if text_id is None:
            row = TextRow(sha256=sha256, length=len(text), body=text)
            self.session.add(row)
            self.session.flush()
            text_id = row.id
        return text_id

    def add_version(self, document_id: int, document: Document, source_path: str | None) -> VersionRecord:
        """Store ``document`` as the next version of ``document_id`` and point the document at it."""
        sha256 = content_hash(document.text)
        latest = self._latest_row(document_id)
        row = VersionRow(
            document_id=document_id,
            number=(latest[0].number + 1) if latest else 1,
            text_id=self._text_id(document.text, sha256),
            title=document.title,
            format=document.format,
            encoding=document.encoding,
            source_path=source_path,
            outline=outline_codec.dump(document.sections),
            imported=datetime.now(UTC),
        )
        self.session.add(row)
        parent = self.session.get(DocumentRow, document_id)
        if parent is not None:
            parent.title = document.title
            parent.source_path = source_path or parent.source_path
        self.session.flush()
        text_row = self.session.get(TextRow, row.text_id)
        assert text_row is not None
        return _version(row, text_row)

    def text(self, version_id: int) -> str:
        """The decoded text of a version."""
        query = (
            select(TextRow.body).join(VersionRow, VersionRow.text_id == TextRow.id).where(VersionRow.id == version_id)
        )
        body = self.session.scalar(query)
        if body is None:
            raise KeyError(version_id)
        return body

    def load(self, version_id: int) -> Document:
        """A version as a core :class:`Document` (text, title, outline; no display blocks)."""
        row = self.session.get(VersionRow, version_id)
        if row is None:
            raise KeyError(version_id)
        return Document(
            text=self.text(version_id),
            title=row.title,
            format=row.format,
            blocks=[],
            sections=outline_codec.load(row.outline),
            encoding=row.encoding,
        )
