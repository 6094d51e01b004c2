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


def test_the_quick_gov_first_search_finds_what_the_pattern_finds(corpus_dir):
    """Looking for ``陕西省2026年政府工作报告`` only just before each 政府工作报告 finds exactly what searching the
    whole text does: on the corpus reports' openings and on made-up texts with several such titles close together."""
    import random

    from piyue.core.report_info import _TITLE_GOV_FIRST_RE, _search_gov_first

    texts = [path.read_text("utf-8") for path in sorted(corpus_dir.rglob("*.txt"))]
    chooser = random.Random(7)
    places = ["北京市", "新疆维吾尔自治区", "香港特别行政区", "朝阳区", "某" * 12 + "县", "锡林郭勒盟", "甲"]
    samples = [text[:1500] for text in texts]
    for _ in range(600):
        text = chooser.choice(texts)
        start = chooser.randrange(0, max(1, len(text) - 300))
        sample = text[start : start + chooser.randint(0, 300)]
        for _ in range(chooser.randint(1, 3)):
            title = chooser.choice(places) + chooser.choice(["2024", "2026", "3024"]) + "年"
            title += chooser.choice(["", "人民"]) + chooser.choice(["政府工作报告", "政府工作", "政府工作报告" * 2])
            at = chooser.randrange(0, len(sample) + 1)
            sample = sample[:at] + title + sample[at:]
        samples.append(sample)

    def found(match):
        return match and (match.span(), match.groupdict())

    assert [found(_search_gov_first(s)) for s in samples] == [found(_TITLE_GOV_FIRST_RE.search(s)) for s in samples]
    assert sum(1 for s in samples if _search_gov_first(s)) > 300
