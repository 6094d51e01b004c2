"""Benchmark: a team on one library (issue 16), on a SQLite file and on a PostgreSQL server.

1. Eight writer processes add 250 notes each at once (each note its own transaction, acknowledged when
   ``add_note`` returns): none lost, none duplicated, each signed by its writer; throughput (notes/s over
   the wall time from the common start) and the latency of one note (median, p95).
2. Search latency (in-process ``Library.search``, 20 hits) with 1,000 reports in the library: the corpus
   reports imported as distinct documents until there are 1,000, indexed; median and p95 of each query.

PostgreSQL runs in a throw-away cluster started here (tests/postgres_cluster.py, fsync on, like SQLite's
``synchronous=FULL``). Run: ``.venv/bin/python bench/team.py [--writers 8] [--notes 250] [--reports 1000]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import postgres_cluster  # noqa: E402 - the tests' cluster helper
from piyue.core.model import Document  # noqa: E402
from piyue.segment import search_analyzer  # noqa: E402
from piyue.services.importing import import_report  # noqa: E402
from piyue.storage import Library  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "chaoyang-2026.md"
QUERIES = ["营商环境", "低空经济", "人工智能", "城中村改造", "消费", "新质生产力 算力", '"扩大内需"', "PM2.5", "发展"]
ROUNDS = 7

WRITER = """
import json, sys, time
from piyue.core.anchoring import Anchor
from piyue.storage import Library
db, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Library.open(db, backups=False) as library:
    document = library.documents()[0]
    sys.stdout.write("ready\\n"); sys.stdout.flush()
    sys.stdin.readline()
    ids, times = [], []
    for number in range(count):
        began = time.perf_counter()
        anchor = Anchor("地区", number % 50, number % 50 + 2)
        note = library.add_note(document.id, anchor, f"{name}-{number}", author=name)
        times.append(time.perf_counter() - began)
        ids.append(note.id)
print(json.dumps({"ids": ids, "times": times}))
"""


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def writers(target: str, label: str, count: int, each: int) -> None:
    """Run ``count`` writer processes adding ``each`` notes at once; check and print the figures."""
    with Library.open(target, backups=False) as library:
        document_id = import_report(library, SAMPLE).document.id
    processes = [
        subprocess.Popen([sys.executable, "-c", WRITER, target, f"w{i}", str(each)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
        for i in range(count)
    ]  # fmt: skip
    for process in processes:  # wait until every writer has its library open, then start them together
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = [json.loads(process.communicate()[0]) for process in processes]
    wall = time.perf_counter() - started
    acknowledged = [i for r in results for i in r["ids"]]
    times = [t for r in results for t in r["times"]]
    with Library.open(target, backups=False) as library:
        notes = library.notes(document_id)
    stored = sorted(n.id for n in notes)
    bodies = sorted(n.body for n in notes)
    expected = sorted(f"w{i}-{n}" for i in range(count) for n in range(each))
    ok = stored == sorted(acknowledged) and bodies == expected and all(n.author == n.body.split("-")[0] for n in notes)
    print(
        f"{label:10} {count} writers × {each}: {len(notes)} stored of {len(acknowledged)} acknowledged, "
        f"{'none lost or duplicated, authors right' if ok else 'MISMATCH'}; {len(times) / wall:.0f} notes/s, "
        f"latency median {statistics.median(times) * 1000:.1f} ms, p95 {p95(times) * 1000:.1f} ms"
    )


class CachingAnalyzer:
    """The search analyzer with its index terms cached by passage text (the same reports recur)."""

    def __init__(self) -> None:
        self.inner = search_analyzer()
        self.inner.segmenter.wait()
        self.index_terms = lru_cache(maxsize=None)(self.inner.index_terms)
        self.normalize = self.inner.normalize
        self.passages = self.inner.passages
        self.query_term = self.inner.query_term


def search_latency(target: str, label: str, reports: int, corpus: Path) -> None:
    """Fill the library with ``reports`` documents from the corpus and time each query."""
    files = sorted(corpus.rglob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    analyzer = CachingAnalyzer()
    with Library.open(target, analyzer=analyzer, backups=False) as library:  # type: ignore[arg-type]
        began = time.perf_counter()
        for number in range(reports):
            text = texts[number % len(texts)]
            path = f"/bench/{number:04d}-{files[number % len(files)].name}"
            library.import_document(Document(text, files[number % len(files)].stem, "text", [], []), path)
        print(f"{label:10} {reports} reports imported and indexed in {time.perf_counter() - began:.0f} s")
        for query in QUERIES:
            library.search(query, 20)  # warm
            times = []
            for _ in range(ROUNDS):
                began = time.perf_counter()
                hits = library.search(query, 20)
                times.append(time.perf_counter() - began)
            print(
                f"{label:10} search {query!r:14} {len(hits):2} hits  median {statistics.median(times) * 1000:6.1f} ms"
                f"  p95 {p95(times) * 1000:6.1f} ms"
            )


def main() -> int:
    """Run both parts on both backends."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--notes", type=int, default=250)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    bin_dir = postgres_cluster.binaries()
    if bin_dir is None:
        print("PostgreSQL is not installed (scripts/bootstrap installs it)", file=sys.stderr)
        return 2
    cluster = postgres_cluster.create(bin_dir, fsync=True)
    try:
        with tempfile.TemporaryDirectory() as folder:
            if args.writers > 0 and args.notes > 0:  # --writers 0: the search part only
                writers(str(Path(folder) / "writers.sqlite3"), "sqlite", args.writers, args.notes)
                writers(cluster.new_database(), "postgresql", args.writers, args.notes)
            if args.reports > 0 and args.corpus.is_dir():
                search_latency(str(Path(folder) / "search.sqlite3"), "sqlite", args.reports, args.corpus)
                search_latency(cluster.new_database(), "postgresql", args.reports, args.corpus)
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
