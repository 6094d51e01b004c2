"""The portable tables of the search index (revision 0002), as SQLAlchemy Core tables.

``search_sources``: one row per indexed thing, the latest version of a document or a note (with the
note's ``updated`` stamp, to see when it needs re-indexing). ``search_segments``: the passages of a source
(code-point spans into the version's text or the note's body) and the section they fall in. Deleting a
document, a version or a note deletes its rows (ON DELETE CASCADE).
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, Text

from piyue.storage.orm import UTCDateTime

metadata = MetaData()

sources = Table(
    "search_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("version_id", Integer, ForeignKey("versions.id", ondelete="CASCADE"), unique=True),
    Column("note_id", String(36), ForeignKey("notes.id", ondelete="CASCADE"), unique=True),
    Column("stamp", UTCDateTime()),
)

segments = Table(
    "search_segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("search_sources.id", ondelete="CASCADE"), nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("section", Text),
)
