"""A revised draft under another file name becomes a new version from the window (one click), or,
explicitly, through File → Open as New Version Of…; its notes re-anchor as ``import --replaces`` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QPushButton

from piyue.core.anchoring import AnchorState, find_quote
from piyue.core.readers import read_document
from piyue.services.importing import import_report
from piyue.services.revisions import earlier_version

FIGURE = "增长14.3%"


@pytest.fixture
def noted(library_window, library):
    """The window with the first draft stored and two notes on it (the second copy of a duplicated figure)."""
    window = library_window
    document_id = window.notes.service.document_id
    for quote, nth in ((FIGURE, 2), ("CBD全球商务区吸引力攀升至世界第六", None)):
        anchor = find_quote(window.document, quote, nth=nth)
        assert window.notes.service.add(anchor, f"批注：{quote}") is not None
    assert document_id is not None
    return window, document_id


def _revised(window, name: str) -> Path:
    path = window.report_path.parent / name
    text = "修改稿说明：根据意见修改。\n\n" + window.document.text.replace(FIGURE, "增长14.5%")
    path.write_text(text, "utf-8")
    return path


def _question(window, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: window.notes.revision_question is not None and window.notes.revision_question.isVisible())
    # the search index catches up in the background meanwhile; on main a write that starts while it
    # writes can still fail with "database is locked" (BEGIN IMMEDIATE + retries are on their way)
    window.search.wait()
    return window.notes.revision_question


def test_a_renamed_draft_becomes_a_new_version_with_one_click(noted, library, qtbot):
    window, document_id = noted
    path = _revised(window, "报告-修改稿.md")
    assert window.open_path_now(path)
    box = _question(window, qtbot)
    assert "报告-修改稿.md" in box.text() and window.document.title in box.text()
    assert len(library.documents()) == 1  # nothing stored before the answer
    assert not window.notes.service.available
    qtbot.mouseClick(box.findChild(QPushButton, "revisionNewVersion"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.service.available)
    [record] = library.documents()
    assert record.id == document_id and record.version_count == 2
    notes = {n.body: n for n in window.notes.service.notes}
    changed = notes[f"批注：{FIGURE}"]
    second = window.document.text.index("增长14.5%", window.document.text.index("增长14.5%") + 1)
    assert changed.state is AnchorState.CHANGED and changed.anchor.start == second
    assert notes["批注：CBD全球商务区吸引力攀升至世界第六"].state is AnchorState.ANCHORED
    assert window.notes_panel.model.rowCount() == 2
    assert "1 changed" in window.statusBar().currentMessage()
    # opened again later: it is known by its new name, no question
    assert window.open_path_now(window.report_path) and window.open_path_now(path)
    assert window.notes.revision_question is None and len(library.documents()) == 1


def test_separate_report_keeps_them_apart(noted, library, qtbot):
    window, _document_id = noted
    path = _revised(window, "另一份.md")
    assert window.open_path_now(path)
    box = _question(window, qtbot)
    qtbot.mouseClick(box.findChild(QPushButton, "revisionSeparate"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.service.available)
    assert len(library.documents()) == 2 and window.notes.service.notes == []


def test_an_unrelated_report_asks_nothing(noted, library, qtbot, tmp_path):
    window, _ = noted
    other = tmp_path / "other.md"
    other.write_text("# 某县2026年政府工作报告\n\n## 一、工作回顾\n\n完全不同的一段文字，讲的是别的事情。\n", "utf-8")
    assert window.open_path_now(other)
    assert window.notes.revision_question is None and window.notes.service.available
    assert len(library.documents()) == 2


def test_open_as_new_version_of_through_the_file_menu(noted, library, qtbot, tmp_path):
    window, document_id = noted
    path = tmp_path / "完全改名.md"
    path.write_text("前言。\n\n" + window.document.text.replace(FIGURE, "增长14.5%"), "utf-8")
    window.notes.new_version_action.trigger()
    dialog = window.notes.new_version_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    reports = dialog.findChild(QListWidget, "newVersionReports")
    assert reports.currentItem().data(Qt.ItemDataRole.UserRole) == document_id  # the open report is proposed
    qtbot.mouseClick(dialog.findChild(QPushButton, "newVersionOpen"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Choose a file" in dialog.error.text()  # no file yet
    edit = dialog.findChild(QLineEdit, "newVersionPath")
    edit.setFocus()
    qtbot.keyClicks(edit, str(path.parent) + "/")
    edit.insert(path.name)  # the non-ASCII name, as pasted
    with qtbot.waitSignal(window.analysisShown, timeout=20000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "newVersionOpen"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.service.document_id == document_id and window.document.path == path)
    assert window.notes.revision_question is None  # explicit: no question
    [record] = library.documents()
    assert record.version_count == 2
    assert {n.state for n in window.notes.service.notes} == {AnchorState.ANCHORED, AnchorState.CHANGED}
    QApplication.processEvents()


def test_earlier_version_by_government_and_year(library, tmp_path):
    """Two drafts that say they are the same government's report of the same year match even with
    much new wording; a different year does not."""
    head = "# 北京市朝阳区2026年政府工作报告\n\n"
    first = tmp_path / "a.md"
    first.write_text(head + "一、回顾\n\n" + "今年完成了很多工作。" * 40 + "第二部分讲规划。" * 30, "utf-8")
    import_report(library, first)
    draft = read_document(first)
    rewritten = tmp_path / "b.md"
    rewritten.write_text(head + "一、回顾\n\n" + "今年完成了很多工作。" * 40 + "全新的内容写在这里。" * 60, "utf-8")
    found = earlier_version(library, read_document(rewritten), str(rewritten))
    assert found is not None and found.same_report and found.title == draft.title
    other_year = tmp_path / "c.md"
    other_year.write_text(head.replace("2026", "2025") + "全新的内容写在这里。" * 60, "utf-8")
    assert earlier_version(library, read_document(other_year), str(other_year)) is None
    assert earlier_version(library, draft, str(first)) is None  # imported from there already


def test_the_same_text_from_another_place_is_that_report(noted, library, qtbot, tmp_path):
    window, document_id = noted
    copy = tmp_path / "copy" / "同一份.md"
    copy.parent.mkdir()
    copy.write_text(window.report_path.read_text("utf-8"), "utf-8")
    assert window.open_path_now(copy)
    assert window.notes.revision_question is None
    assert window.notes.service.document_id == document_id and len(window.notes.service.notes) == 2
    [record] = library.documents()
    assert record.version_count == 1


@pytest.fixture
def chinese():
    """The window's language is Chinese for this test, English again after it."""
    from piyue.ui.translations import install_translations

    app = QApplication.instance()
    assert install_translations(app, "zh_CN") == "zh_CN"
    yield
    install_translations(app, "en")


def test_the_new_version_message_is_in_the_chinese_window_s_language(chinese, noted, library, qtbot):
    """A user of the Chinese window saw "New version stored: 1 notes anchored, 1 changed, 0 orphaned" in
    English in the status bar after answering the new-version question (its strings had moved to a module
    lupdate could not read)."""
    window, document_id = noted
    assert window.open_path_now(_revised(window, "报告-修改稿.md"))
    box = _question(window, qtbot)
    qtbot.mouseClick(box.findChild(QPushButton, "revisionNewVersion"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.service.available)
    [record] = library.documents()
    assert record.id == document_id and record.version_count == 2
    assert {n.state for n in window.notes.service.notes} == {AnchorState.ANCHORED, AnchorState.CHANGED}
    message = window.statusBar().currentMessage()
    assert "New version" not in message and "已保存新版本" in message, message
