"""The worker module: newest request wins, cancel, failures as one line, delivery on the UI thread, shutdown."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QThread

from piyue.ui.workers import CancelToken, TaskRunner, all_idle, shutdown_all


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown(10000)
    qtbot.waitUntil(runner.is_idle, timeout=5000)


def _until_cancelled(token: CancelToken, limit: float = 10.0) -> str:
    deadline = time.monotonic() + limit
    while not token.cancelled and time.monotonic() < deadline:
        time.sleep(0.005)
    return "cancelled" if token.cancelled else "timed out"


def test_newest_request_wins(runner, qtbot):
    started = threading.Event()
    release = threading.Event()
    done: list[str] = []
    signalled: list[tuple[int, object]] = []
    runner.finished.connect(lambda request, result: signalled.append((request, result)))

    def slow(_token: CancelToken) -> str:
        started.set()
        release.wait(10)
        return "A"

    first = runner.submit(slow, key="search", on_done=done.append)
    assert started.wait(10)
    second = runner.submit(lambda _token: "B", key="search", on_done=done.append)
    assert first.token.cancelled and not second.token.cancelled
    release.set()
    qtbot.waitUntil(runner.is_idle, timeout=10000)
    assert done == ["B"]
    assert signalled == [(second.id, "B")]


def test_different_keys_both_deliver(runner, qtbot):
    done: list[str] = []
    runner.submit(lambda _token: "list", key="list", on_done=done.append)
    runner.submit(lambda _token: "import", key="import", on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10000)
    assert done == ["list", "import"]


def test_a_cancelled_request_delivers_nothing(runner, qtbot):
    started = threading.Event()
    outcomes: list[object] = []

    def work(token: CancelToken) -> str:
        started.set()
        return _until_cancelled(token)

    task = runner.submit(work, on_done=outcomes.append, on_failed=outcomes.append, on_progress=outcomes.append)
    assert started.wait(10)
    assert not runner.is_idle()
    assert task.cancel()
    qtbot.waitUntil(runner.is_idle, timeout=10000)
    QCoreApplication.processEvents()
    assert outcomes == []


def test_check_stops_a_cancelled_task_quietly(runner, qtbot, capfd):
    failures: list[str] = []

    def work(token: CancelToken) -> None:
        while True:
            token.check()
            time.sleep(0.005)

    task = runner.submit(work, on_failed=failures.append)
    time.sleep(0.05)
    task.cancel()
    qtbot.waitUntil(runner.is_idle, timeout=10000)
    assert failures == []
    assert capfd.readouterr().err == ""


def test_an_exception_becomes_one_failed_line_and_nothing_on_stderr(runner, qtbot, capfd):
    failures: list[str] = []
    signalled: list[tuple[int, str]] = []
    runner.failed.connect(lambda request, message: signalled.append((request, message)))

    def broken(_token: CancelToken) -> None:
        raise ValueError("the index is damaged\nsecond line")

    task = runner.submit(broken, on_failed=failures.append)
    runner.submit(lambda _token: 1 / 0, on_failed=failures.append, describe=lambda err: type(err).__name__)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=10000)
    assert failures == ["the index is damaged", "ZeroDivisionError"]
    assert signalled[0] == (task.id, "the index is damaged")
    assert capfd.readouterr().err == ""


def test_an_exception_without_a_message_is_named_by_its_class(runner, qtbot):
    failures: list[str] = []

    def broken(_token: CancelToken) -> None:
        raise KeyError

    runner.submit(broken, on_failed=failures.append)
    qtbot.waitUntil(lambda: failures == ["KeyError"], timeout=10000)


def test_results_and_progress_arrive_on_the_ui_thread(runner, qtbot):
    ui_thread = QCoreApplication.instance().thread()
    seen: dict[str, object] = {}
    progress: list[tuple[int, bool]] = []

    def work(token: CancelToken) -> int:
        seen["worker"] = QThread.currentThread() is not ui_thread
        for step in range(3):
            token.report(step)
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done on ui"] = QThread.currentThread() is ui_thread

    def step(value: int) -> None:
        progress.append((value, QThread.currentThread() is ui_thread))

    runner.submit(work, on_done=done, on_progress=step)
    qtbot.waitUntil(lambda: "result" in seen, timeout=10000)
    assert seen == {"worker": True, "result": 42, "done on ui": True}
    assert progress == [(0, True), (1, True), (2, True)]  # in order, before the result


def test_a_superseded_request_reports_no_progress(runner, qtbot):
    started = threading.Event()
    release = threading.Event()
    progress: list[str] = []

    def first(token: CancelToken) -> None:
        started.set()
        release.wait(10)
        token.report("old")

    runner.submit(first, key="load", on_progress=progress.append)
    assert started.wait(10)
    runner.submit(lambda token: token.report("new"), key="load", on_progress=progress.append)
    release.set()
    qtbot.waitUntil(runner.is_idle, timeout=10000)
    assert progress == ["new"]


def test_a_committed_task_cannot_be_cancelled_and_delivers(runner, qtbot):
    committed = threading.Event()
    release = threading.Event()
    done: list[str] = []

    def write(token: CancelToken) -> str:
        assert token.commit()
        committed.set()
        release.wait(10)
        return "written"

    task = runner.submit(write, on_done=done.append)
    assert committed.wait(10)
    assert not task.cancel()
    release.set()
    qtbot.waitUntil(lambda: done == ["written"], timeout=10000)


def test_a_cancelled_task_cannot_commit(runner, qtbot):
    token = CancelToken()
    assert token.cancel()
    assert not token.commit()
    assert token.cancelled


def test_shutdown_cancels_and_drains(runner, qtbot):
    started = threading.Event()
    outcomes: list[str] = []

    def work(token: CancelToken) -> str:
        started.set()
        return _until_cancelled(token)

    runner.submit(work, on_done=outcomes.append)
    runner.submit(work, on_done=outcomes.append)  # queued behind the first: never starts its work
    assert started.wait(10)
    assert runner.shutdown(10000)
    qtbot.waitUntil(runner.is_idle, timeout=10000)
    assert outcomes == []
    late = runner.submit(lambda _token: outcomes.append("ran"))  # refused after shutdown
    assert late.token.cancelled
    assert runner.wait(1000) and outcomes == []


def test_shutdown_reports_a_task_that_outlives_the_timeout(runner):
    started = threading.Event()
    release = threading.Event()

    def stubborn(_token: CancelToken) -> None:  # ignores the token
        started.set()
        release.wait(10)

    runner.submit(stubborn)
    assert started.wait(10)
    assert runner.shutdown(50) is False
    release.set()
    assert runner.wait(10000)


def test_shutdown_all_and_all_idle_cover_the_runners_under_a_parent(qtbot):
    from PySide6.QtCore import QObject

    root = QObject()
    first, second = TaskRunner(root), TaskRunner(QObject(root))
    started = threading.Event()

    def work(token: CancelToken) -> str:
        started.set()
        return _until_cancelled(token)

    first.submit(work)
    second.submit(work)
    assert started.wait(10)
    assert not all_idle(root)
    assert shutdown_all(root, 10000)
    qtbot.waitUntil(lambda: all_idle(root), timeout=10000)


def test_a_result_for_a_deleted_runner_is_dropped_quietly(qtbot, capfd):
    runner = TaskRunner()
    done: list[int] = []
    runner.submit(lambda _token: 1, on_done=done.append)
    assert runner.wait(10000)  # the result is posted, not delivered yet
    shiboken6.delete(runner)
    qtbot.wait(50)
    assert done == []
    assert capfd.readouterr().err == ""


def test_deleting_a_runner_while_its_task_runs_prints_nothing(qtbot, capfd):
    runner = TaskRunner()
    started = threading.Event()
    done: list[int] = []

    def work(token: CancelToken) -> int:
        started.set()
        time.sleep(0.2)
        token.report(0)
        return 1

    runner.submit(work, on_done=done.append, on_progress=done.append)
    assert started.wait(10)
    shiboken6.delete(runner)  # waits for the task, whose result then has nowhere to go
    qtbot.wait(50)
    assert done == []
    assert capfd.readouterr().err == ""
