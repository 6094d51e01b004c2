"""The services the main window works with, built in one place (called by :mod:`piyue.app`, the
composition root): the document session with its library handle, storing opened documents, the loader
(reading, analysing, storing off the UI thread) and library search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from piyue.ui.library_store import LibraryStore
from piyue.ui.loader import DocumentLoader
from piyue.ui.search_service import SearchService
from piyue.ui.session import DocumentSession, LibraryOpener

if TYPE_CHECKING:
    from piyue.services.ports import LibraryPort


@dataclass(frozen=True, slots=True)
class Services:
    """What the window and its controllers are given."""

    session: DocumentSession
    loader: DocumentLoader
    search: SearchService
    store: LibraryStore | None  # None: documents are not stored (no library)


def build_services(
    library: LibraryPort | None = None,
    *,
    opener: LibraryOpener | None = None,
    restorer: LibraryOpener | None = None,
    library_override: str = "",
) -> Services:
    """The services over ``library`` (or the one ``opener`` opens on first use; ``restorer`` puts the
    newest backup in place of a damaged one; ``library_override`` is the library named on the command line)."""
    session = DocumentSession(library, opener=opener, restorer=restorer, library_override=library_override)
    store = LibraryStore(session) if session.opens_library else None
    loader = DocumentLoader(store.store if store is not None else None)
    search = SearchService(lambda: session.library)
    return Services(session, loader, search, store)
