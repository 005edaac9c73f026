"""File → Open and Open Recent of a map that another Knute has open bring that Knute's window forward.

Before, only a second launch (`knute MAP`) was routed to the running Knute; opening
the map from inside another Knute hit the file's lock ("Could not open the map").
The other Knute here is a real process (its own QLocalServer and event loop), so the
request really crosses the socket.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]
PEER = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.single_instance import SingleInstance

app = QApplication([])
folder = Path(sys.argv[2])
window = MainWindow(AppSettings(QSettings(str(folder / "peer.ini"), QSettings.Format.IniFormat)), documents=folder)
instance = SingleInstance(window)
instance.focus_requested.connect(lambda path: print("focus", path, flush=True))
window.show()
window.start(Path(sys.argv[1]))
print("ready" if instance.server.isListening() else "not listening", flush=True)
QTimer.singleShot(120000, app.quit)
app.exec()
"""


def read_line(process: subprocess.Popen, seconds: float = 60) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    return process.stdout.readline().strip() if ready else ""


@pytest.fixture
def other_knute(small_map: Path, tmp_path: Path) -> Iterator[subprocess.Popen]:
    """Another Knute process with ``small_map`` open (and its lock held)."""
    folder = tmp_path / "peer"
    folder.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(folder)}
    process = subprocess.Popen([sys.executable, "-c", PEER, str(small_map), str(folder)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = read_line(process)
        if line != "ready":
            process.kill()
            pytest.fail(f"the other Knute did not start: {line!r} {process.stderr.read()}")  # type: ignore[union-attr]
        yield process
    finally:
        process.kill()
        process.wait(timeout=30)


@pytest.fixture
def window(make_window, tmp_path):
    window = make_window()
    SingleInstance(window)
    assert window.new_map(tmp_path / "mine.knute")
    return window


def assert_shown_elsewhere(window, other_knute: subprocess.Popen, small_map: Path) -> None:
    assert read_line(other_knute, seconds=10) == f"focus {small_map.resolve()}"
    assert window.document is not None and window.document.path.name == "mine.knute"  # kept its own map
    assert window.message_box is None  # no "Could not open the map"
    message = window.statusBar().currentMessage()
    assert "small.knute is already open in another Knute window" in message


def test_file_open_of_a_map_another_knute_has_open_brings_that_one_forward(
    qtbot, window, other_knute, small_map, monkeypatch,
):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(small_map), ""))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert_shown_elsewhere(window, other_knute, small_map)


def test_open_recent_of_a_map_another_knute_has_open_brings_that_one_forward(qtbot, window, other_knute, small_map):
    window.settings.add_recent(small_map)
    window.recent_menu.aboutToShow.emit()
    action = next(a for a in window.recent_menu.actions() if a.text() == small_map.name)
    action.trigger()
    assert_shown_elsewhere(window, other_knute, small_map)
    assert small_map in window.settings.recent_files()  # still there: the map exists


def test_a_map_nobody_has_open_still_opens_here(window, small_map):
    assert window.open_map(small_map)
    assert window.document.path == small_map
    assert window.statusBar().currentMessage() == ""


def test_a_map_another_window_of_this_knute_has_open_comes_forward_without_the_socket(make_window, small_map,
                                                                                      tmp_path):
    holder = make_window()
    SingleInstance(holder)
    holder.start(small_map)
    asker = make_window()
    SingleInstance(asker)
    assert asker.new_map(tmp_path / "mine.knute")
    assert asker.open_map(small_map)
    assert asker.document.path.name == "mine.knute"
    assert holder.document.path == small_map
    assert "small.knute is already open in another Knute window" in asker.statusBar().currentMessage()
