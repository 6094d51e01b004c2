"""PDF import (issue 14): reports typeset as printed official documents with reportlab, the real
published beijing-2024.pdf, scans and damaged files, and the cleaning of a text layer."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from piyue.cli.outline_cmd import format_tree
from piyue.core.errors import ReaderError
from piyue.core.model import Document
from piyue.core.pdftext import PageLine, assemble, clean_line, is_page_number, map_compatibility
from piyue.core.readers import read_document

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

from tests.core.pdf_typeset import typeset

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
GENERATED = ("provinces-2024/beijing.txt", "cities-2024/宜昌.txt")


def squeeze(text: str) -> str:
    """The text without whitespace and invisible format characters (ZWNJ, BOM…)."""
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")


def figures(document: Document) -> list[tuple[str, float | None, str]]:
    from piyue.core.metrics import metrics_for_document

    return [(m.text, m.value, m.kind) for m in metrics_for_document(document)]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Document, Document, Path]]:
    """Source document, PDF document and PDF path of each generated report (typeset once per run)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    folder = tmp_path_factory.mktemp("printed")
    out: dict[str, tuple[Document, Document, Path]] = {}
    for name in GENERATED:
        source = CORPUS / name
        pdf = typeset(source.read_text(encoding="utf-8"), folder / f"{source.stem}.pdf")
        out[name] = (read_document(source), read_document(pdf), pdf)
    return out


@pytest.mark.parametrize("name", GENERATED)
def test_a_printed_report_reads_like_its_source(printed, name: str) -> None:
    source, pdf, _ = printed[name]
    assert pdf.format == "pdf"
    assert squeeze(pdf.text) == squeeze(source.text)
    assert format_tree(pdf.sections) == format_tree(source.sections)
    assert figures(pdf) == figures(source)
    # Paragraphs are whole again: one a line, as in the source.
    source_lines = [line.strip(" \t\u3000\u00a0\u2002\u2003") for line in source.text.split("\n")]
    assert pdf.text.split("\n") == [line for line in source_lines if line]
    # No page furniture: the running header and the page numbers are gone.
    assert "— 1 —" not in pdf.text and "— 2 —" not in pdf.text
    assert pdf.text.count("政府工作报告") == source.text.count("政府工作报告")


