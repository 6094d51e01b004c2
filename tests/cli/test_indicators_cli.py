"""``piyue indicators`` and ``piyue compare``: §6 JSON shapes, CSV, follow-ups, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from piyue.cli import main

ITEM_KEYS = [
    "document", "region", "year", "indicator", "role", "period", "value", "value_high",
    "unit", "qualifier", "approx", "start", "end", "text",
]  # fmt: skip

REPORT_2025 = """2025年甲省政府工作报告
——2025年1月10日在甲省第十四届人民代表大会第三次会议上
一、2024年工作回顾
过去一年，全省地区生产总值1.2万亿元、增长5.1%，固定资产投资下降2.5%。
二、2025年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5%—5.5%，一般公共预算收入增长3%左右，
固定资产投资增长4%以上，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右。
"""
REPORT_2026 = """2026年甲省政府工作报告
——2026年1月12日在甲省第十四届人民代表大会第四次会议上
一、2025年工作回顾
过去一年，全省地区生产总值1.26万亿元、增长5.2%，一般公共预算收入增长2.4%，固定资产投资增长4%，城镇调查失业率5.1%，居民消费价格上涨0.3%。
二、2026年工作安排
今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业30万人以上。
"""


@pytest.fixture
def reports(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "jia-2025.txt", tmp_path / "jia-2026.txt"
    first.write_text(REPORT_2025, encoding="utf-8")
    second.write_text(REPORT_2026, encoding="utf-8")
    return first, second


def _json(capsysbinary: pytest.CaptureFixture[bytes]) -> object:
    return json.loads(capsysbinary.readouterr().out.decode("utf-8"))


def test_indicators_json_shape(reports: tuple[Path, Path], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["indicators", str(reports[0]), "--json"]) == 0
    data = _json(capsysbinary)
    assert isinstance(data, list)
    text = reports[0].read_text(encoding="utf-8")
    for item in data:
        assert list(item) == ITEM_KEYS
        assert text[item["start"] : item["end"]] == item["text"]
        assert item["document"] == str(reports[0]) and item["region"] == "甲省" and item["year"] == 2025
    by_key = {(item["indicator"], item["role"]): item for item in data}
    gdp = by_key[("gdp_growth", "target")]
    assert (gdp["value"], gdp["value_high"], gdp["period"], gdp["approx"]) == (5.0, 5.5, 2025, True)
    assert by_key[("fixed_investment_growth", "achieved")]["value"] == -2.5
    assert by_key[("fixed_investment_growth", "achieved")]["period"] == 2024
    assert by_key[("gdp_level", "achieved")]["value"] == 1.2e12
    assert by_key[("gdp_level", "achieved")]["unit"] == "元"


def test_compare_followups(reports: tuple[Path, Path], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["compare", *map(str, reports), "--json"]) == 0
    data = _json(capsysbinary)
    assert isinstance(data, dict)
    assert list(data) == ["reports", "rows", "followups"]
    assert [(r["region"], r["year"]) for r in data["reports"]] == [("甲省", 2025), ("甲省", 2026)]
    followups = {f["indicator"]: f for f in data["followups"]}
    assert set(followups) == {"gdp_growth", "budget_revenue_growth", "fixed_investment_growth",
                              "unemployment_rate", "cpi"}  # fmt: skip
    gdp = followups["gdp_growth"]
    assert list(gdp) == ["region", "indicator", "period", "target", "achieved", "met", "gap"]
    assert gdp["period"] == 2025 and gdp["met"] is True and gdp["gap"] == pytest.approx(0.2)
    assert list(gdp["target"]) == ITEM_KEYS and gdp["achieved"]["value"] == 5.2
    assert followups["budget_revenue_growth"]["met"] is False  # 2.4 < 3左右
    assert followups["fixed_investment_growth"]["met"] is True  # 4 ≥ 4以上
    assert followups["unemployment_rate"]["met"] is True  # 5.1 ≤ 5.5: a ceiling
    assert followups["cpi"]["met"] is True  # 0.3 ≤ 2: a ceiling
    assert followups["cpi"]["gap"] == pytest.approx(-1.7)


def test_compare_indicator_filter_and_csv(
    reports: tuple[Path, Path], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["compare", *map(str, reports), "--indicator", "gdp_growth", "--json"]) == 0
    data = _json(capsysbinary)
    assert isinstance(data, dict)
    assert {row["indicator"] for row in data["rows"]} == {"gdp_growth"}
    assert len(data["followups"]) == 1
    assert main(["compare", *map(str, reports), "--indicator", "gdp_growth", "--csv"]) == 0
    raw = capsysbinary.readouterr().out
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[1][:9] == ["甲省", "gdp_growth", "2025", "5", "5.5", "", "5.2", "true", "0.2"]


def test_indicators_csv(reports: tuple[Path, Path], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["indicators", str(reports[1]), "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsysbinary.readouterr().out.decode("utf-8-sig"))))
    assert rows[0] == ITEM_KEYS
    jobs = next(row for row in rows if row[3] == "new_urban_jobs")
    assert jobs[6] == "300000" and jobs[9] == "以上"


def test_errors_are_one_line_exit_2(reports: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "/nonexistent/report.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err
    assert main(["compare", str(reports[0]), "--indicator", "gdp"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown indicator" in err
    assert main(["compare"]) == 2
