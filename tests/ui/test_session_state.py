"""State that belongs to one document or one library, through the real window (issue 13's three defects).

- rolling backups are scheduled once the library is open (it is opened lazily, after the preferences);
- showing another document never shows the previous document's notes, not even for a moment;
- the outline stored with a version is the canonical one: topic sentences are a view option.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtGui import QColor

from piyue.app import build_window, create_application
from piyue.core.anchoring import anchor_span
from piyue.preferences import Preferences
from piyue.ui.settings import UiState

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/chaoyang-2026.md"

TOPICS = (
    "2026年测试省政府工作报告\n各位代表：\n一、2026年工作安排\n（一）扩大内需\n"
    "大力提振消费。研究制定城乡居民增收政策。\n积极扩大有效投资。优化实施项目。\n"
)


def _state(tmp_path: Path) -> UiState:
    return UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def test_backups_are_scheduled_when_the_library_opens_after_the_preferences(qtbot, tmp_path):
    from piyue.storage.library import Library

    create_application()
    opened: list[Library] = []

    def opener():
        opened.append(Library.open(tmp_path / "notes.sqlite3", backups=False))
        return opened[-1], ""

    win = build_window(_state(tmp_path), Preferences(backup_interval_minutes=7), library_opener=opener)
    qtbot.addWidget(win)
    win.show()
    assert not win.backups.timer.isActive()  # no library yet: nothing to back up
    report = tmp_path / "report.md"
    report.write_text(SAMPLE.read_text("utf-8"), "utf-8")
    armed: list[bool] = []
    win.session.libraryOpened.connect(lambda: armed.append(win.backups.timer.isActive()))
    with (
        qtbot.waitSignal(win.documentOpened, timeout=15000),
        qtbot.waitSignal(win.session.libraryOpened, timeout=15000),
    ):
        win.open_path(report)
    try:
        assert opened, "the library was opened on first use"
        assert armed == [True]  # armed by the library opening, once
        assert win.backups.timer.isActive()
        assert win.backups.timer.interval() == 7 * 60_000
        win.apply_preferences(Preferences(backup_interval_minutes=0))
        assert not win.backups.timer.isActive()
    finally:
        win.loader.wait(10_000)
        opened[0].close()


def test_another_document_never_shows_the_previous_documents_notes(library_window, library, qtbot, tmp_path):
    win = library_window
    quote = "CBD全球商务区吸引力攀升至世界第六"
    start = win.document.text.index(quote)
    anchor = anchor_span(win.document, start, start + len(quote))
    library.add_note(win.notes.service.document_id, anchor, "旧报告的批注", color="#e06666")
    win.notes.service.reload()
    assert [n.body for n in win.reading_view.notes_at(start)] == ["旧报告的批注"]

    other = tmp_path / "other.md"  # the same text at the same offsets, another report
    other.write_text(SAMPLE.read_text("utf-8") + "\n附：另一份报告。\n", "utf-8")
    seen_when_shown: list[list[str]] = []
    win.documentShown.connect(lambda _doc: seen_when_shown.append([n.body for n in win.reading_view.notes_at(start)]))
    with qtbot.waitSignal(win.documentOpened, timeout=15000):
        win.open_path(other)
    assert seen_when_shown == [[]]  # not even while the new report's notes are being fetched
    assert win.reading_view.notes_at(start) == []
    assert win.notes_panel.model.rowCount() == 0


def test_topic_sentences_are_shown_but_not_stored(qtbot, tmp_path, library):
    create_application()
    state = _state(tmp_path)
    state.topic_sentences = True
    report = tmp_path / "topics.txt"
    report.write_text(TOPICS, "utf-8")
    win = build_window(state, Preferences(), library)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path_now(report)

    def titles(parent: QModelIndex | None = None) -> list[str]:
        model = win.outline_model
        parent = parent or QModelIndex()
        out: list[str] = []
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            section = model.section(index)
            assert section is not None
            out += [section.title, *titles(index)]
        return out

    assert titles() == ["2026年工作安排", "扩大内需", "大力提振消费", "积极扩大有效投资"]
    stored = library.load(win.notes.service.document_id)
    assert [s.title for s in stored.walk()] == ["2026年工作安排", "扩大内需"]
    assert [s.title for s in win.document.walk()] == ["2026年工作安排", "扩大内需"]


def _background(win, offset: int):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(win.reading_view.document())
    cursor.setPosition(win.reading_view.position_map.to_qt(offset) + 1)
    return cursor.charFormat().background()


def test_note_add_edit_undo_repaint_their_spans_only(library_window):
    win = library_window
    view = win.reading_view
    model = win.metrics_panel.model
    metric = next(m for m in (model.metric(r) for r in range(model.rowCount())) if m.end - m.start >= 3)
    start, end = metric.start - 2, metric.end + 2
    figure_tint = _background(win, metric.start).color().name(QColor.NameFormat.HexArgb)
    plain = _background(win, start)
    qdoc = view.document()
    service = win.notes.service
    note = service.add(anchor_span(win.document, start, end), "核对", color="#e06666")
    assert note is not None
    assert view.document() is qdoc  # no new layout of the whole text
    assert _background(win, metric.start).color().name() == "#e06666"
    service.edit(note.id, body="核对口径", color="#5b9bd5", tags=(), status=note.status)
    assert _background(win, metric.start).color().name() == "#5b9bd5" and view.document() is qdoc
    service.undo_stack.undo()  # the colour comes back
    assert _background(win, metric.start).color().name() == "#e06666"
    service.undo_stack.undo()  # the note goes: the figure's own tint is back, the plain text is plain again
    assert _background(win, metric.start).color().name(QColor.NameFormat.HexArgb) == figure_tint
    assert _background(win, start).style() == plain.style()
    assert view.document() is qdoc


def test_quitting_drains_background_work_before_the_library_closes(library_window, library, tmp_path):
    from PySide6.QtCore import QThreadPool

    win = library_window
    folder = tmp_path / "many"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    for i in range(40):
        (folder / f"r{i:02}.md").write_text(text + f"\n附{i}。\n", "utf-8")
    assert win.library_panel.import_paths([folder])
    assert win.shutdown(30_000)  # the import stops between two files; nothing is left running
    pools = [*win.findChildren(QThreadPool), QThreadPool.globalInstance()]
    assert all(pool.activeThreadCount() == 0 for pool in pools)
    assert win.library_panel.runner.submit(lambda _token: None).token.cancelled  # no new work after shutdown
    stored = len(library.documents())
    assert 1 <= stored <= 41  # the window's report, and the files imported before the stop
    library.close()  # (the fixture closes it again: closing twice is harmless)
