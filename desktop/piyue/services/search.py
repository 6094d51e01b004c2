"""Library-wide search for the command line (DESIGN.md §6 ``search``), fast when the index is current.

:func:`search_library` first reads an up-to-date SQLite index directly (``sqlite3`` only, the query cut
from jieba's saved word store: neither SQLAlchemy nor jieba's model is loaded); when the index has to
catch up, or the database is not a SQLite file, it opens the library the full way, which brings the
index up to date (read-only when another process holds the library).
"""

from __future__ import annotations

from piyue.storage.search_index import SearchHit  # a plain record (loads no SQLAlchemy): the window's hit type

__all__ = ["SearchHit", "search_library"]


def search_library(db: str | None, query: str, limit: int = 20) -> list[SearchHit]:
    """The best ``limit`` hits for ``query`` across the library (``--db`` value ``db``, else ``PIYUE_DB``, else
    the "Shared library" preference, else the user's file); raises StorageError (DatabaseLocationError for a
    ``--db`` that is neither a file nor a PostgreSQL URL)."""
    from pathlib import Path

    from piyue.segment import search_analyzer
    from piyue.services.database import database_location

    analyzer = search_analyzer()
    location = database_location(db)
    if isinstance(location, Path):  # a server's library is searched by the server
        from piyue.storage.quick_search import search_file

        hits = search_file(location, analyzer, query, limit)
        if hits is not None:
            return hits
    from piyue.storage import Library

    with Library.open(location, analyzer=analyzer) as library:
        return library.search(query, limit)
