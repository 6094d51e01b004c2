"""The sample's score against the gold set is pinned (issue 4: F1 ≥ 0.97, value accuracy ≥ 0.97)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from piyue.core.metrics import metrics_for_document
from piyue.core.readers import read_document

REPO_ROOT = Path(__file__).resolve().parents[3]
SHARED = REPO_ROOT.parent / "shared"
SAMPLE = REPO_ROOT / "resources" / "samples" / "chaoyang-2026.md"
GOLD = SHARED / "data" / "chaoyang-2026.metrics.json"
SCORER = SHARED / "tools" / "score_metrics.py"


def _scorer():
    if not (GOLD.is_file() and SCORER.is_file()):
        pytest.skip("../shared (gold set and scorer) is not available")
    spec = importlib.util.spec_from_file_location("score_metrics", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_score_meets_the_bar() -> None:
    scorer = _scorer()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    document = read_document(SAMPLE)
    pred = [m.to_json() for m in metrics_for_document(document)]
    for item in pred:
        assert document.text[item["start"] : item["end"]] == item["text"]
    result = scorer.score(gold, pred)
    assert result["exact"]["F1"] >= 0.97
    assert result["value_acc"] >= 0.97
    # Pinned at the level reached (1.0 on both); a drop is a regression to look at.
    assert result["exact"]["F1"] >= 0.99
    assert result["exact"]["kind_acc"] >= 0.99


def test_sample_qualifiers_and_approx_match_gold() -> None:
    _scorer()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    pred = {(m.start, m.end): m for m in metrics_for_document(read_document(SAMPLE))}
    for g in gold:
        m = pred[(g["start"], g["end"])]
        assert (m.unit, m.qualifier, m.approx) == (g["unit"], g["qualifier"], g["approx"]), g["text"]
