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


def database_path(cli_value: str | None = None) -> Path:
    """The database file: ``--db`` first, then ``PIYUE_DB``, then ``piyue.sqlite3`` in the data directory."""
    if cli_value:
        return Path(cli_value)
    env = os.environ.get("PIYUE_DB")
    if env:
        return Path(env)
    return data_dir() / "piyue.sqlite3"
