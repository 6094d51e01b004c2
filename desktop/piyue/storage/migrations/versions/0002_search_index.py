"""Search index: what is indexed (sources), its passages (segments) and, on SQLite, an FTS5 table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-02-01

The bookkeeping tables are portable; the full-text table and the trigger that keeps it in step with
``search_segments`` are SQLite's (FTS5). Another database provides its own full-text structure (see
``piyue.storage.search_index``). The index starts empty: the library fills it on first search.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "words, chars, tokenize = \"unicode61 remove_diacritics 0 tokenchars '._-'\")"
)
TRIGGER_DDL = (
    "CREATE TRIGGER search_segments_delete AFTER DELETE ON search_segments "
    "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END"
)


def upgrade() -> None:
    """Create the search tables (and the FTS5 table on SQLite)."""
    op.create_table(
        "search_sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("version_id", sa.Integer(), sa.ForeignKey("versions.id", ondelete="CASCADE"), nullable=True),
        sa.Column("note_id", sa.String(36), sa.ForeignKey("notes.id", ondelete="CASCADE"), nullable=True),
        sa.Column("stamp", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("version_id", name="uq_search_sources_version"),
        sa.UniqueConstraint("note_id", name="uq_search_sources_note"),
    )
    op.create_index("ix_search_sources_document_id", "search_sources", ["document_id"])
    op.create_table(
        "search_segments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("search_sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("section", sa.Text(), nullable=True),
    )
    op.create_index("ix_search_segments_source_id", "search_segments", ["source_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(FTS_DDL)
        op.execute(TRIGGER_DDL)


def downgrade() -> None:
    """Drop the search tables."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_segments_delete")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_segments")
    op.drop_table("search_sources")
