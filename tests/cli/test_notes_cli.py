"""The CLI round trip of issue 5: import, add notes, edit the file, re-import, ``notes --json`` — on SQLite and
PostgreSQL (``db_target``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from piyue.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"
KEYS = {
    "id",
    "body",
    "quote",
    "section",
    "start",
    "end",
    "state",
    "tags",
    "color",
    "status",
    "created",
    "updated",
    "author",
}  # DESIGN §6: items also carry "author"


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> object:
    assert main(argv) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_round_trip(tmp_path: Path, db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_target
    report = tmp_path / "report.md"
    text = SAMPLE.read_text(encoding="utf-8")
    report.write_text(text, encoding="utf-8")
    assert _json(capsys, ["import", str(report), "--db", db, "--json"])["new_version"] is True
    base = ["--db", db, "--json"]
    kept = _json(capsys, ["note", "add", str(report), "--quote", "增长14.3%", "--nth", "1", "--body", "a", *base])
    changed = _json(
        capsys, ["note", "add", "1", "--quote", "增长14.3%", "--nth", "2", "--body", "b", "--tag", "金融", *base]
    )
    quote = "温榆河公园荣获“绿色奥斯卡”金奖及特别奖"
    orphan = _json(capsys, ["note", "add", str(report), "--quote", quote, "--body", "c", "--status", "有疑问", *base])
    section = _json(capsys, ["note", "add", str(report), "--section", "培育壮大特色产业", "--body", "d", *base])
    assert set(kept) == KEYS and kept["state"] == "anchored" and changed["tags"] == ["金融"]
    assert text[kept["start"] : kept["end"]] == "增长14.3%" and orphan["status"] == "有疑问"

    new = text[: changed["start"]] + "增长14.5%" + text[changed["end"] :]
    new = "新增的开头。\n\n" + new.replace(quote + "，", "")
    report.write_text(new, encoding="utf-8")
    assert main(["import", str(report), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "new version 2" in out and "2 anchored, 1 changed, 1 orphaned" in out

    notes = {n["id"]: n for n in _json(capsys, ["notes", str(report), "--json", "--db", db])}
    assert all(set(n) == KEYS for n in notes.values())
    assert notes[kept["id"]]["state"] == "anchored"
    assert new[notes[kept["id"]]["start"] : notes[kept["id"]]["end"]] == "增长14.3%"
    assert notes[changed["id"]]["state"] == "changed" and notes[changed["id"]]["quote"] == "增长14.5%"
    assert new[notes[changed["id"]]["start"] : notes[changed["id"]]["end"]] == "增长14.5%"
    assert notes[orphan["id"]]["state"] == "orphaned" and notes[orphan["id"]]["start"] is None
    moved = notes[section["id"]]
    assert moved["state"] == "anchored" and new[moved["start"] :].lstrip("#").lstrip().startswith("培育壮大特色产业")

    assert main(["import", str(report), "--db", db]) == 0  # same content: no new version
    assert "unchanged" in capsys.readouterr().out


def test_a_duplicated_quote_changed_in_both_places_is_changed_at_its_own_copy(
    tmp_path: Path, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_target
    report = tmp_path / "report.md"
    text = SAMPLE.read_text(encoding="utf-8")
    report.write_text(text, encoding="utf-8")
    _json(capsys, ["import", str(report), "--db", db, "--json"])
    base = ["--db", db, "--json"]
    made = [
        _json(capsys, ["note", "add", str(report), "--quote", "增长14.3%", "--nth", str(n), "--body", "x", *base])
        for n in (1, 2)
    ]
    new = "修改稿新增的开头。\n\n" + text.replace("增长14.3%", "增长14.5%")
    report.write_text(new, encoding="utf-8")
    assert main(["import", str(report), "--db", db]) == 0
    assert "0 anchored, 2 changed, 0 orphaned" in capsys.readouterr().out
    notes = {n["id"]: n for n in _json(capsys, ["notes", str(report), "--json", "--db", db])}
    first = new.index("增长14.5%")
    second = new.index("增长14.5%", first + 1)
    for note, start in zip(made, (first, second), strict=True):
        now = notes[note["id"]]
        assert (now["state"], now["quote"], now["start"], now["end"]) == ("changed", "增长14.5%", start, start + 7)


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """SQLite only: checks the file PIYUE_DB names is created (tests/cli/test_team_cli.py covers a URL)."""
    monkeypatch.setenv("PIYUE_DB", str(tmp_path / "env.sqlite3"))
    assert main(["import", str(SAMPLE)]) == 0
    assert (tmp_path / "env.sqlite3").exists()
    assert main(["notes", str(SAMPLE)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["note", "add", "SAMPLE", "--quote", "不存在的话", "--body", "x"], "quote not found"),
        (["note", "add", "SAMPLE", "--quote", "增长14.3%", "--body", "x"], "choose one with --nth"),
        (["note", "add", "SAMPLE", "--quote", "增长14.3%", "--nth", "5", "--body", "x"], "--nth 5"),
        (["note", "add", "SAMPLE", "--section", "没有这一节", "--body", "x"], "no section"),
        (["note", "add", "SAMPLE", "--body", "x"], "--quote"),
        (["note", "add", "SAMPLE", "--quote", "增长", "--status", "bad", "--body", "x"], "unknown status"),
        (["note", "add", "99", "--quote", "x", "--body", "x"], "no document with id 99"),
        (["notes", "/no/such/file.md"], "not imported"),
        (["import", "/no/such/file.md"], "no such file"),
    ],
)
def test_errors_are_one_line_exit_2(
    argv: list[str], message: str, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_target
    assert main(["import", str(SAMPLE), "--db", db]) == 0
    capsys.readouterr()
    argv = [str(SAMPLE) if a == "SAMPLE" else a for a in argv]
    assert main([*argv, "--db", db]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("piyue: ") and message in err
    assert "Traceback" not in err
