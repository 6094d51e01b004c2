"""Benchmark: opening a report as a printed PDF (issue 14).

Typesets the largest report of ``../shared/corpus`` (by characters) as an official document with
reportlab (tests/core/pdf_typeset.py: 28 characters a line, 22 lines a page, page numbers, running
header), then times ``read_document`` on the PDF (text layer, cleaning, outline) against the same
report as plain text, in alternating runs. Prints the medians, the ranges and the ratio.
Run: ``.venv/bin/python bench/pdf_import.py [--runs N] [--report PATH]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _timed(path: Path) -> float:
    from piyue.core.readers import read_document

    start = time.perf_counter()
    read_document(path)
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--report", type=Path, help="a .txt report (default: the largest of the corpus)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.core.pdf_typeset import typeset

    report = args.report or max(CORPUS.rglob("*.txt"), key=lambda p: len(p.read_text(encoding="utf-8")))
    text = report.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        pdf = typeset(text, Path(folder) / "report.pdf")
        size = pdf.stat().st_size
        from piyue.core.readers import read_document

        document = read_document(pdf)  # warm-up: imports pypdfium2 and the parser
        pages = document.page_map[-1][1] if document.page_map else 0
        pdf_times: list[float] = []
        txt_times: list[float] = []
        for _ in range(args.runs):
            pdf_times.append(_timed(pdf))
            txt_times.append(_timed(report))
    pdf_median, txt_median = statistics.median(pdf_times), statistics.median(txt_times)
    print(f"report: {report.relative_to(CORPUS) if report.is_relative_to(CORPUS) else report}")
    print(f"  {len(text):,} characters, {pages} pages, {size:,} bytes")
    print(f"PDF   median {pdf_median * 1000:.0f} ms (range {min(pdf_times) * 1000:.0f}–{max(pdf_times) * 1000:.0f})")
    print(f"text  median {txt_median * 1000:.1f} ms (range {min(txt_times) * 1000:.1f}–{max(txt_times) * 1000:.1f})")
    print(f"ratio PDF / text: {pdf_median / txt_median:.0f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
