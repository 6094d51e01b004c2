"""Light, dark or the system's colours for the whole application."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2a2927",
        QPalette.ColorRole.WindowText: "#e6e1da",
        QPalette.ColorRole.Base: "#1f1e1c",
        QPalette.ColorRole.AlternateBase: "#2f2d2a",
        QPalette.ColorRole.ToolTipBase: "#3a3835",
        QPalette.ColorRole.ToolTipText: "#f2ede6",
        QPalette.ColorRole.PlaceholderText: "#8f8a84",
        QPalette.ColorRole.Text: "#e6e1da",
        QPalette.ColorRole.Button: "#34322f",
        QPalette.ColorRole.ButtonText: "#e6e1da",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Highlight: "#4a78c2",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#44423e",
        QPalette.ColorRole.Dark: "#1a1918",
        QPalette.ColorRole.Light: "#4a4743",
    }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77736d"))
    return palette


def apply_theme(theme: str, app: QApplication | None = None) -> None:
    """Use the ``"light"``, ``"dark"`` or ``"system"`` colours."""
    app = app or cast(QApplication | None, QApplication.instance())
    if app is None:
        return
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)  # native platforms follow this (Qt 6.8+)
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(app.style().standardPalette())
