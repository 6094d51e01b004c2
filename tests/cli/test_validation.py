"""Issue 18: user input is validated at the edge — one line, exit 2, never "internal error", nothing stored."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from piyue.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"
QUOTE = "收官之年"


@pytest.fixture
def library(tmp_path: Path, db_target: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A library (SQLite, then PostgreSQL) with the sample imported, one note and its JSON-LD export."""
    report = tmp_path / "r.md"
    report.write_bytes(SAMPLE.read_bytes())
    db = db_target
    assert main(["import", str(report), "--db", str(db)]) == 0
    assert main(["note", "add", "1", "--quote", QUOTE, "--body", "b", "--db", str(db)]) == 0
    assert main(["export", "1", "--format", "jsonld", "--db", str(db), "-o", str(tmp_path / "n.jsonld")]) == 0
    capsys.readouterr()
    return db


def _digest(db: str) -> str:
    from piyue.storage import Library

    with Library.open(db, readonly=True) as library:
        notes = library.notes(1)
    return hashlib.sha256(repr(sorted((n.id, n.body, n.color, n.anchor.start) for n in notes)).encode()).hexdigest()


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str], *words: str) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "internal error" not in err, err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["notes", "9223372036854775808"], "no document"),
        (["notes", "99999999999999999999999999"], "no document"),
        (["notes", "²"], "not imported"),
        (["notes", "0\x1e0"], "not imported"),  # found by the fuzz test: a record separator split the line
        (["notes", "a\nb\u2028c"], "not imported"),
        (["note", "add", "²", "--quote", QUOTE, "--body", "x"], "not imported"),
        (["export", "9223372036854775808", "--format", "md"], "no document"),
        (["search", "发展", "--limit", str(10**30)], "--limit"),
        (["note", "add", "1", "--quote", QUOTE, "--body", "x", "--color", "garbage"], "colour"),
        (["note", "add", "1", "--quote", QUOTE, "--body", "x", "--color", 'red;"><script>'], "colour"),
        (["note", "add", "1", "--quote", QUOTE, "--body", "x", "--status", "done"], "status"),
        (["note", "add", "1", "--quote", QUOTE, "--body", "x", "--nth", str(2**64)], "--nth"),
        (["note", "add", "1", "--quote", QUOTE, "--body", "长" * 100_001], "too long"),
    ],
)
def test_bad_values_are_one_line_and_change_nothing(
    argv: list[str], word: str, library: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(library)
    _refused([*argv, "--db", str(library)], capsys, word)
    assert _digest(library) == before


def test_good_colours_are_accepted_and_normalised(library: str, capsys: pytest.CaptureFixture[str]) -> None:
    for given, stored in (("#A1B2C3", "#a1b2c3"), ("red", "#e06666"), ("绿色", "#6cc070")):
        assert (
            main(
                [
                    "note",
                    "add",
                    "1",
                    "--quote",
                    QUOTE,
                    "--body",
                    given,
                    "--color",
                    given,
                    "--db",
                    str(library),
                    "--json",
                ]
            )
            == 0
        )
        assert json.loads(capsys.readouterr().out)["color"] == stored


def test_export_name_too_long_for_the_file_system(library: str, tmp_path: Path, capsys) -> None:
    long_name = str(tmp_path / ("报" * 90 + ".md"))  # 270 bytes
    _refused(["export", "1", "--format", "md", "--db", str(library), "-o", long_name], capsys, "too long")


def _mutated(tmp_path: Path, change) -> Path:
    data = json.loads((tmp_path / "n.jsonld").read_text(encoding="utf-8"))
    item = data["first"]["items"][0]
    item["id"] = "urn:uuid:22222222-2222-4222-8222-222222222222"
    change(item)
    path = tmp_path / "bad.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _set(key: str, value: object):
    return lambda item: item.__setitem__(key, value)


def _orphan_far(item: dict) -> None:
    item["piyue:anchorState"] = "orphaned"
    item["target"]["selector"][0]["exact"] = "文中没有的句子"
    item["target"]["selector"][1].update(start=2**63, end=2**63 + 5)


def _file_one(item: dict) -> None:
    item["target"]["source"] = "file:1"
    item["target"].pop("piyue:sha256", None)


def _surrogate(item: dict) -> None:
    item["body"][0]["value"] = "\ud800坏"


@pytest.mark.parametrize(
    ("change", "word"),
    [
        (_set("id", 5), "id"),
        (_set("id", ["urn:x"]), "id"),
        (_set("piyue:anchorState", {"a": 1}), "anchorState"),
        (_set("piyue:anchorState", "lost"), "anchorState"),
        (_set("piyue:status", ["x"]), "status"),
        (_set("piyue:color", 'red;"><script>'), "colour"),
        (_orphan_far, "offset"),
        (_file_one, "import the report first"),
        (_surrogate, "Unicode"),
        (lambda item: item["body"][0].__setitem__("value", "长" * 100_001), "too long"),
    ],
)
def test_json_ld_fields_by_schema(change, word: str, library: str, tmp_path: Path, capsys) -> None:
    before = _digest(library)
    path = _mutated(tmp_path, change)
    _refused(["import", str(path), "--db", str(library)], capsys, word)
    assert _digest(library) == before


def test_nested_bodies_keep_only_text(library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nested = [{"type": "TextualBody", "value": {"value": "x"}}, [[{"value": "y"}]], {"value": "正文"}]
    path = _mutated(tmp_path, _set("body", nested))
    assert main(["import", str(path), "--db", str(library)]) == 0
    capsys.readouterr()
    assert main(["notes", "1", "--db", str(library), "--json"]) == 0
    assert "正文" in [n["body"] for n in json.loads(capsys.readouterr().out)]
