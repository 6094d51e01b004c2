"""The CLI on both backends (a SQLite file and a PostgreSQL database), and its answers when a server is away."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"
PIYUE = [sys.executable, "-m", "piyue"]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PIYUE, *args], capture_output=True, text=True, env={**os.environ, **(env or {})})


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.md"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_import_note_notes_and_search_on_both_backends(db_target: str, report: Path) -> None:
    assert _run("import", str(report), "--db", db_target).returncode == 0
    added = _run(
        "note", "add", str(report), "--quote", "增长14.3%", "--nth", "1", "--body", "核对金融业数字", "--tag", "金融",
        "--db", db_target, "--json", env={"PIYUE_AUTHOR": "王审校"},
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = _run("notes", str(report), "--json", env={"PIYUE_DB": db_target})  # PIYUE_DB names the same library
    assert listed.returncode == 0, listed.stderr
    [note] = json.loads(listed.stdout)
    assert (note["body"], note["author"], note["tags"], note["state"]) == (
        "核对金融业数字",
        "王审校",
        ["金融"],
        "anchored",
    )
    found = _run("search", "金融业", "--json", "--db", db_target)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert any(h["kind"] == "note" and h["id"] == note["id"] for h in hits)
    assert any(h["kind"] == "text" and h["document"] == str(report.resolve()) for h in hits)


def test_a_url_of_another_kind_is_refused_not_made_a_file(tmp_path: Path, report: Path) -> None:
    done = subprocess.run(
        [*PIYUE, "import", str(report), "--db", "mysql://user@localhost/piyue"],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "unsupported database mysql://" in done.stderr
    assert list(tmp_path.iterdir()) == [report]  # no file named like the URL


def test_wrong_password_is_one_line_with_the_password_masked(postgres_cluster, postgres_url, report: Path) -> None:
    url = postgres_url.replace("s3cret-Test", "not-the-password")
    done = _run("import", str(report), "--db", url)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "password authentication failed" in done.stderr
    assert "not-the-password" not in done.stderr and "postgres:***@" in done.stderr


def test_server_down_is_one_line_and_acknowledged_notes_survive(postgres_cluster, postgres_url, report: Path) -> None:
    assert _run("import", str(report), "--db", postgres_url).returncode == 0
    first = _run("note", "add", str(report), "--quote", "增长14.3%", "--nth", "1", "--body", "一", "--db", postgres_url)
    assert first.returncode == 0, first.stderr
    postgres_cluster.stop()
    try:
        down = _run(
            "note", "add", str(report), "--quote", "增长14.3%", "--nth", "1", "--body", "二", "--db", postgres_url
        )
        assert down.returncode == 2 and down.stderr.count("\n") == 1, down.stderr
        assert "cannot use the database server" in down.stderr and "s3cret-Test" not in down.stderr
        listed = _run("notes", str(report), "--db", postgres_url)
        assert listed.returncode == 2 and listed.stdout == ""
    finally:
        postgres_cluster.start()
    back = _run("notes", str(report), "--json", "--db", postgres_url)
    assert back.returncode == 0, back.stderr
    assert [n["body"] for n in json.loads(back.stdout)] == ["一"]  # the acknowledged note; nothing half-written
