"""Text that came from a PDF: recognise hard-wrapped lines and page furniture, and rejoin paragraphs.

A report copied out of a printed PDF into a ``.txt`` or ``.docx`` keeps the print's lines: every
line about as wide as the measure (~28–40 characters), page numbers ``— N —`` and a running header
between the pages, paragraphs cut in the middle of a sentence, a number cut from its unit. The
document text is never altered (DESIGN.md §3): the lines are grouped into logical lines (one per
paragraph) and the furniture is marked, so the reading pane shows paragraphs and the outline sees
whole headings.

Detection must not touch a normal report (one paragraph a line): a text counts as hard-wrapped only
when at least 30 lines exist, nearly half of them have the same width (±1.5, Latin letters and
digits counting half) between 12 and 60 characters, almost none is wider than that measure, and
most of those full lines end inside a sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from piyue.core.outline.numbering import match_marker

# Page furniture inside the body of a report that passed through print: page numbers (— 3 —, -3-,
# 第3页, 3/40, 第 3 页 共 40 页) and the newspaper's continuation notes.
PAGE_FURNITURE_RE = re.compile(
    r"""^(?:
        [—－\-–]{1,2}\s*\d{1,4}\s*[—－\-–]{1,2}
      | 第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?
      | \d{1,4}\s*/\s*\d{1,4}
      | [（(](?:上|下)接第?\s*\d{1,3}\s*版[）)]
    )$""",
    re.VERBOSE,
)
SENTENCE_END = "。！？；：!?;:…”」』）)】"
_MIN_LINES = 30
_MIN_SHARE = 0.45
_MAX_WIDER = 0.03


def visual_width(text: str) -> float:
    """Width of ``text`` in Chinese characters: Latin letters and digits count half."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def is_page_furniture(text: str) -> bool:
    """A page number line (``— 3 —``, ``-3-``, ``第3页``, ``3/40``)."""
    return PAGE_FURNITURE_RE.match(text) is not None


def wrap_measure(lines: list[str]) -> float | None:
    """The width of a full line if ``lines`` (stripped, non-blank) were hard-wrapped by a print, else ``None``."""
    lines = [line for line in lines if not is_page_furniture(line)]
    widths = [visual_width(line) for line in lines]
    if len(widths) < _MIN_LINES:
        return None
    counts = Counter(round(w) for w in widths)
    candidates = [(sum(counts.get(w + d, 0) for d in (-1, 0, 1)), w) for w in counts if 12 <= w <= 60]
    if not candidates:
        return None
    near, measure = max(candidates)
    wider = sum(1 for w in widths if w > measure + 2)
    if near < _MIN_SHARE * len(widths) or wider > _MAX_WIDER * len(widths):
        return None
    # The print cut its lines anywhere: most full lines end inside a sentence.
    full = [line for line, w in zip(lines, widths, strict=True) if abs(w - measure) <= 1.5]
    if sum(1 for line in full if line[-1] in SENTENCE_END) > 0.5 * len(full):
        return None
    return float(measure)


def running_headers(lines: list[str]) -> set[str]:
    """Lines repeated next to page numbers (a running header or footer)."""
    near_pages: Counter[str] = Counter()
    for i, line in enumerate(lines):
        if is_page_furniture(line):
            for j in (i - 2, i - 1, i + 1, i + 2):
                if 0 <= j < len(lines) and not is_page_furniture(lines[j]) and visual_width(lines[j]) <= 30:
                    near_pages[lines[j]] += 1
    return {line for line, n in near_pages.items() if n >= 3}


_TITLE_MAX = 50


def _heading_complete(text: str, current: Group, body: str, measure: float) -> bool:
    """Whether a numbered heading that filled its line ends there although the next line is full too:
    joined, no 。 would come within a title's length (an inline heading ``（一）标题。正文`` reaches its
    。 soon; the tail of an own-line heading is a short line)."""
    head = "".join(text[s:e] for s, e in current.spans)
    marker = match_marker(head)
    if marker is None or not marker.style.startswith("cn") or "。" in head or visual_width(body) < measure - 2:
        return False  # 1. items are often list entries that run on over several lines
    return "。" not in (head + body)[:_TITLE_MAX]


@dataclass(slots=True)
class Group:
    """Physical line spans read as one logical line."""

    spans: list[tuple[int, int]]
    furniture: bool = False
    continues: bool = False  # the paragraph of the line before the page furniture goes on here


def wrapped_groups(text: str, items: list[tuple[int, int, bool]], measure: float, furniture: set[str]) -> list[Group]:
    """Group hard-wrapped lines ``(start, end, indented)`` into paragraphs and page furniture.

    A line continues the paragraph when the line before it was full (within two characters of the
    measure) and it does not visibly open a new paragraph: an indentation (when the text indents
    its paragraphs at all; when it does not, a full stop), a numbered heading after a sentence end,
    ``各位代表``. A paragraph cut by
    a page's furniture goes on after it (a new group marked ``continues``).
    """
    indents = sum(1 for *_, indented in items if indented)
    indent_tells = 0 < indents < 0.6 * len(items)
    groups: list[Group] = []
    current: Group | None = None
    prev_full = False
    prev_last = ""
    for start, end, indented in items:
        body = text[start:end]
        if is_page_furniture(body) or body in furniture:
            groups.append(Group([(start, end)], furniture=True))
            continue
        ended = prev_last in SENTENCE_END
        opens = (indent_tells and indented) or (match_marker(body) is not None and ended)
        # Without indentation nothing tells a full line ending a paragraph from one ending a sentence
        # inside it: a new block after a full stop keeps paragraphs apart (and never cuts a figure).
        opens = opens or (not indent_tells and prev_last in "。！？!?")
        heading_done = current is not None and _heading_complete(text, current, body, measure)
        if current is not None and prev_full and not opens and not heading_done and not body.startswith("各位代表"):
            if groups[-1] is not current:
                current = Group([], continues=True)  # after the page furniture: a new block
                groups.append(current)
            current.spans.append((start, end))
        else:
            current = Group([(start, end)])
            groups.append(current)
        prev_full = visual_width(body) >= measure - 2
        prev_last = body[-1]
    return groups
