"""Rule families of METRICS-GUIDELINE.md, one small sentence each."""

from __future__ import annotations

import pytest

from piyue.core.metrics import Metric, extract_metrics
from piyue.core.metrics.numbers import chinese_to_number, parse_number


def one(text: str, span: str) -> Metric:
    """The metric whose text is ``span`` (it must be found exactly once)."""
    found = [m for m in extract_metrics(text) if m.text == span]
    assert len(found) == 1, (span, [m.text for m in extract_metrics(text)])
    return found[0]


def spans(text: str) -> list[str]:
    return [m.text for m in extract_metrics(text)]


# --- numerals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十四", 14),
        ("二十", 20),
        ("一百零五", 105),
        ("三千五百万", 3.5e7),
        ("万亿", 1e12),
        ("千亿", 1e11),
        ("三亿五千万", 3.5e8),
        ("百亿亿", 1e18),
        ("二〇二五", 2025),
        ("两", 2),
    ],
)
def test_chinese_numerals(text: str, value: float) -> None:
    assert chinese_to_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"), [("330.5万", 3305000), ("1.5万亿", 1.5e12), ("10.36百亿亿", 1.036e19), ("7000万", 7e7)]
)
def test_magnitudes_multiply_out(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_magnitude_values_in_text() -> None:
    assert one("治理违法建设330.5万平方米。", "330.5万平方米").value == pytest.approx(3305000)
    m = one("地区生产总值达到1.5万亿元。", "1.5万亿元")
    assert (m.kind, m.value, m.unit) == ("amount", pytest.approx(1.5e12), "元")
    m = one("全社会用电量达到1000亿千瓦时。", "1000亿千瓦时")
    assert (m.kind, m.value, m.unit) == ("other", pytest.approx(1e11), "千瓦时")
    m = one("新增装机600万千瓦。", "600万千瓦")
    assert (m.value, m.unit) == (pytest.approx(6e6), "千瓦")
    m = one("算力达到10.36百亿亿次/秒。", "10.36百亿亿次/秒")
    assert (m.value, m.unit) == (pytest.approx(1.036e19), "次/秒")
    assert one("城镇新增就业22.89万人。", "22.89万人").value == pytest.approx(228900)
    assert one("新增71.3万监测对象。", "71.3万").unit is None


def test_chinese_numeral_counts() -> None:
    m = one("两批项目改造户数居全市首位。", "两批")
    assert (m.kind, m.value, m.unit) == ("count", 2, "批")
    assert "一批" not in spans("取得一批标志性成果。")


def test_units_of_real_reports() -> None:
    assert one("年运量150万吨以上的物流园区。", "150万吨以上").unit == "吨"
    assert one("新建改造供热管网1246公里。", "1246公里").kind == "length"
    assert one("人均预期寿命达到79.5岁。", "79.5岁").kind == "other"
    assert one("新增2万户。", "2万户").unit == "户"
    assert one("耕层厚度达到20.6厘米。", "20.6厘米").kind == "length"
    assert one("有机质达到27克/千克。", "27克/千克").unit == "克/千克"
    assert one("幸福河湖35条（段）。", "35条（段）").unit == "条"


# --- qualifiers and approx -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("消费券超7000万元。", "超7000万元", "超"),
        ("GDP达到近万亿元规模。", "近万亿元", "近"),
        ("解决1500余件难题。", "1500余件", "余"),
        ("剩余7个多改革任务。", "7个多", "多"),
        ("促消费活动上万场。", "上万场", "上"),
        ("营收破百亿。", "破百亿", "破"),
        ("增长5%左右。", "5%左右", "左右"),
        ("实施亿元以上项目。", "亿元以上", "以上"),
        ("关停10万千瓦及以下燃煤机组。", "10万千瓦及以下", "及以下"),
        ("带动上下游千余家企业。", "千余家", "余"),
        ("全国7000多所学校。", "7000多所", "多"),
        ("打造千亿级碳纤维产业。", "千亿级", "级"),
    ],
)
def test_qualifiers(text: str, span: str, qualifier: str) -> None:
    m = one(text, span)
    assert m.qualifier == qualifier
    assert m.approx


