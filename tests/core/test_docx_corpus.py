"""The real Word files of the 2025 provincial reports open with the outline and figures of their text copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from piyue.cli.outline_cmd import format_tree
from piyue.core.readers import read_document

FOLDER = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "provinces-2025"
WORD_FILES = sorted(p.name for p in (FOLDER / "docx").glob("*.docx")) if FOLDER.is_dir() else []

pytestmark = pytest.mark.corpus


def test_all_31_word_files_are_there() -> None:
    if not FOLDER.is_dir():
        pytest.skip("../shared/corpus is not available")
    assert len(WORD_FILES) == 31


@pytest.mark.parametrize("name", WORD_FILES)
def test_word_file_reads_like_its_text_copy(name: str) -> None:
    from piyue.core.metrics import metrics_for_document

    word = read_document(FOLDER / "docx" / name)
    text = read_document(FOLDER / name.replace(".docx", ".txt"))
    assert word.format == "docx"
    assert format_tree(word.sections) == format_tree(text.sections)
    assert len(word.sections) >= 2
    assert [(m.text, m.value, m.kind) for m in metrics_for_document(word)] == [
        (m.text, m.value, m.kind) for m in metrics_for_document(text)
    ]
