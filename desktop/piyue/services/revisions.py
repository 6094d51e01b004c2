"""A revised draft under another file name: which imported report is it a new version of?

Drafts are renamed as they move on (``报告-征求意见稿.docx`` → ``报告-修改稿.docx``); opening the
new file should not add a second report with the same title to the library. A report is taken
for an earlier version of the opened one when both name the same government and year
(:mod:`piyue.core.report_info`), or when their texts share most of their wording
(:mod:`piyue.core.resemblance`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from piyue.core.model import Document
from piyue.core.report_info import report_info_of
from piyue.core.resemblance import resemblance, shingles

if TYPE_CHECKING:
    from piyue.services.ports import LibraryPort

MIN_RESEMBLANCE = 0.5  # share of shared wording that makes two texts drafts of one report
SAME_REPORT_RESEMBLANCE = 0.15  # with the same government and year, a little shared wording is enough
_LENGTH_RATIO = 3.0  # a draft is not three times longer or shorter than its revision
_GLANCE = 3000  # characters compared first; the whole texts only when their openings already agree


@dataclass(frozen=True, slots=True)
class EarlierVersion:
    """An imported report the opened document looks like a revision of."""

    document_id: int
    title: str
    source_path: str | None
    versions: int
    resemblance: float  # 0-1
    same_report: bool  # the same government and year


def earlier_version(library: LibraryPort, document: Document, source_path: str | None) -> EarlierVersion | None:
    """The imported report ``document`` (opened from ``source_path``) is most likely a revision of,
    or None: when it was imported from that path already, or when nothing resembles it.

    Reports that name another government or year are not compared word by word (the costly part):
    only those naming the same ones, and those where either side names none.
    """
    if source_path is not None and library.document_at(source_path) is not None:
        return None
    info = report_info_of(document.title, document.text)
    known = None not in (info.government, info.year)
    mine: frozenset[str] | None = None
    glance = shingles(document.text, _GLANCE)
    best: EarlierVersion | None = None
    for record in library.documents():
        length = record.latest.length
        if not length or not (1 / _LENGTH_RATIO <= len(document.text) / length <= _LENGTH_RATIO):
            continue
        text = library.version_text(record.latest.id)
        theirs = report_info_of(record.title, text)
        same = known and (info.government, info.year) == (theirs.government, theirs.year)
        if known and None not in (theirs.government, theirs.year) and not same:
            continue  # another government's or another year's report
        if not same and resemblance(glance, shingles(text, _GLANCE)) < MIN_RESEMBLANCE / 2:
            continue  # their openings have little in common: not drafts of one report
        mine = mine if mine is not None else shingles(document.text)
        score = resemblance(mine, shingles(text))
        if score < (SAME_REPORT_RESEMBLANCE if same else MIN_RESEMBLANCE):
            continue
        found = EarlierVersion(record.id, record.title, record.source_path, record.version_count, score, same)
        if best is None or (found.same_report, found.resemblance) > (best.same_report, best.resemblance):
            best = found
    return best


def stored_copy(library: LibraryPort, document: Document) -> int | None:
    """The imported report whose latest version has exactly this text (opened from another place),
    or None. Such a file is that report: no question, no second entry."""
    from piyue.storage.documents_repo import content_hash

    found = library.find_text(content_hash(document.text))
    if found is None:
        return None
    document_id, version_id = found
    return document_id if library.document(document_id).latest.id == version_id else None


def source_key(path: Path | str) -> str:
    """The form in which the library stores and looks up a report's source path."""
    from piyue.services.library import normalise_path

    return normalise_path(path)


def describe_path(path: str | None) -> str:
    """The file name of a stored source path ('' when unknown)."""
    return Path(path).name if path else ""
