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
from piyue.core.outline.numbering import join_numbering, match_marker
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

# City reports (cities-2024/), read by hand against their text: the forms issue 14 lists.
CITY_EXPECTED: dict[str, str] = {
    # Unnumbered part lines, each holding a 一、 list that restarts: 一、…五、 then 一、…七、.
    "乌鲁木齐": """
2023年工作回顾
  一、社会大局和谐稳定
  二、经济发展稳中有进
  三、改革开放持续深化
  四、城市环境更加宜居
  五、民生保障持续加强
2024年重点工作
  一、始终把维护社会稳定摆在首位
  二、抓实铸牢中华民族共同体意识各项工作
  三、着力推动经济高质量发展
  四、全面深化改革开放
  五、建好人民满意城市
  六、持续增进民生福祉
  七、加强政府自身建设
""",
    # No 各位代表 at the top; unnumbered parts, 一、…七、 then 一、…九、.
    "阿坝": """
2023年工作回顾
  一、生态建设绘就新画卷
  二、经济发展实现新突破
  三、乡村振兴呈现新景象
  四、民生改善取得新成效
  五、改革开放释放新动能
  六、安全治理构建新格局
  七、自身建设迈出新步伐
2024年工作安排
  一、在筑牢生态屏障上持续发力，打好“护绿增绿”主动战
  二、在深化改革开放上协同发力，打好“破旧立新”进击战
  三、在补齐基础短板上加速发力，打好“设施建设”大会战
  四、在构建产业体系上精准发力，打好“经济突围”翻身战
  五、在激发内需潜力上同向发力，打好“挖潜扩容”升级战
  六、在推动乡村振兴上全面发力，打好“城乡融合”攻坚战
  七、在增进民生福祉上统筹发力，打好“幸福指数”提升战
  八、在增强安全韧性上稳步发力，打好“社会安宁”守卫战
  九、在优化政府形象上靶向发力，打好“作风建设”持久战
""",
    "资阳": """
2023年工作回顾
  一、全力以赴稳定经济增长，发展质效稳步提升
  二、坚定不移抓好“三件大事”，发展动能更加强劲
  三、集中力量打好“三大会战”，发展支撑更为有力
  四、坚持不懈深化“N项改革”，发展活力加速释放
  五、用心用情增进民生福祉，发展成果全民共享
  六、持续用力转作风提效能，自身建设不断加强
2024年工作安排
  一、聚力战略引领，提升区域协同发展能级
  二、聚力投资拉动，扎实推进重大项目建设
  三、聚力提质增效，加快推动产业转型升级
  四、聚力蓄势赋能，持续深化改革开放创新
  五、聚力城乡融合，打造高品质生活宜居地
  六、聚力惠民利民，提高人民群众幸福指数
  七、聚力依法高效，全面加强政府自身建设
""",
    # Unnumbered parts; the last one has no year (持之以恒加强政府自身建设).
    "南充": """
2023年工作回顾
2024年工作安排建议
  （一）坚定推进制造强市，加快提振壮大工业经济
  （二）挖掘培育有效需求，全力拓展经济增长空间
  （三）持续增强内生动力，激发高质量发展新动能
  （四）着力提升能级品质，推动城市发展可感可及
  （五）坚持抓两端畅中间，更好促进城乡融合发展
  （六）全面优化营商环境，充分激发经营主体活力
  （七）加快建设美丽南充，持续筑牢绿色生态屏障
  （八）始终坚持有感发展，倾力倾情保障改善民生
持之以恒加强政府自身建设
  （一）强化政治引领，铸牢忠诚之魂
  （二）强化依法行政，厚植法治之基
  （三）强化效能建设，大兴实干之风
  （四）强化正风肃纪，坚守清廉之本
""",
    "广安": """
2023年工作回顾
2024年工作建议
  一、聚力做强成渝中部支撑，推动同城融圈全面成势
  二、聚力攻坚产业转型升级，筑牢现代产业四梁八柱
  三、聚力释放投资消费潜能，壮大经济增长动力引擎
  四、聚力打好基础建设硬仗，厚植区域发展承载优势
  五、聚力深化系统集成改革，激发创新创造内生动力
  六、聚力跃升县域经济能级，引领城乡融合全面振兴
  七、聚力改善民生社会事业，创造普及普惠共富成果
  八、聚力守牢安全发展底线，维护社会大局和谐稳定
政府自身建设
""",
    # A newspaper copy: the running header 政 府 工 作 报 告 inside the review is not a heading.
    "岳阳": """
2023年工作回顾
2024年工作安排
  一、立稳实体经济重要支柱，夯实高质量发展根基
  二、把握扩大内需战略基点，打造高质量发展引擎
  三、筑牢对外开放前沿阵地，放大高质量发展优势
  四、挖掘县域经济内在潜能，补齐高质量发展短板
  五、扛牢生态保护政治责任，厚植高质量发展底色
  六、用好改革创新万能钥匙，激活高质量发展动能
  七、做实城市提质精细文章，拓展高质量发展空间
  八、描绘乡村振兴秀美画卷，加固高质量发展底座
  九、坚持共同富裕价值主线，共享高质量发展成果
全面加强政府自身建设
""",
    # The whole report on one line, spaces where the print wrapped, page footers — 12 — inside.
    "枣庄": """
一、2023年工作回顾
二、2024年工作安排
  （一）聚力加快产业升级，夯实高质量发展支撑
  （二）聚力深化创新驱动，培育高维度竞争优势
  （三）聚力拓展市场空间，构建高水平开放格局
  （四）聚力推动城市焕新，打造高能级鲁南门户
  （五）聚力推进乡村振兴，绘就高起点共富画卷
  （六）聚力深耕绿色转型，厚植高颜值生态基底
  （七）聚力增进群众福祉，扩大高品质服务供给
  （八）聚力防控风险挑战，筑牢高标准安全屏障
三、加强政府自身建设
  （一）坚决做到立场坚定、对党忠诚
  （二）坚决做到依法行政、秉公用权
  （三）坚决做到勤政为民、实干担当
  （四）坚决做到作风过硬、廉洁从政
""",
    # One line, paragraphs separated by \u3000\u3000; the review uses —— bullets.
    "潍坊": """
一、2023年工作回顾
二、2024年政府工作安排
  （一）聚力推动经济平稳增长
  （二）聚力促进产业做优做强
  （三）聚力推进乡村全面振兴
  （四）聚力增强城市能级活力
  （五）聚力深化改革扩大开放
  （六）聚力加快文化繁荣发展
  （七）聚力守牢安全发展底线
  （八）聚力保障和改善民生
三、全面加强政府自身建设
""",
    # Indented with EM SPACE; inline sections.
    "宜昌": """
一、2023年工作回顾
  （一）精准施策、靶向用力，经济大盘更加稳健
  （二）集群发展、链上发力，转型步伐更加坚实
  （三）提质增能、统筹聚力，城乡面貌更加靓丽
  （四）勇于革新、向内使力，营商环境更加优化
  （五）共同缔造、倾情倾力，民生保障更加暖心
二、2024年工作思路和重点任务
  （一）坚持以进促稳，加快推动经济量质齐升
  （二）坚持集中集聚，加快推动产业焕新升级
  （三）坚持集中集约，加快推动城市内涵发展
  （四）坚持强县富民，加快推动乡村全面振兴
  （五）坚持降本增效，加快推动优环境壮主体
  （六）坚持生态优先，加快推动绿色低碳转型
  （七）坚持共建共享，加快推动民生福祉改善
三、努力打造更强执行力的效能型政府
""",
    # ASCII brackets; (五) lost its line break and runs on in (四)'s paragraph.
    "淮安": """
一、2023年工作回顾
  (一) 经济运行在精准施策中率先回升向好
  (二) 工业强市在项目攻坚中厚积强劲动能
  (三) 创新能力在产才融合中实现快速提升
  (四) 改革开放在高效协同中充分释放活力
  (五) 城乡面貌在融合发展中加快优化提升
  (六) 生态环境在系统治理中不断夯实根基
  (七) 群众生活在惠民利民中得到持续改善
  (八) 社会大局在治理创新中保持和谐稳定
二、2024年工作安排
  (一) 更大力度推动项目攻坚取得新成效
  (二) 更大力度推动工业强市取得新成效
  (三) 更大力度推动创新驱动取得新成效
  (四) 更大力度推动改革开放取得新成效
  (五) 更大力度推动乡村振兴取得新成效
  (六) 更大力度推动县域振兴取得新成效
  (七) 更大力度推动城市建设取得新成效
  (八) 更大力度推动生态建设取得新成效
  (九) 更大力度推动民生改善取得新成效
  (十) 更大力度推动安全发展取得新成效
三、全面加强政府自身建设
""",
    # The copy starts inside the review; 三、 is followed by its body after an EN SPACE.
    "柳州": """
（一）着力转方式、调结构，产业转型步伐持续加快
（二）着力推项目、扩投资，经济发展后劲持续积蓄
（三）着力挖潜力、拓市场，消费活力持续迸发
（四）着力兴产业、强三农，乡村振兴基础持续夯实
（五）着力优布局、美环境，城市功能品质持续提升
（六）着力抓改革、促开放，发展内生动力持续增强
（七）着力惠民生、保安全，人民生活持续改善
（八）着力提效能、转作风，政府自身建设持续加强
二、2024年工作安排
  （一）坚定不移推进新型工业化，奋力建设现代制造城
  （二）坚定不移扩大有效投资，推动重大项目建设提速提质
  （三）坚定不移激发消费潜能，推动服务业优质高效发展
  （四）坚定不移推进乡村振兴，扎实推进农业农村现代化建设
  （五）坚定不移统筹城乡发展，加快推进新型城镇化建设步伐
  （六）坚定不移深化改革开放，有效激发市场活力和社会创造力
  （七）坚定不移推动绿色发展，不断擦亮美丽宜居柳州绿色底色
  （八）坚定不移增进民生福祉，更好满足人民对美好生活新期待
三、全面加强政府自身建设
  （一）始终坚持忠诚为政
  （二）始终坚持实干兴政
  （三）始终坚持依法行政
  （四）始终坚持廉洁从政
""",
    # EN SPACE lines between paragraphs; own-line sections in the plan.
    "池州": """
一、2022年工作回顾
  （一）突出助企纾困，推动经济平稳健康发展
  （二）突出项目引领，加快推进产业集群集聚
  （三）突出生态优先，大力推动绿色低碳发展
  （四）突出协调共进，促进更高品质城乡融合
  （五）突出市场导向，深入推进改革开放创新
  （六）突出人民至上，千方百计保障改善民生
二、2023年工作安排
  （一）坚定不移推进产业强市
  （二）坚定不移扩大有效投资
  （三）坚定不移推进科教兴市
  （四）坚定不移推进城乡融合发展
  （五）坚定不移推动绿色发展
  （六）坚定不移深化改革开放
  （七）坚定不移增进民生福祉
  （八）坚定不移守好安全发展底线
三、切实加强政府自身建设
""",
    # The ten 民生实事 1.…10. after the closing are not subsections.
    "黄石": """
一、2023年工作回顾
  （一）经济运行整体向好、进中提质，主要经济指标增速保持全省第一方阵
  （二）创新动能全面增强，产业转型升级取得突破性进展
  （三）城市品质明显提升，向现代化大城市加速迈进
  （四）开放优势日益扩大，融入武汉都市圈步伐加快
  （五）乡村振兴深入实施，农业农村短板弱项加快补齐
  （六）民生福祉持续改善，美好环境和幸福生活共同缔造成效显著
  （七）风险防范有力有效，社会大局持续保持和谐稳定
二、2024年总体要求
三、2024年工作安排
  （一）坚持科技引领、集群强链，持续推进新型工业化和工业强市建设
  （二）坚持激活消费、优化投资，持续扩大有效需求
  （三）坚持先立后破、深化改革，持续增强转型升级和高质量发展动力
  （四）坚持融圈入群、聚力发展，持续扩大高水平对外开放
  （五）坚持有机更新、精细管理，持续提升城市功能品质
  （六）坚持城乡融合、区域协调，持续推进强县工程和乡村全面振兴
  （七）坚持生态优先、绿色发展，持续绘就美丽黄石最美底色
  （八）坚持尽力而为、量力而行，持续兜住兜准兜牢民生底线
  （九）坚持安全发展、精准施策，持续有效防范化解重点领域风险
  （十）坚持敢作善为、高效落实，持续打造人民满意政府
""",
    # The copy lost its part lines: the review's sections （一）…（七） and the plan's （一）…（十）
    # follow each other at the top level, the numbering starting again.
    "梧州": """
（一）持续抓工业促转型，发展新动能进一步积蓄
（二）持续抓项目优服务，重大项目建设进一步提速
（三）持续抓农业促增收，乡村振兴支撑进一步夯实
（四）持续抓三产挖潜力，消费恢复基础进一步筑牢
（五）持续抓改革促开放，发展动力活力进一步增强
（六）持续抓生态优环境，绿色发展成色进一步凸显
（七）持续惠民生防风险，群众获得感进一步提升
（一）以非常力度做好强产业文章，加快构建现代化产业体系
（二）以非常力度推进重大项目建设，努力形成更多有效投资
（三）以非常力度推动服务业扩量提质，加快消费回暖向好
（四）以非常力度推进对内对外开放，建设大湾区重要战略腹地先行区
（五）以非常力度发展现代特色农业，推进乡村全面振兴
（六）以非常力度推进城市建设，加快城乡融合发展
（七）以非常力度推进改革创新，打造国内国际双循环市场经营便利地
（八）以非常力度加强生态环境保护，全面推进美丽梧州建设
（九）以非常力度办好民生实事，用心用情提高人民生活品质
（十）以非常力度筑牢安全发展底线，建设更高水平的平安梧州
""",
    # The review (—— bullets, then 一是…三是 paragraphs) and the plan (一是…十是 paragraphs that open
    # with a sentence, 一是做强做优实体经济，…。) use lead-ins, not headings (DESIGN §3): parts only.
    # Own-line 一是 lines without 。 (provinces-2025/gansu.txt) are sections.
    "扬州": """
一、2023年工作回顾
二、2024年主要任务
三、加强政府自身建设
""",
    # Spaced title 政 府 工 作 报 告, a speaker line with an EN SPACE.
    "黔东南": """
一、2023年工作回顾
  （一）全力稳增长促发展，推动经济回升向好
  （二）全力扬优势强产业，发展质效持续提升
  （三）全力补短板惠民生，居民生活水平显著改善
  （四）全力防风险保稳定，社会大局平稳有序
  （五）全力抓改革促开放，发展动力活力加速释放
  （六）全力转作风抓落实，政府效能有效提升
二、2024年工作安排
  （一）坚定不移扩大需求，推动经济稳定增长
  （二）坚定不移狠抓主导产业，加快推进新型工业化发展
  （三）坚定不移巩固拓展脱贫攻坚成果，全面推进乡村振兴
  （四）坚定不移推进旅游产业化，加快打造国内外知名民族文化旅游目的地
  （五）坚定不移深化改革开放，全力激发市场活力
  （六）坚定不移厚植生态优势，建设美丽黔东南
  （七）坚定不移防范化解各类风险，维护安全稳定发展环境
  （八）坚定不移保障和改善民生，不断增进民生福祉
""",
}


