"""The compiled regular expressions of the extractor.

One big alternation (:data:`SCANNER`) scans the NFKC view once; each named
group is one rule family. Alternatives are tried in order at each position,
so the more specific families (names to skip, ranks, fractions, ratios) come
before the generic number-plus-unit rule.
"""

from __future__ import annotations

import re
from typing import Any

from piyue.core.metrics.units import UNIT_BLOCKERS, UNITS

CN = "零〇○一二两三四五六七八九十百千万亿"
CN_DIGITS = "零〇○一二两三四五六七八九"
ARABIC = r"\d++(?:\.\d++)?+"
# A magnitude word after digits; 千 before 瓦/米/克/伏 is an SI prefix of the unit (B1).
MAG = r"(?:[十百万亿]|千(?![瓦米克伏]))"
CN_NUM = rf"(?:[{CN_DIGITS}十百万亿]|千(?![瓦克伏]))+"
# A number: digits or a Chinese numeral, magnitude words, and 余/多 between them (A3).
NUMBER = rf"(?:{ARABIC}(?:[余多]?{MAG}+)?|{CN_NUM}(?:[余多]{MAG}+)?)(?:[余多](?!{MAG}))?"
NUMBER_NOQ = rf"(?:{ARABIC}{MAG}*|{CN_NUM})"

# A number never starts inside another number, a code (G331, PM2.5, 3+N) or an ordinal (第七).
NUM_START = rf"(?<![\dA-Za-z.+\-/第{CN}])"
NUM_END = r"(?![\dA-Za-z+])"
# After a Chinese unit a new figure may follow at once (301户611人, 13条15公里): only letters
# and + still continue a code; after an ASCII unit (%, km) a digit does too.
UNIT_END = r"(?:(?<=[\u3400-\u9fff）)])|(?!\d))(?![A-Za-z+])"

# Qualifiers before the number (A1: 超过/突破/接近 are verbs and stay outside).
# Each alternative starts with its literal (the look-behind checks the character before it), so
# the regex engine rejects an alternative at a glance — these are tried at every candidate figure.
PRE_QUALIFIER = (
    r"(?:近(?<![接将最附邻亲就远]近)"
    r"|超(?![过额])"
    r"|约(?<![节集制签预公违履契缔]约)"
    r"|逾"
    r"|破(?<![突打]破)"
    r"|上(?<![迈跃登站走赶跟以线向晚早北马]上)(?=[百千万亿]))"
)
POST_QUALIFIER = r"(?:及以下|及以上|以上|以下|以内|左右|余|多(?![元样种层彩方措维点极重边媒模式渠功向头])|级)"


def _unit_terminal(unit: str) -> str:
    """The guard after a complete unit: its blockers (个体, 部门) and, for Latin units, no more letters."""
    guard = ""
    blockers = UNIT_BLOCKERS.get(unit, "")
    if "以" in blockers:
        # 所以 blocks 所, but not 所以上 (4所以上): 以 only blocks when no 以上/以下/以内 follows.
        guard += "(?!以(?![上下内]))"
        blockers = blockers.replace("以", "")
    if blockers:
        guard += f"(?![{re.escape(blockers)}])"
    if unit.isascii() and unit.isalpha():
        guard += r"(?![A-Za-z])"
    return guard


#: First characters of the units most frequent in reports, most frequent first (see _unit_alternation).
_FREQUENT_FIRST = "个%元家年人亩户项公条件位吨所平套名瓦处座场斤部美张辆岁倍头次台"


def _rank_of(ch: str) -> int:
    """Where a branch starting with ``ch`` goes among its siblings: frequent units first."""
    pos = _FREQUENT_FIRST.find(ch)
    return pos if pos >= 0 else len(_FREQUENT_FIRST)


def _unit_alternation() -> str:
    """Every unit as one trie-shaped alternation (个(?:百分点|工作日|月|…)).

    Equivalent to the units sorted longest first (at each node the longer
    continuations come before the unit that ends there), but each branch starts
    with a literal, so the regex engine skips non-matching branches at once.
    Sibling branches start with different characters, so at most one of them can
    match: their order changes no result, and the frequent units (个, %, 元) go
    first, so that the engine reaches them after fewer rejected branches.
    """
    trie: dict[str, Any] = {}
    for unit in UNITS:
        node = trie
        for ch in unit:
            node = node.setdefault(ch, {})
        node[""] = unit

    def depth(node: dict) -> int:
        return max((1 + depth(child) if ch else 0) for ch, child in node.items())

    def emit(node: dict) -> str:
        children = sorted(((c, n) for c, n in node.items() if c), key=lambda cn: (_rank_of(cn[0]), -depth(cn[1])))
        branches = [re.escape(ch) + emit(child) for ch, child in children]
        if "" in node:
            branches.append(_unit_terminal(node[""]))
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie)


