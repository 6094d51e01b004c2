"""Search served by PostgreSQL: the passages' words and characters as ``tsvector`` columns with GIN indexes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

On PostgreSQL, ``search_segments`` gains ``words`` and ``chars`` (the analyzer's jieba words and characters,
each token a lexeme at its position, so a term's characters can be looked up as a phrase) and a GIN index on
each; ``piyue.storage.search_postgres`` fills and queries them. SQLite keeps its FTS5 table (revision 0002):
nothing changes there. Existing passages have no vectors yet and are indexed again by the next refresh.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the vectors and their GIN indexes (PostgreSQL only); passages without vectors are dropped so that
    the next refresh indexes them again."""
    if op.get_bind().dialect.name != "postgresql":
        return
    from sqlalchemy.dialects.postgresql import TSVECTOR

    op.execute("DELETE FROM search_sources")  # segments go with them (ON DELETE CASCADE)
    op.add_column("search_segments", sa.Column("words", TSVECTOR(), nullable=True))
    op.add_column("search_segments", sa.Column("chars", TSVECTOR(), nullable=True))
    op.create_index("ix_search_segments_words", "search_segments", ["words"], postgresql_using="gin")
    op.create_index("ix_search_segments_chars", "search_segments", ["chars"], postgresql_using="gin")


def downgrade() -> None:
    """Drop the vectors (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_search_segments_chars", "search_segments")
    op.drop_index("ix_search_segments_words", "search_segments")
    op.drop_column("search_segments", "chars")
    op.drop_column("search_segments", "words")
