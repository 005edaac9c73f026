"""Start-up: QApplication, language and locale, icon, theme, the window and its first map.

A double-clicked map reaches Knute in one of three ways: as the argument
(Windows, Linux: ``knute FILE``), as a ``QFileOpenEvent`` (macOS sends those, not
argv, also to a Knute that is already running), or, when a running Knute
already has that map open, through ``single_instance.hand_over``, which brings
that window to the front instead of starting a second one.

``KNUTE_SMOKE_TEST=1`` (used by installers/linux/smoke_test.sh and
benchmarks/bench_startup.py) makes the app print one line once the window has
painted itself and quit: exit 0 with a map open, 1 without (and, with
``KNUTE_SMOKE_SCREENSHOT=FILE.png``, save what it painted).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from . import __version__, i18n
from .paths import resource
from .ui.app_settings import AppSettings
from .ui.main_window import MainWindow
from .ui.single_instance import hand_over
from .ui.theme import Theme
from .ui.translator import load_translator
from .ui.windows import Windows

SMOKE_TEST = "KNUTE_SMOKE_TEST"
SMOKE_SCREENSHOT = "KNUTE_SMOKE_SCREENSHOT"
"""With the smoke test: save the painted window there (PNG), to look at a build."""
LAUNCH_FILE_WAIT_MS = 300
"""macOS: how long to wait for the file a double-click launched Knute with before opening the last map."""


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "knute.svg")))


def configure_application(app: QCoreApplication) -> None:
    app.setApplicationName("Knute")
    app.setOrganizationName("Knute")
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        app.setWindowIcon(app_icon())
        QGuiApplication.setDesktopFileName("knute")  # Linux: the shell takes the icon from knute.desktop


def locale_for(language: str) -> QLocale:
    """Dates and numbers as the chosen language writes them (English keeps an English system locale)."""
    if language == "nb":
        return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_language(app: QCoreApplication, settings: AppSettings, override: str | None = None) -> QTranslator | None:
    """Use ``--lang``, else the language chosen in the app, else the system's (nb, no, nn: bokmål)."""
    code = override or settings.language or i18n.normalise(QLocale.system().name())
    i18n.set_language(code)
    QLocale.setDefault(locale_for(i18n.language()))
    if i18n.language() == "en":
        return None
    translator = load_translator(i18n.language(), app)
    app.installTranslator(translator)
    return translator


class FileOpenFilter(QObject):
    """macOS delivers a double-clicked or dropped-on-Dock map as a QFileOpenEvent to the application.

    It opens in the window in front (File → New Window may have made several), else in ``window``.
    """

    def __init__(self, window: MainWindow, windows: Windows | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.windows = windows
        self.received: list[Path] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = event.file() or event.url().toLocalFile()
        if not path:
            return False
        self.received.append(Path(path))
        window = (self.windows.current() if self.windows is not None else None) or self.window
        window.open_map(path)
        window.show()
        window.raise_()
        window.activateWindow()
        return True


class SmokeTest(QObject):
    """Print one line and quit once the window has painted (``KNUTE_SMOKE_TEST=1``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        document = self.window.document
        if document is None:
            box = self.window.message_box
            print(f"knute: smoke test: no map open: {box.text() if box else '?'}", flush=True)
            QApplication.exit(1)
            return
        if shot := os.environ.get(SMOKE_SCREENSHOT):
            self.window.grab().save(shot)
        contacts = sum(1 for _ in document.network.contacts())
        print(f"knute: smoke test: painted {document.title!r} ({contacts} contacts, "
              f"language {i18n.language()}, platform {QGuiApplication.platformName()})", flush=True)
        QApplication.exit(0)


def run(path: str | None = None, *, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    settings = AppSettings()
    install_language(app, settings, language)
    if path and hand_over(path):
        return 0  # a running Knute has this map open and has come to the front
    theme = app.findChild(Theme) or Theme(app)
    theme.apply()
    window = MainWindow(settings)
    windows = Windows(settings, parent=window)
    windows.add(window)  # listens for its map (single instance); File → New Window opens more
    opener = FileOpenFilter(window, windows)
    app.installEventFilter(opener)
    if os.environ.get(SMOKE_TEST):
        SmokeTest(window)
    window.show()
    if path is None and sys.platform == "darwin":
        # Finder sends the double-clicked map just after launch: open it rather than the last map.
        QTimer.singleShot(LAUNCH_FILE_WAIT_MS, lambda: opener.received or window.start(None))
    else:
        window.start(Path(path) if path else None)
    try:
        return app.exec()
    finally:
        app.removeEventFilter(opener)
