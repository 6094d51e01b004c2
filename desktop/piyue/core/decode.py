"""Turn the bytes of a text file into the document text (DESIGN.md §3).

Detects UTF-8 (with or without BOM), UTF-16 (with BOM, or by its NUL pattern),
GB18030 and Big5, never substitutes replacement characters, and normalises line
endings to ``\\n``. Files that are not text raise :class:`ReaderError`.
"""

from __future__ import annotations

import codecs

from piyue.core.errors import ReaderError

# Magic numbers of common binary formats, for a clear message.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF", "a PDF file, not text (give it a .pdf name to read its text layer)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls); save it as .docx"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "a SQLite database"),
)

# Characters that may appear in text besides printable ones.
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")


def normalise_newlines(text: str) -> str:
    """Replace CRLF, CR and Unicode line/paragraph separators by ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")


def _describe_binary(data: bytes) -> str | None:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    return None


def _plausible_share(text: str) -> float:
    """Share of characters typical of Chinese or Latin text (CJK, CJK punctuation, ASCII)."""
    sample = text[:4000]
    if not sample:
        return 0.0
    good = 0
    for ch in sample:
        code = ord(ch)
        if (
            0x20 <= code < 0x7F
            or ch in "\n\r\t"
            or 0x4E00 <= code <= 0x9FFF
            or 0x3000 <= code <= 0x303F
            or 0xFF00 <= code <= 0xFFEF
            or 0x2000 <= code <= 0x206F
        ):
            good += 1
    return good / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 (LE or BE) by how plausible the decoded text is.

    Plausible means: nearly all characters are CJK, CJK punctuation or ASCII, and
    either the Chinese characters are mostly common ones (GB2312 level 1) or the
    text is mostly ASCII (whose UTF-16 form is full of NUL bytes). Short runs of
    invalid UTF-8 decode to rare characters and are not taken for UTF-16.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    best: tuple[float, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data[:8000].decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _plausible_share(text)
        cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        common = _common_share(text, "gb2312", 0xB0A1, 0xD7FE) if cjk else 0.0
        ascii_share = sum(1 for ch in text if ch < "\x80") / len(text) if text else 0.0
        convincing = (cjk >= 8 and common >= 0.6) or ascii_share >= 0.9
        if share > 0.95 and convincing and (best is None or share > best[0]):
            best = (share, encoding)
    return best[1] if best else None


def _common_share(text: str, encoding: str, low: int, high: int) -> float:
    """Share of CJK characters whose code in ``encoding`` lies in its frequent-character block.

    GB2312 level 1 (0xB0A1–0xD7FE) holds the 3,755 most used simplified characters,
    Big5 level 1 (0xA440–0xC67E) the 5,401 most used traditional ones. Text decoded
    with the wrong one of the two lands mostly outside that block.
    """
    hits = total = 0
    for ch in text:
        if ch < "\u4e00" or ch > "\u9fff":
            continue
        total += 1
        try:
            code = int.from_bytes(ch.encode(encoding), "big")
        except UnicodeEncodeError:
            continue
        if low <= code <= high:
            hits += 1
    return hits / total if total else 0.0


def _decode_legacy_chinese(data: bytes) -> tuple[str, str] | None:
    candidates: list[tuple[float, str, str]] = []
    for encoding, low, high in (("gb18030", 0xB0A1, 0xD7FE), ("big5", 0xA440, 0xC67E)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        probe_encoding = "gb2312" if encoding == "gb18030" else "big5"
        candidates.append((_common_share(text[:20000], probe_encoding, low, high), encoding, text))
    if not candidates:
        return None
    _score, encoding, text = max(candidates, key=lambda c: c[0])
    return text, encoding


def _check_is_text(text: str, source: str) -> None:
    if not text:
        return
    bad = sum(1 for ch in text[:20000] if ch < " " and ch not in _ALLOWED_CONTROLS)
    if "\x00" in text or bad > max(2, len(text[:20000]) // 200):
        raise ReaderError(f"{source}: not a text file (it contains binary data)", code="binary", source=source)
    if "\ufffd" in text:
        raise ReaderError(f"{source}: the file contains undecodable characters (U+FFFD)")


def decode_bytes(data: bytes, source: str = "input") -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``.

    ``source`` names the input in error messages. Raises :class:`ReaderError`
    for binary data or bytes no supported encoding can decode.
    """
    if not data:
        return "", "utf-8"
    what = _describe_binary(data)
    if what is not None:
        raise ReaderError(
            f"{source}: not a text document, it looks like {what}", code="looks-like", source=source, detail=what
        )
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[len(codecs.BOM_UTF8) :]
        text = _strict(body, "utf-8", source)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
        text = _strict(data, "utf-16", source)
    else:
        encoding = "utf-8"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        if not text or "\x00" in text:
            guess = _utf16_without_bom(data)
            legacy = None if guess else _decode_legacy_chinese(data)
            if guess is not None:
                encoding, text = guess, _strict(data, guess, source)
            elif legacy is not None and "\x00" not in legacy[0]:
                text, encoding = legacy
            elif not text:
                raise ReaderError(
                    f"{source}: not a text document in a supported encoding (UTF-8, UTF-16, GB18030 or Big5)",
                    code="encoding",
                    source=source,
                )
    _check_is_text(text, source)
    return normalise_newlines(text), encoding


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ReaderError(f"{source}: invalid {encoding.upper()} text at byte {err.start}") from None
