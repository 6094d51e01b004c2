"""``piyue outline FILE [--json]``: the hierarchy as an indented tree or as JSON."""

from __future__ import annotations

import argparse

from piyue.cli.common import ensure_utf8_stdout, print_json
from piyue.core.model import Section
from piyue.core.outline.numbering import join_numbering
from piyue.core.readers import read_document


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("file", metavar="FILE", help="report file (.md, .txt, .docx)")
    parser.add_argument("--json", action="store_true", help="print JSON (DESIGN.md §6)")
    parser.add_argument(
        "--topic-sentences",
        action="store_true",
        help="add the topic sentence opening each paragraph as the lowest level (plain text)",
    )


def format_tree(sections: list[Section], indent: int = 0) -> list[str]:
    """The outline as indented lines: numbering, title."""
    lines: list[str] = []
    for section in sections:
        label = join_numbering(section.numbering, section.title)
        lines.append("  " * indent + label)
        lines.extend(format_tree(section.children, indent + 1))
    return lines


def run(args: argparse.Namespace) -> int:
    """Print the outline of ``args.file``."""
    ensure_utf8_stdout()
    document = read_document(args.file, topic_sentences=args.topic_sentences)
    if args.json:
        print_json(document.outline_json())
    else:
        print(document.title)
        for line in format_tree(document.sections, 1):
            print(line)
    return 0
