"""The core is pure Python: importing it loads none of PySide6, SQLAlchemy, jieba, pyqtgraph (DESIGN.md §2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "jieba", "pyqtgraph")

SCRIPT = """
import json, sys
import piyue.core, piyue.core.readers, piyue.core.outline.headings
from piyue.core.readers import read_document
document = read_document(sys.argv[1])
roots = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({"modules": roots, "sections": document.section_count}))
"""


def test_core_imports_no_ui_storage_or_segmentation(sample_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(sample_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["sections"] > 0
    loaded = set(report["modules"])
    assert not loaded & set(FORBIDDEN), sorted(loaded & set(FORBIDDEN))


def test_docx_reader_is_imported_lazily(sample_path: Path) -> None:
    script = (
        "import sys\nfrom piyue.core.readers import read_document\nread_document(sys.argv[1])\n"
        "print('docx' in sys.modules, 'piyue.core.readers.docx' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(sample_path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
