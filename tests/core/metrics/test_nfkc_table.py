"""The shipped table of characters the NFKC view rewrites equals what ``unicodedata`` says (issue 17)."""

from __future__ import annotations

import unicodedata

import pytest

from piyue.core.metrics import nfkc_table, normalize


@pytest.mark.skipif(
    unicodedata.unidata_version != nfkc_table.UNIDATA_VERSION, reason="another Unicode version computes the table"
)
def test_shipped_table_is_what_unicodedata_gives() -> None:
    assert list(nfkc_table.RANGES) == normalize.changing_ranges(), "stale: run scripts/nfkc_table.py"


def test_view_pattern_matches_exactly_the_changing_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize, "_changing", None)
    pattern = normalize._changing_chars()
    changing = {chr(cp) for a, b in normalize.changing_ranges() for cp in range(a, b + 1)}
    bmp = (chr(cp) for cp in range(0x80, 0x10000) if not 0xD800 <= cp <= 0xDFFF)
    assert {ch for ch in bmp if pattern.fullmatch(ch)} == changing
    assert pattern.fullmatch("\U0001d7d9")  # astral characters are candidates (filtered later)
    assert not pattern.search("全市增长5.2%，；：（）！？\u3000…")  # the view keeps these as written


def test_other_unicode_version_works_the_table_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize, "_changing", None)
    monkeypatch.setattr(nfkc_table, "UNIDATA_VERSION", "0.0.0")
    monkeypatch.setattr(nfkc_table, "RANGES", ())
    pattern = normalize._changing_chars()
    assert pattern.search("５") and pattern.search("㎡")
    assert normalize.normalize("增长５．２％").text == "增长5.2%"
