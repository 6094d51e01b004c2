"""``piyue metrics FILE [--json|--csv]``: the figures of a report as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from collections.abc import Iterable

from piyue.cli.common import ensure_utf8_stdout, print_json
from piyue.core.metrics import Metric, metrics_for_document
from piyue.core.readers import read_document
from piyue.core.values import plain as format_value
from piyue.export.cells import safe_cell

CSV_FIELDS = ("start", "end", "text", "kind", "value", "unit", "qualifier", "approx", "subject", "section")


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("file", metavar="FILE", help="report file (.md, .txt, .docx)")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print JSON (DESIGN.md §6)")
    form.add_argument("--csv", action="store_true", help="print CSV (UTF-8 with BOM, for spreadsheets)")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def format_table(metrics: Iterable[Metric]) -> list[str]:
    """The metrics as an aligned table: text, value, unit, kind, subject."""
    header = ("text", "value", "unit", "kind", "subject")
    rows: list[tuple[str, ...]] = [header]
    for m in metrics:
        value = format_value(m.value) + ("~" if m.approx else "")
        rows.append((m.text, value, m.unit or "", m.kind, m.subject or ""))
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = []
    for row in rows:
        cells = [_pad(cell, widths[i]) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return lines


def write_csv(metrics: Iterable[Metric], out=None) -> None:
    """Write the metrics as CSV with a BOM and a header row."""
    out = out or sys.stdout
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for m in metrics:
        row = m.to_json()
        writer.writerow([safe_cell(row[name]) for name in CSV_FIELDS])


def run(args: argparse.Namespace) -> int:
    """Print the metrics of ``args.file``."""
    ensure_utf8_stdout()
    document = read_document(args.file)
    metrics = metrics_for_document(document)
    if args.json:
        print_json([m.to_json() for m in metrics])
    elif args.csv:
        write_csv(metrics)
    else:
        for line in format_table(metrics):
            print(line)
        print(f"{len(metrics)} figures", file=sys.stderr)
    return 0
