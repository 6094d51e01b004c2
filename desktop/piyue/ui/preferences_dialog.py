"""The Preferences dialog: language, theme, reading font, highlighted figures, backups, the library (this computer
or a shared PostgreSQL server, with a connection test), data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Slot
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
from piyue.ui.workers import TaskRunner


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; :meth:`preferences` gives the result after OK."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None, library_override: str = "") -> None:
        super().__init__(parent)
        #: The library given with ``--db`` or ``PIYUE_DB``: it, not the choice here, is what this window uses.
        self.library_override = library_override
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(600)

        general = self._general_form()
        kinds_box = self._kinds_box()

        self._build_shared_library()
        folder_row = self._folder_row()

        self.restart_note = QLabel(self.tr("A new language takes effect when Piyue starts again."), self)
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda _i: self.restart_note.setVisible(True))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(self.shared_box)
        layout.addWidget(kinds_box)
        layout.addLayout(folder_row)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        self._load(preferences)

    def _general_form(self) -> QFormLayout:
        """Name, language, theme, reading font and size, backup interval."""
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
        return general

    def _kinds_box(self) -> QGroupBox:
        """One check box per kind of figure that may be highlighted."""
        kinds_box = QGroupBox(self.tr("Highlight these figures in the text"), self)
        grid = QGridLayout(kinds_box)
        self.kind_checks: dict[str, QCheckBox] = {}
        for index, kind in enumerate(KINDS):
            check = QCheckBox(kind_label(kind), kinds_box)
            check.setObjectName(f"kind_{kind}")
            self.kind_checks[kind] = check
            grid.addWidget(check, index // 3, index % 3)
        return kinds_box

    def _folder_row(self) -> QHBoxLayout:
        """The data folder, shown with a button that opens it."""
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
        return folder_row

    def _build_shared_library(self) -> None:
        """Where the library is: this computer, or a PostgreSQL server (URL, connection test)."""
        self.shared_box = QGroupBox(self.tr("Library"), self)
        self.library_kind = QComboBox(self.shared_box)
        self.library_kind.setObjectName("libraryKindBox")
        self.library_kind.addItem(self.tr("On this computer (a file in the data folder)"), "local")
        self.library_kind.addItem(self.tr("Shared library on a PostgreSQL server"), "shared")
        self.shared_url = QLineEdit(self.shared_box)
        self.shared_url.setObjectName("sharedLibraryUrl")
        self.shared_url.setPlaceholderText("postgresql://user@host:5432/piyue")
        self.shared_url.setToolTip(
            self.tr(
                "Keep the password out of the URL, in ~/.pgpass; a password typed here is stored in the "
                "preferences file (readable by you only) and never shown in messages."
            )
        )
        self.test_button = QPushButton(self.tr("Test Connection"), self.shared_box)
        self.test_button.setObjectName("testConnectionButton")
        self.test_result = QLabel(self.shared_box)
        self.test_result.setObjectName("connectionTestResult")
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setWordWrap(True)
        url_row = QHBoxLayout()
        url_row.addWidget(self.shared_url, 1)
        url_row.addWidget(self.test_button)
        form = QFormLayout()
        form.addRow(self.tr("&Where:"), self.library_kind)
        url_label = QLabel(self.tr("Server &URL:"), self.shared_box)
        url_label.setBuddy(self.shared_url)
        form.addRow(url_label, url_row)
        box_layout = QVBoxLayout(self.shared_box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.test_result)
        self.library_kind.currentIndexChanged.connect(lambda _i: self._library_kind_changed())
        self.test_button.clicked.connect(self.test_connection)
        self.runner = TaskRunner(self, name="connectionTestRunner")

    def _library_kind_changed(self) -> None:
        shared = self.library_kind.currentData() == "shared"
        self.shared_url.setEnabled(shared)
        self.test_button.setEnabled(shared)
        if self.library_override:
            from piyue.services.shared_library import mask_password

            self.test_result.setText(
                self.tr(
                    "This window uses {library}, given with --db or PIYUE_DB; "
                    "the choice here applies when Piyue starts without them."
                ).format(library=mask_password(self.library_override))
            )
        else:
            self.test_result.setText(self.tr("Piyue uses the library chosen here when it starts again."))

    @Slot()
    def test_connection(self) -> None:
        """Try the server in the URL field (in the background); the result shows below it."""
        url = self.shared_url.text().strip()
        if not url.lower().startswith(("postgresql://", "postgres://")):
            self.test_result.setText(self.tr("Enter a URL like postgresql://user@host:5432/piyue."))
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        from piyue.services.shared_library import test_connection

        tested = self._tested
        self.runner.submit(lambda _token: test_connection(url), key="test", on_done=tested, on_failed=tested)

    def _tested(self, problem: str) -> None:
        self.test_button.setEnabled(self.library_kind.currentData() == "shared")
        if problem:
            self.test_result.setText(self.tr("Not connected: {problem}").format(problem=problem))
        else:
            self.test_result.setText(self.tr("Connected: the server holds a library Piyue can use (or an empty one)."))

    def _load(self, preferences: Preferences) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        index = self.font_family.findData(preferences.reading_font_family)
        self.font_family.setCurrentIndex(max(0, index))
        self.font_size.setValue(preferences.reading_font_size)
        self.backup_interval.setValue(preferences.backup_interval_minutes)
        self.author_name.setText(preferences.author_name)
        self.library_kind.setCurrentIndex(1 if preferences.shared_library else 0)
        self.shared_url.setText(preferences.shared_library)
        self._library_kind_changed()
        if not self.library_override:  # else the line saying which library this window uses stays
            self.test_result.setText("")
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
            shared_library=self.shared_url.text().strip() if self.library_kind.currentData() == "shared" else "",
        ).validated()
