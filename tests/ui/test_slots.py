"""Every method of ui/ connected to a signal as ``.connect(self.name)`` is a declared ``@Slot(...)`` (issue 13).

A decorated slot is called by Qt with exactly the argument types it declares (no guessing from the Python
signature, no surprise ``checked`` argument) and is cheaper to deliver to. Lambdas and partials are not
checked; nor are targets Qt itself defines (``self.reject``), nor signals forwarded to signals.
"""

from __future__ import annotations

import ast
from pathlib import Path

import piyue.ui

UI = Path(piyue.ui.__file__).parent


def _is_slot(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (isinstance(target, ast.Name) and target.id == "Slot") or (
        isinstance(target, ast.Attribute) and target.attr == "Slot"
    )


def connected_methods(source: str) -> list[tuple[str, str, int, bool]]:
    """(class, method, line of the connect, whether the method is a @Slot) for each ``.connect(self.method)``
    in a class of ``source`` whose method that class defines."""
    found = []
    for cls in (node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ClassDef)):
        methods = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        for node in ast.walk(cls):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args):
                continue
            target = node.args[0]
            if node.func.attr != "connect" or not isinstance(target, ast.Attribute):
                continue
            if not (isinstance(target.value, ast.Name) and target.value.id == "self") or target.attr not in methods:
                continue  # a lambda, a partial, a signal, another object's method or one Qt defines
            method = methods[target.attr]
            found.append((cls.name, method.name, node.lineno, any(_is_slot(d) for d in method.decorator_list)))
    return found


def test_every_connected_method_of_the_ui_is_a_slot() -> None:
    checked = 0
    missing = []
    for path in sorted(UI.rglob("*.py")):
        for cls, method, line, is_slot in connected_methods(path.read_text(encoding="utf-8")):
            checked += 1
            if not is_slot:
                missing.append(f"{path.relative_to(UI)}:{line}: {cls}.{method} has no @Slot(...)")
    assert checked > 80  # the scan finds the window's connections
    assert not missing, "\n".join(missing)


def test_the_scan_tells_slots_from_plain_methods() -> None:
    source = (
        "class Panel(QWidget):\n"
        "    changed = Signal()\n"
        "    def __init__(self):\n"
        "        self.button.clicked.connect(self.plain)\n"
        "        self.button.clicked.connect(self.declared)\n"
        "        self.button.clicked.connect(self.changed)\n"
        "        self.button.clicked.connect(lambda: self.plain())\n"
        "        self.button.clicked.connect(self.reject)\n"
        "    def plain(self): ...\n"
        "    @Slot()\n"
        "    def declared(self): ...\n"
    )
    assert connected_methods(source) == [("Panel", "plain", 4, False), ("Panel", "declared", 5, True)]
