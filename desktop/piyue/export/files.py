"""Writing an export: into the chosen folder only, atomically, and never over a file unless asked."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from piyue.export.naming import export_name
from piyue.export.options import ExportError

MAX_NAME_BYTES = 255  # the limit of ext4, APFS, NTFS (in UTF-16 units there) and most others


class OutputExistsError(ExportError):
    """The output file exists and overwriting was not asked for."""


def output_path(out: str | Path | None, title: str, extension: str, cwd: Path | None = None) -> Path:
    """Where an export goes.

    ``out`` None: a name built from ``title`` in the current folder. ``out`` an existing folder (or
    ending with a separator): that name inside it. Otherwise ``out`` is the file itself. A built name
    is sanitised and checked to stay inside its folder.
    """
    base = cwd or Path.cwd()
    if out is not None:
        size = len(Path(out).name.encode("utf-8", errors="surrogateescape"))
        if size > MAX_NAME_BYTES:
            raise ExportError(f"the file name is too long ({size} bytes; file systems allow {MAX_NAME_BYTES})")
    if out is not None and not (str(out).endswith(("/", os.sep)) or Path(base, out).is_dir()):
        target = Path(base, out)
        if target.name in {"", ".", ".."}:
            raise ExportError(f"{out}: not a file name")
        return target
    folder = Path(base, out) if out is not None else base
    target = folder / export_name(title, extension)
    if target.resolve().parent != folder.resolve():
        raise ExportError(f"refusing to write outside {folder}")
    return target


def write_atomically(target: Path, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``target`` through a temporary file in the same folder, then rename it.

    Without ``force`` an existing ``target`` is never replaced (:class:`OutputExistsError`), checked
    again at the moment of the rename. A failure leaves no partial file behind.
    """
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"{folder}: no such folder")
    if not force and (target.exists() or target.is_symlink()):
        raise OutputExistsError(f"{target} exists; use --force to overwrite it")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".piyue-", suffix=".part", dir=folder)
    except OSError as err:
        raise ExportError(_why_not_written(folder / target.name, err)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; an export is an ordinary document
        _place(Path(temporary), target, force)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(err, OSError) and not isinstance(err, ExportError):
            raise ExportError(_why_not_written(target, err)) from None
        raise
    return target


def _why_not_written(target: Path, err: OSError) -> str:
    """One line for a write that failed (a full disk says so)."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"cannot write {target}: the disk is full; nothing was written"
    return f"cannot write {target}: {err.strerror or err}"


def _place(temporary: Path, target: Path, force: bool) -> None:
    """Rename ``temporary`` to ``target``; without ``force`` only if ``target`` does not exist (no race)."""
    try:
        if force:
            os.replace(temporary, target)
            return
        try:
            os.link(temporary, target)  # fails if target exists, atomically
        except FileExistsError:
            raise OutputExistsError(f"{target} exists; use --force to overwrite it") from None
        except OSError:  # no hard links here (some network and FAT file systems)
            if target.exists():
                raise OutputExistsError(f"{target} exists; use --force to overwrite it") from None
            os.replace(temporary, target)
            return
        os.unlink(temporary)
    except OutputExistsError:
        raise
    except OSError as err:
        raise ExportError(_why_not_written(target, err)) from None
