"""Library-wide search typed in the window: an answer to an older query never replaces the newest one."""

from __future__ import annotations

import threading


def test_typing_on_shows_the_newest_query_only(library_window, library, qtbot, monkeypatch):
    window = library_window
    window.search.wait()
    real = library.search
    release = threading.Event()
    asked: list[str] = []

    def gated(query: str, limit: int = 200):
        asked.append(query)
        if query == "营商":
            release.wait(10)  # the first query is slow: the second is typed meanwhile
        return real(query, limit)

    monkeypatch.setattr(library, "search", gated)
    window.open_search()
    shown: list[str] = []
    window.search.results.connect(lambda query, _hits: shown.append(query))
    window.search_panel.edit.setText("营商")
    qtbot.waitUntil(lambda: asked == ["营商"], timeout=30000)
    window.search_panel.edit.setText("营商环境")
    qtbot.wait(400)  # the panel's typing pause; the new query is queued behind the slow one
    release.set()
    qtbot.waitUntil(lambda: shown == ["营商环境"], timeout=30000)
    qtbot.waitUntil(window.search.runner.is_idle, timeout=30000)
    assert shown == ["营商环境"]  # the slow answer to 营商 was dropped
