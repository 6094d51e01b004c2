"""Readers: a file on disk → a :class:`~piyue.core.model.Document`.

:func:`read_document` picks the reader by the file's extension (and sniffs
content for files without a known one). Every failure a user can cause raises
:class:`~piyue.core.errors.ReaderError` with a one-line reason.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from piyue.core.errors import ReaderError
from piyue.core.model import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
DOCX_SUFFIXES = frozenset({".docx"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES


def read_bytes(path: Path) -> bytes:
    """Read a regular file's bytes (bounded, see :mod:`piyue.core.readers.limits`); errors are :class:`ReaderError`."""
    from piyue.core.readers.limits import read_limited

    return read_limited(path)


def read_document(path: str | Path, *, topic_sentences: bool = False) -> Document:
    """Read and parse the report at ``path``.

    ``topic_sentences`` adds the topic sentence that opens a paragraph of a plain-text
    report as the lowest outline level.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    data = read_bytes(path)
    if suffix in DOCX_SUFFIXES:
        from piyue.core.readers.docx import parse_docx

        document = parse_docx(data, source=str(path))
    elif suffix in PDF_SUFFIXES or data[:5] == b"%PDF-":
        from piyue.core.readers.pdf import parse_pdf

        document = parse_pdf(data, source=str(path))
    else:
        from piyue.core.decode import decode_bytes

        text, encoding = decode_bytes(data, source=str(path))
        document = parse_text(
            text,
            markdown=suffix in MARKDOWN_SUFFIXES,
            fallback_title=path.stem,
            topic_sentences=topic_sentences,
        )
        document = replace(document, encoding=encoding)
    return replace(document, path=path)


def parse_text(text: str, *, markdown: bool, fallback_title: str = "", topic_sentences: bool = False) -> Document:
    """Parse already decoded text as Markdown or as a plain-text report."""
    if markdown:
        from piyue.core.readers.markdown import parse_markdown

        return parse_markdown(text, fallback_title=fallback_title)
    from piyue.core.readers.plaintext import parse_plaintext

    return parse_plaintext(text, fallback_title=fallback_title, topic_sentences=topic_sentences)


def restore_page_map(document: Document) -> Document:
    """A stored document read from a PDF with its page map again, from its source file (a new document).

    The page map is read again only when the file is still there and gives the very same text;
    otherwise the document stays without pages (notes then cite no page). Never raises.
    """
    if document.format != "pdf" or document.page_map or document.path is None:
        return document
    try:
        again = read_document(document.path)
    except (ReaderError, OSError):
        return document
    if again.text == document.text:
        return replace(document, page_map=again.page_map)
    return document


def with_topic_sentences(document: Document) -> Document:
    """A view of ``document`` whose outline adds the topic sentence opening each paragraph as its lowest
    level (plain-text reports; other formats are returned unchanged).

    A display option only: the canonical outline (``document`` itself) is what is stored, exported and
    used to anchor notes.
    """
    if document.format != "text":
        return document
    from piyue.core.readers.plaintext import parse_plaintext

    parsed = parse_plaintext(document.text, fallback_title=document.title, topic_sentences=True)
    return replace(document, sections=parsed.sections)


def restore_blocks(document: Document) -> Document:
    """A stored document (text and outline, no display blocks) with its blocks again (a new document).

    Markdown and plain text are parsed again (same text, same outline); a Word document's text
    is one paragraph per line, with the stored headings marked as headings.
    """
    document = restore_page_map(document)
    if document.blocks:
        return document
    if document.format in ("markdown", "text", "pdf"):  # a PDF's text is its cleaned text layer
        parsed = parse_text(document.text, markdown=document.format == "markdown")
        # joins: a hard-wrapped text's line breaks inside paragraphs
        return replace(document, blocks=parsed.blocks, joins=parsed.joins)
    from piyue.core.model import Block, BlockKind
    from piyue.core.textspan import iter_lines

    headings = {s.title_start: s.level for s in document.walk() if not s.inline}
    blocks = []
    for line in iter_lines(document.text):
        if line.is_blank:
            continue
        start, end = line.stripped_span()
        level = headings.get(start)
        blocks.append(Block(BlockKind.HEADING if level else BlockKind.PARAGRAPH, start, end, level or 0))
    return replace(document, blocks=blocks)


__all__ = [
    "SUPPORTED_SUFFIXES",
    "ReaderError",
    "parse_text",
    "read_document",
    "restore_blocks",
    "restore_page_map",
    "with_topic_sentences",
]
