"""Related reports at a bounded cost: key terms cached on disk by text sha256, a budget per call."""

from __future__ import annotations

from pathlib import Path

import pytest

from piyue.segment import Keyword, KeywordExtractor, default_segmenter
from piyue.segment.term_cache import TermCache, cache_path
from piyue.services import importing
from piyue.services.related import Budget, related_reports, report_terms, text_sha256

TOPICS = ["低空经济", "营商环境", "乡村振兴", "数字经济", "生态环境", "养老服务"]


class CountingExtractor(KeywordExtractor):
    """The real extractor, counting the texts it segments."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def keywords(self, text: str, top: int = 10) -> list[Keyword]:
        self.calls += 1
        return super().keywords(text, top)


@pytest.fixture
def lib(tmp_path: Path):
    from piyue.storage.library import Library

    default_segmenter().wait()
    library = Library.open(tmp_path / "notes.sqlite3", backups=False)
    yield library
    library.close()


def _import(lib, folder: Path, count: int) -> list[int]:
    """``count`` small reports, each about one topic (and a number, so that every text differs)."""
    folder.mkdir(exist_ok=True)
    ids = []
    for n in range(count):
        topic = TOPICS[n % len(TOPICS)]
        path = folder / f"report-{n:03d}.md"
        path.write_text(f"{topic}，{topic}。{n}\n", encoding="utf-8")
        ids.append(importing.import_report(lib, path).document.id)
    return ids


def test_the_cache_keeps_terms_across_instances_and_falls_back_to_memory(tmp_path: Path) -> None:
    terms = [Keyword("低空经济", 0.5), Keyword("示范区", 0.25)]
    TermCache(tmp_path / "terms.sqlite3").put("abc", terms)
    again = TermCache(tmp_path / "terms.sqlite3")
    assert again.on_disk and again.get_many(["abc", "nope"]) == {"abc": terms}
    nowhere = TermCache(tmp_path / "missing-folder" / "terms.sqlite3")  # cannot be created: memory only
    nowhere.put("abc", terms)
    assert not nowhere.on_disk and nowhere.get_many(["abc"]) == {"abc": terms}
    assert cache_path(tmp_path).parent == tmp_path and cache_path(tmp_path).name.startswith("key-terms-")


def test_a_second_call_segments_nothing(lib, tmp_path: Path) -> None:
    ids = _import(lib, tmp_path / "reports", 7)
    path = tmp_path / "terms.sqlite3"
    opened = lib.load(ids[0])
    first = CountingExtractor()
    terms = report_terms(opened.text, first, TermCache(path))
    found = related_reports(lib, terms, ids[0], extractor=first, cache=TermCache(path))
    assert first.calls == 1 + 6 and found.segmented == 6 and found.pending == 0
    assert [doc_id for doc_id, _title, _shared in found.reports] == [ids[6]]  # the other 低空经济 report
    assert "低空经济" in found.reports[0][2]

    second = CountingExtractor()  # a new run: a new extractor and a new cache object on the same file
    cache = TermCache(path)
    again = related_reports(lib, report_terms(opened.text, second, cache), ids[0], extractor=second, cache=cache)
    assert second.calls == 0 and again.segmented == 0
    assert again.reports == found.reports
    assert cache.get_many([text_sha256(opened.text)]) == {text_sha256(opened.text): terms}


def test_one_call_segments_at_most_the_budget_newest_first(lib, tmp_path: Path) -> None:
    ids = _import(lib, tmp_path / "reports", 30)
    cache = TermCache(tmp_path / "terms.sqlite3")
    terms = report_terms(lib.load(ids[0]).text, KeywordExtractor(), cache)
    extractor = CountingExtractor()
    found = related_reports(lib, terms, ids[0], extractor=extractor, cache=cache, budget=Budget(texts=6))
    assert extractor.calls == found.segmented == 6 and found.pending == 29 - 6
    newest = {text_sha256(lib.load(doc_id).text) for doc_id in ids[-6:]}
    assert set(cache.get_many(newest)) == newest  # the six newest were the ones segmented
    assert [r[0] for r in found.reports] == [ids[24]]  # what is known so far: the newest 低空经济 report

    for _ in range(4):  # later opens fill in the rest
        found = related_reports(lib, terms, ids[0], extractor=extractor, cache=cache, budget=Budget(texts=6))
    assert found.pending == 0 and extractor.calls == 29
    assert sorted(r[0] for r in found.reports) == sorted([ids[6], ids[12], ids[18], ids[24]])
    timed = related_reports(
        lib, terms, None, extractor=extractor, cache=TermCache(None), budget=Budget(texts=100, seconds=0)
    )
    assert timed.segmented == 0 and timed.reports == []  # no time: nothing known, nothing said


def test_a_cancelled_call_stops_between_texts(lib, tmp_path: Path) -> None:
    ids = _import(lib, tmp_path / "reports", 6)
    extractor = CountingExtractor()

    class Stop(Exception):
        pass

    def check() -> None:
        if extractor.calls >= 2:
            raise Stop

    with pytest.raises(Stop):
        related_reports(lib, [], ids[0], extractor=extractor, cache=TermCache(None), check=check)
    assert extractor.calls == 2
