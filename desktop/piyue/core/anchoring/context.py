"""Quote context cut at sentence punctuation (the prefix and suffix of a TextQuoteSelector).

Rather than a fixed width, the prefix runs back to the start of the sentence the quote begins in
and the suffix forward to the end of the sentence it ends in. When that is too short to tell two
occurrences apart (the quote starts a sentence) the neighbouring sentence is taken as well; when a
sentence is very long the context is cut at a clause mark (，、：) within the limit.
"""

from __future__ import annotations

SENTENCE_ENDS = frozenset("。！？；!?;\n")
CLAUSE_MARKS = frozenset("，、：,:")
MIN_CONTEXT = 8
MAX_CONTEXT = 48


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Offset just after the last sentence end before ``pos`` (not below ``floor``)."""
    i = pos
    while i > floor and text[i - 1] not in SENTENCE_ENDS:
        i -= 1
    return i


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    """Offset just after the first sentence end at or after ``pos`` (not above ``ceiling``)."""
    i = pos
    while i < ceiling:
        i += 1
        if text[i - 1] in SENTENCE_ENDS:
            return i
    return ceiling


def quote_prefix(text: str, start: int) -> str:
    """The text before ``start`` back to a sentence boundary (see module docstring)."""
    floor = max(0, start - MAX_CONTEXT)
    cut = _sentence_start(text, start, floor)
    # skip the sentence end just before the quote, then take the previous sentence too
    while start - cut < MIN_CONTEXT and cut > floor:
        cut = _sentence_start(text, cut - 1, floor)
    if cut == floor and floor > 0:
        cut = _clause_cut_forward(text, floor, start)
    return text[cut:start].lstrip("\n")


def quote_suffix(text: str, end: int) -> str:
    """The text after ``end`` up to a sentence boundary (see module docstring)."""
    ceiling = min(len(text), end + MAX_CONTEXT)
    cut = _sentence_end(text, end, ceiling)
    while cut - end < MIN_CONTEXT and cut < ceiling:
        cut = _sentence_end(text, cut, ceiling)
    if cut == ceiling and ceiling < len(text) and text[ceiling - 1] not in SENTENCE_ENDS:
        cut = _clause_cut_backward(text, end, ceiling)
    return text[end:cut].rstrip("\n")


def _clause_cut_forward(text: str, floor: int, start: int) -> int:
    """Within a long sentence, start the prefix after the first clause mark past ``floor``."""
    for i in range(floor, max(floor, start - MIN_CONTEXT)):
        if text[i] in CLAUSE_MARKS:
            return i + 1
    return floor


def _clause_cut_backward(text: str, end: int, ceiling: int) -> int:
    """Within a long sentence, end the suffix at the last clause mark before ``ceiling``."""
    for i in range(ceiling, min(ceiling, end + MIN_CONTEXT), -1):
        if text[i - 1] in CLAUSE_MARKS:
            return i
    return ceiling
