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
ranked, without computing ``ts_rank`` over the whole match list. A term with fewer matches than that is ranked
over all of them, exactly as without the cap. How the newest matches are found depends on how many there are
(the planner's estimate, :func:`walk_newest`): a very common word by walking the passages newest first until
enough match; a rarer one through the GIN index, sorting its matches by id. A term that is one word (发展)
is looked up by its word alone: a passage holding the word holds its characters in a row.

Index writes take a transaction-level advisory lock: several processes may index at once without indexing the same
thing twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import TextClause, text

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
#: Where a candidate must match: every term's characters in a row and its words; its words alone when every term
#: is one word; its characters alone when no term has words (single characters).
_FILTERS = {
    "both": "chars @@ CAST(:chars AS tsquery) AND words @@ CAST(:words AS tsquery)",
    "words": "words @@ CAST(:words AS tsquery)",
    "chars": "chars @@ CAST(:chars AS tsquery)",
}
#: The newest matches: walking the primary key backwards (``id``), or sorting the index's matches (``id + 0``
#: keeps the planner from walking the key).
_NEWEST = {True: " ORDER BY id DESC LIMIT :cap) AS newest", False: " ORDER BY id + 0 DESC LIMIT :cap) AS newest"}


def _candidates(where: str, walk: bool) -> TextClause:
    rank = _CHARS_RANK if where == "chars" else f"{_WORDS_RANK} + {_CHARS_RANK}"
    columns = "id, chars" if where == "chars" else "id, words, chars"
    return text(
        f"SELECT id, {rank} AS score FROM (SELECT {columns} FROM search_segments WHERE {_FILTERS[where]}"
        + _NEWEST[walk]
        + _ORDER
    )


_CANDIDATES = {(where, walk): _candidates(where, walk) for where in _FILTERS for walk in (True, False)}
_ESTIMATES = {
    where: text(f"EXPLAIN (FORMAT JSON) SELECT id FROM search_segments WHERE {f}") for where, f in _FILTERS.items()
}
_PASSAGES = text("SELECT reltuples FROM pg_class WHERE relname = 'search_segments'")


def cap(limit: int) -> int:
    """How many of a query's newest matches are ranked: as many as the search loop would look at for ``limit``
    hits (:data:`~piyue.storage.search_fts.MAX_BATCHES` batches of ``max(2 × limit, 20)``)."""
    return MAX_BATCHES * max(2 * limit, 20)


def walk_newest(matches: float, passages: float, newest: int) -> bool:
    """Whether the ``newest`` of ``matches`` among ``passages`` are found faster by walking the passages newest
    first (about ``newest × passages / matches`` looked at) than by sorting every match the index finds (measured
    at 1,000 reports: about as costly per passage; equal when ``matches² = newest × passages``)."""
    return matches * matches > newest * passages


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
        one_word_each = all(term.words == (term.text,) for term in terms)
        where = "chars" if not words else "words" if one_word_each else "both"
        newest = cap(limit)
        statement = _CANDIDATES[where, self._walk(where, {"words": words, "chars": chars}, newest)] if terms else None

        def candidates(_fts_expression: str, limit: int, offset: int) -> list[tuple[int, float]]:
            params = {"words": words, "chars": chars, "limit": limit, "offset": offset, "cap": newest}
            assert statement is not None  # run_search asks only when there are terms
            return [(row[0], -float(row[1])) for row in self.session.execute(statement, params).all()]

        def details(ids: list[int]) -> dict[int, Any]:
            return {row.id: row._mapping for row in self.session.execute(_DETAILS, {"ids": ids})}

        return run_search(self.analyzer, query, limit, candidates, details)

    def _walk(self, where: str, params: dict[str, str], newest: int) -> bool:
        """Whether to find the newest matches by walking the passages (see :func:`walk_newest`), from the planner's
        estimates of the matches and the passages."""
        plan: Any = self.session.execute(_ESTIMATES[where], params).scalar()
        if isinstance(plan, str):
            plan = json.loads(plan)
        matches = float(plan[0]["Plan"]["Plan Rows"]) if plan else 0.0
        passages = float(self.session.execute(_PASSAGES).scalar() or 0)
        return walk_newest(matches, passages, newest)
