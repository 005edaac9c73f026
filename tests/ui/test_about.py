"""Help → About: version, licence, and the folders of the user's maps and settings, each one click away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app import __version__


@pytest.fixture
def about(make_window, qtbot):
    window = make_window()
    window.about_action.trigger()
    qtbot.waitExposed(window.about_box)
    yield window.about_box
    window.about_box.close()


def test_about_shows_version_licence_and_folders(about, documents, app_settings):
    text = about.text.text()
    assert f"Knute {__version__}" in text
    assert "Licence: MIT" in text  # pyproject.toml: license = MIT
    assert about.folders["documents"] == documents
    assert about.folders["settings"] == Path(app_settings.qsettings.fileName()).parent
    shown = [label.text() for label in about.findChildren(type(about.text))]
    assert str(documents) in shown


def test_open_folder_opens_it_in_the_file_manager(about, qtbot, monkeypatch, documents):
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: asked.append(url) or True))
    qtbot.mouseClick(about.open_buttons["documents"], Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in asked] == [str(documents)]
    assert about.error.isHidden()


def test_a_folder_that_cannot_be_opened_says_so(about, qtbot, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    qtbot.mouseClick(about.open_buttons["settings"], Qt.MouseButton.LeftButton)
    assert not about.error.isHidden()
    assert "Could not open" in about.error.text()


def test_without_a_declared_licence_about_says_none_is_stated(make_window, qtbot, monkeypatch):
    monkeypatch.setattr("desktop_app.ui.about.licence", lambda: None)
    window = make_window()
    window.show_about()
    assert "No licence is stated." in window.about_box.text.text()
    window.about_box.close()
