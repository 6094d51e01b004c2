"""One-line messages for what goes wrong with a database file: OS errors and SQLite errors by their codes."""

from __future__ import annotations

import errno
import os
from pathlib import Path

SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_AUTH, SQLITE_NOTADB = 10, 11, 13, 14, 23, 26
CORRUPT_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
MAX_DETAIL = 200
LOW_SPACE = 1 << 20  # an I/O error with less free space than this is reported as a full disk


def one_line(text: str, limit: int = MAX_DETAIL) -> str:
    """``text`` on one line (whitespace runs folded), cut at ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def primary_code(err: BaseException) -> int | None:
    """The primary SQLite result code of ``err`` (a ``sqlite3.Error``), or None when unknown."""
    code = getattr(err, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(err).lower()
    if "malformed" in text or "not a database" in text:
        return SQLITE_CORRUPT
    if "disk is full" in text:
        return SQLITE_FULL
    if "locked" in text:
        return SQLITE_BUSY
    return None


def disk_full(path: Path | str) -> str:
    """The message for a full disk."""
    return f"the disk holding {path} is full; free some space and try again (nothing already stored was lost)"


def _nearly_full(path: Path) -> bool:
    """True when the file system holding ``path`` has less than :data:`LOW_SPACE` bytes free."""
    folder = path if path.is_dir() else path.parent
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return info.f_bavail * info.f_frsize < LOW_SPACE


def describe_os_error(err: OSError, path: Path | str) -> str:
    """A one-line message for an OS error on ``path``."""
    number = err.errno
    if number in FULL_ERRNOS:
        return disk_full(path)
    if number in (errno.EACCES, errno.EPERM):
        return f"permission denied: this user may not read or write {err.filename or path}; it was left as it is"
    if number == errno.EROFS:
        return f"{path} is on a read-only file system"
    if number == errno.EISDIR:
        return f"{path} is a folder, not a file"
    if number == errno.ENAMETOOLONG:
        return f"the name {path} is too long for the file system"
    return f"{err.filename or path}: {err.strerror or one_line(str(err))}"


def describe_sqlite_error(err: BaseException, path: Path | str | None) -> str:
    """A one-line message for a SQLite error (not corruption) on the database ``path``."""
    code = primary_code(err)
    where = f"the database {path}" if path else "the database"
    if code == SQLITE_FULL:
        return disk_full(path or "the database")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return f"{where} is locked by another program; close it and try again"
    if code == SQLITE_READONLY:
        return f"{where} is read-only for this user (or its folder is); nothing was changed"
    if code in (SQLITE_PERM, SQLITE_AUTH):
        return f"permission denied: this user may not use {where}"
    if code == SQLITE_CANTOPEN:
        return f"{where} cannot be opened (permission denied, or its folder is missing or not writable)"
    if code == SQLITE_IOERR and path is not None and _nearly_full(Path(path)):
        return disk_full(path)
    if code == SQLITE_IOERR:
        return f"{where} could not be read or written (disk I/O error: the disk may be full or failing)"
    if code in CORRUPT_CODES:
        return f"{where} is damaged ({one_line(str(err))}); run 'piyue db check', then 'piyue db restore'"
    return f"database error: {one_line(str(err))}"
