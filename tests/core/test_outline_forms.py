"""Heading forms of city and district reports (issue 14), on small texts written for the purpose."""

from __future__ import annotations

from piyue.core.model import Section
from piyue.core.outline.numbering import join_numbering
from piyue.core.readers import parse_text


def outline(text: str) -> list[str]:
    def walk(sections: list[Section], depth: int) -> list[str]:
        out: list[str] = []
        for s in sections:
            out.append("  " * depth + join_numbering(s.numbering, s.title))
            out.extend(walk(s.children, depth + 1))
        return out

    return walk(parse_text(text, markdown=False).sections, 0)


def test_arabic_headings_directly_under_parts_running_on_across_parts() -> None:
    text = (
        "各位代表：\n现在，我代表区人民政府向大会报告工作。\n"
        "一、2024年工作回顾\n过去一年，我们主要做了以下工作。\n"
        "1.经济运行稳中有进\n地区生产总值增长5.2%。\n2.产业转型步伐加快\n新增企业30家。\n"
        "二、2025年重点工作\n今年要抓好以下工作。\n"
        "3.着力扩大有效需求\n投资增长6%。\n4.着力推进城市更新\n改造小区12个。\n"
        "各位代表！让我们团结一心，奋力前行！\n"
    )
    assert outline(text) == [
        "一、2024年工作回顾",
        "  1. 经济运行稳中有进",
        "  2. 产业转型步伐加快",
        "二、2025年重点工作",
        "  3. 着力扩大有效需求",
        "  4. 着力推进城市更新",
    ]


def test_a_figure_at_a_line_start_is_not_a_heading() -> None:
    text = (
        "一、2024年工作回顾\n全市常住人口城镇化率达到\n31.3%。全年新增就业2万人。\n1.工业经济\n工业增加值增长7%。\n"
        "二、2025年工作安排\n继续努力。\n"
    )
    assert outline(text) == ["一、2024年工作回顾", "  1. 工业经济", "二、2025年工作安排"]


def test_ascii_brackets_and_em_space_indentation() -> None:
    text = (
        "各位代表：\n\u2003\u2003一、2024年工作回顾\n\u2003\u2003(一)经济稳中有进。正文。\n"
        "\u00a0\u00a0(二)产业加快转型。正文。\n\u3000\u3000二、2025年工作安排\n\u2003\u2003(一)扩大内需。正文。\n"
    )
    assert outline(text) == [
        "一、2024年工作回顾",
        "  (一) 经济稳中有进",
        "  (二) 产业加快转型",
        "二、2025年工作安排",
        "  (一) 扩大内需",
    ]


def test_unnumbered_parts_with_restarting_lists() -> None:
    text = (
        "各位代表：\n2024年工作回顾\n一、经济发展稳中有进\n正文。\n二、民生保障持续加强\n正文。\n"
        "2025年重点工作\n一、着力推动高质量发展\n正文。\n二、持续增进民生福祉\n正文。\n三、加强政府自身建设\n正文。\n"
    )
    assert outline(text) == [
        "2024年工作回顾",
        "  一、经济发展稳中有进",
        "  二、民生保障持续加强",
        "2025年重点工作",
        "  一、着力推动高质量发展",
        "  二、持续增进民生福祉",
        "  三、加强政府自身建设",
    ]


def test_a_restarting_list_inside_numbered_parts_is_not_parts() -> None:
    text = (
        "一、2024年工作回顾\n正文。\n二、2025年工作安排\n办好以下实事：\n"
        "一、托育服务\n二、老旧小区改造\n三、加强自身建设\n正文。\n"
    )
    assert [line for line in outline(text) if not line.startswith(" ")] == [
        "一、2024年工作回顾",
        "二、2025年工作安排",
        "三、加强自身建设",
    ]
