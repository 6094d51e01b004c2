"""Narrow windows: side panels give way before the reading column does.

The reading pane keeps a minimum width of ~24 characters (:data:`piyue.ui.reading_view.MIN_COLUMN_EMS`);
for a window of 1024 px or half a 1920 screen to hold it beside the outline and the notes, the
panels' rows of buttons may shrink below their text's width (the full label stays in the tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QMainWindow

MIN_BUTTON_WIDTH = 36


def let_shrink(*buttons: QAbstractButton) -> tuple[QAbstractButton, ...]:
    """Let ``buttons`` shrink below their label's width in a narrow panel; the label becomes a tooltip.
    Returns them (to be laid out)."""
    for button in buttons:
        button.setMinimumWidth(MIN_BUTTON_WIDTH)  # an explicit minimum overrides the label's width
        if not button.toolTip():
            button.setToolTip(button.text().replace("&", ""))
    return buttons


class DockBalance(QObject):
    """When the window is too narrow for the reading column's comfortable width, share what is left
    between the left and the right panels (so that neither the outline nor the notes is starved)."""

    def __init__(self, window: QMainWindow, left: QDockWidget, right: QDockWidget, share: float = 0.5) -> None:
        super().__init__(window)
        self.window, self.left, self.right, self.share = window, left, right, share
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Rebalance after the window was resized."""
        if watched is self.window and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.balance)
        return False

    def balance(self) -> None:
        """Give the side panels equal shares of the width the reading column does not need."""
        central = self.window.centralWidget()
        docks = [d for d in (self.left, self.right) if d.isVisible() and not d.isFloating()]
        if central is None or len(docks) < 2 or central.width() > central.minimumSizeHint().width() + 8:
            return  # the text has room: the panels keep the widths the user gave them
        room = self.left.width() + self.right.width()
        left = max(self.left.minimumSizeHint().width(), int(room * self.share))
        self.window.resizeDocks([self.left, self.right], [left, room - left], Qt.Orientation.Horizontal)
