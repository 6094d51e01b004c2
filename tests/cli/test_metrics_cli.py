"""``piyue metrics FILE [--json|--csv]``: output shapes (DESIGN.md §6), CSV safety, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from piyue.cli import main
from piyue.export.cells import safe_cell

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = REPO_ROOT / "resources" / "samples" / "chaoyang-2026.md"
KEYS = ["start", "end", "text", "kind", "value", "unit", "qualifier", "approx", "subject", "section"]


def test_json_shape(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["metrics", str(SAMPLE), "--json"]) == 0
    data = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    text = SAMPLE.read_text(encoding="utf-8")
    assert len(data) > 50
    for item in data:
        assert list(item) == KEYS
        assert text[item["start"] : item["end"]] == item["text"]
        assert isinstance(item["value"], float)
        assert isinstance(item["approx"], bool)


def test_csv_has_bom_header_and_rows(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["metrics", str(SAMPLE), "--csv"]) == 0
    raw = capsysbinary.readouterr().out
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == KEYS
    assert len(rows) > 50
    assert rows[1][2] == "53项"


def test_text_table(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["metrics", str(SAMPLE)]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert lines[0].split() == ["text", "value", "unit", "kind", "subject"]
    assert any("14.3%" in line and "percent" in line for line in lines)


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metrics", str(tmp_path / "nope.md")]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "Traceback" not in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(["metrics", str(SAMPLE), "--json", "--csv"])
    except SystemExit as exit_:  # argparse's own exit, if the entry point lets it through
        code = exit_.code
    assert code == 2
    assert "not allowed" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        (-5.0, "-5"),  # a number stays a number
        (3.5, "3.5"),
        ("-5", "'-5"),  # text is text: the one guard (export.cells) decides the same everywhere
        ("\t=1+1", "'\t=1+1"),
        ("＝SUM(A1)", "'＝SUM(A1)"),
        (True, "true"),
        ("增长5%", "增长5%"),
        (None, ""),
    ],
)
def test_csv_formula_guard(cell: object, expected: str) -> None:
    assert safe_cell(cell) == expected


def test_csv_guard_applies_to_text_cells(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    report = tmp_path / "r.txt"
    report.write_text("=增长5%。-增长6%。\n", encoding="utf-8")
    assert main(["metrics", str(report), "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsysbinary.readouterr().out.decode("utf-8-sig"))))
    assert [r[2] for r in rows[1:]] == ["5%", "6%"]
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "@")) for cell in row)
