"""Output paths: safe names from titles, never outside the chosen folder, atomic writes, no silent overwrite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from piyue.export.files import OutputExistsError, output_path, write_atomically
from piyue.export.naming import MAX_NAME_BYTES, safe_stem
from piyue.export.options import ExportError


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2026年政府工作报告", "2026年政府工作报告"),
        ("../../etc/passwd", "etc-passwd"),
        ("..\\..\\Windows\\system32", "Windows-system32"),
        ('a/b:c*d?e"f<g>h|i', "a-b-c-d-e-f-g-h-i"),
        ("  多个   空格\t和\n换行 ", "多个_空格_和_换行"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("...", "piyue-export"),
        ("", "piyue-export"),
        ("\x00\x1b\u202e", "piyue-export"),
    ],
)
def test_safe_stem(title: str, expected: str) -> None:
    assert safe_stem(title) == expected


def test_long_titles_are_cut_at_a_character() -> None:
    stem = safe_stem("政府工作报告" * 100)
    assert len(stem.encode("utf-8")) <= MAX_NAME_BYTES and stem.startswith("政府工作报告")
    stem.encode("utf-8").decode("utf-8")


def test_output_path_stays_in_the_folder(tmp_path: Path) -> None:
    target = output_path(None, "../../evil", ".md", cwd=tmp_path)
    assert target.parent == tmp_path and target.name == "evil-批注.md"
    folder = tmp_path / "out"
    folder.mkdir()
    assert output_path("out", "/etc/passwd", ".csv", cwd=tmp_path) == folder / "etc-passwd-批注.csv"
    assert output_path(str(folder) + os.sep, "报告", ".csv") == folder / "报告-批注.csv"
    assert output_path("file.html", "报告", ".html", cwd=tmp_path) == tmp_path / "file.html"
    with pytest.raises(ExportError, match="not a file name"):
        output_path("out/..", "x", ".md", cwd=tmp_path / "nowhere")


def test_atomic_write_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    write_atomically(target, b"first")
    with pytest.raises(OutputExistsError, match="--force"):
        write_atomically(target, b"second")
    assert target.read_bytes() == b"first"
    write_atomically(target, b"second", force=True)
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]  # no temporary file left behind
    assert target.stat().st_mode & 0o777 == 0o644


def test_atomic_write_leaves_nothing_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", broken)
    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(ExportError, match="disk is full"):
        write_atomically(tmp_path / "x.md", b"data")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no such folder"):
        write_atomically(tmp_path / "missing" / "x.md", b"data")
