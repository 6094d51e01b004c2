"""A note body (Markdown) in Word: paragraphs with bold, italic, code and link runs; list items indented
with their bullet or number; headings bold; code blocks in a fixed-width face. Word gets what the
window's preview, the HTML and the PDF show — never ``**`` or ``- `` markers."""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from piyue.core.markup import parse_markdown
from piyue.export.docx_style import xml_text

CODE_FONT = "Courier New"
INDENT = Pt(18)


class _Writer:
    """Walks the block tokens of one body, adding paragraphs to ``word``."""

    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.lists: list[int | None] = []  # per open list: the next number, or None for bullets
        self.quotes = 0
        self.prefix = ""
        self.heading = False

    def block(self, token) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.lists.append(int(token.attrGet("start") or 1) if kind == "ordered_list_open" else None)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            number = self.lists[-1]
            self.prefix = "• " if number is None else f"{number}. "
            if number is not None:
                self.lists[-1] = number + 1
        elif kind in ("blockquote_open", "blockquote_close"):
            self.quotes += 1 if kind == "blockquote_open" else -1
        elif kind == "heading_open":
            self.heading = True
        elif kind == "inline":
            self.inline(self.paragraph(), token.children or [])
        elif kind in ("fence", "code_block"):
            paragraph = self.paragraph()
            for number, line in enumerate(token.content.rstrip("\n").split("\n")):
                run = paragraph.add_run(xml_text(line))
                run.font.name = CODE_FONT
                if number:
                    run.add_break()

    def paragraph(self) -> Paragraph:
        paragraph = self.word.add_paragraph()
        depth = len(self.lists) + self.quotes
        if depth:
            paragraph.paragraph_format.left_indent = INDENT * depth
        if self.prefix:
            paragraph.add_run(self.prefix)
            self.prefix = ""
        return paragraph

    def inline(self, paragraph: Paragraph, children: list) -> None:
        heading, self.heading = self.heading, False
        bold, italic, href, shown = heading, False, "", ""
        for child in children:
            kind = child.type
            if kind in ("strong_open", "strong_close"):
                bold = kind == "strong_open" or heading
            elif kind in ("em_open", "em_close"):
                italic = kind == "em_open"
            elif kind in ("softbreak", "hardbreak"):
                paragraph.add_run().add_break()
            elif kind == "link_open":
                href, shown = str(child.attrGet("href") or ""), ""
            elif kind == "link_close" and href and href not in shown:
                paragraph.add_run(xml_text(f" ({href})"))
            elif kind in ("text", "code_inline"):
                run = paragraph.add_run(xml_text(child.content))
                run.bold, run.italic = bold or None, italic or None
                if kind == "code_inline":
                    run.font.name = CODE_FONT
                shown += child.content


def add_markdown(word: WordDocument, text: str) -> None:
    """Paragraphs for ``text``, a note body written in Markdown, at the end of ``word``."""
    writer = _Writer(word)
    for token in parse_markdown(text):
        writer.block(token)
