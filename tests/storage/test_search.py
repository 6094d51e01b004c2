"""Library-wide search: words not characters, offsets into the original text, an index kept up to date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from piyue.core.anchoring import anchor_span
from piyue.core.model import Document
from piyue.segment import search_analyzer
from piyue.services.importing import import_report
from piyue.storage import Library
from piyue.storage.search_index import find_spans, mark, parse_query

REPORT = """# 某市政府工作报告

## 一、回顾

优化营商环境，发展新质生产力，推进城中村改造。
改善生态环境，PM2.5平均浓度下降，建成5G基站1.2万个，１４．３％。
促进消费增长，扩大内需。取消费用。
𠀀𠀁社会消费品零售总额增长，税收增长。
"""


@pytest.fixture(scope="module")
def analyzer():
    """The search analyzer on the initialised shared segmenter."""
    analyzer = search_analyzer()
    analyzer.segmenter.wait()
    return analyzer


@pytest.fixture
def library(analyzer, tmp_path: Path, db_target: str) -> Iterator[Library]:
    """A library holding REPORT, indexed as it is imported (a SQLite file, then a PostgreSQL database)."""
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    with Library.open(db_target, analyzer=analyzer, backups=False) as library:
        import_report(library, path)
        yield library


def _text(library: Library, document_id: int) -> str:
    return library.load(document_id).text


def test_a_policy_term_finds_itself_and_not_its_parts(library: Library) -> None:
    hits = library.search("营商环境")
    assert len(hits) == 1
    text = _text(library, hits[0].document_id)
    assert text[hits[0].start : hits[0].end] == "营商环境"
    assert all("营商环境" in text[slice(*s)] for h in hits for s in h.spans)
    environment = library.search("环境")
    assert len(environment) == 2  # 营商环境 and 生态环境


def test_two_character_words_work_and_respect_word_boundaries(library: Library) -> None:
    hits = library.search("消费")
    text = _text(library, hits[0].document_id)
    lines = {text[: h.start].count("\n") for h in hits}
    assert len(hits) == 2  # 促进消费 and 消费品, not 取消费用
    assert all(text[h.start : h.end] == "消费" for h in hits)
    assert all("取消费用" not in text[h.start - 2 : h.end + 2] for h in hits)
    assert len(lines) == 2


def test_phrase_and_several_words(library: Library) -> None:
    assert len(library.search('"新质生产力"')) == 1
    assert len(library.search("“城中村改造”")) == 1
    both = library.search("营商环境 城中村改造")
    assert len(both) == 1
    assert len(both[0].spans) == 2
    assert library.search("营商环境 PM2.5") == []  # not in the same passage


@pytest.mark.parametrize(
    ("query", "found"), [("PM2.5", "PM2.5"), ("5G", "5G"), ("pm2.5", "PM2.5"), ("14.3%", "１４．３％")]
)
def test_latin_and_digits(library: Library, query: str, found: str) -> None:
    hits = library.search(query)
    assert len(hits) == 1
    assert _text(library, hits[0].document_id)[hits[0].start : hits[0].end] == found


def test_single_character(library: Library) -> None:
    hits = library.search("税")
    assert len(hits) == 1
    text = _text(library, hits[0].document_id)
    assert text[hits[0].start : hits[0].end] == "税"


def test_offsets_count_code_points_beyond_the_bmp(library: Library) -> None:
    hit = library.search("社会消费品")[0]
    text = _text(library, hit.document_id)
    assert text[hit.start : hit.end] == "社会消费品"
    assert text[hit.start - 2 : hit.start] == "𠀀𠀁"


def test_nothing_found_and_empty_queries(library: Library) -> None:
    assert library.search("量子计算") == []
    assert library.search("   ") == []
    assert library.search("，。") == []


def test_json_shape_and_snippet(library: Library) -> None:
    hit = library.search("城中村改造")[0]
    data = hit.to_json()
    assert list(data) == ["document", "id", "kind", "start", "end", "snippet", "score"]
    assert data["kind"] == "text" and data["id"] == hit.document_id
    assert data["document"].endswith("report.md")
    assert "«城中村改造»" in data["snippet"]
    assert data["score"] > 0
    assert hit.section == "一、回顾"


def test_index_follows_a_new_version(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(REPORT.replace("推进城中村改造", "发展低空经济"), encoding="utf-8")
    result = import_report(library, path)
    assert result.version.number == 2
    assert library.search("城中村改造") == []
    hit = library.search("低空经济")[0]
    assert hit.version_id == result.version.id
    assert _text(library, hit.document_id)[hit.start : hit.end] == "低空经济"


def test_index_follows_notes(library: Library) -> None:
    document = library.documents()[0]
    loaded = library.load(document.id)
    anchor = anchor_span(loaded, loaded.text.index("扩大内需"), loaded.text.index("扩大内需") + 4)
    note = library.add_note(document.id, anchor, "核实低空经济的口径")
    hits = [h for h in library.search("低空经济") if h.kind == "note"]
    assert len(hits) == 1
    assert hits[0].id == note.id and hits[0].anchor == (anchor.start, anchor.end)
    assert note.body[hits[0].start : hits[0].end] == "低空经济"
    library.edit_note(note.id, body="核实营商环境的口径")
    assert [h for h in library.search("低空经济") if h.kind == "note"] == []
    assert [h.id for h in library.search("营商环境") if h.kind == "note"] == [note.id]
    deleted = library.delete_note(note.id)
    assert [h for h in library.search("营商环境") if h.kind == "note"] == []
    library.restore_note(deleted)
    assert [h.id for h in library.search("营商环境") if h.kind == "note"] == [note.id]


def test_changes_made_without_the_analyzer_are_indexed_later(library: Library, tmp_path: Path) -> None:
    analyzer = library.analyzer
    library.analyzer = None
    other = tmp_path / "other.txt"
    other.write_text("发展银发经济。\n", encoding="utf-8")
    import_report(library, other)
    document = library.documents()[0]
    note = library.add_note(document.id, anchor_span(library.load(document.id), 0, 4), "银发经济")
    library.analyzer = analyzer
    hits = library.search("银发经济")
    assert {h.kind for h in hits} == {"text", "note"}
    library.analyzer = None
    library.delete_note(note.id)  # rows go by ON DELETE CASCADE (and the trigger empties the FTS table)
    library.analyzer = analyzer
    assert [h.kind for h in library.search("银发经济", refresh=False)] == ["text"]


def test_search_without_an_analyzer_is_a_clear_error() -> None:
    from piyue.storage import StorageError

    with Library.open(":memory:") as library, pytest.raises(StorageError, match="segmenter"):
        library.search("消费")


def test_parse_query() -> None:
    assert parse_query('营商环境 "made in china" “新质 生产力” 消费 消费') == [
        "营商环境",
        "made in china",
        "新质 生产力",
        "消费",
    ]


def test_find_spans_and_mark(analyzer) -> None:
    normalized = analyzer.normalize("ＰＭ２．５和PM2.5")
    assert find_spans(normalized, ["pm2.5"]) == [(0, 5), (6, 11)]
    assert find_spans(normalized, ["pm2.5", "臭氧"]) is None
    assert mark("abcdef", [(1, 2), (4, 6)]) == "a«b»cd«ef»"


CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def corpus_library(analyzer) -> Iterator[tuple[Library, dict[int, str]]]:
    """The 32 corpus reports, imported and indexed once for this module."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    with Library.open(":memory:", analyzer=analyzer) as library:
        texts = {}
        for path in sorted(CORPUS.rglob("*.txt")):
            text = path.read_text(encoding="utf-8")  # UTF-8, \n (corpus README); no outline needed here
            document = Document(text=text, title=path.stem, format="text", blocks=[], sections=[])
            texts[library.import_document(document, str(path)).document.id] = text
        yield library, texts


