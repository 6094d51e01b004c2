"""Logical lines of a plain-text report: physical lines, with lines broken inside a sentence rejoined.

Web copies of reports break lines inside a sentence (``PM`` / ``2.5`` / ``年平均浓度…``,
``（`` / ``三）改革开放…``). A short fragment line is joined with its neighbours
into one logical line. The logical line keeps its source span (the newlines stay
in the source) and a *clean* string without the newlines, with a map back to
source offsets.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from piyue.core.outline.numbering import match_marker
from piyue.core.outline.rewrap import Group, running_headers, wrap_measure, wrapped_groups
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
    furniture: bool = False  # a page number or running header of a text that came from a print
    wrapped: bool = False  # read from a hard-wrapped text (a print's lines): see rewrap
    continues: bool = False  # a paragraph going on after page furniture

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


def _physical(text: str) -> list[tuple[int, int, bool]]:
    """Non-blank physical lines ``(start, end, indented)`` without their blanks."""
    items: list[tuple[int, int, bool]] = []
    for line in iter_lines(text):
        if line.is_blank:
            continue
        start, end = line.stripped_span()
        items.append((start, end, start - line.start >= 2))
    return items


def _grouped(text: str) -> tuple[list[Group], bool]:
    """Groups of physical line spans, each one logical line; and whether the text is hard-wrapped."""
    items = _physical(text)
    bodies = [text[s:e] for s, e, _ in items]
    measure = wrap_measure(bodies)
    if measure is not None:
        return wrapped_groups(text, items, measure, running_headers(bodies)), True
    spans = [part for s, e, _ in items for part in _split_long(text, s, e)]
    return [Group(group) for group in _groups(spans, text)], False


def logical_lines(text: str) -> list[LogicalLine]:
    """The non-blank logical lines of ``text`` in order.

    A text that came from a print (hard-wrapped lines, page numbers) is recognised and its lines
    are grouped into paragraphs (see :mod:`piyue.core.outline.rewrap`).
    """
    result: list[LogicalLine] = []
    groups, wrapped = _grouped(text)
    for group in groups:
        spans = group.spans
        line = LogicalLine(spans[0][0], spans[-1][1], "", None, len(result), group.furniture, wrapped, group.continues)
        if len(spans) == 1:
            line.clean = text[slice(*spans[0])]
        else:
            line.clean = "".join(text[s:e] for s, e in spans)
            line.offsets = [i for s, e in spans for i in range(s, e)]
        result.append(line)
    return result


def join_gaps(lines: list[LogicalLine]) -> list[tuple[int, int]]:
    """The spans of a hard-wrapped text that are not part of its reading: the line breaks inside a
    paragraph, and the page furniture between a paragraph and its continuation on the next page."""
    gaps: list[tuple[int, int]] = []
    previous: LogicalLine | None = None
    for line in lines:
        if not line.wrapped or line.furniture:
            continue
        if line.continues and previous is not None:
            gaps.append((previous.end, line.start))
        if line.offsets is not None:
            offsets = line.offsets
            gaps.extend((a + 1, b) for a, b in itertools.pairwise(offsets) if b != a + 1)
        previous = line
    return gaps
