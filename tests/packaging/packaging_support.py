"""Shared by the tests of packaging/: the repository paths, and the scripts there loaded as modules."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGING = REPO_ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "app.piyue.Piyue"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def load_script(name: str) -> ModuleType:
    """packaging/NAME.py as a module (the folder is not a package)."""
    module_name = f"piyue_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def pyproject() -> dict:
    return tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def require_tool(name: str) -> str:
    """The path of a command-line tool, or skip (scripts/bootstrap installs it from Debian's packages)."""
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/bootstrap installs it: desktop-file-utils / appstream)")
    return found
