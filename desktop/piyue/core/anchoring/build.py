"""Making anchors: for a span of a document, for a whole section, or for a quote the user typed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from piyue.core.anchoring.context import quote_prefix, quote_suffix
from piyue.core.anchoring.errors import AnchoringError
from piyue.core.anchoring.model import Anchor, AnchorKind
from piyue.core.model import Document, Section


def section_titles_at(document: Document, offset: int) -> tuple[str, ...]:
    """Titles of the sections (outermost first) that contain ``offset``."""
    return tuple(s.title for s in document.section_path_at(offset))


def anchor_span(document: Document, start: int, end: int) -> Anchor:
    """The anchor of the passage ``document.text[start:end]``."""
    text = document.text
    if not 0 <= start < end <= len(text):
        raise AnchoringError(f"passage {start}..{end} is outside the text (0..{len(text)})")
    return Anchor(
        exact=text[start:end],
        start=start,
        end=end,
        prefix=quote_prefix(text, start),
        suffix=quote_suffix(text, end),
        section_path=section_titles_at(document, start),
        kind=AnchorKind.PASSAGE,
    )


def path_to(document: Document, target: Section) -> tuple[str, ...]:
    """Titles from the outermost section down to ``target`` itself."""
    titles: list[str] = []
    for section in document.section_path_at(target.start):
        titles.append(section.title)
        if section is target:
            break
    return tuple(titles)


def anchor_section(document: Document, section: Section) -> Anchor:
    """The anchor of a note on a whole section (its title as the quote, its span as the position)."""
    return Anchor(
        exact=section.title,
        start=section.start,
        end=section.end,
        prefix="",
        suffix="",
        section_path=path_to(document, section),
        kind=AnchorKind.SECTION,
    )


def find_sections(document: Document, title: str) -> list[Section]:
    """Sections whose title is ``title`` (or numbering + title); failing that, whose title contains it."""
    wanted = title.strip()
    sections = list(document.walk())
    exact = [s for s in sections if s.title == wanted or f"{s.numbering or ''}{s.title}" == wanted]
    if exact:
        return exact
    return [s for s in sections if wanted and wanted in s.title]


def pick_section(document: Document, title: str, nth: int | None = None) -> Section:
    """The one section called ``title`` (``nth`` picks among sections of the same title, 1-based)."""
    found = find_sections(document, title)
    if not found:
        raise AnchoringError(f"no section titled {title!r}")
    if nth is not None:
        if not 1 <= nth <= len(found):
            raise AnchoringError(f"--nth {nth}: there are {len(found)} sections titled {title!r}")
        return found[nth - 1]
    if len(found) > 1:
        names = "; ".join(dict.fromkeys(s.title for s in found))
        raise AnchoringError(f"{len(found)} sections match {title!r} ({names}); choose one with --nth")
    return found[0]


def occurrences(text: str, quote: str, spans: Iterable[tuple[int, int]] | None = None) -> list[int]:
    """Start offsets of every occurrence of ``quote`` in ``text`` (within ``spans`` when given)."""
    if not quote:
        return []
    ranges: Sequence[tuple[int, int]] = list(spans) if spans is not None else [(0, len(text))]
    found: list[int] = []
    for lo, hi in ranges:
        i = text.find(quote, lo, hi)
        while i != -1:
            found.append(i)
            i = text.find(quote, i + 1, hi)
    return sorted(set(found))


def find_quote(document: Document, quote: str, *, nth: int | None = None, section: str | None = None) -> Anchor:
    """The anchor of the ``nth`` (1-based) occurrence of ``quote``, within sections titled ``section`` if given.

    A quote that occurs more than once needs ``nth``: the first match is never taken silently.
    """
    if not quote:
        raise AnchoringError("the quote is empty")
    spans = None
    where = ""
    if section is not None:
        matches = find_sections(document, section)
        if not matches:
            raise AnchoringError(f"no section titled {section!r}")
        spans = [(s.start, s.end) for s in matches]
        where = f" in section {section!r}"
    starts = occurrences(document.text, quote, spans)
    short = quote if len(quote) <= 40 else quote[:39] + "…"
    if not starts:
        raise AnchoringError(f"quote not found{where}: {short!r}")
    if nth is None:
        if len(starts) > 1:
            raise AnchoringError(f"quote occurs {len(starts)} times{where}: {short!r}; choose one with --nth")
        nth = 1
    if not 1 <= nth <= len(starts):
        raise AnchoringError(f"--nth {nth}: quote occurs {len(starts)} time(s){where}: {short!r}")
    start = starts[nth - 1]
    return anchor_span(document, start, start + len(quote))
