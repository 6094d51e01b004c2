"""Querying the SQLite FTS5 search index, without SQLAlchemy: the SQL, the MATCH expression, the batch loop
and the hits. :class:`~piyue.storage.search_sqlite.SqliteSearchIndex` (inside a SQLAlchemy session) and
:mod:`piyue.storage.quick_search` (a bare ``sqlite3`` connection, for a fast ``piyue search``) both run it,
each through its own two callbacks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from piyue.storage.search_index import Analyzer, QueryTerm, SearchHit, find_spans, parse_query, snippet_window

WORDS_WEIGHT = 1.0
CHARS_WEIGHT = 0.3
MAX_BATCHES = 20

CANDIDATES_SQL = (
    f"SELECT rowid, bm25(search_fts, {WORDS_WEIGHT}, {CHARS_WEIGHT}) AS rank FROM search_fts "
    "WHERE search_fts MATCH :query ORDER BY rank LIMIT :limit OFFSET :offset"
)
#: The details of candidate segments; ``{ids}`` is replaced by the parenthesised placeholders of the ids.
DETAILS_SQL = (
    "SELECT seg.id, seg.start_offset, seg.end_offset, seg.section, src.document_id, src.version_id, "
    "src.note_id, d.title, d.source_path, n.start_offset AS anchor_start, n.end_offset AS anchor_end, "
    "substr(coalesce(t.body, n.body), seg.start_offset + 1, seg.end_offset - seg.start_offset) AS passage "
    "FROM search_segments seg JOIN search_sources src ON src.id = seg.source_id "
    "JOIN documents d ON d.id = src.document_id "
    "LEFT JOIN versions v ON v.id = src.version_id LEFT JOIN texts t ON t.id = v.text_id "
    "LEFT JOIN notes n ON n.id = src.note_id WHERE seg.id IN {ids}"
)

#: (MATCH expression, limit, offset) → [(rowid, rank)], best first.
Candidates = Callable[[str, int, int], Sequence[Sequence[Any]]]
#: segment ids → {segment id: row mapping with the columns of DETAILS_SQL}.
Details = Callable[[list[int]], Mapping[int, Mapping[str, Any]]]


def _phrase(tokens: Sequence[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def fts_query(terms: Sequence[QueryTerm]) -> str:
    """The FTS5 MATCH expression: per term its characters as a phrase AND each of its short words."""
    parts: list[str] = []
    for term in terms:
        clauses = [f"chars : {_phrase(term.chars)}"] + [f"words : {_phrase([w])}" for w in term.words]
        parts.append("(" + " AND ".join(clauses) + ")")
    return " AND ".join(parts)


def run_search(analyzer: Analyzer, query: str, limit: int, candidates: Candidates, details: Details) -> list[SearchHit]:
    """The best ``limit`` hits for ``query``, best first: candidates in bm25 order, each checked against
    its passage's normalised text (every term must occur), in batches."""
    terms = [t for t in (analyzer.query_term(raw) for raw in parse_query(query)) if t.chars]
    if not terms or limit <= 0:
        return []
    expression = fts_query(terms)
    needles = [t.text for t in terms]
    batch = max(2 * limit, 20)
    hits: list[SearchHit] = []
    for number in range(MAX_BATCHES):
        ranked = candidates(expression, batch, number * batch)
        if ranked:
            rows = details([r[0] for r in ranked])
            for rowid, rank in ranked:
                hit = make_hit(analyzer, rows.get(rowid), needles, -rank)
                if hit is not None:
                    hits.append(hit)
                    if len(hits) == limit:
                        return hits
        if len(ranked) < batch:
            break
    return hits


def make_hit(
    analyzer: Analyzer, row: Mapping[str, Any] | None, needles: Sequence[str], score: float
) -> SearchHit | None:
    """The hit of one candidate row, or None when a term does not occur in its passage."""
    if row is None or row["passage"] is None:
        return None
    passage = row["passage"]
    local = find_spans(analyzer.normalize(passage), needles)
    if not local:
        return None
    context, context_spans = snippet_window(passage, local)
    offset = row["start_offset"]
    spans = tuple((offset + s, offset + e) for s, e in local)
    is_note = row["note_id"] is not None
    return SearchHit(
        kind="note" if is_note else "text",
        document_id=row["document_id"],
        document_path=row["source_path"],
        title=row["title"],
        version_id=row["version_id"],
        note_id=row["note_id"],
        start=spans[0][0],
        end=spans[0][1],
        score=score,
        section=row["section"],
        context=context,
        context_spans=context_spans,
        spans=spans,
        anchor=(row["anchor_start"], row["anchor_end"]) if is_note else None,
    )
