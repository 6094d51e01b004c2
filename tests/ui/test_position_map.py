"""Code-point offsets ⇄ Qt positions, including characters outside the BMP."""

from __future__ import annotations

from piyue.core.readers import parse_text
from piyue.ui.position_map import PositionMap, utf16_len
from piyue.ui.reading_view import ReadingView


def test_utf16_len_counts_astral_twice():
    assert utf16_len("中文") == 2
    assert utf16_len("𠀀a") == 3


def test_map_round_trip_plain():
    text = "甲乙丙\n\n丁戊"
    pmap = PositionMap.empty(text)
    pmap.add_block(0, 3, 0)
    pmap.add_block(5, 7, 4)
    assert [pmap.to_qt(i) for i in (0, 2, 5, 6)] == [0, 2, 4, 5]
    assert [pmap.to_source(q) for q in (0, 2, 4, 5)] == [0, 2, 5, 6]


def test_reading_view_positions_match_source_with_astral_characters(qtbot):
    text = "一、𠀀𠀁工作回顾\n𡃁姓代表说：增长5.2%。\n二、𠀂安排\n正文𠀃结束。\n"
    document = parse_text(text, markdown=False)
    view = ReadingView()
    qtbot.addWidget(view)
    view.show_document(document)
    qdoc = view.document()
    pmap = view.position_map
    for offset, ch in enumerate(text):
        if ch == "\n":
            continue
        qt = pmap.to_qt(offset)
        shown = qdoc.characterAt(qt)
        if ord(ch) > 0xFFFF:
            pair = (shown + qdoc.characterAt(qt + 1)).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
            assert pair == ch, offset
        else:
            assert shown == ch, offset
        assert pmap.to_source(qt) == offset
