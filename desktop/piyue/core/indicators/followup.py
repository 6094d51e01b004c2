"""Follow-ups: a region's target for a year (from that year's report) against the result
for the same year (from the next year's report), met or missed (DESIGN.md §4b).

Direction (see :mod:`.catalogue`): for ``higher`` indicators (growth, level, jobs) a
target is met when the result is at least the target's lower value (5%—5.5% is met
by 5.0); for ``lower`` (unemployment rate) and ``ceiling`` (CPI: "2%左右" bounds
inflation) it is met when the result is at most the target's upper value. ``gap`` is
always result − target's lower value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from piyue.core.indicators.catalogue import BY_ID
from piyue.core.indicators.model import FollowUp, IndicatorItem

_SUFFIX_RE = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")


def region_key(region: str | None) -> str | None:
    """The name used to pair one region's reports (广西壮族自治区 and 广西 are one region)."""
    if not region:
        return None
    return _SUFFIX_RE.sub("", region) or region


def is_met(indicator_id: str, target: IndicatorItem, achieved: IndicatorItem) -> bool | None:
    """Whether ``achieved`` meets ``target`` in the indicator's direction."""
    entry = BY_ID.get(indicator_id)
    if entry is None:
        return None
    if entry.direction == "higher":
        return achieved.value >= target.value
    upper = target.value_high if target.value_high is not None else target.value
    return achieved.value <= upper


def follow_ups(items: Iterable[IndicatorItem]) -> list[FollowUp]:
    """Pair every target for year Y with the result for Y stated in the region's report of Y+1."""
    targets: dict[tuple[str, str, int], IndicatorItem] = {}
    results: dict[tuple[str, str, int], IndicatorItem] = {}
    for item in items:
        key = region_key(item.region)
        if key is None or item.period is None or item.year is None:
            continue
        if item.role == "target" and item.year == item.period:
            targets.setdefault((key, item.indicator, item.period), item)
        elif item.role == "achieved" and item.year == item.period + 1:
            results.setdefault((key, item.indicator, item.period), item)
    pairs: list[FollowUp] = []
    for (key, indicator_id, period), target in targets.items():
        achieved = results.get((key, indicator_id, period))
        if achieved is None:
            continue
        gap = round(achieved.value - target.value, 6)
        region = target.region or key
        pairs.append(
            FollowUp(region, indicator_id, period, target, achieved, is_met(indicator_id, target, achieved), gap)
        )
    order = {indicator_id: n for n, indicator_id in enumerate(BY_ID)}
    pairs.sort(key=lambda f: (f.region, order.get(f.indicator, 99), f.period))
    return pairs
