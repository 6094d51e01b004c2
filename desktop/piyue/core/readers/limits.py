"""Bounded input: only regular files are read, never past a size limit, and packages never unpack past one.

A FIFO, a device (``/dev/zero``, ``/dev/urandom``), a socket or a folder is refused at once (opening does not
block: ``O_NONBLOCK``). A file is read up to :data:`MAX_BYTES` (its size as the OS reports it is not trusted:
reading stops one byte past the limit). A ZIP package (``.docx``) is checked from its directory before any
part is inflated: at most :data:`MAX_PARTS` parts and :data:`MAX_UNPACKED` bytes in all — ``zipfile`` never
inflates a part past the size its directory declares, so the check bounds memory.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from piyue.core.errors import ReaderError

MAX_BYTES = 64 * 1024 * 1024  # no report comes near this; it protects the UI
MAX_UNPACKED = 256 * 1024 * 1024
MAX_PARTS = 5000
_CHUNK = 1 << 20


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def open_regular(path: Path) -> int:
    """A file descriptor on the regular file ``path``; anything else raises :class:`ReaderError` at once."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ReaderError(f"{path}: no such file", code="missing", source=str(path)) from None
    except IsADirectoryError:
        raise ReaderError(f"{path}: is a folder, not a document", code="folder", source=str(path)) from None
    except PermissionError:
        raise ReaderError(f"{path}: permission denied", code="permission", source=str(path)) from None
    except OSError as err:
        raise ReaderError(f"{path}: cannot read ({err.strerror or err})") from None
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode):
        os.close(fd)
        raise ReaderError(f"{path}: is a folder, not a document", code="folder", source=str(path))
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise ReaderError(f"{path}: not a regular file (a device, a pipe or a socket); only files are read")
    return fd


def read_limited(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of the regular file ``path``, refusing (one line) one that holds more than ``limit`` bytes."""
    path = Path(path)
    limit = MAX_BYTES if limit is None else limit
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise ReaderError(f"{path}: too large ({_megabytes(size)}); the limit is {_megabytes(limit)}")
        parts: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            if total > limit:
                raise ReaderError(f"{path}: too large (more than {_megabytes(limit)}); the limit is that")
    except OSError as err:
        raise ReaderError(f"{path}: cannot read ({err.strerror or err})") from None
    finally:
        os.close(fd)
    return b"".join(parts)


def check_package(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse a ZIP package with too many parts, or whose parts unpack to more than :data:`MAX_UNPACKED`."""
    entries = archive.infolist()
    if len(entries) > MAX_PARTS:
        raise ReaderError(f"{source}: too many parts in the package ({len(entries)}); the limit is {MAX_PARTS}")
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED:
        raise ReaderError(
            f"{source}: too large when unpacked ({_megabytes(unpacked)}); the limit is {_megabytes(MAX_UNPACKED)}"
        )
