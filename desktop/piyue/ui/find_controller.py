"""Find in the document: the find bar, its actions, and the hits shown in the reading pane."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from piyue.ui.find_bar import FindBar, find_all
from piyue.ui.reading_view import ReadingView
from piyue.ui.session import DocumentSession


class FindController(QObject):
    """Owns the find bar's state: the hits of the query and the current one (in the session's document;
    another document closes the bar and drops them)."""

    def __init__(self, session: DocumentSession, bar: FindBar, view: ReadingView, host: QWidget) -> None:
        super().__init__(host)
        self.session = session
        self.bar = bar
        self.view = view
        self._host = host
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self.find_action = self._action(self.tr("&Find…"), self.open, QKeySequence.StandardKey.Find)
        self.next_action = self._action(self.tr("Find &Next"), lambda: self.step(1), QKeySequence.StandardKey.FindNext)
        self.previous_action = self._action(
            self.tr("Find Pre&vious"), lambda: self.step(-1), QKeySequence.StandardKey.FindPrevious
        )
        bar.queryChanged.connect(self.query_changed)
        bar.stepRequested.connect(self.step)
        bar.closed.connect(self.closed)
        session.documentCleared.connect(self._document_cleared)

    def _action(self, text: str, slot, shortcut: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self._host)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._host.addAction(action)
        return action

    def open(self) -> None:
        """Show the find bar, seeded with the selected text."""
        selected = self.view.textCursor().selectedText().replace("\u2029", " ").strip()
        self.bar.open_bar(selected if 0 < len(selected) <= 60 else "")

    def show_term(self, term: str, at: int) -> None:
        """Highlight every occurrence of ``term`` (a search hit's words) with the one at ``at`` current;
        the find bar's next/previous step through them."""
        if not term.strip():
            return
        self.bar.blockSignals(True)
        self.bar.open_bar(term)
        self.bar.blockSignals(False)
        self.query_changed(term)
        if self.hits:
            self.current = next((i for i, (s, _e) in enumerate(self.hits) if s >= at), 0)
            self.view.set_find_hits(self.hits, self.current)
            self.bar.show_count(self.current, len(self.hits))

    @Slot(str)
    def query_changed(self, query: str) -> None:
        """Find every hit of ``query``; select the first one at or after the reading position."""
        document = self.session.document
        view = self.view
        self.hits = find_all(document.text, query) if document is not None and query else []
        top = view.top_offset() if self.hits else 0
        self.current = next((i for i, (s, _e) in enumerate(self.hits) if s >= top), 0) if self.hits else -1
        view.set_find_hits(self.hits, self.current)
        self.bar.show_count(self.current, len(self.hits))

    @Slot(int)
    def step(self, step: int) -> None:
        """Go to the next (+1) or previous (-1) hit; open the bar when it is closed."""
        if not self.bar.isVisible():
            self.open()
            return
        if not self.hits:
            return
        self.current = (self.current + step) % len(self.hits)
        self.view.set_find_hits(self.hits, self.current)
        self.bar.show_count(self.current, len(self.hits))

    @Slot()
    def closed(self) -> None:
        """The bar closed: the highlights go and the text takes the focus."""
        self.hits = []
        self.current = -1
        self.view.set_find_hits([])
        self.view.setFocus()

    @Slot()
    def _document_cleared(self) -> None:
        """Another document is shown: its hits would be at the wrong places."""
        if self.bar.isVisible():
            self.bar.close_bar()
        else:
            self.hits = []
            self.current = -1
            self.view.set_find_hits([])
