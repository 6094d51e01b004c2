"""Issue 18: only regular files are read, never more than a limit, and a .docx never unpacks past a limit."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from piyue.core.errors import ReaderError
from piyue.core.readers import limits, read_document

DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}
BODY_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>'
)
BODY_TAIL = "</w:body></w:document>"


def _bomb(path: Path, unpacked: int) -> None:
    """A .docx whose document.xml unpacks to ``unpacked`` bytes (mostly spaces) from a small zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in DOCX_PARTS.items():
            archive.writestr(name, text)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(BODY_HEAD.encode())
            chunk = b" " * (1 << 20)
            left = unpacked - len(BODY_HEAD) - len(BODY_TAIL)
            while left > 0:
                part.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
            part.write(BODY_TAIL.encode())


def test_small_docx_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "ok.docx"
    _bomb(path, 10_000)
    assert read_document(path).text.startswith("一、总体要求")


def test_docx_that_unpacks_past_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    _bomb(path, limits.MAX_UNPACKED + 1_000_000)
    assert path.stat().st_size < 2_000_000
    started = time.perf_counter()
    with pytest.raises(ReaderError, match="unpacked") as info:
        read_document(path)
    assert time.perf_counter() - started < 2.0
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    started = time.perf_counter()
    with pytest.raises(ReaderError, match="not a regular file"):
        read_document(device)
    assert time.perf_counter() - started < 1.0


def test_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "report.md"
    os.mkfifo(fifo)
    started = time.perf_counter()
    with pytest.raises(ReaderError, match="not a regular file"):
        read_document(fifo)
    assert time.perf_counter() - started < 1.0


def test_files_over_the_limit_are_refused_even_when_stat_says_small(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_BYTES", 1000)
    path = tmp_path / "big.md"
    path.write_text("一" * 2000, encoding="utf-8")
    with pytest.raises(ReaderError, match="too large"):
        read_document(path)
    assert limits.read_limited(tmp_path / "big.md", 10_000)[:3] == "一".encode()


def test_cli_never_waits_on_a_fifo_or_reads_a_device(tmp_path: Path) -> None:
    fifo = tmp_path / "notes.jsonld"
    os.mkfifo(fifo)
    db = tmp_path / "db.sqlite3"
    for argv in (["outline", "/dev/zero"], ["metrics", str(fifo)], ["import", str(fifo), "--db", str(db)]):
        done = subprocess.run([sys.executable, "-m", "piyue", *argv], capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "regular file" in lines[0], done.stderr
