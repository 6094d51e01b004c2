"""The real start path of ``piyue FILE``: the first paint already has the text; storing follows."""

from __future__ import annotations

from piyue.app import start_gui
from piyue.cli import _gui_parser


def test_start_gui_shows_the_sample_at_once_and_stores_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PIYUE_DB", str(tmp_path / "start.sqlite3"))
    options = _gui_parser().parse_args(["--new-instance"])
    _app, window = start_gui(options)
    qtbot.addWidget(window)
    try:
        assert window.document is not None  # parsed before the window appeared
        assert window.document.title.startswith("提升“五区”功能")
        with qtbot.waitSignal(window.documentOpened, timeout=20000):
            pass
        assert window.notes.service.available  # the database was opened in the background
        assert window.notes.library.documents()[0].title == window.document.title
        assert window.session.metrics
    finally:
        window.loader.wait(10000)
        if window.notes.library is not None:
            window.notes.library.close()


def test_figures_are_highlighted_before_the_document_is_stored(qtbot, tmp_path):
    import threading

    from PySide6.QtCore import QSettings

    from piyue.app import build_window, create_application, open_library
    from piyue.preferences import Preferences
    from piyue.ui.settings import UiState

    release = threading.Event()

    def slow_opener():
        release.wait(15)
        return open_library(str(tmp_path / "slow.sqlite3"))

    create_application()
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = build_window(state, Preferences(), library_opener=slow_opener)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.analysisShown, timeout=15000):
            window.open_path(window._sample)
        assert window.reading_view.document() is not None and window.session.metrics  # highlighted…
        assert window.loader.busy and not window.notes.service.available  # …while storing still waits
        release.set()
        with qtbot.waitSignal(window.documentOpened, timeout=15000):
            pass
        assert window.notes.service.available and not window.loader.busy
    finally:
        release.set()
        window.loader.wait(10000)
        if window.notes.library is not None:
            window.notes.library.close()


def test_storing_starts_only_once_the_figures_are_highlighted(qtbot, tmp_path, monkeypatch):
    import threading

    from piyue.ui.library_store import LibraryStore

    highlighted = threading.Event()
    seen: list[bool] = []
    store = LibraryStore.store

    def recording_store(self, path, document):
        seen.append(highlighted.is_set())
        return store(self, path, document)

    monkeypatch.setattr(LibraryStore, "store", recording_store)
    monkeypatch.setenv("PIYUE_DB", str(tmp_path / "order.sqlite3"))
    options = _gui_parser().parse_args(["--new-instance"])
    _app, window = start_gui(options)  # (the analysis runs; it is delivered once the event loop runs)
    qtbot.addWidget(window)
    window.analysisShown.connect(highlighted.set)
    try:
        with qtbot.waitSignal(window.documentOpened, timeout=20000):
            pass
        assert seen == [True]  # the store ran once, after the highlights
        assert window.notes.library is not None and window.notes.library.documents()
    finally:
        window.loader.wait(10000)
        if window.notes.library is not None:
            window.notes.library.close()
