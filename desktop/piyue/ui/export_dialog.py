"""File → Export Notes…: choose a format, which notes (all / as filtered / one section), options and a file;
a live preview shows the Markdown, HTML, CSV or JSON-LD that will be written.

The dialog only describes the export (:class:`ExportRequest`); :class:`~piyue.ui.export_controller.ExportController`
asks before overwriting, runs it on a worker thread and reports back through :meth:`ExportDialog.set_busy`,
:meth:`ExportDialog.show_error` and :meth:`ExportDialog.show_message`.

The HTML preview is shown in :class:`~piyue.ui.note_editor.SafePreview`: Qt's rich text runs no scripts, and
the preview loads no resource at all (no files, no network), whatever the exported page asks for.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from piyue.core.anchoring import AnchorState, Note
from piyue.core.metrics import Metric
from piyue.core.model import Document, Section
from piyue.core.outline.numbering import join_numbering
from piyue.export import EXTENSIONS, METRICS_FORMATS, ExportOptions, render
from piyue.export.naming import export_name
from piyue.ui.export_request import ExportRequest
from piyue.ui.note_editor import SafePreview

PREVIEW_DELAY_MS = 250  # debounce: the preview is rendered this long after the last change
PREVIEW_MAX_CHARS = 200_000  # a text preview longer than this is cut (the file is written whole)


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One entry of the format menu: an exporter (a key of :data:`piyue.export.FORMATS`) and its options."""

    key: str
    fmt: str
    comments: bool = False

    @property
    def extension(self) -> str:
        """The file extension, with its dot."""
        return EXTENSIONS[self.fmt]

    @property
    def supports_metrics(self) -> bool:
        """Whether the format can append the table of figures."""
        return self.fmt in METRICS_FORMATS


#: the formats offered, in menu order
EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("md", "md"),
    ExportFormat("html", "html"),
    ExportFormat("docx", "docx"),
    ExportFormat("docx-comments", "docx", comments=True),
    ExportFormat("pdf", "pdf"),
    ExportFormat("csv", "csv"),
    ExportFormat("jsonld", "jsonld"),
)
#: formats previewed as text (decoded), and the one previewed rendered
TEXT_PREVIEW = frozenset({"md", "csv", "jsonld"})
HTML_PREVIEW = "html"


class Scope(Enum):
    """Which notes are exported."""

    ALL = "all"
    FILTERED = "filtered"
    SECTION = "section"


def notes_in_section(notes: Sequence[Note], section: Section) -> list[Note]:
    """The notes placed in ``section`` or its subsections (a note on the section itself included, orphans not)."""
    return [n for n in notes if n.state is not AnchorState.ORPHANED and section.start <= n.anchor.start < section.end]


def _sections_with_depth(sections: Sequence[Section], depth: int = 0) -> Iterator[tuple[int, Section]]:
    for section in sections:
        yield depth, section
        yield from _sections_with_depth(section.children, depth + 1)


