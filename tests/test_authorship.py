"""Who signs a note: PIYUE_AUTHOR, else the preference, else the OS user's full name, never a bare root."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from piyue import authorship
from piyue.authorship import FALLBACK_AUTHOR, note_author, os_author

SAMPLE = Path(__file__).resolve().parents[1] / "resources/samples/chaoyang-2026.md"


def _user(monkeypatch, login: str, gecos: str) -> None:
    monkeypatch.delenv("PIYUE_AUTHOR", raising=False)
    monkeypatch.setattr(authorship, "login_name", lambda: login)
    import pwd

    entry = SimpleNamespace(pw_name=login, pw_gecos=gecos)
    monkeypatch.setattr(pwd, "getpwnam", lambda _name: entry)


def test_environment_beats_preference_beats_os_user(monkeypatch):
    _user(monkeypatch, "lihua", "Li Hua,,,")
    assert note_author() == "Li Hua"  # the GECOS full name, not the login
    assert note_author("  王  芳 ") == "王 芳"
    monkeypatch.setenv("PIYUE_AUTHOR", "张三")
    assert note_author("王芳") == "张三"
    monkeypatch.setenv("PIYUE_AUTHOR", "   ")
    assert note_author("王芳") == "王芳"  # blank counts as unset


def test_login_when_there_is_no_full_name_and_never_root(monkeypatch):
    _user(monkeypatch, "lihua", "")
    assert os_author() == "lihua"
    _user(monkeypatch, "root", "root")
    assert os_author() == FALLBACK_AUTHOR != "root"
    _user(monkeypatch, "root", "Zhang Wei")
    assert os_author() == "Zhang Wei"


def test_long_names_fit_the_column(monkeypatch):
    monkeypatch.setenv("PIYUE_AUTHOR", "名" * 500)
    assert len(note_author()) == 200


@pytest.mark.parametrize("env_author", ["审阅人甲", None])
def test_cli_notes_json_carries_the_author(tmp_path, env_author):
    import os

    env = {k: v for k, v in os.environ.items() if k != "PIYUE_AUTHOR"}
    if env_author:
        env["PIYUE_AUTHOR"] = env_author
    db = str(tmp_path / "n.sqlite3")

    def piyue(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "piyue", *args, "--db", db], env=env, capture_output=True, text=True, check=True
        )

    piyue("import", str(SAMPLE))
    piyue("note", "add", str(SAMPLE), "--quote", "CBD全球商务区", "--body", "核对")
    [item] = json.loads(piyue("notes", str(SAMPLE), "--json").stdout)
    expected = env_author or os_author()
    assert item["author"] == expected and item["author"] != "root"
