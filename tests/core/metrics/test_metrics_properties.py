"""Property tests: the extractor never crashes and its spans are sorted, disjoint and exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from piyue.core.metrics import KINDS, extract_metrics

# Text built from the characters the rules care about, plus anything at all.
ALPHABET = list("0123456789.%:/-—~０１２３４５６７８９％．：㎡①一二两三四五六七八九十百千万亿半倍翻番第首位名")
ALPHABET += list("全市国世界超近约逾破上余多以上下左右及级成分之个项家元美平方米公里顷亩吨人户年月天“”，。、\n")
FRAGMENTS = ["增长", "全市第一", "百分点", "万千瓦时", "连续", "五分之一", "2025年", "以上", "(", "）"]

texts = st.one_of(
    st.text(alphabet=st.sampled_from(ALPHABET), max_size=80),
    st.lists(st.sampled_from(ALPHABET + FRAGMENTS), max_size=40).map("".join),
    st.text(max_size=60),
)


def _check(text: str) -> None:
    metrics = extract_metrics(text)
    last_end = 0
    for m in metrics:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end
        last_end = m.end
        assert text[m.start : m.end] == m.text
        assert m.kind in KINDS
        assert isinstance(m.value, float)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_never_crashes_and_spans_are_sorted_disjoint_exact(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["增长5%", "１４．３％", "㎡", "超7000万元", "全市首位", "，", "３个"]), max_size=20))
def test_offsets_survive_nfkc_changes(parts: list[str]) -> None:
    _check("".join(parts))
