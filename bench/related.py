"""Benchmark: the related-reports pass after a report opens, in a big library, at a bounded cost per open.

The key terms of each report are kept on disk by text sha256 and one pass segments at most a budget of reports
not yet known (``piyue.services.related.Budget``). On a copy of a big library (e.g. the one ``bench/views.py``
builds in ``bench/.cache/``) with a cold key-term cache (a fresh cache folder), this prints:

- **before** (estimated): the old pass segmented every other report at the first open of each run: the median
  time to segment one report (on ``--sample`` of the newest) times the number of other reports;
- **after**: ``--opens`` passes in a row, each as a new run would make it (a new extractor and cache object),
  with how many reports each segmented and how many are left to segment;
- a pass with nothing left to segment (the listing of the library, the cache lookup and the ranking).

Run: ``.venv/bin/python bench/related.py --library /tmp/copy.sqlite3 [--opens 5] [--sample 10]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ["PIYUE_CACHE_DIR"] = tempfile.mkdtemp(prefix="piyue-related-")  # a cold key-term cache

from piyue.paths import cache_dir
from piyue.segment import KeywordExtractor, default_segmenter, plain_text
from piyue.segment.term_cache import TermCache, cache_path
from piyue.services.related import Budget, related_reports, report_terms
from piyue.storage import Library


def per_text_cost(library: Library, records: list, sample: int) -> float:
    """The median time to segment one of the ``sample`` newest reports (no cache)."""
    extractor = KeywordExtractor()
    times = []
    for record in records[:sample]:
        started = time.perf_counter()
        extractor.keywords(plain_text(library.load(record.id).text), top=12)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def one_pass(library: Library, document_id: int, budget: Budget | None = None) -> tuple[float, int, int]:
    """A pass as a new run makes it: (seconds, reports segmented, reports left)."""
    extractor, cache = KeywordExtractor(), TermCache(cache_path(cache_dir()))
    started = time.perf_counter()
    terms = report_terms(library.load(document_id).text, extractor, cache)
    found = related_reports(library, terms, document_id, extractor=extractor, cache=cache, budget=budget)
    return time.perf_counter() - started, found.segmented, found.pending


def main() -> int:
    """Measure and print (see the module docstring)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--library", type=Path, required=True, help="a copy of a big library (it is opened)")
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--sample", type=int, default=10)
    args = parser.parse_args()
    library = Library.open(args.library, backups=False)
    segmenter = default_segmenter()
    if not segmenter.use_word_store():
        segmenter.initialize()
    records = sorted(library.documents(), key=lambda r: (r.created, r.id), reverse=True)
    per_text = per_text_cost(library, records, args.sample)
    before = per_text * (len(records) - 1)
    print(f"{len(records)} reports; one segmented in {per_text * 1000:.0f} ms (median of {args.sample})")
    print(f"before (estimated): first open of each run segments {len(records) - 1} reports: {before:.0f} s")
    times = []
    for n, record in enumerate(records[: args.opens]):
        seconds, segmented, left = one_pass(library, record.id)
        times.append(seconds)
        print(f"after, open {n + 1}: {seconds:.2f} s, segmented {segmented}, {left} left to segment")
    print(f"after: median {statistics.median(times):.2f} s ({before / statistics.median(times):.0f}× less)")
    idle = [one_pass(library, records[0].id, Budget(texts=0))[0] for _ in range(3)]
    print(f"a pass with nothing to segment: median {statistics.median(idle):.2f} s")
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
