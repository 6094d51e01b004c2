"""The reports related to an open one, by shared key terms, at a bounded cost per open.

Each report's key terms are kept by its text's sha256 (:class:`piyue.segment.term_cache.TermCache`), so a
text is segmented once ever. One call segments at most :attr:`Budget.texts` reports not yet known, and
stops after :attr:`Budget.seconds` (newest reports first); the ranking uses what is known, and the rest
fills in on later calls. ``check`` is called between texts, so a cancelled call stops promptly.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from piyue.segment.keywords import Keyword, KeywordExtractor
    from piyue.segment.term_cache import TermCache
    from piyue.services.ports import LibraryPort

TOP_TERMS = 12  # key terms kept per report


@dataclass(frozen=True, slots=True)
class Budget:
    """How much one call may segment: at most ``texts`` reports not yet known, for about ``seconds``."""

    texts: int = 40
    seconds: float = 1.5


@dataclass(frozen=True, slots=True)
class RelatedReports:
    """Related reports (id, title, shared terms), best first; how many texts were segmented, how many remain."""

    reports: list[tuple[int, str, list[str]]]
    segmented: int
    pending: int


def text_sha256(text: str) -> str:
    """The sha256 the library stores for a text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def report_terms(text: str, extractor: KeywordExtractor, cache: TermCache) -> list[Keyword]:
    """The key terms of a whole report's ``text``, from the cache when it is known there."""
    from piyue.segment import plain_text

    sha = text_sha256(text)
    known = cache.get_many([sha]).get(sha)
    if known is None:
        known = extractor.keywords(plain_text(text), top=TOP_TERMS)
        cache.put(sha, known)
    return known


def related_reports(
    library: LibraryPort,
    terms: Sequence[Keyword],
    document_id: int | None,
    *,
    extractor: KeywordExtractor,
    cache: TermCache,
    check: Callable[[], None] = lambda: None,
    budget: Budget | None = None,
    top: int = 5,
) -> RelatedReports:
    """The reports of ``library`` (other than ``document_id``) sharing the most of ``terms``, best first."""
    from piyue.segment import plain_text, related

    budget = budget or Budget()
    records = sorted(
        (r for r in library.documents() if r.id != document_id), key=lambda r: (r.created, r.id), reverse=True
    )
    known = cache.get_many(r.latest.sha256 for r in records)
    deadline = time.monotonic() + budget.seconds
    segmented = 0
    for record in records:
        sha = record.latest.sha256
        if sha in known:
            continue
        if segmented >= budget.texts or time.monotonic() >= deadline:
            break
        check()
        known[sha] = extractor.keywords(plain_text(library.load(record.id).text), top=TOP_TERMS)
        cache.put(sha, known[sha])
        segmented += 1
    others = {r.id: known[r.latest.sha256] for r in records if r.latest.sha256 in known}
    titles = {r.id: r.title for r in records}
    ranked = related(terms, others, top=top)
    return RelatedReports(
        [(doc_id, titles.get(doc_id, ""), shared[:4]) for doc_id, _score, shared in ranked],
        segmented,
        len(records) - len(others),
    )
