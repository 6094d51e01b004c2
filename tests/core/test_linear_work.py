"""Issue 18: the review checks grow linearly with the text (they were quadratic: 5 MB took 100 s).

Eight times the text must take well under sixty-four times as long (quadratic); the best of three alternating
runs is compared, so a busy machine does not decide. bench/linear.py measures 5 MB against 50 MB.
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


def _prepared(text: str):
    document = parse_text(text, markdown=False)
    return document, metrics_for_document(document)


def _once(prepared) -> float:
    started = time.perf_counter()
    run_checks(*prepared)
    return time.perf_counter() - started


def test_check_grows_linearly(corpus_dir: Path) -> None:
    small, large = _prepared(_text(corpus_dir, 100_000)), _prepared(_text(corpus_dir, 800_000))
    best_small = best_large = float("inf")
    for _ in range(3):  # alternate, so a change in the machine's load hits both sizes alike
        best_small = min(best_small, _once(small))
        best_large = min(best_large, _once(large))
    ratio = best_large / best_small
    assert ratio < 20, (best_small, best_large)  # linear: about 9; the quadratic checks took 30 and more
