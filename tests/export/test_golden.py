"""Golden files: the Markdown, HTML, CSV and JSON-LD exports of twelve notes on the sample report.

The exported-at time, note ids and times are fixed (see conftest). After an intended change, rewrite
the references with ``PIYUE_UPDATE_GOLDEN=1 pytest tests/export/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export import ExportOptions, render

METRICS = [
    Metric(
        1350, 1357, "增长14.3%", "percent", 14.3, "%", subject="金融业前三季度增加值", section="精准发力调结构、促转型"
    ),
    Metric(447, 458, "近万亿元", "amount", 1e12, "元", qualifier="近", approx=True, subject="GDP"),
]


@pytest.mark.parametrize(
    ("fmt", "name", "metrics"),
    [
        ("md", "notes.md", None),
        ("html", "notes.html", METRICS),
        ("csv", "notes.csv", None),
        ("jsonld", "notes.jsonld", None),
    ],
)
def test_export_matches_reference(
    fmt: str,
    name: str,
    metrics: list[Metric] | None,
    sample_document: Document,
    sample_notes: list[Note],
    export_options: ExportOptions,
    reference_dir: Path,
) -> None:
    data = render(fmt, sample_document, sample_notes, metrics, export_options)
    reference = reference_dir / name
    if os.environ.get("PIYUE_UPDATE_GOLDEN"):
        reference.parent.mkdir(parents=True, exist_ok=True)
        reference.write_bytes(data)
    assert reference.exists(), f"no reference {reference}; run with PIYUE_UPDATE_GOLDEN=1"
    assert data.decode("utf-8") == reference.read_bytes().decode("utf-8")


def test_exports_are_deterministic(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    for fmt in ("md", "html", "csv", "jsonld"):
        first = render(fmt, sample_document, sample_notes, None, export_options)
        assert render(fmt, sample_document, list(reversed(sample_notes)), None, export_options) == first