UNIT = _unit_alternation()
#: The denominator of a compound unit written with a slash: 微克/立方米, 元/吨,
#: 公里/小时, 千克/亩, 万元/人, 人/百亿元 (magnitude words allowed before it).
PER_UNIT = (
    r"(?:立方米|平方米|平方公里|千克|公斤|千瓦时|千米|公里|小时|分钟|标准煤|吨|亩|人|户|年|天|秒|升|元|美元|kg|m3|km|h)"
    r"(?![A-Za-z])"
)
# A measure word with a parenthetical alternative: 条（段） (A4).
UNIT_FULL = rf"{UNIT}(?:[(（]{UNIT}[)）])?"

SCOPES = (
    "全国|全省|全市|全区|全县|全州|全球|世界|亚洲|国内|省内|市内|区内|中部|西部|东部|东北|华北|华东|华南|"
    "西南|西北|中西部|长江经济带|黄河流域|同类城市|副省级城市|省会城市|计划单列市|全国城市|全国同类城市"
)
RANK_TAIL = rf"(?![个家批届次轮期方梯阶级大项条座所只种号例台款部支季年月天周等档\d.{CN}])"

_IDIOMS = (
    "千方百计|千家万户|万家灯火|千军万马|万无一失|万众一心|千载难逢|千头万绪|千差万别|千姿百态|"
    "万紫千红|亿万|一揽子|百花齐放|百舸争流|百尺竿头|千里之行|十全十美|五湖四海|四面八方|三令五申|"
    "千百年|千秋万代|万事万物|一二三产|三次产业|百年未有|万千|二人转|二十四节气|八项规定|两项补贴|"
    "三农|四下基层|五位一体|四个全面"
)

