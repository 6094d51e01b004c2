"""Each review check on small crafted texts: it fires where it should and stays quiet where it should not."""

from __future__ import annotations

from piyue.core.metrics import Metric
from piyue.core.readers import parse_text
from piyue.core.review import CODES, Finding, run_checks
from piyue.core.review.metrics import check_metric_conflicts

HEAD = "2026年某市政府工作报告\n各位代表：\n"
TAIL = "各位代表！让我们团结奋斗。\n"


def _doc(body: str, markdown: bool = False):
    text = body if markdown else HEAD + body + TAIL
    return parse_text(text, markdown=markdown)


def _codes(body: str, markdown: bool = False) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in run_checks(_doc(body, markdown), metrics=[])]


def _problems(body: str, markdown: bool = False) -> list[str]:
    return [f.code for f in run_checks(_doc(body, markdown), metrics=[]) if f.is_problem]


CLEAN = (
    "一、2025年工作回顾\n"
    "（一）经济运行稳中有进\n地区生产总值增长5.2%，一是消费回暖，二是投资企稳。\n"
    "（二）改革开放持续深化\n营商环境不断优化，新设经营主体12万户。\n"
    "二、2026年工作安排\n"
    "（一）扩大有效需求\n大力提振消费，扩大有效投资。\n"
    "（二）加快科技创新\n建设创新平台，培育新质生产力。\n"
    "（三）保障改善民生\n1.稳定就业\n城镇新增就业6万人。\n2.办好教育\n新建幼儿园10所。\n"
)


def test_clean_report_has_no_findings() -> None:
    assert _codes(CLEAN) == []


def test_finding_json_has_exactly_the_design_keys() -> None:
    finding = Finding("numbering-gap", "warning", "中文", "english", 3, 9, (1,))
    assert finding.to_json() == {
        "code": "numbering-gap",
        "severity": "warning",
        "message": "english",
        "start": 3,
        "end": 9,
        "related": [1],
    }
    assert finding.is_problem and not Finding("x", "info", "", "", None, None).is_problem


def test_codes_cover_the_design_contract() -> None:
    for code in ("duplicate-heading", "duplicate-section", "duplicate-paragraph", "numbering-order"):
        assert code in CODES
    for code in ("numbering-gap", "level-skip", "metric-conflict", "empty-section", "mixed-brackets"):
        assert code in CODES


# duplicate-heading ------------------------------------------------------------------------------------------


def test_duplicate_heading_same_numbering_and_title_is_an_error() -> None:
    body = "一、回顾\n（一）稳增长\n经济增长5%。\n（二）促改革\n改革深化。\n（二）促改革\n改革再深化。\n"
    findings = run_checks(_doc(body), metrics=[])
    dup = [f for f in findings if f.code == "duplicate-heading"]
    assert [(f.severity) for f in dup] == ["error"]
    text = HEAD + body + TAIL
    assert text[dup[0].start :].startswith("（二）促改革\n改革再深化")
    assert text[dup[0].related[0] :].startswith("（二）促改革\n改革深化。")


def test_duplicate_title_only_is_a_warning() -> None:
    body = "一、回顾\n（一）稳增长\n经济增长5%。\n（二）稳增长\n投资增长3%。\n"
    assert ("duplicate-heading", "warning") in _codes(body)


def test_same_title_in_different_parts_is_normal() -> None:
    body = "一、回顾\n（一）科技创新\n成果丰硕。\n二、安排\n（一）科技创新\n继续发力。\n"
    assert _codes(body) == []


# duplicate-section ------------------------------------------------------------------------------------------

PARAS = (
    "加速推动科技创新应用落地，落地二十个标杆项目。\n全国首个应用场景研究累计四十五项。\n"
    "设立创新联合基金，科创基金规模持续扩大。\n"
)


