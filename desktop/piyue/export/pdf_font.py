"""Where the PDF font comes from: WenQuanYi Micro Hei, shipped in ``piyue.resources/fonts`` (see its README).

Its text layer extracts as the right characters (Noto CJK gives Kangxi radicals, ⼈ for 人). When a
build lacks the shipped file, the system's copy (Debian ``fonts-wqy-microhei``) is used; with neither
the export stops with a clear message instead of writing a PDF whose text cannot be copied.
"""

from __future__ import annotations

from pathlib import Path

FONT_FAMILY = "WenQuanYi Micro Hei"
FONT_FILE = "wqy-microhei.ttc"
SYSTEM_LOCATIONS = (
    Path("/usr/share/fonts/truetype/wqy") / FONT_FILE,
    Path("/usr/share/fonts/wqy-microhei") / FONT_FILE,
    Path("/usr/local/share/fonts") / FONT_FILE,
)
MISSING = (
    f"PDF export needs the font {FONT_FAMILY} (文泉驿微米黑), which is missing from this installation; "
    "reinstall Piyue or install the fonts-wqy-microhei package"
)


def bundled_font() -> Path | None:
    """The shipped font file, if this installation has it."""
    try:
        from importlib.resources import files

        candidate = files("piyue.resources").joinpath("fonts", FONT_FILE)
        path = Path(str(candidate))
    except (ModuleNotFoundError, TypeError):
        return None
    return path if path.is_file() else None


def font_file() -> Path | None:
    """The font file to embed: the shipped one, else a system copy, else None."""
    found = bundled_font()
    if found is not None:
        return found
    return next((p for p in SYSTEM_LOCATIONS if p.is_file()), None)
