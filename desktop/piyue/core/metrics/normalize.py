"""An NFKC view of a text with a map back to the original offsets."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

# Characters whose NFKC form would invent a figure out of a list marker or a
# symbol (①→1, ⑴→(1), ㈠→(一), ¹→1): they are left alone.
_KEEP_CATEGORIES = frozenset({"No"})
#: Characters the view keeps as written although NFKC rewrites them: the
#: full-width punctuation of every Chinese text (the patterns accept both
#: forms), the ideographic space and the ellipsis (NFKC ``…`` → ``...`` would
#: shift offsets and put a ``.`` before the next number). Keeping them means a
#: typical report needs no view at all, or only a few same-length replacements.
NATIVE = frozenset("，；：（）！？\u3000…")


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

    @property
    def drifts(self) -> bool:
        """True when some view offsets differ from the original ones."""
        return bool(self._view_starts)

    def breaks(self) -> tuple[list[int], list[int], dict[int, int]]:
        """The drift table for callers that map many increasing offsets in one walk.

        ``(view_starts, deltas, inner)``: from ``view_starts[i]`` on, an offset maps to
        ``offset + deltas[i]``; ``inner`` maps offsets inside an expansion (see :meth:`to_original`).
        """
        return self._view_starts, self._deltas, self._inner

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


def changing_ranges() -> list[tuple[int, int]]:
    """The BMP characters the view rewrites, as ``(first, last)`` code point ranges (~0.1 s to work out)."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x80, 0x10000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or ch in NATIVE or _nfkc_char(ch) == ch:
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return ranges


def _changing_chars() -> re.Pattern[str]:
    """A character class of every BMP character that the view rewrites (built once, from the shipped
    table when it was made for this Unicode version)."""
    global _changing
    if _changing is None:
        from piyue.core.metrics import nfkc_table

        current = unicodedata.unidata_version == nfkc_table.UNIDATA_VERSION
        ranges = nfkc_table.RANGES if current else changing_ranges()
        body = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
        # Astral characters are candidates too (filtered in normalize): one pass over the text.
        _changing = re.compile("[" + body + "\U00010000-\U0010ffff]")
    return _changing


def normalize(text: str) -> NormalizedText:
    """Build the NFKC view of ``text`` (character by character, so every view
    character comes from exactly one original character)."""
    if text.isascii():
        return NormalizedText(text, text)
    pieces: list[str] = []
    inner: dict[int, int] = {}
    view_starts: list[int] = []
    deltas: list[int] = []
    last = 0  # original offset copied up to
    drift = 0  # view offset - original offset
    nfkc = _nfkc_char
    # One pass over the (rare) characters the view rewrites; same-length rewrites
    # (％ → %) keep the offsets, others (Ⅱ → II, ㎡ → m2) record a break.
    for m in _changing_chars().finditer(text):
        ch = m.group()
        repl = nfkc(ch)
        if repl == ch:
            continue  # an astral character that NFKC keeps
        s = m.start()
        pieces.append(text[last:s])
        pieces.append(repl)
        last = s + 1
        if len(repl) != 1:
            view_start = s + drift
            # A view offset inside the replacement maps to the original char (see to_original);
            # after it, the offsets shift by len(repl) - 1.
            view_starts.append(view_start)
            deltas.append(-drift)
            for k in range(1, len(repl)):
                inner[view_start + k] = s
            drift += len(repl) - 1
            view_starts.append(last + drift)
            deltas.append(-drift)
    if not pieces:
        return NormalizedText(text, text)
    pieces.append(text[last:])
    return NormalizedText(text, "".join(pieces), view_starts, deltas, inner)
