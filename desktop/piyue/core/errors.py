"""Errors the core raises for problems a user can fix (bad file, unreadable input)."""


class ReaderError(Exception):
    """A file could not be read as a document; ``str(err)`` is a one-line reason for the user."""
