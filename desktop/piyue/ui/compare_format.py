"""How the Compare view writes a figure: 5%—5.5%, 5%左右, 5.3万亿元, 110万人以上."""

from __future__ import annotations

from piyue.core.indicators import IndicatorItem


def _number(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_amount(value: float, unit: str | None) -> str:
    """A value with its unit, large amounts in 万亿/亿/万 as Chinese reports write them."""
    if unit == "元":
        for scale, word in ((1e12, "万亿元"), (1e8, "亿元"), (1e4, "万元")):
            if abs(value) >= scale:
                return _number(value / scale) + word
        return _number(value) + "元"
    if unit == "人" and abs(value) >= 1e4:
        return _number(value / 1e4) + "万人"
    return _number(value) + (unit or "")


def format_item(item: IndicatorItem) -> str:
    """The figure of ``item`` as a reader would write it, ranges as ranges, qualifiers kept."""
    if item.value_high is not None:
        text = format_amount(item.value, item.unit) + "—" + format_amount(item.value_high, item.unit)
    else:
        text = format_amount(item.value, item.unit)
    qualifier = item.qualifier or ""
    if qualifier in ("不少于", "不低于", "超过", "突破", "迈上", "跃上", "力争", "约", "近", "超", "不超过"):
        return qualifier + text
    return text + qualifier
