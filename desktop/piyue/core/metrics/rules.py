"""The rules that interpret each scanner match as a figure (or reject it).

One handler per rule family of :data:`piyue.core.metrics.patterns.SCANNER`:
``handler(view, match)`` returns a :data:`Hit` in view offsets, or ``None``
when the match is not a figure (METRICS-GUIDELINE.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from piyue.core.metrics import patterns as P
from piyue.core.metrics.lazy import clause_before as _clause_before
from piyue.core.metrics.numbers import CN_NUMERAL_CHARS, doubling_value, parse_number
from piyue.core.metrics.units import ARABIC_ONLY_UNITS, UNITS

# A raw hit in view offsets: start, end, kind, value, unit, qualifier, approx.
Hit = tuple[int, int, str, float, str | None, str | None, bool]

_PRE_QUALIFIERS = frozenset("近超约逾破上")
_MAGNITUDE_CHARS = "十百千万亿"
_RANK_NUMBER = re.compile(rf"[第前]((?:\d+|[{CN_NUMERAL_CHARS}]+))")
_SHORT_DURATIONS = frozenset({"天", "小时", "分钟", "个工作日", "工作日"})
_RANK_CHANGE = re.compile(r"(?:提升|上升|前移|提高|跃升|进位|前进|晋升)$")
_PER = re.compile(r"(?:每|/|人均|单位|户均|亩均)$")
_PER_LAST = frozenset("每/均位")
# What a round sum of money (万元, 亿元) is the denominator of: 万元GDP能耗.
_PER_OUTPUT = re.compile(r"(?:GDP|地区生产总值|生产总值|工业增加值|增加值|产值|营业收入)")
_NAME_AFTER = re.compile(r"(?:攻坚|专项)?(?:行动|攻坚战)")
_RATIO_CONTEXT = re.compile(r"比|结构")
_SCORE_BEFORE = re.compile(r"比赛|比分|战胜|击败|获胜|取胜")
_SCORE_AFTER = re.compile(r"[战获取]?胜|击败|告负|落败")
_RATIO_SPLIT = re.compile(r"[:∶：]").split


_HEDGE_LAST = frozenset("过破近约为达有于")
#: Parsed numbers with magnitude words or Chinese numerals (5万, 三百): they repeat a lot.
_NUMBERS: dict[str, float] = {}


def _hedged(view: str, start: int) -> bool:
    """True when a hedge outside the span makes the figure approximate."""
    if start and view[start - 1] in _HEDGE_LAST and P.HEDGE_ADJACENT.search(view, max(0, start - 8), start):
        return True
    lo = start - 10 if start > 10 else 0
    if view.find("约", lo, start) < 0:
        return False
    return bool(P.HEDGE_NEAR.search(_clause_before(view, start, 10)))


def _split_qualifier(number: str) -> tuple[str, str | None]:
    """Remove 余/多 from a number as written; return (number, qualifier)."""
    for q in ("余", "多"):
        if q in number:
            return number.replace(q, ""), q
    return number, None


def _is_magnitude_only(number: str) -> bool:
    return bool(number) and not number.strip(_MAGNITUDE_CHARS)


_BARE_RANK_BEFORE = frozenset("至到居列为名")


def rank_scoped(view: str, m: re.Match[str], floor: int) -> Hit | None:
    """A rank with its scope (全市第一); without one only 第N位 or a rank after 居/至 (第4位)."""
    start = m.start()
    scope = (
        P.SCOPE_BEFORE.search(view, max(floor, start - 16), start) if view[start - 1 : start] in P.SCOPE_LAST else None
    )
    text = m.group()
    if scope:
        start = scope.start()
    else:
        prev = view[start - 1 : start]
        if text.startswith("前") or prev in ("在", "于"):
            return None
        if text.startswith("首位"):
            if prev not in _BARE_RANK_BEFORE:
                return None
        elif not (text.endswith("位") or prev in _BARE_RANK_BEFORE):
            return None
    hit = _rank(view, m)
    return None if hit is None else (start, *hit[1:])


def _rank(view: str, m: re.Match[str]) -> Hit | None:
    text = m.group()
    if "首位" in text:
        value = 1.0
    else:
        found = _RANK_NUMBER.search(text)
        if not found:
            return None
        value = parse_number(found.group(1))
    if value <= 0:
        return None
    approx = "前" in text and "第" not in text
    return (m.start(), m.end(), "rank", value, None, None, approx)


def _edge_qualifier(text: str) -> str | None:
    for q in ("以上", "左右", "多"):
        if text.endswith(q):
            return q
    if text[:1] in _PRE_QUALIFIERS:
        return text[0]
    return None


def _frac(view: str, m: re.Match[str]) -> Hit | None:
    den, num = m.group("den"), m.group("num")
    q = _edge_qualifier(m.group())
    approx = q is not None or _hedged(view, m.start())
    if den == "百":
        return (m.start(), m.end(), "percent", parse_number(num), "%", q, approx)
    d = parse_number(den)
    if not d:
        return None
    return (m.start(), m.end(), "ratio", parse_number(num) / d, None, q, approx)


def _half(view: str, m: re.Match[str]) -> Hit | None:
    text = m.group()
    q = _edge_qualifier(text)
    approx = q is not None or "过半" in text or _hedged(view, m.start())
    return (m.start(), m.end(), "ratio", 0.5, None, q, approx)


def _double(view: str, m: re.Match[str]) -> Hit | None:
    fan, post = m.group("fan", "dpost")
    value = doubling_value(fan) if fan else 2.0  # 翻番, 倍增: doubled
    return (m.start(), m.end(), "ratio", value, None, post, post is not None)


def _twodigit(view: str, m: re.Match[str]) -> Hit | None:
    q = "以上" if m.group().endswith("以上") else None
    return (m.start(), m.end(), "percent", 10.0, None, q, True)


def _ratio(view: str, m: re.Match[str]) -> Hit | None:
    """``2.50:1`` (U+2236 ∶ and full-width ： too) → 2.5; a proportion ``4.0∶37.7∶58.3`` → its first term."""
    post = m.group("rpost")
    core = m.group()[: -len(post)] if post else m.group()
    terms = [float(t) for t in _RATIO_SPLIT(core)]
    context = _clause_before(view, m.start(), 16)
    in_context = _RATIO_CONTEXT.search(context) is not None
    if _SCORE_BEFORE.search(context) or _SCORE_AFTER.match(view, m.end()):
        return None  # a match score (比赛以3：1获胜)
    if len(terms) == 2 and terms[1] != 1.0 and not in_context:
        return None  # a time of day or a score, not a ratio
    if len(terms) > 2 and not (in_context or abs(sum(terms) - 100.0) <= 1.5):
        return None  # a time (09:45:30); shares that add up to 100 are a structure (8.3∶41.4∶50.3)
    # Two terms: a:b → a/b. More terms (三次产业比重): no rule yet; the first term.
    value = terms[0] / terms[1] if len(terms) == 2 and terms[1] else terms[0]
    approx = post is not None or _hedged(view, m.start())
    return (m.start(), m.end(), "ratio", value, None, post, approx)


def _slash(view: str, m: re.Match[str]) -> Hit | None:
    text = m.group()
    q = _edge_qualifier(text)
    core = text.lstrip("近超约逾破上").removesuffix("以上").removesuffix("左右")
    a, b = (float(x) for x in core.split("/"))
    if not b or a >= b or b > 100:
        return None
    return (m.start(), m.end(), "ratio", a / b, None, q, q is not None or _hedged(view, m.start()))


def _cheng(view: str, m: re.Match[str]) -> Hit | None:
    text = m.group()
    q = _edge_qualifier(text)
    digit = text.lstrip("近超约逾破上")[:1]
    value = parse_number(digit) / 10
    if digit == "一" and q is None:
        return None
    return (m.start(), m.end(), "ratio", value, None, q, q is not None or _hedged(view, m.start()))


#: Units whose figure needs none of the checks below when written in digits alone (12.5%, 30家):
#: unit as written → (kind, unit, whether a campaign name may follow: 0.1微克攻坚行动).
_PLAIN_UNITS: dict[str, tuple[str, str | None, bool]] = {
    key: (kind, unit, kind == "other")
    for key, (kind, unit) in UNITS.items()
    if key not in ("年", "个月", "位") and key not in _SHORT_DURATIONS
}


def _metric(view: str, m: re.Match[str]) -> Hit | None:
    """A number with a unit (12.5%, 5.2万亿元, 3-5个): the figures' common case first."""
    start, end = m.span()
    unit_text, n1, pre, post, n2, per = m.group("unit", "n1", "pre", "post", "n2", "per")
    plain = _PLAIN_UNITS.get(unit_text)
    if (
        plain is None
        or pre
        or n2
        or per
        or post == "级"
        or not (n1.isascii() or (n1[0].isdigit() and "余" not in n1 and "多" not in n1))
        or (start and view[start - 1] in _PER_LAST)
    ):
        return _metric_general(view, start, end, unit_text, n1, pre, post, n2, per)
    # Digits (and magnitude words) with a unit and at most a qualifier after it: what
    # _metric_general decides, without its checks that cannot apply here (Chinese numerals,
    # qualifiers before, ranges, durations, ranks, per-unit forms, 级).
    kind, unit, other = plain
    if other and _NAME_AFTER.match(view, end):
        return None  # 0.1微克攻坚行动: part of a campaign name
    value = float(n1) if n1.isascii() else _metric_value(n1, None, True)
    if post:
        return (start, end, kind, value, unit, post, True)
    near = (start and view[start - 1] in _HEDGE_LAST) or view.find("约", start - 10 if start > 10 else 0, start) >= 0
    return (start, end, kind, value, unit, None, bool(near and _hedged(view, start)))


