"""Benchmark: library-wide search over the corpus (issue 7).

1. Import and index the 32 corpus reports: indexing time against jieba's own segmentation of the
   same text (``lcut``, default mode; goal: within 2×).
2. Query latency (in-process, ``Library.search``, 20 hits) over a search-while-typing mix: policy terms,
   very common words (发展, 建设), single characters, two-word queries and the prefixes typed on the way.
3. The same over the corpus imported several times as distinct documents (~1,000 reports; goal: 95th
   percentile over the mix ≤ 30 ms). Printed against the baseline measured in the same run, on the same
   database: the former query (bm25 over every match, the character phrase for every term) through a bare
   ``sqlite3`` connection, next to today's query through the same kind of connection.

4. With ``--postgres``: the same mix on a throw-away PostgreSQL cluster (tests/postgres_cluster.py) holding the
   same ~1,000 reports, through ``Library.search``, against the former server query (``ts_rank`` over every
   match) through the same connection.

Run: ``.venv/bin/python bench/search.py [--copies 5] [--corpus ../shared/corpus] [--library PATH] [--postgres]``
(``--library``: keep the ~1,000-report database at PATH, and reuse it when it is already there).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from piyue.core.readers import read_document
from piyue.segment import search_analyzer
from piyue.segment.search_terms import SearchAnalyzer
from piyue.storage import Library
from piyue.storage.quick_search import _search as quick_search
from piyue.storage.search_fts import DETAILS_SQL, run_search
from piyue.storage.search_index import QueryTerm, SearchHit

#: What a user types: finished terms, the prefixes on the way, very common words, single characters,
#: two-word queries, a phrase, Latin and digits.
QUERIES = [
    "营",
    "营商",
    "营商环",
    "营商环境",
    "低空经济",
    "人工智能",
    "城中村改造",
    "消费",
    "发",
    "发展",
    "建设",
    "新质生产力 算力",
    "发展 建设",
    "科技 创新",
    '"扩大内需"',
    "PM2.5",
    "5G",
    "税",
    "的",
]
ROUNDS = 11
_LEGACY_CANDIDATES = (
    "SELECT rowid, bm25(search_fts, 1.0, 0.3) AS rank FROM search_fts "
    "WHERE search_fts MATCH :query ORDER BY rank LIMIT :limit OFFSET :offset"
)


def _legacy_expression(terms: Sequence[QueryTerm]) -> str:
    def phrase(tokens: Sequence[str]) -> str:
        return '"' + " ".join(tokens).replace('"', '""') + '"'

    parts = []
    for term in terms:
        clauses = [f"chars : {phrase(term.chars)}"] + [f"words : {phrase([w])}" for w in term.words]
        parts.append("(" + " AND ".join(clauses) + ")")
    return " AND ".join(parts)


def legacy_search(connection: sqlite3.Connection, analyzer: SearchAnalyzer, query: str, limit: int) -> list[SearchHit]:
    """The search as it was before the windowed ranking (the baseline): bm25 over every match."""

    def candidates(expression: str, limit: int, offset: int) -> Sequence[Sequence[Any]]:
        del expression
        params = {"query": legacy, "limit": limit, "offset": offset}
        return connection.execute(_LEGACY_CANDIDATES, params).fetchall()

    def details(ids: list[int]) -> dict[int, dict[str, Any]]:
        sql = DETAILS_SQL.format(ids="(" + ",".join("?" * len(ids)) + ")")
        return {row["id"]: dict(zip(row.keys(), row, strict=True)) for row in connection.execute(sql, ids)}

    from piyue.storage.search_index import parse_query

    legacy = _legacy_expression([t for t in (analyzer.query_term(q) for q in parse_query(query)) if t.chars])
    return run_search(analyzer, query, limit, candidates, details)


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[-1]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f}"


def latency(library: Library, path: Path, analyzer: SearchAnalyzer, label: str) -> None:
    """Print each query's median and range for the baseline and today's search, and the 95th percentile
    over the whole mix (index already up to date); the three are run alternately, round by round."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    ways: dict[str, Callable[[str], list[SearchHit]]] = {
        "baseline (bm25, sqlite3)": lambda q: legacy_search(connection, analyzer, q, 20),
        "now (sqlite3)": lambda q: quick_search(connection, analyzer, q, 20),
        "refresh every search (before)": lambda q: _refreshing_search(library, q),
        "now (Library.search)": lambda q: library.search(q, 20),
    }
    time_mix(ways, label)
    connection.close()


