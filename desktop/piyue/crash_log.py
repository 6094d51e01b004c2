"""Unexpected errors: the traceback goes to a log file in the data folder, the user sees one line."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from piyue.paths import data_dir

LOG_NAME = "piyue-errors.log"
MAX_BYTES = 1_000_000


def write_error_log(details: str) -> Path | None:
    """Append ``details`` (e.g. the full output of an integrity check) to the error log; its path, or None."""
    return _append(details if details.endswith("\n") else details + "\n")


def write_crash_log(exc_info: tuple | None = None) -> Path | None:
    """Append the current (or given) exception's traceback to the error log; returns the log's path,
    or None when it cannot be written."""
    kind, value, tb = exc_info or sys.exc_info()
    if kind is None:
        return None
    return _append("".join(traceback.format_exception(kind, value, tb)))


def _append(text: str) -> Path | None:
    path = data_dir() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_suffix(".log.1"))
        with path.open("a", encoding="utf-8", errors="replace") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')} {' '.join(sys.argv)}\n")
            log.write(text)
    except OSError:
        return None
    return path
