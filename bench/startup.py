"""Start-up benchmark: Piyue's start to its first paint with the sample, beside a bare PySide6 window.

Each run is a fresh interpreter (so imports count), timed from spawning the
process to the first paint of the window with content: for Piyue, the first paint
of the reading pane after the sample report is shown; for the bare window, the
first paint of a QMainWindow holding a label. Runs alternate between the two so
that machine noise hits both alike. Prints the median of each and the ratio.

    .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

_SANDBOX = tempfile.mkdtemp(prefix="piyue-bench-")

_PAINT_FILTER = """
import tempfile
import time
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def __init__(self, armed):
        super().__init__()
        self.armed = armed
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.armed():
            print(f"PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: __import__('os')._exit(0))
        return False
"""

APP = _PAINT_FILTER + textwrap.dedent(
    """
    from piyue.app import start_gui
    from piyue.cli import _gui_parser
    from piyue.paths import sample_report
    options = _gui_parser().parse_args([str(sample_report()), "--new-instance"])
    app, window = start_gui(options)  # the real start path of `piyue FILE`
    paint = FirstPaint(lambda: window.document is not None)
    window.reading_view.viewport().installEventFilter(paint)
    app.exec()
    """
)

BARE = _PAINT_FILTER + textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    label = QLabel("批阅 Piyue")
    window.setCentralWidget(label)
    window.resize(1400, 900)
    paint = FirstPaint(lambda: True)
    label.installEventFilter(paint)
    window.show()
    app.exec()
    """
)


def time_once(code: str) -> float:
    """Seconds from spawning a Python running ``code`` to its PAINT line."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.setdefault("PIYUE_DATA_DIR", _SANDBOX)  # the benchmark never touches the user's data
    env.setdefault("PIYUE_CONFIG_DIR", _SANDBOX)
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("PAINT "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no paint reported (exit {proc.returncode}): {proc.stderr[-800:]}")


def main() -> int:
    """Run the benchmark and print medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    time_once(BARE)  # warm the OS file cache once for both
    time_once(APP)
    app_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(args.runs):
        bare_times.append(time_once(BARE))
        app_times.append(time_once(APP))
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    print(
        f"bare PySide6 window, start to first paint: median {bare_median * 1000:.0f} ms "
        f"(runs: {', '.join(f'{t * 1000:.0f}' for t in bare_times)})"
    )
    print(
        f"Piyue with the sample, start to first paint: median {app_median * 1000:.0f} ms "
        f"(runs: {', '.join(f'{t * 1000:.0f}' for t in app_times)})"
    )
    print(f"ratio Piyue / bare: {app_median / bare_median:.2f}")
    probe = "import sys; print(sorted(m for m in ('jieba', 'sqlalchemy', 'pyqtgraph') if m in sys.modules))"
    heavy = subprocess.run(
        [sys.executable, "-c", APP.replace("app.exec()", probe + "; __import__('os')._exit(0)")],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PIYUE_DATA_DIR=_SANDBOX, PIYUE_CONFIG_DIR=_SANDBOX),
        timeout=120,
    )
    print(f"heavy modules loaded on the way to the first paint: {heavy.stdout.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
