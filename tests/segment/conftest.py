"""One initialised segmenter for the whole session (jieba takes ~0.7 s to load)."""

from __future__ import annotations

import pytest

from piyue.segment import SearchAnalyzer, Segmenter, default_segmenter, search_analyzer


@pytest.fixture(scope="session")
def segmenter() -> Segmenter:
    """The process-wide segmenter, initialised."""
    segmenter = default_segmenter()
    segmenter.wait()
    return segmenter


@pytest.fixture(scope="session")
def analyzer(segmenter: Segmenter) -> SearchAnalyzer:
    """The search analyzer on the shared segmenter."""
    return search_analyzer()