# 1. idioms, names and structure words that look like figures (only the year can start at a digit)
_SKIP_YEAR = rf"{NUM_START}\d{{4}}(?=年)"
_SKIP = rf"(?P<skip>{_IDIOMS}|{NUM_START}{CN_NUM}个?方面工作|{_SKIP_YEAR})"
# 2. ranks: 第N / 首位 / 前N; the scope before them (全市, 世界) is found by SCOPE_BEFORE
_RANK = rf"(?P<rank>(?:第{NUMBER_NOQ}[位名]?|首位|前{NUMBER_NOQ}[位名强]?){RANK_TAIL})"
# 3. fractions 五分之一, 百分之五十
_FRAC = (
    rf"(?P<frac>(?:{PRE_QUALIFIER})?{NUM_START}(?P<den>{NUMBER_NOQ})分之(?P<num>{NUMBER_NOQ})"
    rf"(?:以上|左右)?)"
)
# 4. halves
_HALF = r"(?P<half>(?:近|超|约)?(?:一半|半数|过半)(?:以上)?)"
# 5. multipliers
_DOUBLE = (
    r"(?P<double>翻了?(?P<fan>[一两二三四五六七八九十])番(?P<dpost>以上|多)?"
    r"|翻番(?!工程|计划|行动)|倍增(?=[,.;、!?。\n)，；！？）]|$))"
)
# 6. 两位数 growth
_TWODIGIT = r"(?P<twodigit>两位数(?:以上)?)"
# 7. ratios 2.50:1, 4.0∶37.7∶58.3, and fractions 1/10
_RATIO = rf"(?P<ratio>{NUM_START}{ARABIC}(?:[:∶：]{ARABIC})+{NUM_END}(?P<rpost>左右|以上|以下|以内)?)"
_SLASH = rf"(?P<slash>(?:{PRE_QUALIFIER})?{NUM_START}\d{{1,3}}/\d{{1,3}}{NUM_END}(?!/)(?:以上|左右)?)"
# 8. N成 (tenths)
_CHENG = (
    rf"(?P<cheng>(?:{PRE_QUALIFIER})?{NUM_START}(?:\d|[{CN_DIGITS}]|十)成(?:以上|左右|多)?"
    # 成 starting a word (成为, 成本) or a place/route name (成都, 成渝, G5成绵, 成自泸高速)
    r"(?![为立功果本效绩交型都熟员长就片套品色年效规链网效像才败千分风真材群林势事形荫家"
    r"渝绵德自南雅乐巴宜达贵兰昆眉资灌温蒲彭西汉]))"
)
_FAMILIES_FIRST = "|".join((_SKIP, _RANK, _FRAC, _HALF, _DOUBLE, _TWODIGIT, _RATIO, _SLASH, _CHENG))
#: The same families as they can start at a digit: idioms, ranks (第/首/前), halves,
#: multipliers (翻/倍) and 两位数 cannot, so only the year of the skip family is left.
_FIRST_AT_DIGIT = "|".join((f"(?P<skip>{_SKIP_YEAR})", _FRAC, _RATIO, _SLASH, _CHENG))
# A range (4.5%—5%) needs its separator within a unit's reach of the first number: this
# lookahead skips the range attempt (a unit tried twice) for the many figures that are not ranges.
_UNIT_REACH = 2 * max(len(unit) for unit in UNITS) + 2  # 条（段）: a unit and its alternative
# (Possessive and excluding the separators: the first separator ends the run, no backtracking.)
_RANGE_GUARD = rf"(?=[^-—–~至到\n]{{0,{_UNIT_REACH}}}+[-—–~至到])"
# The families that can match at a digit whatever follows the number (see SCANNER_DIGIT).
_FAMILIES_DIGIT = (
    # 9. number + unit (optionally a range: 4.5%-5%, 3-5个)
    rf"(?P<metric>(?P<pre>{PRE_QUALIFIER})?{NUM_START}(?P<n1>{NUMBER})"
    rf"(?:{_RANGE_GUARD}(?P<u1>{UNIT_FULL})?(?P<sep>[-—–~至到])(?:{PRE_QUALIFIER})?(?P<n2>{NUMBER}))?"
    rf"(?P<unit>{UNIT_FULL})"
    rf"(?P<per>[/每]{MAG}*{PER_UNIT})?(?P<post>{POST_QUALIFIER})?{UNIT_END})"
    # 10. N大 + noun (C1)
    rf"|(?P<da>{NUM_START}(?:\d{{1,2}}|[{CN_DIGITS}十]{{1,3}})大(?=[\u4e00-\u9fff]))"
    # 11. a number with a magnitude word but no measure word (B5), 破百亿, 百亿级
    rf"|(?P<bare>(?P<bpre>{PRE_QUALIFIER})?{NUM_START}"
    rf"(?P<bn>{ARABIC}[余多]?{MAG}+|[{CN_DIGITS}十百千]*[万亿](?:{CN_NUM})?)"
    rf"(?P<bpost>{POST_QUALIFIER})?{NUM_END})"
)
SCANNER = re.compile(f"{_FAMILIES_FIRST}|{_FAMILIES_DIGIT}")
#: The scanner's last families only (number + unit, N大, bare magnitudes), for a
#: position where the number starts with a digit and is not followed by a character
#: that the families before them need (分之, a ratio's colon, /, 成, 年):
#: there the earlier families cannot match, so both patterns find the same match.
SCANNER_DIGIT = re.compile(_FAMILIES_DIGIT)
#: The scanner for a position where the number starts with a digit (any digit):
#: the same alternatives in the same order, less those that cannot start there.
SCANNER_AT_DIGIT = re.compile(f"{_FIRST_AT_DIGIT}|{_FAMILIES_DIGIT}")

#: The peer group written before a rank (全市第一, 世界第六).
#: The scope may go on with a peer-group noun phrase (C6): 全国地级市第一, 中部地区第1,
#: 全国沿海主要港口第一, 全省考核第1 — a few characters ending in a word for a peer group.
PEER_WORDS = "城市|地区|省区|县市|县域|市州|港口|口岸|行业|国家|经济体|企业|高校|机场|医院|内河|考核|考评|评价"
PEER_GROUP = (
    r"(?:(?:(?![居列排位升至为是达在入持稳获跻均的])[\u4e00-\u9fff]){0,8}?"
    rf"(?:{PEER_WORDS}|[市省区县州]))?"
)
SCOPE_BEFORE = re.compile(rf"(?:{SCOPES}){PEER_GROUP}$")
#: The characters a scope can end with (the last of a scope or peer-group word): a rank after any
#: other character has no scope, without a search.
SCOPE_LAST = frozenset(w[-1] for w in f"{SCOPES}|{PEER_WORDS}".split("|")) | frozenset("市省区县州")


