"""The indicator item and follow-up records and their JSON shapes (DESIGN.md §6)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class IndicatorItem:
    """One stated target or result of an indicator in one report.

    ``value`` is normalised (percent as written, amounts in 元, people as counts, a
    decline negative); ``value_high`` is the upper end of a range (5.5%—6% → 5.5, 6).
    ``start``/``end`` are code-point offsets of the figure's statement in the text and
    ``text`` is that statement (subject to figure).
    """

    document: str
    region: str | None
    year: int | None
    indicator: str
    role: str  # target | achieved
    period: int | None
    value: float
    value_high: float | None
    unit: str | None
    qualifier: str | None
    approx: bool
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        """The ``indicators --json`` object of DESIGN.md §6."""
        return {
            "document": self.document,
            "region": self.region,
            "year": self.year,
            "indicator": self.indicator,
            "role": self.role,
            "period": self.period,
            "value": self.value,
            "value_high": self.value_high,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "approx": self.approx,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A region's target for ``period`` (from that year's report) against its result (from the next year's)."""

    region: str
    indicator: str
    period: int
    target: IndicatorItem
    achieved: IndicatorItem
    met: bool | None
    gap: float | None

    def to_json(self) -> dict[str, Any]:
        """The ``compare --json`` follow-up object of DESIGN.md §6."""
        return {
            "region": self.region,
            "indicator": self.indicator,
            "period": self.period,
            "target": self.target.to_json(),
            "achieved": self.achieved.to_json(),
            "met": self.met,
            "gap": self.gap,
        }
