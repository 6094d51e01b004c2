"""``piyue check FILE [--json]``: exit codes 0/1/2 and the JSON shape of DESIGN.md §6."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from piyue.cli import main

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = REPO_ROOT / "resources" / "samples" / "chaoyang-2026.md"

CLEAN = (
    "2026年某市政府工作报告\n各位代表：\n一、2025年工作回顾\n（一）经济稳中有进。地区生产总值增长5.2%。\n"
    "二、2026年工作安排\n（一）扩大内需\n大力提振消费。\n各位代表！让我们团结奋斗。\n"
)


def test_sample_json_shape_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SAMPLE), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    text = SAMPLE.read_text(encoding="utf-8")
    assert findings
    codes = {f["code"] for f in findings}
    assert {"duplicate-heading", "duplicate-section", "duplicate-paragraph", "numbering-order"} <= codes
    for finding in findings:
        assert set(finding) == {"code", "severity", "message", "start", "end", "related"}
        assert finding["severity"] in ("error", "warning", "info")
        assert isinstance(finding["message"], str) and finding["message"]
        assert 0 <= finding["start"] < finding["end"] <= len(text)
        assert all(isinstance(r, int) and 0 <= r < len(text) for r in finding["related"])
    starts = [f["start"] for f in findings]
    assert starts == sorted(starts)


def test_clean_report_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["check", str(path)]) == 0
    assert "no findings" in capsys.readouterr().out


def test_info_only_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "half.txt"
    path.write_text(CLEAN.replace("（一）", "(一)"), encoding="utf-8")
    assert main(["check", str(path), "--json"]) == 0
    assert [f["severity"] for f in json.loads(capsys.readouterr().out)] == ["info"]


def test_readable_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "111:1" in out and "numbering-order" in out and "error" in out
    assert "编号顺序颠倒" in out
    assert "warning(s) or error(s)" in out.splitlines()[-1]


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "Traceback" not in err
    assert main(["check"]) == 2
    assert main(["check", str(SAMPLE), "--bogus"]) == 2
