"""The document model: decoded text, display blocks and the section tree.

Every position is a code-point offset into ``Document.text`` (end exclusive),
see DESIGN.md §3. Qt's UTF-16 positions are converted only at the UI boundary.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class BlockKind(StrEnum):
    """What a display block is, for the reading pane's styling."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    CODE = "code"
    SALUTATION = "salutation"  # 各位代表：, written flush left
    FRONT = "front"  # front matter under the title: subtitle ——2026年…会议上, the speaker
    FURNITURE = "furniture"  # page furniture of a web page (下载 打印 …, 相关报道：)


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text shown as one paragraph of the reading pane.

    ``start``/``end`` delimit the visible text in the source (for a Markdown
    heading the text after the ``#`` marks). ``level`` is the heading level for
    headings and 0 otherwise.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True, slots=True)
class Section:
    """A node of the outline (frozen: a changed section is a new one).

    ``start`` is the first character of the heading (its numbering marker or
    first ``#``); ``end`` is the end of the section's body, children included.
    ``title_start``/``title_end`` delimit the title without numbering;
    ``heading_end`` is where the heading ends and the body begins (for an
    inline heading ``（一）标题。正文`` that is just after the 。).
    """

    level: int
    numbering: str | None
    title: str
    start: int
    end: int
    title_start: int
    title_end: int
    heading_end: int
    inline: bool = False
    children: list[Section] = field(default_factory=list)

    @property
    def body_start(self) -> int:
        """Offset where the section's body begins."""
        return self.heading_end

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_json(self) -> dict:
        """The ``outline --json`` shape of DESIGN.md §6."""
        return {
            "level": self.level,
            "numbering": self.numbering,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "children": [c.to_json() for c in self.children],
        }


def _section_start(section: Section) -> int:
    return section.start


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded report: its text, how to show it, and its outline.

    Frozen: a document is shared between the UI thread and workers; a changed document is a new
    one (``dataclasses.replace``).
    """

    text: str
    title: str
    format: str  # "markdown" | "text" | "docx" | "pdf"
    blocks: list[Block]
    sections: list[Section]
    path: Path | None = None
    encoding: str = "utf-8"
    # For a document read from a PDF: ``(offset, page)`` pairs in order, the offset at which the
    # text of each page (1-based) begins. Empty for other formats.
    page_map: tuple[tuple[int, int], ...] = ()
    # For a text that came from a print (hard-wrapped lines): the spans that are not part of its
    # reading — line breaks inside a paragraph, page furniture inside a paragraph — so that figures
    # cut by the print (3.46 ⏎ 万亿元) are read whole. Empty for other texts.
    joins: tuple[tuple[int, int], ...] = ()

    def reading_view(self) -> tuple[str, list[int]]:
        """The text without :attr:`joins`, and the source offset of each of its characters."""
        if not self.joins:
            return self.text, list(range(len(self.text)))
        parts: list[str] = []
        offsets: list[int] = []
        pos = 0
        for start, end in self.joins:
            parts.append(self.text[pos:start])
            offsets.extend(range(pos, start))
            pos = end
        parts.append(self.text[pos:])
        offsets.extend(range(pos, len(self.text)))
        return "".join(parts), offsets

    def page_at(self, offset: int) -> int | None:
        """The page (1-based) the text at ``offset`` was printed on, or ``None`` without a page map."""
        if not self.page_map:
            return None
        i = bisect.bisect_right(self.page_map, (offset, float("inf"))) - 1
        return self.page_map[max(i, 0)][1]

    def walk(self) -> Iterator[Section]:
        """Every section in document order."""
        for top in self.sections:
            yield from top.walk()

    @property
    def section_count(self) -> int:
        """How many sections the outline holds, at every level."""
        return sum(1 for _ in self.walk())

    def section_path_at(self, offset: int) -> list[Section]:
        """The chain of sections (outermost first) that contains ``offset``."""
        path: list[Section] = []
        level = self.sections
        while level:
            # Siblings are in document order and do not overlap: only the last one starting at or
            # before ``offset`` can hold it (a binary search, so long reports cost no more per lookup).
            index = bisect.bisect_right(level, offset, key=_section_start) - 1
            if index < 0 or not offset < level[index].end:
                return path
            hit = level[index]
            path.append(hit)
            level = hit.children
        return path

    def outline_json(self) -> dict:
        """The ``outline --json`` document of DESIGN.md §6."""
        return {"title": self.title, "sections": [s.to_json() for s in self.sections]}
