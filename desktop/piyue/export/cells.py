"""Spreadsheet cells that never run: the one CSV cell guard of every CSV Piyue writes (exports and CLI).

Text a spreadsheet would take for a formula gets a leading apostrophe; numbers are written as numbers.
"""

from __future__ import annotations

from piyue.core.values import plain

# = + - @ start a formula in Excel, LibreOffice and Google Sheets; tab and carriage return are
# used to smuggle one past a check; the full-width forms are folded to them by some spreadsheets.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def safe_cell(value: object) -> str:
    """``value`` as cell text.

    A number (int or float, not bool) is written plainly and stays a number (``-5``); any text
    starting with a formula character is prefixed with ``'`` (``'-5``, ``'\\t=1+1``, ``'＝SUM(A1)``);
    booleans are ``true``/``false``; None is empty.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return plain(value)
    text = str(value)
    if text and text[0] in FORMULA_STARTS:
        return "'" + text
    return text
