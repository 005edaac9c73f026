"""Start-up: QApplication, language, settings, the window and its first map."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from . import __version__, i18n
from .ui.app_settings import AppSettings
from .ui.main_window import MainWindow
from .ui.translator import TsTranslator


def configure_application(app: QCoreApplication) -> None:
    app.setApplicationName("Knute")
    app.setOrganizationName("Knute")
    app.setApplicationVersion(__version__)


def install_language(app: QCoreApplication, settings: AppSettings, override: str | None = None) -> QTranslator | None:
    """Use ``--lang``, else the language chosen in the app, else the system's (nb, no, nn: bokmål)."""
    code = override or settings.language or i18n.normalise(QLocale.system().name())
    i18n.set_language(code)
    if i18n.language() == "en":
        return None
    translator = TsTranslator(i18n.language(), app)
    app.installTranslator(translator)
    return translator


def run(path: str | None = None, *, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    settings = AppSettings()
    install_language(app, settings, language)
    window = MainWindow(settings)
    window.show()
    window.start(Path(path) if path else None)
    return app.exec()
