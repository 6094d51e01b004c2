"""Issue 18: the review checks grow linearly with the text (they were quadratic: 5 MB took 100 s).

Eight times the text must take well under sixty-four times as long (quadratic); the best of two runs is
compared, so a busy machine does not decide. bench/linear.py measures 5 MB against 50 MB.
"""

from __future__ import annotations

import time
from pathlib import Path

from piyue.core.metrics import metrics_for_document
from piyue.core.readers import parse_text
from piyue.core.review import run_checks


def _text(corpus: Path, size: int) -> str:
    reports = sorted(corpus.rglob("*.txt"))
    parts: list[str] = []
    total = 0
    while total < size:
        text = reports[len(parts) % len(reports)].read_text(encoding="utf-8")
        parts.append(text)
        total += len(text)
    return "\n\n".join(parts)


def _check_time(text: str) -> float:
    document = parse_text(text, markdown=False)
    metrics = metrics_for_document(document)
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        run_checks(document, metrics)
        best = min(best, time.perf_counter() - started)
    return best


def test_check_grows_linearly(corpus_dir: Path) -> None:
    small = _check_time(_text(corpus_dir, 100_000))
    large = _check_time(_text(corpus_dir, 800_000))
    assert large / small < 20, (small, large)  # linear: about 8; the quadratic checks took 30 and more
