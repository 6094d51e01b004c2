"""Alembic migration environment of the Piyue database (run by piyue.storage.migrate)."""
