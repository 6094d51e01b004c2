"""What the export dialog asks to be written: the payload of ``ExportDialog.exportRequested`` (a module of its
own, so that the window can declare the slot receiving it without loading the dialog and the exporters)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from piyue.core.anchoring import Note
    from piyue.ui.export_dialog import ExportFormat, Scope


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the dialog asks to be written."""

    format: ExportFormat
    notes: tuple[Note, ...]
    include_metrics: bool
    target: Path
    scope: Scope
