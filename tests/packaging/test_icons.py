"""The app icon files made by packaging/icons.py: every size desktops ask for, square, current with the SVGs."""

from __future__ import annotations

import pytest
from packaging_support import APP_ID, load_script

from piyue.paths import resource_path

icons = load_script("icons")


def test_sizes_desktops_expect() -> None:
    assert set(icons.SIZES) == {16, 22, 24, 32, 48, 64, 128, 256, 512}


@pytest.mark.parametrize("size", icons.SIZES)
def test_png_present_square_and_current(size: int) -> None:
    path = icons.png_path(size)
    assert path.is_file(), f"{path} missing: run packaging/icons.py"
    data = path.read_bytes()
    assert icons.png_size(data) == (size, size)
    assert icons.png_source(data) == icons.source_digest(), f"{path} is older than the SVGs: run packaging/icons.py"


def test_every_icon_file_is_current() -> None:
    """The check `packaging/icons.py --check` runs: hicolor PNGs, scalable SVG, .ico and .icns."""
    assert icons.problems() == []


def test_scalable_icon_is_the_app_svg() -> None:
    assert icons.scalable_path().read_bytes() == icons.SVG.read_bytes()
    assert icons.scalable_path().name == f"{APP_ID}.svg"


def test_icons_ship_inside_the_package() -> None:
    """The hicolor tree is under resources/, so the wheel and the bundle carry it (piyue.resources)."""
    for size in icons.SIZES:
        assert resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png").is_file()
    assert resource_path("icons", "piyue.svg").is_file()


@pytest.mark.parametrize("size", [16, 32, 48, 256])
def test_committed_png_looks_like_a_fresh_rendering(qapp, size: int) -> None:
    """What Qt draws from the SVG now matches the committed PNG (small antialiasing differences allowed)."""
    from PySide6.QtGui import QImage

    fresh = icons.render(size)
    committed = QImage(str(icons.png_path(size))).convertToFormat(fresh.format())
    assert (committed.width(), committed.height()) == (size, size)
    total = 0
    for y in range(size):
        for x in range(size):
            a, b = fresh.pixelColor(x, y), committed.pixelColor(x, y)
            total += sum(abs(p - q) for p, q in zip(a.getRgb(), b.getRgb(), strict=True))
    assert total / (size * size * 4) < 4  # mean difference per channel, out of 255


def test_icon_is_opaque_in_the_middle_and_transparent_in_the_corners(qapp) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(icons.png_path(256)))
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(128, 128).alpha() == 255


def test_windows_and_macos_icons_read_back_with_qt(qapp) -> None:
    from PySide6.QtGui import QImageReader

    ico = QImageReader(str(icons.ICO))
    assert ico.canRead() and ico.imageCount() == len(icons.ICO_SIZES)
    icns = QImageReader(str(icons.ICNS))
    assert icns.canRead() and icns.imageCount() == len(icons.ICNS_TYPES)
