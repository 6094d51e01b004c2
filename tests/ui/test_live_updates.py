"""The window shows notes another process added, without a restart (through the real notes panel)."""

from __future__ import annotations

import os
import subprocess
import sys

from piyue.core.anchoring import anchor_span


def test_notes_added_by_another_process_appear_in_the_window(library_window, library, qtbot, tmp_path):
    window = library_window
    qtbot.waitUntil(lambda: window.notes.service.document_id is not None, timeout=10000)
    assert window.notes_panel.model.rowCount() == 0
    window.live_updates.check()  # the first poll takes the current state as seen
    command = [
        *(sys.executable, "-m", "piyue", "note", "add", str(window.report_path), "--quote", "增长14.3%"),
        *("--nth", "1", "--body", "from a colleague's command", "--db", str(tmp_path / "notes.sqlite3")),
    ]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PIYUE_AUTHOR": "李审校"})
    assert done.returncode == 0, done.stderr
    with qtbot.waitSignal(window.live_updates.refreshed, timeout=10000):
        pass  # the window's timer notices the change on its own
    assert window.notes_panel.model.rowCount() == 1
    shown = window.notes.service.notes[0]
    assert shown.body == "from a colleague's command"
    assert window.reading_view.notes_at(shown.anchor.start)  # marked in the text as well


def test_own_changes_do_not_count_as_changes_elsewhere(library_window, library, qtbot):
    window = library_window
    qtbot.waitUntil(lambda: window.notes.service.document_id is not None, timeout=10000)
    window.live_updates.check()
    start = window.document.text.index("增长14.3%")
    assert window.notes.service.add(anchor_span(window.document, start, start + 7), "mine") is not None
    assert window.notes_panel.model.rowCount() == 1
    assert window.live_updates.check() is False


def test_a_note_added_elsewhere_just_before_an_own_change_still_appears(library_window, library, qtbot, tmp_path):
    """The own commit is absorbed without hiding another process's commit made before it: the window only
    updates the note it stored itself, so the next poll must still read the other one."""
    from piyue.storage.library import Library

    window = library_window
    qtbot.waitUntil(lambda: window.notes.service.document_id is not None, timeout=10000)
    window.live_updates.check()  # the first poll takes the current state as seen
    document_id = window.notes.service.document_id
    start = window.document.text.index("增长14.3%")
    with Library.open(tmp_path / "notes.sqlite3", backups=False) as colleague:  # another connection
        colleague.add_note(document_id, anchor_span(window.document, start, start + 7), "theirs")
    assert window.notes.service.add(anchor_span(window.document, start + 1, start + 7), "mine") is not None
    assert [n.body for n in window.notes.service.notes] == ["mine"]  # their note not read yet
    assert window.live_updates.check() is True
    assert sorted(n.body for n in window.notes.service.notes) == ["mine", "theirs"]
    assert window.notes_panel.model.rowCount() == 2
