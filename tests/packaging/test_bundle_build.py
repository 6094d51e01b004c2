"""The real PyInstaller build and its smoke test (slow: about a minute or two; run with `pytest -m slow`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_support import PACKAGING

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> tuple[Path, dict]:
    """Build dist/piyue/ in a scratch folder with packaging/build.py, which also smoke-tests it."""
    base = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--dist", str(base / "dist"), "--work", str(base / "work")],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, f"build failed\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr[-6000:]}"
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    return Path(summary["bundle"]), summary


def test_build_and_smoke_test_pass(bundle) -> None:
    folder, summary = bundle
    assert summary["name"] == "piyue"
    assert (folder / "piyue").is_file()
    print(f"bundle: {summary['size_bytes'] / 2**20:.0f} MiB, built in {summary.get('build_seconds')} s")


def test_bundle_holds_the_qt_plugins_and_data(bundle) -> None:
    folder, _summary = bundle
    internal = folder / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ):
        if sys.platform.startswith("linux"):
            assert (plugins / plugin).is_file(), plugin
    for data in (
        "piyue/resources/samples/chaoyang-2026.md",
        "piyue/resources/dictionaries/policy_terms.txt",
        "piyue/resources/icons/piyue.svg",
        "piyue/storage/migrations/script.py.mako",
        "piyue/storage/migrations/versions/0001_initial.py",
        "jieba/dict.txt",
        "jieba/analyse/idf.txt",
        "docx/templates/default.docx",
    ):
        assert (internal / data).is_file(), data
    assert list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_zh_CN.qm"))
    assert not list(internal.rglob("*WebEngine*"))
    assert not list(internal.rglob("libQt6Qml*"))
