"""``piyue search``: the DESIGN.md §6 JSON shape, --limit, one-line errors — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from piyue.cli import main


@pytest.fixture
def db(tmp_path: Path, db_target: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A database (SQLite, then PostgreSQL) with two imported reports."""
    database = db_target
    for name, body in [
        ("a.md", "# 甲\n\n优化营商环境。\n改善生态环境。\n"),
        ("b.txt", "乙\n营商环境持续改善，扩大消费。\n"),
    ]:
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        assert main(["import", str(path), "--db", str(database)]) == 0
    capsys.readouterr()
    return database


def test_search_json(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "营商环境", "--json", "--db", str(db)]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2
    for hit in hits:
        assert list(hit) == ["document", "id", "kind", "start", "end", "snippet", "score"]
        assert hit["kind"] == "text"
        text = Path(hit["document"]).read_text(encoding="utf-8")
        assert text[hit["start"] : hit["end"]] == "营商环境"
        assert "«营商环境»" in hit["snippet"]
    assert {Path(h["document"]).name for h in hits} == {"a.md", "b.txt"}
    assert hits[0]["score"] >= hits[1]["score"]


def test_search_limit_and_text_output(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "环境", "--limit", "1", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "«环境»" in lines[0]


def test_search_finds_notes(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["note", "add", "1", "--quote", "生态环境", "--body", "核实消费数据", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["search", "消费", "--json", "--db", str(db)]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {h["kind"] for h in hits} == {"text", "note"}
    note = next(h for h in hits if h["kind"] == "note")
    assert isinstance(note["id"], str) and note["start"] == 2


@pytest.mark.parametrize("args", [["search", ""], ["search", "消费", "--limit", "0"], ["search"]])
def test_bad_usage_is_one_line(db: str, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert main([*args, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("piyue: ") and len(err.strip().splitlines()) == 1
