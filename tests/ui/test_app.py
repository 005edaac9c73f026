"""Start-up as the `knute` command and a double-click run it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
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
    locale = QLocale()
    yield tmp_path
    QLocale.setDefault(locale)  # run() sets the default locale for the chosen language
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


@pytest.mark.parametrize(("language", "number", "date"), [("nb", "1\u00a0234,5", "31.03.2026"), ("en", "1,234.5", "31/03/2026")])
def test_dates_and_numbers_follow_the_chosen_language(qapp, tmp_path, monkeypatch, language, number, date):
    from PySide6.QtCore import QDate, QLocale

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    before = QLocale()
    translator = app_module.install_language(qapp, settings, language)
    try:
        assert QLocale().toString(1234.5, "f", 1) == number
        assert QLocale().toString(QDate(2026, 3, 31), QLocale.FormatType.ShortFormat).replace("/26", "/2026") == date
    finally:
        QLocale.setDefault(before)
        if translator is not None:
            qapp.removeTranslator(translator)


def test_an_english_system_locale_is_kept_for_english(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    assert app_module.locale_for("en").name() == "en_US"
    assert app_module.locale_for("nb").name() == "nb_NO"


def test_the_application_and_its_windows_carry_the_knute_icon(qapp, user_scope, small_map):
    window = run_and_capture(str(small_map))
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().availableSizes() or not qapp.windowIcon().pixmap(64, 64).isNull()
    assert not window.windowIcon().pixmap(32, 32).isNull()
    assert QApplication.desktopFileName() == "knute"


def test_smoke_test_mode_reports_the_painted_map_and_exits_0(qapp, user_scope, small_map, monkeypatch, capsys):
    monkeypatch.setenv(app_module.SMOKE_TEST, "1")
    assert app_module.run(str(small_map)) == 0
    assert "knute: smoke test: painted 'small' (2 contacts, language en" in capsys.readouterr().out


def test_smoke_test_mode_exits_1_with_the_reason_when_the_map_cannot_open(qapp, user_scope, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "notes.knute"
    bad.write_text("not a map")
    monkeypatch.setenv(app_module.SMOKE_TEST, "1")
    assert app_module.run(str(bad)) == 1
    out = capsys.readouterr().out
    assert "knute: smoke test: no map open" in out and "not a Knute map" in out
    assert bad.read_text() == "not a map"