@pytest.mark.parametrize("city", sorted(CITY_EXPECTED))
def test_city_outline_read_by_hand(city: str) -> None:
    document = load(f"cities-2024/{city}.txt")
    assert rendered(document.sections) == CITY_EXPECTED[city].strip("\n").split("\n")
    assert all(level == depth for level, depth in levels(document.sections))


def test_spaced_title_and_running_header() -> None:
    assert load("cities-2024/黔东南.txt").title == "政府工作报告"
    document = load("cities-2024/岳阳.txt")
    header = _line_offset(document, "政 府 工 作 报 告")
    kinds = {b.start: b.kind.value for b in document.blocks}
    assert kinds[header] == "furniture"
    # A stray crawler line before the title is furniture, not the title.
    national = load("national-2025.txt")
    assert national.title != "未知标题"


def test_own_line_shi_sections_and_shi_paragraphs() -> None:
    """gansu 2025: the plan's sections are own-line 一是…八是; the review's 一是… paragraphs are not."""
    document = load("provinces-2025/gansu.txt")
    review, _, plan = document.sections
    assert review.children == []
    assert [s.numbering for s in plan.children] == ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"]
    assert plan.children[0].title == "聚焦全方位扩大内需，着力提消费促投资"


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


# Copies whose source text is damaged, checked by reading them: the sweep's absurdity checks
# expect exactly these faults and nothing else.
SOURCE_FAULTS: dict[str, str] = {
    # The copy holds only the review (一、2023年工作回顾 and its five sections).
    "cities-2024/日照.txt": "one part",
    # Every heading line was lost in this copy: paragraphs only.
    "cities-2024/绵阳.txt": "no headings",
    # The copy starts inside the review (its 一、 line is lost): （一）…（八） then 二、, 三、.
    "cities-2024/柳州.txt": "starts at 二、",
    # Lines lost their beginnings: 二、2024年… and the plan's （三）（五）（六） are gone.
    "cities-2024/马鞍山.txt": "gaps",
}


