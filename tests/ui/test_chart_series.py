"""The charts' data: growth rates only (not shares or rates), sorted and labelled; figures and notes
per section counted once, at the nearest section."""

from __future__ import annotations

from piyue.core.metrics import metrics_for_document
from piyue.core.readers import parse_text
from piyue.ui.charts.series import figures_per_section, growth_series, notes_per_section

TEXT = (
    "# 报告\n\n## 一、回顾\n\n地区生产总值增长5.2%，城镇调查失业率5.1%，"
    "研发投入占GDP比重达3.1%，工业增加值下降2%，污水处理率提高到97.3%，换乘比例提升至86%。\n\n"
    "### （一）产业\n\n规上工业增加值增长7.5%，互联网普及率达80%。\n\n"
    "## 二、计划\n\n社会消费品零售总额增长6%左右。\n"
)


def test_growth_rates_only_labelled_sorted_declines_negative() -> None:
    document = parse_text(TEXT, markdown=True)
    metrics = metrics_for_document(document)
    series = growth_series(metrics, "增速", "%", document.text)
    assert series.values == [7.5, 6.0, 5.2, -2.0]
    assert all(label.split("  ")[-1] in ("7.5%", "6%左右", "5.2%", "2%") for label in series.labels)
    assert any("生产总值" in label for label in series.labels)  # labelled with the subject
    for left_out in ("5.1%", "3.1%", "80%", "97.3%", "86%"):  # rates, shares and levels reached
        assert not any(label.endswith(left_out) for label in series.labels)


def test_figures_and_notes_are_counted_once_at_their_nearest_section() -> None:
    document = parse_text(TEXT, markdown=True)
    metrics = metrics_for_document(document)
    series = figures_per_section(document, metrics, "数据", "项")
    counts = dict(zip((label.strip() for label in series.labels), series.values, strict=True))
    assert counts["一、回顾"] == 6 and counts["（一）产业"] == 2 and counts["二、计划"] == 1
    assert sum(series.values) == len([m for m in metrics if m.start >= document.sections[0].start])
    first = document.text.index("规上")
    notes = notes_per_section(document, [first, first + 3, document.text.index("社会")], "批注", "条")
    counts = dict(zip((label.strip() for label in notes.labels), notes.values, strict=True))
    assert counts["（一）产业"] == 2 and counts["二、计划"] == 1 and counts["一、回顾"] == 0
