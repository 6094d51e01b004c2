"""The outline of real government work reports (../shared/corpus), checked against headings read by hand.

The expected outlines below were written down from reading each report's text
(its 一、 parts and （一） sections, own-line or inline ``（一）标题。正文…``),
not copied from the parser. Besides what must be there, the tests pin what must
not: 一是… lead-ins, —— bullets and the ——2026年… subtitle, annex lists and
glossaries after the closing, page furniture, and the closing 各位代表！
paragraphs, which belong to no section.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from piyue.core.model import Document, Section
from piyue.core.outline.numbering import join_numbering
from piyue.core.readers import read_document

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

if not CORPUS.is_dir():
    pytest.skip(f"corpus not found at {CORPUS}", allow_module_level=True)

pytestmark = pytest.mark.corpus

ALL_REPORTS = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*.txt"))


@functools.cache
def load(name: str) -> Document:
    return read_document(CORPUS / name)


def rendered(sections: list[Section], depth: int = 0) -> list[str]:
    lines: list[str] = []
    for section in sections:
        lines.append("  " * depth + join_numbering(section.numbering, section.title))
        lines.extend(rendered(section.children, depth + 1))
    return lines


def levels(sections: list[Section], depth: int = 1) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for section in sections:
        out.append((section.level, depth))
        out.extend(levels(section.children, depth + 1))
    return out


# Read by hand: parts, then sections indented by two spaces.
EXPECTED: dict[str, str] = {
    "national-2024.txt": """
一、2023年工作回顾
二、2024年经济社会发展总体要求和政策取向
三、2024年政府工作任务
  （一）大力推进现代化产业体系建设，加快发展新质生产力
  （二）深入实施科教兴国战略，强化高质量发展的基础支撑
  （三）着力扩大国内需求，推动经济实现良性循环
  （四）坚定不移深化改革，增强发展内生动力
  （五）扩大高水平对外开放，促进互利共赢
  （六）更好统筹发展和安全，有效防范化解重点领域风险
  （七）坚持不懈抓好“三农”工作，扎实推进乡村全面振兴
  （八）推动城乡融合和区域协调发展，大力优化经济布局
  （九）加强生态文明建设，推进绿色低碳发展
  （十）切实保障和改善民生，加强和创新社会治理
""",
    "provinces-2026/beijing.txt": """
一、2025年工作回顾
二、“十四五”时期发展成就和“十五五”时期主要目标任务
三、2026年重点工作
  （一）深入落实城市总体规划，推动京津冀协同发展走深走实
  （二）增强内需主导能力，巩固拓展经济稳中向好势头
  （三）持续推动教育科技人才一体发展，构建有竞争优势的新质生产力发展格局
  （四）推进深层次改革高水平开放，增强高质量发展动力活力
  （五）丰富优质文化供给，增强全国文化中心影响力
  （六）加快超大城市发展方式转型，提升城市精细化治理水平
  （七）推进农业农村现代化，促进城乡区域协调发展
  （八）优化公共服务供给，解决好群众的身边事贴心事具体事
  （九）推动减污降碳扩绿协同增效，建设人与自然和谐共生的美丽北京
  （十）全面推进韧性城市建设，筑牢首都安全防线
""",
    # Parts without numbering, named by their wording.
    "provinces-2026/gansu.txt": """
“十四五”时期工作回顾
“十五五”时期的主要目标任务
2026年重点工作
  （一）放大促消费扩投资政策效应
  （二）加快建设现代化产业体系
  （三）持续释放改革开放动能活力
  （四）深化城乡融合和区域联动发展
  （五）坚决筑牢国家西部生态安全屏障
  （六）加快推进文旅强省建设
  （七）加大保障和改善民生力度
  （八）更好统筹发展和安全
""",
    # Two unnumbered parts; the second holds 一、…四、 with their （一） sections (inline and own-line).
    "provinces-2026/neimenggu.txt": """
