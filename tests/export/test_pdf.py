"""PDF export: the text layer extracts as the right characters (poppler's pdftotext), the CJK font is embedded."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from piyue.core.anchoring import Note
from piyue.core.model import Document
from piyue.export import ExportOptions, render
from piyue.export.pdf import build_html
from piyue.export.pdf_font import FONT_FAMILY, bundled_font, font_file

RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")  # CJK radicals: what a bad font's text layer gives


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; scripts/bootstrap installs it")
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def test_font_is_shipped() -> None:
    assert bundled_font() is not None and font_file() == bundled_font()


@pytest.mark.usefixtures("qapp")
def test_pdf_text_extracts_as_written(
    tmp_path: Path, sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    data = render("pdf", sample_document, sample_notes, None, export_options)
    assert data.startswith(b"%PDF") and len(data) < 2_000_000  # the font is subset, not the whole 5 MB
    path = tmp_path / "notes.pdf"
    path.write_bytes(data)
    text = _pdftotext(path)
    flat = re.sub(r"\s+", "", text)
    assert "核对统计公报口径。" in flat  # a note body
    assert "GDP达到近万亿元规模" in flat and "亮马河成为全国最美河流" in flat  # quotes
    assert "人民城市" in flat and not RADICALS.search(text)
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True).stdout.decode()
        assert FONT_FAMILY.replace(" ", "") in fonts and " yes " in fonts


def test_pdf_layout_escapes_user_text(sample_document: Document, sample_notes: list[Note]) -> None:
    html = build_html(sample_document, sample_notes, None, ExportOptions())
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;" in html


@pytest.mark.usefixtures("qapp")
def test_missing_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from piyue.export import ExportError, pdf

    monkeypatch.setattr(pdf, "font_file", lambda: None)
    monkeypatch.setattr(pdf, "_family", None)
    monkeypatch.setattr(pdf, "FONT_FAMILY", "No Such Family 不存在")
    with pytest.raises(ExportError, match="PDF export needs the font"):
        pdf.ensure_font()