def test_duplicate_section_verbatim_is_an_error_and_names_the_other() -> None:
    body = f"一、回顾\n（一）提升创新生态\n{PARAS}（二）优化提升创新生态\n{PARAS}"
    findings = run_checks(_doc(body), metrics=[])
    sections = [f for f in findings if f.code == "duplicate-section"]
    assert [f.severity for f in sections] == ["error"]
    assert "100%" in sections[0].message
    text = HEAD + body + TAIL
    assert text[sections[0].start :].startswith("（二）优化提升创新生态")
    assert text[sections[0].related[0] :].startswith("（一）提升创新生态")
    # its paragraphs are not reported again as warnings
    assert {f.severity for f in findings if f.code == "duplicate-paragraph"} == {"info"}


def test_near_duplicate_section_is_a_warning_with_the_share() -> None:
    changed = PARAS.replace("设立创新联合基金，科创基金规模持续扩大。", "北京科学传播中心正式揭牌。")
    body = f"一、回顾\n（一）提升创新生态\n{PARAS}（二）构建科技地图\n{changed}"
    sections = [f for f in run_checks(_doc(body), metrics=[]) if f.code == "duplicate-section"]
    assert [f.severity for f in sections] == ["warning"]
    assert "% the same" in sections[0].message


def test_different_sections_are_not_duplicates() -> None:
    body = (
        "一、回顾\n（一）提升创新生态\n加速推动科技创新应用落地，落地二十个标杆项目。\n"
        "（二）保障改善民生\n城镇新增就业六万人，新建幼儿园十所，养老服务持续完善。\n"
    )
    assert "duplicate-section" not in _problems(body)


# duplicate-paragraph ----------------------------------------------------------------------------------------


def test_duplicate_paragraph_names_the_other_place() -> None:
    para = "深化安全生产治本攻坚三年行动，排查整治重大隐患。"
    body = (
        f"一、回顾\n（一）安全\n{para}\n筑牢安全底线，开展消防、燃气、交通领域专项整治。\n"
        f"（二）民生\n办好三十件民生实事，新建幼儿园十所，养老服务持续完善，就业保持稳定。\n{para}\n"
    )
    text = HEAD + body + TAIL
    dup = [f for f in run_checks(_doc(body), metrics=[]) if f.code == "duplicate-paragraph"]
    assert len(dup) == 1 and dup[0].severity == "warning"
    assert text[dup[0].start : dup[0].end] == para
    assert dup[0].related == (text.index(para),)


def test_short_repeated_formulas_are_not_duplicate_paragraphs() -> None:
    body = "一、回顾\n（一）安全\n成效明显。\n（二）民生\n成效明显。\n"
    assert "duplicate-paragraph" not in _problems(body)


# numbering --------------------------------------------------------------------------------------------------


def test_numbering_order() -> None:
    body = "一、回顾\n（一）甲\n正文。\n（二）乙\n正文。\n（四）丁\n正文。\n（三）丙\n正文。\n"
    findings = [f for f in run_checks(_doc(body), metrics=[]) if f.code.startswith("numbering")]
    assert [(f.code, f.severity) for f in findings] == [("numbering-order", "error")]
    text = HEAD + body + TAIL
    assert text[findings[0].start :].startswith("（三）丙")
    assert text[findings[0].related[0] :].startswith("（四）丁")


def test_numbering_gap() -> None:
    body = "一、回顾\n（一）甲\n正文。\n（二）乙\n正文。\n（四）丁\n正文。\n"
    findings = [f for f in run_checks(_doc(body), metrics=[]) if f.code.startswith("numbering")]
    assert [(f.code, f.severity) for f in findings] == [("numbering-gap", "warning")]
    assert "（三）" in findings[0].message


def test_numbering_restarts_in_every_part() -> None:
    assert not any(c.startswith("numbering") for c in _problems(CLEAN))


def test_yi_shi_er_shi_and_closing_are_normal() -> None:
    body = "一、回顾\n（一）甲\n一是抓项目，二是稳投资，三是促消费。\n（二）乙\n一是、二是。\n"
    assert _problems(body) == []


# level-skip -------------------------------------------------------------------------------------------------


def test_level_skip() -> None:
    body = "一、回顾\n（1）经济稳中有进\n地区生产总值增长5.2%。\n（2）消费回暖\n社零额增长4%。\n"
    findings = [f for f in run_checks(_doc(body), metrics=[]) if f.code == "level-skip"]
    assert [f.severity for f in findings] == ["warning", "warning"]
    assert "（一）" in findings[0].message


