"""Several processes on one library at once (SQLite file and PostgreSQL): eight writers lose and duplicate
nothing and each note keeps its author; the CLI works beside a writer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from piyue.services.importing import import_report
from piyue.storage import Library

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"
WRITERS = 8
NOTES_EACH = 25

WRITER = """
import sys
from piyue.core.anchoring import Anchor
from piyue.storage import Library
db, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.stdin.readline()  # start together
with Library.open(db) as library:
    document = library.documents()[0]
    for number in range(count):
        note = library.add_note(document.id, Anchor("地区", number, number + 2), f"{name}-{number}", author=name)
        print(note.id, flush=True)  # acknowledged: durable when add_note returned
"""


def _start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_eight_processes_adding_notes_at_once_lose_and_duplicate_nothing(db_target: str) -> None:
    db = db_target
    with Library.open(db) as library:
        document_id = import_report(library, SAMPLE).document.id
    writers = [_start([sys.executable, "-c", WRITER, db, f"w{i}", str(NOTES_EACH)]) for i in range(WRITERS)]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    acknowledged: list[str] = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        acknowledged += out.split()
    assert len(acknowledged) == WRITERS * NOTES_EACH
    with Library.open(db) as library:
        notes = library.notes(document_id)
    assert sorted(n.id for n in notes) == sorted(acknowledged)
    bodies = sorted(n.body for n in notes)
    assert bodies == sorted(f"w{i}-{n}" for i in range(WRITERS) for n in range(NOTES_EACH))  # none lost, none twice
    assert {n.author for n in notes} == {f"w{i}" for i in range(WRITERS)}
    assert all(n.author == n.body.split("-")[0] for n in notes)


def test_cli_commands_run_while_another_process_writes(db_target: str, tmp_path: Path) -> None:
    db = db_target
    report = tmp_path / "report.md"
    report.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    with Library.open(db) as library:
        import_report(library, report)
    writer = _start([sys.executable, "-c", WRITER, str(db), "window", "40"])
    assert writer.stdin is not None
    writer.stdin.write("go\n")
    writer.stdin.flush()
    piyue = [sys.executable, "-m", "piyue"]
    commands = [
        _start(
            [
                *piyue,
                "note",
                "add",
                str(report),
                "--quote",
                "增长14.3%",
                "--nth",
                "1",
                "--body",
                f"cli {i}",
                "--db",
                str(db),
            ]
        )
        for i in range(3)
    ]
    for command in commands:
        _out, err = command.communicate(timeout=120)
        assert command.returncode == 0, err
        assert "in use" not in err
    writer.communicate(timeout=120)
    assert writer.returncode == 0
    listed = subprocess.run([*piyue, "notes", str(report), "--db", str(db)], capture_output=True, text=True, check=True)
    assert sum("cli " in line for line in listed.stdout.splitlines()) == 3
    assert sum("window-" in line for line in listed.stdout.splitlines()) == 40
