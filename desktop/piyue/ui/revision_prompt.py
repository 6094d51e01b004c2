"""Revised drafts in the window: the one-click question "is this a new version of …?" and the
File → Open as New Version Of… dialog (a file and the imported report it revises)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piyue.services.revisions import EarlierVersion, describe_path


def ask_new_version(
    parent: QWidget, earlier: EarlierVersion, file_name: str, answer: Callable[[bool], None]
) -> QMessageBox:
    """Ask (without blocking) whether ``file_name`` is a new version of ``earlier``; ``answer(True)``
    for a new version, ``answer(False)`` for a separate report (also on Escape)."""
    box = QMessageBox(parent)
    box.setObjectName("revisionQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RevisionPrompt", "A New Version?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "RevisionPrompt", "{file} looks like a revised version of “{title}”, which is already in the library."
        ).format(file=file_name, title=earlier.title)
    )
    why = (
        QCoreApplication.translate("RevisionPrompt", "Both are the work report of the same government and year.")
        if earlier.same_report
        else QCoreApplication.translate("RevisionPrompt", "{share:.0%} of their wording is the same.").format(
            share=earlier.resemblance
        )
    )
    source = describe_path(earlier.source_path)
    box.setInformativeText(
        why
        + "\n"
        + (
            QCoreApplication.translate("RevisionPrompt", "Stored from {file}, {count} version(s).").format(
                file=source, count=earlier.versions
            )
            if source
            else ""
        )
        + "\n\n"
        + QCoreApplication.translate(
            "RevisionPrompt",
            "As a new version, its notes follow their passages; notes on changed text are flagged.",
        )
    )
    new_version = box.addButton(
        QCoreApplication.translate("RevisionPrompt", "Store as New Version"), QMessageBox.ButtonRole.AcceptRole
    )
    new_version.setObjectName("revisionNewVersion")
    separate = box.addButton(
        QCoreApplication.translate("RevisionPrompt", "Separate Report"), QMessageBox.ButtonRole.RejectRole
    )
    separate.setObjectName("revisionSeparate")
    box.setDefaultButton(new_version)
    box.setEscapeButton(separate)
    box.buttonClicked.connect(lambda button: answer(button is new_version))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class NewVersionDialog(QDialog):
    """Choose a file and the imported report it is a new version of."""

    def __init__(
        self,
        reports: Sequence[tuple[int, str, str]],
        current: int | None,
        start_folder: str = "",
        file_filter: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newVersionDialog")
        self.setWindowTitle(self.tr("Open as New Version Of"))
        self._start_folder, self._filter = start_folder, file_filter
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("newVersionPath")
        self.path_edit.setPlaceholderText(self.tr("The revised file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("newVersionBrowse")
        browse.clicked.connect(self._browse)
        self.reports = QListWidget(self)
        self.reports.setObjectName("newVersionReports")
        for document_id, title, source in reports:
            item = QListWidgetItem(f"{title}  ·  {source}" if source else title, self.reports)
            item.setData(Qt.ItemDataRole.UserRole, int(document_id))
            item.setToolTip(source)
            if document_id == current:
                self.reports.setCurrentItem(item)
        if self.reports.currentRow() < 0 and self.reports.count():
            self.reports.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setObjectName("newVersionOpen")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setObjectName("newVersionError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        reports_label = QLabel(self.tr("…is a new version of this &report:"), self)
        reports_label.setBuddy(self.reports)
        layout.addWidget(file_label)
        layout.addLayout(row)
        layout.addWidget(reports_label)
        layout.addWidget(self.reports, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def choice(self) -> tuple[Path, int] | None:
        """The file and the report chosen (None until both are)."""
        item = self.reports.currentItem()
        text = self.path_edit.text().strip()
        if item is None or not text:
            return None
        return Path(text).expanduser(), int(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def accept(self) -> None:
        """Open only with an existing file and a chosen report; otherwise say what is missing."""
        chosen = self.choice()
        if chosen is None:
            self._show(self.tr("Choose a file and the report it revises."))
        elif not chosen[0].is_file():
            self._show(self.tr("{path} is not a file.").format(path=chosen[0]))
        else:
            super().accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @Slot()
    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Revised File"), self._start_folder, self._filter)
        if name:
            self.path_edit.setText(name)
