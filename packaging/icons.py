#!/usr/bin/env python3
"""Render Piyue's app icon from ``resources/icons/piyue.svg`` (and ``piyue-small.svg`` for 16–32 px) with Qt.

    .venv/bin/python packaging/icons.py           # (re)generate every icon file
    .venv/bin/python packaging/icons.py --check   # exit 1 if any is missing or older than the SVGs

Writes, all committed (tests/packaging/test_icons.py runs the check):

- ``resources/icons/hicolor/NxN/apps/app.piyue.Piyue.png`` for the sizes desktops ask for, and
  ``resources/icons/hicolor/scalable/apps/app.piyue.Piyue.svg``: a freedesktop icon theme tree, shipped in the
  package and the bundle, ready to copy into ``~/.local/share/icons/hicolor`` or ``/usr/share/icons/hicolor``;
- ``packaging/windows/piyue.ico`` (16–256 px) and ``packaging/macos/piyue.icns`` (16–1024 px), both holding
  PNG images, for the PyInstaller executable and the macOS app bundle.

Each PNG carries the SHA-256 of the SVGs it was drawn from in a ``Source`` text chunk; ``--check`` compares
it with the SVGs as they are now, so a changed SVG without regenerated icons fails the tests.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
import zlib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "piyue.svg"
SMALL_SVG = ICONS / "piyue-small.svg"  # fewer, heavier strokes for 16–32 px
SMALL_BELOW = 48  # sizes below this (16–32 px) are drawn from SMALL_SVG
APP_ID = "app.piyue.Piyue"
HICOLOR = ICONS / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = PACKAGING / "windows" / "piyue.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS = PACKAGING / "macos" / "piyue.icns"
# icns element types holding PNG data, with their pixel size (the @2x types are the larger bitmap).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)
SOURCE_KEY = "Source"


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def scalable_path() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def source_digest() -> str:
    """What every generated PNG records: the SHA-256 of both SVGs."""
    digest = hashlib.sha256()
    for svg in (SVG, SMALL_SVG):
        digest.update(svg.read_bytes())
    return f"sha256:{digest.hexdigest()}"


def ensure_app():
    """A QGuiApplication (offscreen when there is no display) for QSvgRenderer; reuses an existing one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0]])
    return app


def render(size: int):
    """The icon as a size × size QImage (ARGB32, transparent background), tagged with its source digest."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SMALL_SVG if size < SMALL_BELOW else SVG))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    image.setText(SOURCE_KEY, source_digest())
    return image


def png_bytes(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render(size).save(buffer, "PNG"):
        raise SystemExit(f"icons: cannot encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (Windows Vista and later read them at every size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    directory, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNG images."""
    elements = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def generate() -> list[Path]:
    """Write every icon file; returns the paths written."""
    ensure_app()
    needed = set(SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = {size: png_bytes(size) for size in sorted(needed)}
    written = []
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    scalable_path().parent.mkdir(parents=True, exist_ok=True)
    scalable_path().write_bytes(SVG.read_bytes())
    written.append(scalable_path())
    for path, data in ((ICO, ico_bytes({s: pngs[s] for s in ICO_SIZES})), (ICNS, icns_bytes(pngs))):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


def png_source(data: bytes) -> str | None:
    """The ``Source`` text chunk of a PNG (Qt writes long values as zTXt), read without Qt."""
    position = 8
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind in (b"tEXt", b"zTXt"):
            key, _, value = body.partition(b"\0")
            if key.decode("latin-1") == SOURCE_KEY:
                return (zlib.decompress(value[1:]) if kind == b"zTXt" else value).decode("latin-1")
        if kind == b"IEND":
            break
        position += 12 + length
    return None


def png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def icns_elements(data: bytes) -> dict[bytes, bytes]:
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an icns file")
    elements, position = {}, 8
    while position < len(data):
        kind, length = struct.unpack(">4sI", data[position : position + 8])
        elements[kind] = data[position + 8 : position + length]
        position += length
    return elements


def ico_images(data: bytes) -> list[bytes]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if (reserved, kind) != (0, 1):
        raise ValueError("not an ico file")
    images = []
    for index in range(count):
        entry = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        size, offset = entry[6], entry[7]
        images.append(data[offset : offset + size])
    return images


def problems() -> list[str]:
    """What is missing or stale, as readable lines (empty when every icon file is current)."""
    expected = source_digest()
    found: list[str] = []

    def check_png(label: str, data: bytes, size: int) -> None:
        try:
            dimensions = png_size(data)
        except ValueError:
            found.append(f"{label}: not a PNG")
            return
        if dimensions != (size, size):
            found.append(f"{label}: {dimensions[0]}x{dimensions[1]}, expected {size}x{size}")
        if png_source(data) != expected:
            found.append(f"{label}: drawn from an older SVG")

    for size in SIZES:
        path = png_path(size)
        if not path.is_file():
            found.append(f"{path.relative_to(ROOT)}: missing")
        else:
            check_png(str(path.relative_to(ROOT)), path.read_bytes(), size)
    if not scalable_path().is_file() or scalable_path().read_bytes() != SVG.read_bytes():
        found.append(f"{scalable_path().relative_to(ROOT)}: missing or not a copy of {SVG.name}")
    if not ICO.is_file():
        found.append(f"{ICO.relative_to(ROOT)}: missing")
    else:
        images = ico_images(ICO.read_bytes())
        sizes = sorted(png_size(image)[0] for image in images)
        if sizes != sorted(ICO_SIZES):
            found.append(f"{ICO.relative_to(ROOT)}: sizes {sizes}, expected {sorted(ICO_SIZES)}")
        for image in images:
            check_png(f"{ICO.relative_to(ROOT)} [{png_size(image)[0]}]", image, png_size(image)[0])
    if not ICNS.is_file():
        found.append(f"{ICNS.relative_to(ROOT)}: missing")
    else:
        elements = icns_elements(ICNS.read_bytes())
        for kind, size in ICNS_TYPES:
            if kind not in elements:
                found.append(f"{ICNS.relative_to(ROOT)}: no {kind.decode()} element")
            else:
                check_png(f"{ICNS.relative_to(ROOT)} [{kind.decode()}]", elements[kind], size)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the icon files are current")
    options = parser.parse_args(argv)
    if options.check:
        found = problems()
        for line in found:
            print(f"icons: {line}", file=sys.stderr)
        if found:
            print("icons: run packaging/icons.py to regenerate them", file=sys.stderr)
        return 1 if found else 0
    for path in generate():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
