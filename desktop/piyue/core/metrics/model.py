"""The :class:`Metric` record and its JSON shape (DESIGN.md §6)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The kinds of METRICS-GUIDELINE.md §4, in display order.
KINDS: tuple[str, ...] = (
    "percent",
    "percentage_point",
    "amount",
    "area",
    "length",
    "count",
    "ratio",
    "rank",
    "other",
)


@dataclass(slots=True)
class Metric:
    """One figure of a report.

    ``start``/``end`` are code-point offsets into the original text (end
    exclusive) and ``text`` is ``source[start:end]``. ``value`` is normalised
    (magnitude words multiplied out, fractions as decimals, ranks as the
    position); ``unit`` has magnitude words removed.
    """

    start: int
    end: int
    text: str
    kind: str
    value: float
    unit: str | None = None
    qualifier: str | None = None
    approx: bool = False
    subject: str | None = None
    section: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``metrics --json`` object of DESIGN.md §6."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "approx": self.approx,
            "subject": self.subject,
            "section": self.section,
        }
