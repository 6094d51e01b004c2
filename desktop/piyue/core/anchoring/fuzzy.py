"""Approximate search of a quote in its context, with rapidfuzz.

The needle is the quote with its context (prefix + exact + suffix), which makes even a short
quote like ``14.3%`` distinctive. The text is scanned in overlapping windows; the best window is
aligned with ``fuzz.partial_ratio_alignment`` and the quote's own span is carried across by the
edit operations between needle and match. The runner-up is the best match once the winner's span
is masked, so a passage that occurs twice gives two equal scores and no clear lead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

MASK = "\x00"


@dataclass(frozen=True, slots=True)
class FuzzyHit:
    """A fuzzy match: the quote's new span, the matched region and the scores (0-100)."""

    start: int
    end: int
    score: float
    runner_up: float


def _windows(lo: int, hi: int, needle_len: int) -> list[tuple[int, int]]:
    size = max(2 * needle_len, 256)
    if hi - lo <= size:
        return [(lo, hi)]
    step = size // 2
    spans = [(i, i + size) for i in range(lo, hi - size, step)]
    spans.append((hi - size, hi))
    return spans


def _best(needle: str, text: str, spans: Sequence[tuple[int, int]]) -> tuple[float, int, int]:
    """Best (score, start, end) of ``needle`` over the windows of ``spans`` of ``text``."""
    windows: list[tuple[int, int]] = []
    for lo, hi in spans:
        windows.extend(_windows(lo, hi, len(needle)))
    choices = [text[a:b] for a, b in windows]
    ranked = process.extract(needle, choices, scorer=fuzz.partial_ratio, limit=3)
    best = (0.0, 0, 0)
    for _, _, index in ranked:
        a, _b = windows[index]
        alignment = fuzz.partial_ratio_alignment(needle, choices[index])
        if alignment is not None and alignment.score > best[0]:
            best = (alignment.score, a + alignment.dest_start, a + alignment.dest_end)
    return best


def map_span(needle: str, region: str, start: int, end: int) -> tuple[int, int]:
    """Carry ``needle[start:end]`` over to ``region`` through the Indel edit operations."""
    ops = Indel.opcodes(needle, region)
    new_start = new_end = None
    for op in ops:
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if new_start is None and i1 <= start < i2:
            new_start = j1 + (start - i1) if tag == "equal" else j1
        if i1 < end <= i2:
            new_end = j1 + (end - i1) if tag == "equal" else (j2 if tag != "delete" else j1)
    if new_start is None:
        new_start = len(region)
    if new_end is None:
        new_end = new_start
    return new_start, max(new_start, new_end)


def locate(
    needle: str,
    quote_start: int,
    quote_end: int,
    text: str,
    spans: Sequence[tuple[int, int]],
    margin: float,
    limit: int = 8,
) -> list[FuzzyHit]:
    """Find ``needle`` approximately in ``text`` within ``spans``; the quote is ``needle[quote_start:quote_end]``.

    Returns the best match and every further match scoring within ``margin`` of it (at most
    ``limit``), best first; each hit's ``runner_up`` is the best score outside that group, so a
    passage that occurs twice gives two hits of equal score.
    """
    spans = [(lo, hi) for lo, hi in spans if hi > lo]
    if not needle or not spans:
        return []
    found: list[tuple[float, int, int]] = []
    runner_up = 0.0
    while True:
        score, a, b = _best(needle, text, spans)
        if score <= 0:
            break
        if found and (score < found[0][0] - margin or len(found) >= limit):
            runner_up = score
            break
        rel_start, rel_end = map_span(needle, text[a:b], quote_start, quote_end)
        found.append((score, a + rel_start, a + rel_end))
        text = text[:a] + MASK * (b - a) + text[b:]
    return [FuzzyHit(start, end, score, runner_up) for score, start, end in found]


def similarity(a: str, b: str) -> float:
    """Similarity of two strings, 0-100 (normalised Indel distance)."""
    return fuzz.ratio(a, b)
