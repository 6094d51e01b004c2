"""Hostile note text: nothing runs in the HTML, no formula in the CSV, nothing breaks Markdown front matter or Word."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import docx
import pytest

from piyue.core.anchoring import Note
from piyue.core.model import Document
from piyue.export import ExportOptions, render
from piyue.export.cells import safe_cell
from piyue.export.safe_markdown import body_html

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[点我](javascript:alert(1))",
    "[点我](JaVaScRiPt:alert(1))",
    "[x](java&#x73;cript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "![x](https://tracker.example/pixel.png)",
    "<svg onload=alert(1)>",
    '"><script>alert(1)</script>',
]


def _hostile(notes: list[Note], payload: str) -> list[Note]:
    first = notes[0]
    return [first.with_changes(body=payload, tags=(payload,), color=f'#fff" onmouseover="{payload}'), *notes[1:]]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_never_carries_active_content(
    payload: str, sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    page = render("html", sample_document, _hostile(sample_notes, payload), None, export_options).decode("utf-8")
    lowered = page.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<svg" not in lowered
    assert "javascript:" not in re.sub(r">[^<]*<", "><", lowered)  # only as visible text, never in markup
    assert not re.search(r"<[^>]*\son\w+\s*=", lowered)  # no event-handler attribute in any tag
    assert 'onmouseover="' not in page and "default-src 'none'" in page


def test_markdown_bodies_keep_safe_links_only() -> None:
    assert '<a href="https://example.org/a?b=1&amp;c=2">' in body_html("[x](https://example.org/a?b=1&c=2)")
    assert "href" not in body_html("[x](javascript:alert(1))")
    assert "href" not in body_html("[x](data:text/html;base64,PHNjcmlwdD4=)")
    assert "<em>强调</em>" in body_html("*强调*")


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "=cmd|' /C calc'!A0"])
def test_csv_cells_never_start_a_formula(cell: str) -> None:
    assert safe_cell(cell).startswith("'")
    assert safe_cell("增长14.3%") == "增长14.3%" and safe_cell(None) == ""


def test_csv_export_neutralises_formulas(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    notes = [sample_notes[0].with_changes(body='=HYPERLINK("http://x")', tags=("+1", "@a")), *sample_notes[1:]]
    data = render("csv", sample_document, notes, None, export_options)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(notes) + 1 and all(len(r) == len(rows[0]) for r in rows)
    for row in rows[1:]:
        for value in row:
            assert not value or value[0] not in "=+-@\t\r", value
    assert rows[1][3] == '\'=HYPERLINK("http://x")'


def test_markdown_front_matter_survives_odd_titles(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    odd = replace(sample_document, title='标题: "引号"\n---\nevil: true')
    text = render("md", odd, sample_notes, None, export_options).decode("utf-8")
    front = text.split("\n---\n", 1)[0]
    assert 'title: "标题: \\"引号\\"\\n---\\nevil: true"' in front
    assert "\nevil: true" not in front


def test_word_export_drops_characters_xml_cannot_hold(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    notes = [sample_notes[0].with_changes(body="控制\x00字符\x1b与\ufffe", tags=("\x07",)), *sample_notes[1:]]
    for comments in (False, True):
        data = render("docx", sample_document, notes, None, replace(export_options, comments=comments))
        word = docx.Document(io.BytesIO(data))
        texts = [p.text for p in word.paragraphs] + [c.text for c in word.comments]
        assert any("控制字符与" in t for t in texts)
