"""File → Export Notes…: the action, the dialog's scopes and preview, and the export on a worker thread."""

from __future__ import annotations

import csv
import io
import json
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

import piyue.export as export_package
from piyue.app import build_window, create_application
from piyue.core.anchoring import NoteStatus, anchor_section, anchor_span
from piyue.preferences import Preferences
from piyue.ui.export_dialog import EXPORT_FORMATS, Scope, notes_in_section
from piyue.ui.shortcuts_dialog import shortcut_rows

SCRIPT = "<script>alert('x')</script><img src=\"file:///etc/passwd\">"


@pytest.fixture
def window(library_window):
    """A window with a library, a copy of the sample open, and no notes yet."""
    yield library_window
    library_window.exporter.wait()


def _note(window, quote: str, body: str, tags=()):
    document = window.document
    start = document.text.index(quote)
    return window.notes.service.add(
        anchor_span(document, start, start + len(quote)), body, tags=tags, status=NoteStatus.IN_DOUBT
    )


@pytest.fixture
def notes(window):
    """Five notes: three in one top-level section (one tagged), one section note, one elsewhere."""
    document = window.document
    sections = [s for s in document.walk() if s.children and s.end - s.start < len(document.text) // 2]
    first, second = sections[0], next(s for s in sections[1:] if s.start >= sections[0].end)
    sentences = [p for p in document.text[first.body_start : first.end].split("。") if len(p.strip()) > 10]
    made = [
        _note(window, sentences[0].strip()[:20], "第一条", tags=("核数",)),
        _note(window, sentences[1].strip()[:20], "第二条"),
        _note(window, sentences[2].strip()[:20], "第三条 " + SCRIPT),
        window.notes.service.add(anchor_section(document, second), "整节意见"),
    ]
    later = [p for p in document.text[second.body_start : second.end].split("。") if len(p.strip()) > 10]
    made.append(_note(window, later[0].strip()[:20], "第五条", tags=("核数",)))
    assert all(made) and len(window.notes.service.notes) == 5
    return {"all": made, "first": first, "second": second}


def _dialog(window):
    dialog = window.exporter.show_dialog()
    assert dialog is not None and dialog.isVisible()
    return dialog


def _export(qtbot, window, dialog, fmt: str, target: Path):
    dialog.set_format(fmt)
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(window.exporter.exported, timeout=30000) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


# ----------------------------------------------------------------- the action
def test_action_is_disabled_without_notes_storage(qtbot, state):
    create_application()
    win = build_window(state, Preferences())  # no database
    qtbot.addWidget(win)
    assert not win.exporter.export_action.isEnabled()  # no document either
    assert win.open_path_now(win._sample)
    assert win.document is not None and not win.exporter.export_action.isEnabled()
    assert win.exporter.show_dialog() is None


def test_action_in_file_menu_with_a_shortcut_of_its_own(window):
    action = window.exporter.export_action
    assert action.isEnabled()  # a document whose notes are stored (none yet)
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    rows = shortcut_rows(window.actions())
    keys = [key for _text, key in rows]
    ours = action.shortcut().toString()
    assert ours == "Ctrl+Shift+E" and keys.count(ours) == 1
    assert ("Export Notes", ours) in rows


def test_empty_state(window):
    dialog = _dialog(window)
    assert not dialog.export_button.isEnabled()
    assert "No notes to export" in dialog.preview_source()
    assert "No notes to export" in dialog.count_label.text()
    dialog.reject()


# ----------------------------------------------------------------- the dialog
def test_scopes_give_the_right_notes(window, notes):
    made = notes["all"]
    window.notes_panel.tag_filter.setCurrentIndex(window.notes_panel.tag_filter.findData("核数"))
    dialog = _dialog(window)
    ids = lambda ns: sorted(n.id for n in ns)  # noqa: E731
    assert ids(dialog.selected_notes()) == ids(made)
    dialog.set_scope(Scope.FILTERED)
    assert ids(dialog.selected_notes()) == ids([made[0], made[4]])
    assert "2 of 5" in dialog.filtered_radio.text()
    dialog.set_scope(Scope.SECTION, notes["first"])
    assert dialog.section_box.isEnabled()
    assert ids(dialog.selected_notes()) == ids(made[:3]) == ids(notes_in_section(made, notes["first"]))
    dialog.set_scope(Scope.SECTION, notes["second"])
    assert ids(dialog.selected_notes()) == ids(made[3:])
    assert "2 notes" in dialog.count_label.text()
    dialog.set_scope(Scope.ALL)
    assert not dialog.section_box.isEnabled()
    dialog.reject()


def test_section_without_notes_disables_export(window, notes):
    dialog = _dialog(window)
    empty = next(s for s in window.document.walk() if not notes_in_section(notes["all"], s))
    dialog.set_scope(Scope.SECTION, empty)
    assert dialog.selected_notes() == [] and not dialog.export_button.isEnabled()
    dialog.update_preview()
    assert "No notes to export" in dialog.preview_source()
    dialog.reject()


def test_preview_updates_and_escapes_user_text(qtbot, window, notes):
    dialog = _dialog(window)
    dialog.set_format("md")
    dialog.update_preview()
    assert dialog.preview_stack.currentWidget() is dialog.preview_text
    assert "第三条" in dialog.preview_source()
    dialog.set_format("html")  # debounced
    qtbot.waitUntil(lambda: dialog.preview_stack.currentWidget() is dialog.preview_html, timeout=3000)
    shown = dialog.preview_source()
    assert "第三条" in shown and "<script>alert('x')</script>" in shown  # shown as text, not run
    markup = dialog.preview_html.toHtml()
    assert "<script" not in markup and "<img" not in markup
    dialog.set_scope(Scope.SECTION, notes["second"])
    qtbot.waitUntil(lambda: "第三条" not in dialog.preview_source(), timeout=3000)
    assert "整节意见" in dialog.preview_source()
    dialog.set_format("docx")
    qtbot.waitUntil(lambda: dialog.preview_stack.currentWidget() is dialog.preview_note, timeout=3000)
    assert "2 notes" in dialog.preview_source()
    dialog.reject()


def test_metrics_option_only_where_supported(window, notes):
    dialog = _dialog(window)
    supported = {f.key for f in EXPORT_FORMATS if f.supports_metrics}
    assert supported == {"html", "docx", "docx-comments", "pdf"}
    for choice in EXPORT_FORMATS:
        dialog.set_format(choice.key)
        assert dialog.metrics_check.isEnabled() is (choice.key in supported)
        assert dialog.metrics_check.toolTip()
        assert dialog.path_edit.text().endswith(choice.extension)
    dialog.set_format("html")
    dialog.metrics_check.setChecked(True)
    dialog.update_preview()
    assert "附录：指标" in dialog.preview_source()
    dialog.metrics_check.setChecked(False)
    dialog.update_preview()
    assert "附录：指标" not in dialog.preview_source()
    dialog.reject()


def test_default_name_from_the_title(window, notes):
    dialog = _dialog(window)
    target = dialog.target
    assert target is not None and target.name.endswith("-批注.md") and "/" not in target.name
    assert target.parent.is_dir()
    dialog.reject()


# ----------------------------------------------------------------- exporting
@pytest.mark.parametrize("fmt", ["md", "csv", "jsonld", "docx", "docx-comments", "html", "pdf"])
def test_export_runs_off_the_ui_thread_and_writes(qtbot, window, notes, tmp_path, monkeypatch, fmt):
    threads: list[int] = []
    real = export_package.render

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_package, "render", recording)
    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    choice = next(f for f in EXPORT_FORMATS if f.key == fmt)
    target = tmp_path / "out" / f"notes{choice.extension}"
    target.parent.mkdir()
    dialog = _dialog(window)
    written = _export(qtbot, window, dialog, fmt, target)
    assert written == target and target.is_file()
    assert threads and all(t != threading.get_ident() for t in threads)
    assert not dialog.isVisible() and window.exporter.dialog is None
    assert str(target) in window.statusBar().currentMessage()
    assert window.exporter.open_folder_button.isVisibleTo(window)
    window.exporter.open_folder_button.click()
    assert opened and opened[0].toLocalFile() == str(target.parent)
    assert not list(target.parent.glob(".piyue-*"))  # no temporary left behind
    data = target.read_bytes()
    if fmt == "md":
        assert "第一条" in data.decode("utf-8")
    elif fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert len(rows) == 6
    elif fmt == "jsonld":
        collection = json.loads(data)
        assert collection["total"] == 5 and len(collection["first"]["items"]) == 5
    elif fmt.startswith("docx"):
        import docx

        word = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in word.paragraphs)
        assert ("第一条" in text) is (fmt == "docx")
    elif fmt == "html":
        assert b"<script>alert" not in data
    else:
        assert data.startswith(b"%PDF")


