"""``piyue [FILE] --trace --quit-when-ready`` (DESIGN.md §6), run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import SAMPLE, SHARED

REPORT_TEXT = (
    "2026年政府工作报告\n\n"
    "一、2025年工作回顾\n\n"
    "全年地区生产总值增长5.2%，一般公共预算收入增长3.1%，城镇新增就业12万人。\n\n"
    "二、2026年工作安排\n\n"
    "（一）扩大有效投资。固定资产投资增长6%左右，建设保障性住房1.2万套。\n"
)


def _run(tmp_path: Path, *args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PIYUE_DATA_DIR=str(tmp_path / "data"),
        PIYUE_CONFIG_DIR=str(tmp_path / "config"),
        PIYUE_CACHE_DIR=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
        PIYUE_DB=db or str(tmp_path / "trace.sqlite3"),
    )
    return subprocess.run([sys.executable, "-m", "piyue", *args], capture_output=True, text=True, env=env, timeout=180)


def _events(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines()]


def _assert_traced(proc: subprocess.CompletedProcess[str], spawned: float) -> None:
    assert proc.returncode == 0, proc.stderr
    events = _events(proc.stderr)  # every stderr line is an event (no stray warnings)
    assert [e["event"] for e in events] == ["first-paint", "highlights", "ready"]
    times = [e["t"] for e in events]
    assert spawned < times[0] <= times[1] <= times[2] <= time.time()


def _docx(path: Path) -> Path:
    from docx import Document as WordDocument

    word = WordDocument()
    for line in REPORT_TEXT.split("\n"):
        if line.strip():
            word.add_paragraph(line)
    word.save(str(path))
    return path


PDFS = sorted((SHARED / "corpus" / "pdf").glob("*.pdf"))


@pytest.mark.parametrize("kind", ["md", "txt", "docx", "pdf"])
def test_trace_reports_first_paint_highlights_and_ready_then_quits(tmp_path, kind):
    if kind == "md":
        report = SAMPLE
    elif kind == "pdf":
        if not PDFS:
            pytest.skip("no PDF in ../shared/corpus/pdf")
        report = PDFS[0]
    elif kind == "txt":
        report = tmp_path / "report.txt"
        report.write_text(REPORT_TEXT, encoding="utf-8")
    else:
        report = _docx(tmp_path / "report.docx")
    spawned = time.time()
    proc = _run(tmp_path, str(report), "--trace", "--quit-when-ready")
    _assert_traced(proc, spawned)
    if kind == "md":  # ready means stored: the document is in the library
        listed = _run(tmp_path, "search", "金融业", "--json")
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout)


def test_trace_without_a_library(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    spawned = time.time()
    proc = _run(tmp_path, str(SAMPLE), "--trace", "--quit-when-ready", db=str(blocker / "db.sqlite3"))
    _assert_traced(proc, spawned)


def test_quit_when_ready_alone_prints_nothing(tmp_path):
    proc = _run(tmp_path, str(SAMPLE), "--quit-when-ready")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


@pytest.mark.parametrize("name", ["missing.md", "binary.txt", "folder"])
def test_trace_with_a_bad_file_says_why_in_one_line(tmp_path, name):
    path = tmp_path / name
    if name == "binary.txt":
        path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    elif name == "folder":
        path.mkdir()
    proc = _run(tmp_path, str(path), "--trace", "--quit-when-ready")
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("piyue: ") and str(path) in lines[0], proc.stderr
