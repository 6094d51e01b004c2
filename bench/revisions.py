"""Benchmark (not part of the test run): the cost of asking "is this a new version of …?"
when a file not yet imported is opened, with ~120 corpus reports in a fresh library (needs ../shared)."""

import statistics
import tempfile
import time
from pathlib import Path

from piyue.core.readers import read_document
from piyue.services.importing import import_report
from piyue.services.revisions import earlier_version, stored_copy
from piyue.storage.library import Library

corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
files = (
    sorted((corpus / "provinces-2026").glob("*.txt"))
    + sorted((corpus / "provinces-2025").glob("*.txt"))
    + sorted((corpus / "cities-2024").glob("*.txt"))[:60]
)
d = Path(tempfile.mkdtemp())
lib = Library.open(d / "n.sqlite3", backups=False)
for f in files:
    import_report(lib, f)
print("library:", len(lib.documents()), "reports,", sum(r.latest.length for r in lib.documents()), "chars")
# a revised draft of beijing 2026 under a new name, and an unrelated new report
base = (corpus / "provinces-2026" / "beijing.txt").read_text("utf-8")
draft = d / "北京-修改稿.txt"
draft.write_text(base.replace("2025年", "2025年度", 3), "utf-8")
other = corpus / "national-2025.txt"
for name, path in (("revised draft", draft), ("unrelated", other)):
    doc = read_document(path)
    times = []
    for _ in range(5):
        t = time.perf_counter()
        found = stored_copy(lib, doc) or earlier_version(lib, doc, str(path))
        times.append(time.perf_counter() - t)
    print(
        name,
        "->",
        getattr(found, "title", found),
        getattr(found, "same_report", None),
        f"median {statistics.median(times) * 1000:.0f} ms",
    )
t = time.perf_counter()
read_document(other)
parse = time.perf_counter() - t
print(f"for scale: reading/parsing national-2025 once {parse * 1000:.0f} ms")
