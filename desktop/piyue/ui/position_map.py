"""Map code-point offsets of the document text to positions in the reading pane's QTextDocument.

The pane shows each :class:`~piyue.core.model.Block` as one QTextDocument block,
holding exactly ``text[block.start:block.end]`` (inner newlines drawn as
zero-width spaces, which keeps the length). Qt counts UTF-16 code units, so
characters outside the BMP count twice; everything else is a shift per block.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + len(_ASTRAL.findall(text))


@dataclass(slots=True)
class PositionMap:
    """Offsets of each shown block in the source (code points) and in Qt (UTF-16 units)."""

    text: str
    src_starts: list[int]
    src_ends: list[int]
    qt_starts: list[int]
    wide: list[bool]  # whether the block holds characters outside the BMP

    @classmethod
    def empty(cls, text: str = "") -> PositionMap:
        """A map with no blocks."""
        return cls(text, [], [], [], [])

    def add_block(self, src_start: int, src_end: int, qt_start: int) -> None:
        """Record a block shown at Qt position ``qt_start``."""
        chunk = self.text[src_start:src_end]
        self.src_starts.append(src_start)
        self.src_ends.append(src_end)
        self.qt_starts.append(qt_start)
        self.wide.append(_ASTRAL.search(chunk) is not None)

    def to_qt(self, offset: int) -> int:
        """Qt position of source ``offset``; offsets between blocks (``#`` marks, blank lines) go to the next block."""
        if not self.src_starts:
            return 0
        i = max(0, bisect.bisect_right(self.src_starts, offset) - 1)
        if offset > self.src_ends[i] and i + 1 < len(self.src_starts):
            i += 1
        start, end = self.src_starts[i], self.src_ends[i]
        offset = min(max(offset, start), end)
        if self.wide[i]:
            return self.qt_starts[i] + utf16_len(self.text[start:offset])
        return self.qt_starts[i] + offset - start

    def to_source(self, qt_position: int) -> int:
        """Source offset of Qt position ``qt_position``."""
        if not self.qt_starts:
            return 0
        i = max(0, bisect.bisect_right(self.qt_starts, qt_position) - 1)
        start, end = self.src_starts[i], self.src_ends[i]
        units = qt_position - self.qt_starts[i]
        if not self.wide[i]:
            return min(start + units, end)
        pos = start
        while pos < end and units > 0:
            units -= 2 if ord(self.text[pos]) > 0xFFFF else 1
            pos += 1
        return pos