class ExportDialog(QDialog):
    """Describe an export; the controller runs it."""

    #: The user pressed Export with a valid request (an :class:`ExportRequest`).
    exportRequested = Signal(ExportRequest)
    #: The user wants the running export stopped.
    cancelRequested = Signal()

    def __init__(
        self,
        document: Document,
        notes: Sequence[Note],
        shown_notes: Sequence[Note],
        *,
        metrics: Sequence[Metric] = (),
        options: ExportOptions | None = None,
        folder: Path | None = None,
        current_section: Section | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Notes"))
        self.document = document
        self.all_notes: list[Note] = list(notes)
        self.shown_notes: list[Note] = list(shown_notes)
        self.metrics: list[Metric] = list(metrics)
        self.options = options or ExportOptions()
        self._busy = False
        self._sections: list[Section] = []

        self._build(folder or Path.home(), current_section)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.scope_group.idToggled.connect(lambda _id, checked: checked and self._scope_changed())
        self.section_box.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.metrics_check.toggled.connect(lambda _c: self._schedule_preview())
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button.clicked.connect(self.browse)
        self._path_changed(self.path_edit.text())
        self._format_changed()
        self._scope_changed()
        self.update_preview()

    # ----------------------------------------------------------------- building
    def _build(self, folder: Path, current_section: Section | None) -> None:
        self._build_format()
        scope_box = self._build_scope(current_section)
        options_box = self._build_options()
        path_row = self._build_output(folder)
        left = self._build_left(scope_box, options_box)
        right = self._build_preview()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 560])
        path_form = QFormLayout()
        path_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        path_form.addRow(self._buddy(self.tr("Save &to:"), self.path_edit), path_row)
        bottom = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addSpacing(4)
        layout.addLayout(path_form)
        layout.addLayout(bottom)

        self._set_tab_order()

    def _build_format(self) -> None:
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        self.format_box.setAccessibleName(self.tr("Format"))
        labels = {
            "md": self.tr("Markdown (.md) — for note-taking apps"),
            "html": self.tr("HTML page (.html) — styled, printable"),
            "docx": self.tr("Word (.docx) — the notes under the report's headings"),
            "docx-comments": self.tr("Word (.docx) — the whole report, notes as review comments"),
            "pdf": self.tr("PDF (.pdf) — for printing"),
            "csv": self.tr("CSV (.csv) — one row per note, for spreadsheets"),
            "jsonld": self.tr("JSON-LD (.jsonld) — W3C Web Annotations, to move notes"),
        }
        for choice in EXPORT_FORMATS:
            self.format_box.addItem(labels[choice.key], choice.key)

    def _build_scope(self, current_section: Section | None) -> QGroupBox:
        scope_box = QGroupBox(self.tr("Notes"), self)
        self.all_radio = QRadioButton(self.tr("&All notes ({count})").format(count=len(self.all_notes)), scope_box)
        self.all_radio.setObjectName("exportScopeAll")
        self.all_radio.setAccessibleName(self.tr("All notes"))
        filtered = self.tr("Notes &shown in the Notes panel ({shown} of {total})").format(
            shown=len(self.shown_notes), total=len(self.all_notes)
        )
        self.filtered_radio = QRadioButton(filtered, scope_box)
        self.filtered_radio.setObjectName("exportScopeFiltered")
        self.filtered_radio.setAccessibleName(self.tr("Notes shown in the Notes panel"))
        self.filtered_radio.setToolTip(
            self.tr("The notes that pass the Notes panel's filters (text, status, tag, colour)")
        )
        self.section_radio = QRadioButton(self.tr("Notes in one s&ection:"), scope_box)
        self.section_radio.setObjectName("exportScopeSection")
        self.section_radio.setAccessibleName(self.tr("Notes in one section"))
        self.scope_group = QButtonGroup(self)
        for number, radio in enumerate((self.all_radio, self.filtered_radio, self.section_radio)):
            self.scope_group.addButton(radio, number)
        self.all_radio.setChecked(True)
        self.section_box = QComboBox(scope_box)
        self.section_box.setObjectName("exportSection")
        self.section_box.setAccessibleName(self.tr("Section"))
        self.section_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_box.setMinimumContentsLength(18)
        self.section_box.setMaxVisibleItems(20)
        self._fill_sections(current_section)
        section_row = QHBoxLayout()
        section_row.setContentsMargins(22, 0, 0, 0)
        section_row.addWidget(self.section_box, 1)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.all_radio)
        scope_layout.addWidget(self.filtered_radio)
        scope_layout.addWidget(self.section_radio)
        scope_layout.addLayout(section_row)
        return scope_box

    def _fill_sections(self, current_section: Section | None) -> None:
        """The sections to choose from, with their note counts; the current (or a useful) one chosen."""
        chosen = 0
        for depth, section in _sections_with_depth(self.document.sections):
            count = len(notes_in_section(self.all_notes, section))
            text = "\u3000" * depth + join_numbering(section.numbering, section.title)
            self.section_box.addItem(f"{text}（{count}）" if count else text, len(self._sections))
            heading = join_numbering(section.numbering, section.title)
            self.section_box.setItemData(self.section_box.count() - 1, heading, Qt.ItemDataRole.ToolTipRole)
            if section is current_section:
                chosen = len(self._sections)
            self._sections.append(section)
        if current_section is None:  # else the first section holding some notes (not one holding them all)
            counts = [len(notes_in_section(self.all_notes, s)) for s in self._sections]
            chosen = next((i for i, c in enumerate(counts) if 0 < c < len(self.all_notes)), 0)
        self.section_box.setCurrentIndex(chosen)
        if not self._sections:
            self.section_radio.setEnabled(False)
            self.section_radio.setToolTip(self.tr("This report has no headings"))

    def _build_options(self) -> QGroupBox:
        options_box = QGroupBox(self.tr("Options"), self)
        self.metrics_check = QCheckBox(self.tr("Append the table of &figures"), options_box)
        self.metrics_check.setObjectName("exportMetrics")
        self.metrics_check.setAccessibleName(self.tr("Append the table of figures"))
        options_layout = QVBoxLayout(options_box)
        options_layout.addWidget(self.metrics_check)
        return options_box

    def _build_output(self, folder: Path) -> QHBoxLayout:
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(self.tr("Output file"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.setText(str(folder / export_name(self.document.title, EXPORT_FORMATS[0].extension)))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.setAccessibleName(self.tr("Choose the output file"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("exportCount")
        self.count_label.setWordWrap(True)
        return path_row

    def _build_left(self, scope_box: QGroupBox, options_box: QGroupBox) -> QWidget:
        format_form = QFormLayout()
        format_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        format_form.addRow(self._buddy(self.tr("F&ormat:"), self.format_box), self.format_box)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(format_form)
        left_layout.addSpacing(4)
        left_layout.addWidget(scope_box)
        left_layout.addWidget(options_box)
        left_layout.addWidget(self.count_label)
        left_layout.addStretch(1)
        return left

    def _build_preview(self) -> QWidget:
        self.preview_label = QLabel(self.tr("Preview"), self)
        self.preview_label.setObjectName("exportPreviewLabel")
        font = self.preview_label.font()
        font.setBold(True)
        self.preview_label.setFont(font)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("exportPreviewText")
        self.preview_text.setAccessibleName(self.tr("Preview"))
        self.preview_text.setReadOnly(True)
        self.preview_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(8.0, self.font().pointSizeF() - 0.5))
        self.preview_text.setFont(mono)
        self.preview_html = SafePreview(self)
        self.preview_html.setObjectName("exportPreviewHtml")
        self.preview_html.setAccessibleName(self.tr("Preview"))
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName("exportPreviewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_note.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.preview_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_note.setBackgroundRole(QPalette.ColorRole.Base)
        self.preview_note.setAutoFillBackground(True)
        self.preview_note.setAccessibleName(self.tr("Preview"))
        self.preview_stack = QStackedWidget(self)
        self.preview_stack.setObjectName("exportPreview")
        for widget in (self.preview_text, self.preview_html, self.preview_note):
            self.preview_stack.addWidget(widget)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview_stack, 1)
        return right

    def _build_buttons(self) -> QHBoxLayout:
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("exportBusy")
        self.busy_bar.setAccessibleName(self.tr("Exporting"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("exportMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Write the file (Ctrl+Enter)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.request_export)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy_bar)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.buttons)
        return bottom

    def _set_tab_order(self) -> None:
        order = (
            self.format_box,
            self.all_radio,
            self.filtered_radio,
            self.section_radio,
            self.section_box,
            self.metrics_check,
            self.path_edit,
            self.browse_button,
            self.preview_text,
            self.preview_html,
            self.export_button,
            self.cancel_button,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.format_box.setFocus()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def sizeHint(self) -> QSize:
        """Room for the form and a readable preview."""
        return QSize(1000, 640)

    # ----------------------------------------------------------------- state
    @property
    def format(self) -> ExportFormat:
        """The chosen format."""
        key = self.format_box.currentData()
        return next(f for f in EXPORT_FORMATS if f.key == key)

    def set_format(self, key: str) -> None:
        """Choose a format by key (``md``, ``html``, ``docx``, ``docx-comments``, ``pdf``, ``csv``, ``jsonld``)."""
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    @property
    def scope(self) -> Scope:
        """The chosen scope."""
        return (Scope.ALL, Scope.FILTERED, Scope.SECTION)[max(0, self.scope_group.checkedId())]

    def set_scope(self, scope: Scope, section: Section | None = None) -> None:
        """Choose a scope (and, for :attr:`Scope.SECTION`, the section)."""
        if section is not None:
            index = next((i for i, s in enumerate(self._sections) if s is section), -1)
            if index >= 0:
                self.section_box.setCurrentIndex(index)
        {Scope.ALL: self.all_radio, Scope.FILTERED: self.filtered_radio, Scope.SECTION: self.section_radio}[
            scope
        ].setChecked(True)

    @property
    def section(self) -> Section | None:
        """The section chosen in the section menu."""
        index = self.section_box.currentData()
        return self._sections[index] if index is not None else None

    def selected_notes(self) -> list[Note]:
        """The notes the chosen scope covers."""
        if self.scope is Scope.FILTERED:
            return list(self.shown_notes)
        if self.scope is Scope.SECTION:
            section = self.section
            return notes_in_section(self.all_notes, section) if section is not None else []
        return list(self.all_notes)

    @property
    def include_metrics(self) -> bool:
        """Whether the table of figures is appended (only where the format supports it)."""
        return self.metrics_check.isChecked() and self.format.supports_metrics

    @property
    def target(self) -> Path | None:
        """The output file as typed (None when empty)."""
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    @property
    def busy(self) -> bool:
        """Whether an export is running."""
        return self._busy

    # ----------------------------------------------------------------- reactions
    @Slot()
    def _format_changed(self) -> None:
        choice = self.format
        self.metrics_check.setEnabled(choice.supports_metrics)
        if choice.supports_metrics:
            self.metrics_check.setToolTip(self.tr("Add the report's figures (targets, growth rates…) as an appendix"))
        else:
            self.metrics_check.setToolTip(self.tr("Only HTML, Word and PDF exports can include the table of figures"))
        target = self.target
        if target is not None and target.suffix.lower() != choice.extension:
            known = {e.lower() for e in EXTENSIONS.values()}
            stem = target.with_suffix("") if target.suffix.lower() in known else target
            self.path_edit.setText(str(stem.with_name(stem.name + choice.extension)))
        self._schedule_preview()

    def _scope_changed(self) -> None:
        self.section_box.setEnabled(self.scope is Scope.SECTION and bool(self._sections))
        self._update_buttons()
        self._schedule_preview()

    @Slot(str)
    def _path_changed(self, text: str) -> None:
        self.path_edit.setToolTip(text)
        self._update_buttons()

    def _schedule_preview(self) -> None:
        self._update_buttons()
        self._timer.start()

    def _update_buttons(self) -> None:
        notes = self.selected_notes()
        if not self.all_notes:
            self.count_label.setText(self.tr("No notes to export: this report has no notes yet."))
        elif not notes:
            self.count_label.setText(self.tr("No notes to export in this selection."))
        else:
            self.count_label.setText(self.tr("{count} notes will be exported.").format(count=len(notes)))
        self.export_button.setEnabled(not self._busy and bool(notes) and self.target is not None)

    @Slot()
    def update_preview(self) -> None:
        """Render the preview of the current choice now (the controls schedule it, debounced)."""
        self._timer.stop()
        notes = self.selected_notes()
        choice = self.format
        if not notes:
            message = (
                self.tr("No notes to export.\nAdd notes to the report first.")
                if not self.all_notes
                else self.tr("No notes to export.\nChoose other notes on the left.")
            )
            self._show_note(message)
            return
        if choice.fmt not in TEXT_PREVIEW and choice.fmt != HTML_PREVIEW:
            what = {
                ("docx", False): self.tr("a Word document with the notes under the report's headings"),
                ("docx", True): self.tr("the whole report as a Word document, each note a review comment"),
                ("pdf", False): self.tr("a PDF of the notes under the report's headings"),
            }.get((choice.fmt, choice.comments), choice.fmt)
            self._show_note(
                self.tr("No preview for this format.\n{count} notes will be written as {what}.").format(
                    count=len(notes), what=what
                )
            )
            return
        try:
            data = render(
                choice.fmt, self.document, notes, self.metrics if self.include_metrics else None, self.options
            )
        except Exception as err:  # a preview failure must not break the dialog; say it in one line
            self._show_note(self.tr("No preview: {error}").format(error=str(err).splitlines()[0] if str(err) else err))
            return
        text = data.decode("utf-8-sig", errors="replace")
        if choice.fmt == HTML_PREVIEW:
            self.preview_html.setHtml(text)  # SafePreview: no scripts, no resources
            self.preview_stack.setCurrentWidget(self.preview_html)
        else:
            if len(text) > PREVIEW_MAX_CHARS:
                text = text[:PREVIEW_MAX_CHARS] + "\n…"
            self.preview_text.setPlainText(text)
            self.preview_stack.setCurrentWidget(self.preview_text)

    def _show_note(self, text: str) -> None:
        self.preview_note.setText(text)
        self.preview_stack.setCurrentWidget(self.preview_note)

    def preview_source(self) -> str:
        """The preview shown, as plain text (what a reader sees)."""
        widget = self.preview_stack.currentWidget()
        if widget is self.preview_text:
            return self.preview_text.toPlainText()
        if widget is self.preview_html:
            return self.preview_html.toPlainText()
        return self.preview_note.text()

    # ----------------------------------------------------------------- output
    @Slot()
    def browse(self) -> None:
        """Ask for the output file (the controller asks about overwriting when exporting)."""
        choice = self.format
        pattern = self.tr("{name} (*{ext})").format(name=choice.fmt.upper(), ext=choice.extension)
        start = str(self.target or "")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Notes"),
            start,
            pattern,
            "",
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != choice.extension:
                path = path.with_name(path.name + choice.extension)
            self.path_edit.setText(str(path))

    @Slot()
    def request_export(self) -> None:
        """Check the choice and ask the controller to write it."""
        if self._busy:
            return
        notes = self.selected_notes()
        target = self.target
        if not notes:
            self.show_error(self.tr("No notes to export."))
            return
        if target is None:
            self.show_error(self.tr("Choose a file to export to."))
            return
        if target.is_dir():
            target = target / export_name(self.document.title, self.format.extension)
            self.path_edit.setText(str(target))
        if not target.parent.is_dir():
            self.show_error(self.tr("The folder {folder} does not exist.").format(folder=target.parent))
            return
        self.show_message("")
        self.exportRequested.emit(ExportRequest(self.format, tuple(notes), self.include_metrics, target, self.scope))

    def export_options(self) -> ExportOptions:
        """The options for the chosen format (a fresh export time)."""
        return dataclasses.replace(self.options, comments=self.format.comments, exported_at=ExportOptions().exported_at)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """Show or hide the busy state: controls locked, a busy bar, Cancel stops the export."""
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.format_box,
            self.all_radio,
            self.filtered_radio,
            self.section_radio,
            self.metrics_check,
            self.path_edit,
            self.browse_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.section_radio.setEnabled(bool(self._sections))
            self.metrics_check.setEnabled(self.format.supports_metrics)
        self.section_box.setEnabled(not busy and self.scope is Scope.SECTION and bool(self._sections))
        self.show_message(text)
        self._update_buttons()

    def show_error(self, text: str) -> None:
        """Say what went wrong, in one line."""
        self.message_label.setStyleSheet("color: #cf222e;")
        self.message_label.setText(text)

    def show_message(self, text: str) -> None:
        """A neutral one-line message (empty: none)."""
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)

    @Slot()
    def reject(self) -> None:
        """Cancel: stop a running export (the dialog stays open), else close."""
        if self._busy:
            self.cancelRequested.emit()
            return
        super().reject()
