"""packaging/piyue.spec, run with stand-ins for PyInstaller's classes: the entry point, the data it bundles, what it
leaves out, and the name and version from pyproject.toml. The real build is test_bundle_build.py (slow)."""

from __future__ import annotations

import ast
import fnmatch
import importlib
import pkgutil
import subprocess
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest
from packaging_support import PACKAGING, REPO_ROOT, load_script, pyproject

from piyue.cli import COMMANDS
from piyue.export.formats import FORMATS

SPEC = PACKAGING / "piyue.spec"


class _Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps its arguments."""

    made: ClassVar[dict[str, list[_Recorder]]] = {}

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.made.setdefault(type(self).__name__, []).append(self)
        if type(self).__name__ == "Analysis":
            self.pure, self.scripts = [], []
            self.binaries = [("PySide6/Qt/plugins/platforms/libqeglfs.so", "/x/libqeglfs.so", "BINARY")]
            self.binaries += [("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY")]
            self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]]
            self.datas += [("PySide6/Qt/translations/qtbase_zh_CN.qm", "/x/qtbase_zh_CN.qm", "DATA")]
            self.datas += [("PySide6/Qt/translations/designer_zh_CN.qm", "/x/designer_zh_CN.qm", "DATA")]


def _fake_hooks() -> types.ModuleType:
    """PyInstaller.utils.hooks' two helpers the spec uses, done plainly on the installed packages."""

    def collect_data_files(package, includes=None, excludes=None, **_):
        base = Path(importlib.import_module(package).__file__).parent
        found = []
        for path in sorted(base.rglob("*")):
            relative = path.relative_to(base).as_posix()
            if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in relative:
                continue
            if includes and not any(fnmatch.fnmatch(relative, pattern) for pattern in includes):
                continue
            if excludes and any(fnmatch.fnmatch(relative, pattern) for pattern in excludes):
                continue
            found.append((str(path), str(Path(package, relative).parent)))
        return found

    def collect_submodules(package, filter=None, **_):
        module = importlib.import_module(package)
        names = [package]
        for info in pkgutil.walk_packages(module.__path__, prefix=package + "."):
            names.append(info.name)
        return [name for name in names if filter is None or filter(name)]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = collect_data_files
    hooks.collect_submodules = collect_submodules
    return hooks


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str = "linux", qm_dir: Path | None = None) -> dict:
    """Execute the spec as PyInstaller would, with recorders for its classes; returns its namespace."""
    _Recorder.made = {}
    names = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    namespace = {name: type(name, (_Recorder,), {}) for name in names}
    namespace.update(SPECPATH=str(PACKAGING), __file__=str(SPEC), __name__="__main__")
    pyinstaller = types.ModuleType("PyInstaller")
    utils = types.ModuleType("PyInstaller.utils")
    depend = types.ModuleType("PyInstaller.depend")
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda filename, search_paths=None: set()
    for name, module in {
        "PyInstaller": pyinstaller,
        "PyInstaller.utils": utils,
        "PyInstaller.utils.hooks": _fake_hooks(),
        "PyInstaller.depend": depend,
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    if qm_dir is None:
        monkeypatch.delenv("PIYUE_QM_DIR", raising=False)
    else:
        monkeypatch.setenv("PIYUE_QM_DIR", str(qm_dir))
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["made"] = _Recorder.made
    return namespace


def _data_targets(namespace) -> set[str]:
    """Bundle paths of the data files: folder + file name."""
    analysis = namespace["made"]["Analysis"][0]
    return {(Path(folder) / Path(src).name).as_posix() for src, folder in analysis.kwargs["datas"]}


def test_spec_is_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"))


def test_name_version_and_entry_point_come_from_pyproject(monkeypatch) -> None:
    spec = run_spec(monkeypatch)
    project = pyproject()["project"]
    assert spec["NAME"] == project["name"] == "piyue"
    assert spec["VERSION"] == project["version"]
    assert spec["ENTRY_POINT"] == project["scripts"]["piyue"] == "piyue.cli:main"
    analysis = spec["made"]["Analysis"][0]
    assert analysis.args[0] == [str(PACKAGING / "launcher.py")]
    assert spec["made"]["EXE"][0].kwargs["name"] == "piyue"
    assert spec["made"]["COLLECT"][0].kwargs["name"] == "piyue"  # one folder: dist/piyue/
    assert spec["made"]["EXE"][0].kwargs["exclude_binaries"] is True
    assert len(spec["made"]["EXE"]) == 1  # Linux: one executable, GUI and CLI
    assert "BUNDLE" not in spec["made"]


def test_launcher_calls_the_console_script_entry_point() -> None:
    tree = ast.parse((PACKAGING / "launcher.py").read_text(encoding="utf-8"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert any(node.module == "piyue.cli" and [a.name for a in node.names] == ["main"] for node in imports)
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "main"]
    assert calls


def test_every_resource_is_bundled(monkeypatch) -> None:
    targets = _data_targets(run_spec(monkeypatch))
    resources = REPO_ROOT / "resources"
    for path in resources.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".ts"):
            assert f"piyue/resources/{path.relative_to(resources).as_posix()}" in targets, path
    assert "piyue/resources/__init__.py" in targets
    assert "piyue/resources/samples/chaoyang-2026.md" in targets
    assert "piyue/resources/icons/hicolor/256x256/apps/app.piyue.Piyue.png" in targets


def test_migrations_are_bundled_as_source(monkeypatch) -> None:
    targets = _data_targets(run_spec(monkeypatch))
    migrations = REPO_ROOT / "desktop" / "piyue" / "storage" / "migrations"
    assert "piyue/storage/migrations/script.py.mako" in targets
    assert "piyue/storage/migrations/env.py" in targets
    versions = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    assert len(versions) >= 2
    for name in versions:
        assert f"piyue/storage/migrations/versions/{name}" in targets


def test_third_party_data_is_bundled(monkeypatch) -> None:
    targets = _data_targets(run_spec(monkeypatch))
    assert {"jieba/dict.txt", "jieba/analyse/idf.txt"} <= targets
    assert "docx/templates/default.docx" in targets
    assert "docx/templates/default-comments.xml" in targets
    assert not any(t.startswith("jieba/lac_small/") for t in targets)


def test_modules_imported_by_name_are_hidden_imports(monkeypatch) -> None:
    """Subcommands and export formats are imported with importlib, which PyInstaller cannot see."""
    hidden = set(run_spec(monkeypatch)["made"]["Analysis"][0].kwargs["hiddenimports"])
    for module, _help in COMMANDS.values():
        assert module in hidden
    for module in FORMATS.values():
        assert module in hidden
    assert "markdown_it.rules_block" in hidden or any(m.startswith("markdown_it.") for m in hidden)
    assert not any(m.startswith("piyue.resources") for m in hidden)  # data, found by importlib.resources


def test_unused_parts_of_qt_are_left_out(monkeypatch) -> None:
    spec = run_spec(monkeypatch)
    excludes = set(spec["made"]["Analysis"][0].kwargs["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQml", "PySide6.QtQuick"} <= excludes
    assert {"tkinter", "PyQt5", "PyQt6", "PySide2"} <= excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork", "PySide6.QtSvg"} & excludes
    analysis = spec["made"]["Analysis"][0]
    kept = {dest for dest, _src, _kind in analysis.binaries}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "PySide6/Qt/plugins/platforms/libqeglfs.so" not in kept
    datas = {dest for dest, _src, _kind in analysis.datas}
    assert "PySide6/Qt/translations/qtbase_zh_CN.qm" in datas
    assert "PySide6/Qt/translations/designer_zh_CN.qm" not in datas


def test_compiled_translations_are_bundled(monkeypatch, tmp_path) -> None:
    (tmp_path / "piyue_zh_CN.qm").write_bytes(b"qm")
    targets = _data_targets(run_spec(monkeypatch, qm_dir=tmp_path))
    assert "piyue/resources/translations/piyue_zh_CN.qm" in targets


@pytest.mark.parametrize(("platform", "icon"), [("win32", "windows/piyue.ico"), ("darwin", "macos/piyue.icns")])
def test_windows_and_macos_get_their_icons(monkeypatch, platform, icon) -> None:
    spec = run_spec(monkeypatch, platform=platform)
    cli, gui = spec["made"]["EXE"]
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("piyue", True)
    assert (gui.kwargs["name"], gui.kwargs["console"]) == ("piyue-gui", False)  # no console window beside the GUI
    for exe in (cli, gui):
        assert exe.kwargs["icon"] == [str(PACKAGING / icon)]
        assert exe.kwargs["strip"] is False
    folder = spec["made"]["COLLECT"][0].args
    if platform == "darwin":
        assert folder[0] is gui  # the .app's CFBundleExecutable
        bundle = spec["made"]["BUNDLE"][0].kwargs
        assert bundle["bundle_identifier"] == "app.piyue.Piyue"
        assert bundle["version"] == pyproject()["project"]["version"]
    else:
        assert folder[:2] == (cli, gui)


def test_build_script_compiles_translations(tmp_path) -> None:
    """build.py turns Qt Linguist sources into .qm files with the lrelease that comes with PySide6."""
    build = load_script("build")
    if build.lrelease_command() is None:
        pytest.skip("lrelease not found")
    source = tmp_path / "ts"
    source.mkdir()
    (source / "piyue_zh_CN.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN">\n'
        "<context><name>MainWindow</name><message><source>Open</source><translation>打开</translation>"
        "</message></context>\n</TS>\n",
        encoding="utf-8",
    )
    written = build.compile_translations(tmp_path / "out", source)
    assert [p.name for p in written] == ["piyue_zh_CN.qm"]
    assert written[0].stat().st_size > 0


def test_build_script_help_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "--smoke-only" in done.stdout
