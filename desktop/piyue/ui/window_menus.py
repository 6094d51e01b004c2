"""The main window's menu bar and toolbar (the actions themselves are made by the window and its controllers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenuBar, QStyle

from piyue.ui.labels import plain_label

if TYPE_CHECKING:
    from piyue.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """The menu bar: File, Edit, View, Go, Help."""
    menu_bar = window.menuBar()
    _file_menu(window, menu_bar)

    edit_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.notes.undo_action)
    edit_menu.addAction(window.notes.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.notes.cite_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.notes.add_action)
    edit_menu.addAction(window.notes.section_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addAction(window.find_next_action)
    edit_menu.addAction(window.find_previous_action)
    edit_menu.addAction(window.search_action)

    view_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(window.zoom_in_action)
    view_menu.addAction(window.zoom_out_action)
    view_menu.addAction(window.zoom_reset_action)
    view_menu.addSeparator()
    view_menu.addAction(window.highlight_action)
    view_menu.addAction(window.topic_action)
    view_menu.addAction(window.furniture_action)
    go_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go_menu.addAction(window.next_heading_action)
    go_menu.addAction(window.previous_heading_action)
    go_menu.addSeparator()
    go_menu.addAction(window.next_finding_action)
    go_menu.addAction(window.previous_finding_action)
    go_menu.addSeparator()
    go_menu.addAction(window.notes.next_note_action)
    go_menu.addAction(window.notes.previous_note_action)
    view_menu.addSeparator()
    view_menu.addAction(window.focus_outline_action)
    view_menu.addAction(window.focus_text_action)
    view_menu.addAction(window.library_action)
    view_menu.addAction(window.compare_action)
    view_menu.addAction(window.terms_action)
    view_menu.addAction(window.notes_across_action)
    view_menu.addSeparator()
    for dock in (window.outline_dock, window.notes_dock, window.metrics_dock, window.review_dock, window.charts_dock):
        view_menu.addAction(dock.toggleViewAction())

    _help_menu(window, menu_bar)
    window._fill_recent_menu()


def _file_menu(window: MainWindow, menu_bar: QMenuBar) -> None:
    file_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.open_action)
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addAction(window.open_sample_action)
    file_menu.addAction(window.notes.new_version_action)
    file_menu.addSeparator()
    file_menu.addAction(window.exporter.export_action)
    file_menu.addAction(window.import_action)
    file_menu.addSeparator()
    file_menu.addAction(window.cancel_action)
    file_menu.addSeparator()
    file_menu.addAction(window.preferences_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)


def _help_menu(window: MainWindow, menu_bar: QMenuBar) -> None:
    help_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.shortcuts_action)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
    help_menu.addAction(window.about_qt_action)


def build_toolbar(window: MainWindow) -> None:
    """The main toolbar: open, add note, undo, redo, find."""
    bar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    bar.setObjectName("mainToolBar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    style = window.style()
    icons = (
        (window.open_action, QStyle.StandardPixmap.SP_DialogOpenButton),
        (window.notes.add_action, QStyle.StandardPixmap.SP_FileDialogDetailedView),
        (window.notes.undo_action, QStyle.StandardPixmap.SP_ArrowBack),
        (window.notes.redo_action, QStyle.StandardPixmap.SP_ArrowForward),
        (window.find_action, QStyle.StandardPixmap.SP_FileDialogContentsView),
    )
    for action, pixmap in icons:
        if action.icon().isNull():
            action.setIcon(style.standardIcon(pixmap))
        action.setIconText(plain_label(action.text()))  # "打开", not Qt's "打开(O)" from "打开(&O)"
        bar.addAction(action)
        if action is window.open_action or action is window.notes.redo_action:
            bar.addSeparator()
