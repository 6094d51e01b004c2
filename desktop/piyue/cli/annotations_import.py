"""``piyue import NOTES.jsonld``: merge W3C Web Annotations into the notes of the document they target.

The document is found by the content hash the annotations carry (any stored version; the offsets
then refer to that version's text), else by the path of their ``file:`` source, else by
``--replaces DOC``. Notes keep their annotation ids, so importing a file twice adds nothing.
"""

from __future__ import annotations

import argparse
import sys

from piyue.cli.common import UsageError, print_json
from piyue.cli.notes_cmd import open_library
from piyue.services.annotations import AnnotationsError, merge, read_annotations


def run_import(args: argparse.Namespace) -> int:
    """Merge the annotations of ``args.file`` and print what happened per document."""
    try:
        items = read_annotations(args.file)
        if not items:
            raise UsageError(f"{args.file}: no annotations")
        with open_library(args) as library:
            results = merge(library, items, args.replaces)
            titles = {i: library.document(i).title for i in results}
    except AnnotationsError as err:
        raise UsageError(str(err)) from None
    if args.json:
        print_json([{"document": i, "title": titles[i], **counts} for i, counts in results.items()])
        return 0
    for document_id, c in results.items():
        skipped = f", {c['skipped']} skipped (ids of another document)" if c["skipped"] else ""
        summary = f"{c['added']} added, {c['updated']} updated, {c['unchanged']} unchanged{skipped}"
        print(f"document {document_id} ({titles[document_id]}): {summary}")
        print(f"notes: {c['anchored']} anchored, {c['changed']} changed, {c['orphaned']} orphaned")
        if c["changed"] or c["orphaned"]:
            print(f"notes to review: piyue notes {document_id}", file=sys.stderr)
    return 0
