"""Benchmark: the views over a big library open in ≤ 0.3 s (issue 17).

A library of ~1,000 reports (the corpus imported several times as distinct documents, with the builder of
``bench/search.py``) and a few thousand notes spread over them (Markdown bodies, tags, statuses, authors) is
built once and kept in ``bench/.cache/`` (re-runs reuse it). Then, through the real widgets (offscreen), each
run in a fresh main window with the sample open and idle, the time from the user's action until the view shows
its rows — the worker's result delivered, the model filled and the first paint of the table after that:

- **Library** (View → Library): every report with its government, year, size and notes;
- **All Notes** (View → Notes Across Reports): every note of the library;
- **Compare** (View → Compare Reports): the library's reports listed to pick from;
- **Compare a year** (Select Year → Compare): the indicators of one year's reports side by side.

The windows skip the key terms' related-reports pass (it segments every other report of the library after a
report opens: minutes of one core at 1,000 reports, and it would run under every measurement).
Printed against the baseline measured in the same run, on the same database: the bare ``sqlite3`` fetch of the
same rows (no objects, no widgets). Medians and ranges of ``--runs`` runs (goal: each view ≤ 300 ms).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/views.py [--reports 1000] [--notes 3000] [--runs 7]``.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import search as search_bench  # noqa: E402 - the library builder of bench/search.py
from piyue.core.anchoring import NoteStatus, anchor_span  # noqa: E402
from piyue.core.readers import read_document  # noqa: E402
from piyue.storage import Library  # noqa: E402

CACHE = BENCH / ".cache"
GOAL = 0.3
TAGS = ("经济", "民生", "生态", "营商", "科技", "核对数据", "表述")
AUTHORS = ("王", "李", "张", "刘", "陈")
BODIES = (
    "**核对**：与统计公报不一致，需再查。",
    "这一提法与去年报告重复，建议改写。",
    "- 数据来源？\n- 口径是否一致？",
    "同比增速偏高，请与[统计局](https://www.stats.gov.cn)数据核对。",
    "建议补充具体措施和时间表。",
)


# ----------------------------------------------------------------------------- the library
def big_library(reports: int, notes: int, corpus: Path) -> Path:
    """The cached library of ``reports`` reports and ``notes`` notes (built the first time)."""
    path = CACHE / f"library-{reports}r-{notes}n.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    from piyue.segment import search_analyzer

    files = sorted(corpus.rglob("*.txt"))
    documents = [read_document(file) for file in files]
    analyzer = search_analyzer()
    analyzer.segmenter.wait()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with Library.open(partial, backups=False) as library:
        search_bench.build(files, documents, analyzer, library, math.ceil(reports / len(files)), limit=reports)
        add_notes(library, notes)
    partial.rename(path)
    return path


def add_notes(library: Library, count: int) -> None:
    """Spread ``count`` notes over the library's reports (a fixed random choice)."""
    chooser = random.Random(17)
    records = library.documents()
    started = time.perf_counter()
    per_document: dict[int, int] = {}
    for _ in range(count):
        record = chooser.choice(records)
        per_document[record.id] = per_document.get(record.id, 0) + 1
    for document_id, many in per_document.items():
        document = library.load(document_id)
        for _ in range(many):
            start = chooser.randrange(0, max(1, len(document.text) - 20))
            anchor = anchor_span(document, start, start + chooser.randint(4, 16))
            library.add_note(
                document_id,
                anchor,
                chooser.choice(BODIES),
                tags=chooser.sample(TAGS, chooser.randint(0, 2)),
                status=chooser.choice(list(NoteStatus)),
                author=chooser.choice(AUTHORS),
            )
    print(f"added {count} notes to {len(per_document)} reports in {time.perf_counter() - started:.1f} s")


