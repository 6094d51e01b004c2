"""The main window: outline on the left, the text in the middle, notes on the right."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from piyue import APP_NAME, APP_NAME_ZH, __version__
from piyue.core.metrics import Metric
from piyue.core.metrics.model import KINDS
from piyue.core.model import Document
from piyue.core.readers import SUPPORTED_SUFFIXES, with_topic_sentences
from piyue.preferences import Preferences, save_preferences
from piyue.services.search import SearchHit
from piyue.ui.backups import BackupSchedule
from piyue.ui.export_controller import ExportController, ExportWidgets
from piyue.ui.find_bar import FindBar
from piyue.ui.find_controller import FindController
from piyue.ui.library_panel import LibraryPanel
from piyue.ui.live_updates import LiveUpdates
from piyue.ui.loader import Analysis, Stored, problem_text
from piyue.ui.metrics_panel import MetricsPanel
from piyue.ui.narrow import DockBalance
from piyue.ui.navigation import step_finding, step_heading
from piyue.ui.notes_controller import NotesController, NotesWidgets
from piyue.ui.notes_panel import NotesPanel
from piyue.ui.outline_model import OutlineModel
from piyue.ui.reading_view import ReadingView
from piyue.ui.review_panel import ReviewPanel
from piyue.ui.search_panel import SearchPanel
from piyue.ui.search_service import KeywordsResult
from piyue.ui.server_banner import ServerBanner
from piyue.ui.settings import UiState
from piyue.ui.themes import apply_theme
from piyue.ui.window_menus import build_menus, build_toolbar

if TYPE_CHECKING:
    from piyue.core.review import Finding
    from piyue.ui.composition import Services

FILE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Reports (*.md *.markdown *.txt *.docx *.pdf);;Markdown (*.md *.markdown);;Text (*.txt);;Word (*.docx);;"
    "PDF (*.pdf);;All files (*)",
)


class PaddedDelegate(QStyledItemDelegate):
    """Item delegate that adds a little vertical space to each row."""

    def sizeHint(self, option, index) -> QSize:
        """The default size plus six pixels of height."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


