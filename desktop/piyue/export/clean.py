"""Text fit for every export: no NUL or other control characters, no lone surrogates.

Tab and newline stay (carriage returns become newlines); everything else in C0, DEL and C1, and any
unpaired surrogate, is removed from the notes before a format sees them; colours are ``#rrggbb``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from piyue.core.anchoring import Note
from piyue.core.anchoring.colors import parse_color
from piyue.core.anchoring.note import DEFAULT_COLOR

_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without control characters (tab and newline kept) or lone surrogates."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNFIT.sub("", text)


def _color(value: str) -> str:
    try:
        return parse_color(value)
    except ValueError:
        return DEFAULT_COLOR


def clean_note(note: Note) -> Note:
    """``note`` with every text field cleaned by :func:`clean_text`, and a colour that is no colour (stored
    before colours were checked) exported as the default one."""
    anchor = note.anchor
    return note.with_changes(
        body=clean_text(note.body),
        tags=tuple(clean_text(t) for t in note.tags),
        color=_color(note.color),
        author=clean_text(note.author),
        prior_quote=None if note.prior_quote is None else clean_text(note.prior_quote),
        anchor=anchor.moved(
            exact=clean_text(anchor.exact),
            prefix=clean_text(anchor.prefix),
            suffix=clean_text(anchor.suffix),
            section_path=tuple(clean_text(s) for s in anchor.section_path),
        ),
    )


def clean_notes(notes: Sequence[Note]) -> list[Note]:
    """Every note cleaned (see :func:`clean_note`)."""
    return [clean_note(note) for note in notes]
