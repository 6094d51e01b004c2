"""Search normalisation: NFKC and lower case, with a map back to code-point offsets of the original text.

Search works on a normalised copy (１４．３％ → 14.3%, ＰＭ２．５ → pm2.5) but reports offsets into the
original text (DESIGN.md §3); :class:`Normalized` carries the map.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and, for each of its characters, the offset of the original character it came from."""

    text: str
    origins: tuple[int, ...]  # len(text) + 1 entries; the last is the original length
    identity: bool

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span (code points, end exclusive) of the normalised span ``start``..``end``."""
        if self.identity:
            return start, end
        if end <= start:
            return self.origins[start], self.origins[start]
        return self.origins[start], self.origins[end - 1] + 1


@lru_cache(maxsize=65536)
def fold(char: str) -> str:
    """One character NFKC-normalised and lower-cased (may be several characters, e.g. ㎡ → m2)."""
    return unicodedata.normalize("NFKC", char).lower()


#: Characters seen so far that :func:`fold` leaves as they are, and those it changes (with their folding):
#: :func:`normalize` looks a passage's characters up with set operations instead of one call each.
_UNCHANGED: set[str] = set()
_FOLDED: dict[str, str] = {}


def _changes(text: str) -> dict[str, str]:
    """The characters of ``text`` that :func:`fold` changes, with their folding."""
    chars = set(text)
    for char in chars.difference(_UNCHANGED, _FOLDED):
        folded = fold(char)
        if folded == char:
            _UNCHANGED.add(char)
        else:
            _FOLDED[char] = folded
    return {char: _FOLDED[char] for char in chars.intersection(_FOLDED)}


def normalize(text: str) -> Normalized:
    """NFKC, lower-cased copy of ``text`` (character by character) with the offset map.

    Fast paths: nothing changes (identity), or every change is one character for one (translate).
    """
    changed = _changes(text)
    if not changed:
        return Normalized(text, (), True)
    if all(len(folded) == 1 for folded in changed.values()):
        return Normalized(text.translate(str.maketrans(changed)), (), True)
    pieces: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = changed.get(char, char)
        pieces.append(folded)
        origins.extend([index] * len(folded))
    origins.append(len(text))
    return Normalized("".join(pieces), tuple(origins), False)


def is_word_char(char: str) -> bool:
    """A letter, a digit or a private-use character: what FTS5's unicode61 tokenizer keeps in tokens."""
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"
