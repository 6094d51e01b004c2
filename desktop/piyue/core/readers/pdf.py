"""PDF reader: the text layer of a published report (pypdfium2), cleaned by :mod:`piyue.core.pdftext`.

pypdfium2 (Apache-2.0 / BSD-3-Clause, PDFium itself BSD) gives the characters of each page with
their boxes, which is what rejoining wrapped lines needs. PyMuPDF is not used: it is AGPL, which
would bind Piyue's distribution terms. A PDF without a text layer (a scan) or one PDFium cannot
open is answered with one line (:class:`ReaderError`). Reading is bounded: at most ``MAX_PAGES``
pages and ``MAX_CHARS`` characters of text.

This module is imported lazily by :func:`piyue.core.readers.read_document`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath

from piyue.core.errors import ReaderError
from piyue.core.model import Document
from piyue.core.pdftext import PageLine, assemble

MAX_PAGES = 2000
MAX_CHARS = 20_000_000


def _between_scripts(text: str, i: int) -> bool:
    """Whether text[i] stands between a Chinese character and a Latin letter or digit (either order)."""
    if i == 0 or i + 1 >= len(text):
        return False
    left, right = text[i - 1], text[i + 1]
    return (left.isascii() and left.isalnum()) != (right.isascii() and right.isalnum()) and not (
        left.isspace() or right.isspace()
    )


def _line(textpage, chars: list[str], inked: list[int], number: int) -> PageLine:
    """A visual line from its characters and the text-page indices of its inked ones.

    Only the first, middle and last inked characters are measured (left edge, right edge, glyph
    height): asking PDFium for every character's box would cost more than all the rest.
    """
    if not inked:
        return PageLine("".join(chars), number)
    boxes = [textpage.get_charbox(i) for i in {inked[0], inked[len(inked) // 2], inked[-1]}]
    x0 = textpage.get_charbox(inked[0])[0]
    x1 = max(box[2] for box in boxes)
    size = max(box[3] - box[1] for box in boxes)
    return PageLine("".join(chars), number, x0, x1, size)


def _page_lines(textpage, number: int) -> list[PageLine]:
    """The visual lines of one page with their left/right edges and glyph height."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    import pypdfium2.raw as pdfium_c

    text = textpage.get_text_range(0, count)
    lines: list[PageLine] = []
    chars: list[str] = []
    inked: list[int] = []
    index = 0  # the text page's index of text[i] (characters outside the BMP count two)
    for i, ch in enumerate(text):
        if ch in "\r\n":
            if chars:
                lines.append(_line(textpage, chars, inked, number))
            chars, inked = [], []
        elif ch == " " and _between_scripts(text, i) and pdfium_c.FPDFText_IsGenerated(textpage.raw, index) == 1:
            pass  # a gap PDFium guessed where the font switched (2023 年): not in the text
        else:
            if not ch.isspace():
                inked.append(index)
            chars.append(ch)
        index += 2 if ord(ch) > 0xFFFF else 1
    if chars:
        lines.append(_line(textpage, chars, inked, number))
    return lines


def _open(data: bytes, source: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        reason = " ".join(str(err).split()) or "unreadable"
        if "password" in reason.lower():
            raise ReaderError(
                f"{source}: the PDF is encrypted with a password", code="pdf-encrypted", source=source
            ) from None
        raise ReaderError(
            f"{source}: not a readable PDF ({reason[:120]})", code="pdf", source=source, detail=reason[:120]
        ) from None


def read_pdf_pages(data: bytes, source: str) -> list[list[PageLine]]:
    """The visual lines of every page of a PDF."""
    import pypdfium2 as pdfium

    pdf = _open(data, source)
    try:
        if len(pdf) > MAX_PAGES:
            raise ReaderError(f"{source}: too many pages ({len(pdf)}); the limit is {MAX_PAGES}")
        pages: list[list[PageLine]] = []
        total = 0
        for number in range(len(pdf)):
            page = pdf[number]
            textpage = page.get_textpage()
            try:
                lines = _page_lines(textpage, number + 1)
            finally:
                textpage.close()
                page.close()
            total += sum(len(line.text) for line in lines)
            if total > MAX_CHARS:
                raise ReaderError(f"{source}: too much text (more than {MAX_CHARS:,} characters)")
            pages.append(lines)
        return pages
    except pdfium.PdfiumError as err:
        raise ReaderError(f"{source}: damaged PDF ({' '.join(str(err).split())[:120]})") from None
    finally:
        pdf.close()


def parse_pdf(data: bytes, source: str) -> Document:
    """Parse the bytes of a PDF into a :class:`Document` with a page map; ``source`` names it in errors."""
    from piyue.core.readers.plaintext import parse_plaintext

    pages = read_pdf_pages(data, source)
    text, page_map = assemble(pages)
    if not text.strip():
        raise ReaderError(
            f"{source}: this PDF has no text layer (a scan, {len(pages)} pages); Piyue reads text PDFs — run OCR first",
            code="pdf-scan",
            source=source,
            detail=str(len(pages)),
        )
    document = parse_plaintext(text, fallback_title=PurePath(source).stem)
    return replace(document, format="pdf", page_map=page_map)
