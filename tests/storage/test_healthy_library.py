"""Issue 18: a healthy library is never moved to ``recovery/``; each storage problem gets its own one line.

Quarantine needs evidence of corruption (a SQLite file whose pages fail ``quick_check``, or a damaged header
on a file that was a Piyue database). A full disk, a folder or a non-database file given as the database, a
file this user may not read or write, or a locked file is reported in one line and left exactly as it is.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from piyue.cli import main
from piyue.services.importing import import_report
from piyue.storage import Library, StorageError, integrity

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"
NOBODY = 65534


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(db: Path) -> None:
    with Library.open(db) as library:
        import_report(library, SAMPLE)


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "internal error" not in lines[0] and "Traceback" not in err
    return lines[0]


def _no_recovery(folder: Path) -> None:
    assert not (folder / "recovery").exists()


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


# --- a folder or a file that is not a database ---------------------------------------------------------


def test_folder_as_database_is_refused_and_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.md").write_text("x", encoding="utf-8")
    for argv in (["notes", "1", "--db", str(folder)], ["import", str(SAMPLE), "--db", str(folder)]):
        code, err = _run(argv, capsys)
        assert code == 2
        assert "folder" in _one_line(err)
    assert folder.is_dir() and (folder / "a.md").read_text(encoding="utf-8") == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_report_given_as_database_is_refused_and_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "myreport.md"
    report.write_bytes(SAMPLE.read_bytes())
    before = _digest(report)
    for argv in (
        ["note", "add", "1", "--quote", "x", "--body", "y", "--db", str(report)],
        ["notes", "1", "--db", str(report)],
        ["export", "1", "--format", "md", "--db", str(report), "-o", str(tmp_path / "out.md")],
    ):
        code, err = _run(argv, capsys)
        assert code == 2
        assert "not a Piyue database" in _one_line(err)
    assert _digest(report) == before
    _no_recovery(tmp_path)


def test_damaged_header_of_a_piyue_database_is_quarantined(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    Library.open(db, backups=False).close()
    from piyue.storage.backup import Backups

    Backups(db).make()  # evidence that this file was a Piyue database
    data = bytearray(db.read_bytes())
    data[0:16] = b"\x00" * 16
    db.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        Library.open(db)
    assert not db.exists() and (tmp_path / "recovery").is_dir()


# --- permissions ----------------------------------------------------------------------------------------


def _as_nobody(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the command as another user")
    env = {**os.environ, "PIYUE_DATA_DIR": str(cwd / "nobody-data"), "HOME": str(cwd)}
    command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", sys.executable]
    probe = subprocess.run([*command, "-c", "import piyue"], capture_output=True, cwd=cwd, env=env, timeout=60)
    if probe.returncode != 0:
        pytest.skip("another user cannot run this Python (the checkout is private)")
    argv = [*command, "-m", "piyue", *argv]
    return subprocess.run(argv, capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture
def shared_dir():
    """A folder every user may reach and write in (like a shared folder), holding a healthy library."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="piyue-shared-"))
    folder.chmod(0o1777)
    _filled(folder / "piyue.sqlite3")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_unreadable_database_is_not_damaged(shared_dir: Path) -> None:
    db = shared_dir / "piyue.sqlite3"
    db.chmod(0o000)
    before = _digest(db)
    for argv in (
        ["notes", "1", "--db", str(db)],
        ["note", "add", "1", "--quote", "收官之年", "--body", "b", "--db", str(db)],
    ):
        done = _as_nobody(argv, shared_dir)
        assert done.returncode == 2, done.stderr
        line = _one_line(done.stderr)
        assert "permission denied" in line.lower() and "damaged" not in line
    assert db.exists() and _digest(db) == before
    _no_recovery(shared_dir)


def test_read_only_database_says_so(shared_dir: Path) -> None:
    db = shared_dir / "piyue.sqlite3"
    for companion in shared_dir.glob("piyue.sqlite3*"):
        companion.chmod(0o644)  # owned by root: others may read, not write
    before = _digest(db)
    done = _as_nobody(["note", "add", "1", "--quote", "收官之年", "--body", "b", "--db", str(db)], shared_dir)
    assert done.returncode == 2, done.stderr
    line = _one_line(done.stderr)
    assert ("read-only" in line or "permission denied" in line.lower()) and "damaged" not in line
    assert _digest(db) == before
    _no_recovery(shared_dir)


# --- a locked file ------------------------------------------------------------------------------------------


