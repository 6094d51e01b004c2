"""The application layer: Qt-free, one import path, one export path, annotations merged in one place."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from piyue.services import analysis, annotations, export, importing, library

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/chaoyang-2026.md"


def test_services_load_no_qt() -> None:
    script = (
        "import json, sys\n"
        "import piyue.services.library, piyue.services.importing, piyue.services.analysis\n"
        "import piyue.services.export, piyue.services.annotations\n"
        "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules})))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout))
    assert not loaded & {"PySide6", "shiboken6", "pyqtgraph"}


@pytest.fixture
def lib(tmp_path: Path):
    opened = library.Library.open(tmp_path / "notes.sqlite3", backups=False)
    yield opened
    opened.close()


def test_import_report_then_many_with_progress_and_cancel(lib, tmp_path: Path) -> None:
    first = importing.import_report(lib, SAMPLE)
    assert first.created_document and first.new_version
    again = importing.import_report(lib, SAMPLE)  # same content, same path: one version
    assert again.document.id == first.document.id and not again.new_version

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.md").write_text(SAMPLE.read_text("utf-8") + "\n附一。\n", "utf-8")
    (folder / "b.txt").write_text("二〇二六年某县政府工作报告\n各位代表：\n一、回顾\n正文。\n", "utf-8")
    (folder / "broken.docx").write_bytes(b"not a zip")
    files = importing.report_files([folder])
    assert [p.name for p in files] == ["a.md", "b.txt", "broken.docx"]
    seen: list[tuple[int, int, str]] = []
    summary = importing.import_many(lib, files, progress=lambda *step: seen.append(step))
    assert summary.done == 2 and len(summary.problems) == 1 and "broken.docx" in summary.problems[0]
    assert seen[0] == (0, 3, "a.md") and seen[-1] == (3, 3, "")
    stopped = importing.import_many(lib, files, cancelled=lambda: True)
    assert stopped.cancelled and stopped.done == 0
    rows = library.list_rows(lib)
    assert len(rows) == 3 and {r.characters > 0 for r in rows} == {True}


def test_analysis_reports_failures_as_codes(monkeypatch) -> None:
    from piyue.core.readers import read_document

    document = read_document(SAMPLE)
    result = analysis.analyse(document)
    assert len(result.metrics) > 50 and not result.problems

    def broken(_document):
        raise RuntimeError("boom")

    import piyue.core.metrics as metrics_module

    monkeypatch.setattr(metrics_module, "metrics_for_document", broken)
    failed = analysis.analyse(document)
    assert failed.problems == (analysis.Problem(analysis.METRICS_FAILED, "RuntimeError: boom"),)
    assert failed.findings  # the checks still ran


def test_export_options_and_one_export_path(lib, tmp_path: Path) -> None:
    from piyue.core.anchoring import anchor_span
    from piyue.export.files import OutputExistsError

    result = importing.import_report(lib, SAMPLE)
    document = lib.load(result.document.id)
    start = document.text.index("科技创新")
    lib.add_note(result.document.id, anchor_span(document, start, start + 4), "核对")
    record = lib.document(result.document.id)
    options = export.export_options(record, document, comments=True)
    assert options.source == record.source_path and options.content_hash == record.latest.sha256 and options.comments
    assert export.export_options(None, document).source is None

    target = tmp_path / "notes.md"
    job = export.job_for("md", document, lib.notes(record.id), options, target, with_metrics=False)
    assert export.run_export(job) == target and "核对" in target.read_text("utf-8")
    with pytest.raises(OutputExistsError):
        export.run_export(job)
    cancelled = export.job_for("csv", document, lib.notes(record.id), options, tmp_path / "n.csv")
    with pytest.raises(export.ExportCancelled):
        export.run_export(cancelled, before_write=lambda: False)
    assert not (tmp_path / "n.csv").exists()


def test_annotations_that_match_no_document_are_one_line_errors(lib, tmp_path: Path) -> None:
    bad = tmp_path / "x.jsonld"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(annotations.AnnotationsError, match=r"x\.jsonld"):
        annotations.read_annotations(bad)
    with pytest.raises(annotations.AnnotationsError, match=r"missing\.jsonld: "):
        annotations.read_annotations(tmp_path / "missing.jsonld")


def _former_rows(lib) -> list:
    """The listing as it was read before (one report at a time, its whole text loaded)."""
    from piyue.core.report_info import report_info

    rows = []
    for record in lib.documents():
        info = report_info(lib.load(record.id))
        rows.append(
            library.LibraryRow(
                record.id, record.title, info.government or "", info.year, record.latest.length,
                sum(lib.note_counts(record.id).values()), record.version_count, record.source_path,
            )
        )  # fmt: skip
    return rows


def test_listing_reads_the_library_at_once_and_says_what_each_report_says(lib, tmp_path: Path) -> None:
    """One query lists every report; a year named only in the review heading far down is still found."""
    from piyue.core.anchoring import anchor_span

    late = tmp_path / "late.txt"  # no year in the title or front matter; 2025年工作回顾 past the first 1,500 characters
    filler = "推进各项工作。" * 400
    late.write_text(f"某县政府工作报告\n各位代表：\n{filler}\n一、2025年工作回顾\n正文。\n", "utf-8")
    short = tmp_path / "short.txt"
    short.write_text("2026年甲省政府工作报告\n各位代表：\n一、回顾\n正文。\n", "utf-8")
    first = importing.import_report(lib, SAMPLE).document.id
    for path in (late, short):
        importing.import_report(lib, path)
    short.write_text("2026年甲省政府工作报告\n各位代表：\n一、回顾\n正文有变。\n", "utf-8")
    importing.import_report(lib, short)  # a second version
    document = lib.load(first)
    for start in (10, 40):
        lib.add_note(first, anchor_span(document, start, start + 4), "核对")
    rows = library.list_rows(lib)
    assert rows == _former_rows(lib)
    by_title = {row.title: row for row in rows}
    assert by_title["某县政府工作报告"].year == 2026 and by_title["某县政府工作报告"].government == ""
    assert by_title["2026年甲省政府工作报告"].versions == 2 and by_title["2026年甲省政府工作报告"].government == "甲省"
    assert next(row for row in rows if row.document_id == first).notes == 2


def test_library_notes_lists_every_note_report_by_report(lib, tmp_path: Path) -> None:
    from piyue.core.anchoring import anchor_span
    from piyue.services.notes_across import library_notes

    short = tmp_path / "short.txt"
    short.write_text("2026年甲省政府工作报告\n各位代表：\n一、回顾\n正文。\n", "utf-8")
    ids = [importing.import_report(lib, path).document.id for path in (SAMPLE, short)]
    for document_id, start, tags in ((ids[1], 5, ("甲",)), (ids[0], 40, ()), (ids[0], 10, ("乙", "甲"))):
        lib.add_note(document_id, anchor_span(lib.load(document_id), start, start + 3), f"在{start}", tags=tags)
    items = library_notes(lib)
    former = [(record.title, note) for record in lib.documents() for note in lib.notes(record.id)]
    assert [(item.report, item.note) for item in items] == former
    assert [item.note.body for item in items] == ["在10", "在40", "在5"]
    assert items[0].note.tags == ("乙", "甲") and items[0].document_id == ids[0]


def test_a_report_in_two_formats_in_a_folder_is_imported_once(tmp_path: Path) -> None:
    folder = tmp_path / "2025"
    (folder / "docx").mkdir(parents=True)
    (folder / "sub").mkdir()
    for name in ("beijing.txt", "docx/beijing.docx", "docx/tianjin.docx", "sub/beijing.txt", "Shanghai.md",
                 "docx/shanghai.docx", "pdf-only.pdf"):  # fmt: skip
        (folder / name).write_text("x", "utf-8")
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "beijing.docx").write_text("x", "utf-8")
    found = importing.folder_report_files([folder, tmp_path / "2024", folder / "docx" / "beijing.docx"])
    names = [p.relative_to(tmp_path).as_posix() for p in found.files]
    assert names == ["2025/Shanghai.md", "2025/beijing.txt", "2025/docx/tianjin.docx", "2025/pdf-only.pdf",
                     "2025/sub/beijing.txt", "2024/beijing.docx", "2025/docx/beijing.docx"]  # fmt: skip
    # the .docx beside/below a same-named copy is left out; same format in a subfolder and unrelated folders stay;
    # a file named explicitly is always taken
    skipped = {p.relative_to(tmp_path).as_posix(): k.name for p, k in found.skipped}
    assert skipped == {"2025/docx/beijing.docx": "beijing.txt", "2025/docx/shanghai.docx": "Shanghai.md"}
    assert importing.report_files([folder]) == found.files[:5]


def test_library_indicators_read_texts_in_bulk_and_equal_the_former_way(lib, tmp_path: Path, monkeypatch) -> None:
    from piyue.services import indicators

    monkeypatch.setattr(indicators, "TEXTS_AT_ONCE", 2)  # several chunks
    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "provinces-2026"
    paths = sorted(corpus.glob("*.txt"))[:5] or [SAMPLE]
    ids = [importing.import_report(lib, path).document.id for path in [*paths, SAMPLE]]
    former = [
        indicators.document_indicators(document, str(document.path), document_id=document_id)
        for document_id in ids
        for document in [lib.load(document_id)]
    ]
    assert indicators.library_indicators(lib, ids) == former
    assert any(report.items for report in former)
    assert indicators.library_indicators(lib, ids, cancelled=lambda: True) == []
    with pytest.raises(library.NotFoundError):
        indicators.library_indicators(lib, [*ids, 99999])
