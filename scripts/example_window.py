"""The README screenshot scripts' common start: the main window with a copy of the example map."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app import i18n
from desktop_app.app import configure_application
from desktop_app.examples import copy_example_to
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.translator import TsTranslator


def example_window(lang: str, width: int, height: int, folder: Path | None = None) -> tuple[QApplication, MainWindow]:
    """The application in ``lang`` and a shown window of this size with the example map open.

    ``folder`` holds the settings and the map copy (a new temporary folder if not given).
    """
    app = QApplication(sys.argv[:1])
    configure_application(app)
    i18n.set_language(lang)
    if lang == "nb":
        app.installTranslator(TsTranslator("nb", app))
    folder = folder or Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, documents=folder)
    window.resize(width, height)
    window.show()
    window.open_map(copy_example_to(folder))
    return app, window
