"""A comparison of reports (``services.indicators.Comparison``) as CSV and as an Excel workbook.

The workbook has three sheets: *Side by side* (one row per report, a target and a result
column per indicator, numbers typed, units in the headers), *Follow-ups* (target against
result, met or missed, the gap) and *Items* (every figure with its source sentence).
openpyxl is imported only when a workbook is written.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from piyue.core.indicators import BY_ID, IDS, FollowUp, IndicatorItem

if TYPE_CHECKING:
    from piyue.services.indicators import Comparison

ITEM_HEADERS = (
    "region", "year", "indicator", "name", "role", "period", "value", "value_high", "unit",
    "qualifier", "approx", "text", "document",
)  # fmt: skip
FOLLOWUP_HEADERS = (
    "region", "indicator", "name", "period", "target", "target_high", "target_qualifier", "achieved",
    "met", "gap", "unit", "target_text", "achieved_text",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@")


def safe_text(text: str) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is prefixed with '; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def item_row(item: IndicatorItem) -> list[Any]:
    """One item as a row of :data:`ITEM_HEADERS` (typed values)."""
    return [
        item.region, item.year, item.indicator, BY_ID[item.indicator].name, item.role, item.period,
        item.value, item.value_high, item.unit, item.qualifier, item.approx, item.text, item.document,
    ]  # fmt: skip


def followup_row(followup: FollowUp) -> list[Any]:
    """One follow-up as a row of :data:`FOLLOWUP_HEADERS` (typed values)."""
    target, achieved = followup.target, followup.achieved
    return [
        followup.region, followup.indicator, BY_ID[followup.indicator].name, followup.period,
        target.value, target.value_high, target.qualifier, achieved.value, followup.met, followup.gap,
        target.unit, target.text, achieved.text,
    ]  # fmt: skip


def indicators_present(items: Sequence[IndicatorItem]) -> list[str]:
    """The catalogue ids that occur in ``items``, in catalogue order."""
    present = {item.indicator for item in items}
    return [indicator_id for indicator_id in IDS if indicator_id in present]


def side_by_side(comparison: Comparison) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of the wide table: region, year, then target / upper / result per indicator."""
    ids = indicators_present(comparison.rows)
    headers = ["region", "year"]
    for indicator_id in ids:
        entry = BY_ID[indicator_id]
        headers += [f"{entry.name} 目标 ({entry.unit})", f"{entry.name} 目标上限 ({entry.unit})"]
        headers += [f"{entry.name} 实际 ({entry.unit})"]
    rows: list[list[Any]] = []
    for report in comparison.reports:
        found = {(item.indicator, item.role): item for item in report.items}
        row: list[Any] = [report.region, report.year]
        for indicator_id in ids:
            target, achieved = found.get((indicator_id, "target")), found.get((indicator_id, "achieved"))
            row += [target.value if target else None, target.value_high if target else None]
            row += [achieved.value if achieved else None]
        rows.append(row)
    return headers, rows


def comparison_csv(comparison: Comparison) -> str:
    """Every item of the comparison as CSV text (with a BOM, for spreadsheets)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ITEM_HEADERS)
    for item in comparison.rows:
        writer.writerow(["" if cell is None else _safe(cell) for cell in item_row(item)])
    return out.getvalue()


def _atomic_write(path: Path, write) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".piyue-", suffix=path.suffix)
    os.close(handle)
    try:
        write(Path(temporary))
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; an export is an ordinary document
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_csv(comparison: Comparison, path: Path) -> None:
    """Write :func:`comparison_csv` to ``path`` (atomically)."""
    _atomic_write(Path(path), lambda temporary: temporary.write_text(comparison_csv(comparison), encoding="utf-8"))


def write_xlsx(comparison: Comparison, path: Path) -> None:
    """Write the comparison as an Excel workbook (three sheets, typed cells) to ``path`` (atomically)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheets = [
        ("Side by side", *side_by_side(comparison)),
        ("Follow-ups", list(FOLLOWUP_HEADERS), [followup_row(f) for f in comparison.followups]),
        ("Items", list(ITEM_HEADERS), [item_row(item) for item in comparison.rows]),
    ]
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_safe(cell) for cell in row])
        sheet.freeze_panes = "A2"
    _atomic_write(Path(path), lambda temporary: workbook.save(temporary))
