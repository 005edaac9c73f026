"""One window per map: a second `knute MAP` for an open map brings the running window forward and exits 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from desktop_app.ui.single_instance import SingleInstance, hand_over, server_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def listening(make_window, small_map):
    window = make_window()
    instance = SingleInstance(window)
    window.start(small_map)
    assert instance.server.isListening()
    return window, instance


def test_the_name_is_the_same_for_every_spelling_of_a_path_and_differs_between_maps(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    name = server_name(tmp_path / "a.knute")
    assert server_name("a.knute") == name
    assert server_name(tmp_path / "sub" / ".." / "a.knute") == name
    assert server_name(tmp_path / "b.knute") != name
    assert name.startswith("knute-") and len(name) < 60  # Unix socket paths are short


def test_nobody_listening_means_no_hand_over_and_no_wait(qapp, tmp_path):
    started = time.monotonic()
    assert hand_over(tmp_path / "nobody-has-this.knute") is False
    assert time.monotonic() - started < 1.0


def test_a_second_knute_for_the_open_map_focuses_the_window_and_exits_0(qtbot, listening, small_map):
    window, instance = listening
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with qtbot.waitSignal(instance.focus_requested, timeout=60000) as signal:
        second = subprocess.Popen([sys.executable, "-m", "desktop_app", str(small_map)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, second.stderr.read()
    assert Path(signal.args[0]) == small_map.resolve()
    assert window.document is not None and window.document.path == small_map


def test_the_window_listens_for_the_map_it_has_now(listening, tmp_path, qtbot):
    window, instance = listening
    other = tmp_path / "other.knute"
    assert window.new_map(other)
    assert instance.server.serverName() == server_name(other)
    assert hand_over(window.document.path.with_name("small.knute")) is False  # the old name is gone


def test_a_leftover_socket_of_a_crashed_knute_is_replaced(make_window, small_map):
    stale = Path(QDir.tempPath()) / server_name(small_map)
    stale.write_text("left by a crash")
    try:
        window = make_window()
        instance = SingleInstance(window)
        window.start(small_map)
        assert instance.server.isListening()
    finally:
        if stale.exists() and stale.is_file():
            stale.unlink()


def _ask(qtbot, name: str, payload: bytes) -> tuple[bytes, QLocalSocket]:
    socket = QLocalSocket()
    socket.connectToServer(name)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=5000)
    socket.write(payload)
    socket.flush()
    qtbot.waitUntil(lambda: socket.canReadLine() or socket.state() != QLocalSocket.LocalSocketState.ConnectedState,
                    timeout=5000)
    return bytes(socket.readAll().data()), socket


@pytest.mark.parametrize("payload", [b"garbage\n", b"[1, 2]\n", b'{"open": 5}\n', b"\xff\xfe\n", b'{"close": "x"}\n'])
def test_garbage_is_dropped_and_the_window_keeps_its_map(qtbot, listening, small_map, payload):
    window, instance = listening
    answer, socket = _ask(qtbot, instance.server.serverName(), payload)
    assert answer == b""
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    assert window.document.path == small_map
    assert instance.server.isListening()


def test_a_request_for_another_map_is_declined(qtbot, listening, tmp_path):
    _window, instance = listening
    with qtbot.assertNotEmitted(instance.focus_requested):
        answer, _socket = _ask(qtbot, instance.server.serverName(),
                               json.dumps({"open": str(tmp_path / "else.knute")}).encode() + b"\n")
    assert json.loads(answer) == {"ok": False}