@pytest.mark.corpus
@pytest.mark.parametrize("word", ["营商环境", "低空经济", "人工智能", "城中村改造"])
def test_corpus_recall_and_precision(corpus_library: tuple[Library, dict[int, str]], word: str) -> None:
    library, texts = corpus_library
    hits = library.search(word, limit=10_000)
    assert {h.document_id for h in hits} == {d for d, text in texts.items() if word in text}
    assert all(texts[h.document_id][s:e] == word for h in hits for s, e in h.spans)
    assert sum(len(h.spans) for h in hits) == sum(text.count(word) for text in texts.values())


EQUAL_QUERIES = ["营商环境", "低空经济", "人工智能", "消费", "PM2.5", "5G", "城中村 改造", '"新质生产力"', "发展", "稳"]


@pytest.mark.corpus
def test_postgresql_serves_the_same_hits_as_sqlite_on_the_corpus(analyzer, tmp_path: Path, postgres_url: str) -> None:
    """The 2026 provincial reports in a SQLite file and on the server: every query finds the same passages."""
    reports = sorted((CORPUS / "provinces-2026").glob("*.txt"))
    if not reports:
        pytest.skip("../shared/corpus is not available")
    found: dict[str, dict[str, set[tuple]]] = {}
    for name, target in (("sqlite", str(tmp_path / "piyue.sqlite3")), ("postgresql", postgres_url)):
        with Library.open(target, analyzer=analyzer, backups=False) as library:
            for path in reports:
                text = path.read_text(encoding="utf-8")
                library.import_document(Document(text, path.stem, "text", [], []), str(path))
            found[name] = {
                query: {(h.document_path, h.kind, h.spans) for h in library.search(query, limit=100_000)}
                for query in EQUAL_QUERIES
            }
    for query in EQUAL_QUERIES:
        assert found["postgresql"][query] == found["sqlite"][query], query
    assert all(found["sqlite"][q] for q in EQUAL_QUERIES)  # every query finds something


