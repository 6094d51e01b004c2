"""The shared library on a PostgreSQL server, for the Preferences dialog: checking a URL before it is used."""

from __future__ import annotations


def test_connection(url: str) -> str:
    """'' when the server at ``url`` answers and holds a schema this Piyue can use (or none yet), else one line
    saying why not, with any password masked. Waits at most the connect timeout (a few seconds)."""
    from piyue.storage.server import test_connection as check

    return check(url.strip())


def mask_password(text: str) -> str:
    """``text`` with the password of any database URL in it replaced by ``***``."""
    from piyue.storage.server import mask

    return mask(text)
