"""A second instance hands its file to the running window."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_second_instance_sends_paths_to_the_first(qtbot, tmp_path):
    from piyue.ui.single_instance import InstanceServer

    name = f"piyue-test-{tmp_path.name}"
    server = InstanceServer(name=name)
    assert server.listen()
    report = tmp_path / "报告.md"
    report.write_text("# 标题\n", "utf-8")
    script = textwrap.dedent(
        f"""
        from PySide6.QtCore import QCoreApplication
        from piyue.ui.single_instance import send_to_running
        app = QCoreApplication([])
        print(send_to_running([{str(report)!r}], name={name!r}))
        """
    )
    with qtbot.waitSignal(server.openRequested, timeout=10000) as blocker:
        sender = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: sender.poll() is not None, timeout=10000)
    assert blocker.args == [[str(report)]]
    output, _ = sender.communicate(timeout=10)
    assert output.strip() == "True"
    server.close()


def test_no_running_instance_means_no_handover(tmp_path):
    from piyue.ui.single_instance import send_to_running

    assert send_to_running(["x"], name=f"piyue-nobody-{tmp_path.name}") is False
