"""Benchmark: a note edit in a 1 MB report, end to end (issue 13; goal ≤ 30 ms median).

A window with a library shows a report of at least 1 MiB (corpus reports joined; the sample, repeated, when
the corpus is absent) with 50 notes, then 1,000 (``--notes``). Once the window is idle (report stored, search
index built), each step is timed the way the user makes it, through the real widgets: the note editor is
opened on a note (not timed), its colour is changed, and the clock runs from pressing **Save** until the
note is stored (committed with the library's pragmas: WAL, ``synchronous=FULL``) and the editor closed and
the notes panel, its card, the outline and the reading pane are updated and the queued layout and paint
events have run. Likewise **Add** (Save in the editor of a new note) and **Undo** (Ctrl+Z) of that add.

Printed in the same run, alternately with the steps above:

- ``former``: the same Save with the former update, every note read again from the library and the panel's
  model reset (what each change cost before);
- ``store only``: ``Library.edit_note`` alone (the durable transaction);
- the cost of one small commit on the same disk with ``synchronous=FULL`` and ``NORMAL`` (WAL), the
  durability trade-off measured rather than assumed (see docs/durability.md);
- ``pane only``: the reading pane repainting the note's spans (``ReadingView.set_notes``).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/note_edit.py [--runs N] [--size BYTES] [--notes N ...]``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
COLOURS = ("#e06666", "#5b9bd5")


class Clock:
    """Wall time and this process's CPU time since it was made (the CPU time is steadier on a loaded machine;
    the wall time includes the disk's fsync and waiting for a CPU)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self) -> tuple[float, float]:
        """Seconds of (wall, CPU) so far."""
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def _report_text(size: int) -> str:
    from piyue.paths import sample_report

    parts = sorted(CORPUS.glob("**/*.txt")) if CORPUS.is_dir() else []
    texts = [p.read_text("utf-8") for p in parts] or [sample_report().read_text("utf-8")]
    out: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            out.append(text)
            total += len(text.encode("utf-8"))
            if total >= size:
                break
    return "\n".join(out)


def commit_cost(folder: Path, synchronous: str, runs: int = 30) -> list[float]:
    """Seconds per commit of a one-row update in WAL mode with ``synchronous`` (FULL or NORMAL)."""
    path = folder / f"commit-{synchronous}.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA synchronous={synchronous}")
    connection.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT OR REPLACE INTO t VALUES (1, '')")
    times = []
    for i in range(runs):
        began = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE t SET body = ? WHERE id = 1", (f"批注{i}" * 20,))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - began)
    connection.close()
    return times


Times = tuple[float, float]  # seconds of wall and CPU time