def _metric_excluded(view: str, end: int, unit_key: str, kind: str, n1: str, pre: str | None, before: str) -> bool:
    """True when a number and unit is no figure: an idiom, a denominator, a period."""
    is_arabic = n1[:1].isdigit()
    if unit_key in ARABIC_ONLY_UNITS and not is_arabic:
        return True
    if n1 == "一" and not pre and kind in ("count", "other", "length", "area"):
        return True  # 一批, 一张蓝图, 干一件成一件: indefinite or idiomatic
    if before[-1:] in _PER_LAST and _PER.search(before) and not (is_arabic and before[-1] in "均位"):
        # 每万元GDP, 每千人, 单位万元增加值: a denominator. Digits after 单位/人均 are a value
        # (示范单位20家, 人均5000元), after 每 or / still a denominator (每10万人).
        return True
    if unit_key in ("年", "个月") and not P.DURATION_VERBS.search(before):
        return True  # a period (连续两年, 三年行动, 2021—2025年)
    # 连续30天, 15分钟生活圈
    return unit_key in _SHORT_DURATIONS and bool(P.PERIOD_BEFORE.search(before) or "圈" in view[end : end + 6])


def _metric_value(n1: str, n2: str | None, is_arabic: bool) -> float:
    """The value of a number and unit; a range (3-5万) takes the magnitude of its second number."""
    if n1.isascii():
        value = float(n1)  # digits and a dot only
    elif n1 in _NUMBERS:
        value = _NUMBERS[n1]
    else:
        value = parse_number(n1)
        if len(_NUMBERS) < 100_000:
            _NUMBERS[n1] = value
    if n2 and is_arabic and n1.replace(".", "").isdigit():
        n2_clean, _ = _split_qualifier(n2)
        i = 0
        while i < len(n2_clean) and (n2_clean[i].isdigit() or n2_clean[i] == "."):
            i += 1
        if i and n2_clean[i:]:
            value *= parse_number("1" + n2_clean[i:])
    return value


