"""Typeset a report as a printed official document with reportlab (not Qt), for the PDF reader's tests.

A4, the bundled WenQuanYi Micro Hei, 28 characters of 16 pt a line (lines filled to the measure by
glyph width, as a typesetter does: digits are narrower, so a line with figures holds more), 22
lines a page, paragraphs indented by two characters, a running header at the top and the page
number ``— N —`` at the bottom of every page. One source line is one paragraph.
"""

from __future__ import annotations

from pathlib import Path

FONT_FILE = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
SIZE = 16.0
MEASURE = 28 * SIZE
LINES_PER_PAGE = 22
LEADING = 28.0


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "WQYMicroHei"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_FILE), subfontIndex=0))
    return name


def wrap(paragraph: str, font: str) -> list[tuple[str, float]]:
    """The visual lines of a paragraph and their left indents (points)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[tuple[str, float]] = []
    indent = 2 * SIZE
    current = ""
    for ch in paragraph:
        if current and stringWidth(current + ch, font, SIZE) > MEASURE - indent:
            lines.append((current, indent))
            current, indent = "", 0.0
        current += ch
    if current:
        lines.append((current, indent))
    return lines


def typeset(text: str, out: Path, header: str = "政府工作报告") -> Path:
    """Write ``text`` (one paragraph a line) as a PDF at ``out``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font = _font()
    width, height = A4
    left = (width - MEASURE) / 2
    top = height - 110
    canvas = Canvas(str(out), pagesize=A4)
    page = 1
    row = 0

    def furniture() -> None:
        canvas.setFont(font, 10.5)
        canvas.drawCentredString(width / 2, height - 60, header)
        canvas.setFont(font, 14)
        canvas.drawCentredString(width / 2, 50, f"— {page} —")

    furniture()
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip(" \t\u3000\u00a0\u2002\u2003")
        if not paragraph:
            continue
        for line, indent in wrap(paragraph, font):
            if row == LINES_PER_PAGE:
                canvas.showPage()
                page += 1
                row = 0
                furniture()
            canvas.setFont(font, SIZE)
            canvas.drawString(left + indent, top - row * LEADING, line)
            row += 1
    canvas.save()
    return out