class MainWindow(QMainWindow):
    """The Piyue main window."""

    #: A document was shown (after a successful open).
    documentShown = Signal(Document)
    #: Its figures and findings were added.
    analysisShown = Signal()
    #: Opening it is done: stored in the library, its notes shown (after analysisShown).
    documentOpened = Signal(Document)

    def __init__(
        self, state: UiState, sample: Path, services: Services, library_error: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sample = sample
        #: The current document, its analysis, notes and library (see :mod:`piyue.ui.session`).
        self.session = services.session
        self.session.setParent(self)
        self.loader = services.loader
        self.loader.setParent(self)
        self.search = services.search
        self.search.setParent(self)
        self._charts = None  # ChartsPanel, built the first time its dock is shown
        self._shown_once = False  # set just after the first show (see showEvent)
        self._preferences = Preferences()
        self._syncing_outline = False
        self._first_paint_filter: QObject | None = None
        self.recent_menu: QMenu  # built by window_menus.build_menus
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME_ZH} {APP_NAME}")
        self.setAcceptDrops(True)
        self.resize(1400, 900)

        self._build_central()
        self._build_outline()
        self._build_left_docks()
        self._build_right_docks()
        self._build_bottom_docks()
        self.resizeDocks([self.outline_dock, self.notes_dock], [340, 420], Qt.Orientation.Horizontal)
        self.dock_balance = DockBalance(self, self.outline_dock, self.notes_dock, share=0.45)

        self._build_status_bar()
        self._build_actions()
        self.notes = NotesController(self.session, self._notes_widgets(), services.store, library_error)
        self.backups = BackupSchedule(self.session, self.statusBar(), self)
        self.live_updates = LiveUpdates(self.session, self.server_banner, self)
        self.exporter = ExportController(
            self.session,
            ExportWidgets(self, self.statusBar(), self.notes_panel, self.outline_view, self.outline_model),
        )
        build_menus(self)
        build_toolbar(self)
        self._connect()
        self.reading_view.set_zoom(state.zoom)

    # ----------------------------------------------------------------- building
    def _notes_widgets(self) -> NotesWidgets:
        return NotesWidgets(
            self,
            self.statusBar(),
            self.notes_panel,
            self.reading_view,
            self.outline_view,
            self.outline_model,
            self.notes_dock,
        )

    def _build_central(self) -> None:
        self.reading_view = ReadingView(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.server_banner = ServerBanner(central)
        central_layout.addWidget(self.server_banner)
        central_layout.addWidget(self.reading_view, 1)
        central_layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

    def _build_outline(self) -> None:
        self.outline_model = OutlineModel(self)
        self.outline_view = QTreeView(self)
        self.outline_view.setObjectName("outlineView")
        self.outline_view.setAccessibleName(self.tr("Outline"))
        self.outline_view.setModel(self.outline_model)
        self.outline_view.setHeaderHidden(True)
        self._fit_timer = QTimer(self)  # the count columns are fitted once per turn of the event loop
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_outline_counts)
        self.outline_view.header().setStretchLastSection(False)
        self.outline_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The figure and note counts are fitted when they or the rows shown change, not on every resize (a view
        # docked below, e.g. Compare, re-measured every visible row through the model and the delegate).
        self.outline_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.outline_view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)  # note counts
        for changed in (self.outline_model.modelReset, self.outline_model.layoutChanged, self.outline_view.expanded,
                        self.outline_view.collapsed):  # fmt: skip
            changed.connect(lambda *_: self._fit_timer.start())
        # fitted to the rows on screen (where the parts, with the largest counts, usually are), not all 1,200
        # sections of a 1 MB report: measuring every row took ~90 ms after each added note
        self.outline_view.header().setResizeContentsPrecision(0)
        self.outline_view.setUniformRowHeights(True)
        self.outline_view.setWordWrap(False)
        self.outline_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Airy rows without a style sheet (a style sheet would freeze the palette when the theme changes).
        self.outline_view.setItemDelegate(PaddedDelegate(self.outline_view))
        self.outline_dock = self._dock(
            self.tr("Outline"), "outlineDock", self.outline_view, Qt.DockWidgetArea.LeftDockWidgetArea
        )

    @Slot()
    def _fit_outline_counts(self) -> None:
        """Size the outline's figure and note count columns to the rows shown (once for any number of
        changes asked for meanwhile: expanding a 1 MB report's outline emits ``expanded`` ~300 times)."""
        self._fit_timer.stop()
        self.outline_view.resizeColumnToContents(1)
        self.outline_view.resizeColumnToContents(2)

    def _build_left_docks(self) -> None:
        self.library_panel = LibraryPanel(lambda: self.session.library, self)
        self.library_dock = self._dock(
            self.tr("Library"), "libraryDock", self.library_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.search_panel = SearchPanel(self)
        self.search_dock = self._dock(
            self.tr("Search"), "searchDock", self.search_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.tabifyDockWidget(self.outline_dock, self.library_dock)
        self.tabifyDockWidget(self.library_dock, self.search_dock)
        self.outline_dock.raise_()

    def _build_right_docks(self) -> None:
        self.notes_panel = NotesPanel(self)
        self.notes_dock = self._dock(
            self.tr("Notes"), "notesDock", self.notes_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.metrics_panel = MetricsPanel(self)
        self.metrics_dock = self._dock(
            self.tr("Figures"), "metricsDock", self.metrics_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.review_panel = ReviewPanel(self)
        self.review_dock = self._dock(
            self.tr("Review"), "reviewDock", self.review_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.notes_dock, self.metrics_dock)
        self.tabifyDockWidget(self.metrics_dock, self.review_dock)
        self.metrics_dock.raise_()

    def _build_bottom_docks(self) -> None:
        """Charts, Compare, Terms and All Notes: built the first time their dock is shown."""
        self.charts_dock = self._dock(
            self.tr("Charts"), "chartsDock", QWidget(self), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.charts_dock.visibilityChanged.connect(self._charts_visibility)
        self.charts_dock.hide()
        self._compare = None  # CompareView, built the first time its dock is shown
        self.compare_dock = self._dock(
            self.tr("Compare"), "compareDock", QWidget(self), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.compare_dock.visibilityChanged.connect(self._compare_visibility)
        self.compare_dock.hide()
        self._terms = None  # TermsView, built the first time its dock is shown
        self.terms_dock = self._dock(
            self.tr("Terms"), "termsDock", QWidget(self), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.terms_dock.visibilityChanged.connect(self._terms_visibility)
        self.terms_dock.hide()
        self._notes_across = None  # NotesAcrossView, built the first time its dock is shown
        self.notes_across_dock = self._dock(
            self.tr("All Notes"), "notesAcrossDock", QWidget(self), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.notes_across_dock.visibilityChanged.connect(self._notes_across_visibility)
        self.notes_across_dock.hide()
        # One tab group: opened together, each view keeps the window's width instead of a sliver of it.
        self.tabifyDockWidget(self.charts_dock, self.compare_dock)
        self.tabifyDockWidget(self.compare_dock, self.terms_dock)
        self.tabifyDockWidget(self.terms_dock, self.notes_across_dock)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setRange(0, 0)  # busy indicator: parsing has no meaningful fraction
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        # The printed page of the reading position, for a report read from a PDF.
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.hide()
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.page_label)
        bar.addPermanentWidget(self.counts_label)

    def _action(
        self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_across_actions(self) -> None:
        """The views across reports: compare, terms, all notes."""
        self.compare_action = self._action(self.tr("&Compare Reports…"), self.open_compare_view, "Ctrl+Shift+K")
        self.terms_action = self._action(self.tr("&Terms Across Reports…"), self.open_terms_view, "Ctrl+Shift+T")
        self.notes_across_action = self._action(self.tr("&Notes Across Reports…"), self.open_notes_across_view)

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.open_sample_action = self._action(self.tr("Open &Sample Report"), lambda: self.open_path(self._sample))
        self.cancel_action = self._action(self.tr("&Cancel Loading"), self.loader.cancel, "Esc")
        self.cancel_action.setEnabled(False)
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.show_preferences, QKeySequence.StandardKey.Preferences
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"), self.reading_view.zoom_in, QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), self.reading_view.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_reset_action = self._action(self.tr("&Reset Zoom"), self.reading_view.reset_zoom, "Ctrl+0")
        self.finder = FindController(self.session, self.find_bar, self.reading_view, self)
        self.find_action = self.finder.find_action
        self.find_next_action = self.finder.next_action
        self.find_previous_action = self.finder.previous_action
        self.highlight_action = self._action(
            self.tr("&Highlight Figures"), self.reading_view.set_highlight_metrics, "Ctrl+Shift+H"
        )
        self.highlight_action.setCheckable(True)
        self.highlight_action.setChecked(True)
        self.topic_action = self._action(self.tr("&Topic Sentences in Outline"), self._toggle_topic_sentences)
        self.topic_action.setCheckable(True)
        self.topic_action.setChecked(self._state.topic_sentences)
        self.topic_action.setStatusTip(
            self.tr("Show the sentence that opens each paragraph as the outline's lowest level")
        )
        self.furniture_action = self._action(self.tr("Web Page &Furniture"), self.reading_view.set_show_furniture)
        self.furniture_action.setCheckable(True)
        self.furniture_action.setStatusTip(
            self.tr("Show the menus and links copied along with a report from a web page")
        )
        self.focus_outline_action = self._action(self.tr("Go to &Outline"), self._focus_outline, "Ctrl+1")
        self.focus_text_action = self._action(self.tr("Go to &Text"), self.reading_view.setFocus, "Ctrl+2")
        self.next_heading_action = self._action(self.tr("Next &Heading"), lambda: self._step_heading(1), "Ctrl+Down")
        self.previous_heading_action = self._action(
            self.tr("Previous H&eading"), lambda: self._step_heading(-1), "Ctrl+Up"
        )
        self.next_finding_action = self._action(self.tr("Next &Finding"), lambda: self._step_finding(1), "F8")
        self.previous_finding_action = self._action(
            self.tr("Previous F&inding"), lambda: self._step_finding(-1), "Shift+F8"
        )
        self.search_action = self._action(self.tr("&Search Library…"), self.open_search, "Ctrl+Shift+F")
        self.library_action = self._action(self.tr("&Library"), self.open_library_view, "Ctrl+Shift+L")
        self.import_action = self._action(self.tr("&Import Reports…"), self.library_panel.choose_files)
        self._build_across_actions()
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("&About Piyue"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _connect(self) -> None:
        self.outline_view.selectionModel().currentChanged.connect(self._outline_current_changed)
        self.outline_view.activated.connect(self._outline_activated)
        self.outline_view.clicked.connect(self._outline_activated)
        self.reading_view.positionChanged.connect(self._sync_outline_to)
        self.reading_view.positionChanged.connect(self._show_page)
        self.metrics_panel.jumpRequested.connect(lambda m: self.reading_view.select_span(m.start, m.end))
        self.review_panel.jumpRequested.connect(self._jump_to_finding)
        self.search_panel.queryChanged.connect(self._search_query)
        self.search.results.connect(self.search_panel.show_results)
        self.search.failed.connect(self.search_panel.show_message)
        self.search_panel.hitActivated.connect(self.open_hit)
        self.search.keywordsReady.connect(self._keywords_ready)
        self.library_panel.openRequested.connect(self.open_stored)
        self.library_panel.changed.connect(lambda: self.search_panel.queryChanged.emit(self.search_panel.edit.text()))
        # A tab brought forward by the user starts its work; the first show of the window does not
        # (Qt reports tabified docks visible then, and jieba or SQLAlchemy would compete with the first paint).
        self.search_dock.visibilityChanged.connect(lambda visible: visible and self._shown_once and self.search.start())
        self.library_dock.visibilityChanged.connect(
            lambda visible: visible and self._shown_once and self.library_panel.refresh()
        )
        self.reading_view.zoomChanged.connect(self._zoom_changed)
        self.loader.started.connect(self._load_started)
        self.loader.parsed.connect(self._document_parsed)
        self.loader.loaded.connect(self._load_finished)
        self.loader.analysed.connect(self._analysis_finished)
        self.loader.failed.connect(self._load_failed)
        self.loader.cancelled.connect(self._load_cancelled)
        self.session.documentCleared.connect(self._document_cleared)
        self.session.documentChanged.connect(self._document_changed)
        self.session.analysisChanged.connect(self._analysis_changed)
        self.notes.openRequested.connect(self.open_path)
        self.notes.documentStored.connect(self._document_stored)
        self.library_panel.changed.connect(self._library_views_changed)
        self.live_updates.changedElsewhere.connect(self._library_changed_elsewhere)

    def _step_heading(self, step: int) -> None:
        step_heading(self.session, self.reading_view, step)

    def _step_finding(self, step: int) -> None:
        step_finding(self.session, self.reading_view, self.review_dock, self.statusBar(), step)

    # ----------------------------------------------------------------- documents
    @property
    def document(self) -> Document | None:
        """The document shown."""
        return self.session.document

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        document = self.session.document
        start = str(document.path.parent) if document and document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Report"), start, self.tr(str(FILE_FILTER)))
        if name:
            self.open_path(Path(name))

    def after_first_paint(self, callback) -> None:
        """Run ``callback`` once the reading pane has been painted (background work started earlier
        would compete with the first paint for the interpreter)."""
        viewport = self.reading_view.viewport()
        window = self

        class _FirstPaint(QObject):
            def eventFilter(self, watched, event) -> bool:
                if event.type() == QEvent.Type.Paint:
                    viewport.removeEventFilter(self)
                    QTimer.singleShot(0, callback)
                    window._first_paint_filter = None
                return False

        self._first_paint_filter = _FirstPaint(self)
        viewport.installEventFilter(self._first_paint_filter)

    @Slot(Path)
    def open_path(self, path: Path, document: Document | None = None) -> None:
        """Open ``path`` in the background; the window stays responsive.

        ``document`` is ``path`` already parsed and shown (at start): it is then only stored and analysed.
        """
        self.loader.load(Path(path), document=document)

    def open_path_now(self, path: Path, *, quiet: bool = False) -> bool:
        """Open ``path`` synchronously (screenshots, tests); returns False and says why on failure
        (in a dialog, or on stderr when ``quiet``)."""
        from piyue.core.errors import ReaderError

        try:
            report = self.loader.load_now(Path(path))
        except ReaderError as err:
            if quiet:
                import sys

                print(f"piyue: {err}", file=sys.stderr)
            else:
                from piyue.ui.reader_messages import reader_message

                self._load_failed(Path(path), reader_message(err))
            return False
        self._document_parsed(Path(path), report.document)
        self._analysis_finished(Path(path), report.analysis)
        self._load_finished(Path(path), report.document, report.stored)
        return True

    def show_document(self, document: Document) -> None:
        """Show ``document`` in the outline, the reading pane and the panels; its figures, findings and notes
        follow. Everything that belonged to the previous document (its analysis, notes, find hits) is
        cleared first (by the session)."""
        previous = self.session.document
        if previous is None or document.path != previous.path:
            self.metrics_panel.reset_filters()  # another report: its figures start unfiltered
        self.session.show(document)

    @Slot()
    def _document_cleared(self) -> None:
        """The previous document's state is gone: so are its key terms in the library view."""
        self.library_panel.show_keywords([], [])

    @Slot(Document)
    def _document_changed(self, document: Document) -> None:
        """The session's document changed: lay it out in the outline, the reading pane and the panels."""
        self.outline_model.set_document(with_topic_sentences(document) if self._state.topic_sentences else document)
        self.outline_view.expandToDepth(2 if document.section_count < 60 else 1)
        self._fit_outline_counts()
        self.reading_view.show_document(document, self.session.metrics)
        self._show_analysis_in_panels()
        name = document.path.name if document.path else document.title
        self.setWindowTitle(f"{document.title or name} — {APP_NAME_ZH} {APP_NAME}")
        self.setWindowFilePath(str(document.path) if document.path else "")
        self.counts_label.setToolTip(f"{document.path or ''}\n{document.format} · {document.encoding}")
        self.page_label.setVisible(bool(document.page_map))
        self._show_page(self.reading_view.top_offset())
        self.documentShown.emit(document)

    @Slot(int)
    def _show_page(self, offset: int) -> None:
        """Show the printed page of ``offset`` (a report read from a PDF) in the status bar."""
        document = self.session.document
        page = document.page_at(offset) if document is not None else None
        if page is not None:
            last = document.page_map[-1][1] if document is not None else page
            self.page_label.setText(self.tr("Page {page} of {pages}").format(page=page, pages=last))

    def apply_analysis(self, metrics: Sequence[Metric], findings: Sequence[Finding]) -> None:
        """Add the figures and findings of the document shown."""
        self.session.set_analysis(metrics, findings)

    @Slot(Analysis)
    def _analysis_changed(self, _analysis: Analysis) -> None:
        self.reading_view.set_metrics(self.session.metrics)
        self._show_analysis_in_panels()
        self.analysisShown.emit()

    def _show_analysis_in_panels(self) -> None:
        document = self.session.document
        if document is None:
            return
        metrics, findings = self.session.metrics, self.session.findings
        self.outline_model.set_metric_offsets([m.start for m in metrics])
        self.outline_model.set_findings(findings)  # (the count columns are fitted on the model's layoutChanged)
        self.review_panel.set_findings(findings, document.text, document)
        self.metrics_panel.set_metrics(metrics)
        if self._charts is not None:
            self._charts.set_data(document, metrics, self.session.notes.notes)
        self.counts_label.setText(
            self.tr("{chars} characters · {sections} sections · {figures} figures").format(
                chars=f"{len(document.text):,}", sections=document.section_count, figures=len(metrics)
            )
        )

    @Slot(Path)
    def _load_started(self, path: Path) -> None:
        self.progress.show()
        self.cancel_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=path.name))

    def _load_done(self) -> None:
        self.progress.hide()
        self.cancel_action.setEnabled(False)
        self.statusBar().clearMessage()

    @Slot(Path, Document)
    def _document_parsed(self, path: Path, document: Document) -> None:
        """The text is ready: show it now; figures, findings and notes follow."""
        current = self.session.document
        if document is current:  # (already shown when it was parsed at start)
            return
        same = current is not None and current.path is not None and current.path == path
        keep = self.reading_view.top_offset() if same else None
        self.show_document(document)
        if keep is not None:
            self.reading_view.scroll_to_offset(keep, flash=False)
        self.statusBar().showMessage(self.tr("Opened {name}; finding figures…").format(name=path.name))

    @Slot(Path, Document, Stored)
    def _load_finished(self, path: Path, document: Document, stored: Stored) -> None:
        """The document is stored (after its figures were shown): show its notes; the load is done."""
        self._load_done()
        if document is not self.session.document:
            return
        self.notes.document_shown(stored)
        if stored.document_id is not None:
            self._document_stored(document, stored.document_id)
        if path.resolve() != self._sample.resolve():
            self._state.add_recent(path)
        self._state.last_file = path.resolve()
        self.documentOpened.emit(document)

    @Slot(Document, int)
    def _document_stored(self, document: Document, document_id: int) -> None:
        """``document`` is in the library: find its keywords, list it."""
        self.search.keywords(document, document_id)
        if self.library_dock.isVisible():
            self.library_panel.refresh()
        self._library_views_changed()

    @Slot()
    def _library_views_changed(self) -> None:
        """Reports were stored, imported or removed: Compare and All Notes, where shown, list the library afresh
        (hidden, they do when next shown)."""
        if self._compare is not None and self.compare_dock.isVisible():
            self._compare.refresh()
        if self._notes_across is not None and self.notes_across_dock.isVisible():
            self._notes_across.refresh()

    @Slot()
    def _library_changed_elsewhere(self) -> None:
        """Another process changed the library: refresh the library view and the search results shown."""
        if self.library_dock.isVisible():
            self.library_panel.refresh()
        query = self.search_panel.edit.text()
        if self.search_dock.isVisible() and query.strip():
            self.search.search(query)

    @Slot(Path, Analysis)
    def _analysis_finished(self, path: Path, analysis: Analysis) -> None:
        """Figures and findings are ready: mark them in the text, the outline and the panels."""
        if self.session.document is None or self.session.document.path != path:
            return
        self.apply_analysis(analysis.metrics, analysis.findings)
        problems = "; ".join(problem_text(p) for p in analysis.problems)
        message = problems or self.tr("Opened {name}").format(name=path.name)
        self.statusBar().showMessage(message, 8000 if analysis.problems else 3000)

    @Slot(Path, str)
    def _load_failed(self, path: Path, message: str) -> None:
        self._load_done()
        self._state.remove_recent(path)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Cannot open the report"), message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("openErrorDialog")
        box.setInformativeText(
            self.tr("Piyue reads Markdown (.md), plain text (.txt), Word (.docx) and PDF (.pdf) reports.")
        )
        box.open()

    @Slot()
    def _load_cancelled(self) -> None:
        self._load_done()
        self.statusBar().showMessage(self.tr("Opening cancelled"), 3000)

    # ----------------------------------------------------------------- outline ⇄ text
    @Slot(QModelIndex, QModelIndex)
    def _outline_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing_outline and current.isValid():
            self._outline_activated(current)

    @Slot(QModelIndex)
    def _outline_activated(self, index: QModelIndex) -> None:
        section = self.outline_model.section(index)
        if section is not None:
            self.reading_view.scroll_to_offset(section.start)

    @Slot(int)
    def _sync_outline_to(self, offset: int) -> None:
        index = self.outline_model.index_for_offset(offset)
        selection = self.outline_view.selectionModel()
        if index == selection.currentIndex():
            return
        self._syncing_outline = True
        try:
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.outline_view.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing_outline = False

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts page."""
        from piyue.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions(), self).exec()

    # ----------------------------------------------------------------- library and search
    def open_search(self) -> None:
        """Show the search panel with the cursor in its query field (Ctrl+Shift+F)."""
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_query()
        self.search.start()

    def open_library_view(self) -> None:
        """Show the library view, listed afresh (once: becoming visible lists it already)."""
        shown = self.library_dock.isVisible()
        self.library_dock.show()
        self.library_dock.raise_()
        if shown or not self._shown_once:
            self.library_panel.refresh()

    @Slot(str)
    def _search_query(self, query: str) -> None:
        if not query.strip():
            self.search_panel.show_results("", [])
            return
        self.search_panel.show_message(
            self.tr("Searching…") if self.search.segmenter_ready else self.tr("Loading the word list, then searching…")
        )
        self.search.search(query)

    @Slot(int)
    def open_stored(self, document_id: int, select: tuple[int, int] | None = None) -> None:
        """Show a report from the library (its latest version), optionally selecting a span of it."""
        library = self.session.library
        if library is None:
            return
        if self.session.document is None or self.session.notes.document_id != document_id:
            try:
                from piyue.services.library import load_document

                document = load_document(library, document_id)
            except Exception as err:
                self.statusBar().showMessage(self.tr("Cannot open it: {err}").format(err=err), 8000)
                return
            self.show_document(document)
            self.open_path(document.path or Path(document.title), document=document)
        if select is not None:
            self.reading_view.select_span(*select)

    @Slot(SearchHit)
    def open_hit(self, hit: SearchHit) -> None:
        """Go to a search hit: the passage in its report, or the note's passage."""
        if hit.kind == "note":
            self.open_stored(hit.document_id, hit.anchor)
            self.notes_dock.show()
            self.notes_dock.raise_()
            if hit.note_id:
                self.notes_panel.select_note(hit.note_id)
        else:
            self.open_stored(hit.document_id, (hit.start, hit.end))
            document = self.session.document
            if document is not None and self.reading_view.selected_span() == (hit.start, hit.end):
                self.finder.show_term(document.text[hit.start : hit.end], hit.start)

    @Slot(Document, KeywordsResult)
    def _keywords_ready(self, document: Document, result: KeywordsResult) -> None:
        if document is not self.session.document:
            return
        self.outline_model.set_keywords(result.sections)
        self.library_panel.show_keywords(result.report, result.related)

    @Slot(int, int)
    def _jump_to_finding(self, start: int, end: int) -> None:
        """Go to a finding: select it when it is a phrase, mark its first block when it is a whole section."""
        if end - start <= 80:
            self.reading_view.select_span(start, end)
        else:
            self.reading_view.scroll_to_offset(start)

    @Slot()
    def _notes_changed_for_charts(self) -> None:
        if self._charts is not None and self.session.document is not None:
            self._charts.set_notes(self.session.document, self.session.notes.notes)

    @Slot(bool)
    def _charts_visibility(self, visible: bool) -> None:
        """Build the charts panel (and import pyqtgraph) the first time it is shown."""
        if not visible or self._charts is not None:
            return
        from piyue.ui.charts.panel import ChartsPanel

        self._charts = ChartsPanel(self)
        self._charts.jumpRequested.connect(self.reading_view.select_span)
        self.charts_dock.setWidget(self._charts)
        self.resizeDocks([self.charts_dock], [max(280, self.height() // 3)], Qt.Orientation.Vertical)
        self._charts.set_data(self.session.document, self.session.metrics, self.session.notes.notes)
        self.session.notesChanged.connect(self._notes_changed_for_charts)

    def open_compare_view(self) -> None:
        """Show the Compare view (reports side by side) and list the library in it (once: the first showing
        builds the view, which lists it)."""
        built = self._compare is not None
        self.compare_dock.show()
        self.compare_dock.raise_()
        if built and self._compare is not None:
            self._compare.refresh()

    @Slot(bool)
    def _compare_visibility(self, visible: bool) -> None:
        """Build the Compare view the first time it is shown; later showings list the library afresh."""
        if visible and self._compare is not None:
            self._compare.refresh()
        if not visible or self._compare is not None:
            return
        from piyue.ui.compare_view import CompareView

        self._compare = CompareView(lambda: self.session.library, self)
        self._compare.openRequested.connect(lambda doc, start, end: self.open_stored(doc, (start, end)))
        self.session.libraryOpened.connect(self._compare.refresh)  # shown at start, before the library opened
        self.compare_dock.setWidget(self._compare)
        self.resizeDocks([self.compare_dock], [max(360, self.height() // 2)], Qt.Orientation.Vertical)
        self._compare.refresh()

    def open_terms_view(self) -> None:
        """Show the Terms view (a word's uses across the library) with the cursor in its field."""
        self.terms_dock.show()
        self.terms_dock.raise_()
        if self._terms is not None:
            self._terms.edit.setFocus()

    @Slot(bool)
    def _terms_visibility(self, visible: bool) -> None:
        """Build the Terms view the first time it is shown."""
        if not visible or self._terms is not None:
            return
        from piyue.ui.terms_view import TermsView

        self._terms = TermsView(lambda: self.session.library, self.search, self)
        self._terms.openRequested.connect(lambda doc, start, end: self.open_stored(doc, (start, end)))
        self.terms_dock.setWidget(self._terms)
        self.resizeDocks([self.terms_dock], [max(320, self.height() // 2)], Qt.Orientation.Vertical)
        self._terms.edit.setFocus()

    def open_notes_across_view(self) -> None:
        """Show every note of the library (re-read each time it is asked for; once: the first showing builds the
        view, which reads them)."""
        built = self._notes_across is not None
        self.notes_across_dock.show()
        self.notes_across_dock.raise_()
        if built and self._notes_across is not None:
            self._notes_across.refresh()

    @Slot(bool)
    def _notes_across_visibility(self, visible: bool) -> None:
        """Build the notes-across-reports view the first time it is shown; later showings read the notes afresh."""
        if visible and self._notes_across is not None:
            self._notes_across.refresh()
        if not visible or self._notes_across is not None:
            return
        from piyue.ui.notes_across_view import NotesAcrossView

        self._notes_across = NotesAcrossView(lambda: self.session.library, self)
        self._notes_across.openRequested.connect(lambda doc, start, end: self.open_stored(doc, (start, end)))
        self.session.libraryOpened.connect(self._notes_across.refresh)  # shown at start, before the library opened
        self.notes_across_dock.setWidget(self._notes_across)
        self.resizeDocks([self.notes_across_dock], [max(300, self.height() // 3)], Qt.Orientation.Vertical)
        self._notes_across.refresh()

    @property
    def notes_across(self):
        """The notes-across-reports view, once built."""
        return self._notes_across

    @property
    def terms(self):
        """The Terms view, once built."""
        return self._terms

    @property
    def compare(self):
        """The Compare view, once built."""
        return self._compare

    @property
    def findings(self) -> list:
        """The review findings of the document shown."""
        return self.session.findings

    @property
    def charts(self):
        """The charts panel, once built."""
        return self._charts

    def _focus_outline(self) -> None:
        self.outline_dock.show()
        self.outline_view.setFocus()

    def _toggle_topic_sentences(self, checked: bool) -> None:
        self._state.topic_sentences = checked
        document = self.session.document
        if document is not None and document.path is not None:
            self.open_path(document.path)

    # ----------------------------------------------------------------- misc
    @Slot(int)
    def _zoom_changed(self, step: int) -> None:
        self._state.zoom = step
        self.statusBar().showMessage(self.tr("Zoom {percent}%").format(percent=round(100 * 1.1**step)), 1500)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._state.recent_files
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Menu"), self._state.clear_recent)

    # ----------------------------------------------------------------- preferences
    def apply_preferences(self, preferences: Preferences) -> None:
        """Put ``preferences`` into effect (theme, reading font, highlighted kinds)."""
        self._preferences = preferences
        apply_theme(preferences.theme)
        kinds = None if len(preferences.highlighted_kinds) == len(KINDS) else set(preferences.highlighted_kinds)
        self.reading_view.set_reading_style(preferences.reading_font_family, preferences.reading_font_size, kinds)
        self.backups.set_interval(preferences.backup_interval_minutes)
        self.session.notes.author_name = preferences.author_name

    def show_preferences(self) -> None:
        """The Preferences dialog; OK stores and applies."""
        from piyue.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._preferences, self, self.session.library_override)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            chosen = dialog.preferences()
            try:
                save_preferences(chosen)
            except OSError as err:
                QMessageBox.warning(self, self.tr("Preferences"), self.tr("Cannot save: {err}").format(err=err))
            self.apply_preferences(chosen)

    def bring_forward(self, paths: list[str]) -> None:
        """Another ``piyue`` was started: open what it was given and come to the front."""
        if paths:
            self.open_path(Path(paths[0]))
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_about(self) -> None:
        """The About box."""
        QMessageBox.about(
            self,
            self.tr("About Piyue"),
            self.tr(
                "<h3>批阅 Piyue {version}</h3>"
                "<p>Read, review and annotate long structured Chinese documents — "
                "government work reports first.</p>"
                "<p>Everything stays on this computer.</p>"
            ).format(version=__version__),
        )

    def restore_layout(self) -> None:
        """Restore geometry and dock layout saved by the last run."""
        if (geometry := self._state.geometry) is not None:
            self.restoreGeometry(geometry)
        if (state := self._state.window_state) is not None:
            self.restoreState(state)

    def showEvent(self, event) -> None:
        """After the first show, docks the user brings forward start their work (see ``_connect``)."""
        super().showEvent(event)
        if not self._shown_once:
            QTimer.singleShot(0, lambda: setattr(self, "_shown_once", True))

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Cancel what can be cancelled and wait (up to ``msecs`` in all) for every background task —
        loading, import, export, search, comparison — so that the library can be closed; whether all finished.

        An export that has begun writing its file is finished, never cut short. Afterwards the window's
        task runners take no new work.
        """
        from piyue.ui.workers import shutdown_all

        self.loader.cancel()
        self.exporter.cancel()
        return shutdown_all(self, msecs)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the layout on the way out."""
        self._state.geometry = self.saveGeometry()
        self._state.window_state = self.saveState()
        self._state.sync()
        self.loader.cancel()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept report files dropped on the window."""
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in SUPPORTED_SUFFIXES for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the first dropped file."""
        urls = event.mimeData().urls()
        if urls:
            self.open_path(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
