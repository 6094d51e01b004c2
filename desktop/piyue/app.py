"""Composition root of the desktop app: Qt application, settings, services, main window.

Only Qt and the core are imported on the way to the first paint; pyqtgraph,
SQLAlchemy and jieba are imported by the features that use them, later.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from piyue import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__

if TYPE_CHECKING:
    from piyue.services.ports import LibraryPort

DESKTOP_FILE_NAME = "app.piyue.Piyue"


def _parse_size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise SystemExit(f"piyue: --size must look like 1400x900, not {value!r}") from None
    return max(320, width), max(240, height)


#: Qt warnings that say nothing to a user (the offscreen platform cannot resize to size hints).
_NOISE = ("does not support propagateSizeHints",)


def _quiet_qt_noise() -> None:
    """Drop Qt's known harmless warnings from stderr (they would mix with ``--trace`` lines)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, _context, message: str) -> None:
        if kind == QtMsgType.QtWarningMsg and any(noise in message for noise in _NOISE):
            return
        print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def create_application(argv: list[str] | None = None):
    """The QApplication with names, icon and the UI font set (created once)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from piyue.ui.fonts import ui_font

    app = cast(QApplication | None, QApplication.instance())
    if app is None:
        _quiet_qt_noise()
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("批阅 Piyue")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setFont(ui_font(app.font()))
    from PySide6.QtGui import QIcon

    from piyue.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "piyue.svg"))))
    return app


def open_library(db: str | None) -> tuple[LibraryPort | None, str]:
    """The notes database (``--db``, ``PIYUE_DB`` or the data folder), or ``(None, reason)``.

    Imports SQLAlchemy, so call it once the window is up (see :mod:`piyue.services.library`).
    """
    from piyue.services.library import open_library_or_reason

    return open_library_or_reason(db)


def restore_newest_backup(db: str | None) -> tuple[LibraryPort | None, str]:
    """After a damaged database was moved aside: put the newest good backup in its place and open it."""
    from piyue.services.library import restore_newest_backup as restore

    return restore(db)


def build_window(
    state=None,
    preferences=None,
    library=None,
    library_error: str = "",
    library_opener=None,
    library_restorer=None,
    library_override: str = "",
):
    """The main window with its services built and injected and the preferences applied (no document
    opened yet). The library is ``library``, or the one ``library_opener`` opens on first use (off the
    first paint's path); ``library_restorer`` puts the newest backup in place of a damaged one;
    ``library_override`` is the library named by ``--db`` or ``PIYUE_DB`` (shown in Preferences)."""
    from piyue.paths import sample_report
    from piyue.preferences import load_preferences
    from piyue.ui.composition import build_services
    from piyue.ui.main_window import MainWindow
    from piyue.ui.settings import UiState

    services = build_services(
        library, opener=library_opener, restorer=library_restorer, library_override=library_override
    )
    window = MainWindow(state or UiState(), sample_report(), services, library_error)
    window.apply_preferences(preferences or load_preferences())
    return window


def initial_document(requested: str | None, state, sample: Path) -> Path:
    """FILE if given, else the last document (per the UI ``state``) if it still exists, else ``sample``."""
    if requested:
        return Path(requested)
    last = state.last_file
    if last is not None and last.is_file():
        return last
    return sample


def _preferences_for(options: argparse.Namespace):
    """The stored preferences, with this run's command-line overrides."""
    from dataclasses import replace

    from piyue.preferences import load_preferences

    preferences = load_preferences()
    if getattr(options, "theme", None):
        preferences = replace(preferences, theme=options.theme)
    if getattr(options, "lang", None):
        preferences = replace(preferences, language=options.lang)
    return preferences


FIRST_PAINT_LIMIT = 512 * 1024  # bytes: smaller reports are shown in the very first paint


def _check_readable(path: Path) -> None:
    """Raise :class:`ReaderError` (one line, exit 2) when ``path`` is no readable report file."""
    from piyue.core.errors import ReaderError

    if not path.exists():
        raise ReaderError(f"{path}: no such file")
    if not path.is_file():
        raise ReaderError(f"{path}: not a file")
    try:
        with path.open("rb"):
            pass
    except OSError as err:
        raise ReaderError(f"{path}: {err.strerror or err}") from None


def _show_small_document_now(window, path: Path, *, strict: bool = False):
    """Parse and show a small first document before the window appears (the first paint has the text);
    storing and analysis still run in the background. Returns the document, or None to load it later.

    With ``strict`` a document that cannot be read raises :class:`ReaderError` instead of waiting
    for the background load to report it in a dialog."""
    from piyue.core.errors import ReaderError
    from piyue.core.readers import read_document

    try:
        if not path.is_file() or path.stat().st_size > FIRST_PAINT_LIMIT:
            return None
        document = read_document(path)
    except ReaderError:
        if strict:
            raise
        return None  # the background load reports the problem in a dialog
    except OSError:
        return None
    window.show_document(document)
    return document


_open_error_boxes: list = []


def install_error_dialog() -> None:
    """A bug in a slot shows a short dialog (and goes to the error log) instead of a bare traceback."""
    from piyue.crash_log import write_crash_log

    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        log = write_crash_log((kind, value, tb))
        from PySide6.QtWidgets import QApplication, QMessageBox

        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Piyue",
            QApplication.translate("app", "Something went wrong: {error}").format(error=f"{kind.__name__}: {value}"),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("errorDialog")
        _open_error_boxes.append(box)  # a parentless box would be collected at once
        box.finished.connect(lambda _result, b=box: _open_error_boxes.remove(b))
        box.setInformativeText(
            QApplication.translate("app", "Your notes are stored; nothing was lost. Details: {log}").format(log=log)
        )
        box.open()

    sys.excepthook = hook


def start_gui(options: argparse.Namespace):
    """Create the application and the window with its first document; returns ``(app, window)``,
    or ``(None, None)`` when another running Piyue took the file."""
    app = create_application()
    install_error_dialog()
    preferences = _preferences_for(options)
    from piyue.ui.translations import install_translations

    install_translations(app, preferences.language)
    from piyue.ui.instance_channel import openable
    from piyue.ui.single_instance import InstanceServer, send_to_running

    tracing = getattr(options, "trace", False) or getattr(options, "quit_when_ready", False)
    if tracing and options.file:
        _check_readable(Path(options.file))
    paths = [str(Path(options.file).resolve())] if options.file else []
    handover = not options.new_instance and not tracing and all(openable(p) for p in paths)  # else: this window
    if handover and send_to_running(paths):
        print("piyue: handed over to the Piyue window already open", file=sys.stderr)
        return None, None
    from piyue.paths import sample_report
    from piyue.ui.settings import UiState

    state = UiState()
    # The database (and SQLAlchemy) is opened by the loader's worker, off the first paint's path.
    window = build_window(
        state,
        preferences=preferences,
        library_opener=lambda: open_library(options.db),
        library_restorer=lambda: restore_newest_backup(options.db),
        library_override=(options.db or os.environ.get("PIYUE_DB") or "").strip(),
    )
    if tracing:  # a traced start is this process's own: it neither takes files from nor gives them to others
        from piyue.ui.startup_trace import StartupTrace

        StartupTrace(window, quit_when_ready=options.quit_when_ready, echo=options.trace)
    else:
        server = InstanceServer(window)
        server.listen()
        server.openRequested.connect(window.bring_forward)
    window.restore_layout()
    initial = initial_document(options.file, state, sample_report())
    shown = _show_small_document_now(window, initial, strict=tracing and bool(options.file))
    window.show()
    window.reading_view.setFocus()
    # Analyse (then store) once the text is on screen: started sooner, the analysis only competes with the
    # first paint for the interpreter, and the figures are highlighted no sooner (measured).
    if shown is not None:
        window.after_first_paint(lambda: window.open_path(initial, document=shown))
    else:
        window.open_path(initial)
    return app, window


def run_gui(options: argparse.Namespace) -> int:
    """Start the GUI (or render a screenshot) per the parsed command line."""
    if options.screenshot:
        return _screenshot(options)
    app, window = start_gui(options)
    if app is None or window is None:
        return 0
    try:
        return app.exec()
    finally:
        window.shutdown(10_000)  # workers drained before the library closes
        if window.session.library is not None:
            window.session.library.close()


def _settle(app, msecs: int) -> None:
    """Run the event loop for ``msecs`` (deferred layouts and posted events are processed)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def _screenshot(options: argparse.Namespace) -> int:
    """Render the window offscreen with FILE loaded, save it as PNG, exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from piyue.ui.settings import UiState

    width, height = _parse_size(options.size)
    app = create_application()
    preferences = _preferences_for(options)
    from piyue.ui.translations import install_translations

    install_translations(app, preferences.language)
    # A screenshot must not depend on (or change) the user's saved layout.
    state = UiState(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, "Piyue-screenshot"))
    state.clear_recent()
    library, library_error = open_library(options.db)
    if library_error:
        print(f"piyue: notes not shown: {library_error}", file=sys.stderr)
    window = build_window(state, preferences, library, library_error)
    from piyue.paths import sample_report

    path = Path(options.file) if options.file else sample_report()
    window.resize(width, height)
    window.show()
    if not window.open_path_now(path, quiet=True):
        if library is not None:
            library.close()
        return 2
    docks = {"outline": window.outline_dock, "notes": window.notes_dock, "metrics": window.metrics_dock}
    docks["charts"] = window.charts_dock
    docks["review"] = window.review_dock
    for name in options.show or []:
        docks[name].show()
        docks[name].raise_()
    window.reading_view.setFocus()
    _settle(app, 300)  # let docks, tab bars and the palette finish their deferred layout
    out = Path(options.screenshot)
    saved = window.grab().save(str(out), "PNG")
    window.close()
    if library is not None:
        library.close()
    if not saved:
        print(f"piyue: cannot write {out}", file=sys.stderr)
        return 2
    print(f"piyue: screenshot saved to {out}", file=sys.stderr)
    return 0
