"""Indicators and comparisons of reports (DESIGN.md §4b, §6 ``indicators`` / ``compare``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from piyue.core.indicators import IDS, FollowUp, IndicatorItem, follow_ups, resolve_indicators
from piyue.core.model import Document
from piyue.core.readers import read_document
from piyue.core.report_info import report_info


@dataclass(frozen=True, slots=True)
class ReportIndicators:
    """One report (its path, or its library id) with its region, year and indicator items."""

    document: str
    region: str | None
    year: int | None
    items: tuple[IndicatorItem, ...]
    document_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``compare --json`` report object."""
        return {"document": self.document, "region": self.region, "year": self.year}


@dataclass(frozen=True, slots=True)
class Comparison:
    """Reports side by side: their items (rows) and the follow-ups across years."""

    reports: tuple[ReportIndicators, ...]
    rows: tuple[IndicatorItem, ...]
    followups: tuple[FollowUp, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The ``compare --json`` object of DESIGN.md §6."""
        return {
            "reports": [report.to_json() for report in self.reports],
            "rows": [item.to_json() for item in self.rows],
            "followups": [followup.to_json() for followup in self.followups],
        }


def document_indicators(
    document: Document,
    name: str,
    region: str | None = None,
    year: int | None = None,
    document_id: int | None = None,
) -> ReportIndicators:
    """The indicators of a parsed document; ``region``/``year`` override what the text says."""
    info = report_info(document)
    region = region or info.government
    year = year or info.year
    items = resolve_indicators(document.text, document=name, region=region, year=year)
    return ReportIndicators(name, region, year, tuple(items), document_id)


class DocumentSource(Protocol):
    """What the comparison needs of a library: the latest texts of stored reports by id."""

    def latest_texts(self, document_ids: list[int]) -> dict[int, tuple[str, str | None, str]]: ...


#: How many reports' texts are read in one query while comparing.
TEXTS_AT_ONCE = 50


def library_indicators(
    library: DocumentSource, document_ids: Iterable[int], cancelled: Callable[[], bool] = lambda: False
) -> list[ReportIndicators]:
    """The indicators of stored reports (their latest versions), named by source path or ``#id``; their texts
    are read :data:`TEXTS_AT_ONCE` at a time (NotFoundError for an id that is not stored)."""
    from piyue.storage import NotFoundError

    ids = list(document_ids)
    reports: list[ReportIndicators] = []
    for first in range(0, len(ids), TEXTS_AT_ONCE):
        chunk = ids[first : first + TEXTS_AT_ONCE]
        texts = library.latest_texts(chunk)
        for document_id in chunk:
            if cancelled():
                return reports
            if document_id not in texts:
                raise NotFoundError(f"no document with id {document_id}")
            title, source_path, text = texts[document_id]
            document = Document(text=text, title=title, format="text", blocks=[], sections=[])
            name = str(Path(source_path)) if source_path else f"#{document_id}"
            reports.append(document_indicators(document, name, document_id=document_id))
    return reports


def file_indicators(path: str) -> ReportIndicators:
    """Read the report at ``path`` and resolve its indicators (ReaderError when unreadable)."""
    return document_indicators(read_document(path), path)


def check_indicator_ids(ids: Iterable[str]) -> list[str]:
    """``ids`` validated against the catalogue (ValueError naming the unknown one)."""
    chosen = list(ids)
    for indicator_id in chosen:
        if indicator_id not in IDS:
            raise ValueError(f"unknown indicator {indicator_id!r} (known: {', '.join(IDS)})")
    return chosen


def compare_reports(reports: Sequence[ReportIndicators], indicators: Iterable[str] = ()) -> Comparison:
    """Put ``reports`` side by side, keeping only ``indicators`` when given, with their follow-ups."""
    wanted = set(check_indicator_ids(indicators))
    rows = tuple(item for report in reports for item in report.items if not wanted or item.indicator in wanted)
    return Comparison(tuple(reports), rows, tuple(follow_ups(rows)))


def compare_files(paths: Sequence[str], indicators: Iterable[str] = ()) -> Comparison:
    """Read every file of ``paths`` and compare them."""
    return compare_reports([file_indicators(path) for path in paths], indicators)
