"""Where Piyue finds its resources and keeps its data (one resolver for GUI and CLI)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs("piyue", appauthor=False)


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in ``piyue.resources`` (the top-level ``resources/`` folder)."""
    base = resources.files("piyue.resources")
    return Path(str(base.joinpath(*parts)))


def sample_report() -> Path:
    """The bundled sample report opened on first start."""
    return resource_path("samples", "chaoyang-2026.md")


def data_dir() -> Path:
    """The user data directory (``PIYUE_DATA_DIR`` overrides)."""
    override = os.environ.get("PIYUE_DATA_DIR")
    return Path(override) if override else Path(_DIRS.user_data_dir)


def cache_dir() -> Path:
    """The user cache directory (``PIYUE_CACHE_DIR`` overrides)."""
    override = os.environ.get("PIYUE_CACHE_DIR")
    return Path(override) if override else Path(_DIRS.user_cache_dir)


SERVER_SCHEMES = ("postgresql://", "postgres://")


class DatabaseLocationError(ValueError):
    """``--db`` / ``PIYUE_DB`` names something that is neither a file path nor a PostgreSQL URL."""


def database_path(cli_value: str | None = None, shared: str | None = None) -> Path | str:
    """Where the library is: ``--db`` first, then ``PIYUE_DB``, then the preference "Shared library"
    (``shared``), then ``piyue.sqlite3`` in the data directory.

    A ``postgresql://`` URL is returned as a string, a file as a :class:`Path`; any other URL
    (``mysql://…``) raises :class:`DatabaseLocationError` instead of becoming a file named like it.
    """
    for value in (cli_value, os.environ.get("PIYUE_DB"), shared):
        if value and value.strip():
            text = value.strip()
            if text.lower().startswith(SERVER_SCHEMES):
                return text
            if "://" in text:
                scheme = text.split("://", 1)[0]
                raise DatabaseLocationError(
                    f"unsupported database {scheme}://…; use a file path or a postgresql://user@host:port/dbname URL"
                )
            return Path(text).expanduser()
    return data_dir() / "piyue.sqlite3"
