"""Text that came from a PDF (issue 14): hard-wrapped lines and page furniture in a .txt or .docx are
recognised and rejoined — the outline, the figures and the paragraphs are those of the source."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from piyue.cli.outline_cmd import format_tree
from piyue.core.model import BlockKind, Document
from piyue.core.outline.rewrap import wrap_measure
from piyue.core.readers import parse_text, read_document

pytest.importorskip("reportlab")

from tests.core.pdf_typeset import _font, wrap

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
BLANK = " \t\u3000\u00a0\u2002\u2003"


def hard_wrap(text: str, indent: str = "\u3000\u3000", header: str = "某市人民政府工作报告") -> str:
    """``text`` as copied out of a printed PDF: 28 characters a line, 22 lines a page, page footer and header."""
    font = _font()
    out: list[str] = []
    row, page = 0, 1
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip(BLANK)
        for line, first in wrap(paragraph, font) if paragraph else []:
            out.append((indent if first else "") + line)
            row += 1
            if row == 22:
                out.extend((f"— {page} —", header))
                row, page = 0, page + 1
    return "\n".join(out) + "\n"


def figures(document: Document) -> list[tuple[str, float, str]]:
    from piyue.core.metrics import metrics_for_document

    return [(m.text, m.value, m.kind) for m in metrics_for_document(document)]


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


CASES = [
    ("provinces-2024/beijing.txt", "\u3000\u3000"),
    ("provinces-2024/beijing.txt", ""),  # no indentation kept
    ("cities-2024/宜昌.txt", "\u3000\u3000"),
    ("provinces-2025/guangdong.txt", ""),  # a heading cut by a page break: 美丽中国先行 / — 37 — / 区。
]


@pytest.mark.parametrize(("name", "indent"), CASES)
def test_a_hard_wrapped_copy_reads_like_its_source(name: str, indent: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    source = read_document(CORPUS / name)
    wrapped_text = hard_wrap(source.text, indent)
    wrapped = parse_text(wrapped_text, markdown=False)
    assert wrapped.text == wrapped_text  # the text is never altered
    assert format_tree(wrapped.sections) == format_tree(source.sections)
    assert figures(wrapped) == figures(source)
    # The reading pane's paragraphs: the source's paragraphs (a paragraph cut by a page goes on in a
    # second block after the furniture), with the page numbers and headers as furniture.
    text = wrapped.text
    shown = [b for b in wrapped.blocks if b.kind is not BlockKind.FURNITURE]
    furniture = [text[b.start : b.end] for b in wrapped.blocks if b.kind is BlockKind.FURNITURE]
    assert all(re.fullmatch(r"— \d+ —|某市人民政府工作报告", f) for f in furniture)
    assert len(furniture) == 2 * wrapped_text.count("— ")
    paragraphs = [squeeze(line) for line in source.text.split("\n") if line.strip(BLANK)]
    assert squeeze("".join(text[b.start : b.end] for b in shown)) == "".join(paragraphs)
    # No block runs over two paragraphs of the source.
    assert all(any(squeeze(text[b.start : b.end]) in p for p in paragraphs) for b in shown)
    if indent:
        # Every paragraph is one block, except those a page break cuts in two (one per page at most).
        whole = sum(1 for b in shown if squeeze(text[b.start : b.end]) in paragraphs)
        assert whole >= len(paragraphs) - len(furniture) // 2
        assert len(shown) <= len(paragraphs) + len(furniture) // 2


def test_a_hard_wrapped_word_file(tmp_path: Path) -> None:
    """A .docx whose paragraphs are the print's lines (copied out of a PDF) is rejoined too."""
    import docx

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    source = read_document(CORPUS / "cities-2024" / "宜昌.txt")
    word = docx.Document()
    for line in hard_wrap(source.text).rstrip("\n").split("\n"):
        word.add_paragraph(line)
    buffer = io.BytesIO()
    word.save(buffer)
    path = tmp_path / "yichang.docx"
    path.write_bytes(buffer.getvalue())
    document = read_document(path)
    assert document.format == "docx"
    assert format_tree(document.sections) == format_tree(source.sections)
    assert figures(document) == figures(source)


def test_no_report_of_the_corpus_is_taken_for_a_hard_wrapped_one() -> None:
    """Detection must never rejoin a normal report (one paragraph a line): all 198 are left alone."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    reports = sorted(CORPUS.rglob("*.txt"))
    assert len(reports) == 198
    for path in reports:
        lines = [line.strip(BLANK) for line in path.read_text(encoding="utf-8").split("\n")]
        assert wrap_measure([line for line in lines if line]) is None, path.name


def test_short_lines_of_a_normal_text_are_not_joined() -> None:
    text = "".join(f"第{i}条　本办法自发布之日起施行，有效期五年整。\n" for i in range(40))
    document = parse_text(text, markdown=False)
    assert not document.joins
    assert len(document.blocks) == 40
