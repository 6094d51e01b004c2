"""Benchmark: work that must grow linearly with the text (issue 18) — ``metrics``, ``check`` and search indexing.

Builds a text of about 5 MB and one of about 50 MB by concatenating the corpus reports (``../shared/corpus``),
then times, in-process, each stage on each: metric extraction (``metrics_for_document``), the review checks
(``run_checks`` with the metrics given) and indexing for search (``import_report`` into a fresh database
with the jieba analyzer, which indexes in the same transaction). Goal: the 50 MB time at most 12× the 5 MB time.

Run: ``.venv/bin/python bench/linear.py [--small 5] [--large 50] [--runs 3] [--stages metrics,check,index]``.
Small runs are repeated ``--runs`` times (median); the large text once per stage unless ``--large-runs``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def build_text(megabytes: float, corpus: Path, out: Path) -> Path:
    """A UTF-8 file of about ``megabytes`` MB: the corpus reports one after another, repeated as needed."""
    reports = sorted(corpus.rglob("*.txt"))
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        text = reports[len(parts) % len(reports)].read_text(encoding="utf-8")
        parts.append(text)
        size += len(text.encode("utf-8"))
    out.write_text("\n\n".join(parts), encoding="utf-8")
    return out


def timed(work: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def stages(path: Path) -> dict[str, Callable[[], object]]:
    """The stages to time on the report at ``path`` (reading it is not timed)."""
    from piyue.core.metrics import metrics_for_document
    from piyue.core.readers import read_document
    from piyue.core.review import run_checks
    from piyue.segment import search_analyzer
    from piyue.services.importing import import_report
    from piyue.storage import Library

    document = read_document(path)
    metrics = metrics_for_document(document)
    analyzer = search_analyzer()

    def index() -> None:
        with (
            tempfile.TemporaryDirectory() as folder,
            Library.open(Path(folder) / "db.sqlite3", analyzer=analyzer) as lib,
        ):
            import_report(lib, path)

    return {
        "metrics": lambda: metrics_for_document(document),
        "check": lambda: run_checks(document, metrics),
        "index": index,
    }


def main() -> None:
    """Time each stage on both texts and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=float, default=5.0)
    parser.add_argument("--large", type=float, default=50.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large-runs", type=int, default=1)
    parser.add_argument("--stages", default="metrics,check,index")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    wanted = args.stages.split(",")
    with tempfile.TemporaryDirectory() as folder:
        small = build_text(args.small, args.corpus, Path(folder) / "small.txt")
        large = build_text(args.large, args.corpus, Path(folder) / "large.txt")
        results: dict[str, tuple[float, float]] = {}
        small_stages = stages(small)
        for name in wanted:
            results[name] = (timed(small_stages[name], args.runs), 0.0)
        del small_stages
        large_stages = stages(large)
        for name in wanted:
            results[name] = (results[name][0], timed(large_stages[name], args.large_runs))
    print(f"{'stage':8} {args.small:>6.0f} MB {args.large:>6.0f} MB   ratio (goal ≤ 12 for 10× the text)")
    for name, (a, b) in results.items():
        print(f"{name:8} {a:8.2f} s {b:8.2f} s   {b / a:5.1f}×")


if __name__ == "__main__":
    main()