“十四五”时期发展成就和2025年工作回顾
“十五五”时期主要目标和2026年重点工作
  一、把铸牢中华民族共同体意识作为民族地区各项工作的主线
    （一）加强中华民族共有精神家园建设
    （二）促进各民族广泛交往交流交融
    （三）健全贯彻主线要求制度机制
  二、深化落实习近平总书记和党中央赋予的五大战略定位和使命任务
    （一）坚持生态优先、绿色发展，筑牢我国北方重要生态安全屏障
    （二）更好统筹发展和安全，筑牢祖国北疆安全稳定屏障
    （三）大力发展现代能源经济，建设国家重要能源和战略资源基地
    （四）加快农牧业转型发展，建设国家重要农畜产品生产基地
    （五）以创建中国（内蒙古）自由贸易试验区为牵引，打造我国向北开放重要桥头堡
  三、全力抓好七项重点工作
    （一）立足壮大实体经济，建设体现内蒙古特色优势的现代化产业体系
    （二）大力推进创新驱动，因地制宜加快高水平科技自立自强
    （三）更加注重内需主导，深度对接全国统一大市场
    （四）持续深化改革攻坚，构建高水平社会主义市场经济体制
    （五）优化区域经济布局，提升协调发展水平
    （六）繁荣发展社会主义文化，建设文化强区
    （七）始终坚持民生为大，不断加大保障和改善民生力度
  四、把坚持党的全面领导贯穿政府工作各方面全过程
""",
    "provinces-2026/guangdong.txt": """
一、2025年和“十四五”时期工作回顾
二、“十五五”时期的主要目标和重点任务
三、2026年工作安排
  （一）久久为功推动粤港澳大湾区建设，打造富有活力和国际竞争力的一流湾区和世界级城市群
  （二）坚持实体经济为本、制造业当家，加快构建更加强大的现代化产业体系
  （三）打造具有全球影响力的产业科技创新中心，加快培育和发展新质生产力
  （四）推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资
  （五）坚定不移深化改革，充分激发全社会创新创造活力和高质量发展的澎湃动能
  （六）扩大高水平对外开放，在服务和融入新发展格局中展现更大作为
  （七）坚定自觉把“百县千镇万村高质量发展工程”持续抓下去，提升城乡区域发展平衡性协调性
  （八）推动城市高质量发展，建设现代化人民城市
  （九）推动海洋经济高质量发展，加快打造海上新广东
  （十）牢固树立和践行绿水青山就是金山银山的理念，加快建设美丽中国先行区
  （十一）繁荣发展社会主义文化，高水平推进文化强省建设
  （十二）用心用情用力办好群众身边大大小小的事，更好满足人民群众日益增长的美好生活需要
  （十三）统筹高质量发展和高水平安全，守牢安全发展底线
  （十四）全面加强政府自身建设，努力建设人民满意的法治政府、廉洁政府、服务型政府
""",
    "provinces-2026/hainan.txt": """
一、2025年和“十四五”时期工作回顾
二、“十五五”时期主要目标任务
三、2026年主要工作
  （一）聚力促进更高水平开放
  （二）聚力释放有效需求潜力
  （三）聚力构建现代化产业体系
  （四）聚力激发教育科技人才活力
  （五）聚力强化区域协调发展
  （六）聚力推动城乡融合发展
  （七）聚力打造美丽中国样板
  （八）聚力提高人民生活品质
  （九）聚力落实宏观经济政策
  （十）聚力筑牢安全发展底线
四、加强政府自身建设
""",
    # （三） is broken over two lines in this copy: "（" / "三）改革开放…".
    "provinces-2026/yunnan.txt": """
一、“十四五”时期和2025年工作回顾
  （一）经济运行顶住压力、稳中有进
  （二）产业发展提质增效、转型加快
  （三）改革开放持续深化、互促共进
  （四）城乡发展齐头并进、更趋协调
  （五）绿色本底不断夯实、愈加丰厚
  （六）民生保障稳步增进、可感可及
  （七）风险防控有力有效、底线稳固
二、“十五五”时期主要目标任务
  （一）现代化产业体系建设取得决定性进展
  （二）进一步全面深化改革取得决定性进展
  （三）美丽云南建设取得决定性进展
  （四）推进共同富裕取得决定性进展
  （五）构建新安全格局取得决定性进展
三、2026年重点工作
  （一）巩固壮大实体经济根基，纵深推进产业强省建设
  （二）促进消费和投资良性互动，有效释放内需潜力
  （三）一体推进教育科技人才发展，提升创新体系整体效能
  （四）推动改革开放走深走实，全面激活发展动力
  （五）加快农业农村现代化，扎实推进乡村全面振兴
  （六）深入推进以人为本的新型城镇化，加快建设现代化人民城市
  （七）持续提升生态环境质量，增强绿色发展动能
  （八）加大保障和改善民生力度，不断提高人民生活品质
  （九）统筹发展和安全，保持社会和谐稳定
