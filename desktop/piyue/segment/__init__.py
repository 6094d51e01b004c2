"""Segmentation room: the only one that imports jieba (DESIGN.md §2).

- :class:`Segmenter`: Piyue's own ``jieba.Tokenizer`` (cache in the app's cache folder, the user
  dictionary of policy terms), initialised once, from any thread (:meth:`Segmenter.start` for the GUI).
- :class:`SearchAnalyzer`: what the search index stores and looks up (the storage room calls it, never jieba).
- :class:`KeywordExtractor` and :func:`related`: key terms per report or section, related reports.
"""

from piyue.segment.keywords import Keyword, KeywordExtractor, plain_text, related
from piyue.segment.normalize import Normalized, normalize
from piyue.segment.search_terms import IndexTerms, QueryTerm, SearchAnalyzer, passages, search_analyzer
from piyue.segment.tokenizer import Segmenter, Token, default_segmenter

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
