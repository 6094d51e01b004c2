"""Logical lines of a plain-text report: physical lines, with lines broken inside a sentence rejoined.

Web copies of reports break lines inside a sentence (``PM`` / ``2.5`` / ``年平均浓度…``,
``（`` / ``三）改革开放…``). A short fragment line is joined with its neighbours
into one logical line. The logical line keeps its source span (the newlines stay
in the source) and a *clean* string without the newlines, with a map back to
source offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from piyue.core.outline.numbering import match_marker
from piyue.core.textspan import BLANKS, iter_lines

# A line ending with one of these is a complete sentence or heading, never a broken one.
SENTENCE_END = "。！？；：!?;:…」』”）)】］]>》|"
_FRAGMENT_MAX = 6


@dataclass(slots=True)
class LogicalLine:
    """One or more physical lines read as one line."""

    start: int  # source offset of the first non-blank character
    end: int  # source offset after the last non-blank character
    clean: str  # the text without the newlines of joined lines
    offsets: list[int] | None = field(default=None)  # source offset of each clean char, when joined
    index: int = 0  # position among the logical lines

    def source(self, i: int) -> int:
        """Source offset of clean character ``i`` (``i == len(clean)`` gives ``end``)."""
        if i >= len(self.clean):
            return self.end
        return self.offsets[i] if self.offsets is not None else self.start + i


def _is_fragment(text: str) -> bool:
    """A short piece of a sentence: no sentence end, no inner blank (``省长　王予波`` is a name line)."""
    return 0 < len(text) <= _FRAGMENT_MAX and text[-1] not in SENTENCE_END and not any(ch in BLANKS for ch in text)


def _continues(text: str) -> bool:
    """Whether a line can be the rest of a broken sentence (not a new paragraph or heading)."""
    return not text.startswith(("各位代表", "——", "（", "(")) and match_marker(text) is None


def _groups(spans: list[tuple[int, int]], text: str) -> list[list[tuple[int, int]]]:
    """Group physical line spans into logical lines."""
    groups: list[list[tuple[int, int]]] = []
    i = 0
    while i < len(spans):
        group = [spans[i]]
        body = text[slice(*spans[i])]
        if body in ("（", "(") and i + 1 < len(spans):
            group.append(spans[i + 1])
            i += 1
        else:
            # A long line cut mid-sentence, followed by fragments and then the rest of the sentence.
            while (
                i + 2 < len(spans)
                and len(text[slice(*group[-1])]) > _FRAGMENT_MAX
                and text[group[-1][1] - 1] not in SENTENCE_END
                and _is_fragment(text[slice(*spans[i + 1])])
                and _continues(text[slice(*spans[i + 2])])
            ):
                group.extend((spans[i + 1], spans[i + 2]))
                i += 2
        groups.append(group)
        i += 1
    return groups


def logical_lines(text: str) -> list[LogicalLine]:
    """The non-blank logical lines of ``text`` in order."""
    spans = [line.stripped_span() for line in iter_lines(text) if not line.is_blank]
    result: list[LogicalLine] = []
    for group in _groups(spans, text):
        if len(group) == 1:
            s, e = group[0]
            result.append(LogicalLine(s, e, text[s:e], None, len(result)))
            continue
        clean_parts: list[str] = []
        offsets: list[int] = []
        for s, e in group:
            clean_parts.append(text[s:e])
            offsets.extend(range(s, e))
        result.append(LogicalLine(group[0][0], group[-1][1], "".join(clean_parts), offsets, len(result)))
    return result