def numbering_gaps(sections: list[Section]) -> list[str]:
    """Sibling numbering that neither continues (n+1) nor restarts (1), or starts above 1."""
    gaps: list[str] = []
    previous: dict[str, int] = {}
    for section in sections:
        marker = match_marker(section.numbering) if section.numbering else None
        if marker is not None:
            last = previous.get(marker.style)
            if marker.value not in ((last or 0) + 1, 1):
                gaps.append(f"{last} → {section.numbering}")
            previous[marker.style] = marker.value
        gaps.extend(numbering_gaps(section.children))
    return gaps


def _check_nesting(sections: list[Section], lo: int, hi: int, parent_level: int) -> None:
    previous_end = lo
    for section in sections:
        assert section.level > parent_level
        assert lo <= section.start < section.end <= hi
        assert section.start >= previous_end, "siblings are ordered and do not overlap"
        previous_end = section.end
        _check_nesting(section.children, section.heading_end, section.end, section.level)


def _starts_a_paragraph(text: str, offset: int) -> bool:
    """A heading starts its line, or (in a copy that lost its line breaks) follows a sentence end."""
    before = text[max(0, offset - 12) : offset].rstrip(" \t\u3000\u00a0\u2002\u2003")
    before = re.sub(r"[—－-]{1,2} ?\d{1,3} ?[—－-]{1,2}$", "", before).rstrip(" \u3000")
    return not before or before.endswith(("\n", "。", "！", "？", "：", "；", "”", "!", "?", ":", ";"))