class Bench:
    """A window on the big report, and the steps to time in it."""

    def __init__(self, folder: Path, text: str) -> None:
        from PySide6.QtCore import QSettings

        from piyue.app import build_window, create_application
        from piyue.preferences import Preferences
        from piyue.services.library import Library
        from piyue.ui.settings import UiState

        self.app = create_application()
        self.folder = folder
        self.report = folder / "big.txt"
        self.report.write_text(text, "utf-8")
        self.library = Library.open(folder / "notes.sqlite3", backups=False)
        state = UiState(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
        self.window = build_window(state, Preferences(), self.library)
        self.window.resize(1300, 850)
        self.window.show()
        assert self.window.open_path_now(self.report)
        self.window.notes_dock.show()
        self.settle()
        self.idle_after = self._wait_idle()

    def settle(self) -> None:
        """Run the queued events (layouts, paints) until none are left."""
        for _ in range(3):
            self.app.processEvents()

    def _wait_idle(self) -> float:
        """Wait until storing, analysis and the search index are done (a note write would wait for them)."""
        from PySide6.QtCore import QThreadPool

        try:
            from piyue.ui.workers import all_idle
        except ImportError:  # an older checkout (--before runs): no task runners yet
            all_idle = lambda _window: True  # noqa: E731

        window, began = self.window, time.perf_counter()
        while (
            window.loader.busy
            or not window.search.segmenter_ready
            or not all_idle(window)
            or not all(p.waitForDone(0) for p in (*window.findChildren(QThreadPool), QThreadPool.globalInstance()))
        ):
            self.app.processEvents()
            time.sleep(0.02)
        self.settle()
        return time.perf_counter() - began

    def fill(self, count: int) -> None:
        """Give the report ``count`` notes (stored directly, then read once by the window)."""
        from piyue.core.anchoring import anchor_span

        service = self.window.notes.service
        document = self.window.document
        assert document is not None and service.document_id is not None
        have = len(service.notes)
        step = len(document.text) // (count + 1)
        for i in range(have + 1, count + 1):
            anchor = anchor_span(document, i * step, i * step + 12)
            self.library.add_note(service.document_id, anchor, f"批注{i}：核实口径。", tags=[f"标签{i % 7}"])
        service.reload()
        self.settle()

    def save_in_editor(self) -> Times:
        """Open the editor on the middle note, pick the other colour, press Save: seconds from the press until
        stored and shown."""
        from PySide6.QtWidgets import QPushButton

        controller = self.window.notes
        note = controller.service.notes[len(controller.service.notes) // 2]
        editor = controller.edit_note(note)
        self.settle()
        editor.color_box.setCurrentIndex(editor._colors.index(COLOURS[0] if note.color != COLOURS[0] else COLOURS[1]))
        save = editor.findChild(QPushButton, "noteSave")
        clock = Clock()
        save.click()
        self.settle()
        elapsed = clock.read()
        assert controller.editor is None, "the editor stayed open: the note was not stored"
        return elapsed

    def add_and_undo(self) -> tuple[Times, Times]:
        """Select a passage, open the editor (Ctrl+Alt+N's action), type, press Save; then Undo (Ctrl+Z's
        action). Seconds of each, from the press until stored and shown."""
        from PySide6.QtWidgets import QPushButton

        window = self.window
        document = window.document
        assert document is not None
        start = len(document.text) // 3 + 40
        window.reading_view.select_span(start, start + 16)
        editor = window.notes.add_note_on_selection()
        assert editor is not None
        editor.body_edit.setPlainText("新批注：**核实**口径")
        self.settle()
        count = len(window.notes.service.notes)
        clock = Clock()
        editor.findChild(QPushButton, "noteSave").click()
        self.settle()
        added = clock.read()
        assert len(window.notes.service.notes) == count + 1
        clock = Clock()
        window.notes.undo_action.trigger()
        self.settle()
        undone = clock.read()
        assert len(window.notes.service.notes) == count
        return added, undone

    def former(self) -> Times:
        """The same Save with the former update: every note read again, the panel's model reset."""
        service = self.window.notes.service
        model = self.window.notes_panel.model
        take, set_notes = service._take, model.set_notes

        def reset(notes: list) -> None:
            model.beginResetModel()
            model._notes = []
            model.endResetModel()
            set_notes(notes)

        service._take = lambda _note, removes: service.reload()  # type: ignore[method-assign]
        model.set_notes = reset  # type: ignore[method-assign]
        try:
            return self.save_in_editor()
        finally:
            service._take, model.set_notes = take, set_notes  # type: ignore[method-assign]

    def store_only(self) -> Times:
        """``Library.edit_note`` alone: the durable transaction of a colour change."""
        service = self.window.notes.service
        note = service.notes[len(service.notes) // 4]
        clock = Clock()
        self.library.edit_note(note.id, color=COLOURS[int(time.monotonic_ns() % 2)])
        elapsed = clock.read()
        service.reload()  # keep the window's list as stored (not timed)
        self.settle()
        return elapsed

    def pane_only(self) -> Times:
        """The reading pane repainting one note's spans after its colour changed."""
        from dataclasses import replace

        service, view = self.window.notes.service, self.window.reading_view
        note = service.notes[len(service.notes) // 2]
        colour = COLOURS[0] if view._notes and note.color != COLOURS[0] else COLOURS[1]
        notes = [replace(n, color=colour) if n.id == note.id else n for n in service.notes]
        clock = Clock()
        view.set_notes(notes)
        elapsed = clock.read()
        view.set_notes(service.notes)
        return elapsed

    def close(self) -> None:
        self.window.close()
        self.library.close()


def _line(name: str, times: list[Times], base: Times | None = None) -> str:
    ms = 1000
    wall, cpu = [t[0] for t in times], [t[1] for t in times]
    ratio = f"  ×{statistics.median(wall) / base[0]:.2f} of former" if base else ""
    return (
        f"  {name:>34}: median {statistics.median(wall) * ms:6.1f} ms [{min(wall) * ms:.1f}–{max(wall) * ms:.1f}]"
        f"  CPU {statistics.median(cpu) * ms:5.1f} ms{ratio}"
    )


def measure(bench: Bench, runs: int) -> None:
    """Time every step ``runs`` times, the steps alternating, and print medians and ranges."""
    if not hasattr(bench.window.notes.service, "_take"):  # an older checkout: its Save is the former one
        bench.former = bench.save_in_editor  # type: ignore[method-assign]
    steps: dict[str, Callable[[], Times]] = {
        "former: Save, all notes read again": bench.former,
        "Save in the editor (edit)": bench.save_in_editor,
        "store only (Library.edit_note)": bench.store_only,
        "pane only (ReadingView.set_notes)": bench.pane_only,
    }
    times: dict[str, list[Times]] = {name: [] for name in steps}
    times["Save in the editor (add)"] = []
    times["Undo of the add (Ctrl+Z)"] = []
    for _ in range(runs):
        for name, step in steps.items():
            times[name].append(step())
        added, undone = bench.add_and_undo()
        times["Save in the editor (add)"].append(added)
        times["Undo of the add (Ctrl+Z)"].append(undone)
    former = times["former: Save, all notes read again"]
    base = (statistics.median(t[0] for t in former), statistics.median(t[1] for t in former))
    for name, values in times.items():
        print(_line(name, values, None if name.startswith("former") else base))


def main() -> int:
    """Run the benchmark and print medians in milliseconds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--size", type=int, default=1 << 20)
    parser.add_argument("--notes", type=int, nargs="+", default=[50, 1000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parents[1]) as name:
        folder = Path(name)  # on the disk the library would be on (not a tmpfs)
        print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        bench = Bench(folder, _report_text(args.size))
        document = bench.window.document
        assert document is not None
        print(
            f"report: {len(document.text):,} characters, {bench.report.stat().st_size:,} bytes; "
            f"window idle (stored, indexed) after {bench.idle_after:.1f} s"
        )
        for count in args.notes:
            bench.fill(count)
            print(f"{len(bench.window.notes.service.notes)} notes, {args.runs} runs (ms: median [min–max]):")
            measure(bench, args.runs)
        for synchronous in ("FULL", "NORMAL"):
            wall = [(t, t) for t in commit_cost(folder, synchronous)]  # no CPU time: the disk's
            print(_line(f"one commit, synchronous={synchronous}", wall).split("  CPU")[0])
        print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        bench.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
