"""GUI fixtures: a main window with its own settings file and documents folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.storage import MapStore
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    return folder


@pytest.fixture
def make_window(qtbot, app_settings: AppSettings, documents: Path) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(app_settings, documents=documents)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.document is not None:
            window.document.close()


@pytest.fixture
def small_map(tmp_path: Path) -> Path:
    """Two organisations, two people and two ties at known positions."""
    path = tmp_path / "small.knute"
    store = MapStore.create(path)
    network = store.load()
    ours = Organisation(name="Rørosmat", category="own", x=0, y=0)
    hotel = Organisation(name="Bergstadens Hotell", category="customer", x=500, y=0)
    kari = Contact(name="Kari Nordmann", title="Daglig leder", organisation_id=ours.id, influence=4, x=0, y=200)
    ola = Contact(name="Ola Hansen", title="Kjøkkensjef", organisation_id=hotel.id, x=500, y=200)
    changes = []
    for entity in (ours, hotel, kari, ola,
                   Tie(source_id=kari.id, target_id=ola.id, trust=4, acquaintance=5),
                   Tie(source_id=ours.id, target_id=hotel.id, type="supplier_of")):
        changes += network.add(entity)
    store.apply(changes)
    store.close()
    return path
