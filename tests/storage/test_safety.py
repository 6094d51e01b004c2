"""Safety: a damaged database is quarantined (never overwritten), processes share a library, backups roll."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from piyue.core.anchoring import Anchor
from piyue.services.importing import import_report
from piyue.storage import CorruptDatabaseError, DatabaseInUseError, Library, StorageError
from piyue.storage.backup import KEEP_NEWEST, Backups, keep, restore
from piyue.storage.lock import maintenance

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"


def _filled(db: Path) -> None:
    with Library.open(db) as library:
        import_report(library, SAMPLE)


def test_garbage_file_is_refused_and_left_in_place(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    db.write_bytes(b"this is not a database at all" * 100)
    original = db.read_bytes()
    with pytest.raises(StorageError, match="not a Piyue database"):
        Library.open(db)
    assert db.read_bytes() == original  # not ours: never moved (issue 18)
    assert not (tmp_path / "recovery").exists()


def test_damaged_pages_are_detected_and_backup_offered(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    backup = Backups(db).make()
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page, len(data) - 200, page):  # scribble over every page but the header page
        data[offset : offset + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    for companion in ("-wal", "-shm"):
        db.with_name(db.name + companion).unlink(missing_ok=True)
    with pytest.raises(CorruptDatabaseError) as info:
        Library.open(db).close()
    assert info.value.newest_backup == backup
    assert str(backup) in str(info.value)
    restore(backup, db)
    with Library.open(db) as library:
        assert len(library.documents()) == 1


HOLDER = """
import sys, time
from piyue.storage import Library
library = Library.open(sys.argv[1])
library.documents()
print("ready", flush=True)
time.sleep(30)
"""


def test_a_second_process_may_open_the_library_at_once(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with Library.open(db) as library:  # no "in use": the window and commands share the library
            import_report(library, SAMPLE)
            assert len(library.documents()) == 1
    finally:
        holder.kill()
        holder.communicate()


def test_two_libraries_in_one_process_share_the_database(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    with Library.open(db) as first, Library.open(db) as second:
        document = first.documents()[0]
        note = first.add_note(document.id, Anchor("地区", 0, 2), "from the first")
        assert [n.id for n in second.notes(document.id)] == [note.id]


def test_maintenance_waits_for_the_exclusive_holder_and_names_it(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    with (
        maintenance(db, "upgrade"),
        pytest.raises(DatabaseInUseError, match=r"busy \(upgrade by .*pid"),
        maintenance(db, "quarantine", wait=0.2),
    ):
        pass
    with maintenance(db, "integrity check", exclusive=False), maintenance(db, "check", exclusive=False):
        pass  # shared holders do not exclude each other
    with maintenance(db, "restore from a backup", wait=0.2):
        pass  # released at the end of the block


def test_backup_is_made_on_start_only_when_due(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    _filled(db)
    backups = Backups(db)
    assert len(backups.list()) == 1  # the second start came within the interval
    assert not backups.due()
    assert backups.due(datetime.now() + timedelta(hours=1)) is False or backups.newest() is not None


def test_thinning_keeps_recent_and_spreads_old() -> None:
    now = datetime(2026, 3, 1, 12, 0)
    stamps = [now - timedelta(minutes=30 * i) for i in range(2 * 24 * 60)]  # every 30 min for 60 days
    kept = keep(stamps, now)
    assert set(sorted(stamps, reverse=True)[:KEEP_NEWEST]) <= kept
    assert len(kept) < 24 + 30 + 10 + KEEP_NEWEST
    assert min(kept) < now - timedelta(days=40)  # something old survives


def test_thin_deletes_files(tmp_path: Path) -> None:
    db = tmp_path / "piyue.sqlite3"
    _filled(db)
    backups = Backups(db)
    for _ in range(KEEP_NEWEST + 3):
        backups.make()
    assert len(backups.list()) <= KEEP_NEWEST + 1
