"""Benchmark: 10,000 notes on one document (issue 5).

Median time to store one note (goal ≤ 10 ms) and to load and filter the notes panel's list
(goal ≤ 100 ms), on a file database with the production pragmas (WAL, synchronous=FULL).
Run: ``.venv/bin/python bench/notes.py [--notes N]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from piyue.core.anchoring import AnchorState, NoteStatus, anchor_span
from piyue.paths import sample_report
from piyue.storage import Library


def main() -> int:
    """Run the benchmark and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "bench.sqlite3") as library:
        doc_id = library.import_file(sample_report()).document.id
        document = library.load(doc_id)
        span = len(document.text) - 30
        store: list[float] = []
        statuses = list(NoteStatus)
        for i in range(args.notes):
            start = (i * 37) % span
            anchor = anchor_span(document, start, start + 12)
            began = time.perf_counter()
            library.add_note(doc_id, anchor, f"第{i}条批注：核实口径。", tags=[f"tag{i % 20}"], status=statuses[i % 3])
            store.append(time.perf_counter() - began)
        loads: list[float] = []
        filters: list[float] = []
        for _ in range(11):
            began = time.perf_counter()
            notes = library.notes(doc_id)
            loads.append(time.perf_counter() - began)
            began = time.perf_counter()
            library.notes(doc_id, tag="tag3", status=NoteStatus.TO_CHECK, states=list(AnchorState), text="核实")
            filters.append(time.perf_counter() - began)
        assert len(notes) == args.notes
    ms = 1000
    print(f"notes: {args.notes}")
    print(f"store one note: median {statistics.median(store) * ms:.2f} ms (goal ≤ 10 ms)")
    print(f"load all notes: median {statistics.median(loads) * ms:.1f} ms (goal ≤ 100 ms)")
    print(f"load + filter (tag, status, text): median {statistics.median(filters) * ms:.1f} ms (goal ≤ 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
