"""``piyue outline FILE [--json]``: output shapes (DESIGN.md §6) and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from piyue import __version__
from piyue.cli import main

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = REPO_ROOT / "resources" / "samples" / "chaoyang-2026.md"

REPORT = (
    "2026年某市政府工作报告\n各位代表：\n一、2025年工作回顾\n（一）经济稳中有进。地区生产总值增长5.2%。\n"
    "二、2026年工作安排\n（一）扩大内需\n大力提振消费。\n各位代表！让我们团结奋斗。\n"
)


def _check_node(node: dict, text: str) -> None:
    assert set(node) == {"level", "numbering", "title", "start", "end", "children"}
    assert isinstance(node["level"], int) and node["level"] >= 1
    assert node["numbering"] is None or isinstance(node["numbering"], str)
    assert isinstance(node["title"], str) and node["title"]
    assert isinstance(node["start"], int) and isinstance(node["end"], int)
    assert 0 <= node["start"] < node["end"] <= len(text)
    for child in node["children"]:
        assert child["level"] > node["level"]
        assert node["start"] < child["start"] and child["end"] <= node["end"]
        _check_node(child, text)


def test_json_shape_for_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(SAMPLE), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert set(data) == {"title", "sections"}
    assert data["title"] == "提升“五区”功能 建好“五宜”朝阳 建设具有国际影响力的中国式现代化强区"
    text = SAMPLE.read_text(encoding="utf-8")
    for node in data["sections"]:
        _check_node(node, text)
        assert text[node["start"]] == "#"
    assert "\\u" not in out  # CJK written as is
    first_part = data["sections"][1]["children"][0]
    assert (first_part["level"], first_part["numbering"], first_part["title"]) == (2, None, "2025年工作回顾")
    numbered = first_part["children"][4]
    assert (numbered["numbering"], numbered["title"]) == ("(一)", "坚持大区担当，以更高标准服务保障首都功能")


def test_json_for_plain_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert main(["outline", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "2026年某市政府工作报告"
    sections = data["sections"]
    assert [(s["level"], s["numbering"], s["title"]) for s in sections] == [
        (1, "一、", "2025年工作回顾"),
        (1, "二、", "2026年工作安排"),
    ]
    child = sections[0]["children"][0]
    assert (child["level"], child["numbering"], child["title"]) == (2, "（一）", "经济稳中有进")
    assert REPORT[child["start"] : child["end"]] == "（一）经济稳中有进。地区生产总值增长5.2%。"
    assert REPORT[sections[1]["start"] : sections[1]["end"]].endswith("大力提振消费。")
    for node in sections:
        _check_node(node, REPORT)


def test_text_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert main(["outline", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [
        "2026年某市政府工作报告",
        "  一、2025年工作回顾",
        "    （一）经济稳中有进",
        "  二、2026年工作安排",
        "    （一）扩大内需",
    ]


def test_text_form_of_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(SAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "提升“五区”功能 建好“五宜”朝阳 建设具有国际影响力的中国式现代化强区"
    assert lines[1] == "  两会特别报道"
    assert "      (四) 坚持人民至上，以更大力度推进城乡融合美丽朝阳建设" in lines
    assert len(lines) == 1 + 33


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "x")
    return buffer.getvalue()


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    renamed = tmp_path / "archive.md"
    renamed.write_bytes(_zip())
    folder = tmp_path / "folder"
    folder.mkdir()
    return {"missing": tmp_path / "missing.md", "png": png, "zip": renamed, "dir": folder}


@pytest.mark.parametrize("case", ["missing", "png", "zip", "dir"])
def test_unreadable_input_exits_2(case: str, bad_inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(bad_inputs[case]), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("piyue: ")
    assert str(bad_inputs[case]) in err
    assert "Traceback" not in err


@pytest.mark.parametrize("argv", [["outline", "--bogus", "x.md"], ["outline"], ["outline", "a.md", "b.md"]])
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("piyue: ")
    assert "'piyue outline --help'" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code in (0, None)
    assert capsys.readouterr().out.strip() == f"piyue {__version__}"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "piyue", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LC_ALL": "C", "PYTHONIOENCODING": ""},
    )


def test_subprocess_json_and_exit_codes(bad_inputs: dict[str, Path]) -> None:
    ok = _run("outline", str(SAMPLE), "--json")
    assert ok.returncode == 0, ok.stderr
    assert ok.stderr == ""
    data = json.loads(ok.stdout)
    assert data["sections"][0]["title"] == "两会特别报道"
    png = _run("outline", str(bad_inputs["png"]))
    assert png.returncode == 2
    assert png.stdout == ""
    assert len(png.stderr.splitlines()) == 1 and "Traceback" not in png.stderr
    usage = _run("outline", "--nope")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    version = _run("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"piyue {__version__}"
