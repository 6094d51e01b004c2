"""Word styles for Chinese text: East-Asian fonts (``w:eastAsia``) on every style used, zh-CN language, plain colours.

The default template's headings name theme fonts (``w:asciiTheme``, ``w:eastAsiaTheme``), which
Word prefers over named fonts; they are removed so that the fonts set here apply.
"""

from __future__ import annotations

import re
from typing import cast

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle, ParagraphStyle

BODY_FONT = "宋体"  # SimSun: on every Chinese Windows; the usual body face of official documents
HEADING_FONT = "黑体"  # SimHei: the usual heading face
LATIN_FONT = "Times New Roman"
HEADING_STYLES = ("Title", *(f"Heading {i}" for i in range(1, 10)))
BODY_STYLES = ("Normal", "Quote", "List Bullet")
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (python-docx refuses them)."""
    return _XML_INVALID.sub("", text)


def set_fonts(style: BaseStyle, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Name the Latin and East-Asian fonts of ``style`` and mark its East-Asian language as zh-CN."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def prepare(document: WordDocument) -> None:
    """Set the fonts of the body, quote, list and heading styles; headings in black."""
    styles = document.styles
    for name in BODY_STYLES:
        if name in styles:
            set_fonts(styles[name], BODY_FONT)
    normal = cast(ParagraphStyle, styles["Normal"])  # python-docx types every style as BaseStyle
    normal.font.size = Pt(11)
    for name in HEADING_STYLES:
        if name in styles:
            style = cast(ParagraphStyle, styles[name])
            set_fonts(style, HEADING_FONT)
            style.font.color.rgb = RGBColor(0x1F, 0x23, 0x28)


def hex_color(color: str) -> RGBColor:
    """A ``#rgb`` / ``#rrggbb`` colour (already checked) as a Word colour."""
    digits = color.lstrip("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return RGBColor.from_string(digits.upper())
