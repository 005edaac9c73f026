"""Every main window of one running Knute: File → New Window opens another beside the first.

Each window has its own map, undo history and panels; they share the settings,
the language and the clipboard (so copy and paste work between them). Each
window listens for its own map (``SingleInstance``), so a double-click on a map
that any window has open brings that window to the front, and so does opening
it in another window (``single_instance.show_elsewhere``, called by
``MainWindow.open_map``). A closed window stops listening: its map was closed
with it. The application quits when the last window closes (Qt's default,
``quitOnLastWindowClosed``); File → Quit closes them all.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from .app_settings import AppSettings
from .main_window import MainWindow
from .single_instance import SingleInstance

CASCADE = QPoint(36, 36)
"""A new window opens this far right and down of the one it was asked from, so both show."""


class Windows(QObject):
    def __init__(self, settings: AppSettings, documents: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.documents = documents
        self.windows: list[MainWindow] = []
        self._listeners: dict[MainWindow, SingleInstance] = {}

    def add(self, window: MainWindow) -> MainWindow:
        """Take a window in: it listens for its map and can open further windows."""
        self._listeners[window] = SingleInstance(window)
        window.installEventFilter(self)
        window.new_window_requested.connect(self.new_window)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        self.windows.append(window)
        return window

    def new_window(self) -> MainWindow:
        """Another window, on the welcome page, a little offset from the current one."""
        origin = self.current()
        window = self.add(MainWindow(self.settings, documents=self.documents))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the first one stays for app.run to inspect
        if origin is not None and origin is not window:
            window.resize(origin.size())
            window.move(origin.pos() + CASCADE)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_windows(self) -> list[MainWindow]:
        return [w for w in self.windows if w.isVisible()]

    def current(self) -> MainWindow | None:
        """The active window, else the last one opened that still shows."""
        active = QApplication.activeWindow()
        if isinstance(active, MainWindow) and active in self.windows:
            return active
        shown = self.open_windows()
        return shown[-1] if shown else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, MainWindow):
            QTimer.singleShot(0, self, lambda w=watched: self._closed(w))
        return False

    def _closed(self, window: MainWindow) -> None:
        """A closed window (its map closed with it) no longer answers for that map."""
        if not shiboken6.isValid(window) or window.isVisible():
            return  # deleted with its listener, or the close was refused
        listener = self._listeners.pop(window, None)
        if listener is not None:
            listener.server.close()
            listener.path = None

    def _forget(self, window: MainWindow) -> None:
        self._listeners.pop(window, None)
        if window in self.windows:
            self.windows.remove(window)
