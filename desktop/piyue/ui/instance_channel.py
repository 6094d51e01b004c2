"""The single-instance channel without Qt: where its socket lives, and what a message may say.

The socket lives in a private per-user folder — ``$XDG_RUNTIME_DIR/piyue`` when that is ours, else a
``piyue-<uid>`` folder of our own in the temporary folder — created 0700 and checked (owned by us, no
access for others, not a symbolic link) before every use, so another local user can neither listen in our
place nor talk to us. A message is one line of JSON, at most :data:`MAX_MESSAGE` bytes:
``{"open": [path, …]}`` with at most :data:`MAX_PATHS` strings, each an existing regular file with a
supported extension.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from pathlib import Path

from piyue.core.readers import SUPPORTED_SUFFIXES

MAX_MESSAGE = 64 * 1024
MAX_PATHS = 16
MAX_PATH_CHARS = 4096
OPENABLE = frozenset(s for s in SUPPORTED_SUFFIXES if s)  # a file without an extension is not handed over


class ChannelError(Exception):
    """The private folder cannot be used safely, or a message is not acceptable."""


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else -1


def _private(folder: Path) -> bool:
    """True when ``folder`` is a real folder (no link) owned by this user with no access for anyone else."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if _uid() < 0:  # Windows: local sockets are named pipes with their own ACLs
        return True
    return info.st_uid == _uid() and stat.S_IMODE(info.st_mode) & 0o077 == 0


def private_dir() -> Path:
    """The private folder for the socket (created 0700 if missing); raises :class:`ChannelError` if unsafe."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private(Path(runtime)):
        folder = Path(runtime) / "piyue"
    else:
        folder = Path(tempfile.gettempdir()) / f"piyue-{_uid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as err:
        raise ChannelError(f"cannot create {folder}: {err.strerror or err}") from None
    if not _private(folder):
        raise ChannelError(f"{folder} is not a private folder of this user; the single-instance channel is off")
    return folder


def socket_path() -> Path:
    """The socket's full path: per user (the folder) and per data folder override (so tests stay apart)."""
    scope = os.environ.get("PIYUE_DATA_DIR", "")
    digest = hashlib.sha1(scope.encode("utf-8")).hexdigest()[:8]
    return private_dir() / f"instance-{digest}"


def socket_is_ours(path: Path) -> bool:
    """True when ``path`` is a socket owned by this user in a private folder (safe to talk to, or to replace)."""
    if not _private(path.parent):
        return False
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return _uid() < 0 or (stat.S_ISSOCK(info.st_mode) and info.st_uid == _uid())


def encode_request(paths: list[str]) -> bytes:
    """The message asking the running window to open ``paths``."""
    return json.dumps({"open": paths[:MAX_PATHS]}, ensure_ascii=True).encode("ascii") + b"\n"


def openable(text: str) -> bool:
    """True for an absolute path of an existing regular file with a supported extension (never opened)."""
    if not text or len(text) > MAX_PATH_CHARS or "\x00" in text:
        return False
    path = Path(text)
    if not path.is_absolute() or path.suffix.lower() not in OPENABLE:
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)  # stat, never open: a FIFO cannot block us
    except (OSError, ValueError):
        return False


def parse_request(line: bytes) -> list[str]:
    """The paths a message asks to open; raises :class:`ChannelError` for anything but the schema.

    Paths that are not existing regular files with a supported extension are dropped.
    """
    if len(line) > MAX_MESSAGE:
        raise ChannelError("message too long")
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ChannelError("not JSON") from None
    if not isinstance(message, dict) or set(message) != {"open"}:
        raise ChannelError('expected {"open": [...]}')
    paths = message["open"]
    if not isinstance(paths, list) or len(paths) > MAX_PATHS or not all(isinstance(p, str) for p in paths):
        raise ChannelError(f'"open" must be a list of at most {MAX_PATHS} strings')
    return [p for p in paths if openable(p)]