def test_locked_database_is_not_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    monkeypatch.setattr(integrity, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as info:
            Library.open(db, backups=False)
        message = str(info.value)
        assert "locked" in message and "damaged" not in message and "\n" not in message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert db.exists()
    _no_recovery(tmp_path)
    with Library.open(db) as library:
        assert len(library.documents()) == 1


# --- damaged databases on the read path; messages are one line -------------------------------------------------


def _scribble(db: Path) -> None:
    Library.open(db, backups=False).close()  # checkpoint: everything in the main file
    data = bytearray(db.read_bytes())
    for offset in range(4096, len(data) - 200, 4096):
        data[offset : offset + 16] = bytes(b ^ 0xFF for b in data[offset : offset + 16])
    db.write_bytes(bytes(data))
    for companion in ("-wal", "-shm"):
        db.with_name(db.name + companion).unlink(missing_ok=True)


def test_read_commands_detect_a_damaged_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    _scribble(db)
    before = _digest(db)
    for argv in (
        ["notes", "1", "--db", str(db)],
        ["export", "1", "--format", "md", "--db", str(db), "-o", str(tmp_path)],
    ):
        code, err = _run(argv, capsys)
        assert code == 2
        line = _one_line(err)
        assert "damaged" in line and "piyue db restore" in line
    assert _digest(db) == before  # reading never moves anything


def test_quarantine_message_is_one_line_with_details_logged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    _scribble(db)
    code, err = _run(["note", "add", "1", "--quote", "收官之年", "--body", "b", "--db", str(db)], capsys)
    assert code == 2
    line = _one_line(err)
    assert "damaged" in line and "recovery" in line and len(line) < 400
    assert not db.exists()
    log = Path(os.environ["PIYUE_DATA_DIR"]) / "piyue-errors.log"
    assert log.exists() and "quick_check" in log.read_text(encoding="utf-8")


# --- db check / db restore ---------------------------------------------------------------------------------


def test_db_check_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    assert main(["note", "add", "1", "--quote", "收官之年", "--body", "kept", "--db", str(db)]) == 0
    from piyue.storage.backup import Backups

    Backups(db).make()
    capsys.readouterr()
    assert main(["db", "check", "--db", str(db)]) == 0
    assert "ok" in capsys.readouterr().out
    code, err = _run(["db", "restore", "--db", str(db)], capsys)  # a healthy database is not replaced
    assert code == 2 and "healthy" in _one_line(err)
    _scribble(db)
    code, err = _run(["db", "check", "--db", str(db)], capsys)
    assert code == 1 and "damaged" in _one_line(err)
    assert db.exists()  # checking moves nothing
    assert main(["db", "restore", "--db", str(db)]) == 0
    assert "restored" in capsys.readouterr().err
    assert len(list((tmp_path / "recovery").iterdir())) >= 1
    assert main(["notes", "1", "--db", str(db)]) == 0
    assert "kept" in capsys.readouterr().out


def test_db_restore_without_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["db", "restore", "--db", str(tmp_path / "none.sqlite3")], capsys)
    assert code == 2 and "no backup" in _one_line(err)


# --- migrations ------------------------------------------------------------------------------------------------


def test_inconsistent_version_table_said_once_without_a_backup_per_try(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.commit()
    connection.close()
    for _ in range(3):
        code, err = _run(["import", str(SAMPLE), "--db", str(db)], capsys)
        assert code == 2
        assert "version table" in _one_line(err)
    backups = list((tmp_path / "backups").glob("*pre-upgrade*"))
    assert len(backups) <= 1
    assert db.exists()
    _no_recovery(tmp_path)


# --- full disk -----------------------------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 2 MB tmpfs (needs root and mount; skipped otherwise); unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` until about ``leave`` bytes are free; returns the filler file."""
    filler = folder / "filler.bin"
    with filler.open("ab") as handle:
        while True:
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
            if free <= leave:
                break
            try:
                handle.write(b"\0" * min(65536, max(4096, free - leave)))
                handle.flush()
            except OSError:
                break
    return filler


def _notes(db: Path) -> list[str]:
    with Library.open(db, readonly=True) as library:
        return [n.body for n in library.notes(1)]


def test_full_disk_never_quarantines_and_loses_nothing(tiny_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tiny_disk / "piyue.sqlite3"
    _filled(db)
    assert main(["note", "add", "1", "--quote", "收官之年", "--body", "first", "--db", str(db)]) == 0
    capsys.readouterr()
    filler = _fill(tiny_disk, 0)
    for _ in range(3):
        code, err = _run(["note", "add", "1", "--quote", "收官之年", "--body", "x" * 20000, "--db", str(db)], capsys)
        if code == 0:
            continue
        assert code == 2
        line = _one_line(err)
        assert "full" in line and "damaged" not in line
    assert db.exists()
    _no_recovery(tiny_disk)
    filler.unlink()
    assert "first" in _notes(db)
    assert integrity.integrity_check(db) == ["ok"]


def test_backup_that_does_not_fit_warns_and_the_note_is_stored(
    tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tiny_disk / "piyue.sqlite3"
    _filled(db)
    for backup in (tiny_disk / "backups").glob("*"):
        backup.unlink()  # a backup is due at the next start
    Library.open(db, backups=False).close()
    filler = _fill(tiny_disk, db.stat().st_size // 2)
    code, err = _run(["note", "add", "1", "--quote", "收官之年", "--body", "small", "--db", str(db)], capsys)
    assert code == 0, err
    assert "backup" in err and "full" in err
    assert not list((tiny_disk / "backups").glob("*.partial"))
    filler.unlink()
    assert "small" in _notes(db)


def test_lock_and_export_on_a_full_disk(tiny_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    assert main(["note", "add", "1", "--quote", "收官之年", "--body", "b" * 3000, "--db", str(db)]) == 0
    capsys.readouterr()
    _fill(tiny_disk, 0)
    code, err = _run(["export", "1", "--format", "md", "--db", str(db), "-o", str(tiny_disk / "out.md")], capsys)
    assert code == 2 and "full" in _one_line(err)
    assert not list(tiny_disk.glob("out*"))
    moved = tiny_disk / "lib.sqlite3"
    (tiny_disk / "filler.bin").unlink()
    moved.write_bytes(db.read_bytes())
    _fill(tiny_disk, 0)
    code, err = _run(["note", "add", "1", "--quote", "收官之年", "--body", "c", "--db", str(moved)], capsys)
    assert code == 2 and "full" in _one_line(err)
    assert moved.exists()
