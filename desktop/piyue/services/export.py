"""The one export path of the CLI and the window: options built one way, render, then write atomically.

The exporters themselves (``piyue.export``) are pure functions from core objects to bytes; this module
decides the options (source and content hash as the library knows them), computes the figures when the
appendix is wanted, and writes the file (never replacing one without ``force``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document

if TYPE_CHECKING:
    from piyue.export import ExportOptions
    from piyue.storage import DocumentRecord


class ExportCancelled(Exception):
    """The export was cancelled before its file was written (nothing was written)."""


def export_options(record: DocumentRecord | None, document: Document, *, comments: bool = False) -> ExportOptions:
    """The options of an export of ``document``: its source and content hash as the library stored them
    (``record``; without one, or for a text that is not the stored one, the file's own path and hash)."""
    from piyue.export import ExportOptions

    if record is None:
        return ExportOptions(comments=comments)
    options = ExportOptions(source=record.source_path, comments=comments)
    if options.hash_of(document) == record.latest.sha256:
        return ExportOptions(source=record.source_path, content_hash=record.latest.sha256, comments=comments)
    return options


@dataclass(frozen=True, slots=True)
class ExportJob:
    """Everything an export needs (immutable core objects)."""

    fmt: str
    document: Document
    notes: tuple[Note, ...]
    metrics: tuple[Metric, ...] | None  # None: no appendix
    compute_metrics: bool  # the appendix is wanted but no figures are at hand: extract them
    options: ExportOptions
    target: Path
    force: bool


def run_export(job: ExportJob, *, before_write: Callable[[], bool] | None = None) -> Path:
    """Render ``job`` and write its file atomically; the path written.

    ``before_write()`` is asked once the file is rendered; False cancels (:class:`ExportCancelled`).
    Raises ExportError (one line) and OutputExistsError.
    """
    from piyue.export import render
    from piyue.export.files import write_atomically

    metrics = job.metrics
    if job.compute_metrics:
        from piyue.core.metrics import metrics_for_document

        metrics = tuple(metrics_for_document(job.document))
    data = render(job.fmt, job.document, job.notes, metrics, job.options)
    if before_write is not None and not before_write():
        raise ExportCancelled(str(job.target))
    write_atomically(job.target, data, force=job.force)
    return job.target


def job_for(
    fmt: str,
    document: Document,
    notes: Sequence[Note],
    options: ExportOptions,
    target: Path,
    *,
    metrics: Sequence[Metric] | None = None,
    with_metrics: bool = False,
    force: bool = False,
) -> ExportJob:
    """An :class:`ExportJob`; with ``with_metrics`` and no ``metrics`` the figures are extracted."""
    given = tuple(metrics) if metrics else None
    return ExportJob(
        fmt, document, tuple(notes), given if with_metrics else None, with_metrics and not given, options, target, force
    )
