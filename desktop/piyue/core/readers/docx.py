"""Word ``.docx`` reader (python-docx): heading styles give the outline, else the written numbering.

The text is the body's paragraphs in document order (paragraphs of table cells
included where the table stands), joined with ``\\n``. A paragraph is a heading
when its style (or a style it is based on) is ``Heading N`` / ``标题 N``, or when
it or its style carries an outline level (``w:outlineLvl``); ``Title`` gives the
document title. A leading numbering marker (``一、``, ``（一）``) is split off as
the section's numbering. A document without any heading paragraph is parsed as
a plain-text report, so that written numbering (``一、`` ``（一）``) gives the
outline.

This module is imported lazily by :func:`piyue.core.readers.read_document`.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import PurePath

from piyue.core.decode import normalise_newlines
from piyue.core.errors import ReaderError
from piyue.core.model import Block, BlockKind, Document
from piyue.core.outline.numbering import match_marker
from piyue.core.outline.tree import Heading, build_sections
from piyue.core.readers.limits import check_package
from piyue.core.textspan import BLANKS

_HEADING_STYLE_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_STYLES = frozenset({"title", "标题"})
_MAX_STYLE_DEPTH = 10  # guards against a basedOn cycle in a broken styles part

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P = f"{{{W_NS}}}p"
_R = f"{{{W_NS}}}r"
_SKIP_ANCESTORS = frozenset({f"{{{W_NS}}}txbxContent", f"{{{W_NS}}}del", f"{{{MC_NS}}}Fallback"})


@dataclass(frozen=True, slots=True)
class _Para:
    text: str
    kind: BlockKind
    level: int  # heading level (1-9) for headings, 0 otherwise


def _style_level(style) -> tuple[BlockKind, int] | None:
    """Heading kind and level given by a paragraph style or one it is based on."""
    depth = 0
    while style is not None and depth < _MAX_STYLE_DEPTH:
        name = (style.name or "").strip()
        if name.lower() in _TITLE_STYLES:
            return BlockKind.TITLE, 0
        m = _HEADING_STYLE_RE.match(name)
        if m:
            return BlockKind.HEADING, int(m.group(1))
        level = _outline_level(style.element.pPr)
        if level is not None:
            return BlockKind.HEADING, level
        style = style.base_style
        depth += 1
    return None


def _outline_level(ppr) -> int | None:
    """Heading level of a ``w:outlineLvl`` in ``ppr`` (0 → 1; 9 means body text → ``None``)."""
    if ppr is None:
        return None
    lvl = ppr.find(f"{{{W_NS}}}outlineLvl")
    if lvl is None:
        return None
    try:
        value = int(lvl.get(f"{{{W_NS}}}val", ""))
    except ValueError:
        return None
    return value + 1 if 0 <= value <= 8 else None


def _paragraph_text(p) -> str:
    """Visible text of a ``w:p``: its own runs (tracked insertions included, deletions and text boxes not)."""
    parts: list[str] = []
    for r in p.iter(_R):
        owner = None
        skip = False
        for ancestor in r.iterancestors():
            if ancestor.tag in _SKIP_ANCESTORS:
                skip = True
                break
            if ancestor.tag == _P:
                owner = ancestor
                break
        if not skip and owner is p:
            parts.append(r.text)
    return normalise_newlines("".join(parts))


def _body_paragraphs(document) -> list[_Para]:
    """The paragraphs of the body in document order, table cells included."""
    from docx.text.paragraph import Paragraph

    paras: list[_Para] = []
    body = document.element.body
    for p in body.iter(_P):
        if any(a.tag in _SKIP_ANCESTORS for a in p.iterancestors()):
            continue
        paragraph = Paragraph(p, document)
        kind, level = BlockKind.PARAGRAPH, 0
        direct = _outline_level(p.pPr)
        style_kind = _style_level(paragraph.style)
        if style_kind is not None and style_kind[0] is BlockKind.TITLE:
            kind = BlockKind.TITLE
        elif direct is not None:
            kind, level = BlockKind.HEADING, direct
        elif style_kind is not None:
            kind, level = style_kind
        paras.append(_Para(_paragraph_text(p), kind, level))
    return paras


def _load(data: bytes, source: str):
    import docx
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    errors = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OpcError, LxmlError, OSError, EOFError)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_package(archive, source)
        document = docx.Document(io.BytesIO(data))
        paras = _body_paragraphs(document)
        core_title = (document.core_properties.title or "").strip()
    except errors as err:
        reason = " ".join(str(err).split()) or type(err).__name__
        if isinstance(err, zipfile.BadZipFile):
            reason = "not a ZIP package"
        elif isinstance(err, KeyError) and err.args:
            reason = " ".join(str(err.args[0]).split())
        raise ReaderError(
            f"{source}: not a readable Word document ({reason[:160]})", code="docx", source=source, detail=reason[:160]
        ) from None
    return paras, core_title


def parse_docx(data: bytes, source: str) -> Document:
    """Parse the bytes of a ``.docx`` file into a :class:`Document`; ``source`` names it in errors."""
    paras, core_title = _load(data, source)
    text = "\n".join(p.text for p in paras)
    fallback_title = core_title or PurePath(source).stem
    if not any(p.kind is BlockKind.HEADING and p.text.strip(BLANKS) for p in paras):
        return _parse_unstyled(paras, text, fallback_title)

    title = ""
    blocks: list[Block] = []
    headings: list[Heading] = []
    pos = 0
    for para in paras:
        raw = para.text
        left = len(raw) - len(raw.lstrip(BLANKS + "\n"))
        right = len(raw.rstrip(BLANKS + "\n"))
        start, end = pos + left, pos + right
        pos += len(raw) + 1
        if end <= start:
            continue
        if para.kind is BlockKind.TITLE:
            title = title or " ".join(text[start:end].split())
            blocks.append(Block(BlockKind.TITLE, start, end))
        elif para.kind is not BlockKind.HEADING:
            blocks.append(Block(BlockKind.PARAGRAPH, start, end))
        else:
            headings.append(_heading(text, start, end, para.level))
            blocks.append(Block(BlockKind.HEADING, start, end, para.level))
    return Document(
        text=text,
        title=title or fallback_title,
        format="docx",
        blocks=blocks,
        sections=build_sections(headings, blocks),
    )


def _parse_unstyled(paras: list[_Para], text: str, fallback_title: str) -> Document:
    """A document without heading styles: its text goes through the plain-text outline parser; a paragraph
    in the Title style still names it."""
    from piyue.core.readers.plaintext import parse_plaintext

    document = parse_plaintext(text, fallback_title=fallback_title)
    title = next((p.text.strip(BLANKS) for p in paras if p.kind is BlockKind.TITLE and p.text.strip(BLANKS)), "")
    return replace(document, format="docx", title=title or document.title)


def _heading(text: str, start: int, block_end: int, level: int) -> Heading:
    """The heading of the styled paragraph ``text[start:block_end]``: numbering split off, a closing 。 dropped."""
    numbering = None
    name_start = start
    end = block_end
    while end > start and text[end - 1] in BLANKS + "。":  # （一）标题。 → 标题
        end -= 1
    if end <= start:
        end = block_end
    marker = match_marker(text, start)
    if marker is not None and start + len(marker) < end:
        numbering = marker.text
        name_start = start + len(marker)
        while name_start < end and text[name_start] in BLANKS:
            name_start += 1
    return Heading(
        level=level,
        numbering=numbering,
        title=text[name_start:end].replace("\n", ""),
        start=start,
        title_start=name_start,
        title_end=end,
        heading_end=block_end,
    )
