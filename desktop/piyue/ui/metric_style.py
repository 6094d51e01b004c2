"""How each kind of metric is marked in the text: a tint *and* an underline style, so colour is not the only cue."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from piyue.ui.theme import is_dark

_Underline = QTextCharFormat.UnderlineStyle


@dataclass(frozen=True, slots=True)
class KindStyle:
    """The hue and underline of one metric kind."""

    hue: str  # a colour readable on both light and dark backgrounds
    underline: _Underline


KIND_STYLES: dict[str, KindStyle] = {
    "percent": KindStyle("#2f6fdb", _Underline.SingleUnderline),
    "percentage_point": KindStyle("#138a8a", _Underline.DashUnderline),
    "amount": KindStyle("#c4780a", _Underline.SingleUnderline),
    "area": KindStyle("#2e8b3e", _Underline.DotLine),
    "length": KindStyle("#7a7d12", _Underline.DashDotLine),
    "count": KindStyle("#8a4fc7", _Underline.DotLine),
    "ratio": KindStyle("#c2417f", _Underline.DashUnderline),
    "rank": KindStyle("#c23a2b", _Underline.WaveUnderline),
    "other": KindStyle("#6b7280", _Underline.DashDotDotLine),
}


def kind_label(kind: str) -> str:
    """A reader's name for a metric kind (translatable)."""
    labels = {
        "percent": QCoreApplication.translate("metrics", "Percent"),
        "percentage_point": QCoreApplication.translate("metrics", "Percentage points"),
        "amount": QCoreApplication.translate("metrics", "Amount"),
        "area": QCoreApplication.translate("metrics", "Area"),
        "length": QCoreApplication.translate("metrics", "Length"),
        "count": QCoreApplication.translate("metrics", "Count"),
        "ratio": QCoreApplication.translate("metrics", "Ratio"),
        "rank": QCoreApplication.translate("metrics", "Rank"),
        "other": QCoreApplication.translate("metrics", "Other"),
    }
    return labels.get(kind, kind)


def kind_color(kind: str) -> QColor:
    """The solid colour of ``kind``."""
    return QColor(KIND_STYLES.get(kind, KIND_STYLES["other"]).hue)


def metric_format(kind: str, palette: QPalette) -> QTextCharFormat:
    """The character format that marks a metric of ``kind`` in the reading pane."""
    style = KIND_STYLES.get(kind, KIND_STYLES["other"])
    hue = QColor(style.hue)
    tint = QColor(hue)
    if is_dark(palette):
        tint = tint.lighter(130)
        tint.setAlpha(70)
    else:
        tint.setAlpha(38)
    fmt = QTextCharFormat()
    fmt.setBackground(tint)
    fmt.setUnderlineStyle(style.underline)
    fmt.setUnderlineColor(hue.lighter(140) if is_dark(palette) else hue)
    return fmt
