"""Importing a folder into the library from the window: progress, and the progress dialog's Cancel button."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/chaoyang-2026.md"


def test_cancel_in_the_progress_dialog_stops_the_import_and_reports_what_was_imported(
    library_window, library, tmp_path, qtbot
):
    win = library_window
    panel = win.library_panel
    folder = tmp_path / "many"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    for i in range(120):  # enough that Cancel lands mid-way even when progress arrives in bursts
        (folder / f"r{i:03}.md").write_text(text + f"\n附{i}。\n", "utf-8")
    panel.wait()
    assert panel.import_paths([folder])
    qtbot.waitUntil(lambda: panel.findChild(QProgressDialog) is not None, timeout=20000)
    dialog = panel.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=20000)
    assert dialog.value() < 120
    # progress reaches the dialog (a busy UI thread may take several steps at once, so any file will do)
    qtbot.waitUntil(lambda: re.search(r"r\d{3}\.md", dialog.labelText()) is not None, timeout=20000)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cancelled" in panel.status.text(), timeout=30000)
    assert panel.runner.wait(30000)
    qtbot.waitUntil(panel.runner.is_idle, timeout=10000)
    stored = len(library.documents())
    assert 1 <= stored < 121  # the window's report and the files imported before the stop
    assert f"Imported {stored - 1} reports." in panel.status.text()


def test_a_folder_with_each_report_as_text_and_as_word_imports_each_report_once(
    library_window, library, tmp_path, qtbot
):
    """provinces-2025 holds every report twice, ``beijing.txt`` and ``docx/beijing.docx``: a user importing the
    folder got each 2025 report twice in the library (北京市 16,604 and 16,605 characters). One copy is imported
    and the status says which were left out; same-named reports in unrelated folders are both kept."""
    import docx

    win = library_window
    panel = win.library_panel
    folder = tmp_path / "provinces"
    (folder / "docx").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    reports = {
        "jia": "2025年甲省政府工作报告\n一、2024年工作回顾\n发展低空经济。\n",
        "yi": "2025年乙省政府工作报告\n一、2024年工作回顾\n改善生态环境。\n",
    }
    for name, text in reports.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
        word = docx.Document()
        for line in text.splitlines():
            word.add_paragraph(line)
        word.save(str(folder / "docx" / f"{name}.docx"))
    (folder / "docx" / "bing.docx").write_bytes((folder / "docx" / "jia.docx").read_bytes())  # only as Word
    (tmp_path / "elsewhere" / "jia.docx").write_bytes((folder / "docx" / "yi.docx").read_bytes())
    panel.wait()
    before = len(library.documents())
    assert panel.import_paths([folder, tmp_path / "elsewhere"])
    qtbot.waitUntil(lambda: "Imported" in panel.status.text(), timeout=30000)
    stored = sorted(Path(d.source_path or "").resolve().relative_to(tmp_path.resolve()) for d in library.documents())
    sources = [path.as_posix() for path in stored if path.name != "report.md"]  # the window's own report
    assert sources == ["elsewhere/jia.docx", "provinces/docx/bing.docx", "provinces/jia.txt", "provinces/yi.txt"]
    assert len(library.documents()) == before + 4
    assert "Imported 4 reports." in panel.status.text()
    assert "Left out 2 copies of the same report in another format (e.g. docx/jia.docx: jia.txt was imported)." in (
        panel.status.text()
    )
