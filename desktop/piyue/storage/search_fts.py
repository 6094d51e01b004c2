"""Querying the SQLite FTS5 search index, without SQLAlchemy: the SQL, the MATCH expression, the candidate
loop and the hits. :class:`~piyue.storage.search_sqlite.SqliteSearchIndex` (inside a SQLAlchemy session) and
:mod:`piyue.storage.quick_search` (a bare ``sqlite3`` connection, for a fast ``piyue search``) both run it,
each through its own two callbacks.

Ranking is cheap so that search answers while the user types, even for a word found in nearly every
passage (发展, 建设): FTS5 hands the matches out newest first (descending rowid, no sort and no bm25
statistics over the whole match list), in windows of :data:`WINDOW` passages; each window's passages are
checked and scored here (BM25's term-frequency and length part, :func:`passage_score`), and the loop stops
at the end of the first window that completes ``limit`` hits. A term found in fewer passages than a window
is thus ranked over all of its passages; a very common one over the newest ones. Every match can still be
reached with a large enough ``limit``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from piyue.storage.search_index import Analyzer, QueryTerm, SearchHit, find_spans, parse_query, snippet_window

WORDS_WEIGHT = 1.0
CHARS_WEIGHT = 0.3
MAX_BATCHES = 20
#: How many candidate passages are fetched, checked and ranked together (see the module docstring).
WINDOW = 50
#: BM25's parameters and the typical passage length (characters) for :func:`passage_score`.
BM25_K1 = 1.2
BM25_B = 0.75
TYPICAL_PASSAGE = 120

#: Matching segment ids, newest first, below a rowid (keyset paging, no ranking over the whole match list).
CANDIDATES_SQL = (
    "SELECT rowid FROM search_fts WHERE search_fts MATCH :query AND rowid < :below ORDER BY rowid DESC LIMIT :limit"
)
_NO_ROWID = 2**63 - 1
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

#: (MATCH expression, limit, offset) → [(rowid, rank)], best first (ranked backends: PostgreSQL).
Candidates = Callable[[str, int, int], Sequence[Sequence[Any]]]
#: (MATCH expression, below, limit) → [(rowid,)], matching rowids under ``below`` in descending order.
WindowCandidates = Callable[[str, int, int], Sequence[Sequence[Any]]]
#: segment ids → {segment id: row mapping with the columns of DETAILS_SQL}.
Details = Callable[[list[int]], Mapping[int, Mapping[str, Any]]]


def _phrase(tokens: Sequence[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def fts_query(terms: Sequence[QueryTerm]) -> str:
    """The FTS5 MATCH expression: per term its characters as a phrase AND each of its short words.

    A term that is one word (发展, pm2.5) needs only its word: a passage holding that word holds its
    characters in a row, so the character phrase (the costliest clause) would find nothing more."""
    parts: list[str] = []
    for term in terms:
        words = [f"words : {_phrase([w])}" for w in term.words]
        clauses = words if term.words == (term.text,) else [f"chars : {_phrase(term.chars)}", *words]
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


def passage_score(passage_length: int, occurrences: int) -> float:
    """BM25's term-frequency and length part for a passage: more occurrences in a shorter passage score higher
    (always > 0)."""
    norm = BM25_K1 * (1 - BM25_B + BM25_B * passage_length / TYPICAL_PASSAGE)
    return occurrences * (BM25_K1 + 1) / (occurrences + norm)


def run_window_search(
    analyzer: Analyzer, query: str, limit: int, candidates: WindowCandidates, details: Details
) -> list[SearchHit]:
    """The best ``limit`` hits for ``query``, best first: windows of candidates newest first, each checked
    against its passage's normalised text (every term must occur) and scored with :func:`passage_score`,
    until a window completes ``limit`` hits (see the module docstring)."""
    terms = [t for t in (analyzer.query_term(raw) for raw in parse_query(query)) if t.chars]
    if not terms or limit <= 0:
        return []
    expression = fts_query(terms)
    needles = [t.text for t in terms]
    budget = MAX_BATCHES * max(2 * limit, WINDOW)  # candidates looked at, at most
    below = _NO_ROWID
    hits: list[SearchHit] = []
    while budget > 0 and len(hits) < limit:
        ids = [row[0] for row in candidates(expression, below, min(WINDOW, budget))]
        if not ids:
            break
        rows = details(ids)
        for rowid in ids:
            hit = make_hit(analyzer, rows.get(rowid), needles)
            if hit is not None:
                hits.append(hit)
        budget -= len(ids)
        below = ids[-1]
        if len(ids) < WINDOW:
            break
    hits.sort(key=lambda h: -h.score)  # stable: equal scores stay newest first
    return hits[:limit]


def make_hit(
    analyzer: Analyzer, row: Mapping[str, Any] | None, needles: Sequence[str], score: float | None = None
) -> SearchHit | None:
    """The hit of one candidate row, or None when a term does not occur in its passage; scored with
    :func:`passage_score` unless ``score`` is given."""
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
    if score is None:
        score = passage_score(len(passage), len(local))
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
