"""The search index on PostgreSQL: each passage's analyzer tokens as two ``tsvector`` columns of
``search_segments`` (revision 0004), ``words`` (jieba words, search mode) and ``chars`` (every letter and
digit), each token a lexeme at its position, with a GIN index on each.

The vectors and queries are built from the analyzer's tokens directly (``'token':position`` literals cast to
``tsvector`` / ``tsquery``), never through a text-search configuration, so the server matches exactly the
tokens SQLite's FTS5 table holds: a term's characters as a phrase (``'c1' <-> 'c2'``) AND its short words.
Candidates are ranked by ``ts_rank`` (words weigh more than characters) and checked against the passage's
normalised text like on SQLite, so both backends return the same hits.

Ranking is capped so that search answers while the user types even for a word in nearly every passage (发展,
建设), as on SQLite: only the newest :func:`cap` matches (the most the search loop would ever look at) are
ranked, found newest first (descending id) without computing ``ts_rank`` over the whole match list. A term with
fewer matches than that is ranked over all of them, exactly as without the cap. Index writes take a transaction-level
advisory lock: several processes may index at once without indexing the same thing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from piyue.core.anchoring import Note
from piyue.core.model import Document
from piyue.storage.search_fts import CHARS_WEIGHT, MAX_BATCHES, WORDS_WEIGHT, run_search
from piyue.storage.search_index import QueryTerm, SearchHit, parse_query
from piyue.storage.search_sqlite import _DETAILS, SqliteSearchIndex

INDEX_LOCK = 0x70697976  # pg_advisory_xact_lock key of search-index writes
MAX_POSITION = 16383  # PostgreSQL's largest lexeme position

_INSERT = text(
    "INSERT INTO search_segments (source_id, start_offset, end_offset, section, words, chars) "
    "VALUES (:source_id, :start_offset, :end_offset, :section, CAST(:words AS tsvector), CAST(:chars AS tsvector))"
)
_CHARS_RANK = f"ts_rank(chars, CAST(:chars AS tsquery)) * {CHARS_WEIGHT}"
_WORDS_RANK = f"ts_rank(words, CAST(:words AS tsquery)) * {WORDS_WEIGHT}"
_ORDER = " ORDER BY score DESC, id LIMIT :limit OFFSET :offset"
_NEWEST = " ORDER BY id DESC LIMIT :cap) AS newest"
_CANDIDATES = text(
    f"SELECT id, {_WORDS_RANK} + {_CHARS_RANK} AS score FROM (SELECT id, words, chars FROM search_segments "
    "WHERE chars @@ CAST(:chars AS tsquery) AND words @@ CAST(:words AS tsquery)" + _NEWEST + _ORDER
)
_CANDIDATES_BY_CHARS = text(  # a query without words (single characters)
    f"SELECT id, {_CHARS_RANK} AS score FROM (SELECT id, chars FROM search_segments "
    "WHERE chars @@ CAST(:chars AS tsquery)" + _NEWEST + _ORDER
)


def cap(limit: int) -> int:
    """How many of a query's newest matches are ranked: as many as the search loop would look at for ``limit``
    hits (:data:`~piyue.storage.search_fts.MAX_BATCHES` batches of ``max(2 × limit, 20)``)."""
    return MAX_BATCHES * max(2 * limit, 20)


def _quoted(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def vector(tokens: str) -> str:
    """A ``tsvector`` literal of space-separated tokens, each at its position (1, 2, …)."""
    return " ".join(f"{_quoted(t)}:{min(n, MAX_POSITION)}" for n, t in enumerate(tokens.split(), 1))


def queries(terms: Sequence[QueryTerm]) -> tuple[str, str]:
    """The ``tsquery`` literals (words, characters) of the query terms: all words, each term's characters as
    a phrase, everything ANDed ('' for words when no term has any)."""
    words = [_quoted(w) for term in terms for w in term.words]
    phrases = ["(" + " <-> ".join(_quoted(c) for c in term.chars) + ")" for term in terms]
    return " & ".join(words), " & ".join(phrases)


class PostgresSearchIndex(SqliteSearchIndex):
    """:class:`~piyue.storage.search_index.SearchIndex` on PostgreSQL (see the module docstring)."""

    def _lock(self) -> None:
        self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": INDEX_LOCK})

    def _store(self, source_id: int, body: str, spans: Sequence[tuple[int, int]], sections: Sequence[str | None]):
        rows: list[dict[str, Any]] = []
        for (start, end), section in zip(spans, sections, strict=True):
            terms = self.analyzer.index_terms(body[start:end])
            if not terms.chars:
                continue
            rows.append(
                {
                    "source_id": source_id,
                    "start_offset": start,
                    "end_offset": end,
                    "section": section,
                    "words": vector(terms.words),
                    "chars": vector(terms.chars),
                }
            )
        if rows:
            self.session.execute(_INSERT, rows)

    def index_version(self, document_id: int, version_id: int, document: Document) -> None:
        """Index ``document`` as the current text of ``document_id`` (under the index lock)."""
        self._lock()
        super().index_version(document_id, version_id, document)

    def index_note(self, note: Note) -> None:
        """Index (or re-index) a note's body (under the index lock)."""
        self._lock()
        super().index_note(note)

    def remove_note(self, note_id: str) -> None:
        """Drop a note from the index (under the index lock)."""
        self._lock()
        super().remove_note(note_id)

    def refresh(self) -> int:
        """Index what changed without the index; one process at a time."""
        self._lock()
        return super().refresh()

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best ``limit`` hits for ``query``, best first (every hit contains every term), like on SQLite."""
        terms = [t for t in (self.analyzer.query_term(raw) for raw in parse_query(query)) if t.chars]
        words, chars = queries(terms)
        statement = _CANDIDATES if words else _CANDIDATES_BY_CHARS
        newest = cap(limit)

        def candidates(_fts_expression: str, limit: int, offset: int) -> list[tuple[int, float]]:
            params = {"words": words, "chars": chars, "limit": limit, "offset": offset, "cap": newest}
            return [(row[0], -float(row[1])) for row in self.session.execute(statement, params).all()]

        def details(ids: list[int]) -> dict[int, Any]:
            return {row.id: row._mapping for row in self.session.execute(_DETAILS, {"ids": ids})}

        return run_search(self.analyzer, query, limit, candidates, details)
