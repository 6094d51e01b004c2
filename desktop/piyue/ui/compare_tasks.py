"""Background work of the Compare view: listing the library's reports and comparing a selection."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal


class TaskSignals(QObject):
    """A task's result (any object) or its one-line failure."""

    done = Signal(object)
    failed = Signal(str)


class CallTask(QRunnable):
    """Runs ``function()`` on a pool thread and reports through ``signals``."""

    def __init__(self, function: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self._function = function
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as err:  # reported as one line in the view
            self._emit(self._signals.failed, str(err) or err.__class__.__name__)
            return
        self._emit(self._signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the view was closed meanwhile: nobody waits for it
            signal.emit(value)