""",
    # The ten 民生实事 after "各位代表！今年我们要…" inside （九） are a list, not subsections.
    "provinces-2026/zhejiang.txt": """
一、2025年主要工作和“十四五”发展成就
  （一）强化创新驱动发展，创新浙江建设成效明显
  （二）巩固实体经济根基，现代化产业体系建设步伐加快
  （三）千方百计扩大内需，高质量发展内生动力持续增强
  （四）扩大高水平对外开放，高能级开放强省建设蹄疾步稳
  （五）加大改革攻坚力度，营商环境持续优化
  （六）加快城乡区域一体融合发展，省域均衡发展水平不断提高
  （七）繁荣发展文化事业文化产业，高水平文化强省建设迈上新台阶
  （八）全力推进绿色低碳发展，美丽浙江品牌进一步擦亮
  （九）持续增进民生福祉，全体人民共同富裕取得新进展
  （十）切实筑牢安全防线，平安浙江法治浙江底座更加稳固
二、“十五五”时期的主要目标任务
  （一）聚焦加快建设创新浙江，因地制宜发展新质生产力
  （二）聚焦服务融入新发展格局，有效畅通经济循环、促进内外联动
  （三）聚焦担负起新时代的文化使命，不断激发文化创新创造活力
  （四）聚焦共同富裕先行示范，推动城乡一体融合高质量发展
  （五）聚焦经济社会全面绿色转型，加快建设更高水平生态省
  （六）聚焦统筹发展和安全，打造更高水平平安浙江法治浙江
三、2026年重点工作
  （一）着力提振市场信心增强社会预期
  （二）着力提升创新体系整体效能
  （三）着力完善以先进制造业为骨干的现代化产业体系
  （四）着力推动消费转型升级
  （五）着力抓项目优投资促招商
  （六）着力全面深化改革扩大高水平对外开放
  （七）着力推动城乡区域协调发展
  （八）着力增强群众获得感幸福感安全感
  （九）着力促进高质量发展和高水平安全良性互动
  （十）着力加强政府自身建设
""",
    "provinces-2026/sichuan.txt": """
一、2025年工作回顾和“十四五”发展主要成绩
二、“十五五”发展的主要考虑
三、2026年工作安排
  （一）突出扩大内需战略基点，更大力度统筹促消费扩投资
  （二）突出科技创新全链发力，加紧培育壮大发展新动能
  （三）突出壮大实体经济根基，加快建设现代化产业体系
  （四）突出深化改革扩大开放，着力增强发展动力活力
  （五）突出相互赋能协同联动，构建区域协调发展新格局
  （六）突出城乡融合一体发展，统筹新型城镇化和乡村全面振兴
  （七）突出加快全面绿色转型，持续筑牢长江黄河上游生态屏障
  （八）突出提高民生工作质效，更好满足人民群众对美好生活的向往
  （九）突出发展安全良性互动，建设更高水平平安四川法治四川
  （十）突出政府履职效能，切实加强自身建设
""",
    "provinces-2026/jiangxi.txt": """
一、2025年工作及“十四五”时期发展回顾
二、“十五五”时期发展的主要考虑
  （一）关于“十五五”时期发展的时代背景
  （二）关于“十五五”时期发展的总体要求
  （三）关于“十五五”时期发展的主要目标
  （四）关于“十五五”时期发展的重点任务
三、2026年工作安排
  （一）聚焦服务和融入构建新发展格局，充分挖掘释放内需潜力
  （二）聚焦加快构建体现江西特色和优势的现代化产业体系，深化实施“1269”行动计划
  （三）聚焦因地制宜发展新质生产力，推进科技创新和产业创新深度融合
  （四）聚焦增强高质量发展动力活力，加快内陆地区改革开放高地建设
  （五）聚焦提高全域发展整体效能，促进区域城乡协调联动发展
  （六）聚焦扎实推进全体人民共同富裕，加大保障和改善民生力度
  （七）聚焦打造国家生态文明建设高地，加快经济社会发展全面绿色转型
  （八）聚焦建设更高水平平安江西，加强安全体系和能力建设
