"""Plain-text reader (placeholder: one block per line, outline parser pending)."""

from __future__ import annotations

from piyue.core.model import Block, BlockKind, Document
from piyue.core.textspan import iter_lines


def parse_plaintext(text: str, fallback_title: str = "") -> Document:
    """Parse a plain-text report."""
    blocks = [Block(BlockKind.PARAGRAPH, *line.stripped_span()) for line in iter_lines(text) if not line.is_blank]
    return Document(text=text, title=fallback_title, format="text", blocks=blocks, sections=[])
