"""The library view and library-wide search in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from piyue.app import build_window, create_application
from piyue.preferences import Preferences
from piyue.services.importing import import_report
from piyue.storage.library import Library
from piyue.ui.search_panel import HIT_ROLE, marked_snippet

REPORTS = {
    "2026年甲省政府工作报告": (
        "一、2025年工作回顾\n持续优化营商环境，消费增长5%。\n"
        "二、2026年工作安排\n（一）扩大内需\n大力提振消费，发展低空经济。\n"
    ),
    "2026年乙市政府工作报告": (
        "一、2025年工作回顾\n环境质量改善，PM2.5浓度下降。\n二、2026年工作安排\n（一）建设5G网络\n推进城中村改造。\n"
    ),
}


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    paths = []
    for number, (title, body) in enumerate(REPORTS.items()):
        path = tmp_path / f"report{number}.txt"
        path.write_text(f"{title}\n各位代表：\n{body}", "utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def window(qtbot, state, tmp_path):
    create_application()
    library = Library.open(tmp_path / "lib.sqlite3", backups=True)
    win = build_window(state, Preferences(), library)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path_now(win._sample)
    yield win
    win.search.wait()
    win.library_panel.wait()
    library.close()


def test_import_list_open_and_remove(window, reports, qtbot, monkeypatch):
    panel = window.library_panel
    assert panel.import_paths([reports[0].parent])  # a folder: both reports
    panel.wait()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=20000)
    assert "Imported 2 reports." in panel.status.text()
    assert "Cancelled" not in panel.status.text()  # closing the finished progress dialog is no cancel
    rows = {row.title: row for row in panel.model.rows}
    assert rows["2026年甲省政府工作报告"].government == "甲省" and rows["2026年甲省政府工作报告"].year == 2026
    target = rows["2026年乙市政府工作报告"]
    window.open_stored(target.document_id)
    assert window.document.title == "2026年乙市政府工作报告"
    qtbot.waitUntil(lambda: window.notes.service.document_id == target.document_id, timeout=10000)
    row = next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data() == target.title)
    panel.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.remove_selected()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    assert "backup" in panel.status.text()


def test_search_finds_words_not_parts_and_jumps(window, reports, qtbot):
    window.library_panel.import_paths(reports)
    window.library_panel.wait()
    window.open_search()
    assert window.search_panel.edit.hasFocus() or window.search_dock.isVisible()
    with qtbot.waitSignal(window.search.results, timeout=30000) as blocker:
        window.search_panel.edit.setText("营商环境")
    query, hits = blocker.args
    assert query == "营商环境" and hits
    assert all("营商环境" in hit.context for hit in hits)
    with qtbot.waitSignal(window.search.results, timeout=30000) as blocker:
        window.search_panel.edit.setText("环境")
    assert any("环境质量" in hit.context for hit in blocker.args[1])
    with qtbot.waitSignal(window.search.results, timeout=30000) as blocker:
        window.search_panel.edit.setText("PM2.5")
    hits = blocker.args[1]
    assert len(hits) == 1
    group = window.search_panel.model.item(0)
    item = group.child(0)
    tree = window.search_panel.tree
    tree.scrollTo(item.index())
    with qtbot.waitSignal(window.search_panel.hitActivated, timeout=5000) as clicked:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(item.index()).center())
    assert clicked.args[0] is hits[0]  # the typed signal hands over the hit itself
    assert window.document.title == "2026年乙市政府工作报告"
    assert window.document.text[hits[0].start : hits[0].end] == "PM2.5", (hits[0].start, hits[0].end)
    assert window.reading_view.textCursor().selectedText() == "PM2.5"
    assert item.data(HIT_ROLE) is hits[0]
    # the term stays highlighted, with the find bar's next/previous over its occurrences
    assert window.find_bar.isVisible() and window.find_bar.edit.text() == "PM2.5"
    assert window.finder.hits == [(hits[0].start, hits[0].end)] and window.finder.current == 0


def test_snippet_marks_hits_and_escapes_user_text():
    assert marked_snippet("<b>营商环境</b>好", ((3, 7),)) == "&lt;b&gt;<b>营商环境</b>&lt;/b&gt;好"


def test_library_view_opens_sorts_and_opens_a_report(window, reports, qtbot):
    """View → Library lists the reports; a click on a column header sorts them; a double click opens one."""
    from PySide6.QtCore import QPoint, Qt

    from piyue.core.anchoring import find_quote
    from piyue.ui.library_panel import LibraryModel

    library = window.notes.library
    ids = [import_report(library, path).document.id for path in reports]
    yi = ids[1]
    for quote in ("PM2.5", "城中村改造"):
        library.add_note(yi, find_quote(library.load(yi), quote), "核对")
    window.library_action.trigger()
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=20000)
    header = panel.table.horizontalHeader()
    for _ in range(2):  # sorted by title first; the first click on Notes sorts ascending, the second descending
        x = header.sectionViewportPosition(LibraryModel.NOTES) + header.sectionSize(LibraryModel.NOTES) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [panel.model.index(r, LibraryModel.NOTES).data() for r in range(3)] == ["2", "", ""]
    assert panel.model.index(0, LibraryModel.GOVERNMENT).data() == "乙市"
    assert panel.model.index(0, LibraryModel.YEAR).data() == "2026"
    rect = panel.table.visualRect(panel.model.index(0, LibraryModel.TITLE))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.title == "2026年乙市政府工作报告"
    qtbot.waitUntil(lambda: window.notes.service.document_id == yi, timeout=10000)
    assert panel.selected_row().document_id == yi


def test_search_finds_what_another_window_wrote_since_the_last_search(window, reports, qtbot, tmp_path):
    window.library_panel.import_paths(reports[:1])
    window.library_panel.wait()
    window.open_search()
    with qtbot.waitSignal(window.search.results, timeout=30000) as blocker:
        window.search_panel.edit.setText("营商环境")
    assert blocker.args[1]
    with Library.open(tmp_path / "lib.sqlite3", backups=False) as other:  # another window, the command line
        import_report(other, reports[1])  # written without the segmenter: not indexed yet
    qtbot.keyClicks(window.search_panel.edit, "x")  # any typing searches again
    with qtbot.waitSignal(window.search.results, timeout=30000) as blocker:
        window.search_panel.edit.setText("城中村改造")
    query, hits = blocker.args
    found = [hit for hit in hits if hit.document_path == str(reports[1].resolve())]
    assert query == "城中村改造" and len(found) == 1 and "城中村改造" in found[0].context