def test_overwrite_asks(qtbot, window, notes, tmp_path, monkeypatch):
    target = tmp_path / "exists.md"
    target.write_text("keep me", "utf-8")
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args, **_kwargs):
            asked.append(text)
            return reply

        return staticmethod(question)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog = _dialog(window)
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    assert asked and "exists.md" in asked[0]
    assert not window.exporter.busy and target.read_text("utf-8") == "keep me"
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(window.exporter.exported, timeout=10000):
        dialog.export_button.click()
    assert len(asked) == 2 and "第一条" in target.read_text("utf-8")


def test_cancel_before_the_write(qtbot, window, notes, tmp_path, monkeypatch):
    gate = threading.Event()
    real = export_package.render

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_package, "render", slow)
    target = tmp_path / "never.md"
    dialog = _dialog(window)
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    assert window.exporter.busy and dialog.busy_bar.isVisibleTo(dialog)
    assert not dialog.export_button.isEnabled() and not dialog.format_box.isEnabled()
    qtbot.wait(50)  # the UI thread is free while the worker renders
    with qtbot.waitSignal(window.exporter.cancelled, timeout=2000):
        dialog.cancel_button.click()  # Cancel while busy stops the export; the dialog stays
    gate.set()
    window.exporter.wait()
    qtbot.wait(50)
    assert not target.exists() and not list(tmp_path.glob(".piyue-*"))
    assert dialog.isVisible() and not window.exporter.busy and "cancelled" in dialog.message_label.text()
    assert dialog.export_button.isEnabled()


