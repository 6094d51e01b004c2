"""The version the app reports is the one the package is built with."""

from __future__ import annotations

import tomllib
from pathlib import Path

import piyue


def test_version_matches_pyproject():
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8"))
    assert piyue.__version__ == pyproject["project"]["version"]