def test_no_level_skip_with_the_middle_level() -> None:
    body = "一、回顾\n（一）经济\n1.消费\n社零额增长4%。\n2.投资\n投资增长3%。\n"
    assert "level-skip" not in _problems(body)


def test_markdown_level_skip_is_info() -> None:
    text = "# 报告\n\n## 回顾\n\n#### 细目\n\n正文内容。\n"
    assert ("level-skip", "info") in _codes(text, markdown=True)
    assert _problems(text, markdown=True) == []


# empty-section ----------------------------------------------------------------------------------------------


def test_empty_section() -> None:
    body = "一、回顾\n（一）甲\n正文。\n（二）乙\n（三）丙\n正文。\n"
    findings = [f for f in run_checks(_doc(body), metrics=[]) if f.code == "empty-section"]
    assert len(findings) == 1
    assert (HEAD + body + TAIL)[findings[0].start :].startswith("（二）乙")


def test_section_with_only_subsections_is_not_empty() -> None:
    body = "一、回顾\n（一）甲\n1.子项\n正文。\n"
    assert "empty-section" not in _problems(body)


# mixed-brackets ---------------------------------------------------------------------------------------------


def test_mixed_brackets_warns_on_the_minority() -> None:
    body = "一、回顾\n（一）甲\n正文。\n(二)乙\n正文。\n（三）丙\n正文。\n"
    findings = [f for f in run_checks(_doc(body), metrics=[]) if f.code == "mixed-brackets"]
    assert [f.severity for f in findings] == ["warning"]
    assert (HEAD + body + TAIL)[findings[0].start :].startswith("(二)乙")


def test_halfwidth_throughout_is_info() -> None:
    body = "一、回顾\n(一)甲\n正文。\n(二)乙\n正文。\n"
    assert _codes(body) == [("mixed-brackets", "info")]


# metric-conflict --------------------------------------------------------------------------------------------


def _metric(text: str, figure: str, occurrence: int = 0, **kw) -> Metric:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(figure, start + 1)
    fields = {"kind": "percent", "unit": "%", "subject": "金融业增加值"}
    fields.update(kw)
    if "value" not in fields:
        fields["value"] = float(figure.rstrip("%"))
    return Metric(start=start, end=start + len(figure), text=figure, **fields)


CONFLICT = (
    HEAD + "一、回顾\n（一）经济\n金融业增加值增长14.3%，增速高于全市。\n"
    "（二）产业\n金融业增加值增长14.5%，带动服务业提质。\n二、安排\n（一）金融\n金融业增加值增长6%。\n" + TAIL
)


def test_metric_conflict_same_indicator_two_values() -> None:
    document = parse_text(CONFLICT, markdown=False)
    metrics = [_metric(CONFLICT, "14.3%"), _metric(CONFLICT, "14.5%"), _metric(CONFLICT, "6%")]
    findings = check_metric_conflicts(document, metrics)
    assert len(findings) == 1
    assert CONFLICT[findings[0].start : findings[0].end] == "14.5%"
    assert findings[0].related == (metrics[0].start,)


def test_metric_conflict_is_conservative() -> None:
    text = (
        HEAD + "一、回顾\n（一）经济\n金融业增加值增长14.3%，增速高于全市。\n"
        "五年来，金融业增加值增长60.5%。\n科创基金新增7支，总量达到22支。\n"
        "（二）产业\n金融业增加值增长14.3%。\n" + TAIL
    )
    document = parse_text(text, markdown=False)
    metrics = [
        _metric(text, "14.3%"),
        _metric(text, "60.5%"),  # a span of years: not the same figure
        _metric(text, "14.3%", 1),  # the same value again
        _metric(text, "7支", kind="count", value=7.0, unit="支", subject="科创基金"),
        _metric(text, "22支", kind="count", value=22.0, unit="支", subject="科创基金"),
    ]
    assert check_metric_conflicts(document, metrics) == []


def test_metric_conflict_runs_with_the_extractor() -> None:
    document = parse_text(CONFLICT, markdown=False)
    assert [f.code for f in run_checks(document)].count("metric-conflict") <= 1
