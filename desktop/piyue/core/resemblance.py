"""How much two texts resemble each other: are they drafts of the same report? (pure Python)."""

from __future__ import annotations

import re
import unicodedata

SHINGLE = 6  # characters per shingle: long enough to be specific in Chinese prose
_NOISE = re.compile(r"[\s\W_]+")


def shingles(text: str) -> frozenset[int]:
    """Hashes of the overlapping :data:`SHINGLE`-character runs of ``text`` without spaces and punctuation."""
    flat = _NOISE.sub("", unicodedata.normalize("NFKC", text))
    return frozenset(hash(flat[i : i + SHINGLE]) for i in range(max(0, len(flat) - SHINGLE + 1)))


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard similarity of two shingle sets, 0–1 (1: the same words in the same order)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
