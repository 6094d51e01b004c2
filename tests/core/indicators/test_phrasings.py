"""Phrasings of real reports the resolver must read (issue 15), one small text each.

Each text imitates a sentence of a provincial report (the province named in the test);
the expected values were read from the sentence.
"""

from __future__ import annotations

from piyue.core.indicators import IndicatorItem, resolve_indicators

TARGETS = "\n今年经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右。\n"


def _items(review: str, plan: str = "") -> dict[tuple[str, str], IndicatorItem]:
    text = "一、2025年工作回顾\n" + review + TARGETS + plan
    items = resolve_indicators(text, document="x.txt", region="某省", year=2026)
    return {(item.indicator, item.role): item for item in items}


def test_level_from_year_to_review_year_is_the_years_level() -> None:
    # 河北: 从2020年的…增长到2025年的…: "到2025年" is the year under review, not a later horizon
    items = _items("这五年，全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升。\n")
    level = items[("gdp_level", "achieved")]
    assert level.value == 4.93e12
    assert level.period == 2025


def test_level_by_a_later_year_is_not_a_result() -> None:
    items = _items("力争地区生产总值到2030年达到6万亿元。\n")
    assert ("gdp_level", "achieved") not in items


def test_rate_from_to_takes_the_second_figure() -> None:
    # 广西: 年末城镇调查失业率从上半年5.5%降到5.3% — the year-end rate, not a decline of 5.3
    items = _items("城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。\n")
    rate = items[("unemployment_rate", "achieved")]
    assert (rate.value, rate.value_high) == (5.3, None)
    assert items[("new_urban_jobs", "achieved")].value == 423000


def test_elided_subject_of_industrial_value_added() -> None:
    # 广东: 规模以上工业企业达7.6万家、增加值增长3%
    items = _items("地区生产总值增长3.9%。规模以上工业企业达7.6万家、增加值增长3%，一批重大项目建成投产。\n")
    iva = items[("industry_value_added_growth", "achieved")]
    assert iva.value == 3
    assert iva.text.startswith("规模以上工业企业")
    assert items[("gdp_growth", "achieved")].value == 3.9


def test_plain_industrial_value_added_target_in_the_plan() -> None:
    # 陕西: 工业增加值增长6.5％ (full-width percent) in a work section
    plan = "力争新增规模以上企业1000家，千亿级产业链达到12条，工业增加值增长6.5％，工业中战略性新兴产业占比30％以上。\n"
    items = _items("地区生产总值增长5.1％。\n", plan)
    target = items[("industry_value_added_growth", "target")]
    assert (target.value, target.period) == (6.5, 2026)


def test_level_stated_as_a_threshold_crossed() -> None:
    # 青海: 历史性迈上4000亿元台阶; 陕西: 跨过3万亿元
    items = _items("这五年，全省地区生产总值历史性迈上4000亿元台阶，盐湖产业集群逐步形成。\n")
    level = items[("gdp_level", "achieved")]
    assert (level.value, level.qualifier, level.approx) == (4e11, "迈上", True)
    items = _items("这五年，地区生产总值跨过3万亿元、年均增长5.2%。\n")
    level = items[("gdp_level", "achieved")]
    assert (level.value, level.qualifier) == (3e12, "跨过")
    assert ("gdp_growth", "achieved") not in items  # 年均 is not the year's growth


def test_several_thresholds_crossed_take_the_last() -> None:
    # 浙江: 全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶
    items = _items("这五年，全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%。\n")
    level = items[("gdp_level", "achieved")]
    assert (level.value, level.qualifier) == (9e12, "跨越")


def test_exact_level_beats_a_threshold() -> None:
    # 湖北: 迈上6万亿元台阶，达到62661亿元
    items = _items("经济规模稳步壮大，地区生产总值迈上6万亿元台阶，达到62661亿元。\n")
    level = items[("gdp_level", "achieved")]
    assert (level.value, level.qualifier) == (6.2661e12, None)


def test_bare_investment_is_a_plan_target_not_a_review_result() -> None:
    # 广东: 全年投资增长5%左右 (plan); 达州: 制造业贷款增长35%、投资增长23.8% (review, a sub-aggregate)
    plan = "扩大有效投资。推动形成市场主导、政府推动的投资内生增长机制，全年投资增长5%左右。\n"
    items = _items("引导金融向制造业倾斜，制造业贷款增长35%、投资增长23.8%。\n", plan)
    target = items[("fixed_investment_growth", "target")]
    assert (target.value, target.qualifier) == (5, "左右")
    assert ("fixed_investment_growth", "achieved") not in items


def test_anchor_after_a_plan_mention_is_this_years() -> None:
    # 北京 2024: 对接“十四五”规划，提出今年全市经济社会发展的主要预期目标是：…
    text = (
        "一、2023年工作回顾\n地区生产总值增长5.2%。\n"
        "按照上述要求，对接“十四五”规划，提出今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右，"
        "居民消费价格涨幅3%左右。\n"
    )
    items = {(i.indicator, i.role): i for i in resolve_indicators(text, region="北京市", year=2024)}
    assert items[("cpi", "target")].value == 3
    assert ("cpi", "achieved") not in items
    assert items[("gdp_growth", "achieved")].value == 5.2


def test_targets_stated_without_an_anchor() -> None:
    # 绵阳: 政府工作的总体要求是：…⏎地区生产总值增长7%左右，… (no 主要预期目标)
    text = (
        "一、2023年工作回顾\n地区生产总值增长8.6%。\n二、2024年工作安排\n"
        "做好今年工作至关重要。政府工作的总体要求是：坚持稳中求进。\n"
        "地区生产总值增长7%左右，城镇调查失业率控制在5.5%左右，居民消费价格指数涨幅控制在3%左右。\n"
    )
    items = {(i.indicator, i.role): i for i in resolve_indicators(text, region="绵阳市", year=2024)}
    assert items[("gdp_growth", "target")].value == 7
    assert items[("unemployment_rate", "target")].value == 5.5
    assert items[("gdp_growth", "achieved")].value == 8.6
    assert ("cpi", "achieved") not in items
