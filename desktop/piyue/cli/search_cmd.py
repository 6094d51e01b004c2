"""``piyue search QUERY [--json] [--limit N] [--db DB]``: passages and notes across the library.

Words separated by spaces must all occur in a passage; ``"…"`` keeps a phrase whole. Chinese is
matched by words (jieba): 营商环境 finds 营商环境, not every 环境. JSON (DESIGN.md §6):
``[{"document", "id", "kind", "start", "end", "snippet", "score"}]`` where ``id`` is the document's id
for a text hit and the note's id for a note hit, ``start``/``end`` are code-point offsets into the
document's latest text (text hit) or the note's body (note hit), and the snippet marks hits with « ».
"""

from __future__ import annotations

import argparse
import sys

from piyue.cli.common import UsageError, ensure_utf8_stdout, print_json
from piyue.cli.notes_cmd import add_db_argument, guarded

MAX_LIMIT = 100_000


def configure(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument("query", metavar="QUERY", help='words (all must occur) or a "phrase"')
    parser.add_argument("--json", action="store_true", help="print JSON (DESIGN.md §6)")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (default 20)")
    add_db_argument(parser)


def _line(hit) -> str:
    where = hit.document_path or f"document {hit.document_id}"
    kind = "note" if hit.kind == "note" else f"{hit.start}-{hit.end}"
    section = f" [{hit.section}]" if hit.section else ""
    return f"{where}:{kind}{section}  {hit.snippet}"


@guarded
def run(args: argparse.Namespace) -> int:
    """Search the library and print the hits, best first."""
    ensure_utf8_stdout()
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UsageError(f"--limit must be between 1 and {MAX_LIMIT}")
    if not args.query.strip():
        raise UsageError("the query is empty")
    from piyue.services.search import search_library

    hits = search_library(args.db, args.query, args.limit)
    if args.json:
        print_json([hit.to_json() for hit in hits])
    else:
        for hit in hits:
            print(_line(hit))
        if not hits:
            print("no hits", file=sys.stderr)
    return 0