def _refreshing_search(library: Library, query: str) -> list[SearchHit]:
    """``Library.search`` as it was before the freshness check: a full index refresh before every search."""
    library.update_search_index()
    return library.search(query, 20, refresh=False)


def time_mix(ways: dict[str, Callable[[str], list[SearchHit]]], label: str) -> None:
    """Run every query of the mix ``ROUNDS`` times each way (alternately); print medians, ranges and p95s."""
    every: dict[str, list[float]] = {name: [] for name in ways}
    print(f"\nquery latency, {label} (limit 20, {ROUNDS} rounds; ms: median [min–max]; load {os.getloadavg()[0]:.1f})")
    print(f"  {'query':<14}" + "".join(f"{name:>32}" for name in ways) + "   hits (baseline/now)")
    for query in QUERIES:
        times: dict[str, list[float]] = {name: [] for name in ways}
        found: dict[str, int] = {}
        for _ in range(ROUNDS):
            for name, search in ways.items():
                start = time.perf_counter()
                found[name] = len(search(query))
                times[name].append(time.perf_counter() - start)
        cells = []
        for name in ways:
            every[name].extend(times[name])
            t = times[name]
            cells.append(f"{_ms(statistics.median(t))} [{_ms(min(t)).strip()}–{_ms(max(t)).strip()}]")
        counts = "/".join(str(found[name]) for name in list(ways)[:2])
        print(f"  {query:<14}" + "".join(f"{c:>32}" for c in cells) + f"   {counts}")
    for name, t in every.items():
        print(f"  {name:<31} over the mix: median {_ms(statistics.median(t))} ms, p95 {_ms(_p95(t))} ms (goal ≤ 30)")


def build(
    files: list[Path],
    documents: list[Any],
    analyzer: SearchAnalyzer,
    library: Library,
    copies: int,
    limit: int | None = None,
) -> None:
    """Import the corpus ``copies`` times as distinct documents (indexing as it goes), stopping when the
    library holds ``limit`` reports."""
    library.analyzer = analyzer
    start = time.perf_counter()
    imported = len(library.documents())
    for copy in range(copies):
        for path, document in zip(files, documents, strict=True):
            if limit is not None and imported >= limit:
                break
            library.import_document(document, f"{path}#copy{copy}")
            imported += 1
    print(f"imported and indexed {len(library.documents())} reports in {time.perf_counter() - start:.1f} s")


_PG_LEGACY = (
    "SELECT id, ts_rank(words, CAST(:words AS tsquery)) * 1.0 + ts_rank(chars, CAST(:chars AS tsquery)) * 0.3 "
    "AS score FROM search_segments WHERE chars @@ CAST(:chars AS tsquery) AND words @@ CAST(:words AS tsquery) "
    "ORDER BY score DESC, id LIMIT :limit OFFSET :offset"
)
_PG_LEGACY_BY_CHARS = (
    "SELECT id, ts_rank(chars, CAST(:chars AS tsquery)) * 0.3 AS score FROM search_segments "
    "WHERE chars @@ CAST(:chars AS tsquery) ORDER BY score DESC, id LIMIT :limit OFFSET :offset"
)


def legacy_pg_search(library: Library, analyzer: SearchAnalyzer, query: str, limit: int) -> list[SearchHit]:
    """The PostgreSQL search as it was before the capped ranking (the baseline): ts_rank over every match."""
    from sqlalchemy import text

    from piyue.storage import search_postgres
    from piyue.storage.search_index import parse_query

    terms = [t for t in (analyzer.query_term(raw) for raw in parse_query(query)) if t.chars]
    words, chars = search_postgres.queries(terms)
    statement = text(_PG_LEGACY if words else _PG_LEGACY_BY_CHARS)
    with library._session() as session:

        def candidates(_expression: str, limit: int, offset: int) -> list[tuple[int, float]]:
            params = {"words": words, "chars": chars, "limit": limit, "offset": offset}
            return [(row[0], -float(row[1])) for row in session.execute(statement, params).all()]

        def details(ids: list[int]) -> dict[int, Any]:
            return {row.id: row._mapping for row in session.execute(search_postgres._DETAILS, {"ids": ids})}

        return run_search(analyzer, query, limit, candidates, details)


