"""Related reports in the library tab: opening a stored report lists the reports sharing its key terms,
and their key terms are kept on disk so a later open segments nothing again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from piyue.paths import cache_dir
from piyue.segment.term_cache import TermCache, cache_path
from piyue.services import importing
from piyue.services.related import text_sha256
from piyue.ui.library_panel import ROW_ROLE


def _row_index(panel, document_id: int):
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, 0)
        if panel.model.data(index, ROW_ROLE).document_id == document_id:
            return index
    raise AssertionError(f"report {document_id} is not listed")


def test_opening_a_stored_report_lists_its_related_reports(library_window, library, qtbot, tmp_path: Path) -> None:
    win = library_window
    folder = tmp_path / "reports"
    folder.mkdir()
    ids = []
    for n, topic in enumerate(["低空经济", "营商环境", "低空经济", "乡村振兴"]):
        path = folder / f"报告{n}.md"
        path.write_text(f"{topic}，{topic}。{n}\n", encoding="utf-8")
        ids.append(importing.import_report(library, path).document.id)
    titles = library.titles()
    win.library_dock.show()
    win.library_dock.raise_()
    panel = win.library_panel
    panel.refresh()
    qtbot.waitUntil(lambda: len(panel.model.rows) == 5, timeout=20000)

    index = _row_index(panel, ids[0])
    with qtbot.waitSignal(
        win.search.keywordsReady, timeout=60000, check_params_cb=lambda doc, _r: "低空经济" in doc.text
    ):
        panel.table.scrollTo(index)
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualRect(index).center())
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # opens the selected report
    text = panel.keywords_label.text()
    assert "低空经济" in text.splitlines()[0]
    related = text.splitlines()[2:]
    assert related and titles[ids[2]] in related[0] and "低空经济" in related[0]
    assert not any(titles[ids[1]] in line for line in related)  # shares nothing

    known = TermCache(cache_path(cache_dir())).get_many(text_sha256(library.load(doc_id).text) for doc_id in ids)
    assert len(known) == 4  # every report's key terms are on disk now: a later open segments none of them