# ----------------------------------------------------------------------------- baselines (bare sqlite3)
LIST_SQL = (
    "SELECT d.id, v.title, t.length, (SELECT count(*) FROM notes n WHERE n.document_id = d.id) "
    "FROM documents d JOIN versions v ON v.document_id = d.id JOIN texts t ON t.id = v.text_id "
    "WHERE v.number = (SELECT max(number) FROM versions w WHERE w.document_id = d.id)"
)
NOTES_SQL = "SELECT n.*, d.title FROM notes n JOIN documents d ON d.id = n.document_id"


def bare_fetch(path: Path, sql: str) -> float:
    """Seconds to fetch every row of ``sql`` through a bare ``sqlite3`` connection (opened in the time)."""
    started = time.perf_counter()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.execute(sql).fetchall()
    connection.close()
    return time.perf_counter() - started


# ----------------------------------------------------------------------------- timing through the widgets
class PaintWatch:
    """Notes when a widget (a view's viewport) paints."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        class _Filter(QObject):
            def __init__(self, owner: PaintWatch) -> None:
                super().__init__()
                self.owner = owner

            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.owner.painted += 1
                return False

        self.painted = 0
        self.filter = _Filter(self)


def wait_until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until ``condition()`` holds."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while not condition():
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not show its rows in time")
        time.sleep(0.0005)


def shown_after(viewport_of: Callable[[], Any], filled: Callable[[], bool]) -> float:
    """Wait until ``filled()`` holds and the viewport painted once after it; the time when it did."""
    watch = PaintWatch()
    state = {"filled_at_paint": -1}
    installed: list[Any] = []

    def done() -> bool:
        viewport = viewport_of()
        if viewport is not None and not installed:
            viewport.installEventFilter(watch.filter)
            installed.append(viewport)
        if state["filled_at_paint"] < 0 and filled():
            state["filled_at_paint"] = watch.painted
        return state["filled_at_paint"] >= 0 and watch.painted > state["filled_at_paint"]

    wait_until(done)
    if installed:
        installed[0].removeEventFilter(watch.filter)
    return time.perf_counter()


def idle_window(library: Library) -> Any:
    """A shown main window on ``library`` with the sample open and all its start-up work done."""
    from PySide6.QtCore import QSettings, QThreadPool

    from piyue.app import build_window, create_application
    from piyue.preferences import Preferences
    from piyue.ui.settings import UiState

    create_application()
    settings = Path(tempfile.mkdtemp(prefix="piyue-views-")) / "ui.ini"
    window = build_window(UiState(QSettings(str(settings), QSettings.Format.IniFormat)), Preferences(), library)
    # The related-reports pass of the key terms segments every other report of the library after a report opens
    # (minutes of one core at 1,000 reports, cached per window): off here, so that it does not run under the views.
    window.search.keywords = lambda *_args: None
    window.resize(1300, 850)
    window.show()
    assert window.open_path_now(window._sample)

    from piyue.ui.workers import all_idle

    def idle() -> bool:
        pools = [QThreadPool.globalInstance(), *window.findChildren(QThreadPool)]
        return not window.loader.busy and all(pool.waitForDone(0) for pool in pools) and all_idle(window)

    wait_until(idle)
    return window


def close_window(window: Any) -> None:
    """Close a benchmark window after its work finished."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone(60000)
    window.shutdown() if hasattr(window, "shutdown") else None
    window.hide()
    window.deleteLater()
    QApplication.processEvents()


def open_library(window: Any, reports: int) -> float:
    """View → Library until the reports are listed and painted."""
    panel = window.library_panel
    panel.model.set_rows([])  # a listing made while the window opened does not count
    started = time.perf_counter()
    window.library_action.trigger()
    return shown_after(lambda: panel.table.viewport(), lambda: panel.table.model().rowCount() == reports) - started


def open_notes_across(window: Any, notes: int) -> float:
    """View → Notes Across Reports until every note is listed and painted."""
    started = time.perf_counter()
    window.notes_across_action.trigger()
    return (
        shown_after(
            lambda: window.notes_across.table.viewport() if window.notes_across else None,
            lambda: window.notes_across is not None and window.notes_across.table.model().rowCount() == notes,
        )
        - started
    )