def postgres_latency(args: argparse.Namespace) -> None:
    """Build the big library on a throw-away PostgreSQL cluster and time the mix there."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import postgres_cluster
    from team import CachingAnalyzer

    bin_dir = postgres_cluster.binaries()
    if bin_dir is None:
        raise SystemExit("PostgreSQL is not installed (scripts/bootstrap installs it)")
    files = sorted(args.corpus.rglob("*.txt"))
    documents = [read_document(path) for path in files]
    analyzer = CachingAnalyzer()  # the copies repeat the same passages: segment each once
    cluster = postgres_cluster.create(bin_dir)
    try:
        with Library.open(cluster.new_database(), backups=False) as library:
            build(files, documents, analyzer, library, args.copies)  # type: ignore[arg-type]
            library.update_search_index()
            with library._session() as session:
                from sqlalchemy import text

                session.execute(text("ANALYZE"))
            ways: dict[str, Callable[[str], list[SearchHit]]] = {
                "baseline (ts_rank, all matches)": lambda q: legacy_pg_search(library, analyzer.inner, q, 20),
                "refresh every search (before)": lambda q: _refreshing_search(library, q),
                "now (Library.search)": lambda q: library.search(q, 20),
                "now (index refresh skipped)": lambda q: library.search(q, 20, refresh=False),
            }
            time_mix(ways, f"PostgreSQL, {len(library.documents())} reports")
    finally:
        cluster.destroy()


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--library", type=Path, help="keep the big library here (reused when it exists)")
    parser.add_argument("--postgres", action="store_true", help="also time the mix on a PostgreSQL server")
    parser.add_argument("--postgres-only", action="store_true", help="time the mix on PostgreSQL only")
    args = parser.parse_args()
    analyzer = search_analyzer()
    start = time.perf_counter()
    analyzer.segmenter.wait()
    print(f"jieba initialised in {time.perf_counter() - start:.2f} s")
    if args.postgres or args.postgres_only:
        postgres_latency(args)
        if args.postgres_only:
            return 0
    if args.library is not None and args.library.exists():
        with Library.open(args.library, backups=False, analyzer=analyzer) as library:
            latency(library, args.library, analyzer, f"{len(library.documents())} reports, reused {args.library}")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        return measure(args, analyzer, args.library or Path(folder) / "bench.sqlite3")


def measure(args: argparse.Namespace, analyzer: SearchAnalyzer, path: Path) -> int:
    """Import throughput on the corpus, then latency on it and on ``args.copies`` copies of it."""
    files = sorted(args.corpus.rglob("*.txt"))
    documents = [read_document(path) for path in files]
    characters = sum(len(d.text) for d in documents)
    print(f"{len(files)} reports, {characters:,} characters")
    jieba_times = []
    for _ in range(3):
        start = time.perf_counter()
        for document in documents:
            analyzer.segmenter.jieba.lcut(document.text)
        jieba_times.append(time.perf_counter() - start)
    jieba_time = min(jieba_times)
    print(f"jieba lcut of the same texts: {jieba_time:.2f} s ({characters / jieba_time:,.0f} chars/s)")
    with Library.open(path, backups=False) as library:
        start = time.perf_counter()
        for file, document in zip(files, documents, strict=True):
            library.import_document(document, str(file))
        stored = time.perf_counter() - start
        library.analyzer = analyzer
        start = time.perf_counter()
        library.update_search_index()
        indexed = time.perf_counter() - start
        print(f"store {stored:.2f} s; index {indexed:.2f} s = {indexed / jieba_time:.2f}× jieba (goal ≤ 2×)")
        latency(library, path, analyzer, f"{len(library.documents())} reports")
        build(files, documents, analyzer, library, args.copies - 1)
        print(f"database size {path.stat().st_size / 1e6:.0f} MB")
        latency(library, path, analyzer, f"{len(library.documents())} reports")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
