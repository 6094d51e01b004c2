"""How much two texts resemble each other: are they drafts of the same report? (pure Python)."""

from __future__ import annotations

import re
import unicodedata

SHINGLE = 6  # characters per shingle: long enough to be specific in Chinese prose
_NOISE = re.compile(r"[\s\W_]+")


def shingles(text: str, limit: int | None = None) -> frozenset[str]:
    """The overlapping :data:`SHINGLE`-character runs of ``text`` without spaces and punctuation
    (of its first ``limit`` such characters only, for a quick first look)."""
    flat = _NOISE.sub("", unicodedata.normalize("NFKC", text if limit is None else text[: limit * 2]))
    if limit is not None:
        flat = flat[:limit]
    return frozenset({flat[i : i + SHINGLE] for i in range(max(0, len(flat) - SHINGLE + 1))})


def resemblance(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two shingle sets, 0–1 (1: the same words in the same order)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
