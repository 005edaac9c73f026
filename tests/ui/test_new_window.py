"""File → New Window: a second window in the same Knute, with its own map, side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from desktop_app.domain.entities import Contact
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.single_instance import server_name
from desktop_app.ui.windows import CASCADE, Windows


@pytest.fixture
def windows(qtbot, app_settings, documents):
    windows = Windows(app_settings, documents=documents)
    yield windows
    for window in list(windows.windows):
        if window.document is not None:
            window.document.close()
        window.close()


@pytest.fixture
def first(qtbot, windows, small_map):
    window = windows.add(MainWindow(windows.settings, documents=windows.documents))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start(small_map)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_new_window(qtbot, windows: Windows, window: MainWindow) -> MainWindow:
    """Ctrl+Shift+N in ``window``: the new window is the last one."""
    count = len(windows.windows)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(windows.windows) == count + 1)
    second = windows.windows[-1]
    qtbot.waitExposed(second)
    return second


def ask(qtbot, path: Path) -> dict:
    """What the window listening for ``path`` answers a second Knute (the single-instance protocol)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    qtbot.waitUntil(lambda: socket.state() != QLocalSocket.LocalSocketState.ConnectingState, timeout=5000)
    if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
        return {}
    socket.write(json.dumps({"open": str(path.resolve())}).encode() + b"\n")
    socket.flush()
    qtbot.waitUntil(lambda: socket.canReadLine() or socket.state() != QLocalSocket.LocalSocketState.ConnectedState,
                    timeout=5000)
    if not socket.canReadLine():
        return {}  # the window stopped listening meanwhile
    answer = json.loads(bytes(socket.readLine().data()))
    socket.disconnectFromServer()
    return answer


def test_new_window_is_in_the_file_menu_with_its_shortcut(first):
    file_menu = first.menuBar().actions()[0].menu()
    assert first.new_window_action in file_menu.actions()
    assert first.new_window_action.shortcut().toString() == "Ctrl+Shift+N"
    assert first.new_window_action.text().replace("&", "") == "New Window"


def test_a_second_window_opens_another_map_beside_the_first(qtbot, windows, first, small_map, tmp_path):
    second = open_new_window(qtbot, windows, first)
    assert second is not first and second.isVisible()
    assert second.document is None and second.stack.currentWidget() is second.welcome
    assert second.pos() == first.pos() + CASCADE, "offset, so both windows show"
    other = tmp_path / "other.knute"
    assert second.new_map(other, "Other")
    assert first.document.path == small_map and second.document.path == other
    assert first.windowTitle() == "small — Knute" and second.windowTitle() == "Other — Knute"
    # each window edits its own map
    second.document.edit(lambda n: n.add(Contact(name="Only Here")))
    assert not [c for c in first.document.network.contacts() if c.name == "Only Here"]
    # a second Knute asking for either map is answered by the window that has it
    assert ask(qtbot, other) == {"ok": True}
    assert ask(qtbot, small_map) == {"ok": True}


def test_closing_one_window_leaves_the_other_open(qtbot, windows, first, small_map, tmp_path):
    second = open_new_window(qtbot, windows, first)
    assert second.new_map(tmp_path / "other.knute")
    with qtbot.assertNotEmitted(QApplication.instance().lastWindowClosed):  # Knute keeps running
        second.close()
        qtbot.waitUntil(lambda: windows.windows == [first])  # deleted
    assert first.isVisible() and first.document.path == small_map
    first.document.edit(lambda n: n.add(Contact(name="Still Editing")))  # its map is still open and writable
    # the closed window's map is free again: the first window can open it
    assert first.open_map(tmp_path / "other.knute")


def test_a_closed_first_window_no_longer_answers_for_its_map(qtbot, windows, first, small_map):
    second = open_new_window(qtbot, windows, first)
    assert ask(qtbot, small_map) == {"ok": True}
    first.close()
    assert second.isVisible()
    qtbot.waitUntil(lambda: ask(qtbot, small_map) == {})
    assert second.open_map(small_map), "its map was closed with it, so another window may open it"


def test_opening_a_map_another_window_has_open_brings_that_window_forward(qtbot, windows, first, small_map):
    second = open_new_window(qtbot, windows, first)
    qtbot.waitUntil(second.isActiveWindow)
    assert second.open_map(small_map)
    assert second.document is None, "not opened twice"
    assert second.message_box is None, "no error about the file's lock"
    qtbot.waitUntil(first.isActiveWindow)


def test_quit_closes_every_window(qtbot, windows, first, tmp_path):
    second = open_new_window(qtbot, windows, first)
    assert second.new_map(tmp_path / "other.knute")
    first.quit_action.trigger()
    qtbot.waitUntil(lambda: windows.windows == [first])  # the second is deleted
    assert not first.isVisible()
