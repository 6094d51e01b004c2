"""The extractor: scan the NFKC view once, interpret each hit, map offsets back."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from piyue.core.metrics import patterns as P
from piyue.core.metrics.lazy import LazyMetric, SubjectResolver
from piyue.core.metrics.model import Metric
from piyue.core.metrics.normalize import NormalizedText, normalize
from piyue.core.metrics.rules import HANDLERS, Hit, rank_scoped

if TYPE_CHECKING:
    from piyue.core.model import Document, Section


# How the scan works: the scanner is tried only where a numeral run starts (or one character
# before, for a qualifier such as 超/近 or for 第/前/翻), and each match carries the end of the
# previous one, which a rank's scope must not cross. The loop is written out in one function (a
# call or a generator resumption per trigger is measurable: issue 17).


def scan(view: str) -> list[Hit]:
    """Every figure of the NFKC view ``view``, as hits in view offsets, in order, not overlapping.

    Figures inside a short quotation (a slogan or a name: “两个1000亿”) are left out.
    """
    corners = "「" in view or "『" in view
    quoted = corners or "“" in view
    rfind = view.rfind
    quote_match = P.QUOTE.match
    hits: list[Hit] = []
    keep = hits.append
    handlers = HANDLERS
    match = P.SCANNER.match
    match_digit = P.SCANNER_DIGIT.match
    match_at_digit = P.SCANNER_AT_DIGIT.match
    pre = P.PRE_TRIGGER
    pos = 0
    for t in P.TRIGGER.finditer(view):
        p = t.start()
        if p < pos:
            continue  # inside the previous match
        m = match(view, p - 1) if p > pos and view[p - 1] in pre else None
        if m is None:
            # A digit run that no earlier family can continue: only the last families can match.
            started = t.lastgroup
            if started == "digits":
                m = match_digit(view, p)
            elif started == "digit":
                m = match_at_digit(view, p)
            else:
                m = match(view, p)
            if m is None:
                pos = p + 1
                continue
        floor = pos
        pos = m.end()
        if pos <= p:
            pos = p + 1
        name = m.lastgroup
        if name is None or name == "skip":
            continue
        hit = rank_scoped(view, m, floor) if name == "rank" else handlers[name](view, m)
        if hit is None:
            continue
        if quoted:
            start = hit[0]
            lo = start - 16 if start > 16 else 0
            opener = rfind("“", lo, start)
            if corners:
                opener = max(opener, rfind("「", lo, start), rfind("『", lo, start))
            if opener >= 0:
                quote = quote_match(view, opener)
                if quote is not None and hit[1] <= quote.end():
                    continue  # inside a quoted slogan or name
        keep(hit)
    return hits


def extract_metrics(text: str, sections_at: Callable[[int], str | None] | None = None) -> list[Metric]:
    """Find every metric of ``text`` (METRICS-GUIDELINE.md), in document order.

    Offsets are into ``text`` itself, although matching runs on its NFKC view.
    ``sections_at(offset)``, when given, fills each metric's ``section``.
    The spans returned are sorted and never overlap. Each ``subject`` is
    resolved on first read (:mod:`piyue.core.metrics.lazy`; the values are the
    same as if computed here): :func:`~piyue.core.metrics.lazy.resolve_subjects`
    resolves them all at once, e.g. on a worker thread.
    """
    with no_collection():
        norm = normalize(text)
        hits = scan(norm.text)
        return _metrics(text, norm, hits, sections_at)


def _metrics(
    text: str, norm: NormalizedText, hits: list[Hit], sections_at: Callable[[int], str | None] | None
) -> list[Metric]:
    """The figures of ``hits`` (view offsets) as metrics of ``text`` (offsets mapped back)."""
    resolver = SubjectResolver(norm.text, hits)
    # Offsets increase from hit to hit, so the drift table is walked once (see NormalizedText.breaks).
    view_starts, deltas, inner = norm.breaks()
    n_breaks = len(view_starts)
    at_break = 0
    delta = 0
    metrics: list[Metric] = []
    append = metrics.append
    new_metric = LazyMetric
    new_object = object.__new__
    for index, (start, end, kind, value, unit, qualifier, approx) in enumerate(hits):
        if n_breaks:
            while at_break < n_breaks and view_starts[at_break] <= start:
                delta = deltas[at_break]
                at_break += 1
            start = inner[start] if start in inner else start + delta
            while at_break < n_breaks and view_starts[at_break] <= end:
                delta = deltas[at_break]
                at_break += 1
            end = inner[end] + 1 if end in inner else end + delta
        # A LazyMetric built slot by slot (cheaper than the dataclass __init__); ``subject``
        # stays unset until read (see LazyMetric).
        metric = new_object(new_metric)
        metric.start = start
        metric.end = end
        metric.text = text[start:end]
        metric.kind = kind
        metric.value = float(value)
        metric.unit = unit
        metric.qualifier = qualifier
        metric.approx = approx
        metric.section = sections_at(start) if sections_at else None
        metric._resolver = resolver
        metric._index = index
        append(metric)
    return metrics


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large list of new objects is built.

    Extraction makes no reference cycles, but its tens of thousands of new objects (match
    objects, hits, metrics) trigger collections that traverse every object of the process:
    pure overhead, growing with the size of the application (the same reason as Mercurial's
    ``util.nogc``). Reference counting still frees everything as usual. The collector is
    enabled again afterwards unless it was off before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def section_label(path: list[Section]) -> str | None:
    """A section path as one string: ``三、2026年重点工作 / （一）深入落实…``."""
    if not path:
        return None
    parts = []
    for section in path:
        parts.append(f"{section.numbering}{section.title}" if section.numbering else section.title)
    return " / ".join(parts)


def metrics_for_document(document: Document) -> list[Metric]:
    """The metrics of a parsed document, with ``section`` filled from its outline.

    A text that came from a print (``document.joins``) is read without its line breaks and page
    furniture, so a figure cut by the print (``3200`` ⏎ ``亿元``) is found whole: its span covers
    the break in the source, its ``text`` is the figure as read.
    """
    if not document.joins:
        return extract_metrics(document.text, lambda offset: section_label(document.section_path_at(offset)))
    import dataclasses

    view, source = document.reading_view()
    found = extract_metrics(view, lambda offset: section_label(document.section_path_at(source[offset])))
    return [dataclasses.replace(m, start=source[m.start], end=source[m.end - 1] + 1) for m in found]
