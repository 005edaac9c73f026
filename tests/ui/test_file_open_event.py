"""macOS hands a double-clicked map to Knute as a QFileOpenEvent, at launch and while it runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, QSettings, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from desktop_app.app import FileOpenFilter
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def opener(qapp, make_window, small_map):
    window = make_window()
    window.start(small_map)
    opener = FileOpenFilter(window)
    qapp.installEventFilter(opener)
    yield window, opener
    qapp.removeEventFilter(opener)


def test_a_file_open_event_opens_that_map(qapp, opener, tmp_path):
    window, _ = opener
    other = tmp_path / "other.knute"
    assert window.new_map(other)
    target = tmp_path / "small.knute"
    QApplication.sendEvent(qapp, QFileOpenEvent(str(target)))
    assert window.document.path == target


def test_a_file_url_works_too(qapp, opener, tmp_path):
    window, _ = opener
    assert window.new_map(tmp_path / "other.knute")
    QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(tmp_path / "small.knute"))))
    assert window.document.path.name == "small.knute"


def test_a_file_that_is_not_a_map_is_refused_and_the_open_map_stays(qapp, opener, tmp_path, small_map):
    window, _ = opener
    text = tmp_path / "notes.knute"
    text.write_text("shopping list")
    QApplication.sendEvent(qapp, QFileOpenEvent(str(text)))
    assert window.document.path == small_map
    assert "not a Knute map" in window.message_box.text()
    assert text.read_text() == "shopping list"


@pytest.fixture
def user_scope(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr("desktop_app.ui.main_window.documents_dir", lambda: tmp_path / "Documents")
    (tmp_path / "Documents").mkdir()
    locale = QLocale()
    yield tmp_path
    QLocale.setDefault(locale)  # run() sets the default locale for the chosen language
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            if widget.document is not None:
                widget.document.close()
            widget.deleteLater()


LAUNCH_SCRIPT = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from desktop_app import app as app_module
from desktop_app.ui import main_window
from desktop_app.ui.main_window import MainWindow

config, documents, small_map = sys.argv[1:4]
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config)
main_window.documents_dir = lambda: __import__("pathlib").Path(documents)
app_module.sys.platform = "darwin"
qapp = QApplication([])
seen = []

def capture():
    seen.extend(str(w.document.path) for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible() and w.document is not None)
    QApplication.instance().quit()

QTimer.singleShot(50, lambda: QApplication.sendEvent(qapp, QFileOpenEvent(small_map)))
QTimer.singleShot(app_module.LAUNCH_FILE_WAIT_MS + 300, capture)
code = app_module.run(None)
print("OPENED=" + "|".join(seen))
sys.exit(code)
"""


def test_on_macos_a_map_sent_at_launch_opens_instead_of_the_example(tmp_path, small_map):
    """Runs the real start-up in its own process: app.run() execs and quits the application."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH_SCRIPT, str(tmp_path / "config"), str(documents), str(small_map)],
        capture_output=True, text=True, timeout=60, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert f"OPENED={small_map}" in result.stdout.splitlines()
    assert list(documents.iterdir()) == []  # the example was not copied
