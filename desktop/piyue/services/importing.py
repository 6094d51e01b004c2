"""The one way a report gets into the library: read it (unless already parsed), store it under its
normalised path, re-anchor the notes of an earlier version. Used by ``piyue import``, the window's
loader and the library view's import of many files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from piyue.core.model import Document
from piyue.core.readers import SUPPORTED_SUFFIXES, read_document
from piyue.services.library import ImportResult, normalise_path
from piyue.services.ports import LibraryPort

#: ``progress(done, total, current file name)``
Progress = Callable[[int, int, str], None]


def import_report(
    library: LibraryPort, path: Path | str, *, document: Document | None = None, replaces: str | int | None = None
) -> ImportResult:
    """Store the report at ``path`` (``document``: already parsed from it); raises ReaderError, StorageError."""
    parsed = document if document is not None else read_document(path)
    return library.import_document(parsed, normalise_path(path), replaces)


@dataclass(slots=True)
class ImportSummary:
    """What importing many files did."""

    done: int = 0
    problems: list[str] = field(default_factory=list)  # one line per file that could not be imported
    cancelled: bool = False


def import_many(
    library: LibraryPort,
    files: Iterable[Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import ``files`` one by one; one bad file does not stop the others; stops between files when
    ``cancelled()`` says so."""
    files = list(files)
    summary = ImportSummary()
    total = len(files)
    for number, path in enumerate(files):
        if cancelled is not None and cancelled():
            summary.cancelled = True
            break
        if progress is not None:
            progress(number, total, path.name)
        try:
            import_report(library, path)
            summary.done += 1
        except Exception as err:  # reported per file, never raised
            summary.problems.append(str(err) if str(err).startswith(str(path)) else f"{path}: {err}")
    if progress is not None:
        progress(total, total, "")
    return summary


def report_files(paths: Iterable[Path]) -> list[Path]:
    """The report files among ``paths``, folders searched recursively, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # In a folder only files named as reports count (not every file without an extension).
            wanted = SUPPORTED_SUFFIXES - {""}
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted))
        elif path.is_file():
            found.append(path)
    return found
