"""read_document on files: encodings, junk, missing files, .docx and Markdown edge cases."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from piyue.core.errors import ReaderError
from piyue.core.model import BlockKind, Document
from piyue.core.readers import read_document

REPORT = (
    "2026年某市政府工作报告\n"
    "——2026年1月20日在某市第十六届人民代表大会第五次会议上\n"
    "各位代表：\n"
    "现在，我代表市人民政府，向大会报告工作，请予审议。\n"
    "一、2025年工作回顾\n"
    "过去一年，我们坚持稳中求进。一是经济运行稳中有进。二是民生保障有力。\n"
    "（一）经济运行稳中有进。地区生产总值增长5.2%。\n"
    "（二）民生保障有力有效\n"
    "城镇新增就业12万人。\n"
    "二、2026年工作安排\n"
    "——坚持稳中求进。\n"
    "（一）扩大有效需求\n"
    "大力提振消费。\n"
    "各位代表！让我们团结奋斗。\n"
)
OUTLINE = [
    ("一、", "2025年工作回顾", [("（一）", "经济运行稳中有进"), ("（二）", "民生保障有力有效")]),
    ("二、", "2026年工作安排", [("（一）", "扩大有效需求")]),
]


def outline(document: Document) -> list:
    return [(s.numbering, s.title, [(c.numbering, c.title) for c in s.children]) for s in document.sections]


def assert_offsets(document: Document) -> None:
    text = document.text
    for section in document.walk():
        assert 0 <= section.start <= section.title_start < section.title_end <= section.end <= len(text)
        assert text[section.title_start : section.title_end].replace("\n", "") == section.title
        for child in section.children:
            assert section.start < child.start and child.end <= section.end
    for block in document.blocks:
        assert 0 <= block.start < block.end <= len(text)
        assert text[block.start : block.end].strip() == text[block.start : block.end]


# --- plain text in every encoding ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16"),
        (REPORT.encode("utf-16-le"), "utf-16-le"),
        (REPORT.encode("utf-16-be"), "utf-16-be"),
        (REPORT.encode("gb18030"), "gb18030"),
        (REPORT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (REPORT.replace("\n", "\r").encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "gb18030", "crlf", "cr"],
)
def test_text_file_in_every_encoding(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    document = read_document(path)
    assert document.text == REPORT
    assert document.encoding == encoding
    assert document.format == "text"
    assert document.path == path
    assert document.title == "2026年某市政府工作报告"
    assert outline(document) == OUTLINE
    assert_offsets(document)


def test_big5_file(tmp_path: Path) -> None:
    source = (
        "政府工作報告\n各位代表：\n一、過去一年的工作回顧\n經濟穩定增長，產業結構持續優化。\n"
        "二、今年的主要任務\n繼續推進改革開放。\n"
    )
    path = tmp_path / "report.txt"
    path.write_bytes(source.encode("big5"))
    document = read_document(path)
    assert (document.text, document.encoding) == (source, "big5")
    parts = [(s.numbering, s.title) for s in document.sections]
    assert parts == [("一、", "過去一年的工作回顧"), ("二、", "今年的主要任務")]


def test_markdown_file_in_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_bytes("# 报告\n\n## （一）稳增长\n\n正文。\n".encode("gb18030"))
    document = read_document(path)
    assert document.encoding == "gb18030"
    assert document.format == "markdown"
    assert [(s.numbering, s.title) for s in document.sections[0].children] == [("（一）", "稳增长")]


def test_empty_file_gives_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    document = read_document(path)
    assert document.text == ""
    assert document.sections == []
    assert document.title == "empty"


# --- junk and missing files ---------------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("picture.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG"),
        ("archive.md", _zip_bytes(), "ZIP"),
        ("noise.txt", bytes(range(256)) * 16, "not a text"),
        ("broken.txt", "报告正文".encode() * 20 + b"\xff\xfe\x80" + "报告正文".encode() * 20, "encoding"),
    ],
)
def test_junk_is_refused(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReaderError, match=message) as info:
        read_document(path)
    assert name in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="no such file"):
        read_document(tmp_path / "nowhere.md")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "reports.md"
    folder.mkdir()
    with pytest.raises(ReaderError, match="folder"):
        read_document(folder)


# --- .docx --------------------------------------------------------------------------------------


def _docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _styled(document) -> None:
    document.add_paragraph("2026年某市政府工作报告", style="Title")
    document.add_paragraph("各位代表：")
    document.add_heading("一、2025年工作回顾", level=1)
    document.add_paragraph("过去一年，我们坚持稳中求进。")
    document.add_heading("（一）经济运行稳中有进。", level=2)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "地区生产总值"
    table.cell(0, 1).text = "增长5.2%"
    document.add_paragraph("城镇新增就业12万人。")
    document.add_heading("二、2026年工作安排", level=1)
    document.add_heading("扩大有效需求", level=2)
    document.add_paragraph("大力提振消费。")


def test_docx_with_heading_styles(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(_docx(_styled))
    document = read_document(path)
    assert document.format == "docx"
    assert document.title == "2026年某市政府工作报告"
    assert document.text == (
        "2026年某市政府工作报告\n各位代表：\n一、2025年工作回顾\n过去一年，我们坚持稳中求进。\n"
        "（一）经济运行稳中有进。\n地区生产总值\n增长5.2%\n城镇新增就业12万人。\n"
        "二、2026年工作安排\n扩大有效需求\n大力提振消费。"
    )
    assert [
        (s.level, s.numbering, s.title, [(c.level, c.numbering, c.title) for c in s.children])
        for s in document.sections
    ] == [
        (1, "一、", "2025年工作回顾", [(2, "（一）", "经济运行稳中有进")]),
        (1, "二、", "2026年工作安排", [(2, None, "扩大有效需求")]),
    ]
    assert_offsets(document)
    text = document.text
    first = document.sections[0]
    assert text[first.start :].startswith("一、2025年工作回顾")
    # The table's cells are read where the table stands, inside section （一）.
    cell = text.index("增长5.2%")
    assert [s.title for s in document.section_path_at(cell)] == ["2025年工作回顾", "经济运行稳中有进"]
    assert document.section_path_at(text.index("各位代表")) == []
    assert first.end == text.index("城镇新增就业12万人。") + len("城镇新增就业12万人。")
    kinds = [(b.kind, text[b.start : b.end]) for b in document.blocks]
    assert kinds[0] == (BlockKind.TITLE, "2026年某市政府工作报告")
    assert (BlockKind.PARAGRAPH, "增长5.2%") in kinds
    headings = [(b.level, text[b.start : b.end]) for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        (1, "一、2025年工作回顾"),
        (2, "（一）经济运行稳中有进。"),
        (1, "二、2026年工作安排"),
        (2, "扩大有效需求"),
    ]


def test_docx_outline_level_without_heading_style(tmp_path: Path) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def build(document) -> None:
        document.add_paragraph("导语。")
        paragraph = document.add_paragraph("一、总体要求")
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), "0")
        paragraph._p.get_or_add_pPr().append(level)
        document.add_paragraph("正文。")

    path = tmp_path / "levels.docx"
    path.write_bytes(_docx(build))
    document = read_document(path)
    assert [(s.level, s.numbering, s.title) for s in document.sections] == [(1, "一、", "总体要求")]
    assert document.title == "levels"


def test_docx_without_styles_uses_written_numbering(tmp_path: Path) -> None:
    def build(document) -> None:
        for line in REPORT.splitlines():
            document.add_paragraph(line)

    path = tmp_path / "plain.docx"
    path.write_bytes(_docx(build))
    document = read_document(path)
    assert document.format == "docx"
    assert document.text == REPORT.rstrip("\n")
    assert document.title == "2026年某市政府工作报告"
    assert outline(document) == OUTLINE
    assert_offsets(document)
    closing = document.text.index("各位代表！")
    assert document.section_path_at(closing) == []


@pytest.mark.parametrize(
    "data",
    [b"", b"not a zip at all", _zip_bytes(), b"PK\x03\x04" + bytes(100)],
    ids=["empty", "text", "zip-without-docx", "truncated-zip"],
)
def test_corrupt_docx(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(ReaderError, match="Word document") as info:
        read_document(path)
    assert "bad.docx" in str(info.value)
    assert "\n" not in str(info.value)


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    good = zipfile.ZipFile(io.BytesIO(_docx(_styled)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in good.namelist():
            archive.writestr(name, b"<w:document><w:body>" if name == "word/document.xml" else good.read(name))
    path = tmp_path / "broken.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ReaderError, match="Word document"):
        read_document(path)


def test_docx_truncated(tmp_path: Path) -> None:
    data = _docx(_styled)
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReaderError, match="Word document"):
        read_document(path)


# --- Markdown -----------------------------------------------------------------------------------

MARKDOWN = """\
# 政府工作报告