def test_lower_bound_verbs_stay_outside() -> None:
    m = one("全社会用电量突破1000亿千瓦时。", "1000亿千瓦时")
    assert m.qualifier is None and m.approx
    m = one("可再生能源装机占比超过55%。", "55%")
    assert m.qualifier is None and m.approx
    assert not one("超过全国平均水平0.28个百分点。", "0.28个百分点").approx
    assert one("迈上1000亿斤新台阶。", "1000亿斤").qualifier is None


def test_hedge_outside_the_span() -> None:
    m = one("总量约占全市18%。", "18%")
    assert m.qualifier is None and m.approx
    m = one("地方级收入约占全市五分之一。", "五分之一")
    assert (m.kind, m.value, m.approx) == ("ratio", pytest.approx(0.2), True)


def test_order_of_magnitude_is_approx_except_steps() -> None:
    assert one("固定资产投资保持千亿元规模。", "千亿元").approx
    assert not one("地区生产总值跨越3个千亿元台阶。", "千亿元").approx
    assert not one("十件民生实事全面完成。", "十件").approx


def test_percent_and_points() -> None:
    m = one("增加值增长14.3%，增速高于全市5.3个百分点。", "14.3%")
    assert (m.kind, m.value, m.unit) == ("percent", 14.3, "%")
    m = one("增加值增长14.3%，增速高于全市5.3个百分点。", "5.3个百分点")
    assert (m.kind, m.value, m.unit) == ("percentage_point", 5.3, "个百分点")
    assert spans("分别占全市8%、11%。") == ["8%", "11%"]


def test_nfkc_view_with_original_offsets() -> None:
    text = "增长１４．３％，新增３个。"
    ms = extract_metrics(text)
    assert [m.text for m in ms] == ["１４．３％", "３个"]
    assert ms[0].value == 14.3 and ms[0].unit == "%"
    assert all(text[m.start : m.end] == m.text for m in ms)


def test_nfkc_expanding_characters_keep_offsets() -> None:
    text = "㎡㍱增长5%，㎡新增3个。"
    for m in extract_metrics(text):
        assert text[m.start : m.end] == m.text
    assert spans(text) == ["5%", "3个"]


# --- ranks ------------------------------------------------------------------------------------


def test_ranks() -> None:
    m = one("营收总量稳居全市第一。", "全市第一")
    assert (m.kind, m.value, m.unit) == ("rank", 1, None)
    assert one("吸引力攀升至世界第六。", "世界第六").value == 6
    assert one("营收居全市首位。", "全市首位").value == 1
    assert one("增幅居全国第7位。", "全国第7位").value == 7
    assert spans("加工量从全国第11位跃升至第4位。") == ["全国第11位", "第4位"]
    m = one("综合指标排名提升7位。", "7位")
    assert (m.kind, m.unit) == ("other", "位")
    assert spans("满意度连续两年全市第一。") == ["全市第一"]


def test_not_ranks() -> None:
    assert spans("成为全国第二个举办该赛事的城市。") == []
    assert spans("获批全国第11个创新型省份。") == []
    assert spans("进入全国第一方阵。") == []
    assert spans("全国首个数据商务区。全市首条步行街。首次评估。") == []


# --- ratios, ranges, fractions, N成, multipliers ---------------------------------------------------


def test_ratios() -> None:
    ms = extract_metrics("城乡居民收入比从2.50:1缩小至2.27:1。")
    assert [(m.text, m.kind, m.value) for m in ms] == [("2.50:1", "ratio", 2.5), ("2.27:1", "ratio", 2.27)]
    assert [m.subject for m in ms] == ["城乡居民收入比", "城乡居民收入比"]


def test_ranges() -> None:
    m = one("增长4.5%—5%。", "4.5%—5%")
    assert (m.kind, m.value, m.qualifier, m.approx) == ("percent", 4.5, None, True)
    m = one("新增3-5万人。", "3-5万人")
    assert m.value == pytest.approx(30000)


def test_fractions() -> None:
    m = one("约占全国1/10。", "1/10")
    assert (m.kind, m.value, m.approx) == ("ratio", pytest.approx(0.1), True)
    assert one("占五分之一。", "五分之一").value == pytest.approx(0.2)
    m = one("占比百分之五十。", "百分之五十")
    assert (m.kind, m.value) == ("percent", 50)
    m = one("全区一半以上水系实现连通。", "一半以上")
    assert (m.kind, m.value, m.qualifier) == ("ratio", 0.5, "以上")
    assert one("近半数指标提前完成。", "近半数").qualifier == "近"


