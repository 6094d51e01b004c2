"""Markdown reader: markdown-it-py finds the blocks; ``#`` levels give the outline.

Headings keep their ``#`` level. A numbering marker at the start of a heading
(``(一)坚持…``) is split off as the section's numbering. The document title is
the last level-1 heading before the first deeper heading (a report's column
label such as 两会特别报道 often comes before it), else the first heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.token import Token

from piyue.core.model import Block, BlockKind, Document
from piyue.core.outline.numbering import match_marker
from piyue.core.outline.tree import Heading, build_sections
from piyue.core.textspan import BLANKS, line_starts

_ATX_OPEN = re.compile(r"[ \t]{0,3}#{1,6}[ \t]*")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_LIST_MARK = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*")
_QUOTE_MARK = re.compile(r"[ \t]*(?:>[ \t]?)+")

_PARSER = MarkdownIt("commonmark")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in BLANKS:
        start += 1
    while end > start and text[end - 1] in BLANKS + "\n":
        end -= 1
    return start, end


def parse_markdown(text: str, fallback_title: str = "") -> Document:
    """Parse Markdown ``text`` into a :class:`Document`."""
    starts = line_starts(text)
    starts.append(len(text) + 1)

    def line_span(first: int, last: int) -> tuple[int, int]:
        return starts[first], min(starts[last] - 1, len(text))

    blocks: list[Block] = []
    headings: list[Heading] = []
    tokens = _PARSER.parse(text)
    quote_depth = list_depth = 0
    for i, token in enumerate(tokens):
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "heading_open" and token.map:
            heading, block = _heading(text, token, line_span)
            headings.append(heading)
            blocks.append(block)
        elif token.type == "paragraph_open" and token.map:
            first_in_item = i > 0 and tokens[i - 1].type == "list_item_open"
            prefix = _LIST_MARK if first_in_item else _QUOTE_MARK if quote_depth else None
            start, end = _paragraph_span(text, line_span(*token.map), prefix)
            if end > start:
                kind = BlockKind.LIST_ITEM if list_depth else BlockKind.QUOTE if quote_depth else BlockKind.PARAGRAPH
                blocks.append(Block(kind, start, end))
        elif token.type in ("fence", "code_block", "html_block") and token.map:
            start, end = _code_span(text, token, line_span)
            if end > start:
                blocks.append(Block(BlockKind.CODE, start, end))
    blocks.sort(key=lambda b: b.start)
    return Document(
        text=text,
        title=_choose_title(headings) or fallback_title,
        format="markdown",
        blocks=blocks,
        sections=build_sections(headings, blocks),
    )


LineSpan = Callable[[int, int], tuple[int, int]]


def _heading(text: str, token: Token, line_span: LineSpan) -> tuple[Heading, Block]:
    """The heading an ATX (``#``) or setext heading token opens, numbering split off, and its block."""
    assert token.map is not None
    level = int(token.tag[1])
    first, last = token.map
    start, end = line_span(first, last)
    if token.markup.startswith("#"):
        line = text[start:end]
        opener = _ATX_OPEN.match(line)
        title_start = start + (opener.end() if opener else 0)
        close = _ATX_CLOSE.search(line)
        title_end = start + close.start() if close and start + close.start() >= title_start else end
        hash_start = start + len(line) - len(line.lstrip(" \t"))
    else:  # setext: the text lines above the underline
        title_start, title_end = line_span(first, last - 1)
        hash_start = title_start
    title_start, title_end = _strip_span(text, title_start, title_end)
    marker = match_marker(text, title_start)
    numbering = None
    name_start = title_start
    if marker is not None and title_start + len(marker) < title_end:
        numbering = marker.text
        name_start, _ = _strip_span(text, title_start + len(marker), title_end)
    heading = Heading(
        level=level,
        numbering=numbering,
        title=text[name_start:title_end],
        start=hash_start,
        title_start=name_start,
        title_end=title_end,
        heading_end=end,
    )
    return heading, Block(BlockKind.HEADING, title_start, title_end, level)


def _paragraph_span(text: str, span: tuple[int, int], prefix: re.Pattern[str] | None) -> tuple[int, int]:
    """A paragraph's text without the list or quote marker ``prefix`` matches at its start, blanks stripped."""
    start, end = span
    if prefix is not None:
        m = prefix.match(text, start)
        if m:
            start = m.end()
    return _strip_span(text, start, end)


def _code_span(text: str, token: Token, line_span: LineSpan) -> tuple[int, int]:
    """The text of a fenced or indented code block (fences left out) or an HTML block (blanks stripped)."""
    assert token.map is not None
    first, last = token.map
    if token.type == "html_block":
        return _strip_span(text, *line_span(first, last))
    if token.type == "fence":
        first, last = first + 1, max(first + 1, last - 1)
    return line_span(first, last)


def _choose_title(headings: list[Heading]) -> str:
    if not headings:
        return ""
    title = ""
    for heading in headings:
        if heading.level > 1:
            break
        title = (heading.numbering or "") + heading.title
    return title or (headings[0].numbering or "") + headings[0].title
