"""``piyue text FILE``: the document's text, exactly as all offsets count it (DESIGN.md §6).

For a PDF this is the cleaned text layer (wrapped lines joined, page numbers and running headers
removed); for a Word file the paragraphs one per line; for text and Markdown the decoded file with
``\\n`` line endings. Written as UTF-8 bytes, with nothing added: offset N of ``outline --json``
or ``metrics --json`` is code point N of this output.
"""

from __future__ import annotations

import argparse
import sys

from piyue.core.readers import read_document


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("file", metavar="FILE", help="report file (.md, .txt, .docx, .pdf)")


def run(args: argparse.Namespace) -> int:
    """Write the text of ``args.file`` to stdout."""
    document = read_document(args.file)
    sys.stdout.flush()
    sys.stdout.buffer.write(document.text.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0
