"""Narrow windows (1024 px, half of a 1920 screen): the reading column keeps ~24 characters a line;
the side panels give way; the outline's titles get the room the counts do not need."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from piyue.ui.reading_view import MIN_COLUMN_EMS


@pytest.mark.parametrize("size", [(1024, 768), (960, 1000)])
def test_the_text_keeps_its_column_and_the_panels_give_way(window, qtbot, size):
    window.notes_dock.show()
    window.notes_dock.raise_()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() <= size[0])
    qtbot.wait(50)  # the panels are rebalanced after the resize
    view = window.reading_view
    em = QFontMetricsF(view.document().defaultFont()).horizontalAdvance("中")
    assert view.viewport().width() - 2 * view.document().documentMargin() >= em * MIN_COLUMN_EMS
    assert window.outline_dock.width() >= 150 and window.notes_dock.width() >= 150  # neither is starved
    header = window.outline_view.header()
    assert header.sectionSize(0) > header.sectionSize(1) + header.sectionSize(2)  # titles get the room
    index = window.outline_model.index(1, 0)
    assert window.outline_model.data(index, 3)  # a tooltip with the whole heading (ToolTipRole)


def test_the_panels_fit_half_a_1920_screen(window):
    assert window.minimumSizeHint().width() <= 960