def _metric_general(
    view: str,
    start: int,
    end: int,
    unit_text: str,
    n1: str,
    pre: str | None,
    post: str | None,
    n2: str | None,
    per: str | None,
) -> Hit | None:
    """:func:`_metric` with every check (B/C rules of the guideline)."""
    unit_key = unit_text if unit_text in UNITS else unit_text.split("(")[0].split("（")[0]
    kind, unit = UNITS[unit_key]
    if "余" in n1 or "多" in n1:
        n1, mid_q = _split_qualifier(n1)
    else:
        mid_q = None
    is_arabic = n1[:1].isdigit()
    before = view[start - 8 if start > 8 else 0 : start]
    if _metric_excluded(view, end, unit_key, kind, n1, pre, before):
        return None
    if post == "级" and kind == "count":
        end -= 1
        post = None
    if per:
        # A compound unit (微克/立方米, 万元/人): a rate; money per something stays an amount.
        unit = f"{unit}/{per[1:]}"  # 微克每立方米 → 微克/立方米
        kind = "amount" if kind == "amount" else "other"
    elif unit == "元" and not (pre or mid_q or post) and _is_magnitude_only(n1) and _PER_OUTPUT.match(view, end):
        return None  # 万元地区生产总值能耗, 亿元GDP…: the denominator of a rate, not a sum
    if kind == "other" and _NAME_AFTER.match(view, end):
        return None  # 0.1微克攻坚行动: part of a campaign name
    if n1 in ("百", "千") and not (pre or mid_q or post):
        return None  # 百克生物, 百家: a name, not "a hundred"
    if not is_arabic and _is_magnitude_only(n1) and not pre and P.NAME_TAIL.match(view[end : end + 16]):
        return None  # 百亿斤粮食产能提升工程, 万名大学生…计划
    value = _metric_value(n1, n2, is_arabic)
    if unit_key == "位" and _RANK_CHANGE.search(before):
        kind = "other"
    qualifier = None if n2 else (pre or mid_q or post)
    # _hedged's two cheap preconditions first (most figures have neither), to spare the call.
    approx = bool(
        n2
        or qualifier
        or (
            ((start and view[start - 1] in _HEDGE_LAST) or view.find("约", start - 10 if start > 10 else 0, start) >= 0)
            and _hedged(view, start)
        )
    )
    if not is_arabic and _is_magnitude_only(n1) and n1 != "十" and not view.startswith("台阶", end):
        approx = True  # 千亿元规模: an order of magnitude
    return (start, end, kind, value, unit, qualifier, approx)