def _trigger() -> re.Pattern[str]:
    """Where the scanner is worth trying (see the scan in :func:`extract.extract_metrics`).

    Digits always; a run of Chinese numerals only when it holds 万/亿, when it
    is followed by a character that can continue a figure (a unit's first
    character, 分之, 成, 大, 倍, 番, 半, 余/多, a qualifier or a range
    separator), or when it starts one of the idioms the scanner skips; 第/前/
    翻/过 before a Chinese numeral; 首位, 倍增, 半. A digit run is one trigger
    (no figure starts after a digit), with its decimals (12.5: no figure starts
    after a dot either); each character of a numeral run is its own (a figure
    may start inside one). Every alternative starts
    with one consumed character class, so the regex engine scans for that class
    at C speed; most 一/二/三 in running text (统一, 一是, 三农) never wake the
    Python loop.
    """
    follow = set("分成大倍番半位余多以左级及至到-—–~")
    for unit in UNITS:
        # First character that is not a numeral: 个, 平, 瓦 (千瓦), 分 (百分点).
        follow.add(next((ch for ch in unit if ch not in CN), unit[0]))
    follow -= set(CN)
    idioms: dict[str, list[str]] = {}
    for idiom in _IDIOMS.split("|"):
        if idiom[0] in CN and len(idiom) > 1:
            idioms.setdefault(idiom[0], []).append(re.escape(idiom[1:]))
    idiom_alts = "|".join(f"(?<={re.escape(first)})(?={'|'.join(rests)})" for first, rests in sorted(idioms.items()))
    follow_class = "".join(re.escape(ch) for ch in sorted(follow))
    return re.compile(
        rf"[\d{CN}第前翻过首半倍]"
        rf"(?:(?<=\d)\d*+(?:(?P<digits>(?=(?:\.\d++)?+(?![年十百千万亿分:∶：/成])))|(?P<digit>))(?:\.\d++)*+"
        rf"|(?<=[{CN}])(?=[{CN}]*(?:[{follow_class}]|(?<=[万亿])))"
        rf"|{idiom_alts}"
        rf"|(?<=[第前翻过])(?=[{CN}])|(?<=翻)(?=了|番)"
        r"|(?<=首)(?=位)|(?<=倍)(?=增)|(?<=半))"
    )


#: Where the scanner is worth trying: digits, or numerals in a figure-like context.
TRIGGER = _trigger()
#: Characters before a trigger where a match can start (超40%, 第3位, 过半).
PRE_TRIGGER = frozenset("近超约逾破上第前翻过")

#: A short quotation (slogans, names): figures inside it are not metrics.
QUOTE = re.compile(r"“[^“”\n]{1,16}”|「[^「」\n]{1,16}」|『[^『』\n]{1,16}』")

#: Clause delimiters (NFKC view) for the subject and hedge look-backs.
CLAUSE_BREAK = re.compile(r"[,，。;；：!！?？\n()（）]|:(?!\d)")
#: Matched from the start of a look-back window: its end is just after the last clause break.
LAST_BREAK = re.compile(r"(?s:.*)(?:[,，。;；：!！?？\n()（）]|:(?!\d))")

#: Program and plan names that end a clause starting with a round figure (百亿斤…工程).
NAME_TAIL = re.compile(r"^[^,，。;；:：、\n]{0,14}?(?:工程|计划|行动|战略|专项|示范区|品牌)")

#: Hedges outside the span that make a figure approximate (约占…18%, 突破1000亿千瓦时).
HEDGE_ADJACENT = re.compile(r"(?:超过|突破|接近|将近|大约|约为|约达|约有|多达|不少于|不低于|不超过|不高于)$")
HEDGE_NEAR = re.compile(r"(?<![节集制签预公违履契缔])约[占为有达合计]")

#: Money context for a bare magnitude (营收破百亿).
MONEY_CONTEXT = re.compile(
    r"营收|收入|产值|投资|增加值|总值|GDP|销售额|交易额|营业额|金额|资金|资产|融资|"
    r"税|消费|贷款|存款|基金|规模|产业|集群|经济|出口|进口|外贸|财政"
)

#: Verbs after which a duration (年, 个月) is the measured quantity (C7).
DURATION_VERBS = re.compile(r"(?:延长|缩短|提前|压缩|缩减|减少|增加|节省|节约|仅用|用时|历时)(?:至|到|了)?$")
#: Words before a duration that make it a period frame.
PERIOD_BEFORE = re.compile(r"(?:连续|近|前|这|再|后|未来|每|过去|最近|头|今后|奋斗|用|×|\*|x)$")
