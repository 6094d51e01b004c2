"""decode_bytes: every supported encoding, line endings, and junk that must be refused (DESIGN.md §3)."""

from __future__ import annotations

import codecs
import random
import zlib

import pytest

from piyue.core.decode import decode_bytes, normalise_newlines
from piyue.core.errors import ReaderError

SIMPLIFIED = (
    "2026年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    "一、2025年工作回顾\n（一）经济运行稳中有进。地区生产总值增长5.2%，居民收入稳步增加。\n"
    "二、2026年工作安排\n各位代表！让我们更加紧密地团结起来，为全面建设社会主义现代化国家而努力奋斗！\n"
)
TRADITIONAL = (
    "政府工作報告\n各位代表：\n現在，我代表市政府向大會報告工作，請予審議。\n"
    "一、過去一年的工作回顧\n（一）經濟穩定增長，產業結構持續優化，民生保障不斷加強。\n"
    "二、今年的主要任務\n我們將繼續推進改革開放，提升城市競爭力，讓市民過上更好的生活。\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
        (SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "gb18030"],
)
def test_simplified_in_every_encoding(data: bytes, encoding: str) -> None:
    text, detected = decode_bytes(data, "report.txt")
    assert text == SIMPLIFIED
    assert detected == encoding
    assert "\ufeff" not in text
    assert "\ufffd" not in text


def test_gb18030_beyond_gb2312() -> None:
    # 㐀 (CJK Ext. A) and 𠀀 (Ext. B, outside the BMP) exist only in GB18030, not in GBK/GB2312.
    source = SIMPLIFIED + "生僻字：㐀、𠀀、喆、堃。\n"
    text, encoding = decode_bytes(source.encode("gb18030"))
    assert (text, encoding) == (source, "gb18030")


def test_big5_traditional() -> None:
    text, encoding = decode_bytes(TRADITIONAL.encode("big5"), "report.txt")
    assert text == TRADITIONAL
    assert encoding == "big5"


def test_big5_is_not_mistaken_for_gb18030() -> None:
    # Big5 bytes are mostly valid GB18030 too; the result must still be the traditional text.
    data = TRADITIONAL.encode("big5")
    assert data.decode("gb18030", errors="ignore") != TRADITIONAL
    assert decode_bytes(data)[0] == TRADITIONAL


def test_utf8_outside_bmp() -> None:
    source = "姓名：𠮷野家 𡈼\n"
    assert decode_bytes(source.encode("utf-8")) == (source, "utf-8")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n", "\u2028"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "gb18030"])
def test_line_endings_are_normalised(newline: str, encoding: str) -> None:
    source = SIMPLIFIED.replace("\n", newline)
    text, _ = decode_bytes(source.encode(encoding))
    assert text == SIMPLIFIED
    assert "\r" not in text


def test_mixed_line_endings() -> None:
    assert decode_bytes("一\r\n二\r三\n四\r\n\r\n五".encode())[0] == "一\n二\n三\n四\n\n五"
    assert normalise_newlines("a\r\r\nb") == "a\n\nb"


def test_empty_file_is_empty_text() -> None:
    text, _ = decode_bytes(b"", "empty.md")
    assert text == ""


def test_png_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(ReaderError, match="PNG") as info:
        decode_bytes(png, "picture.md")
    assert "picture.md" in str(info.value)
    assert "\n" not in str(info.value)


def test_zip_renamed_md_is_refused() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ReaderError, match="ZIP") as info:
        decode_bytes(buffer.getvalue(), "report.md")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("seed", range(5))
def test_random_binary_is_refused(seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    with pytest.raises(ReaderError):
        decode_bytes(data, "noise.txt")


def test_compressed_data_is_refused() -> None:
    data = zlib.compress(SIMPLIFIED.encode() * 50)
    with pytest.raises(ReaderError):
        decode_bytes(data, "report.txt")


@pytest.mark.parametrize("tail", [b"", b"x"], ids=["even", "odd"])
def test_invalid_utf8_that_is_no_legacy_encoding_either(tail: bytes) -> None:
    # 0xFF is not a valid lead byte in UTF-8, GB18030 or Big5: no encoding fits, nothing may be replaced.
    good = SIMPLIFIED.encode("utf-8")
    data = good + b"\xff\xfe\x80" + good + tail
    for encoding in ("utf-8", "gb18030", "big5"):
        with pytest.raises(UnicodeDecodeError):
            data.decode(encoding)
    with pytest.raises(ReaderError) as info:
        decode_bytes(data, "broken.txt")
    assert "broken.txt" in str(info.value)


def test_literal_replacement_character_is_refused() -> None:
    with pytest.raises(ReaderError, match="U\\+FFFD"):
        decode_bytes((SIMPLIFIED + "损坏\ufffd字符").encode("utf-8"))


def test_utf16_with_bom_but_odd_length_is_refused() -> None:
    with pytest.raises(ReaderError):
        decode_bytes(codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le") + b"\x00")


def test_nul_bytes_in_utf8_are_binary() -> None:
    with pytest.raises(ReaderError):
        decode_bytes(SIMPLIFIED.encode("utf-8") + b"\x00\x01\x02" * 50 + SIMPLIFIED.encode("utf-8"))


def test_short_invalid_utf8_is_not_guessed_as_utf16() -> None:
    with pytest.raises(ReaderError):
        decode_bytes(b"abc\x80def\xff")
