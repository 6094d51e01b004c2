"""Optimistic concurrency: an edit made on a stale copy of a note is refused, never written over another's —
on SQLite and PostgreSQL (``db_target``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from piyue.core.anchoring import Anchor
from piyue.services.importing import import_report
from piyue.storage import EditConflictError, Library

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"


def test_second_save_of_a_stale_note_is_refused_with_the_stored_text(db_target: str) -> None:
    db = db_target
    with Library.open(db) as alice, Library.open(db) as bob:
        document = import_report(alice, SAMPLE).document
        note = alice.add_note(document.id, Anchor("地区", 0, 2), "first text", author="王")
        assert note.version == 1
        seen_by_bob = bob.note(note.id)
        saved = alice.edit_note(note.id, body="alice's text", expected_version=note.version)
        assert saved.version == 2
        with pytest.raises(EditConflictError, match="changed by 王 meanwhile; nothing was overwritten") as info:
            bob.edit_note(note.id, body="bob's text", expected_version=seen_by_bob.version)
        assert info.value.theirs.body == "alice's text" and info.value.theirs.version == 2
        assert bob.note(note.id).body == "alice's text"  # nothing written
        kept = bob.edit_note(note.id, body="bob's text", expected_version=info.value.theirs.version)
        assert kept.version == 3 and alice.note(note.id).body == "bob's text"  # a knowing overwrite


def test_edits_without_an_expected_version_still_bump_it(db_target: str) -> None:
    with Library.open(db_target) as library:
        document = import_report(library, SAMPLE).document
        note = library.add_note(document.id, Anchor("地区", 0, 2), "x")
        assert library.edit_note(note.id, color="#ff0000").version == 2
        assert library.acknowledge(note.id).version == 2  # only anchor bookkeeping: no new version
