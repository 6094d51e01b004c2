"""Note bodies (Markdown) as Word formatting: bold, italic, strike-through, code, links, lists,
quotes, headings and line breaks become runs and paragraphs, never literal ``**`` or ``- ``.

The body is parsed by the same safe parser as the window's preview (:func:`piyue.core.markup.markdown_tokens`:
raw HTML stays text, images are dropped, only web and mail links are links). The writer fills any
python-docx block container: the document itself (notes under headings), or a comment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from piyue.core.markup import markdown_tokens
from piyue.export.docx_style import xml_text

LINK_BLUE = RGBColor(0x05, 0x63, 0xC1)
CODE_FONT = "Consolas"
INDENT = Pt(18)


class BlockContainer(Protocol):
    """What python-docx's document, table cell and comment offer: paragraphs."""

    def add_paragraph(self, text: str = "", style: Any = None) -> Paragraph: ...


@dataclass
class _Inline:
    bold: bool = False
    italic: bool = False
    strike: bool = False
    link: str | None = None


@dataclass
class _Writer:
    container: BlockContainer
    list_styles: bool  # Word's list and quote styles (the document has them); else text bullets and indents
    first: Paragraph | None = None  # an empty paragraph to fill first (a new comment has one)
    lists: list[list[Any]] = field(default_factory=list)  # [ordered, number] per open list
    quotes: int = 0
    item_started: bool = False  # the next paragraph is the first of a list item
    paragraph: Paragraph | None = None
    heading: bool = False  # inside a Markdown heading: its text is bold

    def new_paragraph(self) -> Paragraph:
        style = None
        if self.lists and self.list_styles and self.item_started:
            style = "List Number" if self.lists[-1][0] else "List Bullet"
        elif self.quotes and self.list_styles:
            style = "Quote"
        if self.first is not None:
            paragraph, self.first = self.first, None
            if style is not None:
                paragraph.style = style
        else:
            paragraph = self.container.add_paragraph(style=style)
        depth = len(self.lists) + (0 if self.list_styles else self.quotes)
        if depth and not (self.list_styles and self.item_started and len(self.lists) == 1):
            paragraph.paragraph_format.left_indent = INDENT * depth
        if self.lists and self.item_started and not self.list_styles:
            ordered, number = self.lists[-1]
            paragraph.add_run(f"{number}. " if ordered else "• ")
        self.item_started = False
        self.paragraph = paragraph
        return paragraph

    def block(self, token: Any) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            self.lists.append([kind == "ordered_list_open", int(start) - 1 if start else 0])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            self.lists[-1][1] += 1
            self.item_started = True
        elif kind == "blockquote_open":
            self.quotes += 1
        elif kind == "blockquote_close":
            self.quotes -= 1
        elif kind in ("paragraph_open", "heading_open"):
            self.heading = kind == "heading_open"
            self.new_paragraph()
        elif kind == "inline":
            self.inline(token.children or [], self.heading)
        elif kind in ("fence", "code_block"):
            self.code(token.content)

    def inline(self, children: list[Any], heading: bool = False) -> None:
        paragraph = self.paragraph or self.new_paragraph()
        state = _Inline(bold=heading)
        for child in children:
            kind = child.type
            if kind == "text":
                self.text(paragraph, child.content, state)
            elif kind in ("softbreak", "hardbreak"):
                paragraph.add_run().add_break()  # a line typed in the note stays a line
            elif kind == "code_inline":
                _code_run(paragraph.add_run(xml_text(child.content)))
            elif kind in ("strong_open", "strong_close"):
                state.bold = kind == "strong_open" or heading
            elif kind in ("em_open", "em_close"):
                state.italic = kind == "em_open"
            elif kind in ("s_open", "s_close"):
                state.strike = kind == "s_open"
            elif kind == "link_open":
                state.link = str(child.attrGet("href") or "")
            elif kind == "link_close":
                state.link = None

    def text(self, paragraph: Paragraph, content: str, state: _Inline) -> None:
        if not content:
            return
        run = _hyperlink_run(paragraph, state.link) if state.link else paragraph.add_run()
        run.text = xml_text(content)
        run.bold = state.bold or None
        run.italic = state.italic or None
        if state.strike:
            run.font.strike = True

    def code(self, content: str) -> None:
        paragraph = self.new_paragraph()
        for i, line in enumerate(content.rstrip("\n").split("\n")):
            run = _code_run(paragraph.add_run(xml_text(line)))
            if i:
                run._r.addprevious(OxmlElement("w:br"))  # python-docx has no API for it


def _code_run(run: Run) -> Run:
    run.font.name = CODE_FONT
    run.font.size = Pt(9.5)
    return run


def _hyperlink_run(paragraph: Paragraph, url: str) -> Run:
    """A run inside a ``w:hyperlink`` to ``url`` (external), coloured and underlined like a link."""
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    paragraph._p.append(link)  # python-docx has no API for writing hyperlinks
    element = OxmlElement("w:r")
    link.append(element)
    run = Run(element, paragraph)
    run.font.color.rgb = LINK_BLUE
    run.font.underline = True
    return run


def add_markdown(
    container: BlockContainer, text: str, *, list_styles: bool = True, first: Paragraph | None = None
) -> None:
    """Write the Markdown ``text`` into ``container`` as Word paragraphs and runs.

    ``list_styles``: use Word's list and quote styles (the document's body); False writes bullets
    and numbers as text with indents (comments). ``first``: an empty paragraph to fill first.
    """
    writer = _Writer(container, list_styles, first)
    for token in markdown_tokens(xml_text(text)):  # before parsing: markdown-it turns NUL into U+FFFD
        writer.block(token)
