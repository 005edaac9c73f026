"""User preferences kept with QSettings: recent maps, last map, language, window state."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
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

    def column_mapping(self, header_key: str) -> str:
        """The column mapping last chosen for a sheet with this header (interop.columns.header_key), or ''."""
        return str(self.qsettings.value(f"import_mappings/{header_key}", "") or "")

    def set_column_mapping(self, header_key: str, mapping_json: str) -> None:
        self.qsettings.setValue(f"import_mappings/{header_key}", mapping_json)

    def collapsed_organisations(self, map_path: Path) -> set[str]:
        """Organisations shown collapsed in this map (a view state, not part of the map)."""
        value = self.qsettings.value(_map_key("collapsed", map_path), [])
        if isinstance(value, str):
            value = [value]
        return {str(v) for v in (value or []) if v}

    def set_collapsed_organisations(self, map_path: Path, ids: Iterable[str]) -> None:
        key = _map_key("collapsed", map_path)
        ids = sorted(ids)
        if ids:
            self.qsettings.setValue(key, ids)
        else:
            self.qsettings.remove(key)

    @property
    def organisation_frames(self) -> bool:
        """Whether organisations are drawn with a frame round their people."""
        return str(self.qsettings.value("view/organisation_frames", "true")).lower() != "false"

    @organisation_frames.setter
    def organisation_frames(self, shown: bool) -> None:
        self.qsettings.setValue("view/organisation_frames", "true" if shown else "false")

    def sync(self) -> None:
        self.qsettings.sync()


def _map_key(group: str, map_path: Path) -> str:
    """A settings key for one map: a hash of its resolved path (a path's slashes would nest groups)."""
    digest = hashlib.sha1(str(Path(map_path).resolve()).encode("utf-8")).hexdigest()
    return f"{group}/{digest}"
