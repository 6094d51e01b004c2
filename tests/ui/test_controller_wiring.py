"""Guard rail (issue 13): controllers are given the session and the widgets they drive, never the window —
no controller module names ``MainWindow``, takes a ``window`` argument, or reaches into ``window._…``; and
nothing patches hooks into the loader or the notes controller from outside."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop/piyue/ui"

#: The modules that drive the window's parts from the session.
CONTROLLERS = (
    "notes_controller.py",
    "export_controller.py",
    "find_controller.py",
    "navigation.py",
    "live_updates.py",
    "loader.py",
    "backups.py",
    "library_store.py",
    "session.py",
    "composition.py",
)


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "MainWindow":
            found.append(f"{path.name}:{node.lineno}: names MainWindow")
        elif isinstance(node, ast.ImportFrom) and any(alias.name == "MainWindow" for alias in node.names):
            found.append(f"{path.name}:{node.lineno}: imports MainWindow")
        elif isinstance(node, ast.arg) and node.arg == "window":
            found.append(f"{path.name}:{node.lineno}: takes a window argument")
        elif isinstance(node, ast.Attribute) and node.attr == "window" and ast.unparse(node.value) == "self":
            found.append(f"{path.name}:{node.lineno}: keeps the window (self.window)")
    return found


def test_controllers_get_the_session_and_widgets_never_the_window():
    problems = [problem for name in CONTROLLERS for problem in _problems(UI / name)]
    assert problems == []


def _assigned_from_outside(path: Path) -> list[str]:
    """Attributes assigned on objects other than ``self`` (and what ``self`` owns): hooks patched in."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            if not isinstance(target, ast.Attribute):
                continue
            base = target.value
            while isinstance(base, ast.Attribute):
                base = base.value
            name = ast.unparse(target)
            if not (isinstance(base, ast.Name) and base.id == "self") and name != "sys.excepthook":
                found.append(f"{path.name}:{node.lineno}: {name} = …")
    return found


def test_the_composition_root_uses_the_windows_public_face_only():
    tree = ast.parse((UI.parent / "app.py").read_text("utf-8"))
    private = [
        f"app.py:{node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and ast.unparse(node.value) == "window"
    ]
    assert private == []


def test_no_hooks_are_patched_in_from_outside():
    """The composition root and the controllers hand things over through constructors and signals."""
    paths = [UI / name for name in CONTROLLERS] + [UI.parent / "app.py"]
    assert [problem for path in paths for problem in _assigned_from_outside(path)] == []


def test_the_guard_finds_what_it_guards_against(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from piyue.ui.main_window import MainWindow\n"
        "class C:\n"
        "    def __init__(self, window: MainWindow) -> None:\n"
        "        self.window = window\n",
        "utf-8",
    )
    found = _problems(bad)
    assert any("imports MainWindow" in p for p in found)
    assert any("takes a window argument" in p for p in found)
    assert any("self.window" in p for p in found)
    patched = tmp_path / "patched.py"
    patched.write_text("window.loader.store = store\nwindow.notes.restorer = None\nself.ok = 1\n", "utf-8")
    assert len(_assigned_from_outside(patched)) == 2