def test_cancel_once_the_file_is_being_written_lets_it_finish(qtbot, window, notes, tmp_path, monkeypatch):
    import piyue.export.files as export_files

    writing, release = threading.Event(), threading.Event()
    real = export_files.write_atomically

    def slow_write(*args, **kwargs):
        writing.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_files, "write_atomically", slow_write)
    target = tmp_path / "kept.md"
    dialog = _dialog(window)
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    assert writing.wait(10)
    dialog.cancel_button.click()  # too late: the write is not cut short
    assert "cannot be stopped" in dialog.message_label.text() and window.exporter.busy
    with qtbot.waitSignal(window.exporter.exported, timeout=10000) as blocker:
        release.set()
    assert blocker.args[0] == target and target.exists()
    assert not window.exporter.busy and not dialog.isVisible()


def test_failure_is_one_line(qtbot, window, notes, tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom\nTraceback (most recent call last):\n  File x")

    monkeypatch.setattr(export_package, "render", broken)
    dialog = _dialog(window)
    dialog.path_edit.setText(str(tmp_path / "x.md"))
    with qtbot.waitSignal(window.exporter.failed, timeout=5000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0] == "Export failed: RuntimeError: boom"
    assert dialog.message_label.text() == blocker.args[0] and "\n" not in dialog.message_label.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_missing_folder_is_refused_in_the_dialog(window, notes, tmp_path):
    dialog = _dialog(window)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.md"))
    dialog.export_button.click()
    assert not window.exporter.busy and "does not exist" in dialog.message_label.text()
    dialog.reject()


def test_browse_uses_the_file_dialog_and_adds_the_extension(window, notes, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(tmp_path / "chosen"), "")))
    dialog = _dialog(window)
    dialog.set_format("csv")
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(tmp_path / "chosen.csv")
    dialog.reject()
