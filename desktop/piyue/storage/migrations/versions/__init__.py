"""Alembic revisions of the Piyue schema, one file per revision."""
