"""The database rows (SQLAlchemy 2.0 typed ORM). Dialect-neutral: no SQLite-only types or SQL.

Rows never leave the storage room; repositories turn them into the core's dataclasses.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

_SQLITE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # what SQLAlchemy's SQLite DATETIME stores


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime, stored naive in UTC (portable across dialects).

    On SQLite the text is read with ``datetime.fromisoformat`` (C code) instead of SQLAlchemy's
    regular expression, which made loading 10,000 notes several times slower; the stored text
    is the same as SQLAlchemy's DATETIME writes, so existing databases read unchanged.
    """

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        """Text on SQLite (parsed here), the dialect's DATETIME elsewhere."""
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(26))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        naive = value.astimezone(UTC).replace(tzinfo=None)
        return naive.strftime(_SQLITE_FORMAT) if dialect.name == "sqlite" else naive

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        """On SQLite one plain function per value, the text parsed as UTC directly (SQLAlchemy's wrapper around
        :meth:`process_result_value` and ``replace`` doubled the cost of loading 10,000 notes)."""
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        parse = datetime.fromisoformat

        def process(value: str | None) -> datetime | None:
            if value is None:
                return None
            try:
                return parse(value + "+00:00")  # stored naive in UTC; parsed aware at once (no replace())
            except ValueError:
                return parse(value).replace(tzinfo=UTC)

        return process

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Base of every row class; its metadata is the schema Alembic migrates to."""


class DocumentRow(Base):
    """A report, across all its versions."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    source_path: Mapped[str | None] = mapped_column(Text, index=True)
    created: Mapped[datetime] = mapped_column(UTCDateTime())


class TextRow(Base):
    """A decoded text, stored once whatever the number of versions (or documents) that share it."""

    __tablename__ = "texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    length: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)


class VersionRow(Base):
    """One imported state of a document: its text, outline and where it came from."""

    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("document_id", "number", name="uq_versions_document_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text_id: Mapped[int] = mapped_column(ForeignKey("texts.id"))
    title: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(16))
    encoding: Mapped[str] = mapped_column(String(32))
    source_path: Mapped[str | None] = mapped_column(Text)
    outline: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    imported: Mapped[datetime] = mapped_column(UTCDateTime())


class NoteRow(Base):
    """A note with its anchor (W3C quote and position selectors, section path) and anchor state."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_document_state", "document_id", "state"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"))  # the text the offsets refer to
    kind: Mapped[str] = mapped_column(String(16))
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text)
    suffix: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    section_path: Mapped[list[str]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16))
    prior_quote: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(String(200))
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    updated: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, server_default="1")  # revision 0003


class TagRow(Base):
    """A tag name, shared by the notes that carry it."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class NoteTagRow(Base):
    """Which note carries which tag."""

    __tablename__ = "note_tags"

    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True)
