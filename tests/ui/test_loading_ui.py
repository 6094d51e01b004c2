"""Opening reports in the window on the worker module: the newest open wins, Esc cancels, a bug is one line."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import piyue.ui.loader as loader_module


def _report(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n各位代表：\n一、工作回顾\n正文。\n二、工作安排\n正文。\n", "utf-8")
    return path


def _gate_reading(monkeypatch, slow: Path) -> tuple[threading.Event, threading.Event]:
    """Reading ``slow`` waits for the returned ``release`` (``reading`` is set when it started)."""
    reading, release = threading.Event(), threading.Event()
    real = loader_module.read_document

    def gated(path: Path):
        if Path(path) == slow:
            reading.set()
            release.wait(10)
        return real(path)

    monkeypatch.setattr(loader_module, "read_document", gated)
    return reading, release


def test_the_newest_open_wins(window, qtbot, tmp_path, monkeypatch):
    first = _report(tmp_path, "a.txt", "2026年甲市政府工作报告")
    second = _report(tmp_path, "b.txt", "2026年乙市政府工作报告")
    reading, release = _gate_reading(monkeypatch, first)
    loaded: list[Path] = []
    window.loader.loaded.connect(lambda path, _document, _stored: loaded.append(path))
    window.open_path(first)
    assert reading.wait(10)
    window.open_path(second)  # while the first is still being read
    release.set()
    qtbot.waitUntil(lambda: not window.loader.busy and window.loader.runner.is_idle(), timeout=10000)
    assert loaded == [second]
    assert window.document.title == "2026年乙市政府工作报告"


def test_escape_cancels_loading_and_keeps_the_open_report(window, qtbot, tmp_path, monkeypatch):
    before = window.document.title
    slow = _report(tmp_path, "slow.txt", "2026年丙市政府工作报告")
    reading, release = _gate_reading(monkeypatch, slow)
    window.open_path(slow)
    assert reading.wait(10) and window.loader.busy
    with qtbot.waitSignal(window.loader.cancelled, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    release.set()
    qtbot.waitUntil(window.loader.runner.is_idle, timeout=10000)
    assert window.document.title == before and not window.loader.busy


def test_a_bug_while_opening_is_one_line(window, qtbot, tmp_path, monkeypatch, capfd):
    path = _report(tmp_path, "bug.txt", "2026年丁市政府工作报告")

    def broken(_path: Path):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(loader_module, "read_document", broken)
    with qtbot.waitSignal(window.loader.failed, timeout=10000) as blocker:
        window.open_path(path)
    assert blocker.args == [path, f"{path}: could not be opened (ZeroDivisionError: division by zero)"]
    assert "Traceback" not in capfd.readouterr().err
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openErrorDialog") is not None)
    window.findChild(QMessageBox, "openErrorDialog").close()