""",
}

TITLES = {
    "national-2024.txt": "政府工作报告",
    "provinces-2026/beijing.txt": "2026年北京市政府工作报告",
    "provinces-2026/gansu.txt": "2026年甘肃省政府工作报告",
    "provinces-2026/guangdong.txt": "政府工作报告",
    "provinces-2026/yunnan.txt": "2026年政府工作报告",
    "provinces-2026/sichuan.txt": "2026年四川省人民政府工作报告",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outline_read_by_hand(name: str) -> None:
    document = load(name)
    expected = [line for line in EXPECTED[name].strip("\n").split("\n")]
    assert rendered(document.sections) == expected
    assert all(level == depth for level, depth in levels(document.sections))


@pytest.mark.parametrize("name", sorted(TITLES))
def test_document_title(name: str) -> None:
    assert load(name).title == TITLES[name]


def _line_offset(document: Document, prefix: str, nth: int = 0) -> int:
    """Offset of the first character of the ``nth`` line starting with ``prefix``."""
    hits = [m.start(1) for m in re.finditer(r"(?m)^[ \t\u3000]*(" + re.escape(prefix) + ")", document.text)]
    assert len(hits) > nth, f"no line starting with {prefix!r}"
    return hits[nth]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_front_matter_and_closing_belong_to_no_section(name: str) -> None:
    document = load(name)
    text = document.text
    first = document.sections[0]
    opening = _line_offset(document, "各位代表：")
    assert opening < first.start
    for offset in (0, opening, first.start - 1):
        assert document.section_path_at(offset) == []
    last_end = max(s.end for s in document.walk())
    closing = [m.start() for m in re.finditer(r"(?m)^各位代表[！!，,]", text) if m.start() >= last_end]
    assert closing, "the closing 各位代表！ paragraph follows the last section"
    for offset in closing:
        assert document.section_path_at(offset) == []
    # The very last words of the speech are outside every section too.
    final = text.rfind("各位代表")
    assert document.section_path_at(final) == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_lead_ins_bullets_or_subtitles(name: str) -> None:
    document = load(name)
    for section in document.walk():
        assert not re.match(r"[一二三四五六七八九十]是", section.title), section.title
        assert not section.title.startswith("——"), section.title
        assert "在" not in section.title or "会议上" not in section.title, section.title  # the subtitle
        line_start = document.text.rfind("\n", 0, section.start) + 1
        assert not document.text[line_start : section.start].strip(), "a heading starts its line"


def test_gansu_bullets_and_lead_ins_stay_in_their_part() -> None:
    document = load("provinces-2026/gansu.txt")
    bullet = _line_offset(document, "——这是追赶进位")
    assert [s.title for s in document.section_path_at(bullet)] == ["“十四五”时期工作回顾"]
    lead_in = _line_offset(document, "一是高质量发展水平明显提升")
    assert [s.title for s in document.section_path_at(lead_in)] == ["“十五五”时期的主要目标任务"]
    subtitle = _line_offset(document, "——二〇二六年一月二十七日")
    assert document.section_path_at(subtitle) == []


def test_national_inline_sections_end_at_the_first_full_stop() -> None:
    document = load("national-2024.txt")
    part = document.sections[2]
    text = document.text
    for section in part.children:
        assert section.inline
        assert text[section.title_end] == "。"
        assert section.heading_end == section.title_end + 1
    lead_in = _line_offset(document, "一是加大宏观调控力度")
    assert [s.title for s in document.section_path_at(lead_in)] == ["2023年工作回顾"]


def test_guangdong_annexes_are_not_in_the_outline() -> None:
    document = load("provinces-2026/guangdong.txt")
    annex = _line_offset(document, "附件1")
    glossary = _line_offset(document, "名词解释")
    titles = [s.title for s in document.walk()]
    assert not any(s.end > annex for s in document.walk())
    assert "提高低保、特困人员、孤儿基本生活与残疾人两项补贴和重点群体救助保障水平" not in titles
    assert not any("四上" in t or "标准海" in t for t in titles)
    for offset in (
        annex,
        _line_offset(document, "一、提高低保"),
        _line_offset(document, "十、深入推进"),
        glossary,
        _line_offset(document, "1.“四上”企业"),
        _line_offset(document, "13.“标准海”"),
    ):
        assert document.section_path_at(offset) == []
    # The broken line "PM" / "2.5" / … is not a 2. heading.
    assert not any(s.numbering and s.numbering.startswith("2") for s in document.walk())
    assert len([s for s in document.walk() if s.numbering == "一、"]) == 1


def test_jiangxi_glossary_is_not_in_the_outline() -> None:
    document = load("provinces-2026/jiangxi.txt")
    annex = _line_offset(document, "附件")
    assert not any(s.end > annex for s in document.walk())
    for prefix in ("《政府工作报告》有关内容名词注释", "1.“2030启航计划”", "26.治安“三张图”"):
        assert document.section_path_at(_line_offset(document, prefix)) == []
    assert all(s.numbering is None or not s.numbering[0].isdigit() for s in document.walk())


def test_sichuan_glossary_and_page_trailer_are_not_in_the_outline() -> None:
    document = load("provinces-2026/sichuan.txt")
    glossary = _line_offset(document, "名词解释")
    assert not any(s.end > glossary for s in document.walk())
    for prefix in ("1.“两重”", "20.“一件事”", "责任编辑", "扫一扫在手机打开当前页", "打印本页"):
        assert document.section_path_at(_line_offset(document, prefix)) == []
    # The copy repeats the title and the opening after the page trailer: no second outline.
    assert len(document.sections) == 3


def test_hainan_notes_are_not_in_the_outline() -> None:
    document = load("provinces-2026/hainan.txt")
    notes = _line_offset(document, "注释")
    assert not any(s.end > notes for s in document.walk())
    assert document.section_path_at(_line_offset(document, "［1］一降三减")) == []
    # Topic sentences (大力提振消费。) are not headings unless asked for.
    assert "大力提振消费" not in [s.title for s in document.walk()]


def test_zhejiang_livelihood_list_is_not_subsections() -> None:
    document = load("provinces-2026/zhejiang.txt")
    item = _line_offset(document, "1.医疗卫生方面")
    path = [s.numbering for s in document.section_path_at(item)]
    assert path == ["三、", "（九）"]
    assert not any(s.numbering and s.numbering[0].isdigit() for s in document.walk())


def test_neimenggu_annex_list_is_not_in_the_outline() -> None:
    document = load("provinces-2026/neimenggu.txt")
    annex = _line_offset(document, "附件")
    assert not any(s.end > annex for s in document.walk())
    assert document.section_path_at(_line_offset(document, "10.发放城镇住房保障家庭租赁补贴")) == []


FURNITURE = (
    "下载",
    "打印",
    "全屏",
    "收藏",
    "【字号：",
    "【字体：",
    "来源：",
    "时间：",
    "相关报道：",
    "分享到",
    "您的位置",
    "首页",
)


@pytest.mark.parametrize(
    "name",
    [
        "provinces-2026/beijing.txt",
        "provinces-2026/yunnan.txt",
        "provinces-2026/sichuan.txt",
        "provinces-2026/gansu.txt",
    ],
)
def test_page_furniture_is_outside_the_outline(name: str) -> None:
    document = load(name)
    titles = [s.title for s in document.walk()]
    for word in FURNITURE:
        assert not any(t.startswith(word) for t in titles)
        for m in re.finditer(r"(?m)^" + re.escape(word), document.text):
            assert document.section_path_at(m.start()) == [], (word, m.start())


# --- every report of the corpus -----------------------------------------------------------------


def _check_nesting(sections: list[Section], lo: int, hi: int, parent_level: int) -> None:
    previous_end = lo
    for section in sections:
        assert section.level > parent_level
        assert lo <= section.start < section.end <= hi
        assert section.start >= previous_end, "siblings are ordered and do not overlap"
        previous_end = section.end
        _check_nesting(section.children, section.heading_end, section.end, section.level)


@pytest.mark.parametrize("name", ALL_REPORTS)
def test_every_report(name: str) -> None:
    document = load(name)
    text = document.text
    assert document.format == "text"
    assert len(document.sections) >= 2, "at least two top-level parts"
    assert document.title
    _check_nesting(document.sections, 0, len(text), 0)
    starts = [s.start for s in document.walk()]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    for section in document.walk():
        assert section.title and len(section.title) <= 80, section.title
        assert not re.match(r"[一二三四五六七八九十]是", section.title), section.title
        assert not section.title.startswith("——"), section.title
        assert section.start <= section.title_start < section.title_end <= section.heading_end <= section.end
        assert text[section.title_start : section.title_end].replace("\n", "") == section.title
        head = text[section.start : section.title_start].replace("\n", "").strip()
        assert head == (section.numbering or ""), (head, section.numbering)
        assert not text[section.end - 1].isspace()
    for block in document.blocks:
        assert 0 <= block.start < block.end <= len(text)
    # The speech's last paragraph (the final 各位代表) is outside every section.
    assert document.section_path_at(text.rfind("各位代表")) == []


def test_corpus_has_all_reports() -> None:
    assert len(ALL_REPORTS) == 32