def open_compare(window: Any, reports: int) -> float:
    """View → Compare Reports until the library's reports are listed to pick from and painted."""
    started = time.perf_counter()
    window.compare_action.trigger()
    return (
        shown_after(
            lambda: window.compare.reports_list.viewport() if window.compare else None,
            lambda: window.compare is not None and window.compare.reports_list.count() == reports,
        )
        - started
    )


def compare_year(window: Any, year: str) -> tuple[float, int]:
    """(Compare open) Select Year → Compare until the side-by-side table is filled and painted; its rows."""
    view = window.compare
    view.year_combo.setCurrentIndex(view.year_combo.findText(year))
    view.select_year_button.click()
    chosen = len(view.checked_ids())
    started = time.perf_counter()
    view.compare_button.click()
    shown = shown_after(
        lambda: view.table.viewport(), lambda: view.table.rowCount() == chosen and view.compare_button.isEnabled()
    )
    return shown - started, chosen


# ----------------------------------------------------------------------------- running
def _line(label: str, times: list[float], baseline: list[float] | None = None) -> str:
    median = statistics.median(times)
    text = f"  {label:<34} median {median * 1000:7.1f} ms  [{min(times) * 1000:.1f}–{max(times) * 1000:.1f}]"
    if baseline:
        floor = statistics.median(baseline)
        text += f"   bare sqlite3 fetch {floor * 1000:6.1f} ms ({median / floor:5.1f}×)"
    return text + ("   ✓ ≤ 300 ms" if median <= GOAL else "   ✗ > 300 ms")


def measure(path: Path, runs: int, year: str) -> None:
    """Time each view ``runs`` times, each in a fresh window, alternating with the baselines."""
    times: dict[str, list[float]] = {"library": [], "notes": [], "compare": [], "year": []}
    bare: dict[str, list[float]] = {"list": [], "notes": []}
    with Library.open(path, backups=False) as library:
        reports = len(library.documents())
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        notes = connection.execute("SELECT count(*) FROM notes").fetchone()[0]
        connection.close()
        size = path.stat().st_size / 1e6
        print(f"{reports} reports, {notes} notes ({path}, {size:.0f} MB); load {os.getloadavg()[0]:.1f}")
        chosen = 0
        for run in range(runs):
            bare["list"].append(bare_fetch(path, LIST_SQL))
            bare["notes"].append(bare_fetch(path, NOTES_SQL))
            for name, action in (
                ("library", lambda w: open_library(w, reports)),
                ("notes", lambda w: open_notes_across(w, notes)),
                ("compare", lambda w: open_compare(w, reports)),
            ):
                window = idle_window(library)
                times[name].append(action(window))
                if name == "compare":
                    elapsed, chosen = compare_year(window, year)
                    times["year"].append(elapsed)
                close_window(window)
            print(f"  run {run + 1}: " + ", ".join(f"{k} {v[-1] * 1000:.0f} ms" for k, v in times.items()), flush=True)
    load = os.getloadavg()[0]
    print(f"\nviews at {reports} reports, {notes} notes; {runs} runs, each in a fresh window; load {load:.1f}")
    print(_line("Library", times["library"], bare["list"]))
    print(_line("All Notes (notes across reports)", times["notes"], bare["notes"]))
    print(_line("Compare (reports listed)", times["compare"], bare["list"]))
    print(_line(f"Compare {year} ({chosen} reports)", times["year"]))


def main() -> int:
    """Build (or reuse) the big library and time the views."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", default="2026", help="the year whose reports Compare compares")
    parser.add_argument("--corpus", type=Path, default=BENCH.parents[1] / "shared" / "corpus")
    args = parser.parse_args()
    path = big_library(args.reports, args.notes, args.corpus)
    measure(path, args.runs, args.year)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
