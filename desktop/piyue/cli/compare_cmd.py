"""``piyue compare FILE... [--indicator ID]... [--json|--csv]``: reports side by side, with follow-ups.

``--csv`` writes the follow-ups (region, indicator, period, target, result, met, gap and
both source sentences), the table an analyst opens in a spreadsheet; ``--json`` is the
full §6 object with every row.
"""

from __future__ import annotations

import argparse
import csv
import sys

from piyue.cli.common import UsageError, ensure_utf8_stdout, print_json
from piyue.cli.indicators_cmd import csv_cell
from piyue.cli.metrics_cmd import format_value
from piyue.core.indicators import FollowUp
from piyue.services.indicators import check_indicator_ids, compare_files

FOLLOWUP_FIELDS = (
    "region",
    "indicator",
    "period",
    "target",
    "target_high",
    "target_qualifier",
    "achieved",
    "met",
    "gap",
    "unit",
    "target_text",
    "achieved_text",
    "target_document",
    "achieved_document",
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("files", metavar="FILE", nargs="+", help="report files (.md, .txt, .docx, .pdf)")
    parser.add_argument(
        "--indicator", action="append", default=[], metavar="ID", help="only this indicator (repeatable)"
    )
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print JSON (DESIGN.md §6)")
    form.add_argument("--csv", action="store_true", help="print the follow-ups as CSV (UTF-8 with BOM)")


def _followup_row(followup: FollowUp) -> list[str]:
    target, achieved = followup.target, followup.achieved
    values: dict[str, object] = {
        "region": followup.region,
        "indicator": followup.indicator,
        "period": followup.period,
        "target": target.value,
        "target_high": target.value_high,
        "target_qualifier": target.qualifier,
        "achieved": achieved.value,
        "met": followup.met,
        "gap": followup.gap,
        "unit": target.unit,
        "target_text": target.text,
        "achieved_text": achieved.text,
        "target_document": target.document,
        "achieved_document": achieved.document,
    }
    return [
        csv_cell("value" if name in ("target", "target_high", "achieved") else name, values[name])
        for name in FOLLOWUP_FIELDS
    ]


def _format_followup(followup: FollowUp) -> str:
    target = format_value(followup.target.value)
    if followup.target.value_high is not None:
        target += "—" + format_value(followup.target.value_high)
    verdict = {True: "met", False: "missed", None: "?"}[followup.met]
    return (
        f"{followup.region}\t{followup.period}\t{followup.indicator}\ttarget {target}{followup.target.qualifier or ''}"
        f"\tresult {format_value(followup.achieved.value)}\t{verdict}"
    )


def run(args: argparse.Namespace) -> int:
    """Compare the files."""
    ensure_utf8_stdout()
    try:
        indicators = check_indicator_ids(args.indicator)
    except ValueError as err:
        raise UsageError(str(err)) from None
    comparison = compare_files(args.files, indicators)
    if args.json:
        print_json(comparison.to_json())
    elif args.csv:
        out = sys.stdout
        out.write("\ufeff")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(FOLLOWUP_FIELDS)
        for followup in comparison.followups:
            writer.writerow(_followup_row(followup))
    else:
        for followup in comparison.followups:
            print(_format_followup(followup))
        print(
            f"{len(comparison.reports)} reports, {len(comparison.rows)} indicator items, "
            f"{len(comparison.followups)} follow-ups",
            file=sys.stderr,
        )
    return 0
