"""Commands start fast: the file commands never load SQLAlchemy or jieba, and ``search`` on an up-to-date
index loads neither (it reads the index with sqlite3 and cuts the query from the word store)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SAMPLE

from piyue.cli import COMMANDS, main

HEAVY = ("sqlalchemy", "jieba", "alembic", "PySide6", "pyqtgraph")

PROBE = """
import io, json, sys
from piyue.cli import main
real, sys.stdout = sys.stdout, io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
code = main(sys.argv[1:])
sys.stdout = real
print(json.dumps([code, sorted(m for m in {heavy!r} if m in sys.modules)]))
"""


def _loaded(*args: str) -> tuple[int, list[str]]:
    script = PROBE.format(heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120)
    assert result.stdout, result.stderr
    code, loaded = json.loads(result.stdout.splitlines()[-1])
    return code, loaded


@pytest.mark.parametrize("command", ["outline", "metrics", "check", "text"])
def test_file_commands_load_no_database_and_no_segmenter(command: str) -> None:
    if command not in COMMANDS:
        pytest.skip(f"no '{command}' command in this version")
    args = [command, str(SAMPLE)] + (["--json"] if command != "text" else [])
    code, loaded = _loaded(*args)
    assert code in (0, 1)
    assert loaded == []


def test_search_on_an_up_to_date_index_loads_neither(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "fast.sqlite3"
    assert main(["import", str(SAMPLE), "--db", str(db)]) == 0
    assert main(["search", "金融业", "--db", str(db)]) == 0  # catches the index up (jieba; saves the word store)
    capsys.readouterr()
    code, loaded = _loaded("search", "金融业", "--json", "--db", str(db))
    assert code == 0
    assert loaded == []
