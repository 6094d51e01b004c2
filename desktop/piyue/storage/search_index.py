"""Library-wide search: the interface, the hit it returns, query parsing and snippets.

The index holds the passages (lines, long ones cut at sentence ends) of the latest version of every
document, and the body of every note. What is stored for a passage and how a query term is looked up
comes from an :class:`Analyzer` (``piyue.segment.SearchAnalyzer``: jieba words and single characters);
the storage room never imports jieba. :class:`SearchIndex` is the interface a database provides;
:mod:`piyue.storage.search_sqlite` is the SQLite FTS5 implementation, chosen by :func:`search_index_for`.

Query syntax: words separated by spaces must all occur (AND); ``"…"`` (or “…”, 「…」) is one phrase
with its spaces. A term matches a passage that contains it, after NFKC and lower-casing, where its
2- and 3-character words and Latin/digit runs are words of the passage, so 营商环境 finds 营商环境 but not
环境 alone, and 消费 is not found in 取消费用.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # (not imported at run time: the read-only search path loads no SQLAlchemy)
    from sqlalchemy.orm import Session

    from piyue.core.anchoring import Note
    from piyue.core.model import Document

MARK_OPEN = "«"
MARK_CLOSE = "»"
SNIPPET_BEFORE = 20
SNIPPET_LENGTH = 80
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+)')


class Normalized(Protocol):
    """A normalised text with its map back to original offsets (``piyue.segment.Normalized``)."""

    @property
    def text(self) -> str: ...

    def span(self, start: int, end: int) -> tuple[int, int]: ...


class IndexTerms(Protocol):
    """The space-separated words and characters stored for a passage."""

    @property
    def words(self) -> str: ...

    @property
    def chars(self) -> str: ...


class QueryTerm(Protocol):
    """How one query term is looked up: its normalised text, required words, characters in order."""

    @property
    def text(self) -> str: ...

    @property
    def words(self) -> tuple[str, ...]: ...

    @property
    def chars(self) -> tuple[str, ...]: ...


class Analyzer(Protocol):
    """The text side of search, provided by the segmentation room (``piyue.segment.SearchAnalyzer``)."""

    def normalize(self, text: str) -> Normalized: ...

    def passages(self, text: str) -> list[tuple[int, int]]: ...

    def index_terms(self, text: str) -> IndexTerms: ...

    def query_term(self, term: str) -> QueryTerm: ...


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One passage or note that matches a query.

    For ``kind == "text"`` the offsets are into the latest version of the document; for ``"note"`` into
    the note's body (``anchor`` then gives the passage the note is on). ``spans`` are every occurrence of
    the query's terms in the passage (absolute offsets), ``start``/``end`` the first of them.
    ``context`` is the plain snippet and ``context_spans`` the hits inside it; :attr:`snippet` marks them.
    """

    kind: str
    document_id: int
    document_path: str | None
    title: str
    version_id: int | None
    note_id: str | None
    start: int
    end: int
    score: float
    section: str | None
    context: str
    context_spans: tuple[tuple[int, int], ...]
    spans: tuple[tuple[int, int], ...] = field(default=())
    anchor: tuple[int, int] | None = None

    @property
    def id(self) -> int | str:
        """The document's id for a text hit, the note's id for a note hit."""
        return self.note_id if self.kind == "note" and self.note_id else self.document_id

    @property
    def snippet(self) -> str:
        """The context with every hit between « and »."""
        return mark(self.context, self.context_spans)

    def to_json(self) -> dict[str, object]:
        """The ``search --json`` shape of DESIGN.md §6."""
        return {
            "document": self.document_path,
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "snippet": self.snippet,
            "score": round(self.score, 4),
        }


class SearchIndex(Protocol):
    """What a database provides for library-wide search (within the caller's session/transaction)."""

    def index_version(self, document_id: int, version_id: int, document: Document) -> None:
        """Index ``document`` as the current text of ``document_id``, dropping its older versions."""
        ...

    def index_note(self, note: Note) -> None:
        """Index (or re-index) a note's body."""
        ...

    def remove_note(self, note_id: str) -> None:
        """Drop a note from the index."""
        ...

    def refresh(self) -> int:
        """Index whatever changed without the index (other processes, older databases); returns how many."""
        ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best ``limit`` hits for ``query``, best first."""
        ...


class SearchUnavailableError(Exception):
    """The database has no search index implementation."""


def search_index_for(session: Session, analyzer: Analyzer) -> SearchIndex:
    """The search index of the session's database."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        from piyue.storage.search_sqlite import SqliteSearchIndex

        return SqliteSearchIndex(session, analyzer)
    if dialect == "postgresql":
        from piyue.storage.search_postgres import PostgresSearchIndex

        return PostgresSearchIndex(session, analyzer)
    raise SearchUnavailableError(f"no search index for {session.get_bind().dialect.name} databases yet")


def parse_query(query: str) -> list[str]:
    """The terms of a query: quoted phrases whole, other words split at spaces; duplicates dropped."""
    terms: list[str] = []
    for match in _QUOTED.finditer(query):
        term = next((g for g in match.groups() if g is not None), "").strip()
        if term and term not in terms:
            terms.append(term)
    return terms


def find_spans(normalized: Normalized, terms: Sequence[str]) -> list[tuple[int, int]] | None:
    """Every occurrence of every term in a normalised passage, as original (start, end), merged and sorted;
    None when a term does not occur."""
    found: list[tuple[int, int]] = []
    haystack = normalized.text
    for term in terms:
        position = haystack.find(term)
        if position < 0:
            return None
        while position >= 0:
            found.append(normalized.span(position, position + len(term)))
            position = haystack.find(term, position + len(term))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def snippet_window(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around its first hit, with '…' where it was cut, and the hits inside it."""
    first = spans[0][0] if spans else 0
    start = max(0, first - SNIPPET_BEFORE)
    end = min(len(text), start + SNIPPET_LENGTH)
    start = max(0, min(start, end - SNIPPET_LENGTH))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    inside = tuple(
        (max(s, start) - start + len(prefix), min(e, end) - start + len(prefix))
        for s, e in spans
        if s < end and e > start
    )
    return prefix + text[start:end].replace("\n", " ") + suffix, inside


def mark(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span between « and »."""
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces += [text[position:start], MARK_OPEN, text[start:end], MARK_CLOSE]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
