"""Benchmark the metric extractor against one simple regex pass over the same text.

usage: python bench/metrics.py [--corpus DIR] [--mb 3] [--runs 5]

The corpus (``../shared/corpus/**/*.txt``) is concatenated and repeated to at
least ``--mb`` megabytes of UTF-8 (the corpus alone is ~9.8 MB now). All passes
run in the same process, interleaved; the median and range of ``--runs`` runs
are reported with chars/s and the ratio to the regex pass of the same run.
Goal (issue 17): the extractor takes at most 3x the regex pass.

Two extractor figures are printed: ``extract_metrics`` as called (subjects are
resolved on first read, see ``piyue.core.metrics.lazy``), and the same with every
subject resolved at once (what ``piyue metrics --json`` and the window pay).
The goal is stated for the first. Times are wall-clock (``--cpu``: this process's
CPU time, steadier on a shared machine); the load average before and after the
runs is printed, since other processes slow both sides but not always alike.

``--breakdown`` also times the extractor's stages in the same runs (what the
3x goal leaves for each): the NFKC view, the trigger pass alone (the regex
engine finding where the scanner is worth trying), the scan (trigger pass,
scanner matches and the rules: hits in view offsets) and building the figure
objects from the hits.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

from piyue.core.metrics import extract_metrics, patterns, resolve_subjects
from piyue.core.metrics.extract import _metrics, scan
from piyue.core.metrics.normalize import normalize

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


def timed(fns, runs: int, clock=time.perf_counter) -> tuple[list[tuple[float, int]], list[list[float]]]:
    """Median seconds of ``runs`` calls of each of ``fns``, and each one's last result.

    The calls are interleaved (a, b, a, b, …) so that load from other processes
    on a shared machine falls on both sides alike.
    """
    times: list[list[float]] = [[] for _ in fns]
    sizes = [0] * len(fns)
    for _ in range(runs):
        for i, fn in enumerate(fns):
            t0 = clock()
            sizes[i] = fn()
            times[i].append(clock() - t0)
    return [(statistics.median(t), n) for t, n in zip(times, sizes, strict=True)], times


def stages(text: str) -> list[tuple[str, object]]:
    """The extractor's stages, each timed on its own (``--breakdown``)."""
    norm = normalize(text)
    hits = scan(norm.text)
    return [
        ("NFKC view", lambda: len(normalize(text).text)),
        ("trigger pass", lambda: sum(1 for _ in patterns.TRIGGER.finditer(norm.text))),
        ("scan + rules", lambda: len(scan(norm.text))),
        ("build figures", lambda: len(_metrics(text, norm, hits, None))),
    ]


def print_ratios(medians, times, labels: list[tuple[str, int]]) -> None:
    """Each figure's median as a multiple of the regex pass (index 0) of the same runs."""
    regex_s = medians[0][0]
    for label, i in labels:
        ratios = [e / r for r, e in zip(times[0], times[i], strict=True)]
        print(
            f"ratio {label:13}: {medians[i][0] / regex_s:5.2f}x the regex pass of the same runs "
            f"(per run: median {statistics.median(ratios):.2f}x, {min(ratios):.2f}-{max(ratios):.2f}x)"
        )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--cpu", action="store_true", help="time CPU time of this process instead of wall-clock time")
    ap.add_argument("--breakdown", action="store_true", help="also time the extractor's stages")
    args = ap.parse_args(argv)
    load_before = os.getloadavg()[0]
    text = load_text(args.corpus, args.mb)
    chars = len(text)
    extract_metrics(text)  # warm up: compile the patterns
    extra = stages(text) if args.breakdown else []
    medians, times = timed(
        [
            lambda: sum(1 for _ in SIMPLE.finditer(text)),
            lambda: len(extract_metrics(text)),
            lambda: len(resolve_subjects(extract_metrics(text))),
            *(fn for _, fn in extra),
        ],
        args.runs,
        time.process_time if args.cpu else time.perf_counter,
    )
    load_after = os.getloadavg()[0]
    (_, regex_n), (_, extract_n) = medians[:2]
    mb = len(text.encode("utf-8")) / 1e6
    clock = "CPU time" if args.cpu else "wall-clock"
    print(f"text: {chars:,} chars ({mb:.2f} MB UTF-8), median (range) of {args.runs} interleaved runs, {clock}")
    print(f"load average (1 min): {load_before:.2f} before, {load_after:.2f} after, on {os.cpu_count()} CPUs")
    rows = (("regex pass", 0, regex_n, "matches"), ("extractor", 1, extract_n, "metrics"), ("+ subjects", 2, None, ""))
    for label, i, count, what in rows:
        median = medians[i][0]
        spread = f"{min(times[i]):.3f}-{max(times[i]):.3f}"
        tail = f"  ({count:,} {what})" if count is not None else ""
        print(f"{label:11}: {median:7.3f} s ({spread})  {chars / median / 1e6:6.2f} M chars/s{tail}")
    print_ratios(medians, times, [("extractor", 1), ("+ subjects", 2)])
    print("goal (issue 17): the extractor <= 3x the regex pass")
    if extra:
        print("stages (each on its own; the extractor is about their sum):")
        print_ratios(medians, times, [(label, 3 + k) for k, (label, _) in enumerate(extra)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
