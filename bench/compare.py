"""Benchmark: ``compare`` over the 62 provincial reports of 2025 and 2026 (issue 15).

1. From files: ``services.indicators.compare_files`` (read, parse, resolve, pair), against the
   baseline of only reading and parsing the same files (``read_document``) in the same run.
2. From the library: the same reports imported into a fresh SQLite database, compared with
   ``library_indicators`` (load the latest version of each, resolve, pair).
3. The CLI end to end: ``piyue compare FILE... --json`` in a fresh interpreter.

Runs alternate and each figure is the median of ``--rounds`` runs.
Run: ``.venv/bin/python bench/compare.py [--rounds 7] [--corpus ../shared/corpus]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from piyue.core.readers import read_document
from piyue.services.importing import import_report
from piyue.services.indicators import compare_files, compare_reports, library_indicators
from piyue.storage import Library


def timed(function: Callable[[], object]) -> float:
    """Seconds one call of ``function`` takes."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    """Run the benchmark and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared/corpus")
    args = parser.parse_args()
    files = sorted(str(p) for year in ("provinces-2025", "provinces-2026") for p in (args.corpus / year).glob("*.txt"))
    print(f"{len(files)} reports, {sum(Path(f).stat().st_size for f in files) / 1e6:.1f} MB")
    comparison = compare_files(files)
    print(f"{len(comparison.rows)} indicator items, {len(comparison.followups)} follow-ups")
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "bench.sqlite3", backups=False)
        ids = [import_report(library, Path(f)).document.id for f in files]
        labels = ("read only (baseline)", "compare from files", "compare from library")
        runs: dict[str, list[float]] = {label: [] for label in labels}
        for _ in range(args.rounds):
            runs["read only (baseline)"].append(timed(lambda: [read_document(f) for f in files]))
            runs["compare from files"].append(timed(lambda: compare_files(files)))
            runs["compare from library"].append(timed(lambda: compare_reports(library_indicators(library, ids))))
        library.close()
    cli = [sys.executable, "-m", "piyue", "compare", *files, "--json"]
    runs["piyue compare --json (CLI)"] = [
        timed(lambda: subprocess.run(cli, check=True, capture_output=True)) for _ in range(max(3, args.rounds // 2))
    ]
    base = statistics.median(runs["read only (baseline)"])
    for label, values in runs.items():
        median = statistics.median(values)
        print(f"{label:28} median {median * 1000:7.0f} ms  ({median / base:4.1f}× reading)  runs {len(values)}")


if __name__ == "__main__":
    main()
