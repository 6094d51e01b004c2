"""Subjects resolved on first use (issue 17: extraction speed).

The subject of a figure (what it measures) is the costliest part of extraction
and is only read when a figure is shown or exported. :class:`SubjectResolver`
holds what the extractor found in one text and computes subjects in document
order, once, the first time any of them is read; :class:`LazyMetric` is a
:class:`~piyue.core.metrics.model.Metric` whose ``subject`` asks it. The values
are exactly those an eager extractor would give (a subject may depend on the
subject of the figure before it, hence the order).
"""

from __future__ import annotations

import dataclasses
import operator
import threading

from piyue.core.metrics import patterns as P
from piyue.core.metrics.model import Metric
from piyue.core.metrics.subject import clean_before, counted_noun, list_subject

_LAST_BREAK = P.LAST_BREAK.match
_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Metric)))


def clause_before(view: str, start: int, limit: int = 40) -> str:
    """The text of the clause before ``start`` (at most ``limit`` characters)."""
    lo = start - limit if start > limit else 0
    last = _LAST_BREAK(view, lo, start)
    return view[last.end() if last else lo : start]


# A figure as the extractor found it (rules.Hit): start, end (view offsets), kind, value, unit,
# qualifier, approx.
Found = tuple[int, int, str, float, "str | None", "str | None", bool]


def subject_at(view: str, found: list[Found], i: int, subjects: list[str | None]) -> str | None:
    """The subject of ``found[i]``, given the subjects of the figures before it."""
    start, end, kind, _, unit = found[i][:5]
    clause = clause_before(view, start)
    clause_start = start - len(clause)
    prev = found[i - 1] if i else None
    # The part of the clause after the previous figure (全市地区生产总值5.2万亿元、增长5.4%):
    # a subject never swallows an earlier figure; after it, the subject starts at the last 、.
    own = clause
    if prev is not None and prev[1] > clause_start:
        own = view[prev[1] : start]
        cut = own.rfind("、")
        if cut >= 0:
            own = own[cut + 1 :]
    if "分别" in clause:
        list_start = clause_start + clause.find("分别")
        index = 0
        for j in range(i - 1, -1, -1):
            if found[j][0] < list_start:
                break
            index += 1
        listed = list_subject(clause, index)
        if listed:
            return listed
    if kind == "count" and unit is not None:
        noun = counted_noun(view[end : end + 24])
        if noun:
            return noun
    subject = clean_before(own)
    if subject:
        return subject
    # A list (42.9%，45.4%) or a from–to change: the subject of the previous figure.
    if prev is not None and start - len(clause_before(view, start, 60)) <= prev[0] + 20:
        return subjects[i - 1]
    return None


class SubjectResolver:
    """The subjects of one extraction, computed in order on first use."""

    __slots__ = ("_found", "_lock", "_subjects", "_view")

    def __init__(self, view: str, found: list[Found]) -> None:
        self._view = view
        self._found = found
        self._subjects: list[str | None] = []
        self._lock = threading.Lock()

    def subject(self, i: int) -> str | None:
        """The subject of the ``i``-th figure (resolving those before it first)."""
        subjects = self._subjects
        if i >= len(subjects):
            with self._lock:
                view, found = self._view, self._found
                for k in range(len(subjects), i + 1):
                    subjects.append(subject_at(view, found, k, subjects) or None)
        return subjects[i]


class LazyMetric(Metric):
    """A :class:`Metric` whose ``subject`` is resolved on first read (then stored).

    The extractor creates it without calling ``__init__`` and leaves the
    ``subject`` slot unset: reading an unset slot falls through to
    :meth:`__getattr__`, which resolves the subject and stores it in the slot,
    so later reads are plain attribute reads.
    """

    __slots__ = ("_index", "_resolver")

    __hash__ = None  # type: ignore[assignment]  # mutable, like Metric

    def __eq__(self, other: object) -> bool:
        """Equal to any :class:`Metric` (lazy or not) with the same fields."""
        if isinstance(other, Metric):
            return _FIELDS(self) == _FIELDS(other)
        return NotImplemented

    def __getattr__(self, name: str) -> str | None:
        """Resolve ``subject`` (the only attribute left unset on purpose)."""
        if name == "subject":
            value = self._resolver.subject(self._index)
            self.subject = value
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def resolve_subjects(metrics: list[Metric]) -> list[Metric]:
    """Resolve every subject now (e.g. on a worker thread, before the figures are shown); returns ``metrics``."""
    # The last figure of each extraction first: its resolver computes all the subjects before it in one
    # loop; each read after that is a list lookup.
    seen: set[int] = set()
    for metric in reversed(metrics):
        if isinstance(metric, LazyMetric) and id(metric._resolver) not in seen:
            seen.add(id(metric._resolver))
            metric._resolver.subject(metric._index)
    for metric in metrics:
        metric.subject  # noqa: B018 - reading resolves and stores it
    return metrics
