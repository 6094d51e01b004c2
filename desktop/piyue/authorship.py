"""Who writes a note: the name that signs notes, Word comments and exports (Qt-free).

The order is DESIGN.md §5's: ``PIYUE_AUTHOR`` (for commands and scripts), else the
preference "Your name", else the full name of the operating-system user (the GECOS
field of the password database), else the login name. A login of ``root`` without a
full name is not a person's name; it becomes :data:`FALLBACK_AUTHOR`.
"""

from __future__ import annotations

import getpass
import os

#: The environment variable that names the author of notes made by a command.
AUTHOR_ENV = "PIYUE_AUTHOR"
#: What signs notes when nothing better is known (never the literal ``root``).
FALLBACK_AUTHOR = "Piyue user"
_MAX_LENGTH = 200  # the width of ``notes.author``
_SYSTEM_LOGINS = frozenset({"root", "administrator", "admin"})


def _clean(name: str | None) -> str:
    """``name`` on one line, trimmed and cut to the stored width ('' for nothing)."""
    if not name:
        return ""
    return " ".join(name.split())[:_MAX_LENGTH]


def login_name() -> str:
    """The login name of the user running the program ('' when it cannot be found)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or ""


def full_name(login: str | None = None) -> str:
    """The OS user's full name from the password database's GECOS field ('' when there is none).

    A GECOS name that only repeats a system login (root's is usually ``root``) does not count.
    """
    try:
        import pwd
    except ImportError:  # Windows: no password database
        return ""
    try:
        entry = pwd.getpwnam(login) if login else pwd.getpwuid(os.getuid())
    except (KeyError, OSError):
        return ""
    name = _clean(entry.pw_gecos.split(",")[0])
    return "" if name.casefold() in _SYSTEM_LOGINS else name


def os_author() -> str:
    """The operating-system user as an author: full name, else login, never a bare ``root``."""
    login = _clean(login_name())
    name = full_name(login or None)
    if name:
        return name
    if login and login.casefold() not in _SYSTEM_LOGINS:
        return login
    return FALLBACK_AUTHOR


def note_author(preference_name: str | None = None) -> str:
    """The author of a new note: ``PIYUE_AUTHOR``, else ``preference_name``, else :func:`os_author`."""
    return _clean(os.environ.get(AUTHOR_ENV)) or _clean(preference_name) or os_author()
