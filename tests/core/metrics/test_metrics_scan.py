"""The scan's bookkeeping (issue 17 rewrote it for speed): offsets mapped back from the NFKC view,
quotations, a rank's scope after an earlier match, decimals, hedges.

The speed work kept the output byte-identical on the whole corpus (bench/metrics_snapshot.py);
these cases pin the parts of the loop that the corpus exercises least.
"""

from __future__ import annotations

from piyue.core.metrics import extract_metrics


def _spans(text: str) -> list[tuple[str, str, float]]:
    return [(m.text, m.kind, m.value) for m in extract_metrics(text)]


def test_offsets_after_expanding_characters_point_into_the_original() -> None:
    text = "Ⅱ期投资5亿元，㎡价1.2万元，增长５．２％。"  # Ⅱ → II and ㎡ → m2 lengthen the view
    metrics = extract_metrics(text)
    assert [(m.text, m.value) for m in metrics] == [("5亿元", 5e8), ("1.2万元", 12000.0), ("５．２％", 5.2)]
    for m in metrics:
        assert text[m.start : m.end] == m.text


def test_a_figure_inside_a_short_quotation_is_a_name() -> None:
    assert _spans("提出“两个1000亿”目标，实现1000亿元。") == [("1000亿元", "amount", 1e11)]


def test_a_rank_scope_does_not_reach_over_an_earlier_match() -> None:
    # 全国第一 has its scope; in 全省十大城市第一 the scope would cross 十大 (a match), so 第一 has none.
    assert _spans("GDP居全国第一，全省十大城市第一，位居第3位。") == [
        ("全国第一", "rank", 1.0),
        ("十大", "count", 10.0),
        ("第3位", "rank", 3.0),
    ]


def test_decimals_and_codes_start_no_figure() -> None:
    assert _spans("PM2.5浓度下降到30微克/立方米，增长12.5%，G331国道。") == [
        ("30微克/立方米", "other", 30.0),
        ("12.5%", "percent", 12.5),
    ]


def test_hedges_and_qualifiers_make_a_figure_approximate() -> None:
    metrics = extract_metrics("增长12.5%，约占全省18%，超40%的企业，新增3.2万人。")
    assert [(m.text, m.qualifier, m.approx) for m in metrics] == [
        ("12.5%", None, False),
        ("18%", None, True),
        ("超40%", "超", True),
        ("3.2万人", None, False),
    ]
    assert all(type(m.approx) is bool for m in metrics)