def test_cheng() -> None:
    m = one("覆盖7成以上。", "7成以上")
    assert (m.kind, m.value, m.qualifier) == ("ratio", pytest.approx(0.7), "以上")
    assert one("占三成。", "三成").value == pytest.approx(0.3)
    assert spans("已经建成投用。形成合力。") == []


def test_multipliers() -> None:
    assert one("营业收入翻一番。", "翻一番").value == 2
    assert one("利润翻三番。", "翻三番").value == 8
    assert one("产值突破350亿元、实现倍增。", "倍增").value == 2
    assert "倍增" not in spans("实施倍增工程，激发倍增干劲。")
    m = one("保持两位数增长。", "两位数")
    assert (m.kind, m.value, m.unit, m.approx) == ("percent", 10, None, True)


def test_n_da() -> None:
    m = one("聚焦生物制药与高端医疗器械两大产业。", "两大")
    assert (m.kind, m.value, m.unit) == ("count", 2, None)
    assert one("新能源汽车等7大产业集群。", "7大").value == 7
    assert spans("深入贯彻党的二十大精神。") == []


# --- exclusions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2025年是收官之年。",
        "1—11月增长较快。",
        "前三季度服务消费。",
        "近三年实现发展。",
        "连续两年保持领先。",
        "“十四五”规划全面完成，“十五五”开局。",
        "完成京津冀协同发展三年行动计划。深化治本攻坚三年行动。",
        "纪念抗战胜利80周年。",
        "朝阳区第十七届人民代表大会第七次会议。",
        "温榆河公园二期开放。深化三级综治中心建设。两级融合示范园区。",
        "一是扩大内需，二是优化结构。",
        "紧扣“四个走在前”和“四大雄伟”。",
        "构建“3+N”产业体系，入选“1+3”榜单。",
        "互联网3.0保持领跑。PM2.5浓度下降。建设5G-A基站。",
        "千方百计稳就业，走进千家万户，亿万中原儿女。",
        "完成三间房等改革。一张蓝图绘到底。",
        "实施百亿斤粮食产能提升工程。",
        "重点做好八个方面工作。",
        "Ⅴ类及以下水体保持清零。",
        "连续45年无重大森林火灾。",
    ],
)
def test_exclusions(text: str) -> None:
    assert spans(text) == []


def test_measured_durations_are_metrics() -> None:
    m = one("审批时限压缩至3个工作日。", "3个工作日")
    assert m.kind == "other"
    assert one("政策再延长30年。", "30年").value == 30
    assert one("优良天数增加25天。", "25天").unit == "天"


def test_counts_exclude_the_noun() -> None:
    assert spans("圆满完成106项任务，对口帮扶11个地区。") == ["106项", "11个"]
    assert spans("落地20个市级以上标杆项目。") == ["20个"]
    assert spans("贡献9金、5银、6铜。") == ["9金", "5银", "6铜"]


# --- subjects and sections ------------------------------------------------------------------------


def test_subjects() -> None:
    assert one("金融业前三季度增加值增长14.3%。", "14.3%").subject == "金融业前三季度增加值"
    assert one("城镇新增就业1200万人。", "1200万人").subject == "城镇新增就业"
    assert one("推出319项基层创新项目。", "319项").subject == "基层创新项目"
    ms = extract_metrics("国家级企业、市级企业分别占全市8%、11%。")
    assert [m.subject for m in ms] == ["国家级企业", "市级企业"]
    ms = extract_metrics("常住人口城镇化率从75.6%提升至76.5%。")
    assert [m.subject for m in ms] == ["常住人口城镇化率", "常住人口城镇化率"]


def test_sections_callback() -> None:
    ms = extract_metrics("增长5%。增长6%。", lambda offset: "A" if offset < 5 else "B")
    assert [m.section for m in ms] == ["A", "B"]


