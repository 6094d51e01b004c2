"""A second instance hands its file to the running window, over a private and checked channel (issue 18)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from piyue.ui.instance_channel import MAX_MESSAGE, MAX_PATHS, ChannelError, parse_request, private_dir


def _name(tmp_path: Path) -> str:
    return str(private_dir() / f"test-{tmp_path.name}")


def test_second_instance_sends_paths_to_the_first(qtbot, tmp_path):
    from piyue.ui.single_instance import InstanceServer

    name = _name(tmp_path)
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

    assert send_to_running(["x"], name=_name(tmp_path)) is False


def test_socket_lives_in_a_private_folder_of_this_user(tmp_path, monkeypatch):
    from piyue.ui.single_instance import server_name

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    path = Path(server_name())
    info = os.lstat(path.parent)
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name()).parent == runtime / "piyue"


def test_a_folder_another_user_prepared_is_not_used(tmp_path, monkeypatch):
    if os.geteuid() != 0:
        pytest.skip("needs root to make a folder owned by another user")
    from piyue.ui.single_instance import InstanceServer, send_to_running, server_name

    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    trap = runtime / "piyue"
    trap.mkdir(mode=0o777)
    os.chown(trap, 65534, 65534)  # another user made it first
    assert server_name() == ""
    assert InstanceServer().listen() is False
    assert send_to_running(["/x.md"]) is False
    (trap).chmod(0o700)
    shutil.rmtree(trap)


def test_messages_are_checked_against_the_schema(tmp_path):
    report = tmp_path / "r.md"
    report.write_text("# 标题\n", "utf-8")
    fifo = tmp_path / "f.md"
    os.mkfifo(fifo)
    folder = tmp_path / "d.md"
    folder.mkdir()
    good = json.dumps({"open": [str(report)]}).encode()
    assert parse_request(good + b"\n") == [str(report)]
    dropped = [str(fifo), str(folder), "/etc/passwd", "/dev/zero", "r.md", str(tmp_path / "missing.md"), "a\x00.md"]
    assert parse_request(json.dumps({"open": dropped}).encode()) == []
    for bad in (
        b"not json",
        b"\xff\xfe",
        json.dumps({"open": str(report)}).encode(),  # a string is not a list of paths
        json.dumps({"open": [1, 2]}).encode(),
        json.dumps({"open": [str(report)] * (MAX_PATHS + 1)}).encode(),
        json.dumps({"open": [], "exec": "x"}).encode(),
        json.dumps([str(report)]).encode(),
        b"x" * (MAX_MESSAGE + 1),
    ):
        with pytest.raises(ChannelError):
            parse_request(bad)


def _client(name: str):
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(2000)
    return socket


def test_server_drops_floods_and_idle_connections(qtbot, tmp_path):
    from PySide6.QtNetwork import QLocalSocket

    from piyue.ui.single_instance import MAX_CONNECTIONS, InstanceServer

    name = _name(tmp_path)
    server = InstanceServer(name=name)
    assert server.listen()
    received: list[list[str]] = []
    server.openRequested.connect(received.append)
    flood = _client(name)
    flood.write(b"x" * (MAX_MESSAGE * 2))  # no newline, ever
    flood.flush()
    qtbot.waitUntil(lambda: flood.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    idle = [_client(name) for _ in range(MAX_CONNECTIONS + 3)]
    qtbot.waitUntil(
        lambda: all(s.state() == QLocalSocket.LocalSocketState.UnconnectedState for s in idle), timeout=5000
    )
    garbage = _client(name)
    garbage.write(b'{"open": "/etc/passwd"}\n')
    garbage.flush()
    qtbot.waitUntil(lambda: garbage.bytesAvailable() > 0 or not garbage.isOpen(), timeout=5000)
    garbage.waitForReadyRead(500)
    assert bytes(garbage.readAll()).startswith(b"error")
    assert received == []
    server.close()


def test_handed_over_file_opens_in_the_window_like_file_open(qtbot, tmp_path, sample_path):
    from piyue.app import build_window
    from piyue.ui.single_instance import InstanceServer

    window = build_window()
    qtbot.addWidget(window)
    window.show()
    name = _name(tmp_path)
    server = InstanceServer(window, name=name)
    assert server.listen()
    server.openRequested.connect(window.bring_forward)
    report = tmp_path / "交来的报告.md"
    report.write_bytes(sample_path.read_bytes())
    script = (
        f"from PySide6.QtCore import QCoreApplication\nfrom piyue.ui.single_instance import send_to_running\n"
        f"app = QCoreApplication([])\nprint(send_to_running([{str(report)!r}, '/etc/passwd'], name={name!r}))"
    )
    sender = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: window.document is not None and window.document.path == report, timeout=20000)
    assert window.isVisible() and window.reading_view.toPlainText().strip()
    assert sender.communicate(timeout=10)[0].strip() == "True"
    window.loader.wait(10000)
    server.close()
