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
    return folder_report_files(paths).files


#: Which copy of a report saved in several formats a folder import takes: the one in the folder nearest the
#: top, and among those the first format here.
FORMAT_PREFERENCE = (".md", ".markdown", ".txt", ".docx", ".pdf")


@dataclass(slots=True)
class FolderFiles:
    """The files to import, and the copies left out: ``(copy, the file imported instead)``."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, Path]] = field(default_factory=list)


def folder_report_files(paths: Iterable[Path]) -> FolderFiles:
    """The report files among ``paths`` (folders searched recursively, in a stable order), each report once.

    A folder often holds one report in two formats — ``beijing.txt`` and ``docx/beijing.docx``: the same name,
    another format, in the same folder or one below it. Only one of them is imported (the one nearest the top,
    then by :data:`FORMAT_PREFERENCE`); the others are listed in ``skipped``. Files named explicitly, and files
    of the same name in unrelated folders (``2024/beijing.txt``, ``2025/beijing.txt``), are all kept."""
    result = FolderFiles()
    for path in paths:
        if path.is_dir():
            # In a folder only files named as reports count (not every file without an extension).
            wanted = SUPPORTED_SUFFIXES - {""}
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted)
            kept, skipped = _one_copy_each(found)
            result.files.extend(kept)
            result.skipped.extend(skipped)
        elif path.is_file():
            result.files.append(path)
    return result


def _one_copy_each(files: list[Path]) -> tuple[list[Path], list[tuple[Path, Path]]]:
    def rank(path: Path) -> tuple[int, int, str]:
        suffix = path.suffix.lower()
        order = FORMAT_PREFERENCE.index(suffix) if suffix in FORMAT_PREFERENCE else len(FORMAT_PREFERENCE)
        return len(path.parts), order, str(path)

    chosen: dict[str, list[Path]] = {}
    skipped: dict[Path, Path] = {}
    for path in sorted(files, key=rank):
        kept = chosen.setdefault(path.stem.casefold(), [])
        twin = next(
            (k for k in kept if k.suffix.lower() != path.suffix.lower() and _related(k.parent, path.parent)), None
        )
        if twin is None:
            kept.append(path)
        else:
            skipped[path] = twin
    return [p for p in files if p not in skipped], [(p, skipped[p]) for p in files if p in skipped]


def _related(first: Path, second: Path) -> bool:
    """One folder is the other or lies below it."""
    return first == second or first in second.parents or second in first.parents
