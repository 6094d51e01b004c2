"""Subjects are resolved on first read (issue 17) and are the same whatever the order of reading."""

from __future__ import annotations

from piyue.core.metrics import Metric, extract_metrics, resolve_subjects

TEXT = (
    "全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点，平均压减时间58%、材料52%。"
    "国家级企业、市级企业分别占全市8%、11%。常住人口城镇化率从75.6%提升至76.5%。推出319项基层创新项目。"
)


def test_reading_order_does_not_change_subjects() -> None:
    forward = [m.subject for m in extract_metrics(TEXT)]
    backward = [m.subject for m in reversed(extract_metrics(TEXT))][::-1]
    assert forward == backward
    assert forward[:3] == ["全市地区生产总值"] * 3
    assert "基层创新项目" in forward


def test_resolve_subjects_and_the_metric_api() -> None:
    metrics = resolve_subjects(extract_metrics(TEXT))
    first = metrics[0]
    assert isinstance(first, Metric)
    assert first.to_json()["subject"] == "全市地区生产总值"
    assert "subject='全市地区生产总值'" in repr(first)
    plain = Metric(**{k: v for k, v in first.to_json().items()})
    assert plain == first
    first.subject = "GDP"
    assert first.subject == "GDP"
