"""Plain-text reader: a report as published (one paragraph per line), with its outline.

Each logical line (see :mod:`piyue.core.outline.lines`) is one display block.
Front matter before the first heading, the closing ``各位代表！…`` paragraphs,
annexes and page furniture belong to no section.
"""

from __future__ import annotations

from piyue.core.model import Block, BlockKind, Document
from piyue.core.outline.headings import find_headings
from piyue.core.outline.lines import LogicalLine, join_gaps, logical_lines
from piyue.core.outline.regions import (
    FURNITURE_RE,
    PAGE_FURNITURE_RE,
    SALUTATION_RE,
    Regions,
    compact_title,
    find_regions,
)
from piyue.core.outline.tree import build_sections


def _is_furniture(index: int, clean: str, regions: Regions) -> bool:
    """Web-page furniture: before the title, known furniture lines in the front matter, the trailer."""
    if regions.trailer_start is not None and index >= regions.trailer_start:
        return True
    if index >= regions.body_start:
        return False
    before_title = regions.title_index is not None and index < regions.title_index
    return before_title or FURNITURE_RE.match(clean) is not None


def _is_page_furniture(clean: str, title: str) -> bool:
    """A page number, or a running header (the title, ``政 府 工 作 报 告``) repeated in the body."""
    if PAGE_FURNITURE_RE.match(clean):
        return True
    compact = compact_title(clean)
    return compact != clean and compact in (title, "政府工作报告")


def _final_exhortation(body: list[LogicalLine], last_heading: int) -> LogicalLine | None:
    """The closing paragraph of a speech that does not open with 各位代表 (``让我们更加紧密团结…``)."""
    for line in body[-2:]:
        if line.start > last_heading and "让我们" in line.clean and "团结" in line.clean:
            return line
    return None


def parse_plaintext(text: str, fallback_title: str = "", *, topic_sentences: bool = False) -> Document:
    """Parse a plain-text report into a :class:`Document`.

    ``topic_sentences`` adds the topic sentence opening a paragraph as the lowest outline level.
    """
    lines = logical_lines(text)
    regions = find_regions(lines)
    body = lines[regions.body_start : regions.body_end]
    headings = find_headings(text, body, topic_sentences=topic_sentences)

    stops: list[int] = []
    if headings:
        last = headings[-1].start
        closing = next(
            (line for line in body if line.start > last and SALUTATION_RE.match(line.clean)),
            None,
        )
        if closing is None:
            closing = _final_exhortation(body, last)
        if closing is not None:
            stops.append(closing.start)
    if regions.body_end < len(lines):
        stops.append(lines[regions.body_end].start)

    own_line = {h.start: h.level for h in headings if not h.inline}
    title = ""
    if regions.title_index is not None:
        title = compact_title(lines[regions.title_index].clean.split("——")[0].strip())
    blocks: list[Block] = []
    for line in lines:
        if line.index == regions.title_index:
            kind, level = BlockKind.TITLE, 0
        elif line.start in own_line:
            kind, level = BlockKind.HEADING, own_line[line.start]
        elif line.furniture or _is_furniture(line.index, line.clean, regions) or _is_page_furniture(line.clean, title):
            kind, level = BlockKind.FURNITURE, 0
        elif SALUTATION_RE.match(line.clean) and len(line.clean) <= 8:
            kind, level = BlockKind.SALUTATION, 0
        elif line.index < regions.body_start - 1 and regions.title_index is not None:
            kind, level = BlockKind.FRONT, 0  # between the title and the salutation
        else:
            kind, level = BlockKind.PARAGRAPH, 0
        blocks.append(Block(kind, line.start, line.end, level))

    return Document(
        text=text,
        title=title or fallback_title,
        format="text",
        blocks=blocks,
        sections=build_sections(headings, blocks, stops),
        joins=tuple(join_gaps(lines)),
    )
