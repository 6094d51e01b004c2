"""The regions of a plain-text report: front matter, body, closing, annexes, page furniture.

Copies of reports taken from the web carry page furniture before the title
(``下载 打印 全屏 收藏 【字号：…】``, breadcrumbs, source and time lines) and
after the text (``相关报道：``, ``扫一扫在手机打开当前页``). Annexes (``附件1``,
``名词解释``, ``注释``) follow the closing paragraphs and have lists of their own
that are not part of the outline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from piyue.core.outline.lines import LogicalLine
from piyue.core.outline.rewrap import PAGE_FURNITURE_RE

__all__ = ["ANNEX_RE", "FURNITURE_RE", "PAGE_FURNITURE_RE", "SALUTATION_RE", "Regions", "find_regions"]

FURNITURE_RE = re.compile(
    r"""^(?:
        下载|打印|全屏|收藏|加大|还原|减小|[【】>|×大中小]|首页|打印本页|关闭窗口
      | 【字[号体][:：]?.*
      | 分享(?:到)?[:：]?.*
      | (?:来源|时间|发表时间|阅读量|当前位置|您的位置|责任编辑|编辑)[:：].*
      | \d{4}-\d{1,2}-\d{1,2}(?:\s+[\d:]+)?
      | \d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}时\d{1,2}分
      | 扫一扫.*
      | 相关(?:报道|文档|附件|链接)\s*[:：>]*.*
      | [（(]来源[:：].*[）)]
      | 》》.*
      | [0-9a-f]{24,}
      | 未知标题|无标题|标题
    )$""",
    re.VERBOSE,
)
# Furniture that marks the end of the report's text on a web page.
TRAILER_RE = re.compile(
    r"^(?:相关(?:报道|文档|附件|链接)|扫一扫|》》|责任编辑[:：]|编辑[:：]|[（(]来源[:：]|打印本页|关闭窗口|分享到)"
)
ANNEX_RE = re.compile(
    r"^(?:附件\s*[0-9一二三四五六七八九十]{0,3}|附录\s*\d{0,2}|注释|名词解释|名词注释|.{0,20}名词(?:解释|注释))\s*[:：]?$"
)
SALUTATION_RE = re.compile(r"^各位代表\s*[：:，,！!]?")
_TITLE_RE = re.compile(r"报告")


@dataclass(slots=True)
class Regions:
    """Indices into the logical lines: ``[body_start, body_end)`` may hold headings."""

    title_index: int | None
    body_start: int
    body_end: int  # annex or trailer start (or len(lines))
    annex_start: int | None
    trailer_start: int | None


def compact_title(text: str) -> str:
    """A title line without the blanks a typesetter spaces it with: ``政 府 工 作 报 告`` → ``政府工作报告``."""
    parts = text.split()
    if len(parts) > 2 and all(len(part) <= 2 for part in parts):
        return "".join(parts)
    return text


def _find_title(lines: list[LogicalLine], limit: int) -> int | None:
    for line in lines[:limit]:
        text = compact_title(line.clean.split("——")[0])
        if _TITLE_RE.search(text) and len(text) <= 40 and "。" not in text and not FURNITURE_RE.match(text):
            return line.index
    return None


def find_regions(lines: list[LogicalLine]) -> Regions:
    """Split the logical lines into front matter, body, annexes and trailing furniture."""
    head_limit = min(len(lines), 40)
    salutation = next(
        (line.index for line in lines[:head_limit] if SALUTATION_RE.match(line.clean) and len(line.clean) <= 8),
        None,
    )
    title = _find_title(lines, salutation if salutation is not None else head_limit)
    if salutation is not None:
        body_start = salutation + 1
    elif title is not None:
        body_start = title + 1
    else:
        body_start = 0
    annex = next((line.index for line in lines[body_start:] if ANNEX_RE.match(line.clean)), None)
    trailer = next(
        (line.index for line in lines[body_start:] if TRAILER_RE.match(line.clean) and len(line.clean) <= 40),
        None,
    )
    ends = [i for i in (annex, trailer) if i is not None]
    return Regions(title, body_start, min(ends) if ends else len(lines), annex, trailer)
