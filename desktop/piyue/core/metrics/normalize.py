"""An NFKC view of a text with a map back to the original offsets."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

# Characters whose NFKC form would invent a figure out of a list marker or a
# symbol (①→1, ⑴→(1), ㈠→(一), ¹→1): they are left alone.
_KEEP_CATEGORIES = frozenset({"No"})


@dataclass(slots=True)
class NormalizedText:
    """``text`` is the NFKC view; :meth:`to_original` maps its offsets back.

    ``breaks`` holds ``(view_offset, original_offset)`` pairs at each place
    where the two drift apart; between breaks the offsets differ by a constant.
    """

    original: str
    text: str
    _view_starts: list[int] = field(default_factory=list)
    _deltas: list[int] = field(default_factory=list)
    _inner: dict[int, int] = field(default_factory=dict)

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """The original offset of view offset ``offset``.

        An offset that falls inside the expansion of one original character
        (``㎡`` → ``m2``) maps to that character's start, or to its end when
        ``end`` is true, so spans always cover whole original characters.
        """
        if not self._view_starts:
            return offset
        inner = self._inner.get(offset)
        if inner is not None:
            return inner + 1 if end else inner
        i = bisect_right(self._view_starts, offset) - 1
        if i < 0:
            return offset
        return offset + self._deltas[i]


_cache: dict[str, str] = {}


def _nfkc_char(ch: str) -> str:
    got = _cache.get(ch)
    if got is None:
        got = ch if unicodedata.category(ch) in _KEEP_CATEGORIES else unicodedata.normalize("NFKC", ch)
        if len(_cache) < 100_000:
            _cache[ch] = got
    return got


_changing: re.Pattern[str] | None = None
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _changing_chars() -> re.Pattern[str]:
    """A character class of every BMP character that the view rewrites (built once)."""
    global _changing
    if _changing is None:
        chars = [
            chr(cp)
            for cp in range(0x80, 0x10000)
            if not 0xD800 <= cp <= 0xDFFF and _nfkc_char(chr(cp)) != chr(cp)
        ]
        _changing = re.compile("[" + "".join(re.escape(ch) for ch in chars) + "]")
    return _changing


def normalize(text: str) -> NormalizedText:
    """Build the NFKC view of ``text`` (character by character, so every view
    character comes from exactly one original character)."""
    if text.isascii():
        return NormalizedText(text, text)
    found = set(_changing_chars().findall(text))
    if _ASTRAL.search(text):
        found.update(ch for ch in _ASTRAL.findall(text) if _nfkc_char(ch) != ch)
    if not found:
        return NormalizedText(text, text)
    view = text
    expanding: dict[str, str] = {}
    for ch in found:
        repl = _nfkc_char(ch)
        if len(repl) == 1:
            view = view.replace(ch, repl)  # same length: offsets unchanged
        else:
            expanding[ch] = repl
    if not expanding:
        return NormalizedText(text, view)
    # Offsets drift only at the (rare) characters whose NFKC form has another length.
    pattern = re.compile("[" + "".join(re.escape(ch) for ch in expanding) + "]")
    pieces: list[str] = []
    inner: dict[int, int] = {}
    view_starts: list[int] = []
    deltas: list[int] = []
    last = 0
    view_len = 0
    for m in pattern.finditer(view):
        s = m.start()
        pieces.append(view[last:s])
        view_len += s - last
        repl = expanding[m.group()]
        pieces.append(repl)
        # A view offset inside the replacement maps to the original char (see to_original);
        # after it, the offsets shift by len(repl) - 1.
        view_starts.append(view_len)
        deltas.append(s - view_len)
        for k in range(1, len(repl)):
            inner[view_len + k] = s
        view_len += len(repl)
        last = m.end()
        view_starts.append(view_len)
        deltas.append(last - view_len)
    pieces.append(view[last:])
    return NormalizedText(text, "".join(pieces), view_starts, deltas, inner)
