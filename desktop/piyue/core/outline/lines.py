"""Logical lines of a plain-text report: physical lines, with lines broken inside a sentence rejoined.

Web copies of reports break lines inside a sentence (``PM`` / ``2.5`` / ``年平均浓度…``,
``（`` / ``三）改革开放…``). A short fragment line is joined with its neighbours
into one logical line. The logical line keeps its source span (the newlines stay
in the source) and a *clean* string without the newlines, with a map back to
source offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from piyue.core.outline.numbering import match_marker
from piyue.core.textspan import BLANKS, iter_lines

# A line ending with one of these is a complete sentence or heading, never a broken one.
SENTENCE_END = "。！？；：!?;:…」』”）)】］]>》|"
_FRAGMENT_MAX = 6
# A physical line this long is a whole report (or a large part of one) whose paragraph breaks were lost
# when it was copied: it is split where a new paragraph evidently begins (see _split_long).
_LONG_LINE = 1500
_GAP = r"(?:[ \t\u3000\u00a0\u2002\u2003]|[—－-]{1,2}[ \u00a0]?\d{1,3}[ \u00a0]?[—－-]{1,2})"  # blanks, page footers
_INLINE_BREAK_RE = re.compile(
    rf"""(?<=[。！？：；!?:;”])(?:
        {_GAP}*(?=[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[）)]|各位代表|——)
      | {_GAP}{{2,}}(?=[^ \t\u3000\u00a0\u2002\u2003])
    )""",
    re.VERBOSE,
)


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


def _is_own_line_heading(text: str) -> bool:
    """A numbered line without a sentence in it (``一、2024年工作回顾``): it is not a broken sentence."""
    return "。" not in text and match_marker(text) is not None


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
                and not _is_own_line_heading(text[slice(*group[-1])])
                and text[group[-1][1] - 1] not in SENTENCE_END
                and _is_fragment(text[slice(*spans[i + 1])])
                and _continues(text[slice(*spans[i + 2])])
            ):
                group.extend((spans[i + 1], spans[i + 2]))
                i += 2
        groups.append(group)
        i += 1
    return groups


def _successor_breaks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Breaks inside a line that opens with a marker, before the next marker of its sequence.

    A copy may lose the line break between two sections: ``（四）标题。正文…。（五）标题。正文…``.
    """
    marker = match_marker(text, start)
    breaks: list[re.Match[str]] = []
    if marker is None or not marker.style.startswith("cn"):
        return breaks
    for m in _INLINE_BREAK_RE.finditer(text, start + len(marker), end):
        following = match_marker(text, m.end())
        if following is not None and following.style is marker.style and following.value == marker.value + 1:
            breaks.append(m)
            marker = following
    return breaks


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a physical line at the paragraph breaks it still shows.

    Reports copied from a web page or a PDF sometimes arrive as one line: in a very long line a new
    paragraph starts after a sentence end where an indentation (``\u3000\u3000``) or a numbering
    marker (``一、``, ``（一）``), ``各位代表`` or a ``——`` bullet follows. A shorter line is split
    only before the next marker of the sequence it opens with (see :func:`_successor_breaks`).
    """
    if end - start <= _LONG_LINE:
        breaks = _successor_breaks(text, start, end)
        if not breaks:
            return [(start, end)]
    else:
        breaks = list(_INLINE_BREAK_RE.finditer(text, start, end))
    spans: list[tuple[int, int]] = []
    pos = start
    for m in breaks:
        if m.end() > pos:
            spans.append((pos, m.start()))
            pos = m.end()
    spans.append((pos, end))
    result = []
    for s, e in spans:
        while s < e and text[s] in BLANKS:
            s += 1
        while e > s and text[e - 1] in BLANKS:
            e -= 1
        if e > s:
            result.append((s, e))
    return result


def logical_lines(text: str) -> list[LogicalLine]:
    """The non-blank logical lines of ``text`` in order."""
    spans = [
        part for line in iter_lines(text) if not line.is_blank for part in _split_long(text, *line.stripped_span())
    ]
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
