"""The Preferences dialog: language, theme, reading font, highlighted figures, backups, data folder."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from piyue.authorship import os_author
from piyue.core.metrics.model import KINDS
from piyue.paths import data_dir
from piyue.preferences import Preferences
from piyue.ui.fonts import cjk_families
from piyue.ui.metric_style import kind_label


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; :meth:`preferences` gives the result after OK."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        for value, label in (("system", self.tr("Follow the system")), ("zh_CN", "简体中文"), ("en", "English")):
            self.language.addItem(label, value)
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeBox")
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.font_family = QComboBox(self)
        self.font_family.setObjectName("fontBox")
        self.font_family.addItem(self.tr("Automatic (best Chinese face)"), "")
        for family in cjk_families(serif=True):
            self.font_family.addItem(family, family)
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setObjectName("fontSizeBox")
        self.font_size.setRange(6, 48)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(" pt")
        self.backup_interval = QSpinBox(self)
        self.backup_interval.setObjectName("backupBox")
        self.backup_interval.setRange(0, 24 * 60)
        self.backup_interval.setSuffix(self.tr(" min"))
        self.backup_interval.setSpecialValueText(self.tr("Only at start"))

        self.author_name = QLineEdit(self)
        self.author_name.setObjectName("authorNameEdit")
        self.author_name.setPlaceholderText(os_author())
        self.author_name.setToolTip(
            self.tr("Signs your notes and Word comments. Empty: your name on this computer ({name}).").format(
                name=os_author()
            )
        )

        general = QFormLayout()
        general.addRow(self.tr("Your &name:"), self.author_name)
        general.addRow(self.tr("&Language:"), self.language)
        general.addRow(self.tr("&Theme:"), self.theme)
        general.addRow(self.tr("Reading &font:"), self.font_family)
        general.addRow(self.tr("Font &size:"), self.font_size)
        general.addRow(self.tr("&Backups every:"), self.backup_interval)

        kinds_box = QGroupBox(self.tr("Highlight these figures in the text"), self)
        grid = QGridLayout(kinds_box)
        self.kind_checks: dict[str, QCheckBox] = {}
        for index, kind in enumerate(KINDS):
            check = QCheckBox(kind_label(kind), kinds_box)
            check.setObjectName(f"kind_{kind}")
            self.kind_checks[kind] = check
            grid.addWidget(check, index // 3, index % 3)

        folder = data_dir()
        folder_label = QLabel(str(folder), self)
        folder_label.setObjectName("dataFolderLabel")
        folder_label.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open"), self)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Data folder:"), self))
        folder_row.addWidget(folder_label, 1)
        folder_row.addWidget(open_folder)

        self.restart_note = QLabel(self.tr("A new language takes effect when Piyue starts again."), self)
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda _i: self.restart_note.setVisible(True))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(kinds_box)
        layout.addLayout(folder_row)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        self._load(preferences)

    def _load(self, preferences: Preferences) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        index = self.font_family.findData(preferences.reading_font_family)
        self.font_family.setCurrentIndex(max(0, index))
        self.font_size.setValue(preferences.reading_font_size)
        self.backup_interval.setValue(preferences.backup_interval_minutes)
        self.author_name.setText(preferences.author_name)
        for kind, check in self.kind_checks.items():
            check.setChecked(kind in preferences.highlighted_kinds)
        self.restart_note.setVisible(False)

    def preferences(self) -> Preferences:
        """The preferences as edited."""
        return Preferences(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            reading_font_family=self.font_family.currentData() or "",
            reading_font_size=float(self.font_size.value()),
            highlighted_kinds=[kind for kind, check in self.kind_checks.items() if check.isChecked()],
            backup_interval_minutes=int(self.backup_interval.value()),
            author_name=self.author_name.text(),
        ).validated()