def test_to_json_keys() -> None:
    m = extract_metrics("增长5%。")[0]
    assert list(m.to_json()) == [
        "start",
        "end",
        "text",
        "kind",
        "value",
        "unit",
        "qualifier",
        "approx",
        "subject",
        "section",
    ]


# --- real-report fixes (beijing, shanghai, guangdong …) ---------------------------------------------


def test_round_sum_as_a_rate_denominator_is_not_a_metric() -> None:
    text = "人均地区生产总值、全员劳动生产率和万元地区生产总值能耗等指标保持全国省级地区最优，万元GDP水耗下降。"
    assert "万元" not in spans(text)


def test_concentrations_and_compound_units() -> None:
    pm = one("细颗粒物年均浓度27微克/立方米、下降11.5%。", "27微克/立方米")
    assert (pm.kind, pm.value, pm.unit) == ("other", 27.0, "微克/立方米")
    per = one("PM2.5平均浓度降至28.5微克每立方米。", "28.5微克每立方米")
    assert per.unit == "微克/立方米"
    productivity = one("全员劳动生产率达58万元/人左右。", "58万元/人左右")
    assert (productivity.kind, productivity.value, productivity.unit) == ("amount", 580000.0, "元/人")
    assert productivity.qualifier == "左右" and productivity.approx
    capacity = one("危险废物利用处置能力达1459万吨/年。", "1459万吨/年")
    assert (capacity.kind, capacity.unit) == ("other", "吨/年")
    rate = one("死亡率控制在0.6人/百亿元以下。", "0.6人/百亿元以下")
    assert (rate.kind, rate.unit, rate.qualifier) == ("other", "人/百亿元", "以下")


def test_campaign_name_with_a_measure_is_not_a_metric() -> None:
    assert spans("深入实施0.1微克攻坚行动，新能源汽车保有量超130万辆。") == ["超130万辆"]


def test_lower_bound_verbs_make_a_figure_approximate() -> None:
    assert one("城镇新增就业不少于28万人。", "28万人").approx
    assert one("总投资不低于2000亿元。", "2000亿元").approx


def test_subject_does_not_swallow_the_previous_figure() -> None:
    found = extract_metrics("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点，平均压减时间58%、材料52%。")
    subjects = {m.text: m.subject for m in found}
    assert subjects["5.2万亿元"] == "全市地区生产总值"
    assert subjects["5.4%"] == "全市地区生产总值"
    assert subjects["0.4个百分点"] == "全市地区生产总值"
    assert subjects["52%"] == "材料"


def test_full_width_text_keeps_original_offsets() -> None:
    text = "增长１４．３％，Ⅱ类水体占比９０％……比上年提高５个百分点（３项）。"
    for m in extract_metrics(text):
        assert text[m.start : m.end] == m.text
    assert [(m.text, m.value) for m in extract_metrics(text)] == [
        ("１４．３％", 14.3),
        ("９０％", 90.0),
        ("５个百分点", 5.0),
        ("３项", 3.0),
    ]


# --- forms of the city and 2025 reports (issue 14; decisions in docs/metrics-guideline-notes.md) -----


def test_multiples_are_ratios_with_the_value_as_written() -> None:
    m = one("新能源汽车产量比上年增长19倍。", "19倍")
    assert (m.kind, m.value, m.unit, m.qualifier, m.approx) == ("ratio", 19.0, None, None, False)
    assert one("出口额增长2.0倍。", "2.0倍").value == 2.0
    assert one("投资5.2亿元、是上年的1.6倍。", "1.6倍").value == pytest.approx(1.6)
    # The verb outside the span does not change the value, so a list reads alike.
    ms = extract_metrics("高新技术企业数量分别增长3.2倍、2.5倍，营收分别增长1.1倍和4.3倍。")
    assert [(m.text, m.value) for m in ms] == [("3.2倍", 3.2), ("2.5倍", 2.5), ("1.1倍", 1.1), ("4.3倍", 4.3)]
    m = one("增长两倍以上。", "两倍以上")
    assert (m.value, m.qualifier, m.approx) == (2.0, "以上", True)
    assert (one("增长近7倍，", "近7倍").qualifier, one("增长2倍多。", "2倍多").qualifier) == ("近", "多")
    # Words that contain their own verb keep new/base (C4).
    assert one("营业收入翻一番。", "翻一番").value == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠及301户611人。", [("301户", 301.0, "户"), ("611人", 611.0, "人")]),
        ("新建13条15公里道路。", [("13条", 13.0, "条"), ("15公里", 15.0, "公里")]),
        ("消除4409户11730人返贫风险。", [("4409户", 4409.0, "户"), ("11730人", 11730.0, "人")]),
        ("监测对象6.1万户14.2万名。", [("6.1万户", 61000.0, "户"), ("14.2万名", 142000.0, "名")]),
        ("实施7个50亿元以上项目。", [("7个", 7.0, "个"), ("50亿元以上", 5e9, "元")]),
        ("建设2个20万吨级泊位。", [("2个", 2.0, "个"), ("20万吨级", 2e5, "吨")]),
        ("推出4批51项制度。", [("4批", 4.0, "批"), ("51项", 51.0, "项")]),
        ("勇夺4金1银1铜。", [("4金", 4.0, "金"), ("1银", 1.0, "银"), ("1铜", 1.0, "铜")]),
    ],
)
def test_adjacent_figures_without_a_separator(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(m.text, m.value, m.unit) for m in extract_metrics(text)] == [
        (t, pytest.approx(v), u) for t, v, u in expected
    ]


