"""``piyue check FILE [--json]``: review findings as a readable list or as JSON.

Exit codes (DESIGN.md §6): 0 when nothing of severity warning or error was
found, 1 when something was, 2 on bad usage or unreadable input.
"""

from __future__ import annotations

import argparse

from piyue.cli.common import EXIT_FINDINGS, EXIT_OK, ensure_utf8_stdout, print_json
from piyue.core.model import Document
from piyue.core.readers import read_document
from piyue.core.review import Finding, run_checks


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("file", metavar="FILE", help="report file (.md, .txt, .docx)")
    parser.add_argument("--json", action="store_true", help="print JSON (DESIGN.md §6)")


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def format_finding(document: Document, finding: Finding) -> list[str]:
    """A finding as two lines: place, severity, code and English message; then the Chinese message."""
    if finding.start is None:
        place = "-"
    else:
        line, column = line_column(document.text, finding.start)
        place = f"{line}:{column}"
    lines = [f"{place:>8}  {finding.severity:<7}  {finding.code:<19}  {finding.message_en}"]
    lines.append(f"{'':>8}  {'':<7}  {'':<19}  {finding.message_zh}")
    for offset in finding.related:
        line, column = line_column(document.text, offset)
        lines.append(f"{'':>8}  {'':<7}  {'':<19}  see {line}:{column}")
    return lines


def run(args: argparse.Namespace) -> int:
    """Check ``args.file`` and print the findings."""
    ensure_utf8_stdout()
    document = read_document(args.file)
    findings = run_checks(document)
    if args.json:
        print_json([f.to_json() for f in findings])
    else:
        for finding in findings:
            for line in format_finding(document, finding):
                print(line)
        problems = sum(f.is_problem for f in findings)
        summary = f"{len(findings)} finding(s), {problems} warning(s) or error(s)"
        print(summary if findings else "no findings")
    return EXIT_FINDINGS if any(f.is_problem for f in findings) else EXIT_OK
