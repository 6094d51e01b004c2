"""Build the section tree from a flat list of headings."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from piyue.core.model import Block, Section


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading found by a reader, before it is placed in the tree."""

    level: int
    numbering: str | None
    title: str
    start: int
    title_start: int
    title_end: int
    heading_end: int
    inline: bool = False


@dataclass(slots=True)
class _Open:
    """A section while the tree is built: its heading, its end so far, its children."""

    heading: Heading
    end: int
    children: list[_Open] = field(default_factory=list)

    def freeze(self) -> Section:
        """The finished (frozen) section."""
        h = self.heading
        return Section(
            level=h.level,
            numbering=h.numbering,
            title=h.title,
            start=h.start,
            end=self.end,
            title_start=h.title_start,
            title_end=h.title_end,
            heading_end=h.heading_end,
            inline=h.inline,
            children=[child.freeze() for child in self.children],
        )


def build_sections(headings: list[Heading], blocks: list[Block], stops: list[int] | None = None) -> list[Section]:
    """Nest ``headings`` by level and give each section its end.

    A section runs until the next heading of the same or a higher level, or the
    next offset in ``stops`` (where all sections close: the closing paragraphs
    of a report, an annex). Its ``end`` is the end of the last block it holds,
    so trailing blank lines are not part of it.
    """
    block_starts = [b.start for b in blocks]
    stop_list = sorted(stops or [])
    text_end = blocks[-1].end + 1 if blocks else 0

    def content_end(section: _Open, limit: int) -> int:
        """End of the last block that starts inside ``section`` before ``limit``."""
        i = bisect.bisect_left(block_starts, limit) - 1
        if i >= 0 and blocks[i].start >= section.heading.start:
            return max(section.heading.heading_end, blocks[i].end)
        return section.heading.heading_end

    def next_stop(after: int) -> int | None:
        k = bisect.bisect_right(stop_list, after)
        return stop_list[k] if k < len(stop_list) else None

    roots: list[_Open] = []
    open_stack: list[_Open] = []
    for heading in sorted(headings, key=lambda h: h.start):
        section = _Open(heading, heading.heading_end)
        # A stop between the open sections and this heading closes all of them.
        if open_stack:
            stop = next_stop(open_stack[-1].heading.start)
            if stop is not None and stop <= heading.start:
                for closed in open_stack:
                    closed.end = content_end(closed, stop)
                open_stack.clear()
        while open_stack and open_stack[-1].heading.level >= heading.level:
            closed = open_stack.pop()
            closed.end = content_end(closed, min(heading.start, next_stop(closed.heading.start) or heading.start))
        (open_stack[-1].children if open_stack else roots).append(section)
        open_stack.append(section)
    for closed in open_stack:
        closed.end = content_end(closed, next_stop(closed.heading.start) or text_end)
    return [root.freeze() for root in roots]
