"""Best-effort subject: the phrase a figure measures (金融业增加值 for 14.3%)."""

from __future__ import annotations

import re

# Words stripped from the end of the text before a figure (verbs, scopes, periods).
_TRAILING_WORDS = str.split(
    "同比|比上年|比去年|年均|分别|增长|增加|下降|减少|降低|提高|提升|上升|扩大|缩小|缩减|压减|达到|到达|达|为|是|"
    "约占|占比|占|稳居|位居|居|保持|攀升至|跃升至|跃居|跃上|升至|降至|突破|超过|高于|低于|实现|完成|累计|新增|"
    "不少于|不低于|不超过|不高于|提升至|提高至|提高到|提升到|增长至|下降至|降低至|降|总量|全市|全国|全省|全区|全县|全球|至|到|约|近|超|逾|破|了|共|等|在|的|和|有|年|以上",
    "|",
)
# Matched at the start of the reversed text, so one attempt finds the longest
# trailing word (a `…$` search would try every position of the text): first a
# period (近三年 reversed), then the words longest first.
_TRAILING_REV = re.compile(
    r"(?:年|月个|度季)[\d一二两三四五六七八九十]{1,3}(?:续连|近|前)|"
    + "|".join(re.escape(w[::-1]) for w in sorted(_TRAILING_WORDS, key=len, reverse=True))
).match


def _strip_trailing(text: str) -> str:
    found = _TRAILING_REV(text[::-1])
    return text[: len(text) - found.end()] if found else text


_LEADING = re.compile(r"^(?:其中|全年|今年|去年|上年|同时|此外|另外|并|且|和|与|及|以及|共|累计|\d{4}年(?:底|末)?)")
_LEADING_MATCH = _LEADING.match
_AFTER_STOP = re.compile(r"[的等和与及、,，。;；:：!！?？\n()（）“”]")
_NOUNISH = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_VERB_START = re.compile(r"^(?:以上|以下|左右|增长|下降|提高|的|是|为|和|、|占|达|其中|同比)")
MAX_SUBJECT = 20


def clean_before(before: str) -> str:
    """Strip verbs, scopes and connectives from the text just before a figure."""
    for marker in ("从", "由"):
        pos = before.rfind(marker)
        if pos > 0:
            before = before[:pos]
            break
    # Strip a trailing word and a leading one until neither is left (each match is non-empty).
    while True:
        found = _TRAILING_REV(before[::-1])
        if found:
            before = before[: len(before) - found.end()]
        lead = _LEADING_MATCH(before)
        if lead:
            before = before[lead.end() :]
        elif not found:
            break
    before = before.strip(" \u3000、“”\"'")
    return before[-MAX_SUBJECT:]


def counted_noun(after: str) -> str:
    """The noun counted by a measure word: the text after it up to a stop."""
    if not after or _VERB_START.match(after) or not _NOUNISH.match(after):
        return ""
    stop = _AFTER_STOP.search(after)
    noun = after[: stop.start()] if stop else after
    return noun[:MAX_SUBJECT]


def list_subject(before: str, index: int) -> str | None:
    """For ``A、B分别占8%、11%``: the ``index``-th item before 分别."""
    pos = before.find("分别")
    if pos <= 0:
        return None
    items = [clean_before(item) for item in before[:pos].split("、")]
    items = [item for item in items if item]
    if 0 <= index < len(items) and len(items) > 1:
        return items[index]
    return None
