"""Safe file names built from report titles: no separators, no control characters, nothing Windows refuses."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 180  # file systems limit a name to 255 bytes; leave room for a suffix and a temporary name
FALLBACK = "piyue-export"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)


def safe_stem(title: str, fallback: str = FALLBACK) -> str:
    """A file name stem from ``title`` that is valid on Linux, macOS and Windows and never a path.

    Path separators, reserved punctuation and control characters become ``-``; whitespace runs
    become ``_``; leading dots and trailing dots or spaces go; Windows device names get a ``_``
    in front; the result is cut to :data:`MAX_NAME_BYTES` of UTF-8 at a character boundary.
    """
    name = _SPACES.sub(" ", unicodedata.normalize("NFC", title))
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"} or ch == " ")
    name = _UNSAFE.sub("-", name)
    name = _SPACES.sub("_", name.strip())
    name = name.strip("._- ")
    encoded = name.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        name = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore").rstrip("._- ")
    if not name:
        return fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    return name


def export_name(title: str, extension: str) -> str:
    """The default file name of an export: the safe stem of the title, ``-批注`` and the extension."""
    return f"{safe_stem(title)}-批注{extension}"
