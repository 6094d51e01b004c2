"""Errors the core raises for problems a user can fix (bad file, unreadable input)."""


class ReaderError(Exception):
    """A file could not be read as a document; ``str(err)`` is a one-line reason for the user (in English).

    ``code`` names the reason so that the window can say it in the user's language (``ui/reader_messages.py``);
    ``source`` is the file as named in the message and ``detail`` the reason's variable part."""

    def __init__(self, message: str, *, code: str = "", source: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.source = source
        self.detail = detail
