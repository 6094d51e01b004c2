"""From a report's text to its indicator items (DESIGN.md §4b).

The text is cut into clauses (at ，；。、： and line ends). An indicator is stated
when a clause starts (after filler such as 全省, 2025年, 一是) with one of its
subjects, followed by a short verb phrase (增长, 按增长, 控制在, 达到…) and a figure;
a clause that starts with the verb alone (``5.3万亿元、增长5.5%``) continues the
previous clause's subject. Targets come from the main-targets statement, then —
for indicators it does not state — from the plan after it; results come from the
review before it, the year's passages first, the five-year review only for levels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from piyue.core.indicators.catalogue import BY_ID, CATALOGUE, Indicator
from piyue.core.indicators.model import IndicatorItem
from piyue.core.indicators.values import (
    VALUE_RE,
    Figure,
    fold,
    is_decline,
    prefix_qualifier,
    read_figure,
)
from piyue.core.indicators.zones import FIVE_YEAR_RE as _FIVE_RE
from piyue.core.indicators.zones import find_zones, paragraphs

_CLAUSE_SPLIT_RE = re.compile(r"[，,；;。！？!?：:、\n]")
_SENTENCE_SPLIT_RE = re.compile(r"[。！？!?\n]")
_FILLER_RE = re.compile(
    r"(?:——|—|\s|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+是|其中|全年|初步统计|初步核算|经初步核算"
    r"|据初步统计|预计|(?:19|20)\d\d年|今年|去年|年末|年底|全省|全市|全区|全疆|我省|我区|我市|本市|实现|完成|确保|力争"
    r"|争取)*"
)
_CONNECTOR_RE = re.compile(
    r"(?:预计|预期|初步|同比|实际|同口径|可比价|现价|平均值|平均|全年|指数|总水平|人数|按|为|是|达到|达|实现|突破"
    r"|超过|历史性|连续|迈上|跃上|跨过|跨越|跨上|保持在|控制在|稳定在|增长|增速|增幅|下降|降低|减少|回落|上涨幅度|上涨"
    r"|涨幅|幅度|不少于|不低于"
    r"|不超过|力争|约|近|超|在|到|至|涨幅基本|涨幅|指数|均值|微降|微涨)*"
)
_FROM_TO_RE = re.compile(
    r"从[^，。；]*?(?:提高|增长|增加|提升|扩大|跃升|下降|降低|回落|降)(?:到|至)(?:(?:19|20)\d\d年(?:的)?)?"
)
# A level stated as thresholds crossed: 迈上4000亿元台阶, 连续跨越7万亿、8万亿、9万亿三个大台阶 (the last one).
_STEPS_RE = re.compile(
    r"(?:\d+(?:\.\d+)?(?:万亿|亿)元?、)*(?P<num>\d+(?:\.\d+)?)(?P<mag>万亿|亿)元?(?:[两三四五六七八九十]个)?[大新]?台阶"
)
# 全年投资增长5%左右 states the investment target in a plan, never a review's result (see _achieved).
_BARE_INVESTMENT = "投资"
_STEP_VERBS = ("迈上", "跃上", "跨过", "跨越", "跨上")
_HEDGES = frozenset(("突破", "超过", "超", *_STEP_VERBS))
# A clause whose subject is elided after a clause about the same thing: 规模以上工业企业达7.6万家、增加值增长3%.
_ELLIPSES = ((re.compile(r"(?:规模以上|规上|规模)工业企业"), re.compile(r"增加值"), "industry_value_added_growth"),)
_GROWTH_WORDS = ("增长", "增速", "增幅", "下降", "降低", "减少", "回落", "上涨", "涨幅")
_VERB_START_RE = re.compile(r"(?:同比|预计|实际)?(?:增长|下降|增速|达到|达|突破|上涨|减少|降低)")
_LONG_TERM_RE = re.compile(r"十五五|2030|2035|二〇三〇")
_BY_YEAR_RE = re.compile(r"到(20\d\d)年")
_MULTI_YEAR_RE = re.compile(r"五年|十四五")
_AVERAGE_RE = re.compile(r"年均|累计")


@dataclass(frozen=True, slots=True)
class Statement:
    """An indicator stated in a clause: the figure and where the statement starts."""

    indicator: Indicator
    start: int
    figure: Figure
    value: float
    value_high: float | None
    qualifier: str | None
    from_to: bool


_SUBJECTS = [(indicator, re.compile(indicator.subject)) for indicator in CATALOGUE]
_ANY_SUBJECT = re.compile("|".join(f"(?:{indicator.subject})" for indicator in CATALOGUE))


def _subject_at(text: str, pos: int, end: int) -> tuple[list[Indicator], int] | None:
    """The indicators whose subject starts at ``pos`` (one subject may answer two), and its end."""
    if _ANY_SUBJECT.match(text, pos, end) is None:
        return None
    found: list[Indicator] = []
    subject_end = -1
    for indicator, pattern in _SUBJECTS:
        match = pattern.match(text, pos, end)
        if match and (subject_end < 0 or match.end() == subject_end):
            found.append(indicator)
            subject_end = match.end()
    return (found, subject_end) if found else None


_MIN_LEVEL = 1e11  # a province's or the country's GDP is above 1000亿元
_FLAT_RE = re.compile(r"(?:与上年)?(基本)?持平")


def _flat_prices(text: str, pos: int, end: int) -> Figure | None:
    """居民消费价格与上年持平 / 基本持平: a change of 0."""
    match = _FLAT_RE.match(text, pos, end)
    if match is None:
        return None
    return Figure(match.start(), match.end(), 0.0, None, "%", "基本持平" if match.group(1) else "持平")


def _steps_figure(text: str, pos: int) -> Figure | None:
    """迈上4000亿元台阶 / 跨越7万亿、8万亿、9万亿三个大台阶: the (last) threshold, in 元."""
    match = _STEPS_RE.match(text, pos)
    if match is None:
        return None
    value = float(match.group("num")) * (1e12 if match.group("mag") == "万亿" else 1e8)
    return Figure(match.start(), match.end(), value, None, "元", None)


def _long_term(sentence: str, year: int | None) -> bool:
    """Whether ``sentence`` speaks of a later horizon than ``year`` (十五五, 2030, 到2027年…)."""
    if _LONG_TERM_RE.search(sentence):
        return True
    return any(year is None or int(m.group(1)) > year for m in _BY_YEAR_RE.finditer(sentence))


def _elided(previous_head: tuple[int, int] | None, text: str, head: int, stop: int) -> tuple[Indicator, int] | None:
    """The indicator of a clause whose subject is elided (规模以上工业企业达7.6万家、增加值增长3%)
    and where its verb phrase starts; ``previous_head`` is the span of the clause before."""
    if previous_head is None:
        return None
    for first, rest, indicator_id in _ELLIPSES:
        match = rest.match(text, head, stop)
        if match and first.match(text, *previous_head):
            return BY_ID[indicator_id], match.end()
    return None


def _answers(indicator: Indicator, figure: Figure, connector: str) -> bool:
    growth = any(word in connector for word in _GROWTH_WORDS)
    if indicator.kind == "growth":
        return figure.unit == "%" and growth
    if indicator.kind == "level":
        return figure.unit == "元" and not (growth and not connector.endswith(("到", "至")))
    if indicator.kind == "count":
        return figure.unit == "人"
    if indicator.id == "unemployment_rate":
        return figure.unit == "%" and not is_decline(connector)
    return figure.unit == "%"


def _statement(
    indicator: Indicator, text: str, start: int, after: int, end: int, at: int | None = None
) -> Statement | None:
    """``indicator`` stated by the verb phrase at ``after`` and the figure after it (or at ``at``)."""
    connector_match = _CONNECTOR_RE.match(text, after, end)
    pos = connector_match.end() if connector_match else after
    connector = text[after:pos]
    from_to = False
    from_to_match = _FROM_TO_RE.match(text, after, end)
    if from_to_match is not None and indicator.kind in ("level", "rate"):
        pos, connector, from_to = from_to_match.end(), "到", True
    if at is not None:
        connector, pos = text[after:at], at
    steps = _steps_figure(text, pos) if indicator.kind == "level" and connector.endswith(_STEP_VERBS) else None
    figure = steps or read_figure(text, pos)
    if figure is None and indicator.id == "cpi":
        figure = _flat_prices(text, pos, end)
    if figure is None or (figure.end > end and steps is None) or not _answers(indicator, figure, connector):
        return None
    if text.startswith("的", figure.end) or (indicator.kind == "level" and figure.value < _MIN_LEVEL):
        return None  # 经济总量超500亿元的县域: a figure describing something else
    sign = -1.0 if is_decline(connector) else 1.0
    value, high = figure.value * sign, figure.value_high
    if high is not None and sign < 0:
        value, high = -high, -figure.value
    qualifier = figure.qualifier or prefix_qualifier(connector)
    return Statement(indicator, start, figure, value, high, qualifier, from_to)


def _shared(
    pending: list[tuple[list[Indicator], int]], current: tuple[list[Indicator], int], text: str, after: int, end: int
) -> Iterator[Statement]:
    """Subjects listed with 、 before a clause: ``A、B增长4%左右`` (one figure for all) or
    ``A、B分别控制在5%和3%以内`` (one figure each, in order)."""
    subjects = [*pending, current]
    respective = text.find("分别", after, end)
    if respective >= 0:
        figures = [m.start() for m in VALUE_RE.finditer(text, respective, end)]
        if len(figures) != len(subjects):
            return
        found = [
            statement
            for (indicators, origin), at in zip(subjects, figures, strict=True)
            for indicator in indicators
            if (statement := _statement(indicator, text, origin, after, end, at)) is not None
        ]
        last = found[-1].qualifier if found else None
        for statement in found:  # 5%和3%以内: the trailing qualifier is shared
            yield statement if statement.qualifier else replace(statement, qualifier=last)
        return
    for indicators, origin in pending:
        for indicator in indicators:
            if (statement := _statement(indicator, text, origin, after, end)) is not None:
                yield statement


def clause_statements(text: str, start: int, end: int) -> Iterator[Statement]:
    """Every indicator statement in ``text[start:end]`` (``text`` folded), clause by clause."""
    previous: tuple[list[Indicator], int] | None = None
    pending: list[tuple[list[Indicator], int]] = []
    previous_head: tuple[int, int] | None = None
    pos = start
    for match in [*_CLAUSE_SPLIT_RE.finditer(text, start, end), None]:
        stop = match.start() if match else end
        body = _FILLER_RE.match(text, pos, stop)
        head = body.end() if body else pos
        subject = _subject_at(text, head, stop)
        current: tuple[list[Indicator], int] | None = None
        if subject is not None:
            current = (subject[0], head)
            indicators, after = subject
            if after == stop and match is not None and match.group() == "、":
                pending.append(current)  # a bare subject in a list: its figure follows
                pos = stop + 1
                continue
        elif previous is not None and _VERB_START_RE.match(text, head, stop):
            indicators, after = previous[0], head
        elif (elided := _elided(previous_head, text, head, stop)) is not None:
            current = ([elided[0]], previous_head[0] if previous_head else head)
            indicators, after = current[0], elided[1]
        else:
            indicators, after = [], head
        previous_head = (head, stop)
        if pending and (current is not None or "分别" in text[head:stop]):
            shared = list(_shared(pending, current or ([], head), text, after, stop))
            yield from shared
            if "分别" in text[after:stop]:
                indicators = []
        pending = []
        for indicator in indicators:
            origin = current[1] if current else (previous[1] if previous else head)
            statement = _statement(indicator, text, origin, after, stop)
            if statement is not None:
                yield statement
        if current is not None:
            previous = current
        elif re.search(r"\d", text[pos:stop]) or (match is not None and match.group() in "。！？!?\n"):
            previous = None  # a figure of something else, or a new sentence, ends the subject
        pos = stop + 1


def _sentence_of(text: str, pos: int) -> str:
    left = pos
    while left > 0 and text[left - 1] not in "。！？!?\n":
        left -= 1
    right = _SENTENCE_SPLIT_RE.search(text, pos)
    return text[left : right.start() if right else len(text)]


def _near(text: str, statement: Statement) -> str:
    """The statement with a few characters before it (年均 / 累计 just before a subject)."""
    return text[max(0, statement.start - 6) : statement.figure.end]


def _item(statement: Statement, role: str, text: str, info: tuple[str, str | None, int | None]) -> IndicatorItem:
    document, region, year = info
    period = None if year is None else (year if role == "target" else year - 1)
    qualifier = statement.qualifier
    return IndicatorItem(
        document=document,
        region=region,
        year=year,
        indicator=statement.indicator.id,
        role=role,
        period=period,
        value=statement.value,
        value_high=statement.value_high,
        unit=statement.indicator.unit,
        qualifier=qualifier,
        approx=statement.value_high is not None or qualifier is not None,
        start=statement.start,
        end=statement.figure.end,
        text=text[statement.start : statement.figure.end],
    )


def _targets(folded: str, span: tuple[int, int] | None, year: int | None) -> dict[str, Statement]:
    """Targets from the main-targets statement, then (for indicators it lacks) from the plan after it."""
    chosen: dict[str, Statement] = {}
    if span is None:
        return chosen
    for statement in clause_statements(folded, span[0], span[1]):
        if not _AVERAGE_RE.search(_near(folded, statement)):
            chosen.setdefault(statement.indicator.id, statement)
    past = re.compile(rf"去年|过去|{year - 1}年") if year else re.compile(r"去年|过去")
    for statement in clause_statements(folded, span[1], len(folded)):
        sentence = _sentence_of(folded, statement.start)
        if (
            statement.from_to
            or _long_term(sentence, year)
            or _MULTI_YEAR_RE.search(sentence)
            or _AVERAGE_RE.search(_near(folded, statement))
            or past.search(sentence)
        ):
            continue
        chosen.setdefault(statement.indicator.id, statement)
    return chosen


def _achieved(folded: str, end: int, year: int | None) -> dict[str, Statement]:
    """Results from the review: the year's passages first; the five-year review only for levels."""
    ranked: dict[str, tuple[tuple[int, int, int], Statement]] = {}
    review_year = None if year is None else year - 1
    for paragraph in paragraphs(folded, 0, end, review_year):
        for statement in clause_statements(folded, paragraph.start, paragraph.end):
            sentence = _sentence_of(folded, statement.start)
            level = statement.indicator.kind == "level"
            if _long_term(sentence, review_year) or _AVERAGE_RE.search(_near(folded, statement)):
                continue
            if folded.startswith(_BARE_INVESTMENT, statement.start):
                continue  # 制造业贷款增长35%、投资增长23.8%: in a review a bare 投资 is a sub-aggregate
            five = paragraph.five_year or _FIVE_RE.search(folded, paragraph.start, statement.start) is not None
            if not level and five:
                continue
            hedged = 1 if level and statement.qualifier in _HEDGES else 0
            key = (1 if five else 0, hedged, statement.start)
            best = ranked.get(statement.indicator.id)
            if best is None or key < best[0]:
                ranked[statement.indicator.id] = (key, statement)
    return {indicator_id: statement for indicator_id, (_, statement) in ranked.items()}


def resolve_indicators(
    text: str, *, document: str = "", region: str | None = None, year: int | None = None
) -> list[IndicatorItem]:
    """The indicator items of a report's ``text``: at most one per indicator and role."""
    folded = fold(text)
    zones = find_zones(folded)
    info = (document, region, year)
    items = [_item(s, "target", text, info) for s in _targets(folded, zones.targets, year).values()]
    achieved = _achieved(folded, zones.review_end(len(folded)), year)
    items += [_item(s, "achieved", text, info) for s in achieved.values()]
    order = {indicator.id: n for n, indicator in enumerate(CATALOGUE)}
    items.sort(key=lambda item: (order[item.indicator], item.role != "target"))
    return items
