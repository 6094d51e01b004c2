"""A file that cannot be read is explained in the window's language: the readers give a code with their English
line (the CLI's), the window translates the code. A user of the Chinese window was told in English why a file
would not open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from piyue.core.errors import ReaderError
from piyue.core.readers import read_document
from piyue.ui.reader_messages import MESSAGES, reader_message

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "missing": folder / "gone.txt",
        "folder": folder,
        "looks-like": folder / "picture.txt",
        "binary": folder / "nul.txt",
        "docx": folder / "broken.docx",
        "pdf": folder / "broken.pdf",
    }
    files["looks-like"].write_bytes(PNG)
    files["binary"].write_bytes("正文".encode() + b"\x00\x01\x02" * 50)
    files["docx"].write_bytes(b"not a zip")
    files["pdf"].write_bytes(b"%PDF-1.4 nonsense")
    return files


def _error(path: Path) -> ReaderError:
    with pytest.raises(ReaderError) as caught:
        read_document(path)
    return caught.value


def test_each_reason_has_a_code_and_the_english_line_is_the_reader_s_own(tmp_path):
    for code, path in _bad_files(tmp_path).items():
        error = _error(path)
        assert error.code == code and error.code in MESSAGES, (code, str(error))
        assert reader_message(error) == str(error)  # English: the very line the CLI prints
    assert reader_message(ReaderError("x: something else")) == "x: something else"  # no code: as it is


@pytest.fixture
def chinese():
    """The interface is Chinese for this test, English again after it."""
    from piyue.app import create_application
    from piyue.ui.translations import install_translations

    app = create_application()
    assert install_translations(app, "zh_CN") == "zh_CN"
    yield
    install_translations(QApplication.instance(), "en")


def test_the_chinese_window_says_why_a_file_cannot_be_opened_in_chinese(chinese, window, tmp_path, qtbot):
    bad = tmp_path / "报告.docx"
    bad.write_bytes(b"not a zip")
    window.open_path(bad)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openErrorDialog") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "openErrorDialog")
    assert "报告.docx" in box.text() and "不是可读的 Word 文档" in box.text(), box.text()
    assert "not a readable" not in box.text()
    more = tmp_path / "more"
    more.mkdir()
    for code, path in _bad_files(more).items():
        message = reader_message(_error(path))
        assert message != str(_error(path)) and any("\u4e00" <= ch <= "\u9fff" for ch in message), (code, message)
