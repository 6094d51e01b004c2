"""Command-line start-up: each command beside a bare ``piyue --version`` measured in the same run.

Builds a library of 32 corpus reports (imported, index caught up once: jieba loads and saves its word
store, as on a user's machine after the first search), then alternates ``piyue --version`` with
``piyue search QUERY`` (goal: ≤ 0.3 s more) and ``outline``/``metrics``/``check`` on the sample, each a
fresh process. Prints medians, ranges and the difference to the baseline.

    .venv/bin/python bench/cli.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "chaoyang-2026.md"
CORPUS = ROOT.parent / "shared" / "corpus"
SEARCHES = ["营商环境", "发展", "低空经济 算力"]


def _piyue(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "piyue", *args], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"piyue {' '.join(args)} exited {proc.returncode}: {proc.stderr[-500:]}")
    return elapsed


def _library(env: dict[str, str], count: int) -> None:
    files = sorted(CORPUS.rglob("*.txt"))[:count]
    for path in files:
        _piyue(["import", str(path)], env)
    _piyue(["search", "营商环境"], env)  # the index catches up once (jieba loads, the word store is saved)
    print(f"library: {len(files)} reports imported, index up to date")


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms (range {min(values) * 1000:.0f}–{max(values) * 1000:.0f})"


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--reports", type=int, default=32)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit("bench/cli.py needs ../shared/corpus")
    home = Path(tempfile.mkdtemp(prefix="piyue-bench-cli-"))
    env = dict(os.environ, PIYUE_DATA_DIR=str(home / "data"), PIYUE_CACHE_DIR=str(home / "cache"))
    env["PIYUE_DB"] = str(home / "library.sqlite3")
    _library(env, args.reports)
    commands = {f"search {q}": ["search", q] for q in SEARCHES}
    for name in ("outline", "metrics", "check"):
        commands[f"{name} sample --json"] = [name, str(SAMPLE), "--json"]
    baseline: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            baseline.append(_piyue(["--version"], env))
            times[name].append(_piyue(command, env))
    base = statistics.median(baseline)
    print(f"baseline: piyue --version, {_ms(baseline)}")
    for name, values in times.items():
        extra = statistics.median(values) - base
        goal = "  (goal ≤ +300 ms: " + ("met" if extra <= 0.3 else "NOT met") + ")" if name.startswith("search") else ""
        print(f"piyue {name}: {_ms(values)}; +{extra * 1000:.0f} ms over the baseline{goal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
