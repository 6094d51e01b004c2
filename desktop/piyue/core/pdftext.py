"""Clean the text layer of a printed report: the lines of its pages → the document text and a page map.

What a PDF's text layer gives is visual lines. A printed report wraps its paragraphs every ~28–40
characters, numbers its pages (``— 3 —``, ``-3-``, ``第3页``, ``3/40``), repeats a running header,
and some fonts map characters to Kangxi radicals (⼈ U+2F08 instead of 人). Following DESIGN.md §3
the cleaned text *is* the document text (every offset counts in it):

- page numbers and running headers/footers (the same line at the top or bottom of most pages) are
  dropped;
- Kangxi radicals, CJK radicals and compatibility ideographs are mapped to the unified ideograph
  they stand for (NFKC, on those ranges only — full-width digits stay as printed);
- the indentation (full-width spaces) of a line is layout, not text (the reader also leaves out the
  blanks PDFium guesses where the font switches between Chinese and digits, ``2023 年``);
- lines are joined where the print wrapped them, with no space (also inside a number and its unit,
  ``3.46`` ⏎ ``万亿元``, and across a page break); a paragraph ends where a line stops short of the
  right margin or the next line is indented or opens a numbered heading.

The result is one paragraph per line, as the plain-text reader expects, with a page map: the offset
at which each page's text begins.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass

from piyue.core.outline.numbering import match_marker
from piyue.core.outline.rewrap import PAGE_FURNITURE_RE

SENTENCE_END = "。！？；：!?;:…”」』）)】"
_BLANKS = " \t\u3000\u00a0\u2002\u2003\u2009\u202f\ufeff\u200b"


@dataclass(frozen=True, slots=True)
class PageLine:
    """One visual line of a page: its text and where it stands (PDF points, y grows upwards)."""

    text: str
    page: int  # 1-based
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0  # glyph height, about the font size


# Characters that stand for a unified ideograph: Kangxi radicals, CJK radicals supplement, CJK
# compatibility ideographs (and their supplement).
_COMPAT_RE = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def _compat(match: re.Match[str]) -> str:
    mapped = unicodedata.normalize("NFKC", match.group())
    return mapped if len(mapped) == 1 else match.group()


def map_compatibility(text: str) -> str:
    """Map Kangxi radicals and compatibility ideographs to unified ideographs (⼈ → 人); nothing else."""
    return _COMPAT_RE.sub(_compat, text)


def clean_line(text: str) -> str:
    """A visual line as text: compatibility characters mapped, layout blanks removed."""
    return map_compatibility(text).strip(_BLANKS + "\r\n")


def is_page_number(text: str) -> bool:
    """``— 3 —``, ``-3-``, ``第3页``, ``第 3 页 共 40 页``, ``3/40`` or a bare page number."""
    compact = text.strip(_BLANKS)
    return bool(PAGE_FURNITURE_RE.match(compact)) or (compact.isdigit() and len(compact) <= 4)


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", "".join(text.split()))


def drop_furniture(pages: list[list[PageLine]]) -> list[list[PageLine]]:
    """Remove page numbers and running headers/footers from the top and bottom lines of each page."""
    counts: dict[str, int] = {}
    for lines in pages:
        for line in {_furniture_key(x.text) for x in lines[:2] + lines[-2:]}:
            counts[line] = counts.get(line, 0) + 1
    threshold = max(3, len(pages) * 2 // 5)
    running = {key for key, n in counts.items() if n >= threshold and key}
    kept: list[list[PageLine]] = []
    for lines in pages:
        edge = set(range(min(2, len(lines)))) | set(range(max(0, len(lines) - 2), len(lines)))
        kept.append(
            [
                line
                for i, line in enumerate(lines)
                if not (i in edge and (is_page_number(line.text) or _furniture_key(line.text) in running))
            ]
        )
    return kept


@dataclass(frozen=True, slots=True)
class _Layout:
    margin: float  # the usual left edge of a line
    right: float  # the usual right edge of a full line
    char: float  # the width of one character


def _layout(lines: list[PageLine]) -> _Layout | None:
    """The page geometry most lines follow, or ``None`` without geometry."""
    placed = [x for x in lines if x.x1 > x.x0]
    if len(placed) < 3:
        return None
    char = statistics.median(x.size for x in placed) or 10.0
    lefts = sorted(x.x0 for x in placed)
    margin = lefts[len(lefts) // 10]  # most lines start at the margin; few further left
    full = sorted(x.x1 for x in placed)
    right = full[int(len(full) * 0.9)]
    return _Layout(margin, right, char)


def _starts_paragraph(prev: PageLine, line: PageLine, layout: _Layout | None) -> bool:
    """Whether ``line`` begins a new paragraph after ``prev`` (else the print wrapped it)."""
    prev_text, text = prev.text, line.text
    ended = prev_text[-1] in SENTENCE_END
    heading = match_marker(text) is not None or text.startswith(("各位代表", "——"))
    if layout is None:
        return ended or heading
    indented = line.x0 > layout.margin + 0.8 * layout.char
    # Glyph boxes are ink, not advance: a line ending in a comma or filled with narrow digits stops
    # up to two characters short of the measure and is still full.
    short = prev.x1 < layout.right - 2.5 * layout.char
    if short and (ended or heading):
        return True
    return indented or (heading and ended)


def _joiner(left: str, right: str) -> str:
    """What goes between two wrapped pieces: nothing for Chinese and numbers, a space between words."""
    if left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha():
        return " "
    return ""


def assemble(pages: list[list[PageLine]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The document text (one paragraph per line) and its page map ``((offset, page), …)``."""
    pages = drop_furniture(pages)
    all_lines = [PageLine(t, x.page, x.x0, x.x1, x.size) for lines in pages for x in lines if (t := clean_line(x.text))]
    layout = _layout(all_lines)
    parts: list[str] = []
    length = 0
    page_map: list[tuple[int, int]] = []
    prev: PageLine | None = None
    for line in all_lines:
        if prev is None:
            sep = ""
        elif _starts_paragraph(prev, line, layout):
            sep = "\n"
        else:
            sep = _joiner(prev.text, line.text)
        parts.append(sep)
        length += len(sep)
        if not page_map or page_map[-1][1] != line.page:
            page_map.append((length, line.page))
        parts.append(line.text)
        length += len(line.text)
        prev = line
    return "".join(parts), tuple(page_map)