def test_adjacent_codes_stay_apart() -> None:
    assert spans("建成10个5G全连接工厂。") == ["10个"]


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("投入2000余万元。", "2000余万元", 2e7, "余"),
        ("投资千余万元。", "千余万元", 1e7, "余"),
        ("带动1亿余元消费。", "1亿余元", 1e8, "余"),
        ("投入三百余万元。", "三百余万元", 3e6, "余"),
        ("帮扶5万余人。", "5万余人", 5e4, "余"),
    ],
)
def test_yu_between_number_and_magnitude(text: str, span: str, value: float, qualifier: str) -> None:
    m = one(text, span)
    assert (m.value, m.qualifier, m.approx) == (pytest.approx(value), qualifier, True)


@pytest.mark.parametrize(
    ("text", "span", "unit", "value"),
    [
        ("举办80余场次活动。", "80余场次", "场次", 80),
        ("开展促消费活动2.9万场次。", "2.9万场次", "场次", 29000),
        ("近百场次招聘会。", "近百场次", "场次", 100),
        ("起降297架次。", "297架次", "架次", 297),
        ("惠及经营主体14.1万户次。", "14.1万户次", "户次", 141000),
        ("走访服务企业7.6万家次。", "7.6万家次", "家次", 76000),
        ("食品抽检超4万批次。", "超4万批次", "批次", 40000),
        ("开行1.2万车次。", "1.2万车次", "车次", 12000),
        ("接待邮轮91艘次。", "91艘次", "艘次", 91),
        ("投放消费券4轮次。", "4轮次", "轮次", 4),
        ("新建天然气井12口。", "12口", "口", 12),
    ],
)
def test_cumulative_counts(text: str, span: str, unit: str, value: float) -> None:
    m = one(text, span)
    assert (m.kind, m.unit, m.value) == ("count", unit, pytest.approx(value))


def test_livestock_with_an_alternative_measure_word() -> None:
    m = one("存栏18.4万头（只）。", "18.4万头（只）")
    assert (m.kind, m.value, m.unit) == ("count", pytest.approx(184000), "头")


@pytest.mark.parametrize(
    ("text", "span", "unit", "value", "qualifier"),
    [
        ("淘汰10蒸吨及以下燃煤锅炉。", "10蒸吨及以下", "蒸吨", 10, "及以下"),
        ("淘汰35蒸吨以下燃煤锅炉。", "35蒸吨以下", "蒸吨", 35, "以下"),
        ("淘汰10蒸吨/小时以下燃煤锅炉。", "10蒸吨/小时以下", "蒸吨/小时", 10, "以下"),
        ("发电量1007亿度、增长1%。", "1007亿度", "度", 1.007e11, None),
        ("收购烟叶135.37万担。", "135.37万担", "担", 1353700, None),
        ("为60周岁以上老人发放补贴。", "60周岁以上", "周岁", 60, "以上"),
    ],
)
def test_other_units_of_city_reports(text: str, span: str, unit: str, value: float, qualifier: str | None) -> None:
    m = one(text, span)
    assert (m.kind, m.unit, m.value, m.qualifier) == ("other", unit, pytest.approx(value), qualifier)


