"""Start-up benchmark: ``piyue FILE --trace --quit-when-ready`` beside a bare PySide6 window with the same text.

Each run is a fresh process (so imports count), timed from spawning it. Piyue reports its own
events (DESIGN.md §6): ``first-paint``, ``highlights`` (text painted with its figures highlighted,
outline shown) and ``ready`` (stored, analysed, background work done). The bare window is a
QMainWindow holding a QPlainTextEdit with the same file's text, timed to its first paint. Runs
alternate between the two so that machine noise hits both alike; each Piyue run uses a fresh
database (the first start of a new user: creating the database is part of ``ready``). Peak memory
is the largest resident set of each process (``wait4``).

Both run with Python's bytecode cache (in the benchmark's own folder, filled by the warm-up runs), as an
installed app does — pip compiles every module at install — even when ``PYTHONDONTWRITEBYTECODE`` is set
around the benchmark; ``--no-bytecode-cache`` measures with every module compiled from source instead.

    .venv/bin/python bench/startup.py [--runs 7] [--big] [--no-bytecode-cache]   # --big: also a 1 MB report
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "chaoyang-2026.md"
CORPUS = ROOT.parent / "shared" / "corpus"
_SANDBOX = Path(tempfile.mkdtemp(prefix="piyue-bench-"))
BYTECODE_CACHE = True  # --no-bytecode-cache: compile every module from source in every run

BARE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print(f"PAINT {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False
    app = QApplication([])
    window = QMainWindow()
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setPlainText(Path(sys.argv[1]).read_text(encoding="utf-8"))
    window.setCentralWidget(view)
    window.resize(1400, 900)
    paint = FirstPaint()
    view.viewport().installEventFilter(paint)
    window.show()
    app.exec()
    """
)


def _env(run: int) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    home = _SANDBOX / f"run{run}"  # the benchmark never touches the user's data; every run a new user
    env.update(
        PIYUE_DATA_DIR=str(home / "data"),
        PIYUE_CONFIG_DIR=str(home / "config"),
        XDG_CONFIG_HOME=str(home / "xdg"),
        PIYUE_CACHE_DIR=str(_SANDBOX / "cache"),  # jieba's cache is built once, as on a user's machine
    )
    env.pop("PIYUE_DB", None)
    if BYTECODE_CACHE:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(_SANDBOX / "bytecode")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _spawn(args: list[str], env: dict[str, str]) -> tuple[float, str, str, int, float]:
    """Run ``args``; returns (spawn time, stdout, stderr, exit code, peak RSS in MB)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.time()
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return start, out.read(), err.read(), proc.returncode, usage.ru_maxrss / 1024


def time_bare(text_file: Path, run: int) -> tuple[float, float]:
    """Seconds from spawn to the bare window's first paint, and its peak RSS in MB."""
    start, out, err, code, rss = _spawn([sys.executable, "-c", BARE, str(text_file)], _env(run))
    for line in out.splitlines():
        if line.startswith("PAINT "):
            return float(line.split()[1]) - start, rss
    raise RuntimeError(f"bare window painted nothing (exit {code}): {err[-800:]}")


def time_piyue(report: Path, run: int) -> tuple[dict[str, float], float]:
    """Seconds from spawn to each start-up event of ``piyue REPORT --trace --quit-when-ready``, and peak RSS."""
    args = [sys.executable, "-m", "piyue", str(report), "--trace", "--quit-when-ready"]
    start, _out, err, code, rss = _spawn(args, _env(run))
    events = {}
    for line in err.splitlines():
        if line.startswith("{"):
            event = json.loads(line)
            events[event["event"]] = event["t"] - start
    if code != 0 or len(events) != 3:
        raise RuntimeError(f"piyue exited {code} with events {sorted(events)}: {err[-800:]}")
    return events, rss


def big_report() -> Path:
    """A 1 MB plain-text report: the corpus reports one after another (≥ 1,000,000 bytes of UTF-8)."""
    if not CORPUS.is_dir():
        raise SystemExit("bench/startup.py --big needs ../shared/corpus")
    parts: list[str] = []
    size = 0
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        size += len(text.encode("utf-8"))
        if size >= 1_000_000:
            break
    out = _SANDBOX / "big-report.txt"
    out.write_text("\n\n".join(parts), encoding="utf-8")
    return out


def _stats(values: list[float], unit: str = "ms", scale: float = 1000) -> str:
    shown = ", ".join(f"{v * scale:.0f}" for v in values)
    return (
        f"median {statistics.median(values) * scale:.0f} {unit} "
        f"(range {min(values) * scale:.0f}–{max(values) * scale:.0f}; runs: {shown})"
    )


def bench(report: Path, text_file: Path, runs: int, label: str, goal: float) -> None:
    """Alternate bare and Piyue runs on ``report``; print medians, ranges, ratios and peak memory."""
    time_bare(text_file, 0)  # warm the OS file cache once for both
    time_piyue(report, 0)
    bare: list[float] = []
    bare_rss: list[float] = []
    events: dict[str, list[float]] = {"first-paint": [], "highlights": [], "ready": []}
    rss: list[float] = []
    for run in range(1, runs + 1):
        seconds, peak = time_bare(text_file, run)
        bare.append(seconds)
        bare_rss.append(peak)
        times, peak = time_piyue(report, run)
        for name, value in times.items():
            events[name].append(value)
        rss.append(peak)
    print(f"\n== {label} ({report.name}, {report.stat().st_size:,} bytes), {runs} alternating runs")
    print(f"baseline: bare PySide6 window with the same text, spawn → first paint: {_stats(bare)}")
    base = statistics.median(bare)
    for name, values in events.items():
        ratios = [v / b for v, b in zip(values, bare, strict=True)]
        print(
            f"piyue spawn → {name}: {_stats(values)}; ratio to bare {statistics.median(values) / base:.2f} "
            f"(per-run ratios {min(ratios):.2f}–{max(ratios):.2f})"
        )
    ratio = statistics.median(events["highlights"]) / base
    print(f"goal: highlights ≤ {goal:g}× bare → {'met' if ratio <= goal else 'NOT met'} ({ratio:.2f}×)")
    print(f"peak memory: bare {_stats(bare_rss, 'MB', 1)}; piyue {_stats(rss, 'MB', 1)}")


def main() -> int:
    """Run the benchmark and print medians."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--big", action="store_true", help="also a 1 MB report (needs ../shared/corpus)")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="compile every module from source in every run"
    )
    args = parser.parse_args()
    global BYTECODE_CACHE
    BYTECODE_CACHE = not args.no_bytecode_cache
    print(f"bytecode cache: {'on (as installed)' if BYTECODE_CACHE else 'off (every module compiled from source)'}")
    bench(SAMPLE, SAMPLE, args.runs, "the sample report", 2)
    if args.big:
        big = big_report()
        bench(big, big, args.runs, "a 1 MB report", 6)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
