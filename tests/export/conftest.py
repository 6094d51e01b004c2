"""A fixed set of notes on the sample report, with fixed ids and times, for golden-file export tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from piyue.core.anchoring import Anchor, AnchorState, Note, NoteStatus, anchor_section, find_quote, pick_section
from piyue.core.model import Document
from piyue.core.readers import read_document
from piyue.export import ExportOptions

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "chaoyang-2026.md"
REFERENCE = Path(__file__).resolve().parents[1] / "reference"
EXPORTED_AT = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
OPTIONS = ExportOptions(
    exported_at=EXPORTED_AT,
    source="resources/samples/chaoyang-2026.md",
)
CREATED = datetime(2026, 2, 20, 9, 0, tzinfo=UTC)

# (quote, nth, section, body, tags, colour, status)
PASSAGES: list[tuple[str, int | None, str | None, str, tuple[str, ...], str, NoteStatus]] = [
    ("GDP达到近万亿元规模", None, None, "核对统计公报口径。", ("经济",), "#f5c542", NoteStatus.TO_CHECK),
    ("世界第六", None, None, "出处？**需要**来源。", ("开放", "排名"), "#4caf50", NoteStatus.IN_DOUBT),
    ("圆满完成106项任务", 1, None, "已与办公室核对。", (), "#2196f3", NoteStatus.CHECKED),
    (
        "增长14.3%",
        1,
        None,
        "前三季度数据，年报时更新。\n\n- 一季度\n- 二季度",
        ("金融",),
        "#f5c542",
        NoteStatus.TO_CHECK,
    ),
    ("贡献率达6.8%", 1, None, "1—11月，注意口径。", ("数据",), "#e91e63", NoteStatus.TO_CHECK),
    ("信息服务业", 1, None, "链主企业是哪几家？", (), "#9c27b0", NoteStatus.IN_DOUBT),
    ("治理违法建设330.5万平方米", 1, None, "与上年对比？", ("城市",), "#f5c542", NoteStatus.TO_CHECK),
    ("亮马河成为全国最美河流", None, None, "评选主体要写明。", ("生态",), "#4caf50", NoteStatus.TO_CHECK),
]
HOSTILE_BODY = (
    "<script>alert('x')</script> <img src=x onerror=alert(1)> [点我](javascript:alert(1)) =SUM(A1:A9) & \"引号\""
)


def _note(index: int, anchor: Anchor, body: str, **fields: object) -> Note:
    return Note(
        id=f"00000000-0000-4000-8000-{index:012d}",
        document_id=1,
        body=body,
        anchor=anchor,
        author="审阅人",
        created=CREATED.replace(minute=index),
        updated=CREATED.replace(minute=index, second=30),
        **fields,  # type: ignore[arg-type]
    )


def build_notes(document: Document) -> list[Note]:
    """Twelve notes: passages, a section note, a changed note, an orphan and one with hostile text."""
    notes: list[Note] = []
    for i, (quote, nth, section, body, tags, color, status) in enumerate(PASSAGES, start=1):
        anchor = find_quote(document, quote, nth=nth, section=section)
        notes.append(_note(i, anchor, body, tags=tags, color=color, status=status))
    section = anchor_section(document, pick_section(document, "精准发力调结构、促转型", 1))
    notes.append(_note(9, section, "这一节的数据都要再核一遍。", tags=("整节",), status=NoteStatus.TO_CHECK))
    changed = find_quote(document, "增长14.3%", nth=2)
    notes.append(
        _note(10, changed, "数字与上一稿不同。", state=AnchorState.CHANGED, prior_quote="增长14.1%", color="#ff9800")
    )
    orphan = Anchor(
        exact="已删除的一句话", start=100, end=107, prefix="前文", suffix="后文", section_path=("旧的一节",)
    )
    notes.append(
        _note(11, orphan, "原文删掉了，确认是否有意。", state=AnchorState.ORPHANED, status=NoteStatus.IN_DOUBT)
    )
    hostile = find_quote(document, "全球数字经济大会")
    notes.append(
        _note(12, hostile, HOSTILE_BODY, tags=("<b>标签</b>", "=cmd|' /C calc'!A0"), color="red;background:url(x)")
    )
    return notes


@pytest.fixture(scope="session")
def sample_document() -> Document:
    """The sample report as a core document."""
    return read_document(SAMPLE)


@pytest.fixture(scope="session")
def sample_notes(sample_document: Document) -> list[Note]:
    """The twelve notes of :func:`build_notes`."""
    return build_notes(sample_document)


@pytest.fixture
def export_options() -> ExportOptions:
    """Options with a fixed exported-at time and a relative source (golden files stay the same)."""
    return OPTIONS


@pytest.fixture
def reference_dir() -> Path:
    """tests/reference, where the golden export files are."""
    return REFERENCE
