"""Why a file could not be read, in the user's language: the readers say it in English (the CLI's one line)
and name the reason with a code; the window translates the code here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from piyue.core.errors import ReaderError

#: The reader's reasons by code, worded as the readers word them (English is the source language).
MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("ReaderMessages", "{source}: no such file"),
    "folder": QT_TRANSLATE_NOOP("ReaderMessages", "{source}: is a folder, not a document"),
    "permission": QT_TRANSLATE_NOOP("ReaderMessages", "{source}: permission denied"),
    "binary": QT_TRANSLATE_NOOP("ReaderMessages", "{source}: not a text file (it contains binary data)"),
    "looks-like": QT_TRANSLATE_NOOP("ReaderMessages", "{source}: not a text document, it looks like {detail}"),
    "encoding": QT_TRANSLATE_NOOP(
        "ReaderMessages", "{source}: not a text document in a supported encoding (UTF-8, UTF-16, GB18030 or Big5)"
    ),
    "docx": QT_TRANSLATE_NOOP("ReaderMessages", "{source}: not a readable Word document ({detail})"),
    "pdf-encrypted": QT_TRANSLATE_NOOP("ReaderMessages", "{source}: the PDF is encrypted with a password"),
    "pdf": QT_TRANSLATE_NOOP("ReaderMessages", "{source}: not a readable PDF ({detail})"),
    "pdf-scan": QT_TRANSLATE_NOOP(
        "ReaderMessages",
        "{source}: this PDF has no text layer (a scan, {detail} pages); Piyue reads text PDFs — run OCR first",
    ),
}


def reader_message(error: ReaderError) -> str:
    """``error``'s one line in the interface language (its English text when the reason has no code)."""
    text = MESSAGES.get(error.code)
    if text is None:
        return str(error)
    return QCoreApplication.translate("ReaderMessages", str(text)).format(source=error.source, detail=error.detail)
