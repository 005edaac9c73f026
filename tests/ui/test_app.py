"""Start-up as the `knute` command and a double-click run it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import __version__, i18n
from desktop_app import app as app_module
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def user_scope(tmp_path, monkeypatch):
    """Keep QSettings() and the documents folder of run() inside tmp_path."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr("desktop_app.ui.main_window.documents_dir", lambda: tmp_path / "Documents")
    (tmp_path / "Documents").mkdir()
    yield tmp_path
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            if widget.document is not None:
                widget.document.close()
            widget.deleteLater()


def run_and_capture(path: str | None) -> MainWindow:
    seen: list[MainWindow] = []

    def capture() -> None:
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        QApplication.instance().quit()

    QTimer.singleShot(0, capture)
    assert app_module.run(path) == 0
    assert len(seen) == 1
    return seen[0]


def test_file_argument_opens_that_map(qapp, user_scope, small_map):
    window = run_and_capture(str(small_map))
    assert window.document.path == small_map
    assert window.windowTitle() == "small — Knute"


def test_no_argument_on_first_start_opens_the_example(qapp, user_scope):
    window = run_and_capture(None)
    assert window.document.path.parent == user_scope / "Documents"
    assert "Best Lokalt" in window.windowTitle()


@pytest.mark.parametrize(("override", "setting", "locale_name", "expected"), [
    (None, "", "nb_NO", "nb"), (None, "", "nn_NO", "nb"), (None, "", "en_GB", "en"), (None, "en", "nb_NO", "en"),
    (None, "nb", "en_US", "nb"), ("en", "nb", "nb_NO", "en"), ("nb", "en", "en_US", "nb"),
])
def test_language_follows_option_then_setting_then_system(
    qapp, tmp_path, monkeypatch, override, setting, locale_name, expected
):
    from PySide6.QtCore import QLocale

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.language = setting
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(locale_name)))
    translator = app_module.install_language(qapp, settings, override)
    try:
        assert i18n.language() == expected
        assert (translator is not None) == (expected == "nb")
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


def test_python_dash_m_runs_the_same_entry_point():
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"knute {__version__}"
