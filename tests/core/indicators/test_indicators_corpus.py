"""Indicator items of real reports, checked against values written down by reading the texts.

Each expectation is (indicator, role) → (value, value_high, qualifier); they were read
from the 主要预期目标 paragraphs, the work sections and the reviews of each report by
hand, not copied from the program's output. Absent pairs assert what must not be found
(a five-year plan's target, a five-year growth rate taken for the year's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from piyue.core.indicators import IndicatorItem
from piyue.services.indicators import file_indicators

T, A = "target", "achieved"

EXPECTED_2026: dict[str, dict[tuple[str, str], tuple[float, float | None, str | None]]] = {
    "anhui": {
        ("gdp_growth", T): (5, 5.5, None),
        ("budget_revenue_growth", T): (2, None, "左右"),
        ("retail_sales_growth", T): (4, None, "左右"),
        ("new_urban_jobs", T): (680000, None, "左右"),
        ("unemployment_rate", T): (5.5, None, "左右"),
        ("cpi", T): (2, None, "左右"),
        ("gdp_level", A): (5.3e12, None, None),
        ("gdp_growth", A): (5.5, None, None),
        ("industry_value_added_growth", A): (9.4, None, None),
        ("retail_sales_growth", A): (4.2, None, None),
        ("budget_revenue_growth", A): (2.9, None, None),
    },
    "beijing": {
        ("gdp_growth", T): (5, None, "左右"),
        ("budget_revenue_growth", T): (4, None, "左右"),
        ("unemployment_rate", T): (5, None, "以内"),
        ("cpi", T): (2, None, "左右"),
        ("new_urban_jobs", T): (280000, None, "不少于"),  # in the work section, not the targets paragraph
        ("gdp_growth", A): (5.4, None, None),
        ("gdp_level", A): (5.2e12, None, None),
        ("budget_revenue_growth", A): (4.8, None, None),
        ("unemployment_rate", A): (4.1, None, None),
    },
    "chongqing": {
        ("gdp_growth", T): (5, None, "以上"),
        ("industry_value_added_growth", T): (6, None, None),
        ("fixed_investment_growth", T): (3, None, None),
        ("retail_sales_growth", T): (4, None, "以上"),
        ("new_urban_jobs", T): (650000, None, "以上"),
        ("budget_revenue_growth", T): (3, None, None),
        ("gdp_level", A): (3375793000000, None, None),
        ("gdp_growth", A): (5.3, None, None),
    },
    "fujian": {
        ("gdp_growth", T): (5, None, "左右"),
        ("unemployment_rate", T): (5, None, "左右"),
        ("new_urban_jobs", T): (500000, None, None),
        ("cpi", T): (2, None, "左右"),
        ("gdp_level", A): (6019945000000, None, None),
        ("gdp_growth", A): (5, None, None),
        ("budget_revenue_growth", A): (3, None, None),
        ("retail_sales_growth", A): (4.4, None, None),
        ("fixed_investment_growth", A): (-3.3, None, None),  # 固定资产投资下降3.3%
        ("unemployment_rate", A): (4.7, None, None),
    },
    "gansu": {
        ("gdp_growth", T): (5.5, None, "左右"),
        ("industry_value_added_growth", T): (8, None, "左右"),
        ("fixed_investment_growth", T): (4.5, None, "左右"),
        ("retail_sales_growth", T): (4, None, "左右"),
        ("budget_revenue_growth", T): (5.5, None, "左右"),
        ("unemployment_rate", T): (5.5, None, "左右"),
        ("cpi", T): (2, None, None),
        ("gdp_growth", A): (5.8, None, None),  # not the five-year 增长33.6%
        ("industry_value_added_growth", A): (9.5, None, None),
    },
    "heilongjiang": {
        ("gdp_growth", T): (4.5, 5, None),  # 增长4.5-5%
        ("new_urban_jobs", T): (300000, None, "以上"),
        ("unemployment_rate", T): (5.7, None, "左右"),
        ("cpi", T): (2, None, "左右"),
        ("gdp_growth", A): (4.2, None, None),
        ("new_urban_jobs", A): (358000, None, None),
        ("budget_revenue_growth", A): (5.7, None, None),
    },
    "jiangsu": {
        ("gdp_growth", T): (5, None, None),  # 按增长5%安排
        ("budget_revenue_growth", T): (2, None, None),
        ("new_urban_jobs", T): (1200000, None, None),
        ("unemployment_rate", T): (5, None, "左右"),
        ("cpi", T): (2, None, "左右"),
        ("retail_sales_growth", T): (5, None, "左右"),
        ("gdp_growth", A): (5.3, None, None),
    },
    "shanghai": {
        ("gdp_growth", T): (5, None, "左右"),
        ("budget_revenue_growth", T): (2, None, None),
        ("unemployment_rate", T): (5, None, "以内"),
        ("cpi", T): (2, None, "左右"),
        ("gdp_level", A): (5.67e12, None, None),
        ("gdp_growth", A): (5.4, None, None),
        ("budget_revenue_growth", A): (1.5, None, None),
        ("cpi", A): (0.1, None, None),
        ("unemployment_rate", A): (4.2, None, None),
    },
    "xinjiang": {
        ("gdp_growth", T): (5.5, 6, None),
        ("industry_value_added_growth", T): (7.5, None, "左右"),
        ("fixed_investment_growth", T): (8, None, "左右"),
        ("retail_sales_growth", T): (6, None, "左右"),
        ("budget_revenue_growth", T): (10, None, "左右"),
        ("cpi", T): (2, None, "左右"),
        ("new_urban_jobs", T): (470000, None, "以上"),
        ("unemployment_rate", T): (5.5, None, "以内"),
        ("gdp_level", A): (2.15e12, None, None),
        ("gdp_growth", A): (5.5, None, None),
        ("industry_value_added_growth", A): (7.7, None, None),
        ("fixed_investment_growth", A): (7.2, None, None),
        ("retail_sales_growth", A): (3.6, None, None),
    },
    "shanxi": {
        ("gdp_growth", T): (4.5, 5, None),  # 主要目标是 (no 预期)
        ("fixed_investment_growth", T): (5, None, None),
        ("retail_sales_growth", T): (5, None, None),
        ("cpi", T): (2, None, "左右"),  # 居民消费价格总水平上涨幅度控制在2%左右
        ("new_urban_jobs", T): (450000, None, None),
        ("unemployment_rate", T): (5.5, None, "左右"),
        ("gdp_growth", A): (4, None, None),  # 全年GDP增长4%
    },
    "hubei": {
        ("gdp_growth", T): (5.5, None, "左右"),  # 经济增长5.5%左右
        ("unemployment_rate", T): (5.5, None, "左右"),
        ("new_urban_jobs", T): (700000, None, "以上"),
        ("cpi", T): (2, None, "左右"),
        ("gdp_growth", A): (5.5, None, None),
    },
    "guangdong": {
        ("gdp_growth", T): (4.5, 5, None),  # 主要预期目标 on its own line
        ("budget_revenue_growth", T): (3, None, "左右"),
        ("gdp_growth", A): (3.9, None, None),
        ("budget_revenue_growth", A): (3, None, None),
    },
}

EXPECTED_2025: dict[str, dict[tuple[str, str], tuple[float, float | None, str | None]]] = {
    "anhui": {
        ("gdp_growth", T): (5.5, None, "以上"),
        ("fixed_investment_growth", T): (5, None, "左右"),
        ("industry_value_added_growth", T): (7, None, "左右"),
        ("retail_sales_growth", T): (5.5, None, "左右"),
        ("budget_revenue_growth", T): (2, None, "左右"),
    },
    "beijing": {
        ("gdp_growth", T): (5, None, "左右"),
        ("budget_revenue_growth", T): (4, None, "左右"),
        ("unemployment_rate", T): (5, None, "以内"),
        ("cpi", T): (2, None, "左右"),
    },
    "chongqing": {
        ("gdp_growth", T): (6, None, "左右"),
        ("fixed_investment_growth", T): (5, None, None),
        ("retail_sales_growth", T): (5, None, None),
        ("new_urban_jobs", T): (650000, None, None),
        ("budget_revenue_growth", T): (4.5, None, None),
        ("cpi", T): (2, None, "左右"),
    },
    "fujian": {
        ("gdp_growth", T): (5, 5.5, None),  # 5.0%—5.5%
        ("fixed_investment_growth", T): (5, None, "左右"),
        ("retail_sales_growth", T): (5.5, None, "左右"),
        ("unemployment_rate", T): (5, None, "左右"),
        ("cpi", T): (2, None, "左右"),
    },
    "gansu": {
        ("gdp_growth", T): (5.5, None, "左右"),
        ("industry_value_added_growth", T): (8, None, "左右"),
        ("fixed_investment_growth", T): (5, None, "左右"),
        ("retail_sales_growth", T): (5, None, "左右"),
        ("budget_revenue_growth", T): (5.5, None, "左右"),
        ("cpi", T): (2, None, "左右"),  # its own sentence
        ("unemployment_rate", T): (5.5, None, "左右"),
    },
    "hebei": {
        ("gdp_growth", T): (5, None, "以上"),
        ("budget_revenue_growth", T): (2, None, "左右"),
        ("industry_value_added_growth", T): (5.5, None, "左右"),
        ("fixed_investment_growth", T): (5.5, None, "左右"),
        ("retail_sales_growth", T): (5, None, "左右"),
        ("cpi", T): (2, None, "左右"),
        ("unemployment_rate", T): (5.5, None, "左右"),
    },
    "henan": {
        ("gdp_growth", T): (5.5, None, "左右"),
        ("industry_value_added_growth", T): (7, None, "左右"),
        ("fixed_investment_growth", T): (7, None, "左右"),
        ("retail_sales_growth", T): (6, None, "左右"),
        ("budget_revenue_growth", T): (4, None, "左右"),
        ("unemployment_rate", T): (5.5, None, "左右"),
        ("new_urban_jobs", T): (1100000, None, "以上"),
        ("cpi", T): (2, None, "左右"),
    },
    "xizang": {
        ("gdp_growth", T): (7, None, "以上"),  # 增长7%以上、力争达到8%
        ("fixed_investment_growth", T): (15, None, "以上"),
        ("retail_sales_growth", T): (8, None, "以上"),
        ("industry_value_added_growth", T): (16, None, None),
        ("unemployment_rate", T): (5, None, "以内"),  # 分别控制在5%和3%以内
        ("cpi", T): (3, None, "以内"),
    },
    "liaoning": {
        ("gdp_growth", T): (5, None, "以上"),
        ("industry_value_added_growth", T): (4.5, None, "以上"),
        ("fixed_investment_growth", T): (8, None, "左右"),
        ("retail_sales_growth", T): (5, None, "以上"),
        ("budget_revenue_growth", T): (4, None, None),
        ("new_urban_jobs", T): (470000, None, "左右"),
        ("unemployment_rate", T): (5.5, None, "左右"),
        ("cpi", T): (2, None, "左右"),
    },
    "yunnan": {
        ("gdp_growth", T): (5, None, "左右"),  # 主要预期目标建议为
        ("budget_revenue_growth", T): (2, None, None),
        ("unemployment_rate", T): (5.5, None, "以内"),
        ("new_urban_jobs", T): (500000, None, "以上"),
    },
    "tianjin": {
        ("gdp_growth", T): (5, None, "左右"),
        ("budget_revenue_growth", T): (3, None, "左右"),
        ("fixed_investment_growth", T): (3, None, "左右"),
        ("unemployment_rate", T): (5.5, None, "左右"),
        ("new_urban_jobs", T): (300000, None, None),
        ("cpi", T): (2, None, "左右"),
        ("gdp_growth", A): (5.1, None, "左右"),  # 预计增长5.1%左右
        ("budget_revenue_growth", A): (5.2, None, None),
    },
}

NATIONAL_2024 = {
    ("gdp_growth", T): (5, None, "左右"),
    ("new_urban_jobs", T): (12000000, None, "以上"),
    ("unemployment_rate", T): (5.5, None, "左右"),
    ("cpi", T): (3, None, "左右"),
    ("gdp_growth", A): (5.2, None, None),
    ("gdp_level", A): (1.26e14, None, "超过"),
    ("new_urban_jobs", A): (12440000, None, None),
    ("unemployment_rate", A): (5.2, None, None),
    ("cpi", A): (0.2, None, None),
}

# Stated nowhere for the year (or only for 2030, or only as a five-year figure): must stay absent.
ABSENT_2026 = {
    "chongqing": [("gdp_level", T)],  # 力争到2030年…迈上4万亿元新台阶
    "beijing": [("retail_sales_growth", T)],
    "jilin": [("gdp_level", T)],
    "zhejiang": [("budget_revenue_growth", T)],
}


def _by_key(items: tuple[IndicatorItem, ...]) -> dict[tuple[str, str], IndicatorItem]:
    found: dict[tuple[str, str], IndicatorItem] = {}
    for item in items:
        assert (item.indicator, item.role) not in found, "at most one item per indicator and role"
        found[(item.indicator, item.role)] = item
    return found


def _check(path: Path, expected: dict, year: int) -> None:
    report = file_indicators(str(path))
    assert report.year == year
    found = _by_key(report.items)
    for (indicator, role), (value, high, qualifier) in expected.items():
        item = found.get((indicator, role))
        assert item is not None, f"{path.name}: {indicator} {role} not found"
        assert item.value == pytest.approx(value), (path.name, indicator, role, item.text)
        assert item.value_high == (None if high is None else pytest.approx(high)), (path.name, indicator, item.text)
        assert item.qualifier == qualifier, (path.name, indicator, role, item.text)
        assert item.period == (year if role == T else year - 1)
        assert item.text and item.start < item.end


@pytest.mark.parametrize("province", sorted(EXPECTED_2026))
def test_2026_reports(corpus_dir: Path, province: str) -> None:
    _check(corpus_dir / "provinces-2026" / f"{province}.txt", EXPECTED_2026[province], 2026)


@pytest.mark.parametrize("province", sorted(EXPECTED_2025))
def test_2025_reports(corpus_dir: Path, province: str) -> None:
    _check(corpus_dir / "provinces-2025" / f"{province}.txt", EXPECTED_2025[province], 2025)


def test_national_2024(corpus_dir: Path) -> None:
    _check(corpus_dir / "national-2024.txt", NATIONAL_2024, 2024)


@pytest.mark.parametrize("province", sorted(ABSENT_2026))
def test_not_taken(corpus_dir: Path, province: str) -> None:
    found = _by_key(file_indicators(str(corpus_dir / "provinces-2026" / f"{province}.txt")).items)
    for key in ABSENT_2026[province]:
        assert key not in found, (province, key, found.get(key))


def test_spans_point_into_the_text(corpus_dir: Path) -> None:
    path = corpus_dir / "provinces-2026" / "shaanxi.txt"  # full-width ％ throughout
    text = path.read_text(encoding="utf-8")
    for item in file_indicators(str(path)).items:
        assert text[item.start : item.end] == item.text
