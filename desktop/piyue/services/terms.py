"""Terms across reports: which reports use a word or phrase and how often, with keyword-in-context
lines (issue 15). Counts come from the library's search index (jieba words, DESIGN.md §1.6), so
营商环境 counts 营商环境 and not every 环境."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from piyue.core.model import Document
from piyue.core.report_info import report_info
from piyue.services.ports import LibraryPort

CONTEXT = 18  # characters shown each side of a hit


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One use of the term: its offsets in the report's text and the line around it."""

    start: int
    end: int
    left: str
    term: str
    right: str

    @property
    def line(self) -> str:
        """A keyword-in-context line: …left【term】right…"""
        return f"…{self.left}【{self.term}】{self.right}…"


@dataclass(slots=True)
class TermUse:
    """How one report uses the term."""

    document_id: int
    title: str
    region: str | None
    year: int | None
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many times the report uses the term."""
        return len(self.occurrences)


class Hit(Protocol):
    """What is needed of a search hit."""

    @property
    def kind(self) -> str: ...

    @property
    def document_id(self) -> int: ...

    @property
    def title(self) -> str: ...

    @property
    def spans(self) -> Any: ...


class DocumentSource(Protocol):
    """What is needed of the library: a report's latest version."""

    def load(self, document_id: int) -> Document: ...


def _clean(text: str) -> str:
    return text.replace("\n", " ")


def term_usage(hits: Iterable[Hit], library: DocumentSource) -> list[TermUse]:
    """Group the text hits of a search by report, most uses first, with a context line per use."""
    spans: dict[int, set[tuple[int, int]]] = {}
    titles: dict[int, str] = {}
    for hit in hits:
        if hit.kind != "text":
            continue
        spans.setdefault(hit.document_id, set()).update((int(a), int(b)) for a, b in hit.spans)
        titles[hit.document_id] = hit.title
    uses: list[TermUse] = []
    for document_id, found in spans.items():
        document = library.load(document_id)
        info, text = report_info(document), document.text
        use = TermUse(document_id, titles[document_id], info.government, info.year)
        for start, end in sorted(found):
            left, right = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
            use.occurrences.append(Occurrence(start, end, _clean(left), text[start:end], _clean(right)))
        uses.append(use)
    uses.sort(key=lambda u: (-u.count, u.year or 0, u.title))
    return uses


def search_term(library: LibraryPort, query: str, limit: int = 100000) -> list[TermUse]:
    """Search the library's index for ``query`` and count its uses per report."""
    return term_usage(library.search(query, limit), library)


def terms_csv(query: str, uses: Sequence[TermUse], safe: Callable[[str], str] = lambda s: s) -> str:
    """Every use as CSV (with a BOM): term, report, region, year, uses in the report, offsets, context."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["term", "report", "region", "year", "count", "start", "end", "context"])
    for use in uses:
        for occurrence in use.occurrences:
            row = [query, use.title, use.region or "", use.year or "", use.count, occurrence.start, occurrence.end]
            writer.writerow([safe(str(cell)) for cell in [*row, occurrence.line]])
    return out.getvalue()
