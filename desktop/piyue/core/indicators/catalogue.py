"""The catalogue of indicators (DESIGN.md §4b): ids, names, synonyms, kind, unit and direction.

Each indicator names what a report states about a region's year. ``subject`` is a
regular expression matched at the start of a clause (after filler such as 全省, 2025年);
``kind`` says which figure answers it: ``growth`` (a percent change), ``level`` (an
amount in 元), ``count`` (people), ``rate`` (a percent level).

``direction`` decides whether a result met its target (see :mod:`.followup`):
``higher`` — more is better, met when the result ≥ the target's lower value;
``lower`` — a ceiling (unemployment 5.5%左右 / 以内): met when the result ≤ the
target's upper value; ``ceiling`` — a price target (CPI 2%左右) is a ceiling for
inflation, met when the result ≤ the target's upper value (a CPI below target
is not a miss of the target).
"""

from __future__ import annotations

from dataclasses import dataclass

_GDP = r"(?:地区|国内)?生产总值|GDP|经济总量"


@dataclass(frozen=True, slots=True)
class Indicator:
    """One entry of the catalogue."""

    id: str
    name: str
    name_en: str
    kind: str  # growth | level | count | rate
    unit: str
    direction: str  # higher | lower | ceiling
    subject: str  # regex matched at a clause start
    synonyms: tuple[str, ...] = ()


CATALOGUE: tuple[Indicator, ...] = (
    Indicator(
        "gdp_growth",
        "地区生产总值增长",
        "GDP growth",
        "growth",
        "%",
        "higher",
        rf"(?:{_GDP}|经济(?=增长|增速|增幅))",
        ("地区生产总值", "生产总值", "国内生产总值", "GDP", "经济总量", "经济增长"),
    ),
    Indicator(
        "gdp_level",
        "地区生产总值",
        "GDP",
        "level",
        "元",
        "higher",
        _GDP,
        ("地区生产总值", "生产总值", "国内生产总值", "GDP", "经济总量"),
    ),
    Indicator(
        "budget_revenue_growth",
        "一般公共预算收入增长",
        "General budget revenue growth",
        "growth",
        "%",
        "higher",
        r"(?:地方)?一般公共预算收入",
        ("一般公共预算收入", "地方一般公共预算收入"),
    ),
    Indicator(
        "fixed_investment_growth",
        "固定资产投资增长",
        "Fixed-asset investment growth",
        "growth",
        "%",
        "higher",
        r"(?:全社会)?固定资产投资|投资(?=增长|增速)",
        ("固定资产投资", "全社会固定资产投资", "投资"),
    ),
    Indicator(
        "retail_sales_growth",
        "社会消费品零售总额增长",
        "Retail sales growth",
        "growth",
        "%",
        "higher",
        r"社会消费品零售总额|社零总额",
        ("社会消费品零售总额", "社零总额"),
    ),
    Indicator(
        "industry_value_added_growth",
        "规模以上工业增加值增长",
        "Industrial value added growth",
        "growth",
        "%",
        "higher",
        r"(?:规模以上|规上|规模)?工业增加值",
        ("规模以上工业增加值", "规上工业增加值", "规模工业增加值", "工业增加值"),
    ),
    Indicator(
        "new_urban_jobs",
        "城镇新增就业",
        "New urban jobs",
        "count",
        "人",
        "higher",
        r"(?:城镇)?新增就业(?:人数)?",
        ("城镇新增就业", "新增就业"),
    ),
    Indicator(
        "unemployment_rate",
        "城镇调查失业率",
        "Surveyed urban unemployment",
        "rate",
        "%",
        "lower",
        r"(?:城镇)?调查失业率",
        ("城镇调查失业率",),
    ),
    Indicator(
        "cpi",
        "居民消费价格涨幅",
        "Consumer prices",
        "rate",
        "%",
        "ceiling",
        r"居民消费价格(?:指数|总水平)?|CPI",
        ("居民消费价格", "居民消费价格指数", "CPI"),
    ),
)

BY_ID: dict[str, Indicator] = {indicator.id: indicator for indicator in CATALOGUE}
IDS: tuple[str, ...] = tuple(indicator.id for indicator in CATALOGUE)


def indicator(indicator_id: str) -> Indicator:
    """The catalogue entry of ``indicator_id`` (KeyError when unknown)."""
    return BY_ID[indicator_id]
