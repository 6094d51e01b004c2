"""Guards against known defects of the Qt binding we depend on."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_signals_to_python_slots_do_not_corrupt_refcounts():
    """PySide6 6.12.0 dropped a reference to None per delivered signal and aborted Python 3.11."""
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Source(QObject):
            fired = Signal(int)
        source = Source()
        source.fired.connect(lambda value: None)
        for i in range(20000):
            source.fired.emit(i)
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
