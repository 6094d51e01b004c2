"""A quotation with its source, for pasting into a memo: the passage, then report, section and page."""

from __future__ import annotations

from piyue.core.model import Document


def citation(document: Document, start: int, end: int, quote: str | None = None) -> str:
    """``“passage”`` then ``——《report title》，section，第N页`` (the page only when the document
    has a page map, e.g. a PDF; the section is the innermost one holding ``start``). ``quote`` is the
    passage as shown (default: the text from ``start`` to ``end``)."""
    quote = " ".join((document.text[start:end] if quote is None else quote).split())
    source = [f"《{document.title}》" if document.title else ""]
    path = document.section_path_at(start)
    if path:
        source.append(path[-1].title)
    first, last = document.page_at(start), document.page_at(max(start, end - 1))
    if first is not None:
        source.append(f"第{first}页" if last in (None, first) else f"第{first}—{last}页")
    return f"“{quote}”\n——" + "，".join(part for part in source if part)
