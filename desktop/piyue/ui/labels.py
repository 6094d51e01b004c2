"""Action texts as plain labels: without the mnemonic marker, in English and Chinese styles."""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\s*[(（]&\w[)）]")  # Chinese style: 打开(&O)


def plain_label(text: str) -> str:
    """``&Open…`` → ``Open``; ``打开(&O)…`` → ``打开``; a literal ``&&`` stays one ``&``."""
    text = _BRACKETED.sub("", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()
