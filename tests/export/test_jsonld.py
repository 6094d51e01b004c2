"""JSON-LD: the W3C suite's MUST assertions, parsing back, importing into a fresh database without duplicates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from piyue.core.anchoring import AnchorState, Note, find_quote
from piyue.core.anchoring.note import DEFAULT_COLOR
from piyue.core.model import Document
from piyue.export import ExportOptions, render
from piyue.export.jsonld import note_id, parse
from piyue.services.importing import import_report
from piyue.storage import Library

SHARED = Path(__file__).resolve().parents[3] / "shared"
VALIDATOR = SHARED / "tools" / "validate_annotations.py"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"


def test_passes_the_w3c_must_assertions(
    tmp_path: Path, sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    if not VALIDATOR.exists():
        pytest.skip("../shared/tools/validate_annotations.py is not available")
    pytest.importorskip("jsonschema")
    path = tmp_path / "notes.jsonld"
    path.write_bytes(render("jsonld", sample_document, sample_notes, None, export_options))
    result = subprocess.run([sys.executable, str(VALIDATOR), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(sample_notes)} annotations checked, 0 failed" in result.stdout


def test_shape(sample_document: Document, sample_notes: list[Note], export_options: ExportOptions) -> None:
    data = json.loads(render("jsonld", sample_document, sample_notes, None, export_options))
    assert "http://www.w3.org/ns/anno.jsonld" in data["@context"] and data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == len(sample_notes)
    first = items[0]
    assert first["type"] == "Annotation" and first["motivation"] == "commenting"
    assert first["id"] == "urn:uuid:00000000-0000-4000-8000-000000000001"
    assert first["body"][0] == {
        "type": "TextualBody",
        "value": "核对统计公报口径。",
        "format": "text/markdown",
        "language": "zh",
        "purpose": "commenting",
    }
    assert {"type": "TextualBody", "value": "经济", "purpose": "tagging"} in first["body"]
    selectors = {s["type"]: s for s in first["target"]["selector"]}
    quote, position = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
    assert sample_document.text[position["start"] : position["end"]] == quote["exact"] == "GDP达到近万亿元规模"
    assert first["target"]["source"].startswith("urn:sha256:")
    orphan = next(i for i in items if i["piyue:anchorState"] == "orphaned")
    assert [s["type"] for s in orphan["target"]["selector"]] == ["TextQuoteSelector"]


def test_parse_gives_back_the_notes(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    back = {i.note.id: i for i in parse(render("jsonld", sample_document, sample_notes, None, export_options))}
    for note in sample_notes:
        got = back[note.id].note.with_changes(document_id=note.document_id)
        if note.color.startswith("red;"):  # the hostile note: a colour that is no colour exports as the default
            assert got.color == DEFAULT_COLOR
            note = note.with_changes(color=DEFAULT_COLOR)
        if note.state is AnchorState.ORPHANED:
            assert got.anchor.exact == note.anchor.exact and got.state is AnchorState.ORPHANED
        else:
            assert got == note
        assert back[note.id].sha256 == export_options.hash_of(sample_document)


def test_foreign_annotation_ids_are_stable() -> None:
    assert note_id("urn:uuid:6F1D0A5E-0000-4000-8000-000000000001") == "6f1d0a5e-0000-4000-8000-000000000001"
    assert note_id("https://example.org/anno/1") == note_id("https://example.org/anno/1")
    assert note_id("https://example.org/anno/1") != note_id("https://example.org/anno/2")


def _notes_by_place(library: Library, document_id: int) -> list[tuple]:
    return sorted(
        (n.id, n.anchor.start, n.anchor.end, n.anchor.exact, n.body, n.tags, n.color, n.status, n.state)
        for n in library.notes(document_id)
    )


def test_round_trip_into_a_fresh_database_without_duplicates(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    with Library.open(":memory:") as first:
        record = import_report(first, report).document
        document = first.load(record.id)
        for quote, nth, tags in (("世界第六", None, ("排名",)), ("增长14.3%", 2, ()), ("信息服务业", 1, ("a", "b"))):
            first.add_note(record.id, find_quote(document, quote, nth=nth), f"关于{quote}", tags=tags)
        options = ExportOptions(source=record.source_path, content_hash=record.latest.sha256)
        exported = render("jsonld", document, first.notes(record.id), None, options)
        expected = _notes_by_place(first, record.id)
    with Library.open(":memory:") as second:
        target = import_report(second, report).document.id
        items = parse(exported)
        counts = second.merge_notes(target, [i.note for i in items], report.read_text(encoding="utf-8"))
        assert counts["added"] == 3 and counts["anchored"] == 3
        assert _notes_by_place(second, target) == expected
        again = second.merge_notes(target, [i.note for i in parse(exported)])
        assert again["added"] == 0 and again["unchanged"] == 3
        assert _notes_by_place(second, target) == expected


def test_a_later_copy_updates_the_note_an_older_one_does_not(tmp_path: Path) -> None:
    from datetime import timedelta

    report = tmp_path / "report.md"
    report.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    with Library.open(":memory:") as library:
        record = import_report(library, report).document
        note = library.add_note(record.id, find_quote(library.load(record.id), "世界第六"), "原来的批注")
        newer = note.with_changes(body="改过的批注", tags=("新",), updated=note.updated + timedelta(minutes=5))
        older = note.with_changes(body="更早的批注", updated=note.updated - timedelta(minutes=5))
        assert library.merge_notes(record.id, [older])["unchanged"] == 1
        assert library.merge_notes(record.id, [newer])["updated"] == 1
        (stored,) = library.notes(record.id)
        assert stored.body == "改过的批注" and stored.tags == ("新",) and stored.anchor == note.anchor