导语段落。

## 一、工作回顾

```
# 这不是标题
```

    # 缩进代码也不是标题

正文第一段，
延续一行。

### （一）经济运行 ###

- 列表项一
- 列表项二

> 引用文字

第二部分
--------

setext 正文。

设置标题
========
"""


@pytest.fixture
def markdown_doc(tmp_path: Path) -> Document:
    path = tmp_path / "report.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return read_document(path)


def test_markdown_fenced_hash_is_not_a_heading(markdown_doc: Document) -> None:
    titles = [s.title for s in markdown_doc.walk()]
    assert "这不是标题" not in titles
    assert "缩进代码也不是标题" not in titles
    code = [markdown_doc.text[b.start : b.end] for b in markdown_doc.blocks if b.kind is BlockKind.CODE]
    assert code == ["# 这不是标题", "    # 缩进代码也不是标题"]


def test_markdown_outline(markdown_doc: Document) -> None:
    tree = [
        (
            s.level,
            s.numbering,
            s.title,
            [
                (c.level, c.numbering, c.title, [(g.level, g.numbering, g.title) for g in c.children])
                for c in s.children
            ],
        )
        for s in markdown_doc.sections
    ]
    assert tree == [
        (
            1,
            None,
            "政府工作报告",
            [
                (2, "一、", "工作回顾", [(3, "（一）", "经济运行")]),
                (2, None, "第二部分", []),
            ],
        ),
        (1, None, "设置标题", []),
    ]
    assert markdown_doc.title == "政府工作报告"
    assert markdown_doc.format == "markdown"


def test_markdown_heading_offsets(markdown_doc: Document) -> None:
    text = markdown_doc.text
    sections = list(markdown_doc.walk())
    atx = [s for s in sections if text[s.start] == "#"]
    assert [s.title for s in atx] == ["政府工作报告", "工作回顾", "经济运行"]
    for section in sections:
        assert text[section.title_start : section.title_end] == section.title
    part = sections[1]
    assert text[part.start : part.title_end] == "## 一、工作回顾"
    closed = sections[2]
    assert text[closed.start : closed.heading_end] == "### （一）经济运行 ###"
    assert text[closed.title_start : closed.title_end] == "经济运行"
    setext = sections[3]
    assert text[setext.start : setext.title_end] == "第二部分"
    assert text[setext.heading_end - 8 : setext.heading_end] == "--------"
    # A section ends where its last block ends; the next heading of its level starts after it.
    assert part.end == text.index("引用文字") + len("引用文字")
    assert text[setext.end - len("setext 正文。") : setext.end] == "setext 正文。"


def test_markdown_blocks_are_visible_text(markdown_doc: Document) -> None:
    text = markdown_doc.text
    shown = [(b.kind, text[b.start : b.end]) for b in markdown_doc.blocks]
    assert shown == [
        (BlockKind.HEADING, "政府工作报告"),
        (BlockKind.PARAGRAPH, "导语段落。"),
        (BlockKind.HEADING, "一、工作回顾"),
        (BlockKind.CODE, "# 这不是标题"),
        (BlockKind.CODE, "    # 缩进代码也不是标题"),
        (BlockKind.PARAGRAPH, "正文第一段，\n延续一行。"),
        (BlockKind.HEADING, "（一）经济运行"),
        (BlockKind.LIST_ITEM, "列表项一"),
        (BlockKind.LIST_ITEM, "列表项二"),
        (BlockKind.QUOTE, "引用文字"),
        (BlockKind.HEADING, "第二部分"),
        (BlockKind.PARAGRAPH, "setext 正文。"),
        (BlockKind.HEADING, "设置标题"),
    ]
    assert [b.level for b in markdown_doc.blocks if b.kind is BlockKind.HEADING] == [1, 2, 3, 2, 1]


def test_markdown_offsets_are_code_points_outside_the_bmp(tmp_path: Path) -> None:
    path = tmp_path / "astral.md"
    path.write_text("𠮷𠮷𠮷\n\n# 𡈼标题\n\n正文𠀀。\n", encoding="utf-8")
    document = read_document(path)
    (section,) = document.sections
    assert document.text[section.start] == "#"
    assert section.start == 5
    assert document.text[section.title_start : section.title_end] == "𡈼标题"
    assert document.text[section.end - 4 : section.end] == "正文𠀀。"


def test_restore_blocks_of_a_stored_document(sample_path):
    from piyue.core.model import Document
    from piyue.core.readers import read_document, restore_blocks

    parsed = read_document(sample_path)
    stored = Document(parsed.text, parsed.title, parsed.format, [], parsed.sections)
    assert restore_blocks(stored).blocks == parsed.blocks
    word = Document("标题\n正文一段。\n", "t", "docx", [], [])
    assert [(b.kind.value, b.start, b.end) for b in restore_blocks(word).blocks] == [
        ("paragraph", 0, 2),
        ("paragraph", 3, 8),
    ]
