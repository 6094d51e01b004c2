"""Citations: the passage, then report title, section and (with a page map) the page."""

from __future__ import annotations

from dataclasses import replace

from piyue.core.citation import citation
from piyue.core.readers import parse_text

TEXT = "## 回顾\n\n第一段文字。\n\n第二段\n文字。\n\n## 计划\n\n目标是增长5%左右。\n"


def test_quote_report_and_section() -> None:
    document = replace(parse_text(TEXT, markdown=True), title="某市政府工作报告")
    start = document.text.index("目标")
    assert citation(document, start, start + 10) == "“目标是增长5%左右。”\n——《某市政府工作报告》，计划"
    assert citation(replace(document, title=""), start, start + 2) == "“目标”\n——计划"


def test_pages_from_the_page_map_and_spans_over_pages() -> None:
    document = parse_text(TEXT, markdown=True)
    second = document.text.index("第二段")
    paged = replace(document, page_map=((0, 1), (second, 2)))
    first = paged.text.index("第一段")
    assert citation(paged, first, first + 3).endswith("回顾，第1页")
    assert citation(paged, first, second + 3).endswith("回顾，第1—2页")
    assert citation(paged, first, second + 3, quote="第一段文字。\n第二段").startswith("“第一段文字。 第二段”")
