"""ui/ and cli/ type against the services' protocols, never against storage classes, not even re-exported ones.

import-linter forbids ``ui``/``cli`` → ``piyue.storage`` imports; this test closes the back door: a storage
class reached through a ``piyue.services`` module. Plain records (frozen dataclasses) and exceptions may
come through the services; :class:`piyue.storage.Library` and every other storage class with behaviour
may not — they are :class:`piyue.services.ports.LibraryPort` and friends.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
from pathlib import Path

import piyue

PACKAGE = Path(piyue.__file__).parent


def _names_from_services(tree: ast.AST) -> list[tuple[str, str, int]]:
    """(services module, name, line) for every name a file takes from ``piyue.services`` (anywhere in it)."""
    found: list[tuple[str, str, int]] = []
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("piyue.services"):
            found += [(node.module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("piyue.services"):
                    aliases[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):  # piyue.services.library.Library / lib.Library after ``import … as lib``
        if isinstance(node, ast.Attribute):
            owner = ast.unparse(node.value)
            if owner in aliases:
                found.append((aliases[owner], node.attr, node.lineno))
    return found


def _storage_class_with_behaviour(value: object) -> bool:
    if not isinstance(value, type) or not value.__module__.startswith("piyue.storage"):
        return False
    plain_record = dataclasses.is_dataclass(value) and value.__dataclass_params__.frozen  # type: ignore[attr-defined]
    return not (issubclass(value, BaseException) or plain_record)


def test_ui_and_cli_never_name_a_storage_class_through_the_services() -> None:
    offences = []
    files = sorted((PACKAGE / "ui").rglob("*.py")) + sorted((PACKAGE / "cli").rglob("*.py"))
    assert len(files) > 40
    for path in files:
        for module, name, line in _names_from_services(ast.parse(path.read_text(encoding="utf-8"))):
            value = getattr(importlib.import_module(module), name, None)
            if _storage_class_with_behaviour(value):
                offences.append(f"{path.relative_to(PACKAGE)}:{line}: {module}.{name} is {value!r}")
    assert not offences, "type against piyue.services.ports instead:\n" + "\n".join(offences)


def test_the_guard_sees_a_re_exported_storage_class(tmp_path: Path) -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "import piyue.services.library as lib\n"
        "if TYPE_CHECKING:\n"
        "    from piyue.services.library import LibraryRow, StorageError\n"
        "def f(x: lib.Library) -> None: ...\n"
    )
    names = _names_from_services(ast.parse(source))
    assert ("piyue.services.library", "LibraryRow", 4) in names
    assert ("piyue.services.library", "StorageError", 4) in names
    assert ("piyue.services.library", "Library", 5) in names
    from piyue.storage import DocumentRecord, Library, StorageError

    assert _storage_class_with_behaviour(Library)
    assert not _storage_class_with_behaviour(DocumentRecord)  # a plain frozen record
    assert not _storage_class_with_behaviour(StorageError)


def test_the_storage_library_is_a_library_port() -> None:
    """Every member the protocols promise exists on the storage library with the same parameters (pyright
    checks the types where the services return it; this catches a protocol that drifts from it at run time)."""
    import inspect

    from piyue.services.ports import LibraryPort, NoteStore
    from piyue.storage import Library

    for protocol in (NoteStore, LibraryPort):
        for name, promised in vars(protocol).items():
            if name.startswith("_") and name not in ("__enter__", "__exit__"):
                continue
            assert hasattr(Library, name), name
            if isinstance(promised, property):
                assert isinstance(getattr(Library, name), property), name
            elif callable(promised):
                expected = list(inspect.signature(promised).parameters)
                assert list(inspect.signature(getattr(Library, name)).parameters) == expected, name
    assert "analyzer" in LibraryPort.__annotations__
    assert Library.open(":memory:").analyzer is None
