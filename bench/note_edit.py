"""Benchmark: a note edit in a 1 MB report (issue 13; goal ≤ 30 ms).

A window with a library shows a report of at least 1 MiB (corpus reports joined; the sample when the
corpus is absent, repeated), with 50 notes. Timed, median of several runs each:

- ``view``: the reading pane repainting a note whose colour changed (``ReadingView.set_notes``);
- ``edit``: the whole edit as the user makes it: stored, notes reloaded, panel, outline and text updated
  (``NotesService.edit``), then undone;
- ``add``/``undo add``: a new note and its undo;
- ``baseline``: what every note change cost before issue 13 — the whole text laid out again
  (``ReadingView._render``), measured in the same run.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/note_edit.py [--runs N] [--size BYTES]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


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


def _timed(action, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return times


def main() -> int:
    """Run the benchmark and print medians in milliseconds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--size", type=int, default=1 << 20)
    args = parser.parse_args()
    from dataclasses import replace

    from PySide6.QtCore import QSettings

    from piyue.app import build_window, create_application
    from piyue.core.anchoring import anchor_span
    from piyue.preferences import Preferences
    from piyue.services.library import Library
    from piyue.ui.settings import UiState

    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "big.txt"
        report.write_text(_report_text(args.size), "utf-8")
        library = Library.open(Path(folder) / "notes.sqlite3", backups=False)
        state = UiState(QSettings(str(Path(folder) / "ui.ini"), QSettings.Format.IniFormat))
        window = build_window(state, Preferences(), library)
        window.resize(1300, 850)
        window.show()
        assert window.open_path_now(report)
        app.processEvents()
        document, service, view = window.document, window.notes.service, window.reading_view
        assert document is not None
        step = len(document.text) // 51
        for i in range(1, 51):
            service.add(anchor_span(document, i * step, i * step + 12), f"批注{i}")
        note = service.notes[25]
        colours = ["#e06666", "#5b9bd5"]

        def view_only() -> None:
            colours.reverse()
            notes = [replace(n, color=colours[0]) if n.id == note.id else n for n in service.notes]
            view.set_notes(notes)

        def edit() -> None:
            colours.reverse()
            current = service.note(note.id)
            assert current is not None
            service.edit(note.id, body=current.body, color=colours[0], tags=current.tags, status=current.status)

        def add_and_undo() -> tuple[float, float]:
            began = time.perf_counter()
            service.add(anchor_span(document, 7 * step + 40, 7 * step + 60), "新批注")
            added = time.perf_counter() - began
            began = time.perf_counter()
            service.undo_stack.undo()
            return added, time.perf_counter() - began

        results = {
            "view": _timed(view_only, args.runs),
            "edit": _timed(edit, args.runs),
        }
        pairs = [add_and_undo() for _ in range(args.runs)]
        results["add"] = [a for a, _ in pairs]
        results["undo add"] = [u for _, u in pairs]
        results["baseline (full layout)"] = _timed(lambda: view._render(keep_offset=view.top_offset()), 3)
        print(f"report: {len(document.text):,} characters, {report.stat().st_size:,} bytes, 50 notes")
        base = statistics.median(results["baseline (full layout)"])
        for name, times in results.items():
            median = statistics.median(times)
            print(f"{name:>24}: median {median * 1000:7.1f} ms  (×{median / base:.3f} of a full layout)")
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