def _da(view: str, m: re.Match[str]) -> Hit | None:
    number = m.group()[:-1]
    value = parse_number(number)
    if value <= 1 or value > 10:
        return None  # 一大批; 十八大/二十大 (party congresses)
    if view[max(0, m.start() - 2) : m.start()].endswith("的"):
        return None
    return (m.start(), m.end(), "count", value, None, None, False)


def _bare(view: str, m: re.Match[str]) -> Hit | None:
    start, end = m.start(), m.end()
    number, mid_q = _split_qualifier(m.group("bn"))
    pre, post = m.group("bpre"), m.group("bpost")
    is_arabic = number[:1].isdigit()
    before = _clause_before(view, start, 14)
    money = bool(P.MONEY_CONTEXT.search(before))
    if _PER.search(view[max(0, start - 4) : start]):
        return None
    if not is_arabic:
        if not (pre or post or mid_q or money):
            return None
        if not pre and P.NAME_TAIL.match(view[end : end + 16]):
            return None
    qualifier = pre or mid_q or post
    kind = "amount" if (post == "级" or money) else "count"
    approx = bool(qualifier) or _hedged(view, start) or (not is_arabic and _is_magnitude_only(number))
    return (start, end, kind, parse_number(number), None, qualifier, approx)


HANDLERS: dict[str, Callable[[str, re.Match[str]], Hit | None]] = {
    "frac": _frac,
    "half": _half,
    "double": _double,
    "twodigit": _twodigit,
    "ratio": _ratio,
    "slash": _slash,
    "cheng": _cheng,
    "metric": _metric,
    "da": _da,
    "bare": _bare,
}
