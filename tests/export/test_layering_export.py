"""The export room depends on core only: no database, no segmenter, and Qt only when a PDF is made."""

from __future__ import annotations

import subprocess
import sys

FORBIDDEN = ("PySide6", "sqlalchemy", "jieba", "pyqtgraph", "piyue.storage", "piyue.ui", "piyue.cli")


def test_export_modules_load_without_qt_or_storage() -> None:
    modules = ", ".join(
        f"piyue.export.{m}" for m in ("markdown", "html", "csv", "jsonld", "docx", "pdf", "files", "grouping")
    )
    code = (
        "import sys, piyue.export\n"
        f"import {modules}\n"
        f"bad = [m for m in {FORBIDDEN!r} if any(k == m or k.startswith(m + '.') for k in sys.modules)]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