def test_ratio_colon_forms() -> None:
    m = one("城乡居民人均可支配收入比缩小至2.28∶1。", "2.28∶1")  # U+2236
    assert (m.kind, m.value, m.unit) == ("ratio", pytest.approx(2.28), None)
    m = one("农产品加工业产值与农业总产值之比突破1：1。", "1：1")  # full-width colon
    assert (m.value, m.approx) == (1.0, True)
    m = one("城乡居民收入比缩小至2.1∶1左右，", "2.1∶1左右")
    assert (m.value, m.qualifier, m.approx) == (pytest.approx(2.1), "左右", True)
    assert one("收入比收窄至2：1以内。", "2：1以内").qualifier == "以内"
    assert one("开工备案项目比例达到1∶3.4，", "1∶3.4").value == pytest.approx(1 / 3.4)
    # Three shares adding up to 100 are a structure even without 比 in the clause.
    assert spans("三次产业结构调整为8.3∶41.4∶50.3。") == ["8.3∶41.4∶50.3"]
    assert spans("发布时间2026-02-09 09:45:30") == []
    assert spans("比赛以3：1获胜。") == []


def test_slash_fractions() -> None:
    m = one("产量占全国1/4。", "1/4")
    assert (m.kind, m.value) == ("ratio", 0.25)
    assert one("每月拿出1/3以上精力。", "1/3以上").qualifier == "以上"


def test_ranks_with_digits_and_peer_groups() -> None:
    m = one("增速居全省第2。", "全省第2")
    assert (m.kind, m.value) == ("rank", 2.0)
    assert spans("成为全国第4个获批的城市。") == []
    assert spans("是全省第2个实现全覆盖的市。") == []
    assert one("数量居全国地级市第一。", "全国地级市第一").value == 1
    assert one("待遇水平稳居中部地区第1。", "中部地区第1").value == 1
    assert one("吞吐量居全国同类型港口第1。", "全国同类型港口第1").value == 1
    assert one("位列全国先进制造业百强市第18位、", "全国先进制造业百强市第18位").value == 18
    assert one("连续14年全省考核第1。", "全省考核第1").value == 1
    # A verb inside the phrase ends the scope; a grade (第一档, 第一等次) is no rank.
    assert spans("全市存贷款增速均居全省首位。") == ["全省首位"]
    assert spans("考核位列全区第一档次，跃居全国第一档。奋力夺取全省综合考核第一等次。") == []
    m = one("进入全国乡村振兴百强县前50强，", "全国乡村振兴百强县前50强")
    assert (m.value, m.approx) == (50, True)


def test_cheng_false_friends() -> None:
    assert spans("推进G5成绵扩容、G4215成自泸扩容。") == []
    assert spans("加快5成渝地区双城经济圈建设。") == []
    assert spans("智界S7成功上市。") == []
    assert [(m.text, m.value) for m in extract_metrics("占全国超4成，近八成投向民生。")] == [
        ("超4成", pytest.approx(0.4)),
        ("近八成", pytest.approx(0.8)),
    ]


def test_doubling_words() -> None:
    assert one("营收翻了一番。", "翻了一番").value == 2
    assert one("进出口总值实现翻番。", "翻番").value == 2
    m = one("居民人均可支配收入翻了七番以上，", "翻了七番以上")
    assert (m.value, m.qualifier, m.approx) == (128, "以上", True)
    assert spans("实施翻番工程。建设翻坝运输系统。") == []


def test_unit_nouns_before_a_figure_are_not_denominators() -> None:
    assert spans("新增绿色制造示范单位20家。") == ["20家"]
    assert one("补助标准提高到人均640元。", "640元").value == 640
    assert spans("每10万人拥有执业医师。单位万元地区生产总值能耗下降3%。") == ["3%"]


def test_suo_before_yishang() -> None:
    m = one("申创省级示范幼儿园4所以上。", "4所以上")
    assert (m.unit, m.qualifier) == ("所", "以上")


def test_inches() -> None:
    assert one("金泰光机电130英寸液晶显示。", "130英寸").kind == "length"
