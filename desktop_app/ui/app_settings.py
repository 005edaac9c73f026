"""User preferences kept with QSettings: recent maps, last map, language, window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings()

    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [Path(p) for p in (value or []) if p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        files = [p for p in self.recent_files() if p != path]
        self.qsettings.setValue("recent_files", [str(p) for p in [path, *files][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != path.resolve() and p != path]
        self.qsettings.setValue("recent_files", [str(p) for p in files])

    def clear_recent(self) -> None:
        self.qsettings.setValue("recent_files", [])

    @property
    def last_map(self) -> Path | None:
        value = self.qsettings.value("last_map", "")
        return Path(value) if value else None

    @last_map.setter
    def last_map(self, path: Path | None) -> None:
        self.qsettings.setValue("last_map", str(path) if path else "")

    @property
    def language(self) -> str:
        """'' follows the system; 'nb' or 'en' override it."""
        return str(self.qsettings.value("language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self.qsettings.setValue("language", code)

    def window_geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.qsettings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def sync(self) -> None:
        self.qsettings.sync()
