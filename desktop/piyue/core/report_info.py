"""What a report says about itself: the issuing government and the year, when the text tells."""

from __future__ import annotations

import re
from dataclasses import dataclass

from piyue.core.model import Document

_PLACE = r"[\u4e00-\u9fff]{1,12}?(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|区|县|州|盟|旗)"
_TITLE_RE = re.compile(rf"(?P<year>(?:19|20)\d\d)年(?P<gov>{_PLACE})(?:人民)?政府工作报告")
_TITLE_GOV_FIRST_RE = re.compile(rf"(?P<gov>{_PLACE})(?P<year>(?:19|20)\d\d)年(?:人民)?政府工作报告")
_CONGRESS_RE = re.compile(rf"在(?P<gov>{_PLACE})第?[一二三四五六七八九十百]+届\s*人民代表大会")
_DATE_RE = re.compile(r"(?:——\s*|^)(?P<year>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日", re.MULTILINE)
_CN_YEAR_RE = re.compile(r"——\s*二[〇零○]([一二三四五六七八九〇零○])([一二三四五六七八九〇零○])年")
_REVIEW_RE = re.compile(r"(?P<year>(?:19|20)\d\d)年(?:和“十[一二三四五六七八九]五”时期)?工作回顾")
#: The most characters a ``_TITLE_GOV_FIRST_RE`` match runs before its 政府工作报告: a place of up to 12 characters
#: and its longest suffix (维吾尔自治区), the year, 年 and 人民.
_GOV_FIRST_REACH = 12 + 6 + 4 + 1 + 2
_REPORT = "政府工作报告"
_NATIONAL_RE = re.compile(r"第[一二三四五六七八九十]+届全国人民代表大会")
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HEAD = 1500  # the front matter is near the top
#: How much of a report's text :func:`report_info_of` reads: the front matter, and as a last resort the
#: review's heading (``2025年工作回顾``) within the first :data:`REVIEW_HEAD` characters.
HEAD = _HEAD
REVIEW_HEAD = 20000


def _search_gov_first(text: str) -> re.Match[str] | None:
    """``_TITLE_GOV_FIRST_RE.search(text)``, looked for only just before each 政府工作报告 (the pattern's leading
    run of any Chinese characters is costly to try at every position; the match is the same)."""
    windows: list[list[int]] = []
    position = text.find(_REPORT)
    while position >= 0:
        start, end = max(0, position - _GOV_FIRST_REACH), position + len(_REPORT)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
        position = text.find(_REPORT, position + 1)
    for start, end in windows:
        if match := _TITLE_GOV_FIRST_RE.search(text, start, end):
            return match
    return None


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """The issuing government (e.g. 北京市) and the report's year (e.g. 2026), or None when unknown."""

    government: str | None
    year: int | None


def report_info(document: Document) -> ReportInfo:
    """Read the government and year from the title and front matter of ``document``."""
    return report_info_of(document.title, document.text)


def report_info_of(title: str | None, text: str) -> ReportInfo:
    """Read the government and year from a report's ``title`` and the front matter of its ``text``."""
    head = text[:_HEAD]
    title = title or ""
    government: str | None = None
    year: int | None = None
    for search in (_TITLE_RE.search, _search_gov_first):
        match = search(title) or search(head)
        if match:
            government, year = match.group("gov"), int(match.group("year"))
            break
    if government is None and (match := _CONGRESS_RE.search(head)):
        government = match.group("gov")
    if government is None and _NATIONAL_RE.search(head):
        government = "国务院"
    if year is None and (match := _DATE_RE.search(head)):
        year = int(match.group("year"))
    if year is None and (match := _CN_YEAR_RE.search(head)):
        year = 2000 + _CN_DIGITS[match.group(1)] * 10 + _CN_DIGITS[match.group(2)]
    if year is None and (match := _REVIEW_RE.search(text[:REVIEW_HEAD])):
        year = int(match.group("year")) + 1  # a report reviews the year before it is given
    return ReportInfo(government, year)
