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
        with qtbot.waitSignal(window.analysisShown, timeout=20000):
            pass
        assert window.notes.service.available  # the database was opened in the background
        assert window.notes.library.documents()[0].title == window.document.title
        assert window._metrics
    finally:
        window.loader.wait(10000)
        if window.notes.library is not None:
            window.notes.library.close()
