"""Spreadsheet cells that never run: text a spreadsheet would take for a formula gets a leading apostrophe."""

from __future__ import annotations

# = + - @ start a formula in Excel, LibreOffice and Google Sheets; tab and carriage return are
# used to smuggle one past a check; the full-width forms are folded to them by some spreadsheets.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def safe_cell(value: object) -> str:
    """``value`` as cell text; a text starting with a formula character is prefixed with ``'``."""
    text = "" if value is None else str(value)
    if text and text[0] in FORMULA_STARTS:
        return "'" + text
    return text
