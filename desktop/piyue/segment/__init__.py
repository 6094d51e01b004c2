"""Segmentation room: the only one that imports jieba (DESIGN.md §2).

- :class:`Segmenter`: Piyue's own ``jieba.Tokenizer`` (cache in the app's cache folder, the user
  dictionary of policy terms), initialised once, from any thread (:meth:`Segmenter.start` for the GUI).
- :class:`SearchAnalyzer`: what the search index stores and looks up (the storage room calls it, never jieba).
- :class:`KeywordExtractor` and :func:`related`: key terms per report or section, related reports.

Names are imported on first use (PEP 562), so that ``from piyue.segment import search_analyzer`` in a
command that only cuts a short query loads neither jieba nor the keyword tables.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Eager (standard library only), and so that the name ``normalize`` is the function, not its module.
from piyue.segment.normalize import Normalized, normalize

if TYPE_CHECKING:
    from piyue.segment.keywords import Keyword, KeywordExtractor, plain_text, related
    from piyue.segment.search_terms import IndexTerms, QueryTerm, SearchAnalyzer, passages, search_analyzer
    from piyue.segment.tokenizer import Segmenter, Token, default_segmenter

_WHERE = {
    "Keyword": "keywords",
    "KeywordExtractor": "keywords",
    "plain_text": "keywords",
    "related": "keywords",
    "IndexTerms": "search_terms",
    "QueryTerm": "search_terms",
    "SearchAnalyzer": "search_terms",
    "passages": "search_terms",
    "search_analyzer": "search_terms",
    "Segmenter": "tokenizer",
    "Token": "tokenizer",
    "default_segmenter": "tokenizer",
}

__all__ = [
    "IndexTerms",
    "Keyword",
    "KeywordExtractor",
    "Normalized",
    "QueryTerm",
    "SearchAnalyzer",
    "Segmenter",
    "Token",
    "default_segmenter",
    "normalize",
    "passages",
    "plain_text",
    "related",
    "search_analyzer",
]


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` when it is first asked for."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"piyue.segment.{module}"), name)
    globals()[name] = value
    return value
