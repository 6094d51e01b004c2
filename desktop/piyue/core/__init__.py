"""The pure-Python core: document model, readers, outline parsing.

Nothing in this package may import PySide6, SQLAlchemy, jieba or pyqtgraph
(tests/core/test_layering.py checks this in a fresh interpreter).
"""

from piyue.core.errors import ReaderError
from piyue.core.model import Block, BlockKind, Document, Section

__all__ = ["Block", "BlockKind", "Document", "ReaderError", "Section"]
