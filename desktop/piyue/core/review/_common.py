"""Helpers the checks share: sibling lists, heading labels, normalised text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from piyue.core.model import BlockKind, Document, Section
from piyue.core.outline.numbering import Marker, join_numbering, match_marker

# Blocks that carry the report's prose (not headings, titles, furniture).
PROSE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE})

_NOISE_RE = re.compile(r"[\s\u3000，。、；：！？,.;:!?“”‘’\"'（）()《》〈〉【】\[\]—…·\-]+")


def squeeze(text: str) -> str:
    """``text`` without whitespace and punctuation: what two copies of a passage share."""
    return _NOISE_RE.sub("", text)


def sibling_groups(document: Document) -> Iterator[tuple[Section | None, list[Section]]]:
    """Every list of sections sharing a parent (``None`` for the top level), in document order."""
    yield None, document.sections
    for section in document.walk():
        if section.children:
            yield section, section.children


def marker_of(section: Section) -> Marker | None:
    """The numbering marker of ``section``, if it has one."""
    if not section.numbering:
        return None
    marker = match_marker(section.numbering.strip())
    return marker


def label(section: Section) -> str:
    """The heading as it reads, for messages: ``（一）扩大内需``."""
    text = join_numbering(section.numbering, section.title)
    return text if len(text) <= 40 else text[:39] + "…"


def heading_span(section: Section) -> tuple[int, int]:
    """Start and end of the heading of ``section`` (numbering and title)."""
    return section.start, max(section.title_end, section.start + 1)


def prose_text(document: Document, start: int, end: int) -> str:
    """The prose blocks between ``start`` and ``end``, clipped to that span, one per line."""
    parts: list[str] = []
    for block in document.blocks:
        if block.end <= start or block.start >= end or block.kind not in PROSE_KINDS:
            continue
        parts.append(document.text[max(block.start, start) : min(block.end, end)])
    return "\n".join(parts)


def ancestors(document: Document) -> dict[int, list[Section]]:
    """For each section (by ``id``), its chain of ancestors, outermost first."""
    chains: dict[int, list[Section]] = {}

    def visit(section: Section, chain: list[Section]) -> None:
        chains[id(section)] = chain
        for child in section.children:
            visit(child, [*chain, section])

    for top in document.sections:
        visit(top, [])
    return chains
