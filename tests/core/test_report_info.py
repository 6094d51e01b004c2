"""The government and year read from a report's title and front matter."""

from __future__ import annotations

import pytest

from piyue.core.readers import parse_text, read_document
from piyue.core.report_info import report_info


@pytest.mark.parametrize(
    ("text", "government", "year"),
    [
        ("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n", "北京市", 2026),
        ("陕西省2026年政府工作报告\n", "陕西省", 2026),
        ("政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会\n", "甘肃省", 2026),
        ("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n", "广东省", 2026),
        ("政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上\n", "国务院", 2024),
        ("无题\n一、2025年工作回顾\n正文。\n", None, 2026),
        ("随便一段文字。\n", None, None),
    ],
)
def test_report_info(text, government, year):
    info = report_info(parse_text(text, markdown=False))
    assert (info.government, info.year) == (government, year)


def test_sample(sample_path):
    info = report_info(read_document(sample_path))
    assert (info.government, info.year) == ("朝阳区", 2026)
