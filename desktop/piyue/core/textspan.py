"""Small helpers for working with lines and spans of a text by code-point offset."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# Whitespace a Chinese text may pad lines with, besides ASCII white space: the ideographic space,
# no-break space, EN/EM and thin spaces (indentation copied from word processors), BOM, zero width.
BLANKS = " \t\u3000\u00a0\u2002\u2003\u2009\u202f\ufeff\u200b"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a text without its newline; ``start``/``end`` are offsets."""

    number: int  # 0-based
    start: int
    end: int
    text: str

    def stripped_span(self) -> tuple[int, int]:
        """Offsets of the line without leading and trailing blanks (empty → ``(start, start)``)."""
        left = len(self.text) - len(self.text.lstrip(BLANKS))
        right = len(self.text.rstrip(BLANKS))
        if right <= left:
            return self.start, self.start
        return self.start + left, self.start + right

    @property
    def is_blank(self) -> bool:
        """True when the line holds only blanks."""
        return not self.text.strip(BLANKS)


def iter_lines(text: str) -> Iterator[Line]:
    """Every line of ``text`` (split on ``\\n``) with its offsets."""
    pos = 0
    for number, raw in enumerate(text.split("\n")):
        yield Line(number, pos, pos + len(raw), raw)
        pos += len(raw) + 1


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts
