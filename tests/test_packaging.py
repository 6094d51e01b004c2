"""Packaging: every package of desktop/piyue is listed in pyproject.toml; the bundled sample is the shared one."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_ROOT = REPO_ROOT / "desktop" / "piyue"
SHARED_SAMPLE = REPO_ROOT.parent / "shared" / "data" / "chaoyang-2026.md"


def _setuptools() -> dict:
    with (REPO_ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["setuptools"]


def _package_dirs() -> set[str]:
    found = set()
    for init in PACKAGE_ROOT.rglob("__init__.py"):
        if "__pycache__" in init.parts:
            continue
        relative = init.parent.relative_to(PACKAGE_ROOT.parent)
        found.add(".".join(relative.parts))
    return found


def test_every_package_is_listed() -> None:
    listed = set(_setuptools()["packages"])
    missing = sorted(_package_dirs() - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_listed_packages_exist() -> None:
    config = _setuptools()
    dirs = config["package-dir"]
    for package in config["packages"]:
        if package in dirs:
            path = REPO_ROOT / dirs[package]
        else:
            root = next(p for p in sorted(dirs, key=len, reverse=True) if package.startswith(p + ".") or package == p)
            path = REPO_ROOT / dirs[root] / Path(*package.split(".")[len(root.split(".")) :])
        assert (path / "__init__.py").is_file(), f"{package} → {path}"


def test_sample_is_bundled() -> None:
    assert (REPO_ROOT / "resources" / "samples" / "chaoyang-2026.md").is_file()
    assert "piyue.resources" in _setuptools()["packages"]


def test_sample_is_the_shared_sample() -> None:
    if not SHARED_SAMPLE.is_file():
        pytest.skip(f"{SHARED_SAMPLE} not present")
    bundled = (REPO_ROOT / "resources" / "samples" / "chaoyang-2026.md").read_bytes()
    assert bundled == SHARED_SAMPLE.read_bytes()