def test_the_page_map_gives_the_page_each_offset_was_printed_on(printed) -> None:
    import pypdfium2 as pdfium

    _, document, path = printed["provinces-2024/beijing.txt"]
    pdf = pdfium.PdfDocument(str(path))
    pages = [squeeze(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    assert document.page_map[0] == (0, 1) and len(document.page_map) == len(pdf) > 20
    for section in document.walk():
        page = document.page_at(section.title_start)
        assert page is not None
        # The heading's first characters were printed on that page.
        assert squeeze(document.text[section.title_start : section.title_start + 6]) in pages[page - 1]
    assert document.page_at(len(document.text) - 1) == len(pdf)


def test_the_published_beijing_pdf(corpus_dir: Path) -> None:
    """The real PDF (WPS, SimSun + Calibri): the same text, paragraphs and outline as its text copy."""
    pdf = read_document(corpus_dir / "pdf" / "beijing-2024.pdf")
    source = read_document(corpus_dir / "provinces-2024" / "beijing.txt")
    assert squeeze(pdf.text) == squeeze(source.text)
    assert " " not in pdf.text  # no font-switch gaps (2023 年)
    assert len(pdf.text.split("\n")) == 91
    assert format_tree(pdf.sections) == format_tree(source.sections)
    assert figures(pdf) == figures(source)
    # A page break inside a quotation (以重大项目带动投资“稳 / 规模、优结构”) is joined.
    assert "以重大项目带动投资“稳规模、优结构”" in pdf.text
    start = pdf.text.index("以重大项目带动投资“稳规模")
    assert pdf.page_at(start) == 8 and pdf.page_at(start + len("以重大项目带动投资“稳")) == 9
    assert [page for _, page in pdf.page_map] == list(range(1, 14))


def _scan(path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for _ in range(2):
        canvas.rect(50, 50, 400, 600, fill=1)  # a page of ink, as a scanned image shows, no text
        canvas.showPage()
    canvas.save()
    return path


def test_a_scan_gets_one_clear_line(tmp_path: Path) -> None:
    scan = _scan(tmp_path / "scan.pdf")
    with pytest.raises(ReaderError, match="no text layer"):
        read_document(scan)
    result = subprocess.run(
        [sys.executable, "-m", "piyue", "outline", str(scan)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1
    assert "no text layer" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("data", [b"%PDF-1.7\n garbage \x00\x01", b"%PDF-1.4\n1 0 obj << /Type /Catalog"])
def test_a_damaged_pdf_exits_2_with_one_line(tmp_path: Path, data: bytes) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(data)
    result = subprocess.run(
        [sys.executable, "-m", "piyue", "text", str(bad)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "PDF" in result.stderr
    assert "Traceback" not in result.stderr


# --- cleaning a text layer ---------------------------------------------------------------------


def test_kangxi_radicals_and_compatibility_ideographs_are_mapped() -> None:
    assert map_compatibility("⼈⺠⽣活") == "人⺠生活"  # ⺠ has no unified twin and stays
    assert map_compatibility("\uf9a8") == unicodedata.normalize("NFKC", "\uf9a8")
    # Nothing else changes: full-width figures stay as printed (metrics read them via NFKC).
    assert map_compatibility("１４．３％，ＧＤＰ") == "１４．３％，ＧＤＰ"
    assert clean_line("\u3000\u3000⼯作报告 ") == "工作报告"


@pytest.mark.parametrize("line", ["— 3 —", "-3-", "－ 12 －", "第3页", "第 3 页 共 40 页", "3/40", "12"])
def test_page_numbers(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["3.46万亿元", "一、2023年工作回顾", "2023年", "——经济运行稳中向好"])
def test_not_page_numbers(line: str) -> None:
    assert not is_page_number(line)


def _page(number: int, *rows: tuple[str, float, float]) -> list[PageLine]:
    return [PageLine(text, number, x0, x1, 16.0) for text, x0, x1 in rows]


def test_wrapped_lines_join_inside_numbers_and_across_pages() -> None:
    header = ("某市人民政府工作报告", 200.0, 360.0)
    pages = [
        _page(
            1,
            header,
            ("一、2023年工作回顾", 106.0, 300.0),
            ("全市地区生产总值达到3.46", 106.0, 522.0),
            ("万亿元，增长5.2%。城镇新增就业", 74.0, 521.0),
            ("26.3万人。", 74.0, 170.0),
            ("（一）扩大内需。全年社会消费品零售总额增长", 106.0, 522.0),
            ("— 1 —", 270.0, 320.0),
        ),
        _page(2, header, ("8.2%，固定资产投资增长", 74.0, 520.0), ("4.9%。", 74.0, 130.0), ("-2-", 280.0, 300.0)),
        _page(3, header, ("各位代表！让我们团结奋斗。", 106.0, 400.0), ("第3页", 270.0, 320.0)),
    ]
    text, page_map = assemble(pages)
    assert text.split("\n") == [
        "一、2023年工作回顾",
        "全市地区生产总值达到3.46万亿元，增长5.2%。城镇新增就业26.3万人。",
        "（一）扩大内需。全年社会消费品零售总额增长8.2%，固定资产投资增长4.9%。",
        "各位代表！让我们团结奋斗。",
    ]
    assert page_map == ((0, 1), (text.index("8.2%"), 2), (text.index("各位代表"), 3))


def test_text_command_prints_the_text_offsets_count_in(tmp_path: Path, printed) -> None:
    import json

    _, document, pdf = printed["cities-2024/宜昌.txt"]
    out = subprocess.run([sys.executable, "-m", "piyue", "text", str(pdf)], capture_output=True, check=True).stdout
    text = out.decode("utf-8")
    assert text == document.text
    outline = json.loads(
        subprocess.run(
            [sys.executable, "-m", "piyue", "outline", str(pdf), "--json"], capture_output=True, check=True
        ).stdout
    )
    first = outline["sections"][0]
    assert text[first["start"] :].startswith(first["numbering"] + first["title"])
    # A text file with CRLF and a BOM: the text is the decoded file with \n line endings.
    source = tmp_path / "r.txt"
    source.write_bytes("\ufeff一、回顾\r\n正文。\r\n".encode())
    out = subprocess.run([sys.executable, "-m", "piyue", "text", str(source)], capture_output=True, check=True).stdout
    assert out.decode("utf-8") == read_document(source).text == "一、回顾\n正文。\n"


def test_extraction_is_bounded(printed, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF past the page or text limit is refused with one line, before all its text is read."""
    import piyue.core.readers.pdf as pdf_reader

    _, _, path = printed["cities-2024/宜昌.txt"]
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 3)
    with pytest.raises(ReaderError, match="too many pages"):
        read_document(path)
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2000)
    monkeypatch.setattr(pdf_reader, "MAX_CHARS", 1000)
    with pytest.raises(ReaderError, match="too much text"):
        read_document(path)
