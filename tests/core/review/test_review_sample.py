"""The sample report's faults, each verified by reading the sample, found at the right places."""

from __future__ import annotations

from pathlib import Path

import pytest

from piyue.core.readers import read_document
from piyue.core.review import run_checks

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "chaoyang-2026.md"


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


@pytest.fixture(scope="module")
def sample():
    document = read_document(SAMPLE)
    return document, run_checks(document)


# (code, severity, line of start, lines of related, what the text at start begins with). Lines of the sample:
#  31/131 (一) 坚持大区担当 (the second copy repeats the whole section, its subsections and paragraphs);
#  51/159 (二) 坚持加压奋进; 63 (四) before 111 (三); 53/161 精准发力调结构、促转型 (same body, other parent);
#  171/185 提升创新生态 / 优化提升创新生态 (same body); 209/237/251 夯实安全生产基础 three times (237 repeats
#  209's body, 251 holds only its first paragraph); 223 构建完善科技地图 (5 of 6 paragraphs of 209's).
EXPECTED_PROBLEMS = [
    ("numbering-order", "error", 111, (63,), "### (三)"),
    ("duplicate-heading", "error", 131, (31,), "### (一)坚持大区担当"),
    ("duplicate-section", "error", 131, (31,), "### (一)坚持大区担当"),
    ("duplicate-heading", "error", 159, (51,), "### (二)坚持加压奋进"),
    ("duplicate-section", "error", 161, (53,), "#### 精准发力调结构、促转型"),
    ("duplicate-section", "error", 185, (171,), "#### 优化提升创新生态"),
    ("duplicate-section", "warning", 223, (209,), "#### 构建完善科技地图"),
    ("duplicate-section", "error", 237, (209,), "#### 夯实安全生产基础"),
    ("duplicate-heading", "warning", 237, (209,), "#### 夯实安全生产基础"),
    ("duplicate-heading", "warning", 251, (209, 237), "#### 夯实安全生产基础"),
    ("duplicate-paragraph", "warning", 253, (211, 239), "深化安全生产治本攻坚三年行动。"),
]


def test_sample_problems_exactly(sample) -> None:
    document, findings = sample
    text = document.text
    got = [
        (f.code, f.severity, _line(text, f.start), tuple(_line(text, r) for r in f.related))
        for f in findings
        if f.is_problem
    ]
    assert got == [e[:4] for e in EXPECTED_PROBLEMS]
    for finding, expected in zip((f for f in findings if f.is_problem), EXPECTED_PROBLEMS, strict=True):
        assert text[finding.start : finding.end].startswith(expected[4])


def test_sample_info_findings(sample) -> None:
    document, findings = sample
    info = [f for f in findings if not f.is_problem]
    # (一) written with ASCII brackets throughout: one note, not a warning.
    assert [f.code for f in info if f.code != "duplicate-paragraph"] == ["mixed-brackets"]
    # Paragraphs inside the copied sections are listed as info (the section finding carries the warning).
    copies = [f for f in info if f.code == "duplicate-paragraph"]
    assert len(copies) == 24
    for finding in copies:
        paragraph = document.text[finding.start : finding.end]
        assert all(document.text[r : r + len(paragraph)] == paragraph for r in finding.related)


def test_duplicate_section_shares(sample) -> None:
    _, findings = sample
    shares = [f.message.rsplit("(", 1)[1] for f in findings if f.code == "duplicate-section"]
    assert shares == ["100% the same)", "100% the same)", "100% the same)", "90% the same)", "100% the same)"]


def test_sample_has_no_metric_conflict(sample) -> None:
    # The sample repeats its figures verbatim; it never gives one indicator two values.
    _, findings = sample
    assert not [f for f in findings if f.code == "metric-conflict"]