def _capped_library(analyzer, postgres_url: str) -> Library:
    """On the server: 120 passages with 发展 (a very common word), 低空经济 in six of them, once to three times."""
    lines = []
    for number in range(120):
        extra = "低空经济" * (1 + number % 3) if number % 20 == 0 else ""
        lines.append(f"第{number}项：推动高质量发展，{extra}建设现代化产业体系，增长{number}个百分点。")
    library = Library.open(postgres_url, analyzer=analyzer, backups=False)
    library.import_document(Document("\n".join(lines), "某市报告", "text", [], []), "/reports/capped.txt")
    return library


def _ranked_over_every_match(library: Library, analyzer, query: str, limit: int) -> list[tuple[int, int]]:
    """(document, start) of the hits as the server ranked them before the cap: ts_rank over every match."""
    from sqlalchemy import text

    from piyue.storage import search_postgres
    from piyue.storage.search_fts import run_search

    terms = [t for t in (analyzer.query_term(raw) for raw in parse_query(query)) if t.chars]
    words, chars = search_postgres.queries(terms)
    words_rank = "ts_rank(words, CAST(:words AS tsquery)) * 1.0 + " if words else ""
    sql = text(
        f"SELECT id, {words_rank}ts_rank(chars, CAST(:chars AS tsquery)) * 0.3 AS s FROM search_segments "
        "WHERE chars @@ CAST(:chars AS tsquery)"
        + (" AND words @@ CAST(:words AS tsquery)" if words else "")
        + " ORDER BY s DESC, id LIMIT :limit OFFSET :offset"
    )
    with library._session() as session:

        def candidates(_expression, limit, offset):
            params = {"words": words, "chars": chars, "limit": limit, "offset": offset}
            return [(row[0], -float(row[1])) for row in session.execute(sql, params)]

        def details(ids):
            return {row.id: row._mapping for row in session.execute(search_postgres._DETAILS, {"ids": ids})}

        return [(h.document_id, h.start) for h in run_search(analyzer, query, limit, candidates, details)]


def test_postgresql_ranks_a_rare_term_over_all_its_matches_as_before(analyzer, postgres_url: str) -> None:
    with _capped_library(analyzer, postgres_url) as library:
        for query, limit in (("低空经济", 3), ("低空经济", 20), ("低空经济 发展", 4)):
            found = [(h.document_id, h.start) for h in library.search(query, limit)]
            assert found == _ranked_over_every_match(library, analyzer, query, limit), query
        assert [h.context.count("低空经济") for h in library.search("低空经济", 2)] == [3, 3]  # most uses first


@pytest.mark.parametrize("walk", [True, False])
def test_postgresql_ranks_a_very_common_word_among_its_newest_matches(
    analyzer, postgres_url: str, monkeypatch, walk: bool
) -> None:
    """With more matches than the cap, only the newest ``cap`` are ranked, found either way (walking the passages
    newest first, or sorting the index's matches): the same hits."""
    from sqlalchemy import text

    from piyue.storage import search_postgres

    monkeypatch.setattr(search_postgres, "cap", lambda _limit: 30)
    monkeypatch.setattr(search_postgres, "walk_newest", lambda *_args: walk)
    with _capped_library(analyzer, postgres_url) as library:
        hits = library.search("发展", 5)
        with library._session() as session:
            newest = session.execute(
                text("SELECT start_offset, end_offset FROM search_segments ORDER BY id DESC LIMIT 30")
            ).all()
    assert len(hits) == 5
    assert all(any(start <= hit.start < end for start, end in newest) for hit in hits)


def test_walking_the_newest_matches_only_pays_for_a_very_common_word() -> None:
    from piyue.storage.search_postgres import cap, walk_newest

    assert cap(20) == 800 and cap(200) == 8000
    assert walk_newest(45_000, 90_000, 800)  # 发展 in half the passages: walk ~1,600 of them
    assert not walk_newest(2_700, 90_000, 800)  # 营商: sorting 2,700 matches beats walking ~27,000 passages
