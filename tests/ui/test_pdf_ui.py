"""A report read from a PDF in the window (issue 14): the status bar shows the printed page of the
reading position; a scan gets a dialog with one clear line; exports cite the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

from tests.core.pdf_typeset import typeset

REPORT = "\n".join(
    ["2026年测试市政府工作报告", "各位代表：", "一、2025年工作回顾"]
    + [
        f"第{i}段。全市地区生产总值增长{i}.5%，新增就业{i}万人，各项事业取得新进展，人民生活持续改善。"
        for i in range(60)
    ]
    + ["二、2026年工作安排", "（一）扩大内需。社会消费品零售总额增长6%。", "各位代表！让我们团结奋斗。"]
)


@pytest.fixture
def printed(tmp_path: Path) -> Path:
    return typeset(REPORT, tmp_path / "report.pdf")


def test_the_status_bar_shows_the_page_of_the_reading_position(window, qtbot, printed: Path) -> None:
    label = window.findChild(QLabel, "pageLabel")
    assert label is not None and not label.isVisible()  # the sample is no PDF
    with qtbot.waitSignal(window.documentShown, timeout=15000):
        window.open_path(printed)
    document = window.document
    pages = document.page_map[-1][1]
    assert document.format == "pdf" and pages >= 4
    qtbot.waitUntil(label.isVisible)
    assert label.text() == f"Page 1 of {pages}"
    # Go to the second part through the outline's jump: the label follows the reading position.
    part = document.sections[1]
    window.reading_view.scroll_to_offset(part.start, flash=False)
    expected = document.page_at(window.reading_view.top_offset())
    qtbot.waitUntil(lambda: label.text() == f"Page {expected} of {pages}")
    assert expected > 1
    # Back to a plain-text report: no page.
    with qtbot.waitSignal(window.documentShown, timeout=15000):
        window.open_path(window._sample)
    assert not label.isVisible()


def test_a_scan_is_answered_with_a_dialog(window, qtbot, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    scan = tmp_path / "scan.pdf"
    canvas = Canvas(str(scan))
    canvas.rect(50, 50, 400, 600, fill=1)
    canvas.save()
    title = window.document.title
    with qtbot.waitSignal(window.loader.failed, timeout=10000):
        window.open_path(scan)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openErrorDialog") is not None)
    box = window.findChild(QMessageBox, "openErrorDialog")
    assert "no text layer" in box.text() and "\n" not in box.text()
    assert "PDF" in box.informativeText()
    box.close()
    assert window.document.title == title


def test_exports_cite_the_page(printed: Path) -> None:
    from piyue.core.anchoring import Note, find_quote
    from piyue.core.readers import read_document
    from piyue.export import ExportOptions, render

    document = read_document(printed)
    quote = "第40段"
    start = document.text.index(quote)
    page = document.page_at(start)
    assert page is not None and page > 1
    note = Note(id="n1", document_id=1, body="核实增速", anchor=find_quote(document, quote))
    markdown = render("md", document, [note], None, ExportOptions()).decode("utf-8")
    assert f"p. {page}，字符 {start}–{start + len(quote)}" in markdown
    html = render("html", document, [note], None, ExportOptions()).decode("utf-8")
    assert f"p. {page}，" in html


def test_a_stored_pdf_report_cites_pages_in_exports_from_the_command_line(printed: Path, tmp_path: Path) -> None:
    """Import → note → export through the CLI: the stored report gets its page map from its PDF again."""
    import subprocess
    import sys

    from piyue.core.readers import read_document

    db = tmp_path / "notes.db"
    out = tmp_path / "notes.md"

    def piyue(*args: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "piyue", *args, "--db", str(db)], capture_output=True, text=True, check=True
        ).stdout

    piyue("import", str(printed))
    piyue("note", "add", str(printed), "--quote", "第40段", "--body", "核实增速")
    piyue("export", str(printed), "--format", "md", "-o", str(out))
    document = read_document(printed)
    page = document.page_at(document.text.index("第40段"))
    assert f"p. {page}，" in out.read_text(encoding="utf-8")
