"""Drive the real main window: open documents, click the outline, scroll, zoom, errors, layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from piyue.app import build_window, create_application


def _index_by_title(model, title: str, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.section(index).title == title:
            return index
        found = _index_by_title(model, title, index)
        if found is not None:
            return found
    return None


def test_sample_fills_outline_text_and_status(window):
    document = window.document
    assert document is not None
    assert window.outline_model.rowCount() == len(document.sections)
    assert window.reading_view.toPlainText().startswith("两会特别报道")
    assert "33" in window.counts_label.text()
    assert f"{len(document.text):,}" in window.counts_label.text()
    assert "提升“五区”功能" in window.windowTitle()


def test_clicking_outline_entry_scrolls_text_to_heading(window, qtbot):
    view = window.outline_view
    index = _index_by_title(window.outline_model, "培育壮大特色产业")
    assert index is not None
    view.scrollTo(index)
    assert window.reading_view.verticalScrollBar().value() == 0
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    section = window.outline_model.section(index)
    scroll = window.reading_view.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.value() > 0)
    top = window.reading_view.top_offset()
    # The heading is at the top of the viewport: the text shown there belongs to the section.
    assert section.start <= top <= section.end
    cursor_offset = window.reading_view.position_map.to_source(window.reading_view.textCursor().position())
    assert cursor_offset == section.title_start  # the caret sits on the heading text (after its # marks)


def test_scrolling_text_selects_current_outline_entry(window, qtbot):
    document = window.document
    target = next(s for s in document.walk() if s.title == "加强安全风险防控")
    window.reading_view.scroll_to_offset(target.start + 5, flash=False)
    selection = window.outline_view.selectionModel()
    qtbot.waitUntil(lambda: window.outline_model.section(selection.currentIndex()) is target, timeout=3000)


def test_background_open_and_error_dialog(window, qtbot, tmp_path):
    good = tmp_path / "report.txt"
    good.write_text(
        "2026年测试市政府工作报告\n各位代表：\n一、工作回顾\n正文。\n二、工作安排\n（一）扩大内需\n正文。\n", "utf-8"
    )
    with qtbot.waitSignal(window.documentOpened, timeout=10000):  # shown, analysed, stored: the load is done
        window.open_path(good)
    assert window.document.title == "2026年测试市政府工作报告"
    assert window.outline_model.rowCount() == 2
    assert good.resolve() in window._state.recent_files

    bad = tmp_path / "image.md"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with qtbot.waitSignal(window.loader.failed, timeout=10000):
        window.open_path(bad)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openErrorDialog") is not None)
    box = window.findChild(QMessageBox, "openErrorDialog")
    assert "PNG" in box.text()
    box.close()
    assert window.document.title == "2026年测试市政府工作报告"  # the open document stays


def test_zoom_changes_font_and_is_remembered(window, state):
    before = window.reading_view.document().defaultFont().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.reading_view.document().defaultFont().pointSizeF() > before
    assert state.zoom == 2
    window.zoom_reset_action.trigger()
    assert window.reading_view.document().defaultFont().pointSizeF() == pytest.approx(before)


def test_geometry_and_layout_restored(qtbot, state):
    create_application()
    first = build_window(state)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    qtbot.waitExposed(first)
    first.notes_dock.hide()
    first.close()
    second = build_window(state)
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    qtbot.waitExposed(second)
    assert second.size().width() == 700
    assert second.notes_dock.isHidden()


def test_standard_shortcuts_bound(window):
    from PySide6.QtGui import QKeySequence

    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert not window.zoom_in_action.shortcut().isEmpty()
    assert window.zoom_reset_action.shortcut() == QKeySequence("Ctrl+0")


def test_topic_sentences_toggle_adds_lowest_level(window, qtbot, tmp_path):
    report = tmp_path / "topics.txt"
    report.write_text(
        "2026年测试省政府工作报告\n各位代表：\n一、2026年工作安排\n（一）扩大内需\n"
        "大力提振消费。研究制定城乡居民增收政策。\n积极扩大有效投资。优化实施项目。\n",
        "utf-8",
    )
    with qtbot.waitSignal(window.documentShown, timeout=10000):
        window.open_path(report)
    assert [s.title for s in window.document.walk()] == ["2026年工作安排", "扩大内需"]
    with qtbot.waitSignal(window.documentShown, timeout=10000):
        window.topic_action.trigger()
    model = window.outline_model
    part = model.index(0, 0)
    section = model.index(0, 0, part)
    shown = [model.section(model.index(row, 0, section)) for row in range(model.rowCount(section))]
    assert [s.title for s in shown if s is not None] == ["大力提振消费", "积极扩大有效投资"]
    assert [s.title for s in window.document.walk()] == ["2026年工作安排", "扩大内需"]  # a view option only
    assert window._state.topic_sentences


def test_find_in_document_highlights_and_steps(window, qtbot):
    from piyue.ui.find_bar import find_all

    window.find_action.trigger()
    assert window.find_bar.isVisible()
    window.find_bar.edit.setText("科技创新")  # QTest cannot type CJK characters (it aborts)
    hits = find_all(window.document.text, "科技创新")
    assert hits and window.finder.hits == hits
    assert window.find_bar.count_label.text() == f"1 of {len(hits)}"
    assert window.reading_view.textCursor().selectedText() == "科技创新"
    assert len(window.reading_view.extraSelections()) >= len(hits)
    window.find_next_action.trigger()
    assert window.finder.current == 1 % len(hits)
    window.find_previous_action.trigger()
    window.find_previous_action.trigger()
    assert window.finder.current == len(hits) - 1
    window.find_bar.close_bar()
    find_colour = window.reading_view._colors.find
    assert not [s for s in window.reading_view.extraSelections() if s.format.background().color() == find_colour]


def test_find_all_ignores_width_and_case():
    from piyue.ui.find_bar import find_all

    assert find_all("增长１４．３％，GDP与gdp", "14.3%") == [(2, 7)]
    assert find_all("增长１４．３％，GDP与gdp", "GDP") == [(8, 11), (12, 15)]
    assert find_all("abc", "") == []


def test_heading_and_finding_navigation(window, qtbot):
    starts = [s.start for s in window.document.walk()]
    window.next_heading_action.trigger()
    first = window.reading_view.top_offset()
    assert first >= starts[0]
    window.next_heading_action.trigger()
    assert window.reading_view.top_offset() > first
    window.previous_heading_action.trigger()
    assert window.reading_view.top_offset() <= first + 10
    qtbot.waitUntil(lambda: bool(window.session.findings))
    window.next_finding_action.trigger()
    problems = sorted(f.start for f in window.session.findings if f.is_problem)
    assert problems[0] - 5 <= window.reading_view.top_offset() <= problems[0] + 40


def test_every_menu_shortcut_listed_and_unique(window):
    from piyue.ui.shortcuts_dialog import shortcut_rows

    rows = shortcut_rows(window.actions())
    keys = [k for _, k in rows]
    assert len(keys) == len(set(keys)), keys
    texts = [t for t, _ in rows]
    for wanted in ("Open", "Find", "Next Heading", "Next Finding", "Zoom In", "Keyboard Shortcuts"):
        assert wanted in texts, texts


def test_narrowing_the_window_keeps_room_for_the_text(window, qtbot):
    """Made 1024 wide, the side panels give way: the report keeps close to half the window, not a strip."""
    qtbot.waitUntil(lambda: window.reading_view.width() > 400)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(50)
    assert window.reading_view.width() >= 0.4 * window.width(), window.reading_view.width()
    assert window.outline_dock.width() > 150 and window.notes_dock.width() > 150  # still usable


def test_outline_count_columns_fit_their_counts_without_remeasuring_on_resize(window, qtbot):
    """The figure and note counts are fitted when they change or rows open (not on every resize of the outline)."""
    view, model = window.outline_view, window.outline_model
    top = model.index(0, 0)
    start = model.section(top).start
    model.set_note_offsets([start] * 1234)  # the notes of the first part: "✎1234"
    assert model.index(0, 2).data() == "✎1234"
    wide = view.fontMetrics().horizontalAdvance("✎1234")
    qtbot.waitUntil(lambda: view.columnWidth(2) >= wide)  # fitted once, on the next turn of the event loop
    assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance(model.index(0, 1).data() or "")
    view.collapseAll()
    view.expand(top)
    qtbot.wait(20)
    assert view.columnWidth(2) >= wide
    before = view.header().sectionSize(2)
    window.resize(window.width(), window.height() - 200)
    qtbot.wait(50)
    assert view.header().sectionSize(2) == before


def test_opening_a_report_fits_the_outline_counts_once_not_per_opened_row(window, qtbot, monkeypatch):
    """Expanding the outline emits ``expanded`` per row (hundreds for a long report): one fitting pass follows."""
    from piyue.core.readers import read_document

    view = window.outline_view
    calls: list[int] = []
    fit = view.resizeColumnToContents
    monkeypatch.setattr(view, "resizeColumnToContents", lambda column: (calls.append(column), fit(column)))
    window.show_document(read_document(window._sample))
    qtbot.wait(50)
    assert 0 < len(calls) <= 4  # the two count columns, fitted at most twice (on showing, then once after)
