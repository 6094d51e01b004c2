"""Font choice: name a Chinese family explicitly.

With only Noto CJK installed Qt otherwise picks its Japanese face, which draws
some characters with Japanese glyph shapes. We name a Simplified Chinese family
first in a fallback list, with a Latin family before it for figures and letters.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

SANS_CJK = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
)
SERIF_CJK = ("Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "AR PL UMing CN")
LATIN_SANS = ("Segoe UI", "Helvetica Neue", "Inter", "Noto Sans", "DejaVu Sans")


def available(candidates: tuple[str, ...]) -> list[str]:
    """The candidates installed on this machine, in order of preference."""
    installed = set(QFontDatabase.families())
    return [name for name in candidates if name in installed]


def cjk_families(serif: bool = False) -> list[str]:
    """Font families for Chinese text, best first (serif or sans)."""
    primary = available(SERIF_CJK) if serif else []
    return primary + available(SANS_CJK)


def reading_font(point_size: float, serif: bool = False) -> QFont:
    """The font of the reading pane: a Chinese face first (its Latin glyphs match its CJK ones)."""
    font = QFont()
    families = cjk_families(serif) + available(LATIN_SANS)[:1]
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font


def ui_font(base: QFont) -> QFont:
    """The application font: the platform's UI font with a Chinese family behind it."""
    font = QFont(base)
    cjk = cjk_families()
    if cjk:
        font.setFamilies([*base.families(), *cjk[:1]])
    return font
