"""The resolver against the hand-made gold of issue 15 (tests/data/indicators_gold_2026.json,
followups_gold_2025.json), scored by bench/indicators_score.py exactly as the benchmark does."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCORER = Path(__file__).resolve().parents[3] / "bench" / "indicators_score.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("indicators_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return _scorer()


def test_indicator_items_match_the_gold(scorer: ModuleType, corpus_dir: Path) -> None:
    result = scorer.score_indicators(corpus_dir)
    assert result["gold"] > 350
    assert result["f1"] >= 0.98, (result["missed"], result["wrong_value"], result["false_positive"])


def test_followups_match_the_gold(scorer: ModuleType, corpus_dir: Path) -> None:
    result = scorer.score_followups(corpus_dir)
    assert result["gold"] >= 60
    assert result["accuracy"] >= 0.97, result["errors"]
