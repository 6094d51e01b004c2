"""Benchmark the metric extractor against one simple regex pass over the same text.

usage: python bench/metrics.py [--corpus DIR] [--mb 3] [--runs 5]

The corpus (``../shared/corpus/**/*.txt``) is concatenated and repeated to at
least ``--mb`` megabytes of UTF-8. Both passes run in the same process; the
median of ``--runs`` runs is reported with chars/s and the ratio. Goal: the
extractor takes at most 3x the regex pass and exceeds 1 M chars/s.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

from piyue.core.metrics import extract_metrics

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
# The baseline: one pattern, a number and an optional unit.
SIMPLE = re.compile(r"\d+(?:\.\d+)?(?:%|万|亿|元|个|项|家|人|吨|公里|亩)?")


def load_text(corpus: Path, megabytes: float) -> str:
    """The corpus's .txt files, concatenated and repeated to ``megabytes`` MB of UTF-8."""
    files = sorted(corpus.rglob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files under {corpus}")
    base = "\n".join(f.read_text(encoding="utf-8") for f in files)
    size = len(base.encode("utf-8"))
    repeat = max(1, -(-int(megabytes * 1_000_000) // size))
    return "\n".join([base] * repeat)


def timed(fns, runs: int) -> tuple[list[tuple[float, int]], list[list[float]]]:
    """Median seconds of ``runs`` calls of each of ``fns``, and each one's last result.

    The calls are interleaved (a, b, a, b, …) so that load from other processes
    on a shared machine falls on both sides alike.
    """
    times: list[list[float]] = [[] for _ in fns]
    sizes = [0] * len(fns)
    for _ in range(runs):
        for i, fn in enumerate(fns):
            t0 = time.perf_counter()
            sizes[i] = fn()
            times[i].append(time.perf_counter() - t0)
    return [(statistics.median(t), n) for t, n in zip(times, sizes, strict=True)], times


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args(argv)
    text = load_text(args.corpus, args.mb)
    chars = len(text)
    extract_metrics(text)  # warm up: compile the patterns
    ((regex_s, regex_n), (extract_s, extract_n)), times = timed(
        [lambda: sum(1 for _ in SIMPLE.finditer(text)), lambda: len(extract_metrics(text))], args.runs
    )
    run_ratios = [e / r for r, e in zip(times[0], times[1], strict=True)]
    mb = len(text.encode("utf-8")) / 1e6
    print(f"text: {chars:,} chars ({mb:.2f} MB UTF-8), median of {args.runs} runs")
    print(f"regex pass : {regex_s:7.3f} s  {chars / regex_s / 1e6:6.2f} M chars/s  ({regex_n:,} matches)")
    print(f"extractor  : {extract_s:7.3f} s  {chars / extract_s / 1e6:6.2f} M chars/s  ({extract_n:,} metrics)")
    ratio = extract_s / regex_s
    print(f"ratio      : {ratio:.2f}x the regex pass (goal <= 3x, > 1 M chars/s)")
    spread = f"min {min(run_ratios):.2f}x, max {max(run_ratios):.2f}x"
    print(f"per run    : median {statistics.median(run_ratios):.2f}x ({spread})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
