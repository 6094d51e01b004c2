"""Background work for the window: one module for every worker thread.

A :class:`TaskRunner` runs functions on its own thread pool and hands their outcome back on the
thread it lives on (the UI thread), through queued signals:

- ``submit(fn, key=..., on_done=..., on_failed=..., on_progress=...)`` runs ``fn(token)`` on a worker;
  the function receives a :class:`CancelToken`, checks ``token.cancelled`` (or calls ``token.check()``)
  and may report progress with ``token.report(value)``;
- **newest wins**: a request superseded by a newer one with the same ``key`` is cancelled and never
  delivers its result, its failure or its progress;
- any exception the function raises becomes a one-line :attr:`TaskRunner.failed` (never a traceback);
- :meth:`TaskRunner.shutdown` cancels everything and waits (up to a timeout) for the threads to finish,
  so that the library can be closed after it; :meth:`TaskRunner.is_idle` tells whether nothing is
  pending, including results not yet delivered.

A task can pass a point of no return with :meth:`CancelToken.commit` (an export that began writing its
file): from then on cancelling it fails and its result is delivered.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

__all__ = ["CancelToken", "Cancelled", "Task", "TaskRunner", "all_idle", "one_line", "shutdown_all"]

T = TypeVar("T")


class Cancelled(BaseException):
    """Raised by :meth:`CancelToken.check` in a cancelled task; the runner drops the task quietly.

    A ``BaseException`` (like :class:`asyncio.CancelledError`): an ``except Exception`` in the task
    does not swallow it.
    """


def one_line(text: str, limit: int = 300) -> str:
    """The first non-empty line of ``text``, cut to ``limit`` characters."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def describe_error(error: BaseException) -> str:
    """The default one-line description of a failure: its message, or its class when it has none."""
    return one_line(str(error)) or error.__class__.__name__


