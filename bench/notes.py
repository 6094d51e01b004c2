"""Benchmark: 10,000 notes on one document (issues 5 and 17).

Median time to store one note (goal ≤ 10 ms) and to load and filter the notes panel's list
(goal ≤ 100 ms), on a file database with the production pragmas (WAL, synchronous=FULL); wall time, and
this process's CPU time beside it (steadier on a loaded machine: the reads run in this process). The load is
printed against two baselines measured alternately in the same run: the former way of reading the notes
(SQLAlchemy's wrapper around the datetime column type, row attributes by name) and the bare ``sqlite3``
fetch of the same rows (the floor: no objects built).
Run: ``.venv/bin/python bench/notes.py [--notes N] [--library PATH]`` (``--library``: keep the database at
PATH and reuse it when it is already there).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from piyue.core.anchoring import Anchor, AnchorState, Note, NoteStatus, anchor_span
from piyue.paths import sample_report
from piyue.services.importing import import_report
from piyue.storage import Library, notes_repo
from piyue.storage.orm import NoteRow

ROUNDS = 11


class _FormerDateTime(TypeDecorator[datetime]):
    """The datetime column as it was read before: through SQLAlchemy's wrapper."""

    impl = String
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def former_notes(library: Library, document_id: int) -> list[Note]:
    """The notes of a document read the former way (the baseline)."""
    table = notes_repo._NOTES
    columns = [
        type_coerce(c, _FormerDateTime).label(c.name) if c.name in ("created", "updated") else c
        for c in notes_repo._COLUMNS
    ]
    query = select(*columns).where(table.c.document_id == document_id)
    query = query.order_by(table.c.start_offset, table.c.end_offset, table.c.created)
    with library._session() as session:
        rows = session.execute(query).all()
        tags = notes_repo.NoteRepository(session)._tags_for(NoteRow.document_id == document_id)
    notes = []
    for row in rows:
        anchor = Anchor(
            exact=row.exact,
            start=row.start_offset,
            end=row.end_offset,
            prefix=row.prefix,
            suffix=row.suffix,
            section_path=notes_repo._path(row.section_path),
            kind=notes_repo._KINDS[row.kind],
        )
        notes.append(
            Note(
                id=row.id,
                document_id=row.document_id,
                body=row.body,
                anchor=anchor,
                state=notes_repo._STATES[row.state],
                color=row.color,
                tags=tuple(tags.get(row.id, ())),
                status=notes_repo._STATUSES[row.status],
                author=row.author,
                created=row.created,
                updated=row.updated,
                prior_quote=row.prior_quote,
                version=row.version,
            )
        )
    return notes


def fill(library: Library, count: int) -> tuple[int, list[float]]:
    """Import the sample and add ``count`` notes to it one by one; its id and the time of each store."""
    doc_id = import_report(library, sample_report()).document.id
    document = library.load(doc_id)
    span = len(document.text) - 30
    store: list[float] = []
    statuses = list(NoteStatus)
    for i in range(count):
        start = (i * 37) % span
        anchor = anchor_span(document, start, start + 12)
        began = time.perf_counter()
        library.add_note(doc_id, anchor, f"第{i}条批注：核实口径。", tags=[f"tag{i % 20}"], status=statuses[i % 3])
        store.append(time.perf_counter() - began)
    return doc_id, store


def _line(label: str, times: list[float]) -> str:
    ms = 1000
    return f"{label}: median {statistics.median(times) * ms:.1f} ms [{min(times) * ms:.1f}–{max(times) * ms:.1f}]"


def measure(path: Path, count: int) -> None:
    """Fill (unless already filled) and time the loads, alternately with the baselines."""
    with Library.open(path, backups=False) as library:
        documents = library.documents()
        if documents:
            doc_id = documents[0].id
        else:
            doc_id, store = fill(library, count)
            print(f"store one note: median {statistics.median(store) * 1000:.2f} ms (goal ≤ 10 ms)")
        bare = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        columns = ", ".join(c.name for c in notes_repo._COLUMNS)
        bare_sql = f"SELECT {columns} FROM notes WHERE document_id = ? ORDER BY start_offset, end_offset, created"
        ways: dict[str, Callable[[], object]] = {
            "load all notes, former way (baseline)": lambda: former_notes(library, doc_id),
            "load all notes, sqlite3 rows only (floor)": lambda: bare.execute(bare_sql, (doc_id,)).fetchall(),
            "load all notes": lambda: library.notes(doc_id),
            "load + filter (tag, status, text)": lambda: library.notes(
                doc_id, tag="tag3", status=NoteStatus.TO_CHECK, states=list(AnchorState), text="核实"
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in ways}
        cpu: dict[str, list[float]] = {name: [] for name in ways}
        for _ in range(ROUNDS):
            for name, way in ways.items():
                began, began_cpu = time.perf_counter(), time.process_time()
                way()
                times[name].append(time.perf_counter() - began)
                cpu[name].append(time.process_time() - began_cpu)
        notes = library.notes(doc_id)
        assert notes == former_notes(library, doc_id), "the two ways disagree"
        bare.close()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"notes: {len(notes)} ({ROUNDS} rounds, ms: median [min–max]; goal ≤ 100 ms; load average {load})")
    for name, t in times.items():
        print("  " + _line(name, t) + f"  CPU {statistics.median(cpu[name]) * 1000:.1f} ms")
    ratio = statistics.median(times["load all notes"]) / statistics.median(times[next(iter(ways))])
    print(f"  load all notes / baseline: {ratio:.2f}")


def main() -> int:
    """Run the benchmark and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--library", type=Path, help="keep the database here (reused when it exists)")
    args = parser.parse_args()
    if args.library is not None:
        measure(args.library, args.notes)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        measure(Path(folder) / "bench.sqlite3", args.notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
