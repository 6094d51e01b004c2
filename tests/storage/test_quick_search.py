"""The read-only search path of ``piyue search`` (sqlite3 only) answers exactly as the library does."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SAMPLE

from piyue.core.anchoring import anchor_span
from piyue.segment import search_analyzer
from piyue.services.importing import import_report
from piyue.storage import Library
from piyue.storage.quick_search import search_file

QUERIES = ["营商环境", "发展", "建设", "消费", "金融业 增长", '"科技创新"', "PM2.5", "5G", "税", "区", "审核"]


@pytest.fixture(scope="module")
def analyzer():
    """The search analyzer on the initialised shared segmenter."""
    analyzer = search_analyzer()
    analyzer.segmenter.wait()
    return analyzer


@pytest.fixture
def db(analyzer, tmp_path: Path) -> Path:
    """A library file holding the sample and a small report, with a note, all indexed."""
    path = tmp_path / "quick.sqlite3"
    other = tmp_path / "other.md"
    other.write_text("# 某区报告\n\n优化营商环境，建设5G基站，PM2.5下降。税收增长。\n", encoding="utf-8")
    with Library.open(path, analyzer=analyzer) as library:
        first = import_report(library, SAMPLE).document.id
        import_report(library, other)
        document = library.load(first)
        start = document.text.index("金融业")
        library.add_note(first, anchor_span(document, start, start + 3), "请审核金融业数据")
    return path


def test_same_hits_as_the_library(analyzer, db: Path) -> None:
    with Library.open(db, analyzer=analyzer) as library:
        for query in QUERIES:
            expected = library.search(query, 20, refresh=False)
            assert search_file(db, analyzer, query, 20) == expected, query
    assert search_file(db, analyzer, "审核", 20)[0].kind == "note"


def test_an_index_behind_the_library_is_left_to_the_full_path(analyzer, db: Path, tmp_path: Path) -> None:
    late = tmp_path / "late.md"
    late.write_text("# 迟到\n\n营商环境再优化。\n", encoding="utf-8")
    with Library.open(db) as library:  # no analyzer: stored but not indexed
        import_report(library, late)
    assert search_file(db, analyzer, "营商环境", 20) is None
    with Library.open(db, analyzer=analyzer) as library:
        library.update_search_index()
    assert any(
        h.document_path and h.document_path.endswith("late.md") for h in search_file(db, analyzer, "营商环境", 50)
    )


def test_no_file_or_an_old_schema_is_left_to_the_full_path(analyzer, tmp_path: Path) -> None:
    assert search_file(tmp_path / "none.sqlite3", analyzer, "营商环境") is None
    old = Path(__file__).parent / "fixtures"
    first = sorted(old.glob("*0001*.sqlite3"))
    if first:
        copy = tmp_path / "old.sqlite3"
        copy.write_bytes(first[0].read_bytes())
        assert search_file(copy, analyzer, "营商环境") is None
