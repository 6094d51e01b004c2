"""A real item model over the core's section tree, for the outline view.

Column 0 is the heading; column 1 the number of figures (metrics) the section holds.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from piyue.core.model import Document, Section
from piyue.core.outline.numbering import join_numbering

_Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
#: Every role some column answers (SectionRole and OffsetRole are UserRole + 1 and + 2).
_ANSWERED = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _ACCESSIBLE, _USER + 1, _USER + 2})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(slots=True)
class _Node:
    section: Section
    parent: int  # node id of the parent, -1 for top level
    row: int
    children: list[int] = field(default_factory=list)


class OutlineModel(QAbstractItemModel):
    """Sections as a tree; node ids (list positions + 1) are the indexes' internal ids."""

    SectionRole = Qt.ItemDataRole.UserRole + 1
    OffsetRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._ids: dict[int, int] = {}  # id(section) → node id
        self._figures: list[int] = []  # metrics per node, its subsections included
        self._severity: dict[int, str] = {}  # node id → worst finding (error/warning) in its heading or body
        self._notes: list[int] = []  # notes per node, its subsections included
        self._keywords: dict[int, list[str]] = {}  # section start offset → key terms

    # ----------------------------------------------------------------- content
    def set_document(self, document: Document | None) -> None:
        """Show the outline of ``document``."""
        self.beginResetModel()
        self._document = document
        self._nodes.clear()
        self._top = []
        if document is not None:
            for row, section in enumerate(document.sections):
                self._top.append(self._add(section, -1, row))
        self._ids = {id(node.section): node_id for node_id, node in enumerate(self._nodes)}
        self._figures = [0] * len(self._nodes)
        self._notes = [0] * len(self._nodes)
        self._severity = {}
        self._keywords = {}
        self.endResetModel()

    def set_keywords(self, by_start: dict[int, list[str]]) -> None:
        """Key terms per section (by the section's start offset), shown in the tooltips."""
        self._keywords = dict(by_start)

    def set_note_offsets(self, starts: list[int]) -> None:
        """Count the notes (anchor start offsets) each section holds, subsections included."""
        ordered = sorted(starts)
        before = self._notes
        self._notes = [
            bisect.bisect_left(ordered, node.section.end) - bisect.bisect_left(ordered, node.section.start)
            for node in self._nodes
        ]
        if not self._nodes:
            return
        if len(before) != len(self._notes):
            self.layoutChanged.emit()
            return
        changed = [node_id for node_id, (was, now) in enumerate(zip(before, self._notes, strict=True)) if was != now]
        if any(len(str(before[i])) != len(str(self._notes[i])) or 0 in (before[i], self._notes[i]) for i in changed):
            self.layoutChanged.emit()  # a count gained or lost a digit (or appeared): the column is fitted again
            return
        for node_id in changed:  # only the sections whose count changed (a note edit: none); no relayout
            index = self.createIndex(self._nodes[node_id].row, 2, node_id + 1)
            self.dataChanged.emit(index, index)

    def note_count(self, index: _Index) -> int:
        """How many notes the section of ``index`` holds."""
        return self._notes[index.internalId() - 1] if index.isValid() and self._notes else 0

    def set_findings(self, findings: list) -> None:
        """Mark each section holding a warning or error (innermost section, worst severity)."""
        self._severity = {}
        if self._document is None:
            return
        for finding in findings:
            if finding.severity not in ("error", "warning") or finding.start is None:
                continue
            path = self._document.section_path_at(finding.start)
            if not path:
                continue
            node_id = self._ids[id(path[-1])]
            if self._severity.get(node_id) != "error":
                self._severity[node_id] = finding.severity
        self.layoutChanged.emit()

    def severity(self, index: _Index) -> str | None:
        """The worst finding severity marked on the section of ``index``."""
        return self._severity.get(index.internalId() - 1) if index.isValid() else None

    def set_metric_offsets(self, starts: list[int]) -> None:
        """Count the figures (metric start offsets) each section holds, subsections included."""
        ordered = sorted(starts)
        self._figures = [
            bisect.bisect_left(ordered, node.section.end) - bisect.bisect_left(ordered, node.section.start)
            for node in self._nodes
        ]
        if self._nodes:
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))
            self.layoutChanged.emit()

    def figures(self, index: _Index) -> int:
        """How many figures the section of ``index`` holds."""
        return self._figures[index.internalId() - 1] if index.isValid() and self._figures else 0

    def _add(self, section: Section, parent: int, row: int) -> int:
        node_id = len(self._nodes)
        node = _Node(section, parent, row)
        self._nodes.append(node)
        for child_row, child in enumerate(section.children):
            node.children.append(self._add(child, node_id, child_row))
        return node_id

    def section(self, index: _Index) -> Section | None:
        """The section behind ``index``."""
        if not index.isValid():
            return None
        return self._nodes[index.internalId() - 1].section

    def index_for_offset(self, offset: int) -> QModelIndex:
        """Index of the innermost section holding ``offset`` (invalid outside every section)."""
        if self._document is None:
            return QModelIndex()
        path = self._document.section_path_at(offset)
        if not path:
            return QModelIndex()
        node_id = self._ids[id(path[-1])]
        return self.createIndex(self._nodes[node_id].row, 0, node_id + 1)

    # ----------------------------------------------------------------- model API
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Index of ``row`` under ``parent``."""
        if column not in (0, 1, 2) or row < 0:
            return QModelIndex()
        children = self._nodes[parent.internalId() - 1].children if parent.isValid() else self._top
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row] + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Parent index of ``index``."""
        if not index.isValid():
            return QModelIndex()
        parent = self._nodes[index.internalId() - 1].parent
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent + 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of children of ``parent``."""
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._top)
        return len(self._nodes[parent.internalId() - 1].children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Three columns: the heading, its figure count and its note count."""
        return 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Heading text, tooltip, and the section/offset roles."""
        # The view asks for about eight roles per cell, many times while sizing the count columns: the
        # roles no column answers are turned away before anything is looked up.
        if role not in _ANSWERED or not index.isValid():
            return None
        node_id = index.internalId() - 1
        section = self._nodes[node_id].section
        column = index.column()
        if column == 2:
            notes = self._notes[node_id] if self._notes else 0
            if role == _DISPLAY:
                return f"✎{notes}" if notes else ""
            if role == _TOOLTIP:
                return self.tr("{count} notes in this section").format(count=notes)
            if role == _ALIGNMENT:
                return _RIGHT
            return None
        if column == 1:
            figures = self._figures[node_id] if self._figures else 0
            if role == _DISPLAY:
                return str(figures) if figures else ""
            if role == _ALIGNMENT:
                return _RIGHT
            if role == _FOREGROUND:
                return QBrush(QColor("#8f8a84"))
            if role == _TOOLTIP:
                return self.tr("{count} figures in this section").format(count=figures)
            return None
        if role in (_DISPLAY, _ACCESSIBLE):
            return join_numbering(section.numbering, section.title)
        if role == _DECORATION:
            severity = self._severity.get(node_id)
            if severity is None:
                return None
            style = QApplication.style()
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return style.standardIcon(pixmap)
        if role == _TOOLTIP:
            return self._tooltip(section, self._figures[node_id] if self._figures else 0)
        if role == self.SectionRole:
            return section
        if role == self.OffsetRole:
            return section.start
        return None

    def _tooltip(self, section: Section, figures: int) -> str:
        chars = section.end - section.heading_end
        tip = self.tr("{heading}\n{chars} characters · {children} subsections · {figures} figures").format(
            heading=join_numbering(section.numbering, section.title),
            chars=f"{chars:,}",
            children=len(section.children),
            figures=figures,
        )
        terms = self._keywords.get(section.start)
        if terms:
            tip += "\n" + self.tr("Key terms: {terms}").format(terms="、".join(terms))
        return tip

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable and enabled."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
