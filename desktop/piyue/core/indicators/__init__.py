"""Indicators (DESIGN.md §4b): the catalogue and the resolver from a report's text to its
stated targets and results, and the follow-ups that pair them across years. Pure Python."""

from piyue.core.indicators.catalogue import BY_ID, CATALOGUE, IDS, Indicator
from piyue.core.indicators.followup import follow_ups, is_met, region_key
from piyue.core.indicators.model import FollowUp, IndicatorItem
from piyue.core.indicators.resolve import resolve_indicators

__all__ = [
    "BY_ID",
    "CATALOGUE",
    "IDS",
    "FollowUp",
    "Indicator",
    "IndicatorItem",
    "follow_ups",
    "is_met",
    "region_key",
    "resolve_indicators",
]
