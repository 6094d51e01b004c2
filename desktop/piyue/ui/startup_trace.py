"""``piyue [FILE] --trace [--quit-when-ready]``: the window reports its own start-up (DESIGN.md §6).

Events go to stderr as JSON lines ``{"event": NAME, "t": seconds since the epoch}``:

- ``first-paint``: the reading pane was painted for the first time;
- ``highlights``: the first document is painted with its figures highlighted and its outline shown;
- ``ready``: all start-up work is done — the document stored, analysed, its notes shown, and the
  background work that opening started (jieba, the search index, key terms) finished.

With ``quit_when_ready`` the application exits 0 after ``ready``; a document that cannot be
opened prints one line and exits 2.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from piyue.ui.main_window import MainWindow

EVENTS = ("first-paint", "highlights", "ready")
_POLL_MS = 10


def trace_line(event: str, when: float | None = None) -> str:
    """One trace line (JSON, no newline) for ``event`` at ``when`` (now by default)."""
    return json.dumps({"event": event, "t": round(time.time() if when is None else when, 6)})


class StartupTrace(QObject):
    """Watches a main window through its start and writes the §6 start-up events."""

    def __init__(
        self, window: MainWindow, *, quit_when_ready: bool = False, echo: bool = True, stream: TextIO | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._stream = stream if stream is not None else sys.stderr
        self._echo = echo  # False: only quit when ready (no lines)
        self._quit = quit_when_ready
        self.emitted: list[str] = []
        self._analysed = False
        self._failed = False
        window.reading_view.viewport().installEventFilter(self)
        window.analysisShown.connect(self._on_analysis_shown)
        window.loader.failed.connect(self._on_failed)

    # ----------------------------------------------------------------- events
    def _emit(self, event: str) -> None:
        if event in self.emitted:
            return
        self.emitted.append(event)
        if self._echo:
            print(trace_line(event), file=self._stream, flush=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Paints of the reading pane mark ``first-paint`` and, once the figures are in, ``highlights``."""
        if event.type() == QEvent.Type.Paint:
            self._emit("first-paint")
            if self._analysed and self._outline_shown():
                self._emit("highlights")
                self._window.reading_view.viewport().removeEventFilter(self)
                QTimer.singleShot(0, self._wait_until_idle)
        return False

    def _outline_shown(self) -> bool:
        window = self._window
        return window.outline_model.rowCount() > 0 or not window.document or not window.document.sections

    @Slot()
    def _on_analysis_shown(self) -> None:
        if self._analysed:
            return
        self._analysed = True
        self._window.reading_view.viewport().update()  # the next paint has the highlights

    @Slot(Path, str)
    def _on_failed(self, path: Path, message: str) -> None:
        if self._failed or "ready" in self.emitted:
            return
        self._failed = True
        if self._quit:
            print(f"piyue: {message}", file=sys.stderr, flush=True)
            QApplication.exit(2)

    # ----------------------------------------------------------------- ready
    def _busy(self) -> bool:
        """Whether start-up work is still running: a load, or any task runner of the window."""
        from piyue.ui.workers import all_idle

        return self._window.loader.busy or not all_idle(self._window)

    def _wait_until_idle(self) -> None:
        if self._busy():
            QTimer.singleShot(_POLL_MS, self._wait_until_idle)
            return
        # Results posted by the workers just before they finished are delivered first.
        QTimer.singleShot(0, self._settled)

    def _settled(self) -> None:
        if self._busy():  # a delivered result started more work (e.g. key terms after storing)
            QTimer.singleShot(_POLL_MS, self._wait_until_idle)
            return
        self._emit("ready")
        if self._quit:
            QApplication.exit(0)
