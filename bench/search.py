"""Benchmark: library-wide search over the corpus (issue 7).

1. Import and index the 32 corpus reports: indexing time against jieba's own segmentation of the
   same text (``lcut``, default mode; goal: within 2×).
2. Median query latency (in-process, ``Library.search``, 20 hits) for several queries over them.
3. The same over the corpus imported 30 times as distinct documents (~1,000 reports; goal ≤ 30 ms).

Run: ``.venv/bin/python bench/search.py [--copies 30] [--corpus ../shared/corpus]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from piyue.core.readers import read_document
from piyue.segment import search_analyzer
from piyue.storage import Library

QUERIES = [
    "营商环境",
    "低空经济",
    "人工智能",
    "城中村改造",
    "消费",
    "新质生产力 算力",
    '"扩大内需"',
    "PM2.5",
    "5G",
    "税",
    "发展",
]
ROUNDS = 15


def latency(library: Library, label: str) -> None:
    """Print the median latency of each query (index already up to date)."""
    print(f"\nquery latency, {label} (median of {ROUNDS}, limit 20):")
    medians = []
    for query in QUERIES:
        times = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            hits = library.search(query, 20)
            times.append(time.perf_counter() - start)
        medians.append(statistics.median(times))
        print(f"  {query:<16} {medians[-1] * 1000:7.1f} ms  ({len(hits)} hits)")
    print(f"  overall median {statistics.median(medians) * 1000:.1f} ms, worst {max(medians) * 1000:.1f} ms")


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    args = parser.parse_args()
    files = sorted(args.corpus.rglob("*.txt"))
    documents = [read_document(path) for path in files]
    characters = sum(len(d.text) for d in documents)
    analyzer = search_analyzer()
    start = time.perf_counter()
    analyzer.segmenter.wait()
    print(f"{len(files)} reports, {characters:,} characters; jieba initialised in {time.perf_counter() - start:.2f} s")
    jieba_times = []
    for _ in range(3):
        start = time.perf_counter()
        for document in documents:
            analyzer.segmenter.jieba.lcut(document.text)
        jieba_times.append(time.perf_counter() - start)
    jieba_time = min(jieba_times)
    print(f"jieba lcut of the same texts: {jieba_time:.2f} s ({characters / jieba_time:,.0f} chars/s)")
    with (
        tempfile.TemporaryDirectory() as folder,
        Library.open(Path(folder) / "bench.sqlite3", backups=False) as library,
    ):
        start = time.perf_counter()
        for path, document in zip(files, documents, strict=True):
            library.import_document(document, str(path))
        stored = time.perf_counter() - start
        library.analyzer = analyzer
        start = time.perf_counter()
        library.update_search_index()
        indexed = time.perf_counter() - start
        print(f"store {stored:.2f} s; index {indexed:.2f} s = {indexed / jieba_time:.2f}× jieba (goal ≤ 2×)")
        library.analyzer = None
        library.engine.dispose()
        start = time.perf_counter()
        second = Library(library.engine, None, None, analyzer)
        for path, document in zip(files, documents, strict=True):
            second.import_document(document, str(path) + "#again")
        print(f"import with indexing (store + index, 32 reports): {time.perf_counter() - start:.2f} s")
        library.analyzer = analyzer
        latency(library, f"{len(second.documents())} reports")
        start = time.perf_counter()
        for copy in range(2, args.copies):
            for path, document in zip(files, documents, strict=True):
                library.import_document(document, f"{path}#copy{copy}")
        total = len(library.documents())
        print(f"\nimported and indexed up to {total} reports in {time.perf_counter() - start:.1f} s")
        size = (Path(folder) / "bench.sqlite3").stat().st_size
        print(f"database size {size / 1e6:.0f} MB")
        latency(library, f"{total} reports")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