@pytest.mark.parametrize("name", ALL_REPORTS)
def test_every_report(name: str) -> None:
    """No crash and no absurd outline: parts, no gaps, headings a title long, well nested."""
    document = load(name)
    text = document.text
    assert document.format == "text"
    fault = SOURCE_FAULTS.get(name)
    if fault != "no headings":
        assert document.section_count >= 2, "more than one section"
    if fault not in ("one part", "no headings"):
        assert len(document.sections) >= 2, "at least two top-level parts"
    if fault not in ("gaps", "starts at 二、"):
        assert numbering_gaps(document.sections) == []
    assert document.title
    _check_nesting(document.sections, 0, len(text), 0)
    starts = [s.start for s in document.walk()]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    for section in document.walk():
        # A heading is a title, never a paragraph: at most a sentence, without a sentence end.
        assert section.title and len(section.title) <= 50, section.title
        assert not any(ch in section.title for ch in "。！？!?"), section.title
        assert not re.match(r"[一二三四五六七八九十]是", section.title), section.title
        assert not section.title.startswith("——"), section.title
        assert section.start <= section.title_start < section.title_end <= section.heading_end <= section.end
        assert text[section.title_start : section.title_end].replace("\n", "") == section.title
        head = text[section.start : section.title_start].replace("\n", "").strip()
        assert head == (section.numbering or ""), (head, section.numbering)
        assert not text[section.end - 1].isspace()
        assert _starts_a_paragraph(text, section.start), section.title
    for block in document.blocks:
        assert 0 <= block.start < block.end <= len(text)
    # The speech's last paragraph (各位代表！… or 让我们…) is outside every section.
    last = [b for b in document.blocks if b.kind.value == "paragraph"][-1]
    if document.sections and (text.startswith("各位代表", last.start) or "让我们" in text[last.start : last.end]):
        assert document.section_path_at(last.start) == []


def test_corpus_has_all_reports() -> None:
    cities = [name for name in ALL_REPORTS if name.startswith("cities-2024/")]
    assert len(cities) == 130
    assert len(ALL_REPORTS) == 198
