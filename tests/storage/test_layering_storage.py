"""The anchoring room is pure: importing it loads none of SQLAlchemy, PySide6, jieba, pyqtgraph."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = {"PySide6", "shiboken6", "sqlalchemy", "alembic", "jieba", "pyqtgraph"}
SCRIPT = """
import json, sys
import piyue.core.anchoring
from piyue.core.anchoring import reanchor, find_quote, Note
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_anchoring_imports_nothing_forbidden() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout))
    assert not loaded & FORBIDDEN, sorted(loaded & FORBIDDEN)
    assert "rapidfuzz" in loaded


def test_storage_is_the_room_that_loads_sqlalchemy() -> None:
    script = (
        "import sys, piyue.storage; print('sqlalchemy' in sys.modules);"
        "from piyue.storage import Library; print('sqlalchemy' in sys.modules, 'PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    # The package loads its names on first use (a read-only search needs no SQLAlchemy); the library does.
    assert result.stdout.split() == ["False", "True", "False"]
