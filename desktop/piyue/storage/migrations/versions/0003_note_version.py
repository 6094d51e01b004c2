"""Optimistic concurrency: a version number on every note, bumped by each stored edit.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Existing notes start at version 1. An edit made on an older version than the stored one is refused
(``piyue.storage.errors.EditConflictError``), so two reviewers never silently overwrite each other.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``notes.version`` (1 for every existing note)."""
    with op.batch_alter_table("notes") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    """Drop ``notes.version``."""
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("version")
