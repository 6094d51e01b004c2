"""``piyue indicators FILE... [--json|--csv]``: the key indicators of each report (DESIGN.md §4b)."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable

from piyue.cli.common import ensure_utf8_stdout, print_json
from piyue.cli.metrics_cmd import format_value, safe_cell
from piyue.core.indicators import IndicatorItem
from piyue.services.indicators import file_indicators

FIELDS = (
    "document",
    "region",
    "year",
    "indicator",
    "role",
    "period",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "approx",
    "start",
    "end",
    "text",
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("files", metavar="FILE", nargs="+", help="report files (.md, .txt, .docx, .pdf)")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print JSON (DESIGN.md §6)")
    form.add_argument("--csv", action="store_true", help="print CSV (UTF-8 with BOM, for spreadsheets)")


def csv_cell(name: str, value: object) -> str:
    """One CSV cell: numbers without a spurious .0, booleans as true/false, formulas defused."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and name in ("value", "value_high", "gap"):
        return format_value(value)
    return safe_cell(value)


def write_items_csv(items: Iterable[IndicatorItem], out=None) -> None:
    """Write indicator items as CSV with a BOM and a header row."""
    out = out or sys.stdout
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for item in items:
        row = item.to_json()
        writer.writerow([csv_cell(name, row[name]) for name in FIELDS])


def format_item(item: IndicatorItem) -> str:
    """One line of the plain listing."""
    value = format_value(item.value)
    if item.value_high is not None:
        value += "—" + format_value(item.value_high)
    period = item.period if item.period is not None else "?"
    qualifier = item.qualifier or ""
    figure = f"{value}{item.unit or ''}{qualifier}"
    return f"{item.region or '?'}\t{period}\t{item.role}\t{item.indicator}\t{figure}\t{item.text}"


def run(args: argparse.Namespace) -> int:
    """Print the indicators of every file."""
    ensure_utf8_stdout()
    items = [item for path in args.files for item in file_indicators(path).items]
    if args.json:
        print_json([item.to_json() for item in items])
    elif args.csv:
        write_items_csv(items)
    else:
        for item in items:
            print(format_item(item))
        print(f"{len(items)} indicator items", file=sys.stderr)
    return 0
