"""Write ``desktop/piyue/core/metrics/nfkc_table.py``: the characters the NFKC view rewrites, for this
Python's Unicode version (run it when ``tests/core/test_metrics_nfkc_table.py`` says the table is stale)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from piyue.core.metrics.normalize import changing_ranges

TARGET = Path(__file__).resolve().parents[1] / "desktop" / "piyue" / "core" / "metrics" / "nfkc_table.py"

HEADER = '''"""The BMP characters the NFKC view rewrites, worked out once (issue 17: start-up).

Working them out asks :mod:`unicodedata` about 63,000 code points (~0.1 s at every start, before the
first figures can be highlighted); :func:`piyue.core.metrics.normalize.changing_ranges` does it, and
this table is its result for Unicode {version}. Another Unicode version works them out instead.
``tests/core/test_metrics_nfkc_table.py`` checks the table; ``scripts/nfkc_table.py`` rewrites it.
"""

UNIDATA_VERSION = "{version}"

#: (first, last) code points, inclusive, ascending.
RANGES: tuple[tuple[int, int], ...] = (
'''


def table_source() -> str:
    """The module's text for this Python's Unicode version."""
    pairs = [f"(0x{a:04X}, 0x{b:04X})" for a, b in changing_ranges()]
    rows = ["    " + ", ".join(pairs[i : i + 6]) + "," for i in range(0, len(pairs), 6)]
    return HEADER.format(version=unicodedata.unidata_version) + "\n".join(rows) + "\n)\n"


if __name__ == "__main__":
    TARGET.write_text(table_source(), encoding="utf-8")
    print(f"wrote {TARGET}")