class CancelToken:
    """Whether a task is still wanted; shared (thread-safely) by the UI thread and the worker."""

    def __init__(self, report: Callable[[object], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._committed = False
        self._report = report

    @property
    def cancelled(self) -> bool:
        """Whether the task was cancelled (superseded, cancelled by the user, or shut down)."""
        return self._cancelled

    def cancel(self) -> bool:
        """Cancel unless the task already committed; whether it is cancelled now."""
        with self._lock:
            if not self._committed:
                self._cancelled = True
            return self._cancelled

    def commit(self) -> bool:
        """Pass the point of no return (from now on the task cannot be cancelled); False when cancelled."""
        with self._lock:
            if self._cancelled:
                return False
            self._committed = True
            return True

    def check(self) -> None:
        """Raise :class:`Cancelled` when the task was cancelled."""
        if self._cancelled:
            raise Cancelled

    def report(self, value: object) -> None:
        """Report progress (``value`` reaches ``on_progress`` on the UI thread unless cancelled)."""
        if self._report is not None and not self._cancelled:
            self._report(value)


@dataclass(slots=True)
class Task(Generic[T]):
    """A submitted request: its id, its key and its token."""

    id: int
    key: str | None
    token: CancelToken
    on_done: Callable[[T], object] | None = None
    on_failed: Callable[[str], object] | None = None
    on_progress: Callable[[Any], object] | None = None

    def cancel(self) -> bool:
        """Cancel the request (its result will not be delivered); False when it already committed."""
        return self.token.cancel()


class _Job(QRunnable):
    """Runs one task on a pool thread and posts its outcome to the runner."""

    def __init__(
        self, runner: TaskRunner, task: Task[Any], fn: Callable[[CancelToken], Any], describe: Callable[..., str]
    ) -> None:
        super().__init__()
        self._runner = runner
        self._task = task
        self._fn = fn
        self._describe = describe

    def run(self) -> None:
        task, runner = self._task, self._runner
        if task.token.cancelled:
            _post(runner, "_ended", task.id)
            return
        try:
            result = self._fn(task.token)
        except Cancelled:
            _post(runner, "_ended", task.id)
        except BaseException as err:  # every failure becomes one line, never a traceback
            try:
                message = self._describe(err)
            except Exception:
                message = describe_error(err)
            _post(runner, "_failed", task.id, message)
        else:
            _post(runner, "_finished", task.id, result)


def _post(runner: QObject, signal: str, *args: object) -> None:
    """Emit ``runner``'s ``signal`` from a worker; a runner deleted meanwhile has nobody waiting (no traceback)."""
    with contextlib.suppress(RuntimeError):
        getattr(runner, signal).emit(*args)


class TaskRunner(QObject):
    """Runs functions on a pool of its own and delivers their outcome on the UI thread."""

    #: A request finished (request id, its result).
    finished = Signal(int, object)
    #: A request failed (request id, one line).
    failed = Signal(int, str)
    #: A request reported progress (request id, what it reported).
    progress = Signal(int, object)

    # Posted by the workers (queued to this object's thread).
    _finished = Signal(int, object)
    _failed = Signal(int, str)
    _progress = Signal(int, object)
    _ended = Signal(int)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 1, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name or "taskRunner")
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, max_threads))
        self._pending: dict[int, Task[Any]] = {}
        self._latest: dict[str, int] = {}
        self._next_id = 0
        self._closed = False
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_failed)
        self._progress.connect(self._on_progress)
        self._ended.connect(self._on_ended)

    def submit(
        self,
        fn: Callable[[CancelToken], T],
        *,
        key: str | None = None,
        newest_wins: bool = True,
        on_done: Callable[[T], object] | None = None,
        on_failed: Callable[[str], object] | None = None,
        on_progress: Callable[[Any], object] | None = None,
        describe: Callable[[BaseException], str] = describe_error,
    ) -> Task[T]:
        """Run ``fn(token)`` on a worker; the callbacks run on this runner's thread.

        With a ``key`` and ``newest_wins``, a running or queued request with the same key is cancelled.
        After :meth:`shutdown` nothing runs (the task comes back cancelled).
        """
        self._next_id += 1
        request = self._next_id
        token = CancelToken(lambda value: _post(self, "_progress", request, value))
        task: Task[T] = Task(request, key, token, on_done, on_failed, on_progress)
        if self._closed:
            token.cancel()
            return task
        if key is not None and newest_wins and (older := self._latest.get(key)) in self._pending:
            self._pending[older].token.cancel()
        if key is not None:
            self._latest[key] = request
        self._pending[request] = task
        self._pool.start(_Job(self, task, fn, describe))
        return task

    def cancel(self, key: str | None = None) -> None:
        """Cancel every pending request (with ``key``: those with that key)."""
        for task in list(self._pending.values()):
            if key is None or task.key == key:
                task.token.cancel()

    def is_idle(self) -> bool:
        """Whether nothing is running, queued, or waiting to be delivered."""
        return not self._pending and self._pool.activeThreadCount() == 0

    def wait(self, msecs: int = 30000) -> bool:
        """Wait (without delivering results) until no worker runs; whether they all finished."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10000) -> bool:
        """Cancel everything, refuse new work, and wait up to ``msecs`` for the workers; whether they finished."""
        self._closed = True
        self.cancel()
        return self._pool.waitForDone(max(0, msecs))

    # ----------------------------------------------------------------- delivery (UI thread)
    def _take(self, request: int) -> Task[Any] | None:
        """The pending request, removed; None when it is no longer wanted."""
        task = self._pending.pop(request, None)
        if task is None:
            return None
        if task.key is not None and self._latest.get(task.key) == request:
            del self._latest[task.key]
        return None if task.token.cancelled else task

    @Slot(int, object)
    def _on_finished(self, request: int, result: object) -> None:
        if (task := self._take(request)) is not None:
            self.finished.emit(request, result)
            if task.on_done is not None:
                task.on_done(result)

    @Slot(int, str)
    def _on_failed(self, request: int, message: str) -> None:
        if (task := self._take(request)) is not None:
            self.failed.emit(request, message)
            if task.on_failed is not None:
                task.on_failed(message)

    @Slot(int, object)
    def _on_progress(self, request: int, value: object) -> None:
        task = self._pending.get(request)
        if task is not None and not task.token.cancelled:
            self.progress.emit(request, value)
            if task.on_progress is not None:
                task.on_progress(value)

    @Slot(int)
    def _on_ended(self, request: int) -> None:
        self._take(request)


def runners(root: QObject) -> list[TaskRunner]:
    """The task runners under ``root`` (its children, grandchildren…)."""
    return root.findChildren(TaskRunner)


def all_idle(root: QObject) -> bool:
    """Whether every task runner under ``root`` is idle."""
    return all(runner.is_idle() for runner in runners(root))


def shutdown_all(root: QObject, msecs: int) -> bool:
    """Shut down every task runner under ``root``, waiting up to ``msecs`` in all; whether all finished."""
    found = runners(root)
    for runner in found:
        runner.cancel()
    deadline = QDeadlineTimer(max(0, msecs))
    return all([runner.shutdown(max(0, deadline.remainingTime())) for runner in found])
