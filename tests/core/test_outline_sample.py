"""The outline of the bundled sample report, pinned exactly.

The sample is a review copy with deliberate faults that the review checks will
flag later: （一）/（二） appear twice, （四） comes before （三）, and 夯实安全生产基础
appears three times. The outline must keep all of them, in source order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from piyue.core.model import Document, Section
from piyue.core.readers import read_document

PART = "提升“五区”功能 建好“五宜”朝阳 建设具有国际影响力的中国式现代化强区"
CAPITAL = ("(一)", "坚持大区担当，以更高标准服务保障首都功能")
ECONOMY = ("(二)", "坚持加压奋进，以更实举措筑牢经济发展根基")
CAPITAL_CHILDREN = [
    (4, None, "圆满完成重大活动服务保障", []),
    (4, None, "主动融入区域协调发展新格局", []),
    (4, None, "全面推进城市总规落地实施", []),
]

EXPECTED = [
    (1, None, "两会特别报道", []),
    (
        1,
        None,
        PART,
        [
            (
                2,
                None,
                "2025年工作回顾",
                [
                    (3, None, "我们系统施策稳经济压紧压实", []),
                    (3, None, "我们融通世界构建全球会客厅", []),
                    (3, None, "我们用心用情建设人民城市", []),
                    (3, None, "我们踔厉奋发凝聚奋进力量", []),
                    (3, *CAPITAL, CAPITAL_CHILDREN),
                    (3, *ECONOMY, [(4, None, "精准发力调结构、促转型", [])]),
                    (
                        3,
                        "(四)",
                        "坚持人民至上，以更大力度推进城乡融合美丽朝阳建设",
                        [
                            (4, None, "统筹施策扩内需、添活力", []),
                            (4, None, "抢抓机遇促开放、增潜能", []),
                            (4, None, "筑绿绘景打造花园城市", []),
                            (4, None, "扎实有效推进乡村振兴", []),
                        ],
                    ),
                    (3, "(三)", "坚持向新求质，以更优生态激发科技创新动能", [(4, None, "培育壮大特色产业", [])]),
                    (3, *CAPITAL, CAPITAL_CHILDREN),
                    (
                        3,
                        *ECONOMY,
                        [
                            (4, None, "精准发力调结构、促转型", []),
                            (4, None, "提升创新生态", []),
                            (4, None, "优化提升创新生态", []),
                            (4, None, "加强安全风险防控", []),
                            (4, None, "夯实安全生产基础", []),
                            (4, None, "构建完善科技地图", []),
                            (4, None, "夯实安全生产基础", []),
                            (4, None, "夯实安全生产基础", []),
                        ],
                    ),
                ],
            ),
        ],
    ),
]


def _tree(sections: list[Section]) -> list:
    return [(s.level, s.numbering, s.title, _tree(s.children)) for s in sections]


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> Document:
    return read_document(sample_path)


def test_exact_tree(sample: Document) -> None:
    assert _tree(sample.sections) == EXPECTED
    assert sample.title == PART
    assert sample.format == "markdown"
    assert sample.encoding == "utf-8"
    assert sample.section_count == 33  # the 33 # headings of the file


def test_duplicates_and_disorder_are_kept(sample: Document) -> None:
    numbered = [s.numbering for s in sample.walk() if s.numbering]
    assert numbered == ["(一)", "(二)", "(四)", "(三)", "(一)", "(二)"]
    assert [s.title for s in sample.walk()].count("夯实安全生产基础") == 3


def test_offsets_are_code_points_at_the_hash(sample: Document) -> None:
    text = sample.text
    for section in sample.walk():
        assert text[section.start] == "#"
        line_end = text.find("\n", section.start)
        line = text[section.start : line_end if line_end != -1 else len(text)]
        assert line.lstrip("#").strip().endswith(section.title)
        assert text[section.title_start : section.title_end] == section.title
        if section.numbering:
            assert text[section.start : section.title_start].rstrip().endswith(section.numbering)
        assert section.start < section.heading_end <= section.end <= len(text)


def test_offsets_match_the_file(sample: Document, sample_path: Path) -> None:
    source = sample_path.read_bytes().decode("utf-8")
    assert sample.text == source
    starts = [source.index(f"{'#' * s.level} {(s.numbering or '')}{s.title}", s.start) for s in sample.walk()]
    assert starts == [s.start for s in sample.walk()]


def test_children_nest_inside_parents(sample: Document) -> None:
    def check(sections: list[Section], lo: int, hi: int) -> None:
        previous_end = lo
        for section in sections:
            assert lo <= section.start and section.end <= hi
            assert section.start >= previous_end
            previous_end = section.end
            for child in section.children:
                assert child.level > section.level
            check(section.children, section.heading_end, section.end)

    check(sample.sections, 0, len(sample.text))


def test_end_is_the_end_of_the_last_block(sample: Document) -> None:
    sections = list(sample.walk())
    text = sample.text
    for i, section in enumerate(sections):
        boundary = next((s.start for s in sections[i + 1 :] if s.level <= section.level), len(text))
        inside = [b for b in sample.blocks if section.start <= b.start < boundary]
        assert section.end == max(b.end for b in inside)
        assert not text[section.end : boundary].strip()


def test_section_path(sample: Document) -> None:
    text = sample.text
    offset = text.index("深化安全生产治本攻坚三年行动")
    path = [s.title for s in sample.section_path_at(offset)]
    assert path == [PART, "2025年工作回顾", ECONOMY[1], "夯实安全生产基础"]
    assert sample.section_path_at(0) == []
