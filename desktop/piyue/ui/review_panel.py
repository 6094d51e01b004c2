"""The review panel: what the checks found in the draft, grouped by severity, each with a jump."""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyle, QTreeView, QVBoxLayout, QWidget

from piyue.core.model import Document
from piyue.core.review.finding import SEVERITIES, Finding

OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
END_ROLE = Qt.ItemDataRole.UserRole + 2


def prefer_chinese() -> bool:
    """Whether findings are shown with their Chinese message (UI language Chinese)."""
    return QLocale().language() == QLocale.Language.Chinese


def severity_icon(widget: QWidget, severity: str) -> QIcon:
    """The standard icon of a severity."""
    pixmap = {
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[severity]
    return widget.style().standardIcon(pixmap)


class ReviewPanel(QWidget):
    """Findings grouped by severity; activating one (or one of its related places) jumps there."""

    #: Select this source span in the text (start, end).
    jumpRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("reviewTree")
        self.tree.setAccessibleName(self.tr("Review findings"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self._line_starts: list[int] = [0]
        self.set_findings([], "")

    def set_findings(self, findings: list[Finding], text: str, document: Document | None = None) -> None:
        """Show ``findings`` of a document whose text is ``text``; each is placed by the section it is in
        (with ``document``), by its line only outside every section."""
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._document = document
        self.model.clear()
        chinese = prefer_chinese()
        counts = {severity: 0 for severity in SEVERITIES}
        groups: dict[str, QStandardItem] = {}
        names = {"error": self.tr("Errors"), "warning": self.tr("Warnings"), "info": self.tr("Notes for the reader")}
        for severity in SEVERITIES:
            group = QStandardItem(severity_icon(self, severity), names[severity])
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            groups[severity] = group
        for finding in findings:
            counts[finding.severity] += 1
            message = finding.message_zh if chinese else finding.message_en
            other = finding.message_en if chinese else finding.message_zh
            where = self._where(finding.start) if finding.start is not None else ""
            item = QStandardItem(f"{where} · {message}" if where else message)
            item.setToolTip(f"{finding.code}\n{message}\n{other}")
            item.setData(finding.start, OFFSET_ROLE)
            item.setData(finding.end, END_ROLE)
            for related in finding.related:
                child = QStandardItem(self.tr("see {place}").format(place=self._where(related)))
                child.setData(related, OFFSET_ROLE)
                child.setData(related, END_ROLE)
                item.appendRow(child)
            groups[finding.severity].appendRow(item)
        for severity in SEVERITIES:
            if counts[severity]:
                groups[severity].setText(f"{names[severity]} ({counts[severity]})")
                self.model.appendRow(groups[severity])
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            self.tree.setExpanded(group.index(), not group.text().startswith(names["info"]))
        if findings:
            self.summary.setText(
                self.tr("{errors} errors, {warnings} warnings, {info} notes").format(
                    errors=counts["error"], warnings=counts["warning"], info=counts["info"]
                )
            )
        else:
            self.summary.setText(self.tr("No structural problems found."))

    def _line(self, offset: int | None) -> int:
        return bisect.bisect_right(self._line_starts, offset or 0)

    _document: Document | None = None

    def _where(self, offset: int) -> str:
        """The place of ``offset`` as a reader finds it: the innermost section's heading, shortened."""
        path = self._document.section_path_at(offset) if self._document is not None else []
        if not path:
            return self.tr("line {line}").format(line=self._line(offset))
        section = path[-1]
        heading = f"{section.numbering or ''}{section.title}"
        return f"“{heading if len(heading) <= 16 else heading[:15] + '…'}”"

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        start = index.data(OFFSET_ROLE)
        if start is None:
            return
        end = index.data(END_ROLE)
        self.jumpRequested.emit(int(start), int(end if end is not None else start))
